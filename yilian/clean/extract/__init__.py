"""Article extraction: ``extract(DecodedPage, rules=None, site=None) -> Article``.

The page is parsed and measured once (page.py). Each field proposes candidates with
features and a scorer picks one: the body by prose density (body.py), the title against
what the page declares (title.py), the publication date among every place a date can be
(dates.py); labeled fields (fields.py), media (media.py) and the page kind (nonarticle.py)
read the same model. A source's selectors (rules.py) override a field where its template
defeats the scorers. The chosen candidates' evidence goes out with the article.
"""

from __future__ import annotations

import logging
from datetime import date

from yilian.clean.extract import body as body_mod
from yilian.clean.extract import cues, dates, fields, media, nonarticle
from yilian.clean.extract import title as title_mod
from yilian.clean.extract.page import Line, Page, build, text_of
from yilian.clean.extract.rules import ExtractRules
from yilian.clean.extract.title import SiteNames
from yilian.records import Article, DecodedPage

__all__ = ["ExtractRules", "SiteNames", "extract"]

log = logging.getLogger(__name__)
HEAD_LINES = 15  # lines above the title where metadata tables sit
TAIL_LINES = 8  # lines after the body where 责任编辑/来源 lines sit


def extract(doc: DecodedPage, rules: ExtractRules | None = None, site: SiteNames | None = None,
            today: date | None = None) -> Article:
    """Title, dates, labeled fields, main text and media of one decoded page. Never raises: a page the
    stage cannot read comes back as a non-article flagged ``extract_error``."""
    try:
        return _extract(doc, rules, site, today or date.today())
    except Exception:  # a bug must not lose the crawl's other pages; the flag says what happened
        log.exception("extraction failed", extra={"url": doc.url})
        return Article(url=doc.url, is_article=False, non_article_reason="extract_error", encoding=doc.encoding,
                       flags=[*doc.flags, "extract_error"], damage=list(doc.damage))


def _override_text(rules: ExtractRules | None, name: str, page: Page) -> str | None:
    if rules is None or name not in rules.selectors:
        return None
    for hit in rules.select(name, page.root):
        text = hit if isinstance(hit, str) else text_of(hit)
        text = " ".join(text.split())
        if text:
            return text
    return ""


def _lines_after(page: Page, i: int, n: int) -> list[str]:
    return [ln.text for ln in page.lines[i : i + n]]


