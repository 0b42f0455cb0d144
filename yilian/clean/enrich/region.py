"""Where an announcement's alliance is, and where its publisher is, as GB/T 2260 regions.

Three steps, each leaving its evidence:

1. ``find_mentions``: every place name in the title and body, with its zone (title, lead
   paragraph, body) and whether it sits inside a university's name (北京大学第一医院 is a
   hospital, not an event in Beijing) or is a street (北京路).
2. ``resolve``: a name that several units share (朝阳, 鼓楼区, 通州) goes to the unit the rest
   of the article (and the publisher) points to; a county short name or an everyday word
   (合作 in 合作协议) counts only with such support or an institution right after it.
3. ``event_region``: weighted votes, province first, then prefecture, then county, where
   the title and lead paragraph outweigh the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from yilian.clean.enrich import cues
from yilian.clean.enrich.cues import COMMON_WORDS
from yilian.clean.enrich.gazetteer import Alias, Gazetteer, Place, Scans, load
from yilian.clean.enrich.zones import zones
from yilian.records import Region

ZONE_WEIGHT = {"title": 4.0, "lead": 2.5, "body": 1.0}
UNIVERSITY_FACTOR = 0.1  # a place inside a university's name says little about the event
FIRST_PERSON_FACTOR = 0.5  # 我院 names the publisher, who is often only the helper of the event
ORIGIN_FACTOR = 0.2  # 来自南京、苏州的专家, 江苏省援疆医疗队: where the helpers come from
_UNIVERSITY_AFTER = re.compile(cues.UNIVERSITY_AFTER)
_STREET_AFTER = re.compile(cues.STREET_AFTER)
_TOWN_REST_AFTER = re.compile(cues.TOWN_REST_AFTER)
_INSTITUTION_AFTER = re.compile(cues.INSTITUTION_AFTER)
_SEAT_AFTER, _SEAT_BEFORE = re.compile(cues.SEAT_AFTER), re.compile(cues.SEAT_BEFORE)
_LISTED_BEFORE, _LISTED_AFTER = re.compile(cues.LISTED_BEFORE), re.compile(cues.LISTED_AFTER)
_ENUMERATED_BEFORE, _ENUMERATED_AFTER = re.compile(cues.ENUMERATED_BEFORE), re.compile(cues.ENUMERATED_AFTER)
_VENUE_BEFORE = re.compile(cues.VENUE_BEFORE)
_ALLIANCE_NAMED_AFTER = re.compile(cues.ALLIANCE_NAMED_AFTER)
_ORIGIN_BEFORE = re.compile(cues.ORIGIN_BEFORE)
_ORIGIN_AFTER = re.compile(cues.ORIGIN_AFTER)
_AIDED_BEFORE = re.compile(cues.AIDED_BEFORE)
_FIRST_PERSON = re.compile(cues.FIRST_PERSON_PLACES)
_FIRST_PERSON_TITLE = re.compile(cues.FIRST_PERSON_PLACES + "|" + cues.WHOLE_PROVINCE_TITLE)
_ABBREVIATION_VENUE = re.compile(cues.ABBREVIATION_VENUE)
_PROVINCIAL_VENUE = re.compile(cues.PROVINCIAL_VENUE)
_INSTITUTION_NAME_AFTER = re.compile(cues.INSTITUTION_NAME_AFTER)
_CAPITAL_WORDS = re.compile(cues.CAPITAL_WORDS)
_VENUE_NAME_AFTER = re.compile(cues.VENUE_NAME_AFTER)
_HELD_BEFORE, _HELD_AFTER = re.compile(cues.HELD_BEFORE), re.compile(cues.HELD_AFTER)
_TRAVEL_BEFORE, _TRAVEL_AFTER = re.compile(cues.TRAVEL_BEFORE), re.compile(cues.TRAVEL_AFTER)
_PROVINCE_PART = re.compile("|".join(sorted((w for ws in cues.PROVINCE_PARTS.values() for w in ws.split()), key=len, reverse=True)))
_PART_OF = {w: code for code, ws in cues.PROVINCE_PARTS.items() for w in ws.split()}
_PAIRED_PROGRAMME = re.compile("(?P<a>[" + "".join(cues.PROVINCE_ABBREVIATIONS) + "])(?P<b>["
                               + "".join(cues.PROVINCE_ABBREVIATIONS) + "])" + cues.PAIRED_AID_WORDS)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    surface: str
    zone: str  # "title", "lead" or "body"
    candidates: list[Alias]
    in_university: bool = False
    anchored: bool = False  # followed by an institution or administrative suffix
    first_person: bool = False  # 我院, 我市: stands for the publisher
    venue: bool = False  # preceded by 在/赴/来到: where the event takes place
    origin: bool = False  # preceded by 来自: where the people come from
    held: bool = False  # 在沈阳召开, 赴省城参加: where the event is held
    venue_name: bool = False  # followed by 宾馆, 酒店: the name of a venue
    seat: bool = False  # 延平区炉下镇卫生院, 覆盖章贡区: the members are there
    listed: bool = False  # …、万秀区城东镇卫生院及…: the place of one item of a list of institutions
    enumerated: bool = False  # 成都、泸州、宜宾等: one of several places named side by side
    alliance_name: bool = False  # 肃州区医养结合服务联盟: the alliance is named after the place
    sentence: int = 0  # which sentence of its zone: a county named again in one sentence says it once
    place: Place | None = None
    rule: str = ""

    @property
    def weight(self) -> float:
        w = ZONE_WEIGHT[self.zone]
        if self.origin:
            return w * ORIGIN_FACTOR
        if self.held:
            return w * cues.HELD_FACTOR
        if self.first_person and (self.surface[1] not in cues.LEVELS + "省州盟" or self.candidates[0].place.level == 3):
            # 我院 may be only the helper, 我县 one county of several; 我省, 我市, 我区 of a region name its place
            return w * FIRST_PERSON_FACTOR
        return w * UNIVERSITY_FACTOR if self.in_university else w


def _first_person(word: str, publisher: Place, gaz: Gazetteer) -> Place:
    """我省 is the publisher's province; 我市 its prefecture, or itself when it is a county-level city (天长市)."""
    level = word[1]
    if level == "省":
        return gaz.province(publisher)
    if level in "市州盟" and not (publisher.level == 3 and publisher.name.endswith(level)):
        return gaz.city(publisher) or publisher
    return publisher


