"""Quality of the enrich stage on announcements written apart from its rules, and on the fixture web.

    .venv/bin/python benchmarks/bench_enrich.py [--set DIR] [--enrich3 DIR] [--enrich4 DIR] [--miniweb DIR]
        [--enrich5 DIR] [--errors tune|tune2|tune3|tune4|tune5|reg2|set7|set8|set9|set10|set11|set12|set13|set14|set15|set16|set17|set18|set19|fixture|corpus] [--per-type] [--by-phenomenon [N]]

Prints issue 10's table, one column per set, with the same definitions everywhere:

* the labeled set in ``tests/enrich_set/`` (written by someone who has not read the enrichment
  code, ``DEFINITIONS.md`` there): its tuning half, a second tuning set written later by another
  labeler (``tune2``, its judgement calls in ``NOTES2.md``), a third by another labeler stressing
  relevance borderlines, member lists in many shapes, subtle event types, leads without 牵头 and
  indirect places (``tune3``, copied in as ``tune2`` was, its publishers merged), and its test half
  that no rule is written against (only its aggregate figures are ever printed);
* the third labeler's held-out half (``../labels/enrich3/test3.jsonl`` when present): read where it
  lies, never copied into the repository, only aggregate figures printed, like the miniweb;
* a fourth labeler's sets imitating county and city sites (``../labels/enrich4``: members in county
  shapes, event types other than 成立, relevance borderlines, publisher ≠ event place, leads without 牵头):
  ``tune4`` copied into ``tests/enrich_set`` as tune3 was (its publishers merged, its notes in ``NOTES4.md``),
  ``test4`` held out, read where it lies (aggregates only);
* a fifth labeler's sets (``../labels/enrich5``: members in many list shapes, counts, multi-form items,
  event variety, lures): ``tune5`` copied into ``tests/enrich_set`` as tune4 was (its publishers merged),
  ``test5`` held out, read where it lies (aggregates only);
* the grouping labelers' sets, every field labeled too: ``reg2`` (its tuning half is
  ``tests/registry_set/tune2.jsonl``, its test half read where it lies in ``../labels/registry2``) and ``set7``
  (tuning half ``tests/registry_set/tune3.jsonl``, notes in ``NOTES3.md``; test half in ``../labels/set7``) and ``set8``
  (county and government sites, reposts, table-like member lists: ``tune4.jsonl``, ``NOTES4.md``; ``../labels/set8``),
  ``set9`` (commissions and county portals, member lists in many shapes: ``tune5.jsonl``, ``NOTES5.md``; ``../labels/set9``)
  ``set10`` (newspapers and news portals, interviews, tiers of members, renamings: ``tune6.jsonl``, ``NOTES6.md``;
  ``../labels/set10``), ``set11`` (departments' anecdotal news, WeChat-style pieces, national alliances' plaques,
  numbered notices: ``tune7.jsonl``, ``NOTES7.md``) and ``set12`` (media-centre transcripts, work reports, press
  conferences, mergers and renamings: ``tune8.jsonl``, ``NOTES8.md``), their test halves in ``../labels/set11|set12``;
  ``set13`` and ``set14`` (many writers' voices: abbreviations, names given once in full, counts in words, odd list
  shapes: ``tune9.jsonl``, ``tune10.jsonl``, ``NOTES9.md``, ``NOTES10.md``; ``../labels/set13|set14``) and ``set17``
  (long reports, 900-2500 characters, the alliance one part of a work report, summary or transcript, every paragraph
  its own: ``tune11.jsonl``, ``NOTES11.md``; ``../labels/set17``, 40 records a half); ``set15`` and ``set16`` (kept
  blind while a session's rules were written, then measured once: a third of the items long, leads abbreviated after
  one full mention, members outside the county, renamed alliances, third-party reports, Hong Kong/Taiwan writers:
  ``tune12.jsonl``, ``tune13.jsonl``, ``NOTES12.md``, ``NOTES13.md``; ``../labels/set15|set16`` and ``set18`` and
  ``set19`` (kept blind through a session's rules and measured at its start, middle and end, then again at the next
  session's start: county and city hospitals', commissions' and county portals' news columns from captions to long
  reports; WeChat accounts, provincial commissions, city news sites and hospital-group sites with odd title styles,
  speeches and attachment lists: ``tune14.jsonl``, ``tune15.jsonl``, ``NOTES14.md``, ``NOTES15.md``;
  ``../labels/set18|set19``);
* ``tune pool`` and ``test pool``: those labelers' tuning halves scored as one set, and their held-out halves as one
  (the figure to read for generalisation: one labeler's quirks move it less);
* the fixture web: its served pages run through the whole ``clean_page`` chain (decode, extract,
  normalize, enrich, fingerprint) with each site's configured Source, scored against the fixture
  web's ground truth;
* the miniweb (``../labels/miniweb`` when present): four sites written apart from the project, a
  check set nobody tunes on; its gold title and body are enriched with each site's Source and the
  来源 line extraction reads from the served page (only aggregate figures are printed).

Definitions (``score`` below):

* event province / city: accuracy over every article, null = null (an article whose gold has no
  place is right only when we give none);
* county where stated: accuracy over the articles whose gold names a county;
* alliance forms macro-F1: F1 per form over every article, averaged over the forms that occur in
  the gold;
* event types micro-F1: true/false positives and misses summed over every label of every article;
  news that is not about an alliance carries ``其他`` (the fixture web's gold leaves it empty: we
  map that empty list to [其他], nothing else);
* lead exact: over the articles about an alliance (gold relevant), the lead after normalising both
  sides to the official name (Simplified, no spaces, brackets unified, a known organisation's alias
  such as 我院 or its short name replaced by its full name), null = null;
* member count exact: the same articles, null = null;
* members recall / precision: sets of normalised names, summed over every article (members
  named on an irrelevant article count against precision); a township's or community's institution is
  compared without a county or city written before it, a branch without its owner (``member_key``: the
  labelers differ on distributing a place written before a list and on completing a branch's name);
* relevance F1: "about an alliance" as the positive class.

Where the fixture web's gold was written to other conventions, it is mapped explicitly: its 其他 (a 医联体
with no clue to its form) is no form here (DEFINITIONS.md F6/F7), its empty event list on non-alliance
news is 其他 (E10). One convention cannot be mapped and costs the fixture web a few members: it counts
the home hospitals of an aid team as members (the labeled set counts the side helped, M1).

With ``--per-type``, precision / recall of each event type and each alliance form on every column (aggregate counts only, held-out
columns included), to tell which type's cues miss or overreach.

Plus, for the regions, cpca on the same text (title, else the first paragraph) with its time per article
beside ours in the same run, and on the fixture web the publisher region and repost grouping.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from urllib.parse import unquote

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from yilian.clean.dedup import distance, fingerprint, group_reposts  # noqa: E402
from yilian.clean.enrich import enrich  # noqa: E402
from yilian.clean.enrich.cues import OTHER, OTHER_EVENT  # noqa: E402
from yilian.clean.enrich.gazetteer import load  # noqa: E402
from yilian.clean.enrich.orgs import canonical, complete  # noqa: E402
from yilian.clean.pipeline import clean_page  # noqa: E402
from yilian.records import Article, RawPage, Region  # noqa: E402
from yilian.sources import Source, load_sources  # noqa: E402
from yilian.zhscript import to_simplified  # noqa: E402

SET_DIR = ROOT / "tests" / "enrich_set"
MINIWEB_DIR = ROOT.parent / "labels" / "miniweb"
REGISTRY_SET_DIR = ROOT / "tests" / "registry_set"  # grouping sets label every enrich field too
REGISTRY2_DIR = ROOT.parent / "labels" / "registry2"  # the second grouping labeler's folder: its test half is read there
ENRICH3_DIR = ROOT.parent / "labels" / "enrich3"  # the third labeler's folder: test3 is read from there
ENRICH4_DIR = ROOT.parent / "labels" / "enrich4"  # the fourth labeler's folder: test4 is read from there
ENRICH5_DIR = ROOT.parent / "labels" / "enrich5"  # the fifth labeler's folder: test5 is read from there
SET7_DIR = ROOT.parent / "labels" / "set7"  # a seventh labeler's folder (grouping and every field): its test half is read there
SET8_DIR = ROOT.parent / "labels" / "set8"  # an eighth labeler's folder (county and government sites, reposts, long lists)
SET9_DIR = ROOT.parent / "labels" / "set9"  # a ninth's: commissions and county portals, member lists in many shapes
SET10_DIR = ROOT.parent / "labels" / "set10"  # a tenth's: newspapers and news portals, interviews, tiers, renamings
SET11_DIR = ROOT.parent / "labels" / "set11"  # an eleventh's: departments' anecdotal news, WeChat-style pieces, notices
SET12_DIR = ROOT.parent / "labels" / "set12"  # a twelfth's: media-centre transcripts, work reports, press conferences
SET13_DIR = ROOT.parent / "labels" / "set13"  # a thirteenth's and
SET14_DIR = ROOT.parent / "labels" / "set14"  # a fourteenth's: many writers' voices, abbreviations, counts in words
SET15_DIR = ROOT.parent / "labels" / "set15"  # a fifteenth's and
SET16_DIR = ROOT.parent / "labels" / "set16"  # a sixteenth's: kept blind through a session's rules, long items, renamings
SET17_DIR = ROOT.parent / "labels" / "set17"  # a seventeenth's: long reports (900-2500 characters) with the alliance inside
SET18_DIR = ROOT.parent / "labels" / "set18"  # an eighteenth's: county hospitals', commissions' and portals' news columns
SET19_DIR = ROOT.parent / "labels" / "set19"  # a nineteenth's: WeChat accounts, city news sites, speeches, attachment lists
# the grouping labelers' sets, every field labeled too: (name, its tuning half in REGISTRY_SET_DIR, its held-out folder)
GROUPING_SETS = (("reg2", "tune2", REGISTRY2_DIR), ("set7", "tune3", SET7_DIR), ("set8", "tune4", SET8_DIR),
                 ("set9", "tune5", SET9_DIR), ("set10", "tune6", SET10_DIR), ("set11", "tune7", SET11_DIR),
                 ("set12", "tune8", SET12_DIR), ("set13", "tune9", SET13_DIR), ("set14", "tune10", SET14_DIR),
                 ("set15", "tune12", SET15_DIR), ("set16", "tune13", SET16_DIR), ("set17", "tune11", SET17_DIR),
                 ("set18", "tune14", SET18_DIR), ("set19", "tune15", SET19_DIR))
HALVES = ("tune", "tune2", "tune3", "tune4", "tune5", "test")  # the labeled set's files; only test is held out
FIELDS = [
    ("province", "event province"),
    ("city", "event city"),
    ("county", "county where stated"),
    ("forms", "alliance forms macro-F1"),
    ("events", "event types micro-F1"),
    ("lead", "lead organisation exact"),
    ("count", "member count exact"),
    ("members_recall", "members recall"),
    ("members_precision", "members precision"),
    ("relevance", "relevance F1"),
]
TARGETS = {"province": 0.99, "city": 0.97, "county": 0.92, "forms": 0.93, "events": 0.88, "lead": 0.85,
           "count": 0.92, "members_recall": 0.85, "members_precision": 0.85, "relevance": 0.99}


@dataclass
class Case:
    """One announcement: what enrich reads, and its gold in the labeled set's terms."""

    id: str
    gold: dict
    article: Article
    source: Source | None
    page: RawPage | None = None  # the served bytes, for the whole-pipeline set
    story: str = ""  # the announcement a repost copies (fixture web)
    registry: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)  # name or alias -> (official, city)
    phenomena: tuple[str, ...] = ()  # the labeler's tags of what the text does (self_reference, table_list, ...)


