"""Load the fixture corpus: hand-written announcements with gold labels, one YAML file per article.

The loader is tolerant about layout (one mapping, a list, or ``{articles: [...]}`` per file) and
strict about content: an article without an id, a title or a body is reported with its file name
instead of being served half-empty.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
log = logging.getLogger(__name__)


class CorpusError(ValueError):
    """A corpus file that cannot be turned into articles, naming the file and the field."""


@dataclass(frozen=True, slots=True)
class CorpusSite:
    """The publisher a corpus file is about (its ``site:`` block)."""

    id: str
    name: str
    kind: str
    province: str
    city: str | None = None
    county: str | None = None
    code: str | None = None
    script: str = "zh-Hans"
    column: str | None = None

    @property
    def region(self) -> dict[str, Any]:
        return {"province": self.province, "city": self.city, "county": self.county, "code": self.code}


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    published_at: str
    subtitle: str = ""
    published_time: str | None = None
    source: str = ""
    author: str = ""
    editor: str = ""
    script: str = "zh-Hans"
    site: str | None = None
    template: str | None = None
    region: dict[str, Any] = field(default_factory=dict)
    publisher_region: dict[str, Any] = field(default_factory=dict)
    alliance_forms: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    lead_org: str | None = None
    members: tuple[str, ...] = ()
    member_count: int | None = None
    relevant: bool = True
    repost_of: str | None = None
    images: tuple[dict[str, str], ...] = ()
    attachments: tuple[dict[str, str], ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    damage: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # fields this loader does not interpret

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


_KNOWN = {
    "id", "title", "subtitle", "published_at", "published_time", "date", "time", "source", "author", "editor", "script",
    "site", "template", "region", "publisher_region", "alliance_forms", "event_types", "lead_org",
    "lead_organization", "members", "member_count", "relevant", "repost_of", "images",
    "attachments", "damage", "body", "paragraphs", "table",
}

# A repost's body may be given as "COPY": the same paragraphs as the article it reposts.
COPY = "COPY"


def _paragraphs(raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str):
        parts = raw.split("\n")
    elif isinstance(raw, list):
        parts = [str(p) for p in raw]
    else:
        parts = []
    return tuple(p.strip() for p in parts if p and p.strip())


def _named_list(raw: Any, key: str) -> tuple[dict[str, str], ...]:
    """Images/attachments may be given as strings or mappings; normalise to mappings."""
    out = []
    for item in raw or []:
        out.append({key: item} if isinstance(item, str) else {str(k): str(v) for k, v in item.items() if v is not None})
    return tuple(out)


def _strings(raw: Any) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    return tuple(str(x) for x in raw)


def _relevant(raw: Any) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() not in {"false", "no", "irrelevant", "0"}
    return True if raw is None else bool(raw)


def _table(raw: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple("" if c is None else str(c) for c in row) for row in raw or [])


def article_from_mapping(data: dict[str, Any], origin: str, site: CorpusSite | None = None) -> CorpusArticle:
    """One corpus article from its YAML mapping; ``origin`` names the file in errors and
    ``site`` (the file's ``site:`` block) supplies the site id and script it does not repeat."""
    published = data.get("published_at", data.get("date"))
    for name, value in (("id", data.get("id")), ("title", data.get("title")), ("date", published)):
        if not value:
            raise CorpusError(f"{origin}: article {data.get('id')!r} without {name!r}")
    raw_body = data.get("body", data.get("paragraphs"))
    paragraphs = (COPY,) if raw_body == COPY else _paragraphs(raw_body)
    if not paragraphs:
        raise CorpusError(f"{origin}: article {data['id']!r} has no body")
    if paragraphs == (COPY,) and not data.get("repost_of"):
        raise CorpusError(f"{origin}: article {data['id']!r} copies its body but has no repost_of")
    count = data.get("member_count")
    time = data.get("published_time", data.get("time"))
    return CorpusArticle(
        id=str(data["id"]),
        title=str(data["title"]).strip(),
        paragraphs=paragraphs,
        published_at=str(published)[:10],
        subtitle=str(data.get("subtitle") or ""),
        published_time=str(time) if time else None,
        source=str(data.get("source") or ""),
        author=str(data.get("author") or ""),
        editor=str(data.get("editor") or ""),
        script=str(data.get("script") or (site.script if site else "zh-Hans")),
        site=data.get("site") or (site.id if site else None),
        template=data.get("template"),
        region=dict(data.get("region") or {}),
        publisher_region=dict(data.get("publisher_region") or (site.region if site else {})),
        alliance_forms=_strings(data.get("alliance_forms")),
        event_types=_strings(data.get("event_types")),
        lead_org=data.get("lead_org", data.get("lead_organization")),
        members=_strings(data.get("members")),
        member_count=int(count) if count not in (None, "") else None,
        relevant=_relevant(data.get("relevant")),
        repost_of=data.get("repost_of"),
        images=_named_list(data.get("images"), "caption"),
        attachments=_named_list(data.get("attachments"), "name"),
        table=_table(data.get("table")),
        damage=_strings(data.get("damage")),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )


def site_from_mapping(data: Any, origin: str) -> CorpusSite | None:
    if data is None:
        return None
    if not isinstance(data, dict) or not data.get("id") or not data.get("name"):
        raise CorpusError(f"{origin}: 'site' needs at least an id and a name")
    return CorpusSite(
        id=str(data["id"]), name=str(data["name"]), kind=str(data.get("kind") or "hospital"),
        province=str(data.get("province") or ""), city=data.get("city"), county=data.get("county"),
        code=str(data["code"]) if data.get("code") else None, script=str(data.get("script") or "zh-Hans"),
        column=data.get("column"),
    )


def _mappings(doc: Any) -> list[dict[str, Any]]:
    """Articles of one file: ``{site:, articles: [...]}``, a list, or a single article mapping."""
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        return doc["articles"]
    if isinstance(doc, dict):
        return [doc]
    if isinstance(doc, list):
        return doc
    return []


@dataclass(frozen=True, slots=True)
class Corpus:
    sites: dict[str, CorpusSite]
    articles: list[CorpusArticle]
    skipped: list[str]  # why an article could not be used (e.g. it copies an article not in the corpus)


def _resolve_copies(articles: dict[str, CorpusArticle]) -> tuple[list[CorpusArticle], list[str]]:
    """Replace "COPY" bodies by the reposted article's paragraphs; reposts of absent articles are skipped."""
    out, skipped = [], []
    for article in articles.values():
        if article.paragraphs != (COPY,):
            out.append(article)
            continue
        original = articles.get(str(article.repost_of))
        if original is None or original.paragraphs == (COPY,):
            skipped.append(f"{article.id}: copies {article.repost_of!r}, which the corpus does not have")
            continue
        out.append(dataclasses.replace(article, paragraphs=original.paragraphs))
    return sorted(out, key=lambda a: a.id), skipped


def load_corpus(directory: str | Path = CORPUS_DIR) -> Corpus:
    """Every site and article under ``directory`` (``*.yaml``), sorted by id so builds are reproducible."""
    articles: dict[str, CorpusArticle] = {}
    sites: dict[str, CorpusSite] = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CorpusError(f"{path}: not valid YAML: {exc}") from exc
        site = site_from_mapping(doc.get("site") if isinstance(doc, dict) else None, str(path))
        if site is not None:
            sites[site.id] = site
        for data in _mappings(doc):
            if not isinstance(data, dict):
                raise CorpusError(f"{path}: expected a mapping per article")
            article = article_from_mapping(data, str(path), site)
            if article.id in articles:
                raise CorpusError(f"{path}: duplicate article id {article.id!r}")
            articles[article.id] = article
    if not articles:
        raise CorpusError(f"{directory}: no corpus articles (*.yaml)")
    resolved, skipped = _resolve_copies(articles)
    for reason in skipped:
        log.info("corpus article skipped: %s", reason)
    return Corpus(sites, resolved, skipped)
