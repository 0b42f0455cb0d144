"""What kind of alliance an announcement is about, what happened, who leads and who joined.

Forms and event types are weighted cue phrases (``cues.py``) where the title and the lead
paragraph count more than the rest; an event cue touched by one of its negative cues (成立以来,
签约医生) does not count. The lead is the organisation the text gives a lead role (由X牵头, 以X为
龙头, 牵头单位X, X托管Y, X派出专家), or the more senior partner of a signing; with no such role
there is no lead. Members are the other named institutions of an alliance article, except
guests (特邀X专家). Every field keeps the mention and the rule that gave it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from yilian.clean.enrich import cues
from yilian.clean.enrich.counts import member_count
from yilian.clean.enrich.gazetteer import Gazetteer, Scans, former_institutions, load
from yilian.clean.enrich.orgs import Neighbours, Org, Speaker, canonical, complete, find_orgs, is_short_form, representatives, shortens, type_of
from yilian.clean.enrich.region import name_region
from yilian.records import Region
from yilian.clean.enrich.zones import LEAD_MIN_CHARS, SENTENCE_REACH, clause_after, clause_before, sentence_around, split_column_tag
from yilian.clean.enrich.zones import zones as split_zones

CITY_GROUP, COUNTY_COMMUNITY, SPECIALTY = cues.CITY_GROUP, cues.COUNTY_COMMUNITY, cues.SPECIALTY
TELEMEDICINE, PAIRED_SUPPORT, OTHER = cues.TELEMEDICINE, cues.PAIRED_SUPPORT, cues.OTHER

Cues = list[tuple[re.Pattern[str], float]]
Found = dict[tuple[str, str], list]  # (pattern's source, text) -> its findall, for one article's scores


def _compiled(pairs: list[tuple[str, float]]) -> Cues:
    return [(re.compile(pattern), weight) for pattern, weight in pairs]


FORM_CUES: dict[str, Cues] = {form: _compiled(pairs) for form, pairs in cues.FORM_CUES.items()}
GENERIC_CUES = _compiled(cues.GENERIC_CUES)
_WHOLE_WORK = re.compile(cues.WHOLE_WORK_TITLE)
_NAMES_ALLIANCE_OR_AID = re.compile(f"{cues.ALLIANCE_WORDS}|{cues.HEAD_OF_GROUP}|{cues.PAIRED_AID_WORDS}|托管|集团")
SUPPORT_CUES = _compiled(cues.SUPPORT_CUES)
_COUNTY_GROUP = re.compile(cues.COUNTY_GROUP)
_OTHER_SENSES = [re.compile(p) for p in cues.OTHER_SENSES]
_INSTITUTION_NEAR = re.compile("|".join(cues.MEDICAL_TYPES))
_MEDICAL_ALLIANCE = re.compile("|".join(p for p, _ in cues.FORM_CUES[cues.SPECIALTY]) + "|医联体|医疗联合体|协作网")
_GROUP_WORD = re.compile(cues.GROUP_WORD)
_CITY_GROUP_NAMED = re.compile(cues.CITY_GROUP_NAMED)
_REFERRED_TO = tuple(map(re.compile, cues.REFERRED_TO))
_ROLE_CLAUSE = re.compile(cues.LEAD_ROLE_CLAUSE[0])
_AID_TITLE = re.compile(cues.AID_TITLE)
_EXPERTS_TEACH_AFTER = re.compile(cues.EXPERTS_TEACH_AFTER)
_OTHER_STRUCTURE_TITLE = re.compile(cues.OTHER_STRUCTURE_TITLE)
_HEALTH_GROUP = re.compile(cues.HEALTH_GROUP)
_CENTRE_LINK = re.compile(cues.NAMED_CENTRE_LINK)
_STAFF_AFTER = re.compile(cues.STAFF_AFTER)
_NO_AID_TITLE = re.compile(cues.NO_AID_TITLE)
_FREE_CLINIC = re.compile(cues.FREE_CLINIC)
_NAMED_CENTRE = re.compile(cues.NAMED_CENTRE)
_PAIRED = re.compile("(?P<a>[" + "".join(cues.PROVINCE_ABBREVIATIONS) + "])(?P<b>[" + "".join(cues.PROVINCE_ABBREVIATIONS)
                     + "])" + cues.PAIRED_AID_WORDS)
EVENT_CUES = {event: re.compile("|".join(patterns)) for event, patterns in cues.EVENT_CUES.items()}
_EXPERTS_AT_WORK = re.compile("|".join([*cues.EVENT_CUES[cues.EXPERTS_SENT], cues.SENT_DOWN]))
EVENT_NEGATIVE = {event: re.compile("|".join(patterns)) for event, patterns in cues.EVENT_NEGATIVE_CUES.items() if patterns}
EVENT_TITLE_CUES = {event: re.compile("|".join(patterns)) for event, patterns in cues.EVENT_TITLE_CUES.items()}
_POLICY_TITLE = re.compile(cues.POLICY_TITLE)
_QUOTED_SPEECH = re.compile(cues.QUOTED_SPEECH)
_REALIS_BEFORE = re.compile(cues.REALIS_BEFORE)
_COUNTED_AFTER = re.compile(cues.COUNTED_AFTER)
_DONE_BEFORE = re.compile(cues.DONE_BEFORE)
_DISTINCT_CONFERENCE = re.compile(cues.DISTINCT_CONFERENCE)
_TASK_LIST = re.compile(cues.TASK_LIST)
_NEWS_OPENING = re.compile(cues.NEWS_OPENING)
_DELIVERED = re.compile(cues.DELIVERED)
_FOUNDING_CEREMONY = re.compile(cues.FOUNDING_CEREMONY)
_RECOUNTED_BEFORE = re.compile(cues.RECOUNTED_BEFORE)
_PAST_OPENING = re.compile(cues.PAST_OPENING)
_AT_EVENT = re.compile(cues.AT_EVENT)
_EXPERTS_VISIT = re.compile(cues.EXPERTS_VISIT)
_MOOD = re.compile(f"(?P<planned>{cues.PLANNED})|(?P<habit>{cues.HABIT})|(?P<done>{cues.DONE})")
ZONE_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 0.5}
_LEAD_BEFORE = [(re.compile(p), w, r) for p, w, r in cues.LEAD_BEFORE]
_LEAD_AFTER = [(re.compile(p), w, r) for p, w, r in cues.LEAD_AFTER]
_SUBJECT_CARRIED = re.compile(cues.SUBJECT_CARRIED)
_SENIORITY = [(re.compile(p), rank) for p, rank in cues.SENIORITY_WORDS]
_SIGNING = re.compile(cues.SIGNING_AFTER)
_HOST_BEFORE = re.compile(cues.HOST_BEFORE)
_AID_AGREEMENT = re.compile(cues.AID_AGREEMENT)
_ALIAS_IN_BRACKETS = re.compile(cues.ALIAS_IN_BRACKETS)
_BRANCH = re.compile(cues.ALLIANCE_WORDS + "$")
_HOST_AFTER = re.compile(cues.HOST_AFTER)
_ORGANISER = (re.compile(cues.ORGANISER[0]), re.compile(cues.ORGANISER[1]))
_BUILDER = (re.compile(cues.BUILDER[0]), re.compile(cues.BUILDER[1]))
_HOSTED_PLAQUE = re.compile(cues.HOSTED_PLAQUE)
_PLAQUE_GIVER = re.compile(cues.PLAQUE_GIVER_AFTER)
_NOT_MEMBER_BEFORE = re.compile(cues.NOT_MEMBER_BEFORE)
_NOT_MEMBER_AFTER = re.compile(cues.NOT_MEMBER_AFTER)
_SAID_MEMBER_BEFORE = re.compile(cues.SAID_MEMBER_BEFORE)
_SAID_MEMBER_AFTER = re.compile(cues.SAID_MEMBER_AFTER)
_SAID_MEMBER_CLAUSE = re.compile(cues.SAID_MEMBER_CLAUSE)
_BRANCH_HOSTED_BEFORE = re.compile(cues.BRANCH_HOSTED_BEFORE)
_PLAQUE_RECEIVED = tuple(map(re.compile, cues.PLAQUE_RECEIVED))
_HELPER_UNDER = re.compile(cues.HELPER_UNDER_AFTER)
_VISITED_BEFORE = re.compile(cues.VISITED_BEFORE)
_SIGNS_MEMBERSHIP = re.compile(cues.SIGNS_MEMBERSHIP_AFTER)
_GUEST_AFTER = re.compile(cues.GUEST_AFTER)
_STAFF_TAUGHT = tuple(map(re.compile, cues.STAFF_TAUGHT))
_MEMBER_TIER = re.compile(cues.MEMBER_TIERS)
_FOR_THE_MEMBERS_AFTER = re.compile(cues.FOR_THE_MEMBERS_AFTER)
_COUNCIL_TITLE = re.compile(cues.COUNCIL_TITLE)
_COUNCIL_ATTENDS = re.compile(cues.COUNCIL_ATTENDS)
_PERSON_ITEM = re.compile(cues.POST_TITLES + r"[\u4e00-\u9fff]{0,4}$")  # 内窥镜室主任贾彦生, 祁小龙教授
_PERSON_AFTER = re.compile(cues.PERSON_AFTER)
_INVITED_AFTER = re.compile(cues.INVITED_AFTER)
_AT_MEETING_OPENING = re.compile(cues.AT_MEETING_OPENING)
_BULLETIN_HEADING = re.compile(cues.BULLETIN_HEADING)
_HELPS_NEXT = re.compile(cues.HELPS_NEXT)
_PAIR_ALLIANCE = re.compile(cues.PAIR_ALLIANCE_AFTER)
_ALLIANCE_AFTER = re.compile(cues.ALLIANCE_WORDS)
_ALLIANCE_TOPIC = re.compile(cues.ALLIANCE_TOPIC)
_SPEAKS_AFTER = re.compile(cues.SPEAKS_AFTER)
_VENUE_AFTER = re.compile(cues.VENUE_AFTER)
_CLINIC_VENUE_AFTER = re.compile(cues.CLINIC_VENUE_AFTER)
_SUPPORTED_BEFORE = re.compile(cues.SUPPORTED_BEFORE)
_FORMER_NAME_BEFORE = re.compile(cues.FORMER_NAME_BEFORE)
_COUNTY_GENERAL_HOSPITAL = re.compile(cues.COUNTY_GENERAL_HOSPITAL)
_HEAD_OF_GROUP = re.compile(cues.HEAD_OF_GROUP)
_SUPPORTED_AFTER = re.compile(cues.SUPPORTED_AFTER)
_HELPED_BEFORE = re.compile(cues.HELPED_BEFORE)
_LIST_LEADS = re.compile(cues.LIST_LEADS_AFTER)
_OUTREACH = re.compile(cues.OUTREACH)
_SEVERAL_ALLIANCES_TITLE = re.compile(cues.SEVERAL_ALLIANCES_TITLE)
_REVIEW_RESULTS = re.compile(cues.REVIEW_RESULTS)
_NO_REVIEW_TITLE = re.compile(cues.NO_REVIEW_TITLE)
_DAY_OPENING = re.compile(cues.DAY_OPENING)
_RENAMED = re.compile(cues.RENAMED)
_HABIT = re.compile(cues.HABIT)
_NUMBERED_POINT = re.compile(cues.NUMBERED_POINT)


@dataclass(slots=True)
class AllianceFacts:
    forms: list[str] = field(default_factory=list)
    form_evidence: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    lead_organization: str | None = None
    members: list[str] = field(default_factory=list)
    member_count: int | None = None
    alliance_score: float = 0.0  # strength of alliance cues, read by relevance
    names: list[str] = field(default_factory=list)  # every institution named, to find the full form of a short one
    lead_surfaces: list[str] = field(default_factory=list)  # how the text writes the lead
    lead_self_named: bool = False  # the lead is the speaker, written as 我院/本院 (a self-reference)
    paired_score: float = 0.0  # weight of paired-support cues, whether or not the form was given
    evidence: dict[str, list[str]] = field(default_factory=dict)  # field -> which mention, which rule


def whole_work(title: str) -> bool:
    """Whether a title reports all its publisher's work and names no alliance nor aid, not even by one of their cues
    (cues.WHOLE_WORK_TITLE; not 县人民医院医共体2018年度工作总结, 我集团2022年度工作总结, 永顺分院工作总结：托管两年,
    2020年度“双下沉”工作总结会)."""
    return bool(_WHOLE_WORK.search(title)) and not _NAMES_ALLIANCE_OR_AID.search(title) and not _names_a_form(title) \
        and not any(p.search(title) for p, _ in SUPPORT_CUES)


def one_point_among_many(title: str, body: str) -> bool:
    """Whether a report under a title that names no alliance nor aid is told in numbered points
    (cues.NUMBERED_POINT) and names an alliance or aid in one of them only: a point among many (R4)."""
    if _NAMES_ALLIANCE_OR_AID.search(title) or _names_a_form(title):
        return False
    starts = [m.start() for m in _NUMBERED_POINT.finditer(body)]
    if len(starts) < cues.POINTS_AMONG_MANY:
        return False
    points = [body[a:b] for a, b in zip([0, *starts], [*starts, len(body)])]
    return sum(bool(_NAMES_ALLIANCE_OR_AID.search(point)) for point in points) == 1


def relevance_weight(zones: list[tuple[str, str]], extra: float = 0.0, found: Found | None = None) -> float:
    """Alliance cue weight for relevance: the body's share is capped, so a report that lists 医联体建设 among
    many tasks is not alliance news (R4) while a title or lead about an alliance is."""
    total = 0.0
    # experts at work in the title (专家来坐诊, 总院专家带教): the body's alliance words are that visit's frame
    # (对口帮扶开展以来, 托管以来), not a passing mention
    framed = any(zone == "title" and _EXPERTS_AT_WORK.search(text) for zone, text in zones)
    for zone, text in _news_after_scene(zones, found):
        if zone == "body":
            text = _TASK_LIST.sub("", text)  # 医联体和专科联盟建设、对口帮扶、远程医疗等工作稳步推进: tasks named in passing
        weight = sum(cue_score([(zone, text)], cue_list, found)[0]
                     for cue_list in (GENERIC_CUES, SUPPORT_CUES, *FORM_CUES.values()))
        weight += sum(cues.PAIRED_PROGRAMME_WEIGHT * ZONE_WEIGHT[zone] for m in _PAIRED.finditer(text) if m.group("a") != m.group("b"))
        if zone == "body":
            weight = min(weight * (cues.FRAMED_BODY_FACTOR if framed else 1.0), cues.BODY_RELEVANCE_CAP)
        total += weight
    return total + extra


def _news_after_scene(zones: list[tuple[str, str]], found: Found | None) -> list[tuple[str, str]]:
    """The zones for relevance with a feature's opening scene handed to the body and the news after it read as the lead
    (forms keep the written zones: read so, the fixture web's forms fell .985 -> .978): when
    neither the title nor the lead names an alliance cue and the lead does not open as news does (cues.NEWS_OPENING),
    the body's first paragraph long enough to be a lead is the lead (山里人家门口看上“县城专家”: 早上七点四十，寿昌镇的雾
    还没散… / 童大伯说的“城里专家”，是…2019年建德一院医共体成立以后…)."""
    text = dict(zones)
    lead, body = text.get("lead", ""), text.get("body", "")
    if not body or _NEWS_OPENING.match(lead.lstrip()) or any(
            cue_score([(zone, text[zone])], cue_list, found)[0] for zone in ("title", "lead") if zone in text
            for cue_list in (GENERIC_CUES, SUPPORT_CUES, *FORM_CUES.values())):
        return zones
    paragraphs = body.split("\n")
    news = next((i for i, p in enumerate(paragraphs) if len(p) >= LEAD_MIN_CHARS), None)
    if news is None:
        return zones
    rest = "\n".join(paragraphs[:news] + paragraphs[news + 1 :] + [lead])
    return [(zone, paragraphs[news] if zone == "lead" else rest if zone == "body" else t) for zone, t in zones]


def cue_score(zones: list[tuple[str, str]], cue_list: Cues, found: Found | None = None) -> tuple[float, list[str]]:
    """Weighted cue hits; a cue counts at most twice per zone so a long body cannot drown the title. ``found``
    keeps each pattern's hits in each text for the caller's other scores of the same zones (forms, relevance)."""
    score, hits = 0.0, []
    for zone, text in zones:
        for pattern, weight in cue_list:
            if found is None:
                hits_in = pattern.findall(text)
            else:
                key = (pattern.pattern, text)  # (a compiled pattern hashes its whole program each time)
                hits_in = found.get(key)
                if hits_in is None:
                    hits_in = found[key] = pattern.findall(text)
            if hits_in:
                score += weight * ZONE_WEIGHT[zone] * min(len(hits_in), 2) / (1 if zone != "body" else 1.5)
                hits.append(f"{hits_in[0]!r} in {zone}")
    return score, hits


def _task_lists_to_body(zones: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A lead clause that lists tasks or results (部署了医联体建设、对口支援、学科建设等重点任务) mentions the
    alliance in passing (R4): it weighs as the body does."""
    moved, out = [], []
    for zone, text in zones:
        if zone == "lead":
            moved = _TASK_LIST.findall(text)
            text = _TASK_LIST.sub("", text)
        out.append((zone, text + ("\n" + "\n".join(moved) if zone == "body" and moved else "")))
    return out


