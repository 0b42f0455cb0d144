"""Article -> Elasticsearch document: the field contract the search API codes against.

One document per canonical URL (``id = yilian.records.article_id(url)``), so re-crawling a page
overwrites it. Mapping in indexer/template.py (``dynamic: strict``: a field not listed here is a
bulk error, not a silent new field). Empty strings become null so facets have no "" bucket.

Field contract (ES type in brackets):

identity and source
  id [keyword]                 sha1 of the canonical URL, first 20 hex chars; also the _id
  url [keyword]                the page URL as crawled
  source_id, source_name [keyword]; source_kind [keyword] hospital | health_commission | government | news
text (searchable, Simplified script; see indexer/template.py): analyzer ``zh_text`` = one token per
Han character, use ``match_phrase`` for exact Chinese phrases and highlight these fields; subfield
``<field>.bigram`` = overlapping character pairs (like cjk_bigram), use for ``match`` with
``operator: and`` / high minimum_should_match; ``title.exact`` [keyword] for sorting/dedup)
  title [text, + .bigram, .exact]   title_original [not indexed, display: the original script]
  subtitle [text, + .bigram]
  body [text, + .bigram; offsets stored for fast highlighting]   body_original [not indexed, display]
dates
  published_at [date yyyy-MM-dd]  published_time [keyword HH:MM[:SS]]  date_evidence [keyword]
  written_at [date yyyy-MM-dd, 成文日期]  crawled_at [date, ISO-8601 UTC]
  first_seen_at [date, ISO-8601 UTC: the first crawl that indexed the URL; kept across re-crawls]
  month [keyword "YYYY-MM" of published_at] (a terms facet; date_histogram on published_at works too)
page metadata [keyword]
  source (来源), author, editor, issuer (发文机关), index_no (索引号), topic (主题分类),
  doc_no (文号), column, script (zh-Hans | zh-Hant | mixed); views [integer]
stored only (``enabled: false`` objects: in _source, not searchable)
  attachments [{name?, url?...}], images, tables [[[cell]]], region
region facets [keyword] (event region when the article names one, else the publisher's)
  province, city, county, region_code
  publisher_province, publisher_city, publisher_county (from the source config, else the page)
  region {event: {...}, publisher: {...}, basis: "event" | "publisher"} with evidence, stored only
enrichment
  alliance_forms, event_types, members [keyword, multi-valued]; lead_organization [keyword]
  alliance_name [keyword: the alliance's name as the page writes it, yilian/registry.py; read by the alliance registry]
  member_count [integer]; relevance_label [keyword]; relevance_score [float]
  alliance_evidence [the cues behind alliance_forms, stored only]
  enrich_evidence [{event_types, lead_organization, members, member_count, relevance: [which mention, which
  rule]}, stored only]
extraction
  extract_evidence {title, body, date, source, author: the chosen candidate's rule, node and features;
  stored only}
dedup
  fingerprint [keyword, SimHash hex; indexer/reposts.py compares them in memory];
  dup_group [keyword: id of the group's canonical document]; is_canonical [boolean];
  also_published [object: the other copies' {id, source_name, url [keyword], published_at [date], title [not indexed]}];
  a document is written alone (dup_group null, is_canonical true, also_published []) until indexer/reposts.py
  finds its copies, so only documents that have copies take a second write (documents written before
  this rule may hold is_canonical null: treat it as canonical)
quality
  encoding {header, meta, detected, used [keyword], confidence [float], repairs [stored only]}
  flags [keyword]; damaged [boolean: the page had unrecoverable spans or a bad date]
"""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any