def _simplified(article: Article) -> Article:
    """What normalize gives a Traditional page: its Simplified title and body beside the original."""
    article.title_simplified = to_simplified(article.title)
    article.body_simplified = to_simplified(article.body)
    return article


# -- loading ---------------------------------------------------------------------------------------

# a labeler's publisher kinds under the product's names (a county 融媒体中心 is news media)
KINDS = {"media": "news", "wechat": "news"}  # a WeChat account (富平发布) is a publisher's media outlet


def _publisher_source(pid: str, info: dict) -> Source:
    kind = info.get("kind") or "hospital"
    return Source(id=re.sub(r"[^a-z0-9_-]", "-", pid.lower())[:63].strip("-") or "publisher",
                  name=info["name"], kind=KINDS.get(kind, kind), province=info.get("province"),
                  city=info.get("city"), county=info.get("county"), start_urls=["{fixture}/" + pid],
                  aliases=list(info.get("aliases") or []))


def registry(orgs: list[dict]) -> dict[str, list[tuple[str, str | None]]]:
    """Every known organisation's name and aliases -> its official name (and city, to tell 市中心医院s apart)."""
    out: dict[str, list[tuple[str, str | None]]] = {}
    for org in orgs:
        for alias in [org["name"], *(org.get("aliases") or [])]:
            key = clean_name(alias)
            if (org["name"], org.get("city")) not in out.setdefault(key, []):
                out[key].append((org["name"], org.get("city")))
    return out