def _extract(doc: DecodedPage, rules: ExtractRules | None, site: SiteNames | None, today: date) -> Article:
    page = build(doc.html)
    flags = list(doc.flags)
    missed: list[str] = []
    evidence: dict[str, str] = {}

    # body: the density pick, or the source's selector
    blocks = []
    density, rivals, posts = body_mod.RULE_DENSITY, 0, 0
    title_anchor = title_mod.anchor(page)
    if rules is not None and "body" in rules.selectors:
        blocks = [el for el in rules.select("body", page.root) if not isinstance(el, str)]
        if blocks:
            evidence["body"] = f"rule:{rules.sources['body']}"
        else:
            missed.append("body")
    if not blocks:
        picked = body_mod.pick(page, *title_anchor)
        blocks, density, rivals, posts = picked.blocks, picked.score, picked.rivals, picked.posts
        if picked.candidate is not None:
            evidence["body"] = picked.candidate.evidence()
    raw_lines = body_mod.body_lines(page, blocks)
    body_first = body_mod.prose_start(raw_lines, title_anchor[0])
    body_last = raw_lines[-1].index if raw_lines else -1

    collected = dates.collect(page, doc.url, raw_lines)

    # title
    learnt = site.names() if site is not None else frozenset()
    title, heading, title_line = "", None, -1
    override = _override_text(rules, "title", page)
    if override:
        title = override
        evidence["title"] = f"rule:{rules.sources['title']}"
    else:
        if override == "":
            missed.append("title")
        top = title_mod.pick(page, learnt, body_first, body_last, collected.lines(), doc.url)
        if top is not None:
            title, heading, title_line = top.value, top.node, top.line
            evidence["title"] = top.evidence()
    subtitle = title_mod.subtitle(page, heading)

    cleaned = body_mod.clean(page, raw_lines, title, subtitle)
    paragraphs, signature = body_mod.split_signature(cleaned.paragraphs)

    # date
    ctx = dates.Context(doc.url, title_line, body_first, body_last, today)
    date_override = _override_text(rules, "date", page)
    written = None
    if date_override and (parsed := dates.parse_date(date_override)):
        found = dates.Found(parsed[0], parsed[1], f"rule:{rules.sources['date']}")
        _, written = dates.choose(collected, page, ctx)
    else:
        if date_override is not None:
            missed.append("date")
        found, written = dates.choose(collected, page, ctx)

    # labeled fields: metadata tables above the title, the byline, the lines closing the body
    start = max(0, (title_line if title_line >= 0 else body_first if body_first >= 0 else 0) - HEAD_LINES)
    head_end = body_first if body_first >= 0 else len(page.lines)
    head = [ln.text for ln in page.lines[start:head_end] if not _in_list(ln)]
    tail = _lines_after(page, body_last + 1, TAIL_LINES) if body_last >= 0 else []
    found_fields = fields.collect(head + cleaned.meta + signature + tail)

    source_override = _override_text(rules, "source", page)
    source, source_rule = _source(page, found_fields, source_override)
    if source_override == "":
        missed.append("source")
    author = fields.first(found_fields, "author")
    if credited := fields.credits(source):
        source, author = credited[0], author or credited[1]
    if source_rule:
        evidence["source"] = source_rule
    if author:
        evidence["author"] = "label:" + found_fields["author"][0][0] if found_fields.get("author") else "credit"
    if found:
        evidence["date"] = _date_evidence(found, collected)

    text = "\n".join(paragraphs)
    reason = nonarticle.classify(page, title, text, density, rivals, title_anchor[0] >= 0, blocks, raw_lines,
                                 posts)
    if missed:
        flags.append("extract_rule_unmatched")
    if site is not None:
        site.learn(page.doc_title)
    return Article(
        url=doc.url,
        title=title,
        subtitle=subtitle or cleaned.subtitle,
        published_at=found.date if found else None,
        published_time=found.time if found else None,
        date_evidence=found.evidence if found else None,
        written_at=written,
        source=source,
        author=author,
        editor=fields.first(found_fields, "editor"),
        issuer=fields.first(found_fields, "issuer"),
        index_no=fields.first(found_fields, "index_no"),
        topic=fields.first(found_fields, "topic"),
        doc_no=fields.first(found_fields, "doc_no"),
        column=_column(page, found_fields, cleaned.column, title, start, head_end),
        views=fields.views(found_fields),
        attachments=media.attachments(page, doc.url),
        images=media.images(page, blocks, doc.url),
        tables=media.tables(blocks),
        body=text,
        is_article=reason is None,
        non_article_reason=reason,
        encoding=doc.encoding,
        flags=flags,
        damage=list(doc.damage),
        evidence=evidence,
    )


def _in_list(line: Line) -> bool:
    return line.link_chars > 0.6 * line.chars


def _date_evidence(found: dates.Found, collected: dates.Collected) -> str:
    chosen = next((c for c in collected.candidates if c.rule == found.evidence and c.value == found.date), None)
    return chosen.evidence() if chosen is not None else found.evidence


def _source(page: Page, found: dict[str, list[tuple[str, str]]], override: str | None) -> tuple[str, str]:
    """(来源, evidence): the source's selector, a labeled value, a meta tag, the WeChat account."""
    if override:
        value = fields.parse_fields(override)
        return (value[0][2] if value and value[0][0] == "source" else override), "rule"
    if found.get("source"):
        label, value = found["source"][0]
        return value, f"label:{label}"
    for key in cues.META_SOURCE_KEYS:
        if page.meta.get(key):
            return page.meta[key], f"meta:{key}"
    account = fields.account_name(page)
    return account, ("account" if account else "")


def _column(page: Page, found: dict, label: str, title: str, start: int, end: int) -> str:
    for key in cues.META_COLUMN_KEYS:
        if page.meta.get(key):
            return page.meta[key]
    for line in page.lines[max(0, start - HEAD_LINES) : end]:
        if fields.is_breadcrumb(line.text):
            return fields.column_from_breadcrumb(line.text, title)
    return label