from yilian.clean.enrich import configured_region
from yilian.guard import clean_learning
from yilian.records import Article, RawPage, Region, article_id
from yilian.registry import alliance_name
from yilian.sources import Source

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _or_none(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _valid_date(value: str | None) -> str | None:
    """The date if it is a real calendar day in yyyy-MM-dd, else None (one bad page must not fail a bulk)."""
    if not value or not ISO_DATE.match(value):
        return None
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        return None
    return value


def _publisher_region(article: Article, source: Source | None) -> Region:
    """The configured publisher location is authoritative, in the official names the publisher filter
    and facet match (a config may say 福建 or 溫州市); the page's own guess is the fallback."""
    if source is not None:
        region = configured_region(source)
        if region.code:
            return region
        if source.province is None:  # a national or outside-mainland publisher: where its name says, if anywhere
            return article.publisher_region
        return Region(province=source.province, city=source.city, county=source.county, evidence=["sources.yaml"])
    return article.publisher_region


def _date_fields(article: Article) -> tuple[dict[str, Any], list[str]]:
    published_at = _valid_date(article.published_at)
    written_at = _valid_date(article.written_at)
    flags = [f"bad_{name}" for name, raw, ok in (
        ("published_at", article.published_at, published_at),
        ("written_at", article.written_at, written_at),
    ) if raw and not ok]
    fields = {
        "published_at": published_at,
        "published_time": _or_none(article.published_time),
        "date_evidence": _or_none(article.date_evidence),
        "written_at": written_at,
        "month": published_at[:7] if published_at else None,
    }
    return fields, flags


def _region_fields(article: Article, source: Source | None) -> dict[str, Any]:
    publisher = _publisher_region(article, source)
    has_event = bool(article.region.province)
    facet = article.region if has_event else publisher
    return {
        "province": facet.province,
        "city": facet.city,
        "county": facet.county,
        "region_code": facet.code,
        "publisher_province": publisher.province,
        "publisher_city": publisher.city,
        "publisher_county": publisher.county,
        "region": {"event": asdict(article.region), "publisher": asdict(publisher), "basis": "event" if has_event else "publisher"},
    }


def _encoding_fields(article: Article) -> dict[str, Any]:
    report = article.encoding
    return {
        "header": report.header,
        "meta": report.meta,
        "detected": report.detected,
        "used": report.used,
        "confidence": float(report.confidence),
        "repairs": [asdict(repair) for repair in report.repairs],
    }


def to_document(article: Article, source: Source | None, crawled_at: datetime) -> dict[str, Any]:
    """The indexed form of one article (pure: same input, same document)."""
    dates, date_flags = _date_fields(article)
    relevance = article.relevance or {}
    flags = list(dict.fromkeys([*article.flags, *date_flags]))
    if crawled_at.tzinfo is None:
        crawled_at = crawled_at.replace(tzinfo=timezone.utc)
    return {
        "id": article_id(article.url),
        "url": article.url,
        "source_id": source.id if source else None,
        "source_name": source.name if source else None,
        "source_kind": source.kind if source else None,
        "title": article.title_simplified or article.title,
        "title_original": article.title,
        "subtitle": _or_none(article.subtitle),
        "body": article.body_simplified or article.body,
        "body_original": article.body,
        **dates,
        "source": _or_none(article.source),
        "author": _or_none(article.author),
        "editor": _or_none(article.editor),
        "issuer": _or_none(article.issuer),
        "index_no": _or_none(article.index_no),
        "topic": _or_none(article.topic),
        "doc_no": _or_none(article.doc_no),
        "column": _or_none(article.column),
        "views": article.views,
        "attachments": article.attachments,
        "images": article.images,
        "tables": article.tables,
        "script": article.script,
        **_region_fields(article, source),
        "alliance_name": alliance_name(article.title_simplified or article.title, article.body_simplified or article.body),
        "alliance_forms": article.alliance_forms,
        "alliance_evidence": article.alliance_evidence,
        "extract_evidence": dict(article.evidence),
        "event_types": article.event_types,
        "lead_organization": _or_none(article.lead_organization),
        "members": article.members,
        "member_count": article.member_count,
        "enrich_evidence": article.enrich_evidence,
        "relevance_label": relevance.get("label", "unknown"),
        "relevance_score": float(relevance.get("score", 0.0)),
        "fingerprint": article.fingerprint,
        "dup_group": None,
        "is_canonical": True,
        "also_published": [],
        "encoding": _encoding_fields(article),
        "flags": flags,
        "damaged": bool(article.damage or date_flags),
        "crawled_at": crawled_at.astimezone(timezone.utc).isoformat(timespec="seconds"),
        # when the index first saw this URL; the writer keeps the stored value on a re-crawl (alerts send only new ones)
        "first_seen_at": crawled_at.astimezone(timezone.utc).isoformat(timespec="seconds"),
    }


def clean_to_document(page: RawPage, source: Source | None, site: Any, crawled_at: datetime,
                      ) -> tuple[Article, dict[str, Any] | None, Any, int]:
    """``clean_learning`` in a cleaning worker, plus the article's document (None for a non-article):
    built there, beside the cleaning, so the process that feeds the workers (the crawl's reactor, a
    rebuild's reader) only hands the document on."""
    article, counts, pages = clean_learning(page, source, site)
    return article, (to_document(article, source, crawled_at) if article.is_article else None), counts, pages