def load_labeled(path: Path, publishers: dict[str, dict]) -> list[Case]:
    """One case per line of a labeled half, with its publisher as a configured Source."""
    known = registry(list(publishers.values()))
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        item = json.loads(line)
        pid = item.get("publisher") or item.get("publisher_id")
        info = publishers[pid]
        source = _publisher_source(pid, info)
        article = Article(url=item.get("url") or f"labeled://{path.stem}/{number}", title=item["title"],
                          body=item["body"], published_at=item.get("date"), source=source_field(item.get("source_line")))
        if item.get("script") == "zh-Hant":
            article = _simplified(article)
        labels = item["labels"]
        gold = {
            "relevant": bool(labels.get("relevant")),
            "region": labels.get("event_region") or {},
            "alliance_forms": list(labels.get("alliance_forms") or []),
            "event_types": list(labels.get("event_types") or []),
            "lead_organization": labels.get("lead_organization"),
            "members": list(labels.get("members") or []),
            "member_count": labels.get("member_count"),
        }
        cases.append(Case(f"{path.stem}-{number + 1}", gold, article, source, registry=known,
                          phenomena=tuple(item.get("phenomena") or ())))
    return cases


_SOURCE_LINE = re.compile(r"(?:信息|稿件)?[来來]源\s*[:：]\s*(?P<value>.*?)\s*(?:\s{2}|作者|編輯|编辑|發布|发布|点击|點擊|时间|時間|$)")


def source_field(line: str | None) -> str:
    """The 来源 value extraction gives for a byline ("来源：党委宣传部  作者：宋佳" -> 党委宣传部)."""
    match = _SOURCE_LINE.search(line or "")
    return match.group("value").strip() if match else ""


def _publishers(path: Path) -> dict[str, dict]:
    publishers = json.loads(path.read_text(encoding="utf-8"))
    return {p["id"]: p for p in publishers} if isinstance(publishers, list) else publishers


def load_set(folder: Path, half: str) -> list[Case]:
    return load_labeled(folder / f"{half}.jsonl", _publishers(folder / "publishers.json"))


