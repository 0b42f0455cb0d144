"""Request and response models: the API's contract, checked on the way in and documented at /docs.

Every limit a user can hit is declared here, so a bad parameter is a 422 with a message
instead of a query Elasticsearch rejects (or worse, answers slowly).
"""

from __future__ import annotations

import datetime as dt
import re
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from search_api.provinces import PROVINCES, canonical_province, short_name
from search_api.querylang import QuerySyntaxError, compile_query
from yilian.records import SourceKind

MAX_QUERY_CHARS = 200
MAX_PAGE_SIZE = 100
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's index.max_result_window

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# what `province` accepts, stated in the OpenAPI description too: full or short names, blank for none
PROVINCE_NAMES = ["", *PROVINCES, *(short_name(full) for full in PROVINCES)]


def _iso_day(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would read 0 as 1970-01-01 (a Unix timestamp)."""
    if isinstance(value, str) and not ISO_DAY.fullmatch(value.strip()):
        raise ValueError(f"give a date as YYYY-MM-DD, not {value[:40]!r}")
    return value.strip() if isinstance(value, str) else value


Day = Annotated[date, BeforeValidator(_iso_day)]


class FilterParams(BaseModel):
    """What to find: the text query and the filters shared by search and export."""

    model_config = ConfigDict(extra="forbid")

    q: str = Field(
        default="",
        max_length=MAX_QUERY_CHARS,
        description="全文检索: words (a space is AND), AND / OR / NOT, -word, \"phrases\", title:… and source:… "
        "(标题: 来源:); 医联体 = 医疗联合体 and other synonyms; Traditional is folded to Simplified",
    )
    province: str | None = Field(default=None, max_length=20, json_schema_extra={"enum": PROVINCE_NAMES},
                                 description="省级行政区, full (河南省) or short (河南) name; blank for all")
    city: str | None = Field(default=None, max_length=30, description="地级市, e.g. 漯河市 or 漯河")
    county: str | None = Field(default=None, max_length=30, description="区县, e.g. 建昌县")
    publisher_province: str | None = Field(default=None, max_length=20, json_schema_extra={"enum": PROVINCE_NAMES},
                                           description="发布机构所在省份 (where the publishing site is, not the "
                                           "event), full or short name, e.g. 福建; blank for all")
    publisher_city: str | None = Field(default=None, max_length=30, description="发布机构所在地级市, e.g. 福州市 or 福州")
    date_from: Day | None = Field(default=None, description="published on or after (YYYY-MM-DD)")
    date_to: Day | None = Field(default=None, description="published on or before (YYYY-MM-DD); "
                                "before date_from, nothing matches")
    alliance_form: str | None = Field(default=None, max_length=30, description="医联体形式, e.g. 县域医共体")
    event_type: str | None = Field(default=None, max_length=30, description="事件类型, e.g. 签约")
    source_kind: SourceKind | None = Field(default=None, description="publisher kind")
    include_all: bool = Field(default=False, description="also return pages judged irrelevant to hospital alliances")
    collapse: bool = Field(default=True, description="show each reposted story once (its earliest copy, with the "
                           "others in also_published); false shows every copy")

    @field_validator("q")
    @classmethod
    def _readable_query(cls, value: str) -> str:
        try:
            compile_query(value)  # not only parsed: a range (>x) parses but is no query we run, a 422 rather than a 500
        except QuerySyntaxError as err:
            raise ValueError(str(err)) from None
        return value.strip()

    @field_validator("city", "county", "publisher_city", "alliance_form", "event_type")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("province", "publisher_province")
    @classmethod
    def _known_province(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        full = canonical_province(value)
        if full is None:
            raise ValueError(f"unknown province {value!r}: give one of the 34 provincial-level divisions, e.g. 河南 or 河南省")
        return full


class SearchParams(FilterParams):
    """A page of results."""

    sort: Literal["relevance", "date"] | None = Field(default=None, description="default: relevance with q, date without")
    page: int = Field(default=1, ge=1, le=MAX_RESULT_WINDOW, description=f"1-based page number; pages past hit "
                      f"{MAX_RESULT_WINDOW} are not served (404): narrow the query or use /api/search/export")
    size: int = Field(default=10, ge=1, le=MAX_PAGE_SIZE, description=f"hits per page, at most {MAX_PAGE_SIZE}")

    @property
    def beyond_window(self) -> str | None:
        """Why this page cannot be served (Elasticsearch pages only through the first 10,000 hits), or None."""
        if self.page * self.size <= MAX_RESULT_WINDOW:
            return None
        return (f"page*size must not exceed {MAX_RESULT_WINDOW} (got {self.page}*{self.size}); "
                "narrow the query or use /api/search/export")

    @property
    def effective_sort(self) -> Literal["relevance", "date"]:
        return self.sort or ("relevance" if self.q else "date")


class ExportParams(FilterParams):
    """Every hit of a query, streamed."""

    format: Literal["csv", "jsonl"] = Field(default="jsonl", description="csv or JSON lines")


TrendInterval = Literal["month", "quarter", "year"]
TrendSplit = Literal["none", "alliance_form", "event_type", "province", "publisher_province", "source_kind"]


class TrendParams(FilterParams):
    """Counts over time for any search."""

    interval: TrendInterval = Field(default="month", description="bucket width: month, quarter or year")
    split: TrendSplit = Field(default="none", description="split each bucket's count by this field (none: one series)")


class TrendBucket(BaseModel):
    key: str = Field(description="2024-05, 2024-Q2 or 2024")
    start: date = Field(description="first day of the bucket: use it with `end` as date_from/date_to to narrow a search")
    end: date = Field(description="last day of the bucket")
    count: int = Field(description="announcements published in the bucket")
    split: dict[str, int] = Field(default_factory=dict, description="count per value of the split field "
                                  f"(a document with several values counts under each; {'未标注'!r}: none)")


class TrendResponse(BaseModel):
    interval: TrendInterval
    split: TrendSplit
    total: int = Field(description="matching announcements, dated or not")
    undated: int = Field(description="matching announcements without a publication date (in no bucket)")
    series: list[str] = Field(default_factory=list, description="the split values, largest first")
    buckets: list[TrendBucket]


class FacetBucket(BaseModel):
    value: str
    count: int


class Facets(BaseModel):
    """Counts per value; each facet honours every filter except its own, so siblings stay clickable."""

    province: list[FacetBucket] = Field(default_factory=list)
    city: list[FacetBucket] = Field(default_factory=list)
    county: list[FacetBucket] = Field(default_factory=list)
    month: list[FacetBucket] = Field(default_factory=list, description="value is YYYY-MM")
    alliance_form: list[FacetBucket] = Field(default_factory=list)
    event_type: list[FacetBucket] = Field(default_factory=list)
    source_kind: list[FacetBucket] = Field(default_factory=list)
    publisher_province: list[FacetBucket] = Field(default_factory=list, description="where the publishing site is")
    publisher_city: list[FacetBucket] = Field(default_factory=list)


class Province(BaseModel):
    name: str = Field(description="official name, as documents and filters hold it (广西壮族自治区)")
    short: str = Field(description="short name, as maps and users write it (广西)")


class Copy(BaseModel):
    """Another site's copy of the same story (indexer/reposts.py)."""

    id: str | None = None
    source_name: str | None = None
    url: str
    published_at: date | None = None
    title: str | None = None


class SearchHit(BaseModel):
    id: str
    title: str
    url: str
    published_at: date | None = None
    source_name: str = ""
    province: str | None = None
    city: str | None = None
    county: str | None = None
    publisher_province: str | None = None
    publisher_city: str | None = None
    damaged: bool = False
    highlight: list[str] = Field(default_factory=list, description="subtitle and body snippets, HTML-escaped, matches in <em>")
    title_highlight: str | None = Field(default=None, description="title with matches in <em>, HTML-escaped")
    also_published_count: int = Field(default=0, description="how many other sites published this story")
    also_published: list[Copy] = Field(default_factory=list, description="the other copies, earliest first")


class SearchResponse(BaseModel):
    total: int
    page: int
    size: int
    sort: Literal["relevance", "date"]
    hits: list[SearchHit]
    facets: Facets


class AllianceRef(BaseModel):
    id: str
    name: str


class ArticleDetail(BaseModel):
    """The whole stored document; the fields the page relies on are typed, the rest pass through.

    Empty metadata is stored as null (indexer/document.py), so the optional strings may be None.
    """

    model_config = ConfigDict(extra="allow")

    id: str
    url: str
    title: str = ""
    title_original: str | None = None
    subtitle: str | None = None
    body: str = ""
    body_original: str | None = None
    published_at: date | None = None
    source_name: str | None = None
    source: str | None = None
    author: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    damaged: bool = False
    flags: list[str] = Field(default_factory=list)
    encoding: dict[str, Any] | None = None
    region: dict[str, Any] | None = Field(default=None, description="{event, publisher, basis}: each region with its evidence")
    alliance_forms: list[str] = Field(default_factory=list)
    alliance_evidence: list[str] = Field(default_factory=list, description="the cues that gave each alliance form")
    event_types: list[str] = Field(default_factory=list)
    lead_organization: str | None = None
    members: list[str] = Field(default_factory=list)
    member_count: int | None = None
    enrich_evidence: dict[str, list[str]] = Field(default_factory=dict, description="for event_types, lead_organization, "
                                                  "members, member_count and relevance: which mention, which rule")
    relevance_label: str | None = None
    relevance_score: float | None = None
    dup_group: str | None = Field(default=None, description="id of the canonical copy when the story was reposted")
    is_canonical: bool | None = None
    also_published: list[Copy] = Field(default_factory=list, description="the other copies of this story")
    alliance: AllianceRef | None = Field(default=None, description="the alliance this announcement is about (registry)")


class Health(BaseModel):
    status: Literal["ok", "unavailable"]
    elasticsearch: Literal["up", "down"]
    index: str
    documents: int | None = None
    message: str | None = None


class ErrorMessage(BaseModel):
    detail: str


class ValidationProblem(BaseModel):
    parameter: str = Field(description="the parameter at fault, or 'parameters' for a combination")
    message: str


class ValidationErrorMessage(BaseModel):
    """Every 422: one readable sentence, and the same per parameter."""

    detail: str = Field(description="every problem, one sentence each, joined by '; '")
    errors: list[ValidationProblem]


# ---- the alliance registry ----

class AllianceParams(BaseModel):
    """What to find among alliances: a name or lead, and facet filters."""

    model_config = ConfigDict(extra="forbid")

    q: str = Field(default="", max_length=MAX_QUERY_CHARS, description="words of the alliance's name or its lead (all must match)")
    form: str | None = Field(default=None, max_length=30, description="医联体形式, e.g. 跨区域专科联盟")
    province: str | None = Field(default=None, max_length=20, description="省级行政区, full or short name")
    city: str | None = Field(default=None, max_length=30, description="地级市")
    founded_year: int | None = Field(default=None, ge=1990, le=2100, description="year of its founding announcement")
    lead: str | None = Field(default=None, max_length=60, description="lead organisation, exact name")
    sort: Literal["announcements", "founded", "recent"] = Field(
        default="announcements", description="most announcements first, earliest founded first, or latest news first")
    page: int = Field(default=1, ge=1, le=MAX_RESULT_WINDOW, description="1-based page number; pages past the "
                      f"{MAX_RESULT_WINDOW}th alliance are not served (404): use /api/alliances/export")
    size: int = Field(default=20, ge=1, le=MAX_PAGE_SIZE)

    @field_validator("q")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    @field_validator("form", "city", "lead")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    @field_validator("province")
    @classmethod
    def _known_province(cls, value: str | None) -> str | None:
        return FilterParams._known_province(value)

    @property
    def beyond_window(self) -> str | None:
        """Why this page cannot be served (the first 10,000 alliances only), or None."""
        if self.page * self.size <= MAX_RESULT_WINDOW:
            return None
        return f"page*size must not exceed {MAX_RESULT_WINDOW} (got {self.page}*{self.size}); use /api/alliances/export"


class AllianceExportParams(AllianceParams):
    format: Literal["csv", "jsonl"] = Field(default="jsonl", description="csv (with a BOM, for Excel) or JSON lines")


class AllianceSummary(BaseModel):
    id: str
    name: str
    forms: list[str] = Field(default_factory=list)
    lead: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    founded: date | None = Field(default=None, description="date of its founding announcement (成立)")
    first_seen: date | None = Field(default=None, description="date of the earliest announcement about it")
    last_seen: date | None = None
    member_count: int | None = Field(default=None, description="the latest member count an announcement gave")
    announcement_count: int = 0


class AllianceFacets(BaseModel):
    form: list[FacetBucket] = Field(default_factory=list)
    province: list[FacetBucket] = Field(default_factory=list)
    city: list[FacetBucket] = Field(default_factory=list)
    founded_year: list[FacetBucket] = Field(default_factory=list)
    lead: list[FacetBucket] = Field(default_factory=list)


class AllianceSearchResponse(BaseModel):
    total: int
    page: int
    size: int
    hits: list[AllianceSummary]
    facets: AllianceFacets


class AllianceMember(BaseModel):
    name: str
    first_seen: date | None = Field(default=None, description="date of the first announcement naming it a member")
    article_id: str | None = None


class MemberCount(BaseModel):
    date: dt.date | None = None
    count: int
    article_id: str


class Announcement(BaseModel):
    id: str
    date: dt.date | None = None
    title: str
    source_name: str = ""
    url: str = ""
    events: list[str] = Field(default_factory=list)
    evidence: str = Field(description="the key that placed it in this alliance (lead+form, subject@place, …), then for a "
                                      "link by score '; ≈' the score and the fields that agreed")


class AllianceDetail(AllianceSummary):
    names: list[str] = Field(default_factory=list, description="every name announcements gave it, most used first")
    members: list[AllianceMember] = Field(default_factory=list)
    member_counts: list[MemberCount] = Field(default_factory=list, description="member count over time")
    announcements: list[Announcement] = Field(default_factory=list, description="its timeline, oldest first")


class Organization(BaseModel):
    name: str
    leads: list[AllianceSummary] = Field(default_factory=list, description="alliances it leads")
    joins: list[AllianceSummary] = Field(default_factory=list, description="alliances it is a member of")
    announcements: int = Field(default=0, description="announcements naming it as lead or member")



# ---- saved searches and their alerts ----

class WebhookTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=500, description="the incoming-webhook URL of a DingTalk/WeCom/Feishu robot, a Slack app, or any receiver")
    kind: Literal["dingtalk", "wecom", "feishu", "slack", "json"] = Field(default="json", description="the JSON shape to send")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class SavedSearchIn(FilterParams):
    """A search to keep, and where to send the announcements it finds from now on."""

    name: str = Field(min_length=1, max_length=60, description="what to call it in messages")
    webhook: WebhookTarget | None = None
    email: list[str] = Field(default_factory=list, max_length=10, description="addresses to e-mail new hits to")

    @field_validator("email")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if not _EMAIL.match(v)]
        if bad:
            raise ValueError(f"not an e-mail address: {bad[0]!r}")
        return values

    @model_validator(mode="after")
    def _somewhere(self) -> "SavedSearchIn":
        if not self.webhook and not self.email:
            raise ValueError("give a webhook or at least one e-mail address to send new announcements to")
        return self

    def filters(self) -> FilterParams:
        return FilterParams(**self.model_dump(include=set(FilterParams.model_fields)))


class SavedSearch(BaseModel):
    id: str
    name: str
    params: dict[str, Any] = Field(description="the search's parameters, as /api/search takes them")
    webhook: WebhookTarget | None = None
    email: list[str] = Field(default_factory=list)
    created_at: datetime = Field(description="only announcements first indexed after this are sent")
    last_checked_at: datetime


class Delivery(BaseModel):
    id: str
    search_id: str
    article_id: str
    channel: Literal["webhook", "email"]
    status: Literal["pending", "sent", "failed"]
    attempts: int
    title: str = ""
    last_error: str | None = None
    created_at: datetime
    sent_at: datetime | None = None
    next_attempt_at: datetime | None = None