def _county_groups(zones: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A county's 医疗(健康)集团 is its county community: its group word is read as 医共体 (not a 县…教育集团's)."""
    def read(m: re.Match) -> str:
        return "县医共体" + "　" * (len(m.group(0)) - 4) if _HEALTH_GROUP.search(m.group(0)) else m.group(0)

    return [(zone, _COUNTY_GROUP.sub(read, text)) for zone, text in zones]


@lru_cache(maxsize=4096)  # the same institutions recur across a crawl's pages
def _province_of(name: str, gaz: Gazetteer) -> str | None:
    return name_region([("name", name)], gaz).province


def form_text(text: str, orgs: list[Org], speaker: Speaker | None, speaker_province: str | None,
              region: Region | None, gaz: Gazetteer) -> str:
    """The text form cues are read in. An institution from another province than the event (深圳罗湖医院集团
    helping 那坡) says nothing about the event's form, so its name is blanked; 我集团 reads as the
    speaker's name; a county's 医疗集团 (高平市医疗集团) reads as its 医共体; a 联盟 of industry or sport
    is no alliance of hospitals."""
    pieces, pos = [], 0
    for org in orgs:
        if org.start < pos:
            continue
        own = org.self_ref or org.rule.startswith("the ")
        province = speaker_province if own else _province_of(org.name, gaz)
        replacement = None
        if org.self_ref and _HEAD_OF_GROUP.fullmatch(org.surface):
            continue  # 总院 says there is a group as written, whoever it stands for
        if region is not None and region.province and province and province != region.province:
            replacement = "□" * (org.end - org.start)
        elif own and speaker is not None:
            replacement = speaker.name
        elif _heads_own_group(org):
            replacement = org.name + "医疗集团"  # the group it heads, as if written under its name
        elif own and (org.self_ref or _names_a_form(org.surface)):
            replacement = "□" * (org.end - org.start)  # the speaker's own name counts only as 我集团 does
        elif _county_health_group(org, gaz):
            replacement = _GROUP_WORD.sub("医共体", org.surface)
        if replacement is not None:
            pieces.append(text[pos : org.start] + replacement)
            pos = org.end
    out = other_senses("".join(pieces) + text[pos:])
    groups = [o.name for o in orgs if o.kind == "alliance" and o.name.endswith("集团") and not o.generic
              and not o.self_ref and not o.rule.startswith("the ") and _HEALTH_GROUP.search(o.name)]
    if speaker is not None and speaker.name.endswith("集团"):
        groups.append(speaker.name)
    if groups and all(_county_level(g, gaz) for g in groups):
        out = _GROUP_WORD.sub("医共体", out)  # the bare 集团 of a text about a county's group is that group
    return out


def other_senses(text: str) -> str:
    """The text with alliance words used in another sense blanked (托管班, 产业联盟, 专业对口). Once a word is
    used in another sense, its bare uses are that sense too unless the text uses it of hospitals: every 联盟
    when no medical 联盟 is named, every 托管 when none stands by an institution (托管时间 after 托管班)."""
    blanked: list[str] | None = None  # the text as characters, made only once a word is blanked
    other: set[str] = set()
    for pattern in _OTHER_SENSES:
        for match in pattern.finditer(text):
            blanked = list(text) if blanked is None else blanked
            blanked[match.start("cue") : match.end("cue")] = "□" * (match.end("cue") - match.start("cue"))
            other.add(match.group("cue"))
    out = text if blanked is None else "".join(blanked)
    for word in other:
        if word == "联盟" and _MEDICAL_ALLIANCE.search(out):
            continue
        if word != "联盟" and any(_INSTITUTION_NEAR.search(out, max(0, m.start() - 10), m.end() + 10)
                                  for m in re.finditer(re.escape(word), out)):
            continue
        out = out.replace(word, "□" * len(word))
    return out


def _other_sense_only(headline: str, plain: str) -> bool:
    """Whether the title's alliance word is used in another sense (宜昌生物医药产业联盟成立, 我院加入…产业创新联盟) and the
    text, read with other senses blanked, names no alliance of hospitals nor aid: its 成员单位, 理事长单位 and member
    count are that alliance's, no sign of one of hospitals (R3)."""
    return _names_a_form(headline) and not _names_a_form(plain)