def load_held_out(folder: Path, half: str) -> list[Case]:
    """A labeler's half read where it lies: its publishers are the labeled set's and the labeler's own
    (``publishers*.json`` beside it)."""
    publishers = _publishers(SET_DIR / "publishers.json")
    for path in sorted(folder.glob("publishers*.json")):
        publishers.update(_publishers(path))
    return load_labeled(folder / f"{half}.jsonl", publishers)


def load_miniweb(folder: Path) -> list[Case]:
    """The miniweb's articles: gold title and body (Simplified labels, as the set writes them), the
    site's Source from ``sites.yaml``, and the 来源 line extraction reads on the served page (reposts)."""
    from yilian.clean.decode import decode
    from yilian.clean.extract import extract

    sites = {s["host"]: s for s in yaml.safe_load((folder / "sites.yaml").read_text(encoding="utf-8"))}
    known = registry([{"name": s["name"], "aliases": [], "city": s.get("city")} for s in sites.values()])
    cases = []
    for number, line in enumerate((folder / "gold" / "articles.jsonl").read_text(encoding="utf-8").splitlines()):
        item = json.loads(line) if line.strip() else {}
        if not item.get("is_article"):
            continue
        site = sites[item["site"]]
        source = _publisher_source(site["host"], site)
        host, _, rest = item["url"].split("://", 1)[1].partition("/")
        served = folder / "sites" / host / unquote(rest)
        line_value = extract(decode(RawPage(served.read_bytes(), item["url"]))).source if served.is_file() else ""
        article = Article(url=item["url"], title=item["title"], body=item["body"], published_at=item.get("date"),
                          source=line_value)
        article = _simplified(article)
        labels = item["labels"]
        gold = {"relevant": bool(labels.get("relevant")), "region": labels.get("event_region") or {},
                "alliance_forms": list(labels.get("alliance_forms") or []),
                "event_types": list(labels.get("event_types") or []),
                "lead_organization": labels.get("lead_organization"), "members": list(labels.get("members") or []),
                "member_count": labels.get("member_count")}
        cases.append(Case(f"miniweb-{number + 1}", gold, article, source, registry=known))
    return cases


def load_served(config: Path) -> list[Case]:
    """The fixture web's article pages as served, with their truth and the site's configured Source."""
    from yilian.fixtureweb.build import build_web

    sources = {s.id: s for s in load_sources(config)}
    known = registry([{"name": s.name, "aliases": s.aliases, "city": s.city} for s in sources.values()])
    web = build_web(0, None)
    parent = {a.corpus_id: a.repost_of for a in web.articles}
    cases = []
    for truth in web.articles:
        served = web.pages[truth.path]
        source = sources.get(truth.site_id)
        gold = {"region": truth.region, "publisher_region": truth.publisher_region, "relevant": truth.relevant,
                "alliance_forms": fixture_forms(truth.alliance_forms), "event_types": truth.event_types,
                "lead_organization": truth.lead_org, "members": truth.members, "member_count": truth.member_count}
        url = "http://127.0.0.1:1" + truth.path
        cases.append(Case(truth.path, gold, Article(url=url, source=truth.source), source,
                          RawPage(served.body, url, served.content_type), _root(truth.corpus_id, parent), known))
    return cases


def fixture_forms(forms: list[str]) -> list[str]:
    """The fixture web labels a 医联体 with no clue to its form 其他; the labeled set's DEFINITIONS.md (F6, F7)
    gives it no form and keeps 其他 for 医养结合 alliances, which the fixture web has none of."""
    return [f for f in forms if f != OTHER]


def load_corpus(paths: list[Path]) -> list[Case]:
    """The fixture corpus's gold text (what the fixture web renders), enriched directly."""
    cases = []
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        site = doc.get("site") or {}
        source = Source(id=str(site["id"]).lower(), name=site["name"], kind=site.get("kind") or "hospital",
                        province=site["province"], city=site.get("city"), county=site.get("county"),
                        start_urls=["{fixture}/" + str(site["id"])]) if site.get("province") else None
        for item in doc.get("articles") or []:
            article = Article(url=f"fixture://{site.get('id', path.stem)}/{item['id']}", title=str(item.get("title") or ""),
                              body="\n".join(str(p) for p in item.get("paragraphs") or [] if p),
                              source=str(item.get("source") or ""))
            if site.get("script") == "zh-Hant":
                article = _simplified(article)
            cases.append(Case(str(item["id"]), {**item, "alliance_forms": fixture_forms(item.get("alliance_forms") or [])},
                              article, source))
    return cases


def _root(key: str, parent: dict[str, str | None]) -> str:
    seen = set()
    while parent.get(key) in parent and key not in seen:
        seen.add(key)
        key = parent[key]
    return key


# -- scoring ---------------------------------------------------------------------------------------

def _value(value) -> str | None:
    return str(value) if value not in (None, "", "null") else None


_BRACKETS = str.maketrans("（）【】", "()[]")


def clean_name(name: str) -> str:
    return re.sub(r"\s+", "", to_simplified(name)).translate(_BRACKETS)