def find_mentions(title: str, body: str, gaz: Gazetteer | None = None, publisher: Place | None = None,
                  helpers: tuple[str, ...] = (), scans: Scans | None = None) -> list[Mention]:
    """Every place mention; ``helpers`` are names of the organisations that help from elsewhere (the lead
    of a paired-aid article): a place inside one says where the helpers come from. ``scans``: the article's
    place scans, shared with its other readers."""
    gaz = gaz or load()
    scan = scans or gaz.scan
    mentions = []
    named: set[str] | None = None  # the places the text names, read when a short venue name needs them
    helper_places = {a.place.code for name in helpers for _, _, surface in gaz.scan(name)[:1] for a in gaz.aliases[surface]}
    # a helper named after its province alone (湖南省人民医院) is in that province's capital: 在省会长沙签约 is its home
    helper_places |= {capital.code for name in helpers if (capital := _capital_of(name, gaz)) is not None}
    sentence_ends: dict[str, list[int]] = {}
    for zone, text in zones(title, body):
        sentence_ends[zone] = [i for i, ch in enumerate(text) if ch in cues.SENTENCE_ENDS]
        inside_helper = [(m.start(), m.end()) for name in helpers for m in re.finditer(re.escape(name), text)]
        for match in _ABBREVIATION_VENUE.finditer(text):
            abbr = match.group("abbr")
            if abbr in gaz.aliases:
                continue  # a place written out is read by the scan below
            candidates = [Alias(gaz.by_code[code], "short") for code in cues.CITY_ABBREVIATIONS.get(abbr, ())]
            if named is None:
                named = {surface for _, _, surface in scan(title + "\n" + body)}
            candidates += [a for surface in named if surface.startswith(abbr) and len(surface) > len(abbr)
                           for a in gaz.aliases[surface] if a.place.level > 1 and a not in candidates]
            if not candidates:
                continue
            mentions.append(Mention(match.start("abbr"), match.end("abbr"), abbr, zone, candidates, venue=True,
                                    anchored=True, held=_held(text, match.start("abbr"), match.end("abbr")),
                                    rule=f"{match.group(0)!r}: a customary short name"))
        for match in _PROVINCIAL_VENUE.finditer(text):
            capital = _capital_of(match.group("org"), gaz, publisher)
            if capital is not None:
                mentions.append(Mention(match.start("org"), match.end("org"), match.group("org"), zone,
                                        [Alias(capital, "full")], venue=True, anchored=True, held=True,
                                        rule=f"held at {match.group('org')}, a provincial institution in {capital.name}"))
        if publisher is not None:
            capital = gaz.by_code.get(cues.PROVINCIAL_CAPITALS.get(publisher.province_code, ""))
            for match in _CAPITAL_WORDS.finditer(text) if capital is not None else ():
                mentions.append(Mention(match.start(), match.end(), match.group(0), zone, [Alias(capital, "full")],
                                        venue=True, anchored=True, held=_held(text, match.start(), match.end()),
                                        rule=f"{match.group(0)}: the capital of the publisher's province, {capital.name}"))
        for match in _PAIRED_PROGRAMME.finditer(text):
            if match.group("a") != match.group("b"):
                place = gaz.by_code[cues.PROVINCE_ABBREVIATIONS[match.group("b")]]
                mentions.append(Mention(match.start("b"), match.end("b"), match.group("b"), zone, [Alias(place, "short")],
                                        anchored=True, rule=f"{match.group(0)!r}: {place.name} is the province helped"))
        if publisher is not None:
            for match in _FIRST_PERSON.finditer(text) if zone != "title" else _FIRST_PERSON_TITLE.finditer(text):
                place = _first_person(match.group(0), publisher, gaz)
                mentions.append(Mention(match.start(), match.end(), match.group(0), zone, [Alias(place, "full")],
                                        first_person=True, origin=_is_origin(text, match.start(), match.end()),
                                        held=_held(text, match.start(), match.end()),
                                        rule=f"the publisher's own {match.group(0)}"))
        parts = _province_parts(text, scan(text), gaz)
        for (start, end), place in parts.items():
            if _INSTITUTION_NAME_AFTER.match(text[end : end + 12]) or _UNIVERSITY_AFTER.match(text[end : end + 12]):
                continue  # 苏北人民医院, 川北医学院: a name, not the place of the event
            mentions.append(Mention(start, end, text[start:end], zone, [Alias(place, "part")],
                                    venue=bool(_VENUE_BEFORE.search(text[max(0, start - 8) : start])),
                                    origin=_is_origin(text, start, end), held=_held(text, start, end),
                                    rule=f"a part of {place.name}"))
        previous_end, previous = -1, []
        for start, end, surface in scan(text):
            if any(s < end and start < e for s, e in parts):
                continue  # 西山区 inside 桂西山区
            after = text[end : end + 12]
            candidates = gaz.aliases[surface]
            if surface.endswith("市") and after.startswith("场"):
                continue  # 合作市场, 城市场: a market, not a city
            short = all(a.kind == "short" for a in candidates)
            if short and (_STREET_AFTER.match(after) or _TOWN_REST_AFTER.match(after)):
                continue
            if previous_end == start and _INSTITUTION_NAME_AFTER.match(after) and not _contains(previous, candidates):
                continue  # 宁强县天津医院: a place word inside the name of an institution of another place
            previous_end, previous = end, candidates
            seat = bool(_SEAT_AFTER.match(after) or _SEAT_BEFORE.search(text[max(0, start - 3) : start]))
            aided = bool(_AIDED_BEFORE.search(text, max(0, start - 1), start))
            mentions.append(
                Mention(
                    start, end, surface, zone, list(candidates),
                    in_university=bool(_UNIVERSITY_AFTER.match(after)),
                    anchored=bool(_INSTITUTION_AFTER.match(after)),
                    seat=seat,
                    venue=aided or bool(_VENUE_BEFORE.search(text[max(0, start - 8) : start])),
                    origin=not aided and (_is_origin(text, start, end) or any(s <= start < e for s, e in inside_helper)),
                    held=aided or _held(text, start, end),
                    venue_name=bool(_VENUE_NAME_AFTER.match(after)),
                    alliance_name=bool(_ALLIANCE_NAMED_AFTER.match(text[end : end + 20])),
                    enumerated=bool(_ENUMERATED_BEFORE.search(text, max(0, start - 1), start) or _ENUMERATED_AFTER.match(text, end)),
                    listed=bool((seat or _INSTITUTION_AFTER.match(after)) and (
                        _LISTED_BEFORE.search(text[max(0, start - 5) : start]) or _LISTED_AFTER.match(text[end : end + 28]))),
                )
            )
    for m in mentions:
        m.sentence = bisect_right(sentence_ends[m.zone], m.start)
    from_afar = {code for code in helper_places if publisher is not None and _affinity(gaz.by_code[code], publisher) == 0}
    ends = {(m.zone, m.end) for m in mentions if m.held}
    for m in mentions:
        if (m.zone, m.start) in ends:
            m.held = True  # 在湘西州龙山县举行: the place written on from the venue's is the venue
            ends.add((m.zone, m.end))
        if any(a.place.code in (helper_places if m.held else from_afar) for a in m.candidates):
            # the helpers' own place: an aid pair's event is the place helped, wherever it is held (在京签约); one from
            # another province than the publisher's says where they come from wherever it is written (福建专家,
            # 福建心血管诊疗中心 on 昌吉's site)
            m.origin = True
    return mentions