def _names_a_form(name: str) -> bool:
    """Whether a name (or a title, a text) holds an alliance or form cue itself (罗湖医院集团); a hospital's name
    (…附属第一医院) holds none."""
    return any(p.search(name) for p, _ in GENERIC_CUES + [c for cue_list in FORM_CUES.values() for c in cue_list])


def _heads_own_group(org: Org) -> bool:
    """我集团 on a hospital's site (阳高县人民医院): the group that hospital heads (registry NOTES2 J5); a group's
    own site says it of itself on every page."""
    return org.self_ref and org.surface.endswith("集团") and not _names_a_form(org.name)


def _county_health_group(org: Org, gaz: Gazetteer) -> bool:
    """A county's group of health care (高平市医疗集团), read as its 医共体; a county's schools' group is none."""
    return org.kind == "alliance" and org.name.endswith("集团") and bool(_HEALTH_GROUP.search(org.name)) \
        and _county_level(org.name, gaz)


def _county_level(name: str, gaz: Gazetteer) -> bool:
    """A group named after a county or county-level city (not a city district, written in full or short:
    邗江城市医疗集团 is 邗江区's; nor one that names itself a city group): 高平市医疗集团, 县医疗健康集团."""
    if name.startswith("县"):
        return True
    places = gaz.scan(name)
    if not places or cues.CITY_GROUP in name:
        return False
    units = [a.place for a in gaz.aliases[places[0][2]]]
    return bool(units) and all(u.level == 3 and not u.name.endswith("区") for u in units)


def _cross_region_aid(lead: str | None, lead_evidence: list[str], region: Region | None,
                      gaz: Gazetteer, partners: set[str] = frozenset(), text: str = "") -> dict[str, tuple[float, str]]:
    """A lead from another province that sends experts or a team is paired support, whatever else the text
    dwells on (a telemedicine link between the two); so is one that helps a single lower-level hospital where
    the text names no other structure (F5: 岳阳市人民医院 sending its experts to 平江县人民医院, not a 医共体's lead
    sending its own to a township, nor a specialty alliance's)."""
    said = " ".join(lead_evidence)
    if lead and "in an aid agreement across levels" in said:
        # a higher-level hospital signing with a lower one supports it (F5: a bilateral 紧密型医联体 or 帮扶协议)
        return {PAIRED_SUPPORT: (cues.SENIOR_SIGNING_AID, f"the lead {lead} signs as the senior partner")}
    if not lead or region is None or not region.province or not any(r in said for r in cues.HELPER_ROLES):
        return {}
    home = _province_of(lead, gaz)
    if home and home != region.province:
        return {PAIRED_SUPPORT: (cues.CROSS_REGION_AID, f"the lead {lead} ({home}) helps in {region.province}")}
    if len(partners) == 1 and seniority(lead) > seniority(next(iter(partners))) and not _OTHER_STRUCTURE.search(text):
        return {PAIRED_SUPPORT: (cues.SENIOR_SIGNING_AID, f"the lead {lead} helps {next(iter(partners))}, a lower-level hospital")}
    return {}


_DEFINING = [p for cue_list in FORM_CUES.values() for p, w in cue_list if w >= cues.DEFINING_CUE] + [GENERIC_CUES[0][0]]
# the defining cues of a structure other than an aid pair (医共体, 医疗集团, 专科联盟, 远程医疗协作网, 医联体)
_OTHER_STRUCTURE = re.compile("|".join(p.pattern for form, cue_list in FORM_CUES.items() if form != PAIRED_SUPPORT
                                       for p, w in cue_list if w >= cues.DEFINING_CUE) + "|" + GENERIC_CUES[0][0].pattern)


def _said_of_title_party(text: str, orgs: list[Org], same: dict[str, str]) -> float:
    """Relevance an alliance cue in the body adds when its sentence names an organisation the title names
    (兴仁市人民医院…进修人员结业 / 我院…对口帮扶兴仁市人民医院): the alliance is the title's subject's, not a
    passing mention; the speaker itself is no such party (its own reports list every task)."""
    title_end = text.find("\n")
    party = {same.get(o.name, o.name) for o in orgs if o.start < title_end and o.kind == "medical" and not o.generic
             and not o.self_ref and not o.rule.startswith("the ")}
    for org in orgs:
        if org.start <= title_end or same.get(org.name, org.name) not in party:
            continue
        start, end = sentence_around(text, org.start, org.end)
        sentence = text[start:end]
        if any(p.search(sentence) for p in _DEFINING):
            return cues.TITLE_PARTY_WEIGHT
    return 0.0


def _county_branch(org: Org, same: dict[str, str], gaz: Gazetteer) -> bool:
    """Whether a mention is a branch of a hospital named after a place below its own level: a city's or higher
    hospital's after a county (保康分院, 会泽医院), a province's or university's after a city (山东省立医院菏泽医院)."""
    rank = seniority(same.get(org.sub_unit_of, org.sub_unit_of)) if org.sub_unit_of else 0
    if rank < 3 or not org.name.endswith(cues.BRANCH_TYPES):
        return False
    stem = org.name[:-2]
    places = gaz.scan(stem)
    lowest = 3 if rank == 3 else 2  # GB/T 2260 levels: 2 a prefecture, 3 a county
    return bool(places) and places[0][:2] == (0, len(stem)) and all(a.place.level >= lowest for a in gaz.aliases[places[0][2]])


def _branch_elsewhere(orgs: list[Org], same: dict[str, str], zone_ends: tuple[int, int],
                      gaz: Gazetteer) -> dict[str, tuple[float, str]]:
    """A branch of a hospital named after a place below it (保康分院 of 襄阳市中心医院, 会泽医院 of 昆明医科大学第一附属医院,
    菏泽医院 of 山东省立医院) is that hospital's paired support of the place's hospital (F5)."""
    for org in orgs:
        if _county_branch(org, same, gaz):
            zone = "title" if org.start < zone_ends[0] else "lead" if org.start < zone_ends[1] else "body"
            return {PAIRED_SUPPORT: (cues.BRANCH_ELSEWHERE * ZONE_WEIGHT[zone],
                                     f"{org.surface!r} in {zone}: a branch of {org.sub_unit_of} in a lower place")}
    return {}


@lru_cache(maxsize=4096)
def _place_code(name: str, gaz: Gazetteer) -> str | None:
    return name_region([("name", name)], gaz).code


def _elsewhere(hospital: str, place: str, gaz: Gazetteer) -> bool:
    """Whether a place is none of the hospital's own: not where its name puts it, nor a unit above that (郑大一附院
    河南省…中心 is at home)."""
    home = _place_code(hospital, gaz)
    return not home or not any(home.startswith(a.place.code[: 2 * a.place.level]) for a in gaz.aliases[place])


def _centre_elsewhere(text: str, orgs: list[Org], same: dict[str, str], zone_ends: tuple[int, int],
                      gaz: Gazetteer) -> tuple[float, str, bool]:
    """A centre named after a hospital and then another place or, joined by a dash, a partner (江门市中心医院都安胸痛救治中心,
    东莞市人民医院—我院微创外科诊疗中心): the hospital's unit at the other (冠名), weighed as a branch elsewhere where it is
    written; and whether the centre's own name says a form other than aid (…—屏南县医院远程会诊中心)."""
    starting: dict[int, list[Org]] = {}
    for org in orgs:
        starting.setdefault(org.start, []).append(org)
    for org in orgs:
        if org.kind != "medical" or org.generic or org.self_ref or org.sub_unit_of or not org.name.endswith("院"):
            continue
        link = _CENTRE_LINK.match(text, org.end)
        at = link.end() if link else org.end
        partner = next((o for o in starting.get(at, []) if o.self_ref or o.kind == "medical" and not o.generic
                        and same.get(o.name, o.name) != same.get(org.name, org.name)), None) if link else None
        places = gaz.scan(text[at : at + 12]) if partner is None else ()
        if partner is not None:
            end = partner.end
        elif places and places[0][0] == 0 and _elsewhere(org.name, places[0][2], gaz):
            end = at + places[0][1]
        else:
            continue
        centre = _NAMED_CENTRE.match(text, end)
        if centre is None or centre.group(0).endswith(cues.OWN_PLACE_CENTRES) or partner is None and any(
                at <= o.start < centre.end() and o.sub_unit_of != org.name for o in orgs):
            continue  # (县疾控中心和县人民医院体检中心: an institution of its own after the place)
        zone = "title" if org.start < zone_ends[0] else "lead" if org.start < zone_ends[1] else "body"
        named = text[end : centre.end()]
        other_form = any(p.search(named) for p, _ in GENERIC_CUES + [c for form, cue_list in FORM_CUES.items()
                                                                    if form != PAIRED_SUPPORT for c in cue_list])
        return (cues.BRANCH_ELSEWHERE * ZONE_WEIGHT[zone], f"{text[org.start : centre.end()]!r} in {zone}: a centre named "
                f"after {org.name} and another place or partner", other_form)
    return 0.0, "", False