def official(name: str | None, case: Case) -> str | None:
    """A name in the form both sides are compared in: Simplified, no spaces, one bracket style; a known
    organisation's alias (or 我院) replaced by its official name; a bare level word completed with the
    gold region's place (县中医院 -> 舞阳县中医院), also when it is the alias of a publisher elsewhere; a leading place written in a short or former form
    replaced by today's official one (兰坪县 -> 兰坪白族普米族自治县)."""
    if not name:
        return None
    name = clean_name(name)
    if case.source is not None and name in ("我院", "本院"):
        return clean_name(case.source.name)
    region = case.gold.get("region") or {}
    for step in range(2):
        owners = case.registry.get(name)
        completed = canonical(complete(name, region.get("county"), region.get("city"), region.get("province")), load()) \
            if step == 0 else name
        if owners:
            own = [o for o, _ in owners if case.source is not None and o == clean_name(case.source.name)]
            local = [o for o, city in owners if city and city == region.get("city")]
            if own or local or completed == name:
                return (own or local or [owners[0][0]])[0]
            # a bare level word (县中医院) that is some other county's alias is this article's county's institution
        name = completed
    return name


_TOWNSHIP_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:街道|镇|乡|社区)(?!镇)")  # 雉城街道…, 石桥镇…, 月川社区…; not 乡镇卫生院
_BRANCH_OWNER = re.compile(r"^.*(?:医共体|集团|医院|院|中心)")  # what a branch's name may carry before its own


def member_key(name: str | None, case: Case) -> str | None:
    """A member's official name as one institution, whichever naming convention wrote it: a township's
    institution without the county (or city) written before it (宜秀区杨桥镇卫生院 = 杨桥镇卫生院: labelers
    differ on whether a place written once before a list goes to every item), and a branch without the
    hospital or alliance it belongs to (长兴县人民医院医共体林城分院 = 林城分院: labelers differ on completing it)."""
    name = official(name, case)
    if not name:
        return name
    places = load().scan(name)
    while places and places[0][0] == 0 and _TOWNSHIP_HEAD.match(name[places[0][1]:]):
        name = name[places[0][1]:]
        places = load().scan(name)
    if name.endswith("分院"):
        own = _BRANCH_OWNER.sub("", name[: -len("分院")])
        if 2 <= len(own) <= 4:
            name = own + "分院"
    return name


def gold_events(case: Case) -> set[str]:
    """The labeled set's event types; the fixture web leaves non-alliance news empty, which is 其他 here."""
    events = set(case.gold.get("event_types") or [])
    return events or {OTHER_EVENT} if not case.gold.get("relevant") else events


def f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score(cases: list[Case], predicted: dict[str, Article]) -> dict[str, float]:
    """Every figure of the table for one set (definitions in the module docstring)."""
    out: dict[str, float] = {}
    regions = [(c.gold.get("region") or {}, predicted[c.id].region) for c in cases]
    for level in ("province", "city"):
        out[level] = sum(_value(g.get(level)) == getattr(r, level) for g, r in regions) / len(regions)
    stated = [(g, r) for g, r in regions if _value(g.get("county"))]
    out["county"] = sum(_value(g["county"]) == r.county for g, r in stated) / len(stated) if stated else float("nan")
    out["county_n"] = len(stated)

    forms = sorted({f for c in cases for f in c.gold.get("alliance_forms") or []})
    per_form = []
    for form in forms:
        gold = [form in (c.gold.get("alliance_forms") or []) for c in cases]
        pred = [form in predicted[c.id].alliance_forms for c in cases]
        per_form.append(f1(sum(g and p for g, p in zip(gold, pred)), sum(p and not g for g, p in zip(gold, pred)),
                           sum(g and not p for g, p in zip(gold, pred))))
    out["forms"] = sum(per_form) / len(per_form) if per_form else float("nan")

    tp = fp = fn = 0
    for c in cases:
        gold, pred = gold_events(c), set(predicted[c.id].event_types)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    out["events"] = f1(tp, fp, fn)

    relevant = [c for c in cases if c.gold.get("relevant")]
    out["lead"] = sum(official(c.gold.get("lead_organization"), c) == official(predicted[c.id].lead_organization, c)
                      for c in relevant) / len(relevant)
    out["count"] = sum(c.gold.get("member_count") == predicted[c.id].member_count for c in relevant) / len(relevant)
    hit = named = found = 0
    for c in cases:
        gold = {member_key(m, c) for m in c.gold.get("members") or []}
        pred = {member_key(m, c) for m in predicted[c.id].members}
        hit, named, found = hit + len(gold & pred), named + len(gold), found + len(pred)
    out["members_recall"] = hit / named if named else 1.0
    out["members_precision"] = hit / found if found else 1.0

    rel = [(bool(c.gold.get("relevant")), predicted[c.id].relevance["label"] == "alliance") for c in cases]
    out["relevance"] = f1(sum(g and p for g, p in rel), sum(p and not g for g, p in rel), sum(g and not p for g, p in rel))
    out["n"] = len(cases)
    out["relevant_n"] = len(relevant)
    return out