def _province_parts(text: str, names: tuple[tuple[int, int, str], ...], gaz: Gazetteer) -> dict[tuple[int, int], Place]:
    """Parts of a province (桂西, 滇西北) the text names, by span. A unit's name read from the same character or before
    wins when it is as long (江苏北部: 江苏), and one read from inside wins when it lies in that province (滇西双版纳: 西双版纳
    is in 云南); one from another province inside is a misreading (桂西山区 holds no 西山区 of 昆明)."""
    found = {}
    for match in _PROVINCE_PART.finditer(text):
        start, end = match.span()
        province = _PART_OF[match.group(0)]
        if not any(s < end and start < e and (s < start or s == start and e >= end
                                               or s > start and any(a.place.province_code == province for a in gaz.aliases[n]))
                   for s, e, n in names):
            found[(start, end)] = gaz.by_code[province]
    return found


def _contains(outer: list[Alias], inner: list[Alias]) -> bool:
    """Whether a place written right after another is one of its own units (宁夏固原市, 甘孜州康定市)."""
    return any(i.place.code.startswith(o.place.code.rstrip("0")) for o in outer for i in inner)


def _held(text: str, start: int, end: int) -> bool:
    """在沈阳召开, 在我院举行, 赴省城参加: the place where the event is held."""
    return bool(_HELD_BEFORE.search(text, max(0, start - 1), start) and _HELD_AFTER.match(text[end : end + 16])
                or _TRAVEL_BEFORE.search(text[max(0, start - 2) : start]) and _TRAVEL_AFTER.match(text[end : end + 10]))