def _staff_from_elsewhere(headline: str, orgs: list[Org], province: str | None, speaker_province: str | None,
                          gaz: Gazetteer) -> tuple[float, str]:
    """The aid form's weight of a title telling staff of a hospital or a place in another province than the event's at
    work (深圳专家在我院完成首例…, 中山一院医疗队在我院…, 我院专家赴凌云义诊 on 佛山's site); not a lecture, a meeting
    or a visit to learn (cues.NO_AID_TITLE)."""
    if _NO_AID_TITLE.search(headline):
        return 0.0, ""
    at_work = bool(_EXPERTS_AT_WORK.search(headline) or _FREE_CLINIC.search(headline))  # (我院专家当选…主任委员: none)
    host = speaker_province or province  # where others' staff come to: the publisher's, or the event's for an outlet
    for org in orgs:
        if org.start >= len(headline):
            break
        staff = _STAFF_AFTER.match(headline, org.end) if org.kind == "medical" and not org.generic else None
        if staff is None:
            continue
        own = org.self_ref or org.rule.startswith("the ")
        home, there = (speaker_province, province) if own else (_province_of(org.name, gaz), host)
        if home and there and home != there and (at_work or staff.group("at") and not own):
            return cues.STAFF_FROM_ELSEWHERE, f"{org.surface!r} ({home}) at work in {there}"
    for start, end, name in gaz.scan(headline) if host else ():
        homes = {gaz.province(a.place).name for a in gaz.aliases[name]}
        # (a place inside a name is that name's; one after 援/驻/赴 is where the staff go: 援开鲁医疗队)
        staff = _STAFF_AFTER.match(headline, end)
        if staff and (at_work or staff.group("at")) and host not in homes and headline[start - 1 : start] not in cues.BOUND_FOR \
                and not any(o.start <= start < o.end for o in orgs):
            return cues.STAFF_FROM_ELSEWHERE, f"{headline[start:end]!r} ({'/'.join(sorted(homes))}) staff at work in {host}"
    return 0.0, ""


def classify_forms(zones: list[tuple[str, str]], extra: dict[str, tuple[float, str]] | None = None,
                   ) -> tuple[list[str], list[str], float, float]:
    """Forms with their evidence, the whole alliance cue weight, and the paired-support weight."""
    zones = _county_groups(_task_lists_to_body(zones))
    found: Found = {}  # the title and lead are read alike for relevance and forms, each form's defining cues again
    total = relevance_weight(zones, sum(weight for weight, _ in (extra or {}).values()), found)
    scores, hits = {}, {}
    defining: dict[str, bool] = {}
    for form, cue_list in FORM_CUES.items():
        scores[form], hits[form] = cue_score(zones, cue_list, found)
        defining[form] = cue_score(zones, [(p, w) for p, w in cue_list if w >= cues.DEFINING_CUE], found)[0] > 0
    for zone, text in zones:
        for match in _PAIRED.finditer(text):
            if match.group("a") != match.group("b"):
                scores[PAIRED_SUPPORT] += cues.PAIRED_PROGRAMME_WEIGHT * ZONE_WEIGHT[zone]
                defining[PAIRED_SUPPORT] = True
                hits[PAIRED_SUPPORT].append(f"paired-aid programme {match.group(0)!r} in {zone}")
    for form, (weight, why) in (extra or {}).items():
        scores[form] += weight
        defining[form] = True
        hits[form].insert(0, why)
    forms, evidence = [], []
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    # a title that names its structure (…城市医疗集团成立, 我院医共体运行情况通报) is about that one; another form said only
    # deep in its body (与胸痛专科联盟协同) is a structure named in passing, unless its own cues reach the full threshold.
    # A title about alliances in general (我市医联体建设实现全覆盖) names none: overviews list every form (F8).
    titled = bool(ranked) and ranked[0][0] in FORM_CUES and cue_score(
        [z for z in zones if z[0] == "title"], [(p, w) for p, w in FORM_CUES[ranked[0][0]] if w >= cues.DEFINING_CUE], found)[0] > 0
    up_front = {form: cue_score([z for z in zones if z[0] != "body"], cue_list, found)[0] > 0
                for form, cue_list in FORM_CUES.items()}
    for rank, (form, score) in enumerate(ranked):
        # a second form needs less once the first is certain: multi-form articles name it once
        in_passing = titled and not up_front[form]
        needed = cues.FORM_THRESHOLD if rank == 0 or in_passing else cues.SECONDARY_FORM_SHARE * cues.FORM_THRESHOLD
        if forms[:1] == [COUNTY_COMMUNITY] and form == CITY_GROUP and not any(_CITY_GROUP_NAMED.search(t) for _, t in zones):
            continue  # a bare 医疗集团 in a county community's news is that county's group (F2), not a city's
        if score >= needed and (rank == 0 or forms and defining[form]):
            forms.append(form)
            evidence.append(f"{form} ({score:.1f}): " + ", ".join(hits[form][:3]))
    if PAIRED_SUPPORT in forms and defining[PAIRED_SUPPORT]:
        # a form no defining cue names (紧密型医联体 alone) yields to an aid pair: a provincial hospital's
        # 紧密型医联体 with one county hospital is their aid pair (F5), not a city group
        kept = [(f, e) for f, e in zip(forms, evidence) if defining[f]]
        forms, evidence = [f for f, _ in kept], [e for _, e in kept]
    if not forms:
        # weak cues only (a policy text naming each form once in its body): every form defined at all
        weak = [(score, form) for form, score in scores.items() if score >= cues.FORM_THRESHOLD / 2 and defining[form]]
        for score, form in sorted(weak, reverse=True):
            forms.append(form)
            evidence.append(f"{form} ({score:.1f}, weak cues only): " + ", ".join(hits[form][:3]))
    return forms, evidence, total, scores[PAIRED_SUPPORT]


def _realis(text: str, start: int, end: int) -> bool:
    """A cue said as done: followed by 了, or in a sentence that reports the meeting (会上, 仪式上, 随后) or opens
    with its day (4月8日，医共体…召开调度会); not one in a sentence that recounts results (累计, 两年来, 工作报告：)."""
    sentence_start = sentence_around(text, start, end)[0]
    if _RECOUNTED_BEFORE.search(text, sentence_start, start):
        return False
    if "了" in text[end : end + 2] or _COUNTED_AFTER.match(text, end) or _DONE_BEFORE.search(text, max(0, start - 32), start):
        return True
    opening = text[sentence_start:start]
    return bool(_REALIS_BEFORE.search(opening) or _DAY_OPENING.match(opening))  # ^ anchors at the slice, not at a pos


def _planned(text: str, sentence_start: int, start: int, end: int) -> bool:
    """The last mood marker before a cue in its sentence is a plan or a habit (将…派驻, 每年…培训); a count after
    a habit says it was done (每周四…举办业务讲座8次), unless a plan comes first (将每年举办培训班4期)."""
    moods = [m.lastgroup for m in _MOOD.finditer(text, sentence_start, start)]
    if not moods or moods[-1] == "done":
        return False
    return moods[-1] == "planned" or "planned" in moods or not _COUNTED_AFTER.match(text, end)


def _habitual(text: str, sentence_start: int, start: int) -> bool:
    """The last mood marker before a cue is a habit (每周…坐诊) and no plan comes before it."""
    moods = [m.lastgroup for m in _MOOD.finditer(text, sentence_start, start)]
    return bool(moods) and moods[-1] == "habit" and "planned" not in moods