def per_type(cases: list[Case], predicted: dict[str, Article]) -> dict[str, tuple[int, int, int]]:
    """Per event type and per alliance form ("form: …"): (true positives, false positives, misses) summed over
    the set."""
    out: dict[str, tuple[int, int, int]] = {}
    for c in cases:
        gold = gold_events(c) | {"form: " + f for f in c.gold.get("alliance_forms") or []}
        pred = set(predicted[c.id].event_types) | {"form: " + f for f in predicted[c.id].alliance_forms}
        for event in gold | pred:
            tp, fp, fn = out.get(event, (0, 0, 0))
            out[event] = (tp + (event in gold and event in pred), fp + (event in pred and event not in gold),
                          fn + (event in gold and event not in pred))
    return out


def cpca_scores(cases: list[Case], predicted: dict[str, Article]) -> dict[str, float] | None:
    """cpca's regions on the text ours reads (title, else the first paragraph), same definitions, and its
    time per article in the same process."""
    try:
        import cpca
    except ImportError:
        return None
    articles = [predicted[c.id] for c in cases]
    cpca.transform(["河南省漯河市"])  # its tables load on first use, as ours do
    started = time.perf_counter()
    titles = cpca.transform([a.title_simplified or a.title for a in articles])
    leads = cpca.transform([(a.body_simplified or a.body).split("\n")[0] for a in articles])
    out = {"ms": (time.perf_counter() - started) * 1000 / max(len(articles), 1)}
    rows = []
    for row_t, row_l in zip(titles.itertuples(index=False), leads.itertuples(index=False)):
        row = row_t if isinstance(row_t[0], str) and row_t[0] else row_l

        def val(x):
            return x if isinstance(x, str) and x else None

        rows.append(Region(province=val(row[0]), city=val(row[1]), county=val(row[2])))
    pairs = [(c.gold.get("region") or {}, r) for c, r in zip(cases, rows)]
    for level in ("province", "city"):
        out[level] = sum(_value(g.get(level)) == getattr(r, level) for g, r in pairs) / len(pairs)
    stated = [(g, r) for g, r in pairs if _value(g.get("county"))]
    out["county"] = sum(_value(g["county"]) == r.county for g, r in stated) / len(stated) if stated else float("nan")
    return out


def predict(case: Case) -> Article:
    """Enrich the gold text, or run the whole chain on the served bytes."""
    if case.page is not None:
        return clean_page(case.page, case.source)
    return fingerprint(enrich(case.article, case.source))


def run(cases: list[Case]) -> tuple[dict[str, Article], float]:
    """Predictions and the time per article (tables and models loaded before the clock starts)."""
    enrich(Article(url="warm-up", title="我院牵头成立漯河市胸痛专科联盟", body="联盟成员单位共28家。"))
    started = time.perf_counter()
    predicted = {c.id: predict(c) for c in cases}
    return predicted, (time.perf_counter() - started) * 1000 / max(len(cases), 1)


# -- printing --------------------------------------------------------------------------------------

def print_table(columns: list[tuple[str, dict[str, float], dict[str, float] | None]]) -> None:
    width = 12
    print(f"\n{'field':<28}" + "".join(f"{name:>{width}}" for name, _, _ in columns) + f"{'goal':>{width}}")
    for key, label in FIELDS:
        cells = "".join(f"{s[key]:>{width}.3f}" for _, s, _ in columns)
        print(f"{label:<28}{cells}{'≥ ' + format(TARGETS[key], '.2f'):>{width}}")
        if key in ("province", "city", "county") and any(cp for _, _, cp in columns):
            cells = "".join(f"{cp[key]:>{width}.3f}" if cp else f"{'-':>{width}}" for _, _, cp in columns)
            print(f"{'  cpca, same definition':<28}{cells}")
    sizes = ["%d (%d)" % (s["n"], s["relevant_n"]) for _, s, _ in columns]
    print(f"{'articles (relevant)':<28}" + "".join(f"{size:>{width}}" for size in sizes))
    print(f"{'articles with a county':<28}" + "".join(f"{int(s['county_n']):>{width}}" for _, s, _ in columns))


def print_per_type(columns: list[tuple[str, dict[str, tuple[int, int, int]]]]) -> None:
    """Precision/recall (and gold count) of each event type and alliance form per column."""
    width = 16
    events = sorted({e for _, table in columns for e in table})
    print(f"\n{'event type, form: P/R (n)':<24}" + "".join(f"{name:>{width}}" for name, _ in columns))
    for event in events:
        cells = []
        for _, table in columns:
            tp, fp, fn = table.get(event, (0, 0, 0))
            p = tp / (tp + fp) if tp + fp else float("nan")
            r = tp / (tp + fn) if tp + fn else float("nan")
            cells.append(f"{p:.2f}/{r:.2f} ({tp + fn})")
        print(f"{event:<24}" + "".join(f"{c:>{width}}" for c in cells))


def by_phenomenon(cases: list[Case], predicted: dict[str, Article], least: int) -> dict[str, dict[str, float]]:
    """The table's figures on the articles carrying each labeler's phenomenon tag (tags on ``least`` articles or more):
    where a held-out half loses, by kind of writing, without listing its articles."""
    tags = sorted({tag for c in cases for tag in c.phenomena})
    out = {}
    for tag in tags:
        subset = [c for c in cases if tag in c.phenomena]
        if len(subset) >= least and any(c.gold.get("relevant") for c in subset):
            out[tag] = score(subset, predicted)
    return out