def _capital_of(name: str, gaz: Gazetteer, publisher: Place | None = None) -> Place | None:
    """The capital of the province an institution is named after alone (西藏自治区人民医院), or of the
    publisher's province for one named by its level alone (省人民医院, 自治区人民医院)."""
    if publisher is not None and name.startswith(("省", "自治区")):
        code = cues.PROVINCIAL_CAPITALS.get(publisher.province_code)
        return gaz.by_code.get(code) if code else None
    places = gaz.scan(name)
    if len(places) != 1 or places[0][0] != 0:
        return None
    units = [a.place for a in gaz.aliases[places[0][2]]]
    if len(units) != 1 or units[0].level != 1:
        return None
    code = cues.PROVINCIAL_CAPITALS.get(units[0].code)
    return gaz.by_code.get(code) if code else None


def _is_origin(text: str, start: int, end: int) -> bool:
    return bool(_ORIGIN_BEFORE.search(text[max(0, start - 14) : start]) or _ORIGIN_AFTER.match(text[end : end + 14]))


def _needs_support(alias: Alias, surface: str) -> bool:
    """Everyday words, county short names and two-character county names (和县 in 全市和县) need context."""
    if surface in COMMON_WORDS or alias.place.level == 3 and (alias.kind == "short" or len(surface) <= 2):
        return True
    return False