def classify_events(zones: list[tuple[str, str]], routine: bool = False) -> tuple[list[str], list[str]]:
    """Event types by weighted cues; a retrospective's recounted activities and a policy text give none.
    ``routine``: read again for a text with no event of its own (a feature or a patient's story: NOTES6 S10-29),
    whose activities, done or a routine (每周到…坐诊), are what it reports: in its body they count as said; its plans
    are still none."""
    title = next((text for zone, text in zones if zone == "title"), "")
    if _POLICY_TITLE.search(title) and not any(p.search(title) for p in EVENT_CUES.values()):
        return [], [f"a policy document: {_POLICY_TITLE.search(title).group(0)!r} in the title"]
    events, evidence, in_title, up_front, at_event = [], [], set(), set(), set()
    counted: dict[str, list[str]] = {}  # each event's cues counted, as written
    for event, pattern in EVENT_CUES.items():
        negative = EVENT_NEGATIVE.get(event)
        score, hits, told = 0.0, [], False  # told: a hit in the title or lead, or said as done in the body
        title_only = EVENT_TITLE_CUES.get(event)
        if title_only is not None:
            matches = list(title_only.finditer(title))  # the negatives are read only where a cue was found
            cancelled_title = [m.span() for m in negative.finditer(title)] if negative and matches else []
            for match in matches:
                if any(s <= match.start() and match.end() <= e for s, e in cancelled_title):
                    continue  # only a negative that covers the whole title cue cancels it
                score += cues.EVENT_ZONE_WEIGHT["title"]
                hits.append(f"{match.group(0)!r} in title")
                counted.setdefault(event, []).append(match.group(0))
                told = True
        for zone, text in zones:
            matches = list(pattern.finditer(text))
            cancelled = [m.span() for m in negative.finditer(text) if not (routine and _HABIT.match(text, m.start()))] \
                if negative and matches else []  # (a routine's own habit, 每周…坐诊, is what it reports)
            if zone == "body" and matches:
                cancelled += [m.span() for m in _QUOTED_SPEECH.finditer(text)]
            for match in matches:
                if any(s <= match.start() < e or s < match.end() <= e for s, e in cancelled):
                    continue
                start, end = sentence_around(text, match.start(), match.end())
                if event != "年度总结" and _PAST_OPENING.match(text[start:end]):  # (^ anchors at a slice, not at a pos)
                    continue  # 五年前，我院与…签订: the history behind the event
                planned = zone != "title" and event in cues.ACTIVITY_EVENTS and _planned(text, start, match.start(), match.end())
                reported = routine and zone != "title" and event in cues.ACTIVITY_EVENTS \
                    and (not planned or _habitual(text, start, match.start()))
                if planned and not reported:
                    continue  # 将每年派出专家驻点: a plan, not this event's activity
                if zone != "title" and event in cues.ACTIVITY_EVENTS and _RECOUNTED_BEFORE.search(clause_before(text, match.start(), 16)):
                    continue  # 累计举办培训班44期: results summed up in its clause, not this event's activity
                weight = cues.EVENT_ZONE_WEIGHT[zone]
                realis = zone != "title" and _realis(text, match.start(), match.end())
                if realis and event in cues.AT_EVENT_ACTS and _AT_EVENT.search(text, start, end):
                    at_event.add(event)  # 会议还签署了…: done at the event itself
                if zone == "body" and (event in cues.CEREMONIES or _DELIVERED.match(match.group(0)) or realis or reported):
                    weight = cues.EVENT_REALIS_WEIGHT  # 签订了, 会上…签订, 讲座4场: it happened
                told = told or zone != "body" or weight > cues.EVENT_ZONE_WEIGHT["body"]
                score += weight
                hits.append(f"{match.group(0)!r} in {zone}")
                counted.setdefault(event, []).append(match.group(0))
        if score >= cues.EVENT_THRESHOLD and (told or event not in cues.ACTIVITY_EVENTS):
            events.append(event)
            evidence.append(f"{event} ({score:.1f}): " + ", ".join(hits[:3]))
            if any(h.endswith("in title") for h in hits):
                in_title.add(event)
            if any(not h.endswith("in body") for h in hits):
                up_front.add(event)
    held = {e for e in ("义诊/巡诊", "培训") if e in events and e in up_front}
    sent = counted.get(cues.EXPERTS_SENT, [])
    if cues.EXPERTS_SENT in events and held and all(map(_EXPERTS_VISIT.fullmatch, sent)):
        events.remove(cues.EXPERTS_SENT)  # (E6, E7) 专家走进嘉禾县 … 开展培训和义诊: they came to hold them
        evidence.append(f"{cues.EXPERTS_SENT} dropped: the experts' visit ({sent[0]!r}) is the clinic or course they held")
    ceremony = any(_FOUNDING_CEREMONY.search(text) for _, text in zones)
    if "成立" in events and "成立" not in in_title and set(counted["成立"]) <= set(cues.MADE_OF) \
            and not {"签约", "揭牌"} & in_title and not ceremony:
        events.remove("成立")  # 由县人民医院牵头组建，成员包括…: how the alliance is made, not its founding now
        evidence.append(f"成立 dropped: only {counted['成立'][0]!r}, which tells what the alliance is made of, and no "
                        "ceremony, nor a signing or plaque in the title, that founds it")
    meeting = next((e.partition(": ")[2] for e in evidence if e.startswith("会议/峰会")), "")  # its hits, not its label
    # a founding or a signing told in the title, or held at its ceremony (成立大会, 续签会): its meeting is that ceremony
    founding = bool({"成立", "签约"} & in_title) or bool({"成立", "签约"} & set(events)) and ceremony
    if founding and meeting and "会议/峰会" not in in_title and not _DISTINCT_CONFERENCE.search(meeting):
        events.remove("会议/峰会")
        evidence.append("会议/峰会 dropped: the meeting is the founding's or signing's ceremony itself")
    if routine:
        return [e for e in events if e in cues.ACTIVITY_EVENTS], [e for e in evidence if e.split(" ")[0] in cues.ACTIVITY_EVENTS]
    lead = next((text for zone, text in zones if zone == "lead"), "")
    renamed = _RENAMED.search(title + "\n" + lead)
    if renamed and {"成立", "揭牌"} <= set(events):
        events.remove("成立")
        evidence.append(f"成立 dropped: a renaming ({renamed.group(0)!r}) unveils a plaque and founds nothing")
    if not events and not _NO_REVIEW_TITLE.search(title) and not _DAY_OPENING.match(lead):
        results = [m.group(0) for _, text in zones for m in _REVIEW_RESULTS.finditer(text)]
        if len(results) >= cues.REVIEW_RESULTS_LEAST:
            events.append("年度总结")
            evidence.append(f"年度总结: no event of its own, results reported ({', '.join(results[:4])})")
    if not events and not _NO_REVIEW_TITLE.search(title):
        events, found = classify_events(zones, routine=True)
        evidence += [f"{e} (reported by a text with no event of its own)" for e in found]
    if "年度总结" in in_title:
        dropped = [e for e in events if e in cues.RECOUNTED_EVENTS and e not in in_title and e not in at_event]
        if dropped:
            events = [e for e in events if e not in dropped]
            evidence.append(f"recounted in a retrospective, not events of their own: {', '.join(dropped)}")
    return events, evidence


def seniority(name: str) -> int:
    """4 national/provincial/university, 3 prefecture, 2 county, 1 township: who helps whom."""
    for pattern, rank in _SENIORITY:
        if pattern.search(name):
            return rank
    return 2


def _role_context(text: str, near: Neighbours, org: Org) -> tuple[str, str, str]:
    """The clause before a mention and after it, after the parts written right behind it (邢台市人民医院远程医学中心为核心);
    and the next clause when the mention opens its clause and that one has no subject of its own (我院坚持…，累计向X派驻专家)."""
    end = org.end
    for other in near.starting.get(end, []):
        if other.sub_unit_of == org.name:
            end = other.end
    before, after = clause_before(text, org.start), clause_after(text, end)
    carried = _SUBJECT_CARRIED.match(text, end + len(after)) if not before else None
    return before, after, clause_after(text, carried.end()) if carried else ""


def _paired_before(text: str, near: Neighbours, org: Org) -> Org | None:
    """The organisation joined to this one by a dash or 与 in a name (协和医院—屏南县医院…)."""
    if org.start == 0 or text[org.start - 1] not in "—－-与":
        return None
    return next((o for o in near.ending.get(org.start - 1, []) if not o.generic), None)


def _shares_role(text: str, near: Neighbours, org: Org) -> bool:
    """县人民医院、县中医院为龙头: a role said of an enumeration names no single lead."""
    if org.start == 0 or text[org.start - 1] not in "、和及与":
        return False
    return any(not o.generic for o in near.ending.get(org.start - 1, []))


OVERVIEW = "an overview of several alliances"