def print_by_phenomenon(name: str, figures: dict[str, dict[str, float]]) -> None:
    keys = [key for key, _ in FIELDS]
    print(f"\n{name}: by phenomenon tag (articles with the tag; aggregates only)")
    print(f"{'tag':34}{'n':>4}" + "".join(f"{key[:9]:>10}" for key in keys))
    for tag, row in figures.items():
        print(f"{tag:34}{row['n']:>4}" + "".join(f"{row[key]:>10.3f}" for key in keys))


def print_fixture_extras(cases: list[Case], predicted: dict[str, Article]) -> None:
    """Publisher region and repost grouping on the served fixture web."""
    pub = [(c.gold.get("publisher_region") or {}, predicted[c.id].publisher_region) for c in cases]
    pub = [(g, r) for g, r in pub if _value(g.get("province"))]
    ok = {level: sum(_value(g.get(level)) == getattr(r, level) for g, r in pub) / len(pub) for level in ("province", "city")}
    print(f"\nfixture web: publisher region from config  province {ok['province']:.3f}  city {ok['city']:.3f}  ({len(pub)} pages)")
    stories: dict[str, list[str]] = {}
    for c in cases:
        stories.setdefault(c.story, []).append(c.id)
    gold_pairs = {frozenset(p) for g in stories.values() for p in combinations(g, 2)}
    url_to_id = {predicted[c.id].url: c.id for c in cases}
    pred_pairs = {frozenset((url_to_id[a], url_to_id[b])) for g in group_reposts(list(predicted.values()))
                  for a, b in combinations(g.members, 2)}
    hit = len(pred_pairs & gold_pairs)
    gold_d = [distance(predicted[a].fingerprint, predicted[b].fingerprint) for a, b in map(tuple, gold_pairs)]
    print(f"fixture web: reposts precision {hit / len(pred_pairs) if pred_pairs else 1:.3f}  "
          f"recall {hit / len(gold_pairs) if gold_pairs else 1:.3f}  ({len(gold_pairs)} gold pairs, "
          f"{len(pred_pairs)} predicted; gold-pair distance max {max(gold_d, default='-')})")