@lru_cache(maxsize=1 << 16)  # resolve asks for the same few pairs many times per article
def _affinity(place: Place, other: Place) -> int:
    """2 for the same prefecture (or one containing the other), 1 for the same province."""
    if place.province_code != other.province_code:
        return 0
    if place.city_code and place.city_code == other.city_code:
        return 2
    if place.city_code and other.code == place.city_code or other.city_code and place.code == other.city_code:
        return 2
    return 1


def _near(place: Place, other: Place, floor: int) -> int:
    affinity = _affinity(place, other)
    return affinity if affinity >= floor else 0


def _rank(surface: str, candidates: list[Alias], anchors: list[tuple[str, Place, float]],
          prior: list[Place]) -> list[tuple[float, int, int, Alias]]:
    """Candidates best first by (support from the other names, broader unit, full over short name)."""
    scored = []
    # An everyday word (健康中原, 合作协议) is a place only next to its own prefecture: a mere
    # same-province context (我省, the provincial commission) does not make 中原 the 中原区 of 郑州.
    floor = 2 if surface in COMMON_WORDS else 1
    places = {p.code: p for _, p, _ in anchors}  # the anchors name a few places many times: each is weighed once
    for alias in candidates:
        near = {code: _near(alias.place, p, floor) for code, p in places.items()}
        support = sum(w * near[p.code] for s, p, w in anchors if s != surface)
        support += sum(0.5 * _near(alias.place, p, floor) for p in prior)
        rank = {"full": 2, "former": 1, "short": 0, "part": 0}[alias.kind]
        scored.append((support, -alias.place.level, rank, alias))
    scored.sort(key=lambda t: t[:3], reverse=True)
    return scored


def resolve(mentions: list[Mention], prior: list[Place] = ()) -> list[Mention]:
    """Pick one unit per mention, or none; returns the mentions that name a place."""
    anchors = [
        (m.surface, m.candidates[0].place, 0.3 if m.in_university else 1.0)
        for m in mentions
        if len(m.candidates) == 1 and not _needs_support(m.candidates[0], m.surface)
    ]
    resolved = []
    ranked: dict[tuple, list[tuple[float, int, int, Alias]]] = {}  # a name repeated gets the same ranking
    for m in mentions:
        key = (m.surface, tuple((a.place.code, a.kind) for a in m.candidates))
        scored = ranked.get(key)
        if scored is None:
            scored = ranked[key] = _rank(m.surface, m.candidates, anchors, prior)
        support, _, _, best = scored[0]
        if _needs_support(best, m.surface) and support <= 0 and (not (m.anchored or m.seat) or m.surface in COMMON_WORDS):
            continue
        tied = [s for s in scored[1:] if s[:3] == scored[0][:3]]
        if tied:
            continue  # 鼓楼区 with nothing around it: four cities, no way to choose
        m.place = best.place
        if len(m.candidates) > 1:
            m.rule = f"ambiguous {m.surface!r}: chose {best.place.name} ({best.place.code}) by context {support:g}"
        elif best.kind == "former":
            m.rule = f"former name {m.surface!r} -> {best.place.name}"
        elif _needs_support(best, m.surface):
            m.rule = "short name " + ("before an institution" if m.anchored or m.seat else f"supported by context {support:g}")
        resolved.append(m)
    return resolved


