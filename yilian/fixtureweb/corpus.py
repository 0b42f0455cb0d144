"""Load the fixture corpus: hand-written announcements with gold labels, one YAML file per article.

The loader is tolerant about layout (one mapping, a list, or ``{articles: [...]}`` per file) and
strict about content: an article without an id, a title or a body is reported with its file name
instead of being served half-empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


class CorpusError(ValueError):
    """A corpus file that cannot be turned into articles, naming the file and the field."""


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
    damage: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)  # fields this loader does not interpret

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


_KNOWN = {
    "id", "title", "subtitle", "published_at", "published_time", "source", "author", "script",
    "site", "template", "region", "publisher_region", "alliance_forms", "event_types", "lead_org",
    "lead_organization", "members", "member_count", "relevant", "repost_of", "images",
    "attachments", "damage", "body", "paragraphs",
}


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


def article_from_mapping(data: dict[str, Any], origin: str) -> CorpusArticle:
    """One corpus article from its YAML mapping; ``origin`` names the file in errors."""
    for required in ("id", "title", "published_at"):
        if not data.get(required):
            raise CorpusError(f"{origin}: article without {required!r}")
    paragraphs = _paragraphs(data.get("body", data.get("paragraphs")))
    if not paragraphs:
        raise CorpusError(f"{origin}: article {data['id']!r} has no body")
    count = data.get("member_count")
    return CorpusArticle(
        id=str(data["id"]),
        title=str(data["title"]).strip(),
        paragraphs=paragraphs,
        published_at=str(data["published_at"])[:10],
        subtitle=str(data.get("subtitle") or ""),
        published_time=str(data["published_time"]) if data.get("published_time") else None,
        source=str(data.get("source") or ""),
        author=str(data.get("author") or ""),
        script=str(data.get("script") or "zh-Hans"),
        site=data.get("site"),
        template=data.get("template"),
        region=dict(data.get("region") or {}),
        publisher_region=dict(data.get("publisher_region") or {}),
        alliance_forms=_strings(data.get("alliance_forms")),
        event_types=_strings(data.get("event_types")),
        lead_org=data.get("lead_org", data.get("lead_organization")),
        members=_strings(data.get("members")),
        member_count=int(count) if count not in (None, "") else None,
        relevant=_relevant(data.get("relevant")),
        repost_of=data.get("repost_of"),
        images=_named_list(data.get("images"), "caption"),
        attachments=_named_list(data.get("attachments"), "name"),
        damage=_strings(data.get("damage")),
        extra={k: v for k, v in data.items() if k not in _KNOWN},
    )


def _mappings(doc: Any) -> list[dict[str, Any]]:
    if isinstance(doc, dict) and isinstance(doc.get("articles"), list):
        return doc["articles"]
    if isinstance(doc, dict):
        return [doc]
    if isinstance(doc, list):
        return doc
    return []


def load_corpus(directory: str | Path = CORPUS_DIR) -> list[CorpusArticle]:
    """Every article under ``directory`` (``*.yaml``), sorted by id so builds are reproducible."""
    articles: dict[str, CorpusArticle] = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CorpusError(f"{path}: not valid YAML: {exc}") from exc
        for data in _mappings(doc):
            if not isinstance(data, dict):
                raise CorpusError(f"{path}: expected a mapping per article")
            article = article_from_mapping(data, str(path))
            if article.id in articles:
                raise CorpusError(f"{path}: duplicate article id {article.id!r}")
            articles[article.id] = article
    if not articles:
        raise CorpusError(f"{directory}: no corpus articles (*.yaml)")
    return sorted(articles.values(), key=lambda a: a.id)