def lead_organization(text: str, orgs: list[Org], same: dict[str, str]) -> tuple[str | None, list[str], set[str]]:
    """The organisation the text gives a lead role, by the summed weight of its roles (None without one),
    and the others that lead an alliance of their own (由县中医院牵头的县中医院医共体)."""
    scores: dict[str, float] = {}
    reasons: dict[str, list[str]] = {}
    strong: set[str] = set()
    first_seen: dict[str, int] = {}
    for org in orgs:
        first_seen.setdefault(same.get(org.name, org.name), org.start)

    def credit(org: Org, weight: float, rule: str) -> None:
        key = same.get(org.name, org.name)
        scores[key] = scores.get(key, 0.0) + weight
        reasons.setdefault(key, []).append(f"{org.describe()}: {rule}")

    candidates = [o for o in orgs if not o.generic and not o.sub_unit_of
                  and (o.kind in ("medical", "academic") or o.self_ref or o.rule.startswith("the "))]
    near = Neighbours.of(orgs)
    starts = [o.start for o in orgs]  # orgs are in order of appearance
    hosts: set[str] = set()
    for org in candidates:
        before, after, carried = _role_context(text, near, org)
        if _INVITED_AFTER.search(after):
            continue  # 帮扶医院北京市朝阳区垂杨柳医院的专家代表应邀出席: a guest, whatever role noun precedes it
        shared = _shares_role(text, near, org)
        for pattern, weight, rule in _LEAD_BEFORE:
            if pattern.search(before):
                credit(org, weight, rule)
        if not before and _ROLE_CLAUSE.search(text, max(0, org.start - 40), org.start):
            credit(org, cues.LEAD_ROLE_CLAUSE[1], cues.LEAD_ROLE_CLAUSE[2])
        helped = bool(_HELPED_BEFORE.search(before))  # 帮扶井冈山市人民医院医疗队进驻: the team goes to it
        unbracketed = _ALIAS_IN_BRACKETS.sub("", after, count=1)  # 山东第一医科大学附属省立医院（山东省立医院）与…
        for pattern, weight, rule in _LEAD_AFTER:
            if helped and rule in cues.HELPER_ROLES or org.self_ref and rule in cues.SELF_UNSAID:
                continue
            if pattern.search(after if rule == cues.BRACKETED_ROLE else unbracketed) or rule in cues.HELPER_ROLES and carried and pattern.search(carried):
                partner = _paired_before(text, near, org)
                if partner is not None and rule == "the alliance bears its name":
                    # 协和医院—屏南县医院远程会诊中心: a centre named after a pair is the senior one's
                    ranks = sorted(seniority(same.get(o.name, o.name)) for o in (partner, org))
                    senior = max((partner, org), key=lambda o: seniority(same.get(o.name, o.name)))
                    aid = " in an aid agreement across levels" if ranks[1] - ranks[0] >= 2 and _PAIR_ALLIANCE.match(after) else ""
                    credit(senior, weight, "the alliance bears the pair's names; the senior leads" + aid)
                elif not shared:
                    credit(org, weight, rule)
                    if weight >= 3.0 or rule == "the alliance bears its name":
                        strong.add(same.get(org.name, org.name))
                break
        branch = next((o for o in near.starting.get(org.end, []) if o.sub_unit_of == org.name
                       and (_BRANCH.search(o.name) or _county_branch(o, same, load()))), None)
        partner = _paired_before(text, near, org) if branch is not None and branch.kind == "alliance" else None
        ranks = (seniority(same.get(partner.name, partner.name)), seniority(same.get(org.name, org.name))) if partner else (0, 0)
        if partner is not None and not partner.generic and ranks[0] != ranks[1]:
            # 鞍山市中心医院与岫岩满族自治县中心医院紧密型医联体: a pair across levels, the senior supports the other (F5)
            credit(partner if ranks[0] > ranks[1] else org, 2.5,
                   "the alliance bears the pair's names; the senior leads in an aid agreement across levels")
        elif branch is not None:
            credit(org, 2.5, f"its branch {branch.name}")
            if branch.kind == "alliance" and not shared and partner is None:
                # 与弥勒市中医医院医共体的协作: it leads an alliance, maybe another one (not 省立医院与寿宁县医院医联体: a pair's)
                strong.add(same.get(org.name, org.name))
        if org.self_ref and _HEAD_OF_GROUP.fullmatch(org.surface):
            credit(org, cues.HEAD_OF_GROUP_WEIGHT, "the group's 总院 is its lead")
        elif _heads_own_group(org):
            credit(org, cues.HEAD_OF_GROUP_WEIGHT, "我集团 on its own site: it heads the group")
        if org.self_ref and _HOST_BEFORE.search(before) and _HOST_AFTER.search(after) and org.name not in hosts \
                and not _HOSTED_PLAQUE.search(before):
            hosts.add(org.name)  # one meeting told in the title and again in the body is hosted once
            credit(org, cues.HOST_WEIGHT, "hosts the alliance's meeting")
        if _ORGANISER[0].search(before) and _ORGANISER[1].search(after):
            credit(org, cues.ORGANISER[2], "organises the alliance's meeting")
        if _BUILDER[0].search(before) and _BUILDER[1].search(after):
            credit(org, cues.BUILDER[2], "由 … 建设/组建: builds the alliance")
        if not (before and before[-1] in "与和及同") and _PLAQUE_GIVER.match(text, org.end, org.end + 90):
            credit(org, cues.PLAQUE_GIVER_WEIGHT, "its officer unveils or awards the plaque")
        signing = _SIGNING.match(unbracketed)
        rank = seniority(same.get(org.name, org.name))
        if signing:
            reach = org.end + len(after) - len(unbracketed) + len(signing.group(0))
            partners = [o for o in orgs[bisect_right(starts, org.end) : bisect_right(starts, reach)] if o.kind != "alliance"
                        and same.get(o.name, o.name) != same.get(org.name, org.name)]
            partner = partners[0] if partners else None
            other = seniority(same.get(partner.name, partner.name)) if partner is not None else 0
            if partner is None or partner.kind == "government" or partner.generic:
                if rank > (other if partner is not None and partner.kind != "government" else 0):
                    credit(org, 2.0, "signs with a place, its government or lower institutions")
            elif rank != other:
                # a higher-level hospital in an aid agreement with a lower one supports it
                aid = " in an aid agreement across levels" if abs(rank - other) >= 2 and _AID_AGREEMENT.search(after) else ""
                credit(org if rank > other else partner, 2.0, "the senior partner of a signing" + aid)
            elif _AID_AGREEMENT.search(after):
                credit(org, 2.0, "first party of an aid agreement (A与B签订帮扶协议: A supports)")
    if not scores:
        return None, [], strong
    title = text[: text.find("\n")] if "\n" in text else text
    if _AID_TITLE.search(title) and not _OTHER_STRUCTURE_TITLE.search(title):
        for name, why in reasons.items():
            if any(role in why_one for why_one in why for role in cues.HELPER_ROLES):
                scores[name] += cues.AID_TITLE_HELPER_BONUS
                why.append(f"a helper in news the title says is about aid (+{cues.AID_TITLE_HELPER_BONUS:g})")
    ranked = sorted(scores, key=lambda n: -scores[n])
    best = ranked[0]
    if scores[best] < cues.LEAD_THRESHOLD:
        return None, [f"no lead: strongest role {best!r} ({scores[best]:g}) below {cues.LEAD_THRESHOLD:g}"], strong
    tied = [n for n in ranked if scores[n] == scores[best]]
    if len(tied) > 1 and all(first_seen[n] > text.find("\n") for n in tied):
        # two alliances alike and the title names neither: an overview of several (M7), no one alliance
        return None, [f"{OVERVIEW}: {', '.join(tied)} lead alike and the title names none"], strong | set(tied)
    if len(tied) > 1:
        best = min(tied, key=lambda n: first_seen[n])  # the alliance the title and lead speak of first
    return best, [f"{best} ({scores[best]:g}): " + "; ".join(reasons[best][:3])
                  + (f" (tied with {', '.join(t for t in tied if t != best)}: mentioned first)" if len(tied) > 1 else "")], \
        strong - {best}


def current_name(name: str | None) -> str | None:
    """A lead named after its university's former name (蚌埠医学院第一附属医院, written before 2024) by the current one."""
    for former, current in former_institutions() if name else ():
        if name.startswith(former):
            return current + name[len(former):]
    return name


def _list_start_before(text: str, near: Neighbours, org: Org) -> str:
    """The words before an organisation, or before the first item of the enumeration it belongs to."""
    first, seen = org, set()
    while first.start > 0 and text[first.start - 1] in "、和及与" and id(first) not in seen:
        seen.add(id(first))
        previous = next(iter(near.ending.get(first.start - 1, [])), None)
        if previous is None:
            break
        first = previous
    return clause_before(text, first.start, 6)


def _list_end(text: str, near: Neighbours, org: Org) -> Org:
    """The last organisation of the enumeration ``org`` stands in (joined by 、和及与), or ``org`` itself."""
    last, seen = org, set()
    while last.end < len(text) and text[last.end] in "、和及与" and id(last) not in seen:
        seen.add(id(last))
        following = next(iter(near.starting.get(last.end + 1, [])), None)
        if following is None:
            break
        last = following
    return last


def _branch_owners(text: str, orgs: list[Org]) -> dict[int, str]:
    """Branches listed after one written with its hospital (郏县人民医院安良分院、堂街分院) -> that hospital."""
    out: dict[int, str] = {}
    owner, end = None, -1
    for org in orgs:
        if org.sub_unit_of and org.name.endswith("分院"):
            owner, end = org.sub_unit_of, org.end
        elif owner is not None and org.start == end + 1 and text[end] in "、和及与" and org.name.endswith("分院"):
            out[id(org)], end = owner, org.end
        else:
            owner = None
    return out


def branch_place(org: Org) -> str:
    """The place a branch is named after (石桥 for 医共体石桥分院, 龙泉 for 浙大一院龙泉分院), "" for no branch."""
    if not org.name.endswith("分院"):
        return ""
    stem = org.name[: -len("分院")]
    if org.sub_unit_of and stem.startswith(org.sub_unit_of):
        stem = stem[len(org.sub_unit_of):]
    places = load().scan(stem)
    if places and places[-1][1] == len(stem) and places[-1][0] > 0:
        stem = stem[places[-1][0]:]  # 浙大一院龙泉: the hospital's short name before the place
    return stem if 2 <= len(stem) <= 4 else ""


def _named_after(name: str, place: str) -> bool:
    """An institution named after a branch's place, maybe behind its county's and township's names
    (利通区金积镇金积社区卫生服务中心 for 金积分院; 源汇区老街社区卫生服务中心 for 老街社区分院, whose 社区 is its type's)."""
    head = name[: len(name) - len(type_of(name))]
    for stem in {place, *(place[: -len(level)] for level in (*cues.TOWNSHIP_LEVELS, "社区")
                          if place.endswith(level) and len(place) - len(level) >= 2)}:
        if stem in head and name.find(stem) <= 6:
            return True
    return False


def other_items(text: str) -> list[tuple[int, int]]:
    """The spans of a bulletin's items (from one heading line to the next) that say nothing of an alliance; none
    unless the text has at least two headed items."""
    heads = [m.start() for m in _BULLETIN_HEADING.finditer(text)]
    if len(heads) < 2:
        return []
    spans = zip(heads, [*heads[1:], len(text)])
    return [(start, end) for start, end in spans if not _ALLIANCE_TOPIC.search(text, start, end)]


def _other_pair(text: str, orgs: list[Org], org: Org, lead: str | None, same: dict[str, str]) -> bool:
    """The institution helps another right after it, or is helped by one right before it, and the helper is
    not the lead nor the speaker (宁波市第二医院帮扶安龙县人民医院 in our own 帮扶兴仁 news)."""
    clause = sentence_around(text, org.start, org.end)
    for other in orgs:
        if not (clause[0] <= other.start < clause[1]) or other is org or other.generic or other.kind != "medical":
            continue
        helper, helped = (org, other) if other.start > org.end else (other, org)
        if _HELPS_NEXT.match(text[helper.end : helped.start]) and not helper.self_ref \
                and same.get(helper.name, helper.name) != lead:
            return True
    return False


def _helps_the_lead(text: str, orgs: list[Org], org: Org, lead: str | None, same: dict[str, str]) -> bool:
    """The institution helps the lead or the speaker right after it (桂林医学院附属医院对口帮扶我院, in the speaker's 医共体
    news): it is the helper of another aid pair, not a member of this alliance."""
    start, end = sentence_around(text, org.start, org.end)
    return any(start <= other.start < end and other.start > org.end and not other.generic
               and (other.self_ref or lead is not None and same.get(other.name, other.name) == lead)
               and _HELPS_NEXT.match(text[org.end : other.start]) for other in orgs)


def _helps_only(lead_evidence: list[str]) -> bool:
    """Whether every role that made the lead is a helper's (托管, 帮扶, its aid team, its branch): it leads an aid pair."""
    roles = [reason.rpartition("): ")[2] for reason in lead_evidence[0].partition(": ")[2].split("; ")] if lead_evidence else []
    return bool(roles) and all(any(h in role for h in cues.HELPER_ROLES) or role.startswith("its branch") for role in roles)