def _describe(m: Mention) -> str:
    where = m.zone + (", in a university name" if m.in_university else "")
    return f"{m.surface!r} in {where}" + (f"; {m.rule}" if m.rule else "")


def to_region(place: Place | None, gaz: Gazetteer, evidence: list[str]) -> Region:
    """Official names for each level; a municipality is its own prefecture (北京市 北京市 朝阳区)."""
    if place is None:
        return Region(evidence=evidence)
    province = gaz.province(place)
    city = gaz.city(place)
    county = place if place.level == 3 else None
    return Region(
        province=province.name,
        city=city.name if city else None,
        county=county.name if county else None,
        code=place.code,
        evidence=evidence,
    )


def vote(resolved: list[Mention], gaz: Gazetteer, county_share: float = 0.2, city_share: float = 0.3,
         home: Place | None = None, universities: bool = True) -> Region:
    """Province, then prefecture, then county by weighted mentions, with the winning mentions as evidence;
    ``home`` is the publisher's place, whose own county named up front speaks for itself (武义县 on 武义县's portal);
    ``universities``: whether places named only inside universities' names may place the event (not when the
    publisher speaks of itself: its own news then)."""
    if not resolved:
        return Region(evidence=["no place named in title or body"])
    if not universities and all(m.in_university for m in resolved):
        # 与青岛大学附属医院签约 in a hospital's year review: a partner's name, not where anything happens (G9)
        return Region(evidence=["no place named but inside universities' names: " + "; ".join(_describe(m) for m in _top(resolved))])
    by_province: dict[str, list[Mention]] = defaultdict(list)
    for m in resolved:
        by_province[m.place.province_code].append(m)
    province_code, in_province = max(by_province.items(), key=lambda kv: sum(m.weight for m in kv[1]))
    total = sum(m.weight for m in in_province)
    evidence = [f"province {gaz.by_code[province_code].name} ({total:g} of {sum(m.weight for m in resolved):g}): "
                + "; ".join(_describe(m) for m in _top(in_province))]
    chosen = gaz.by_code[province_code]

    by_city: dict[str, list[Mention]] = defaultdict(list)
    for m in in_province:
        if m.place.city_code and m.place.level > 1 or m.place.code[:2] in ("11", "12", "31", "50"):
            by_city[m.place.city_code or m.place.code].append(m)
    if by_city:
        # where the title or lead says the event is held (在沈阳召开, 在榕成立) is its city
        held = {code: ms for code, ms in by_city.items() if any(m.held and m.zone != "body" and not m.origin for m in ms)}
        city_code, in_city = max((held or by_city).items(), key=lambda kv: sum(m.weight for m in kv[1]))
        city_weight = sum(m.weight for m in in_city)
        venue = any(m.venue and m.zone != "body" and not m.origin for m in in_city)
        held_here = [m for m in held.get(city_code, []) if m.held and m.zone != "body" and not m.origin]
        # a province-wide text (贵州省儿科专科联盟, 内蒙古自治区人民医院远程医疗协作网, 我省 in the title or lead) whose title
        # and lead name the city only as the publisher's own 我院 happens across the province, not in the publisher's city (G4)
        wide = any(m.place.level == 1 and m.zone != "body" and not (m.origin or m.in_university)
                   and m.candidates[0].kind != "part" for m in in_province)  # 桂西 is a part, not all 广西
        own_only = all(m.first_person and m.surface[1] not in cues.LEVELS + "省州盟" for m in in_city if m.zone != "body")
        # the title and lead name the city only beside others (在成都、泸州、宜宾等市开展试点): several cities, none the event's
        side_by_side = all(m.enumerated for m in in_city if m.zone != "body") and any(
            m.enumerated and m.zone != "body" for code, ms in by_city.items() if code != city_code for m in ms)
        if wide and own_only and not venue and not held_here and (home is None or home.level < 3):
            evidence.append(f"no city: a province-wide text that names {gaz.by_code[city_code].name} only as the publisher's")
        elif side_by_side and not venue and not held_here:
            evidence.append(f"no city: {gaz.by_code[city_code].name} is named beside other cities")
        elif city_weight >= city_share * total or venue or held_here:
            chosen = gaz.by_code.get(city_code, chosen)
            evidence.append(f"city {chosen.name} ({city_weight:g}): " + "; ".join(_describe(m) for m in _top(in_city)))
            by_county: dict[str, list[Mention]] = defaultdict(list)
            for m in in_city:
                if m.place.level == 3:
                    by_county[m.place.code].append(m)
            # the one county where the members are (延平区炉下镇卫生院, 覆盖章贡区) is the alliance's, wherever it meets
            seat = len(by_county) == 1 and any(m.seat and not m.origin for ms in by_county.values() for m in ms)
            if held_here and all(m.place.level < 3 or _in_venue_name(m) for m in held_here) and not seat:
                # held in the city, not in one of its counties (a venue names no county): only a county the
                # title names (鹿城区城市医疗集团成立), or the lead in the alliance's name (肃州区医养结合服务联盟年会在我院
                # 召开), is the alliance's
                by_county = {code: ms for code, ms in by_county.items()
                             if any((m.zone == "title" or m.zone == "lead" and m.alliance_name)
                                    and not m.first_person and not m.origin for m in ms)}
            if home is not None and home.level == 3 and set(by_county) == {home.code}:
                # the publisher's own county, the only one the text names (我区 participants, 建平县 in the body): a
                # county-level publisher's news in its own city happens at home (G5)
                ms = by_county[home.code]
                chosen = home
                evidence.append(f"county {home.name} ({sum(m.weight for m in ms):g}), the publisher's own and the only "
                                "county named: " + "; ".join(_describe(m) for m in _top(ms)))
                by_county = {}
            if by_county:
                ranked = sorted((_said_once_a_sentence(ms), code) for code, ms in by_county.items())
                county_weight, county_code = ranked[-1]
                runner_up = ranked[-2][0] if len(ranked) > 1 else 0.0
                in_county = by_county[county_code]
                # A county is the event's when the title names it, or the lead names it as the venue
                # or names one of its institutions.
                # Or the publisher's own county speaks (我县, 我院 of a county hospital), or no other county of
                # the city is named at all.
                leads = any(
                    m.zone == "title" or m.zone == "lead" and (m.anchored or m.venue or m.place == home) or m.first_person
                    or m.anchored and not runner_up
                    for m in in_county if not m.in_university and not m.origin
                )
                named_weight = sum(m.weight for m in in_city if not m.first_person)  # 我市 says nothing of its counties
                # a county named once, as the place of one item of a list of institutions, is where that member is
                one_item = len(in_county) == 1 and in_county[0].listed
                if one_item:
                    evidence.append(f"no county: {in_county[0].surface!r} is named once, in a list of institutions")
                elif seat or leads and county_weight >= county_share * named_weight and county_weight >= 2 * runner_up:
                    chosen = gaz.by_code[county_code]
                    evidence.append(f"county {chosen.name} ({county_weight:g}): "
                                    + "; ".join(_describe(m) for m in _top(in_county)))
    # A county directly under a province (仙桃, 济源) has no prefecture to vote through.
    direct = [m for m in in_province if m.place.level == 3 and m.place.city_code is None and m.zone != "body"]
    if chosen.level == 1 and direct:
        best = max(direct, key=lambda m: m.weight)
        chosen = best.place
        evidence.append(f"county-level {chosen.name} directly under the province: {_describe(best)}")
    return to_region(chosen, gaz, evidence)


