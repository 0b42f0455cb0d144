"""The enrich stage: regions (event and publisher), alliance forms and events, relevance.

``enrich(article, source)`` reads the Simplified title and body when the normalize stage has
filled them (Traditional pages), the original text otherwise, and never needs the network.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from yilian.clean.enrich.alliance import analyse
from yilian.clean.enrich.gazetteer import Gazetteer, Place, load
from yilian.clean.enrich.region import config_region, event_region, name_region, place_of, to_region
from yilian.clean.enrich.relevance import relevance
from yilian.records import Article, Region
from yilian.sources import Source

__all__ = ["configured_region", "enrich", "publisher_region"]


def simplified(article: Article) -> tuple[str, str]:
    return article.title_simplified or article.title, article.body_simplified or article.body


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _to_simplified(text: str) -> str:
    """Configured names may be Traditional (溫州市); the gazetteer is Simplified."""
    return _t2s().convert(text) if text else text


def configured_region(source: Source) -> Region:
    """The source's configured place in official names (福建 -> 福建省, 溫州市 -> 温州市); no code when unknown."""
    return config_region(
        _to_simplified(source.province), _to_simplified(source.city or ""), _to_simplified(source.county or "")
    )


def publisher_region(article: Article, source: Source | None) -> Region:
    """Configured region first; else the publisher's own name, the issuing organ, the 来源 line."""
    if source is not None:
        region = configured_region(source)
        if region.code:
            return region
    names = [("source name", source.name if source else ""), ("issuer", article.issuer), ("来源", article.source)]
    return name_region([(label, _to_simplified(text)) for label, text in names])


def speaker_place(article: Article, publisher: Region, gaz: Gazetteer) -> Place | None:
    """Whom 我院/我市 stand for: the publisher, unless the 来源 line names an organisation elsewhere.

    A site reposting another hospital's news keeps that hospital's 来源 line, and its 我院 is
    that hospital, not the reposting site. A 来源 that contains the publisher (the provincial
    commission on a city portal) says nothing more precise.
    """
    own = place_of(publisher, gaz)
    origin = place_of(name_region([("来源", _to_simplified(article.source))], gaz), gaz) if article.source else None
    if origin is None or own is not None and own.code.startswith(origin.code.rstrip("0")):
        return own
    return origin


def enrich(article: Article, source: Source | None = None) -> Article:
    title, body = simplified(article)
    gaz = load()
    publisher = publisher_region(article, source)
    facts = analyse(title, body)
    speaker = speaker_place(article, publisher, gaz)
    region = event_region(title, body, speaker, gaz)
    if region.code is None and speaker is not None:
        whose = "publisher" if speaker.code == publisher.code else f"来源 {article.source!r}"
        region = to_region(speaker, gaz, region.evidence + [f"event region taken from the {whose}"])
    return replace(
        article,
        region=region,
        publisher_region=publisher,
        alliance_forms=facts.forms,
        alliance_evidence=facts.form_evidence,
        event_types=facts.event_types,
        lead_organization=facts.lead_organization,
        members=facts.members,
        member_count=facts.member_count,
        relevance=relevance(facts.alliance_score),
    )