def _after_a_person(text: str, start: int) -> bool:
    """The name follows a person with a post in a 、-list (市五院内窥镜室主任贾彦生、邢台市人民医院王继涛): with a
    person after it too, a list of people, whose institutions are where they come from, not members."""
    if start == 0 or text[start - 1] != "、":
        return False
    item = re.split(r"[、，,。；;：:\n]", text[max(0, start - 1 - SENTENCE_REACH) : start - 1])[-1]
    return _PERSON_ITEM.search(item) is not None and not type_of(item)


def members(text: str, orgs: list[Org], lead: str | None, same: dict[str, str],
            leads_elsewhere: set[str] = frozenset(), aid_pair: bool = False, unplaced: str = "", aided: bool = False,
            helper_lead: bool = False) -> tuple[list[str], list[str]]:
    """Named institutions other than the lead, guests, visited sites, the leads of other alliances and
    government bodies left out; a name still starting with a level word of ``unplaced`` (县医院 where the text
    gives no county) names no one institution. In an aid pair only the supported side is a member: a hospital the text
    says is helped, signed with or gone to (定义 M1), not others it happens to name; with an aid pair among the forms
    (``aided``) that side stays a member even when it leads its own county's group."""
    out, evidence = [], []
    names = {o.name for o in orgs if o.kind == "medical" and not o.generic}
    # 利川市人民医院、建始县人民医院等联盟成员单位: what is said after a list's last item is said of every item
    last_of_list = {o.list_id: o for o in orgs if o.list_id is not None}
    said_of_list = {i: bool(_SAID_MEMBER_AFTER.search(clause_after(text, o.end, 16))) for i, o in last_of_list.items()}
    title_end = text.find("\n")
    council = bool(_COUNCIL_TITLE.search(text, 0, max(title_end, 0)))  # who attends an alliance's council sits on it
    near = Neighbours.of(orgs)
    # 石桥分院揭牌仪式在石桥镇中心卫生院举行: the institution a branch is named after is the member, wherever it stands
    branches = {b for o in orgs if o.kind == "medical" and not o.generic if (b := branch_place(o))}
    owners = _branch_owners(text, orgs)
    elsewhere = other_items(text)
    refused: set[str] = set()  # institutions a sentence shows as a helper
    members_said: set[str] = set()  # institutions a sentence says are members
    for org in orgs:
        if org.kind not in ("medical", "alliance") or org.kind == "alliance" and not org.self_ref or org.generic \
                or same.get(org.name, org.name) == lead:
            continue
        if (org.self_ref or org.rule.startswith("the ")) and not type_of(org.name):
            continue  # 我们 on a news centre's site (绍兴市新闻传媒中心): a speaker of no institution type is no member
        if any(start <= org.start < end for start, end in elsewhere):
            evidence.append(f"not a member: {org.describe()} is in a bulletin's item about other news")
            continue
        stem = branch_place(org)
        if stem and any(n != org.name and _named_after(n, stem) for n in names):
            continue  # 北舞渡镇分院 is the 北舞渡镇卫生院 named elsewhere
        owner = org.sub_unit_of or owners.get(id(org))
        of_alliance = bool(stem) and org.sub_unit_of.endswith(cues.ALLIANCE_TYPES) if org.sub_unit_of else False
        if org.sub_unit_of and not (stem and owner in names) and not of_alliance:
            # (医共体北舞渡分院 is a branch of the alliance, kept as named like the 太尉分院 listed after it: M6)
            evidence.append(f"not a member: {org.describe()}")
            continue
        before, after = clause_before(text, org.start, 8), clause_after(text, org.end, 16)
        list_start = _list_start_before(text, near, org)  # 向庆元县人民医院、松阳县人民医院派出: said of the list
        supported = org.start > title_end and (_SUPPORTED_BEFORE.search(before) or _SUPPORTED_AFTER.search(after)
                                                or _SUPPORTED_BEFORE.search(list_start))
        last = _list_end(text, near, org)  # 漯河市中心医院、郑州大学第一附属医院的专家出席: said of the whole list
        said = _SAID_MEMBER_BEFORE.search(before) or _SAID_MEMBER_AFTER.search(after) or said_of_list.get(org.list_id) \
            or _SAID_MEMBER_BEFORE.search(list_start) or _SAID_MEMBER_AFTER.search(clause_after(text, last.end, 16)) \
            or _SIGNS_MEMBERSHIP.match(text[last.end : sentence_around(text, last.start, last.end)[1]]) \
            or not org.name.endswith("分院") and any(_named_after(org.name, b) for b in branches) \
            or _BRANCH_HOSTED_BEFORE.search(before) \
            or _SAID_MEMBER_CLAUSE.search(text, sentence_around(text, org.start, org.end)[0], org.start) \
            or _FOR_THE_MEMBERS_AFTER.match(text, org.end, sentence_around(text, org.start, org.end)[1])
        if org.self_ref and lead is None and not (aid_pair and supported):
            # 我院 with no alliance lead named: the speaker, not a member we can place, unless the text says it is one
            # (我院作为联盟成员单位…, 作为县域医共体成员单位，我院…, …分中心揭牌仪式在我院举行, 为我院授牌: M4)
            if not (said or _SAID_MEMBER_AFTER.search(clause_after(text, org.end, 30))
                    or _PLAQUE_RECEIVED[0].search(before) and _PLAQUE_RECEIVED[1].search(after)):
                continue
            said = True
        if org.kind == "alliance" and not said:
            continue  # 我集团 is itself the alliance, unless it is said to join another one
        if not aid_pair and _COUNTY_GENERAL_HOSPITAL.search(same.get(org.name, org.name)):
            # (in an aid pair it stands for its head hospital, the side helped: L4)
            evidence.append(f"not a member: {org.describe()} is the county community itself")
            continue
        if _FORMER_NAME_BEFORE.search(clause_before(text, org.start, 24)):
            evidence.append(f"not a member: {org.describe()} is a former name")
            continue
        sentence_start, sentence_end = sentence_around(text, org.start, org.end)
        # a branch named alone (到夏茂、高桥两个分院开展巡回诊疗) is the group's own, wherever its clinics are held
        own_branch = org.name.endswith("分院") and not org.sub_unit_of and not aid_pair
        # the townships' centres trainees come from (来自长山、正紫等镇卫生院的乡村医生) are the group's own, not guests
        trainees_home = not aided and lead is not None and org.name.endswith(cues.GRASSROOTS_TYPES) \
            and list_start.endswith("来自")
        # in an aid pair, the hospital (not a township's centre) the helper's course or meeting is held at is the side helped
        host_helped = aid_pair and not org.name.endswith(cues.GRASSROOTS_TYPES)
        sits_on_council = council and org.start > title_end and _COUNCIL_ATTENDS.match(text, last.end, sentence_end)
        if not said and not own_branch and not sits_on_council and (_NOT_MEMBER_BEFORE.search(list_start) and not trainees_home
                                            or _VISITED_BEFORE.search(clause_before(text, org.start, 24))
                         or _AT_MEETING_OPENING.search(text[sentence_start : org.start]) and _SPEAKS_AFTER.search(after)
                         or _CLINIC_VENUE_AFTER.search(after)
                         or _NOT_MEMBER_AFTER.search(after) or _HOST_BEFORE.search(before) and _VENUE_AFTER.search(after) and not host_helped
                         or _EXPERTS_TEACH_AFTER.match(clause_after(text, org.end, 60))
                         or _STAFF_TAUGHT[0].search(list_start) and _STAFF_TAUGHT[1].match(text, last.end, sentence_end)
                         and not _MEMBER_TIER.search(text, sentence_start, sentence_end)  # (为…等5个成员镇卫生院的医务人员讲授)
                         or _REFERRED_TO[0].search(before) and _REFERRED_TO[1].search(after)
                         or _GUEST_AFTER.search(text[org.end : sentence_end])
                         or _after_a_person(text, org.start) and _PERSON_AFTER.match(text, org.end)
                         or last is not org and (_NOT_MEMBER_AFTER.search(clause_after(text, last.end, 16))
                                                 or _GUEST_AFTER.search(text[last.end : sentence_end]))):
            evidence.append(f"not a member: {org.describe()} is a guest, a host or a place visited")
            continue
        if not said and _HELPER_UNDER.match(after):
            evidence.append(f"not a member: {org.describe()} is the helper under whose aid the text's institutions grew")
            refused.add(same.get(org.name, org.name))
            continue
        listed = last is not org or org.start > 0 and text[org.start - 1] in "、和及与"
        if not said and listed and _LIST_LEADS.search(clause_after(text, last.end, 8)):
            evidence.append(f"not a member: {org.describe()} is one of a list that leads alliances of their own")
            continue
        if aid_pair and not said and _other_pair(text, orgs, org, lead, same):
            evidence.append(f"not a member: {org.describe()} is a side of another aid pair")
            continue
        if not aid_pair and not said and _helps_the_lead(text, orgs, org, lead, same):
            evidence.append(f"not a member: {org.describe()} helps the lead or the speaker: another aid pair's helper")
            refused.add(same.get(org.name, org.name))
            continue
        if aid_pair and not said and org.start > title_end and not supported:
            evidence.append(f"not a member: {org.describe()} is not the side helped")
            continue
        name = same.get(org.name, org.name)
        if name[0] in unplaced:
            evidence.append(f"not a member: {org.describe()} names no place the text gives (a bare level word)")
            continue  # 县医院 on a city's page of its 17 counties: no one institution
        if stem and owner in names and not name.startswith(owner):
            name = owner + name  # 郏县人民医院安良分院、堂街分院: each branch by its hospital's name, as the text supports
        if name in leads_elsewhere and not (aided and supported) and not _BRANCH_HOSTED_BEFORE.search(before):
            # (a hospital one alliance's branch settles in may lead another: 我院同时是郴州市儿科专科联盟的主任委员单位)
            evidence.append(f"not a member: {org.describe()} leads another alliance")
            continue
        other = next((o for o in orgs if o.start < org.start and same.get(o.name, o.name) in leads_elsewhere
                      and o.start >= sentence_around(text, org.start, org.end)[0]), None)
        if other is not None and not said and not helper_lead:
            # 以县中医院为龙头的县中医院医共体已于上月挂牌，吸收了新市镇…卫生院: the other alliance's members (unless the lead
            # only helps, as in a 医共体's news that tells who supports its head: the list is the 医共体's, ``helper_lead``)
            evidence.append(f"not a member: {org.describe()} joins the alliance {other.name} leads")
            continue
        if said:
            members_said.add(name)
        if name not in out and name != lead:
            out.append(name)
            evidence.append(org.describe())
    # one institution plays one part: a helper in one sentence is no member where another merely names it
    # (在邯郸市中心医院对口帮扶下… / 把市中心医院帮扶带来的技术…), unless a sentence says it is one
    dropped = [name for name in out if name in refused and name not in members_said]
    if dropped:
        out = [name for name in out if name not in dropped]
        evidence.append(f"not members: {', '.join(dropped)}, helpers elsewhere in the text")
    return out, evidence