def _said_once_a_sentence(mentions: list[Mention]) -> float:
    """A county's weight, once per sentence (霍山县组建了以霍山县医院和霍山县中医院分别牵头的两个医共体 names it once)."""
    best: dict[tuple[str, int], float] = {}
    for m in mentions:
        best[(m.zone, m.sentence)] = max(best.get((m.zone, m.sentence), 0.0), m.weight)
    return sum(best.values())


def _in_venue_name(m: Mention) -> bool:
    """A county's short name in a venue's name (在锦江宾馆召开: a hotel, somewhere in the city)."""
    return all(a.kind == "short" for a in m.candidates) and m.venue_name


def _top(mentions: list[Mention], n: int = 3) -> list[Mention]:
    seen, out = set(), []
    for m in sorted(mentions, key=lambda m: -m.weight):
        if m.surface not in seen:
            seen.add(m.surface)
            out.append(m)
    return out[:n]


def event_region(title: str, body: str, publisher: Place | None = None, gaz: Gazetteer | None = None,
                 helpers: tuple[str, ...] = (), scans: Scans | None = None, universities: bool = True) -> Region:
    """Where the alliance is: from the title and lead first, then organisations, then other mentions.

    The publisher's place helps resolve ambiguous names and stands for 我院/我市/我省.
    """
    gaz = gaz or load()
    prior = [publisher] if publisher else []
    return vote(resolve(find_mentions(title, body, gaz, publisher, helpers, scans), prior), gaz, home=publisher,
                universities=universities)