def print_errors(cases: list[Case], predicted: dict[str, Article]) -> None:
    """Every field we get wrong, per article (never used on the test half)."""
    for c in cases:
        a, g = predicted[c.id], c.gold
        wrong = []
        gr = g.get("region") or {}
        if (_value(gr.get("province")), _value(gr.get("city")), _value(gr.get("county"))) != (a.region.province, a.region.city, a.region.county):
            wrong.append(f"region gold {gr.get('province')} {gr.get('city')} {gr.get('county')} got "
                         f"{a.region.province} {a.region.city} {a.region.county} | {a.region.evidence}")
        if set(g.get("alliance_forms") or []) != set(a.alliance_forms):
            wrong.append(f"forms gold {g.get('alliance_forms')} got {a.alliance_forms} | {a.alliance_evidence}")
        if gold_events(c) != set(a.event_types):
            wrong.append(f"events gold {sorted(gold_events(c))} got {a.event_types} | {a.enrich_evidence.get('event_types')}")
        if g.get("relevant") and official(g.get("lead_organization"), c) != official(a.lead_organization, c):
            wrong.append(f"lead gold {g.get('lead_organization')} got {a.lead_organization} | {a.enrich_evidence.get('lead_organization')}")
        if g.get("relevant") and g.get("member_count") != a.member_count:
            wrong.append(f"count gold {g.get('member_count')} got {a.member_count} | {a.enrich_evidence.get('member_count')}")
        gm, pm = {member_key(m, c) for m in g.get("members") or []}, {member_key(m, c) for m in a.members}
        if gm != pm:
            wrong.append(f"members missed {sorted(gm - pm)} extra {sorted(pm - gm)}")
        if bool(g.get("relevant")) != (a.relevance["label"] == "alliance"):
            wrong.append(f"relevance gold {g.get('relevant')} got {a.relevance}")
        if wrong:
            print(f"\n{c.id}: {a.title}  [{c.source.name if c.source else '-'}]")
            for w in wrong:
                print("    " + w)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=str(SET_DIR), help="the labeled set's folder")
    parser.add_argument("--config", default=str(ROOT / "config" / "sources.yaml"), help="sources of the fixture web")
    parser.add_argument("--enrich3", default=str(ENRICH3_DIR), help="the third labeler's folder, for test3 (skipped when absent)")
    parser.add_argument("--enrich4", default=str(ENRICH4_DIR),
                        help="the fourth labeler's folder, for test4 (skipped when absent)")
    parser.add_argument("--enrich5", default=str(ENRICH5_DIR),
                        help="the fifth labeler's folder, for test5 (skipped when absent)")
    parser.add_argument("--miniweb", default=str(MINIWEB_DIR), help="the miniweb's folder (skipped when absent)")
    parser.add_argument("--per-type", action="store_true",
                        help="precision/recall of each event type and alliance form on every column")
    parser.add_argument("--by-phenomenon", type=int, nargs="?", const=3, default=0, metavar="N",
                        help="every grouping labeler's column split by the labeler's phenomenon tags (tags on N articles or more)")
    parser.add_argument("--errors", choices=["tune", "tune2", "tune3", "tune4", "tune5", *(label for label, _, _ in GROUPING_SETS), "fixture", "corpus"],
                        help="list every article one set gets wrong (the test half and the miniweb are never listed)")
    args = parser.parse_args()
    columns = []
    types: list[tuple[str, dict[str, tuple[int, int, int]]]] = []
    folder = Path(args.set)
    listed: tuple[list[Case], dict[str, Article]] | None = None
    phenomena: list[tuple[str, dict[str, dict[str, float]]]] = []
    for half in HALVES:
        if not (folder / f"{half}.jsonl").exists():
            continue
        cases = load_set(folder, half)
        predicted, ms = run(cases)
        cp = cpca_scores(cases, predicted)
        columns.append((f"{half} half" if half in ("tune", "test") else half, score(cases, predicted), cp))
        types.append((columns[-1][0], per_type(cases, predicted)))
        print(f"{half}: {len(cases)} articles, enrich {ms:.1f} ms/article (every field)"
              + (f"; cpca {cp['ms']:.2f} ms/article (regions only, title and first paragraph)" if cp else ""))
        if args.errors == half:
            listed = (cases, predicted)
    for folder_arg, half in ((args.enrich3, "test3"), (args.enrich4, "test4"), (args.enrich5, "test5")):
        if (Path(folder_arg) / f"{half}.jsonl").is_file():
            cases = load_held_out(Path(folder_arg), half)
            predicted, ms = run(cases)
            columns.append((half, score(cases, predicted), cpca_scores(cases, predicted)))
            types.append((half, per_type(cases, predicted)))
            print(f"{half} (held out, read where it lies): {len(cases)} articles, enrich {ms:.1f} ms/article")
    # the second grouping labeler's halves (written for alliances over several announcements, every field labeled)
    grouping = [(f"{label} {part}", folder, half) for label, tune, held_out in GROUPING_SETS
                for part, folder, half in (("tune", REGISTRY_SET_DIR, tune), ("test", held_out, "test"))]
    pools: dict[str, tuple[list[Case], dict[str, Article]]] = {"tune": ([], {}), "test": ([], {})}
    for name, folder, half in grouping:
        if (folder / f"{half}.jsonl").is_file():
            cases = load_set(folder, half)
            predicted, ms = run(cases)
            pooled_cases, pooled_predicted = pools["test" if half == "test" else "tune"]
            for case in cases:  # ids repeat across labelers (r0061): the pool keys them by column
                pooled_cases.append(replace(case, id=f"{name}/{case.id}"))
                pooled_predicted[pooled_cases[-1].id] = predicted[case.id]
            columns.append((name, score(cases, predicted), cpca_scores(cases, predicted)))
            types.append((name, per_type(cases, predicted)))
            print(f"{name}: {len(cases)} articles, enrich {ms:.1f} ms/article" + (" (held out, read where it lies)" if half == "test" else ""))
            if args.errors and name == f"{args.errors} tune":
                listed = (cases, predicted)
            if args.by_phenomenon:
                phenomena.append((name, by_phenomenon(cases, predicted, args.by_phenomenon)))
    # every grouping labeler's tuning halves together, and their held-out halves together: one figure each that a
    # single labeler's quirks move less
    for part, name in (("tune", "tune pool"), ("test", "test pool")):
        cases, predicted = pools[part]
        if cases:
            columns.append((name, score(cases, predicted), None))
            types.append((name, per_type(cases, predicted)))
    served = load_served(Path(args.config))
    predicted, ms = run(served)
    fixture = (served, predicted)
    columns.append(("fixture web", score(served, predicted), cpca_scores(served, predicted)))
    types.append(("fixture web", per_type(served, predicted)))
    print(f"fixture web (served pages, whole pipeline): {len(served)} pages, {ms:.1f} ms/page")
    if args.errors == "fixture":
        listed = fixture
    miniweb = Path(args.miniweb)
    if (miniweb / "gold" / "articles.jsonl").is_file():
        cases = load_miniweb(miniweb)
        predicted, ms = run(cases)
        columns.append(("miniweb", score(cases, predicted), cpca_scores(cases, predicted)))
        types.append(("miniweb", per_type(cases, predicted)))
        print(f"miniweb (gold text, site Source, served 来源 line): {len(cases)} articles, enrich {ms:.1f} ms/article")
    if args.errors == "corpus":
        corpus = load_corpus(sorted((ROOT / "yilian" / "fixtureweb" / "corpus").glob("*.yaml")))
        listed = (corpus, run(corpus)[0])
    print_table(columns)
    if args.per_type:
        print_per_type(types)
    for name, figures in phenomena:
        print_by_phenomenon(name, figures)
    print_fixture_extras(*fixture)
    if listed:
        print_errors(*listed)
    return 0

if __name__ == "__main__":
    sys.exit(main())
