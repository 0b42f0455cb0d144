"""The enrich stage: regions (event and publisher), alliance forms and events, lead, members, relevance.

``enrich(article, source)`` reads the Simplified title and body when the normalize stage has
filled them (Traditional pages), the original text otherwise, and never needs the network. The
source's configured name and aliases say whom 我院 stands for; a repost's 来源 line naming another
organisation speaks for it instead. A field the text does not support stays empty, and every
field keeps its evidence (``Region.evidence``, ``alliance_evidence``, ``enrich_evidence``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from yilian.clean.enrich import cues
from yilian.clean.enrich.alliance import analyse
from yilian.clean.enrich.gazetteer import Gazetteer, Place, Scans, load
from yilian.clean.enrich.orgs import Speaker, find_orgs
from yilian.clean.enrich.zones import split_column_tag
from yilian.clean.enrich.region import config_region, event_region, name_region, place_of, to_region
from yilian.clean.enrich.relevance import relevance
from yilian.records import Article, Region
from yilian.sources import Source
from yilian.zhscript import to_simplified

__all__ = ["configured_region", "enrich", "publisher_region"]

_SOURCE_LABEL = re.compile(cues.SOURCE_LABEL)
_SELF = re.compile(cues.SPEAKS_OF_ITSELF)
_POLICY_TITLE = re.compile(cues.POLICY_TITLE)


def simplified(article: Article) -> tuple[str, str]:
    return article.title_simplified or article.title, article.body_simplified or article.body


@lru_cache(maxsize=1 << 12)  # a source's names are converted for each of its pages
def _to_simplified(text: str) -> str:
    """Configured names may be Traditional (溫州市); the gazetteer is Simplified."""
    return to_simplified(text) if text else text


def configured_region(source: Source) -> Region:
    """The source's configured place in official names (福建 -> 福建省, 溫州市 -> 温州市); no code when unknown."""
    return config_region(
        _to_simplified(source.province or ""), _to_simplified(source.city or ""), _to_simplified(source.county or "")
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
    """Where 我院/我市 are: the publisher's place, unless the 来源 line names an organisation elsewhere.

    A site reposting another hospital's news keeps that hospital's 来源 line, and its 我院 is
    that hospital, not the reposting site. A 来源 that contains the publisher (the provincial
    commission on a city portal) says nothing more precise.
    """
    own = place_of(publisher, gaz)
    origin = place_of(name_region([("来源", _to_simplified(article.source))], gaz), gaz) if article.source else None
    if origin is None or own is not None and own.code.startswith(origin.code.rstrip("0")):
        return own
    return origin


def speaker(article: Article, source: Source | None, gaz: Gazetteer) -> Speaker | None:
    """Whom 我院/本中心/我集团 stand for: the organisation a repost's 来源 line names, else the publisher."""
    own = Speaker(_to_simplified(source.name), [_to_simplified(a) for a in source.aliases]) if source else None
    line = _SOURCE_LABEL.sub("", _to_simplified(article.source or ""))
    line = re.split(r"\s{2,}|作者|发布|点击|编辑|时间", line)[0].strip()
    named = [o for o in find_orgs(line, gaz, own) if not o.generic and o.kind != "academic"] if line else []
    if not named or own is not None and _names_own(named[0].name, own, gaz):
        return own
    return Speaker(named[0].name, [], f"the 来源 line's {named[0].name}")


def _names_own(name: str, own: Speaker, gaz: Gazetteer) -> bool:
    """The 来源 line names the publisher itself: its name, an alias, or its name without the place before it
    (华城镇中心卫生院 on 五华县华城镇中心卫生院's site)."""
    if name == own.name or name in own.aliases:
        return True
    prefix = own.name[: -len(name)] if own.name.endswith(name) else ""
    places = gaz.scan(prefix) if prefix else []
    return bool(places) and places[0][0] == 0 and places[-1][1] == len(prefix)


def _analysed_body(article: Article, body: str) -> str:
    """The body plus the cells of its tables (member lists are often a table), one per line."""
    cells = [cell for table in article.tables for row in table for cell in row if cell and cell.strip()]
    return body + ("\n" + "\n".join(_to_simplified(cell) for cell in cells) if cells else "")


def _event_region(title: str, body: str, place: Place | None, publisher: Region, article: Article, gaz: Gazetteer,
                  who: Speaker | None, scans: Scans, helpers: tuple[str, ...] = ()) -> Region:
    """The event's place; with none named, the speaker's when the text speaks of itself (我院, its name),
    else none: general advice names no place. A text that speaks of itself and names places only inside
    universities' names (与青岛大学附属医院签约 in a year review) is the speaker's news too."""
    text = title + body
    names = [who.name, *who.aliases] if who is not None else []
    speaks = place is not None and bool(_SELF.search(text) or any(name and name in text for name in names))
    region = event_region(title, body, place, gaz, helpers, scans, universities=not speaks)
    if region.code is None and place is not None:
        if speaks:
            whose = "publisher" if place.code == publisher.code else f"来源 {article.source!r}"
            region = to_region(place, gaz, region.evidence + [f"event region taken from the {whose}, who speaks of itself"])
        else:
            region.evidence.append("the text neither names a place nor speaks of its publisher")
    return region


def enrich(article: Article, source: Source | None = None) -> Article:
    title, body = simplified(article)
    gaz = load()
    publisher = publisher_region(article, source)
    who = speaker(article, source, gaz)
    place = speaker_place(article, publisher, gaz)
    scans = Scans(gaz)  # the title's and paragraphs' places, read for the region and for organisations
    region = _event_region(title, body, place, publisher, article, gaz, who, scans)
    speaker_province = gaz.province(place).name if place is not None else None
    own = to_region(place, gaz, []) if place is not None else None
    facts = analyse(title, _analysed_body(article, body), who, gaz, region, speaker_province, own, scans)
    # a lead that sends a team may come from elsewhere, unless it leads its own county's or city's alliance
    helper = any(role in " ".join(facts.evidence["lead_organization"]) for role in cues.HELPER_PLACE_ROLES) \
        and not {cues.COUNTY_COMMUNITY, cues.CITY_GROUP} & set(facts.forms)
    # the helpers as the text names them, or the speaker itself when it is the helper and names itself only as 我院
    # (兴仁市人民医院进修人员在甬结业 on 宁波市第一医院's site: the aid is 兴仁's, wherever it is held: G2)
    helpers = tuple(facts.lead_surfaces) or ((facts.lead_organization,) if facts.lead_self_named else ())
    if (facts.paired_score >= cues.PAIRED_RECHECK or helper) and helpers:
        # the helpers' own place (北京朝阳医院 helping 宁城县) is where they come from, not the event
        helped = _event_region(title, body, place, publisher, article, gaz, who, scans, helpers)
        # only a move elsewhere: losing the county to the helpers' own mentions (a county group's lead sending
        # its staff to its townships) is no other place
        if helped.code != region.code and not (region.code and helped.code and region.code.startswith(helped.code.rstrip("0"))):
            region = helped
            facts = analyse(title, _analysed_body(article, body), who, gaz, region, speaker_province, own, scans)
    verdict = relevance(facts.alliance_score)
    evidence = dict(facts.evidence)
    evidence["relevance"] = [f"alliance cue weight {facts.alliance_score:.1f} -> score {verdict['score']}"]
    if verdict["label"] != "alliance":
        evidence["event_types"] = [f"{cues.OTHER_EVENT}: not an alliance announcement"]
        return replace(article, region=region, publisher_region=publisher, alliance_forms=[], alliance_evidence=[],
                       event_types=[cues.OTHER_EVENT], lead_organization=None, members=[], member_count=None,
                       relevance=verdict, enrich_evidence=evidence)

    lead = facts.lead_organization
    named = [m for m in facts.members if m != lead]
    policy = _POLICY_TITLE.search(split_column_tag(title)[1])
    if len(facts.forms) >= 3 or policy:
        # a policy text or an overview of several kinds of alliance is about no one alliance: no lead, members, count
        why = f"a policy text ({policy.group(0)})" if policy else f"an overview of {len(facts.forms)} forms"
        lead, named, count = None, [], None
        evidence["lead_organization"] = evidence["members"] = evidence["member_count"] = [f"{why}: no one alliance"]
    else:
        count = facts.member_count
    return replace(
        article,
        region=region,
        publisher_region=publisher,
        alliance_forms=facts.forms,
        alliance_evidence=facts.form_evidence,
        event_types=facts.event_types or [cues.OTHER_EVENT],
        lead_organization=lead,
        members=named,
        member_count=count,
        relevance=verdict,
        enrich_evidence=evidence,
    )