def place_of(region: Region, gaz: Gazetteer | None = None) -> Place | None:
    gaz = gaz or load()
    return gaz.by_code.get(region.code) if region.code else None


def name_region(names: list[tuple[str, str]], gaz: Gazetteer | None = None) -> Region:
    """The region an organisation's own name gives (孝感市中心医院 -> 湖北 孝感); first name that has one wins.

    ``names`` are (label, text) pairs such as ("source name", "温州医科大学附属第二医院"). A part of a province
    (浙南闽北肿瘤专科联盟 spans two) places no organisation.
    """
    gaz = gaz or load()
    for label, text in names:
        if not text:
            continue
        mentions = [m for m in resolve(find_mentions(text, "", gaz)) if m.candidates[0].kind != "part"]
        if mentions:
            best = max(mentions, key=lambda m: (m.place.level, -m.start))
            return to_region(best.place, gaz, [f"publisher from {label} {text!r}: {best.surface!r}"])
    return Region(evidence=["publisher region unknown: no place in the names given"])


def config_region(province: str, city: str | None, county: str | None, gaz: Gazetteer | None = None) -> Region:
    """The publisher's region as configured (names, possibly short or Traditional-converted), with codes."""
    gaz = gaz or load()
    place = _lookup(province, None, gaz)
    for name in (city, county):
        if name and place:
            place = _lookup(name, place, gaz) or place
    if place is None:
        return Region(evidence=[f"configured province {province!r} not in the gazetteer"])
    return to_region(place, gaz, [f"publisher from source configuration: {province} {city or ''} {county or ''}".strip()])


def _lookup(name: str, within: Place | None, gaz: Gazetteer) -> Place | None:
    for alias in gaz.aliases.get(name.strip(), []):
        place = alias.place
        if within is None and place.level == 1:
            return place
        if within is not None and place.code != within.code and place.code.startswith(
            within.code[: 2 if within.level == 1 else 4]
        ):
            return place
    return None
