"""Variants of corpus articles: more pages than the corpus has, with labels that stay true.

A variant keeps what the gold labels are about (who leads, who joins, which alliance form) and
changes what they are not: the publishing date, the order of the middle paragraphs, one added
routine paragraph with its own numbers, and a column tag in the title. So 20 pages per site
or 5,000 pages for the benchmark come from a few dozen hand-written articles.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta

from yilian.fixtureweb.corpus import CorpusArticle
from yilian.fixtureweb.script import to_script

# Routine hospital-news sentences, written for the fixture web; they name no alliance member,
# so adding one to an article does not change its labels.
FILLERS: tuple[str, ...] = (
    "活动当天,专家团队还在现场开展义诊咨询,共接诊群众{n}人次,发放健康宣传资料{m}余份。",
    "据统计,今年以来双向转诊患者累计达{n}人次,其中下转康复期患者{m}人次。",
    "下一步,医院将继续选派骨干医师到基层坐诊带教,每月开展教学查房不少于{m}次。",
    "会后,与会人员参观了医院远程会诊中心和急诊急救一体化平台,现场观摩了{m}例远程心电诊断。",
    "会议期间还举办了专题培训班,{n}余名基层医务人员参加了理论授课和技能操作考核。",
    "目前,远程影像、远程心电和远程病理会诊已覆盖辖区{m}家基层医疗机构,累计出具诊断报告{n}份。",
    "医院相关职能科室负责人表示,将把帮扶工作纳入年度绩效考核,确保各项措施落到实处。",
    "此前,医院已连续{m}年组织专家团队开展“健康下基层”巡回医疗活动,惠及群众{n}余人。",
)

TAGS: tuple[str, ...] = ("", "【医联体建设】", "【工作动态】", "【基层卫生】", "【分级诊疗】")


def shifted_date(published_at: str, days: int) -> str:
    """The corpus date moved back by ``days``; invalid corpus dates fall back to 2020-01-01."""
    try:
        base = date.fromisoformat(published_at)
    except ValueError:
        base = date(2020, 1, 1)
    return (base - timedelta(days=days)).isoformat()


def vary(article: CorpusArticle, k: int, site_id: str | None = None) -> CorpusArticle:
    """The k-th variant (k >= 1) of ``article``; deterministic for the same (article, k).
    Published on another site (``site_id``) it is a repost of the corpus article."""
    rng = random.Random(f"{article.id}/{k}")
    paragraphs = list(article.paragraphs)
    middle = paragraphs[1:]
    rng.shuffle(middle)
    filler = to_script(rng.choice(FILLERS).format(n=rng.randint(30, 900), m=rng.randint(2, 40)), article.script)
    middle.insert(rng.randint(0, len(middle)), filler)
    tag = to_script(TAGS[k % len(TAGS)], article.script)
    title = f"{tag}{article.title}" if k < len(TAGS) else f"{tag}{article.title}({k})"
    return dataclasses.replace(
        article,
        id=f"{article.id}~v{k}",
        title=title,
        paragraphs=tuple(paragraphs[:1] + middle),
        published_at=shifted_date(article.published_at, 11 + (k * 37) % 1500),
        repost_of=article.repost_of or (article.id if site_id not in (None, article.site) else None),
        extra={**article.extra, "variant_of": article.id},
    )


def blend(pool: list[CorpusArticle], k: int) -> CorpusArticle:
    """A distinct generated story: the lead of one pool article, then paragraphs drawn from others.

    Its text shares no long run with any other generated page, so it is not a repost of
    anything; its labels are not gold (the benchmark site measures speed, not quality).
    """
    rng = random.Random(f"blend/{k}")
    lead = pool[k % len(pool)]
    donors = rng.sample(pool, min(4, len(pool)))
    body = [lead.paragraphs[0]] + [rng.choice(d.paragraphs[1:] or d.paragraphs) for d in donors]
    body.insert(rng.randint(1, len(body)), rng.choice(FILLERS).format(n=rng.randint(30, 900), m=rng.randint(2, 40)))
    return dataclasses.replace(
        lead,
        id=f"{lead.id}~b{k}",
        title=f"{TAGS[k % len(TAGS)]}{lead.title}({k})",
        paragraphs=tuple(body),
        published_at=shifted_date(lead.published_at, (k * 37) % 1500),
        repost_of=None,
        extra={**lead.extra, "blend_of": lead.id},
    )