def analyse(title: str, body: str, speaker: Speaker | None = None, gaz: Gazetteer | None = None,
            region: Region | None = None, speaker_province: str | None = None,
            speaker_region: Region | None = None, scans: Scans | None = None) -> AllianceFacts:
    """Forms, events, lead, members and count of one announcement. A name written with a bare level word
    (县中医院, 我市人民医院) is the speaker's own place's when the speaker is at that level (市人民医院 on a
    county-level city's site), else the event region's (县中医院 -> 舞阳县中医院)."""
    gaz = gaz or load()
    zones = split_zones(title, body)
    events, event_evidence = classify_events(zones)
    tag, headline = split_column_tag(title)
    text = headline + "\n" + body
    orgs = find_orgs(text, gaz, speaker, scans)
    written = set(o.name for o in orgs)
    # 市一院 after 常州市第一人民医院 is that hospital, not the speaker's city's (short forms are few: each is compared once)
    shortening = {name for name in written if is_short_form(name) and any(shortens(name, full) for full in written)}
    for org in orgs:
        if org.name in shortening:
            continue
        for where, whose in ((speaker_region, "the speaker's place"), (region, "the event region")):
            full = complete(org.name, where.county, where.city, where.province) if where is not None else org.name
            if full != org.name:
                org.name, org.rule = full, org.rule + f"; {org.name[0]} completed from {whose}"
                break
    all_names = list(dict.fromkeys(o.name for o in orgs if not o.generic))
    same = representatives(all_names, gaz)
    official = canonical(speaker.name, gaz) if speaker is not None else None
    if official is not None and official != speaker.name:
        # the publisher's configured name is its official one (北京市房山区良乡医院 keeps its 北京市), however written
        same = {name: speaker.name if form == official else form for name, form in same.items()}
    for first, second in zip(orgs, orgs[1:]):
        if second.start != first.end + 1 or text[first.end] not in "（(" or text[second.end : second.end + 1] not in "）)" \
                or first.kind != "medical" or second.kind != "medical" or first.generic or second.generic:
            continue
        if first.name.endswith(("总医院", "分院")) and second.name.endswith("医院") and not second.name.endswith(("总医院", "分院")):
            # 于都县总医院（于都县人民医院）: the general hospital of a county community is the hospital named inside; so is
            # a branch's (海南省人民医院定安分院（定安县人民医院）: the hospital by its own name, L4)
            same[first.name] = same.get(second.name, second.name)
        else:
            # 南通市肿瘤医院（南通大学附属肿瘤医院）: one hospital, by its own name first (L4)
            same[second.name] = same.get(first.name, first.name)
    lead, lead_evidence, leads_elsewhere = lead_organization(text, orgs, same)
    several = _SEVERAL_ALLIANCES_TITLE.search(headline)
    if several:
        leads_elsewhere |= {lead} if lead else set()
        lead, lead_evidence = None, [f"{OVERVIEW}: the title announces {several.group(0)!r}"]
    partners = {name for o in orgs if o.kind == "medical" and not o.generic
                if not _COUNTY_GENERAL_HOSPITAL.search(name := same.get(o.name, o.name))} - {lead}
    # a lecture, a meeting or a visit to learn under a title that names no aid: a lead from elsewhere is an invited
    # speaker or a host (R2), whatever its home
    lecture = bool(_NO_AID_TITLE.search(headline)) and not _AID_TITLE.search(headline)
    extra = {} if lecture else _cross_region_aid(lead, lead_evidence, region, gaz, partners, text)
    lead_end = len(headline) + 1 + len(next(text for zone, text in zones if zone == "lead"))
    for form, found in _branch_elsewhere(orgs, same, (len(headline), lead_end), gaz).items():
        weight, why = extra.get(form, (0.0, ""))
        extra[form] = (weight + found[0], "; ".join(filter(None, (why, found[1]))))
    staff = _staff_from_elsewhere(headline, orgs, region.province if region is not None else None, speaker_province, gaz)
    staff_weight = staff[0] if PAIRED_SUPPORT not in extra else 0.0
    if staff_weight:
        extra[PAIRED_SUPPORT] = staff  # the aid across provinces a lead from elsewhere sending experts is
    centre, centre_why, centre_form = _centre_elsewhere(text, orgs, same, (len(headline), lead_end), gaz)
    if centre and not centre_form:
        weight, why = extra.get(PAIRED_SUPPORT, (0.0, ""))
        extra[PAIRED_SUPPORT] = (weight + centre, "; ".join(filter(None, (why, centre_why))))
    community = [o for o in orgs if o.kind == "medical" and not o.generic and same.get(o.name, o.name) != lead]
    if len(community) >= 2 and sum(o.name.endswith(cues.COMMUNITY_TYPES) for o in community) * 3 >= 2 * len(community) \
            and "医联体" in text:
        extra.setdefault(CITY_GROUP, (cues.COMMUNITY_GROUP, "a 医联体 of community health centres"))

    # a team touring villages with no institution named beside its own is outreach, not an alliance's (R: 巡回义诊)
    alone = not any(o.kind == "medical" and not o.generic and not o.self_ref and not o.rule.startswith("the ")
                    for o in orgs)

    plain = form_text(text, orgs, None, speaker_province, region, gaz)  # read for forms and for the title's party

    def forms_of(who: Speaker | None) -> tuple[list[str], list[str], float, float]:
        read = plain if who is None else form_text(text, orgs, who, speaker_province, region, gaz)
        if alone:
            read = _OUTREACH.sub(lambda m: "□" * len(m.group(0)), read)
        title_part, _, body_part = read.partition("\n")
        return classify_forms(split_zones(tag + title_part, body_part), extra)

    forms, form_evidence, score, paired = forms_of(None)
    score -= staff_weight  # a form, not relevance (cues.STAFF_AFTER)
    if speaker is not None and "集团" in speaker.name:
        # 我集团 names the speaker's form when nothing else does; every page of a group's site says it,
        # so it weighs little for relevance
        own = forms_of(speaker)
        if not forms:
            forms, form_evidence = own[0], own[1]
        score += cues.SELF_REFERENCE_SHARE * max(0.0, own[2] - score)
    score += _said_of_title_party(plain, orgs, same) + (centre if centre_form else 0.0)
    aid_pair = forms == [PAIRED_SUPPORT]
    places = [r for r in (region, speaker_region) if r is not None]
    # 县医院 where the places the text is about are districts (蓬江区, 六枝特区) is no one county's hospital either
    unplaced = "".join(levels for levels, level in (("县区旗", "county"), ("市州盟", "city"))
                       if not any(getattr(r, level) for r in places))
    if any(r.county for r in places) and all(r.county.endswith("区") for r in places if r.county):
        unplaced += "县"
    named, member_evidence = members(text, orgs, lead, same, leads_elsewhere, aid_pair, unplaced, PAIRED_SUPPORT in forms,
                                     _helps_only(lead_evidence) and forms != [PAIRED_SUPPORT])
    others = frozenset(o.end for o in orgs if same.get(o.name, o.name) in leads_elsewhere and not o.generic
                       and _ALLIANCE_AFTER.match(text, o.end))
    kept = set(named)
    listed = [(o.start, o.end) for o in orgs if same.get(o.name, o.name) in kept and not o.self_ref]
    leads = frozenset(o.start for o in orgs if lead and same.get(o.name, o.name) == lead)
    count, count_evidence = member_count(text, [(o.start, o.end) for o in orgs if not o.generic], others, listed, leads)
    if lead_evidence and lead_evidence[0].startswith(OVERVIEW):
        named, member_evidence, count, count_evidence = [], lead_evidence, None, lead_evidence
    if aid_pair and count is not None:
        # an aid pair has no members to count (C6): a number in its news counts its programme's hospitals (宁波共有12家医院
        # 与黔西南州的医院结对) or those it serves
        count_evidence = [f"no count: an aid pair's ({count_evidence[0]})"]
        count = None
    if count is not None:
        score += cues.COUNT_RELEVANCE  # a stated number of members is an alliance's structure
    if not alone and cues.EXPERTS_SENT in events and set(events) & set(cues.VISIT_WORK):
        score += cues.VISIT_PROGRAMME  # a visiting team's round of work at a named partner, not one invited lecture
    if whole_work(title) or one_point_among_many(headline, body):
        score = min(score, cues.WHOLE_WORK_CAP)  # its alliances are points among many (R4, e0115)
    if _other_sense_only(headline, plain):
        score = min(score, cues.WHOLE_WORK_CAP)  # its members, counts and officers are that alliance's (R3)
    return AllianceFacts(
        forms=forms,
        form_evidence=form_evidence,
        event_types=events,
        lead_organization=current_name(lead),
        members=named,
        member_count=count,
        alliance_score=score,
        names=all_names,
        lead_surfaces=sorted({o.surface for o in orgs if lead and same.get(o.name, o.name) == lead and not o.self_ref}),
        lead_self_named=any(o.self_ref and same.get(o.name, o.name) == lead for o in orgs) if lead else False,
        paired_score=paired,
        evidence={"event_types": event_evidence, "lead_organization": lead_evidence, "members": member_evidence,
                  "member_count": count_evidence},
    )
