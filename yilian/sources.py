"""config/sources.yaml: what to crawl, validated at load so a typo fails loudly, not at 3 a.m."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from croniter import croniter
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from yilian.clean.extract.rules import ExtractRules, RuleError
from yilian.records import SourceKind
from yilian.scope import Scope, make_scope, parse_host_pattern, url_refusal


class Selector(BaseModel):
    """Either a CSS or an XPath expression, never both."""

    model_config = ConfigDict(extra="forbid")
    css: str | None = None
    xpath: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> "Selector":
        if bool(self.css) == bool(self.xpath):
            raise ValueError("give exactly one of 'css' or 'xpath'")
        return self


class ExtractOverrides(BaseModel):
    """Selectors for the fields a source's template hides from the general scorers (site quirks as
    configuration): each an XPath or CSS selector, compiled at load so a typo fails here."""

    model_config = ConfigDict(extra="forbid")
    title: Selector | None = None
    date: Selector | None = None
    body: Selector | None = None
    source: Selector | None = None
    _rules: ExtractRules | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _compile(self) -> "ExtractOverrides":
        spec = {name: (sel.css, sel.xpath) for name in ("title", "date", "body", "source")
                if (sel := getattr(self, name)) is not None}
        try:
            self._rules = ExtractRules.build(spec) if spec else None
        except RuleError as exc:
            raise ValueError(str(exc)) from exc
        return self

    @property
    def rules(self) -> ExtractRules | None:
        return self._rules


class Politeness(BaseModel):
    model_config = ConfigDict(extra="forbid")
    download_delay: float = Field(default=1.0, ge=0)
    concurrent_requests_per_domain: int = Field(default=2, ge=1, le=64)
    autothrottle: bool = True
    obey_robots: bool = True
    max_pages: int = Field(default=0, ge=0, description="article pages to fetch per crawl, newest first; 0 means no limit")


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{1,63}$")
    name: str = Field(min_length=2)
    aliases: list[str] = Field(default_factory=list, description="other names the publisher goes by in its own news "
                               "(short, former, university names: 华山医院, 襄樊市中心医院); 我院 and these read as the name")
    kind: SourceKind
    province: str | None = Field(default=None, min_length=2, description="the publisher's province; none for a national "
                                 "publisher (国家卫生健康委员会, 健康报) or one outside the mainland")
    city: str | None = None
    county: str | None = None
    start_urls: list[str] = Field(min_length=1)
    # Without selectors the list-page detector (yilian.listing) finds the article links and the pager;
    # give them only for a template it cannot read (`yilian sources check URL` shows what it finds).
    article_links: Selector | None = None
    next_page: Selector | None = None
    hosts: list[str] = Field(default_factory=list, description="hosts the crawl may fetch from: host, host:port or "
                             "*.domain (empty: the start URLs' hosts)")
    allow: list[str] = Field(default_factory=list, description="regexes the scheme://host/path of followed URLs must "
                             "match (empty: anything on the source's hosts)")
    schedule: str = "0 3 * * *"
    recheck_days: int = Field(default=30, ge=0, description="re-fetch (conditionally) an indexed article after this many days")
    full_rewalk: bool = Field(default=False, description="walk every list page and re-check every article on each crawl")
    politeness: Politeness = Field(default_factory=Politeness)
    extract: ExtractOverrides | None = Field(default=None, description="selectors overriding the extractor's title/date/body/source")

    @property
    def extract_rules(self) -> ExtractRules | None:
        return self.extract.rules if self.extract is not None else None

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        if not croniter.is_valid(value):
            raise ValueError(f"not a valid cron expression: {value!r}")
        return value

    @field_validator("start_urls")
    @classmethod
    def _urls(cls, urls: list[str]) -> list[str]:
        for url in urls:
            if url.startswith("{fixture}"):
                continue
            reason = url_refusal(url)
            if reason:
                raise ValueError(f"start URL {url!r}: {reason}")
        return urls

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            parse_host_pattern(host)
        return hosts

    @field_validator("allow")
    @classmethod
    def _patterns(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {pattern!r} ({exc})") from None
        return patterns

    @model_validator(mode="after")
    def _place(self) -> "Source":
        if self.province is None and (self.city or self.county):
            raise ValueError("a city or county needs its province")
        return self

    def resolved_start_urls(self, fixture_base: str | None) -> list[str]:
        """Substitute {fixture} so one config serves any port the fixture web is on."""
        out = []
        for url in self.start_urls:
            if url.startswith("{fixture}"):
                if not fixture_base:
                    raise SourcesError(f"source {self.id!r} needs --fixture-base for {url!r}")
                url = fixture_base.rstrip("/") + url[len("{fixture}") :]
                reason = url_refusal(url)
                if reason:
                    raise SourcesError(f"source {self.id!r}: start URL {url!r}: {reason}")
            out.append(url)
        return out

    def scope(self, fixture_base: str | None) -> Scope:
        """Where this source's crawl may go (yilian/scope.py)."""
        return make_scope(self.resolved_start_urls(fixture_base), self.hosts, self.allow)


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> "SourcesFile":
        seen: set[str] = set()
        for source in self.sources:
            if source.id in seen:
                raise ValueError(f"duplicate source id {source.id!r}")
            seen.add(source.id)
        return self


class SourcesError(ValueError):
    """A sources file that cannot be used, with a message naming the file and the field."""


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourcesError(f"{path}: no such sources file") from exc
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML: {exc}") from exc
    try:
        return SourcesFile.model_validate(raw).sources
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise SourcesError(f"{path}: {problems}") from exc
