"""Typed records passed between the cleaning stages.

Each stage is a function from one record to the next:
``RawPage -> DecodedPage -> Article -> (normalised, enriched) Article``.
They are plain dataclasses so the crawl, ``yilian extract`` and re-indexing
share them without importing Scrapy or Elasticsearch.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

# who publishes: hospitals, health commissions and bureaus, governments and their portals, news media
SourceKind = Literal["hospital", "health_commission", "government", "news"]
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)


@dataclass(slots=True)
class RawPage:
    """Bytes as fetched, with the one header decoding depends on."""

    body: bytes
    url: str = ""
    content_type: str | None = None


@dataclass(slots=True)
class Repair:
    kind: str  # e.g. "utf8_as_gbk", "gbk_out_of_step", "pinyin_reading" (yilian/clean/decoding/vocabulary.py)
    where: str  # short location hint: "title", "body", "page", or a character offset
    before: str
    after: str
    chain: str = ""  # the codec steps of a misreading repair, e.g. "latin>utf-8, gb18030>utf-8"
    certain: bool = True  # False when characters were completed from broken bytes or left lost


@dataclass(slots=True)
class EncodingReport:
    header: str | None = None  # charset named by the HTTP Content-Type
    meta: str | None = None  # charset named by <meta> or the XML declaration
    detected: str | None = None  # what statistical detection proposed
    used: str = "utf-8"  # the codec actually used
    confidence: float = 0.0
    repairs: list[Repair] = field(default_factory=list)


@dataclass(slots=True)
class DecodedPage:
    url: str
    html: str
    encoding: EncodingReport
    flags: list[str] = field(default_factory=list)
    damage: list[dict[str, Any]] = field(default_factory=list)  # unrecoverable spans


@dataclass(slots=True)
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    code: str | None = None
    evidence: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    """One cleaned announcement; what ``yilian extract`` prints and what is indexed."""

    url: str
    title: str = ""
    subtitle: str = ""
    published_at: str | None = None  # YYYY-MM-DD
    published_time: str | None = None  # HH:MM[:SS] when the page gives it
    date_evidence: str | None = None  # which clue gave published_at (meta:*, jsonld:*, script:*, url: not shown on the page)
    written_at: str | None = None  # 成文日期, kept apart from 发布日期
    source: str = ""  # 来源
    author: str = ""  # 作者
    editor: str = ""  # 编辑
    issuer: str = ""  # 发文机关
    index_no: str = ""  # 索引号
    topic: str = ""  # 主题分类
    doc_no: str = ""  # 文号
    column: str = ""  # column / breadcrumb leaf
    views: int | None = None
    attachments: list[dict[str, str]] = field(default_factory=list)
    images: list[dict[str, str]] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    body: str = ""  # original script, paragraphs separated by "\n"
    script: str = "zh-Hans"  # zh-Hans / zh-Hant / mixed
    title_simplified: str = ""
    body_simplified: str = ""
    is_article: bool = True
    non_article_reason: str | None = None
    encoding: EncodingReport = field(default_factory=EncodingReport)
    flags: list[str] = field(default_factory=list)
    damage: list[dict[str, Any]] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)  # field -> the chosen candidate's rule, node and features
    # enrichment (filled by yilian.clean.enrich)
    region: Region = field(default_factory=Region)
    publisher_region: Region = field(default_factory=Region)
    alliance_forms: list[str] = field(default_factory=list)
    alliance_evidence: list[str] = field(default_factory=list)  # which cues gave the forms
    event_types: list[str] = field(default_factory=list)
    lead_organization: str | None = None
    members: list[str] = field(default_factory=list)
    member_count: int | None = None
    relevance: dict[str, Any] = field(default_factory=lambda: {"label": "unknown", "score": 0.0})
    # which mention and which rule gave event_types, lead_organization, members, member_count, relevance
    enrich_evidence: dict[str, list[str]] = field(default_factory=dict)
    fingerprint: str | None = None  # SimHash of the Simplified body, hex

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def article_id(url: str) -> str:
    """Stable document id from the canonical URL, so a re-crawl overwrites."""
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:20]


def canonical_url(url: str) -> str:
    from w3lib.url import canonicalize_url

    return canonicalize_url(url, keep_fragments=False)
