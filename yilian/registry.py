"""Alliances as things: the announcements about one alliance, grouped across sites and years.

An announcement points at its alliance in a few ways: by who leads it and what form it takes
(漯河市中心医院's 城市医疗集团), by the pair an aid programme joins (上海市第十人民医院 → 兰坪县),
by a specialty alliance's subject and place (漯河市胸痛专科联盟, "市胸痛联盟" on a 漯河 site), or
only by the county whose 医共体 it is. Each of these is a key. Announcements that share a strong
key are one alliance (union-find); an announcement with only a weak key (a place, no lead) joins
the one alliance of its kind there, and stays on its own when there are several. One the
enrichment gave no form is placed last by its name's word (市急救联盟), one that names no lead by
the institutions it names (the hospital an aid team helps), each only where that points at one
alliance. Every announcement keeps the key that placed it, as evidence.

Keys need exact equality, so one field the enrichment got wrong (a lead missing, a form misread) leaves an
announcement alone. Record linkage mends that: an announcement the keys left alone is compared with the
groups it shares a name, lead, institution, publisher or city with (blocking, values too common purged, keeps
this near-linear), on every field at once (name or its short form, lead, form, place at each level, members,
publisher), and joins the best one when the score says so and no other group comes close; two groups of
several announcements join likewise when they agree on the form and score higher still. Conflicting strong
evidence (two named alliances, two leads in different cities, two provinces) blocks. News the enrichment calls no
alliance announcement joins the alliance its title points at in its county, or names in its city (集团专家常驻社区 on a
member's site); a report of all its publisher's work whose title names no alliance (工作总结, 政府工作报告) is read as
such news. The evidence of a link (≈score and what agreed) follows the key that placed the announcement.

Pure: mentions in, alliances out; the indexer (indexer/alliances.py) reads mentions from the
index and writes the registry.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

CITY_GROUP, COUNTY_COMMUNITY, SPECIALTY, TELEMEDICINE, PAIRED = (
    "城市医疗集团", "县域医共体", "跨区域专科联盟", "远程医疗协作网", "对口帮扶/托管",
)
FORMS = (SPECIALTY, PAIRED, COUNTY_COMMUNITY, CITY_GROUP, TELEMEDICINE)  # the primary form, most specific first
FOUNDING_EVENT = "成立"
ANY = "*"  # a key's form part when the announcement gives none: any alliance of that lead
_PUNCT = re.compile(r"[\s“”\"'‘’《》〈〉「」『』()（）·•]")
# what an alliance's name ends with, longest first
_FORM_WORD = re.compile("专科医联体|专科联合体|专科联盟|专业联盟|医疗健康集团|医疗集团|医院集团|远程医疗协作网|协作网|医共体|医联体|联合体|联盟")
# the words after which a name begins when no place heads it (…牵头组建|心血管专科医联体)
_LEAD_IN = re.compile(
    "^.*(?:组建|成立|牵头|发起|加入|参与|共建|签约|签订|签署|建立|打造|构建|形成|启动|召开|举办|举行|推进|开展|纳入|依托|"
    "拓展|扩大|完善|规范|通过|深化|加强|进一步|全部|所有|推动|实现|激活|入选|以|把|从|(?:\\d+|[一二两三四五六七八九十百余多])[个家所]|的|与|和|及|在|为|由|是|等|到|我院|本院|该院|"
    "对(?!口)|向|让|将|若干个?|简称|年度|第[一二三四五六七八九十\\d]+期)"
    "了?"  # a verb's aspect particle (通过了市胸痛专科联盟)
)
_RELATIVE_PLACE = re.compile("^(?:我|本|全)?(?:国(?!家)|省|市|州|县|区)")  # 市胸痛联盟 on a 漯河 site: the publisher's own place
# a relative place after other words starts the name when a subject follows it (2022年全市胸痛专科联盟: the publisher's
# 胸痛 alliance; 年全国…: the national one); one a kind of alliance follows stays as written (…连通全省联盟医院 names none, and keeps apart)
_INNER_RELATIVE_PLACE = re.compile("(?<=[\u4e00-\u9fff])(?:我|本|全)(?:国(?!家)|省|市|州|县|区)")
NATIONAL = "全国"
_NATIONAL_HEAD = re.compile("^(?:国家级?|全国|中国)")  # 国家呼吸系统疾病专科联盟: the national alliance
# words that qualify any alliance and name none (城市医疗集团, 紧密型县域医共体, 首批 …)
_QUALIFIERS = re.compile("^(?:首批|第[一二三四五六七八九十]+批|首个|首家|这个|新一轮|紧密型|松散型|县域|城市|区域|省级|市级|县级)+")
# the form an alliance's name word gives when the enrichment found none (市急救联盟, 张家港市儿科医联体): a
# 联盟 or a named subject is a specialty's, a bare 医联体 or 医疗集团 of one lead its city's or county's
_NAME_FORMS = ((re.compile("联盟|专科医联体|专科联合体"), SPECIALTY), (re.compile("医共体"), COUNTY_COMMUNITY),
               (re.compile("协作网"), TELEMEDICINE))
LOCAL_FORMS = (CITY_GROUP, COUNTY_COMMUNITY)
COUNTY_LEVEL = 2  # enrich.alliance.seniority of a county's hospital
SUBJECT_ONLY = "#"  # a specialty alliance's key by its subject alone (淮海经济区心血管专科联盟)
HELPS_ANY = f"{PAIRED}>*"  # held by the aid programmes whose announcements name where the hospital they help is
_GENERIC_SUBJECT = re.compile(r"(?:医学|中心|专科|专业|系统|疾病|病|诊疗|学科|医疗|防治|区域)+$")
_LEAD_NAME = re.compile(r"^.*院")  # a subject written after its lead (天坛医院神经介入 -> 神经介入, 市一院医联体 -> none)
_UPGRADED = re.compile(r"^([\u4e00-\u9fff]{2,4}?)[县市](?=[\u4e00-\u9fff]*?(?:医院|卫生院|保健院))")
_BARE_YUAN = re.compile(r"(?<=[一二三四五六七八九十])院$")  # 桐乡一院, 市一院: a numbered hospital's 医院 in short
_COUNTY_GENERAL = re.compile("总医院$")  # a county's 总医院 is the name its 医共体 takes (enrich DEFINITIONS)
# a report of everything its publisher did in a year or half; not a part of it chosen (政府工作报告（节选）: the part on its 医共体)
_MAX_NAME = 24
# what a name's words are not: other than Han, or 丨, a stroke written as a bar between a column's heading and its title
# (丨访谈丨联盟七年: the 联盟 of an interview, not one whose subject is 访谈)
_NAME_BREAK = re.compile("[^\u4e00-\u9fff]|丨")
_LEAD_CHARS = 600  # where an announcement introduces its alliance


@dataclass(frozen=True, slots=True)
class Mention:
    """What one announcement says about its alliance (read from an indexed article)."""

    id: str
    date: str | None
    title: str
    name: str | None = None  # the alliance's name as the announcement writes it (alliance_name)
    source_name: str = ""
    url: str = ""
    lead: str | None = None
    forms: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    province: str | None = None
    city: str | None = None
    county: str | None = None
    members: tuple[str, ...] = ()
    member_count: int | None = None
    # where the publisher is: what 市 in 市胸痛联盟 and 县 in 县人民医院 stand for on its pages
    publisher_province: str | None = None
    publisher_city: str | None = None
    publisher_county: str | None = None
    # False for news the enrichment calls no alliance announcement: it only joins, never starts, the aid programme its
    # publisher runs at the county it tells of, one not the publisher's own (我院医疗队赴色达开展义诊 on 四川省人民医院's
    # site), or at the city when it names no county and the publisher's name puts it elsewhere (邵医人在白城), or the
    # alliance its title points at in its county, or names in its city (总院专家手把手带教 on a member's site; read only
    # then). Not the alliance its body names: a 卒中中心's accreditation names its city's 卒中专科联盟 in passing
    relevant: bool = True


@dataclass(slots=True)
class Alliance:
    id: str
    name: str
    forms: list[str]
    lead: str | None
    province: str | None
    city: str | None
    county: str | None
    founded: str | None  # the earliest announcement of its founding (成立)
    first_seen: str | None  # the earliest announcement about it
    last_seen: str | None
    members: list[dict[str, str | None]] = field(default_factory=list)  # {name, first_seen, article_id}
    member_counts: list[dict[str, object]] = field(default_factory=list)  # {date, count, article_id}
    announcements: list[dict[str, object]] = field(default_factory=list)  # the timeline, oldest first, with evidence
    names: list[str] = field(default_factory=list)  # every name it was given, most used first


def clean_name(text: str) -> str:
    return _PUNCT.sub("", text or "")


@dataclass(frozen=True, slots=True)
class Name:
    """An alliance's name as written: 漯河市胸痛专科联盟 = place 漯河市 + subject 胸痛 + form word 专科联盟."""

    text: str
    place: str | None  # official name of the place heading it, None when none does (市胸痛联盟, 心血管专科医联体)
    subject: str  # what is left between place and form word, generic words (医学, 中心) dropped


def names(text: str) -> list[Name]:
    """Every alliance name in `text`, in order. A name starts at the place that heads it
    (漯河市中心医院医疗集团), else after the verb or particle before it (…组建|心血管专科医联体);
    a bare form word (医联体) is not a name."""
    return list(_names(text))


@lru_cache(maxsize=65536)
def _names(text: str) -> tuple[Name, ...]:
    """names, kept: grouping reads each title and name several times."""
    from yilian.clean.decoding.charclass import LOST_MARKS
    from yilian.clean.decoding.damage import is_question
    from yilian.clean.enrich.gazetteer import load

    gaz = load()
    text = clean_name(text)
    found = []
    for match in _FORM_WORD.finditer(text):
        window = _NAME_BREAK.split(text[max(0, match.start() - _MAX_NAME) : match.start()])[-1]
        head_at = match.start() - len(window)
        if head_at and text[head_at - 1] in LOST_MARKS and not is_question(text, head_at - 1):
            continue  # the name's head was lost in decoding (河南省?程心电协作网): its tail names no alliance
        cut = len(window) - len(_LEAD_IN.sub("", window))
        # a place the lead-in word is the start of stays whole (与和平区…, 和田地区…), but not one whose 县 or 区 is the
        # qualifier 县域/区域 (…和县域医共体: 和 joins two kinds of alliance, 和县 is no place here)
        window = window[min((start for start, end, _ in gaz.scan(window)
                             if start < cut < end and not (window[end - 1 : end + 1] in ("县域", "区域"))), default=cut) :]
        places = gaz.scan(window)
        head = window[places[0][0] :] if places else window
        inner = None if places else _INNER_RELATIVE_PLACE.search(head)
        if inner and _QUALIFIERS.sub("", _RELATIVE_PLACE.sub("", head[inner.start() :])):
            head = head[inner.start() :]
        if not head:
            continue
        place = None
        if places:
            aliases = gaz.aliases.get(places[0][2], [])
            place = aliases[0].place.name if len(aliases) == 1 else None
            rest = head[len(places[0][2]) :]
            rest = rest[len(place) - len(places[0][2]) :] if place and head.startswith(place) else rest
        elif _NATIONAL_HEAD.match(head):
            place, rest = NATIONAL, _NATIONAL_HEAD.sub("", head)
        else:
            rest = _RELATIVE_PLACE.sub("", head)
        if head[len(head) - len(rest) - 1 : len(head) - len(rest)] in ("区", "县") and rest.startswith("域"):
            rest = rest[1:]  # 县域医共体, 卢湾区域医联体: the qualifier 区域, not a place's 区 and a subject 域
        if place in (None, NATIONAL) and not _QUALIFIERS.sub("", rest):
            continue  # 全市医联体, 县医共体, 国家紧密型城市医疗集团: a kind of alliance, not one's name
        # qualifiers before or after the lead's name (潍坊市人民医院城市医联体, 威县人民医院紧密型医联体) name no subject
        subject = _GENERIC_SUBJECT.sub("", _QUALIFIERS.sub("", _LEAD_NAME.sub("", _QUALIFIERS.sub("", rest))))
        found.append(Name(head + match.group(), place, subject))
    return tuple(found)


def alliance_name(title: str, body: str) -> str | None:
    """The alliance's name as the announcement writes it: the title's first, else the lead paragraphs'."""
    for text in (title, body[:_LEAD_CHARS]):
        named = names(text)
        if named:
            return named[0].text
    return None


def primary_form(mention: Mention, subject: str | None = None, lead: str | None = None) -> str | None:
    """The most specific form, except a specialty alliance's when the announcement has another form and
    its title names no alliance (a lead's 对口帮扶 signing whose body says the county hospital is
    also in 江苏省呼吸专科联盟 is the aid), aid led from the event's own place (色尼区人民医院's 医共体, which
    an aid team supports), and a county's community when a lead above county level (瑞金医院 in 黄浦区)
    leads a city group; a local form led from above county level in one county elsewhere is aid."""
    ordered = [form for form in FORMS if form in mention.forms]
    if len(ordered) > 1 and ordered[0] == SPECIALTY and not (subject and names(mention.title)):
        ordered.pop(0)
    if len(ordered) > 1 and PAIRED in ordered and lead and _at_home(mention, lead):
        ordered.remove(PAIRED)
    if COUNTY_COMMUNITY in ordered and CITY_GROUP in ordered and lead and _home(lead)[1] and not _home(lead)[2]:
        ordered.remove(COUNTY_COMMUNITY)
    if ordered and ordered[0] in LOCAL_FORMS and lead and _county_elsewhere(mention, lead):
        return PAIRED  # a city hospital's 紧密型医联体 or 医共体 in one county elsewhere is its aid there (岳阳市人民医院 in 平江县)
    return ordered[0] if ordered else None


def _named_form(mention: Mention) -> Mention:
    """An announcement read with several forms, one of which the alliance its title names gives by its word (武义县远程医疗
    协作网 read as a 医共体 too): about that alliance, of that form, not an overview of several. Not a name in the body
    only, which may be named in passing (a county's 医共体 news naming the city's 胸痛专科联盟)."""
    read = [form for form in FORMS if form in mention.forms]
    named = [form for form in named_forms(mention) if form in read] if len(read) > 1 and names(mention.title) else []
    return replace(mention, forms=(named[0], *(f for f in mention.forms if f not in FORMS))) if len(named) == 1 else mention


def _city_elsewhere(mention: Mention) -> bool:
    """Whether news that names no county tells of a city its publisher's name puts elsewhere, in another city or, when
    the name gives no city, another province (邵医人在白城 on 浙江大学医学院附属邵逸夫医院's site): where an aid team
    from the publisher may be."""
    if not (mention.source_name and mention.city) or mention.county:
        return False
    province, city, _ = _home(_institution_key(mention.source_name, mention))
    return city != mention.city if city else province is not None and province != mention.province


def _county_elsewhere(mention: Mention, lead: str) -> bool:
    """Whether the event is in a county (not a city district) other than the lead's own, a lead above
    county level reaching out of its city's districts."""
    county = mention.county
    return bool(county) and not county.endswith("区") and _home(lead)[1] is not None and _home(lead)[2] is None


def named_forms(mention: Mention) -> tuple[str, ...]:
    """The forms an announcement's alliance name gives, for one the enrichment gave none: one form when
    the name's word or subject says it, both local forms for a bare 医联体 or 医疗集团 of a lead."""
    named = next(iter(names(mention.name or "")), None)
    if named is None:
        return ()
    form = next((form for pattern, form in _NAME_FORMS if pattern.search(named.text)), None)
    return (form,) if form else (SPECIALTY,) if named.subject else LOCAL_FORMS


def subject_of(mention: Mention) -> tuple[str | None, str | None]:
    """(place, subject) of a specialty alliance's name: the place heading it, or the one a relative
    head (市胸痛联盟, 全省骨科专科联盟) stands for on the announcement's page."""
    named = next(iter(names(mention.name or "")), None)
    if named is None or not named.subject:
        return None, None
    place = named.place
    relative = _RELATIVE_PLACE.match(named.text)
    if place is None and relative:  # the publisher's own place, else the event's (a 州 alliance's training in 武汉)
        level = relative.group(0)[-1]
        place = (mention.publisher_province or mention.province if level == "省"
                 else mention.publisher_county or mention.county if level in "县区"
                 else mention.publisher_city or mention.city)
    return place, named.subject


def keys(mention: Mention, form: str | None, lead: str | None, subject: str | None, place: str | None) -> tuple[list[str], list[str]]:
    """(strong keys, weak keys) of one mention of `form`; `lead` and `subject` after canonicalisation.

    Strong: lead + form (+ receiving county for aid); a specialty alliance by the place its name
    gives (national, provincial, municipal: the place decides, whoever hosts the announcement) and
    subject, or, when its name gives no place, by lead and subject. Weak, tried in order: the same
    with the county left out (aid to a prefecture), lead + form alone, form + the event's place; a
    specialty name with no place (淮海经济区心血管专科联盟) by its subject alone.
    """
    from yilian.clean.enrich.alliance import seniority

    if form is None:
        return [], []
    strong: list[str] = []
    weak: list[str] = []
    away = lead is not None and mention.county is not None and mention.county != _home(lead)[2]
    network = form == TELEMEDICINE and TELEMEDICINE in named_forms(mention)
    if form == PAIRED or (form == TELEMEDICINE and away and not network):
        # a telemedicine link to one county elsewhere is part of the aid that joins the two, when there is one,
        # unless the announcement names the network (…远程医疗协作网): then it is the network's node there
        county, city = _receiving(mention, lead) if lead else (mention.county, mention.city)
        # not a university's hospital a district names (首都医科大学附属北京朝阳医院): its name as written gives its level
        helped = form == PAIRED and lead is not None and _home(lead)[2] is not None and not _at_home(mention, lead) \
            and seniority(complete_name(mention.lead or lead, mention)) <= COUNTY_LEVEL
        if helped:  # a county's hospital "leading" aid elsewhere may be the one helped: its programme first, else its own aid
            weak.append(f"{PAIRED}>{lead}")
        if lead and county:
            (strong if form == PAIRED and not helped else weak).append(f"{PAIRED}|{lead}|{county}")
        if lead and city:
            weak.append(f"{PAIRED}|{lead}|{city}")
        if lead and not (county or city):
            weak.append(f"{PAIRED}|{lead}")  # no place named: the lead's one aid programme
        if mention.county:
            weak.append(f"{PAIRED}@{mention.county}")
        homes = {_home(_institution_key(member, mention)) for member in mention.members}
        counties = {(city, county) for _, city, county in homes if county}
        if not lead and len(counties) == 1 and mention.county not in (county for _, county in counties):
            # the one county whose hospitals it names (another hospital named in its prefecture makes it an overview),
            # where the event's place is the helpers' own (上海 on 勐腊's aid)
            (city, county), = counties
            if not any(other[1] == city and not other[2] for other in homes):
                weak.append(f"{PAIRED}@{county}")
        if form == TELEMEDICINE:
            weak.append(f"{form}|{lead}")
        return strong, weak
    if form == SPECIALTY and subject:
        if place:
            strong.append(f"{form}@{place}|{subject}")
        # a name without a place (胸痛专科联盟) finds its lead's alliance of that subject, else the one nearby
        if lead:
            weak.append(f"{form}|{lead}|{subject}")
        if not place:
            weak += [f"{form}@{where}|{subject}" for where in (mention.city, mention.province) if where]
            weak.append(f"{form}{SUBJECT_ONLY}{subject}")
    elif lead:
        strong.append(f"{form}|{lead}")
    if lead and not (form == SPECIALTY and subject):
        weak.append(f"{form}|{lead}")
    # a county community by its county only: a city's many counties hold as many (a city's 医共体 policy is none of them)
    # (its county: the one whose 总医院 its title names when none was read, 开鲁县总医院开展分院骨干医师轮训)
    where = (mention.county or _general_hospital_of(mention.title)) if form == COUNTY_COMMUNITY else mention.city or mention.province
    if where and not (form == SPECIALTY and subject):  # a subject names its alliance better than a place
        weak.append(f"{form}@{where}")
    return strong, weak


@lru_cache(maxsize=4096)
def _home(lead: str) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) the lead's own name gives (兰州大学第二医院 -> 甘肃省 兰州市)."""
    from yilian.clean.enrich.region import name_region

    region = name_region([("lead", lead)])
    return region.province, region.city, region.county


def _at_home(mention: Mention, lead: str) -> bool:
    """Whether the event's place, at the finest level it is given, is where the lead's own name puts it."""
    place = (mention.province, mention.city, mention.county)
    finest = max((level for level in range(3) if place[level]), default=None)
    return finest is not None and place[finest] == _home(lead)[finest]


def _receiving(mention: Mention, lead: str) -> tuple[str | None, str | None]:
    """(county, city) of the side an aid programme helps. Aid goes elsewhere: an event place that is the
    lead's own (the publisher's, 浙江省 on 浙江省人民医院's site) gives way to the place of the hospital
    helped (its members), else to none; an event place that stops at the prefecture takes the county of the
    hospital helped there (理塘 and 色达 aid of one lead are both in 甘孜州); an event place that stops at the
    province (or is missing) gives way to the hospital helped too."""
    home = _home(lead)
    helped = [_home(_institution_key(member, mention)) for member in mention.members]
    if not _at_home(mention, lead) and (mention.county or mention.city):
        county = mention.county or next((c for p, ci, c in helped if c and ci == mention.city and (p, ci, c) != home), None)
        return county, mention.city
    for province, city, county in helped:
        if (province, city, county) != home and (city or county):
            return county, city
    return None, None


def name_lead(mention: Mention) -> str | None:
    """The lead an alliance's name starts with (周口市中心医院城市医疗集团, 市人民医院医共体 on a 天长 page), for an
    announcement that names no lead otherwise; as lead_key compares it."""
    named = next(iter(names(mention.name or "")), None)
    written = re.sub("^[我本]", "", written.group()) if named and (written := _LEAD_NAME.match(named.text)) else ""
    return lead_key(replace(mention, lead=written)) if len(written) > 1 else None  # 院 alone (院长谈医共体) names none


def self_lead(mention: Mention) -> str | None:
    """The publisher, for an announcement that names no lead but whose title tells of the publisher's own alliance
    (我院医共体, 本院医疗集团) or of its group's head (总院专家下沉分院: on a hospital's site, the hospital itself), when
    the publisher is a hospital; as lead_key compares it. A kind of alliance later in the clause the publisher starts
    (我院召开医联体工作会议) only when the title names no alliance: that name places it (我院牵头成立黄石市卒中专科联盟, its
    lead lost, joined its publisher's 胸痛 alliance when the publisher was taken as the lead its words name)."""
    told = _self_told().search(clean_name(mention.title)) if mention.relevant and mention.source_name else None
    if not told or told.group("later") and names(mention.title):
        return None
    publisher = _institution_key(mention.source_name, mention)
    return publisher if publisher.endswith("院") else None


@lru_cache(maxsize=1)
def _self_told() -> re.Pattern[str]:
    """A title's word for the publisher's own alliance (我院医共体; later in the clause the publisher starts: 我院召开医联体
    工作会议) or for its group's head starting a clause (总院专家)."""
    from yilian.clean.enrich import cues

    types = "|".join(cues.ALLIANCE_TYPES)
    return re.compile(f"{cues.SELF_REFERENCES}(?P<word>{types})|^{cues.SELF_REFERENCES}[^，,。：:！!？?]*?(?P<later>{types})"
                      f"|(?:^|[^\u4e00-\u9fff]){cues.HEAD_OF_GROUP}")


def _self_forms(mention: Mention) -> tuple[str, ...]:
    """The forms the publisher's word for its own alliance gives (我院召开医联体工作会议: a bare 医联体, the local ones),
    for an announcement whose name and enrichment give none; none for its group's head (总院: any form)."""
    told = _self_told().search(clean_name(mention.title)) if self_lead(mention) else None
    word = told and (told.group("word") or told.group("later"))
    return tuple(form for form in FORMS if form in _word_forms(word)) if word else ()


def lead_key(mention: Mention) -> str | None:
    return _institution_key(mention.lead or "", mention) or None


def _institution_key(name: str, mention: Mention) -> str:
    """An institution's name for comparison (_org_key of complete_name)."""
    return _org_key(complete_name(name, mention))


def complete_name(name: str, mention: Mention) -> str:
    """An institution's name as written, one written relative to a place taking the event's place (县人民医院 in
    仁寿县, 市中心医院 in 周口市), else the publisher's (县医院 on a county's site)."""
    from yilian.clean.enrich.orgs import complete

    name = complete(clean_name(name), mention.county, mention.city, mention.province)
    return complete(name, mention.publisher_county, mention.publisher_city, mention.publisher_province)


@lru_cache(maxsize=65536)
def _org_key(name: str) -> str:
    """An institution's name for comparison: its place's official name (彭水县人民医院 = 彭水苗族土家族自治县人民医院,
    湖北省恩施州中心医院 = 恩施土家族苗族自治州中心医院), a county that became a city keeps its hospital
    (宁乡县人民医院 = 宁乡市人民医院), and a numbered hospital's 院 is its 医院 (桐乡一院 = 桐乡一医院)."""
    from yilian.clean.enrich.gazetteer import load
    from yilian.clean.enrich.orgs import canonical

    return _UPGRADED.sub(r"\1", canonical(_BARE_YUAN.sub("医院", clean_name(name)), load()))


def _lead_places(mention: Mention, lead: str, finest: bool = False) -> list[str]:
    """A lead's alliance by where its announcement is, whatever its form: what places an announcement the enrichment
    gave no form, by the finest place it gives (the lead's one alliance at 那曲; a county names one, its prefecture
    may hold two: aid to 勐腊 and to 勐海)."""
    places = [place for place in (mention.county, mention.city, mention.province) if place]
    return [f"{ANY}|{lead}|{place}" for place in places[:1] if finest] or [f"{ANY}|{lead}|{place}" for place in places]


def _helped_places(mention: Mention) -> list[str]:
    """Where the hospitals an aid announcement names are, each at the finest level its name gives (county, else city)."""
    homes = (_home(_institution_key(member, mention)) for member in mention.members)
    return sorted({county or city for _, city, county in homes if county or city})


def _helper_named(mention: Mention, lead: str | None) -> str | None:
    """The one hospital of a higher level than the lead an aid announcement names, as written: the helper, when the
    lead read is the hospital helped (那曲市人民医院 beside 浙江省人民医院). A county's hospital told at home is below
    any hospital above county level its name puts in another province (北京积水潭医院 beside 开鲁县人民医院)."""
    from yilian.clean.enrich.alliance import seniority

    if not lead or mention.forms != (PAIRED,):
        return None
    level = seniority(complete_name(mention.lead or lead, mention))
    home = _home(lead)
    county_at_home = home[2] is not None and _at_home(mention, lead)

    def above(member: str) -> bool:
        if seniority(complete_name(member, mention)) > level:
            return True
        province, _, county = _home(_institution_key(member, mention))
        return county_at_home and county is None and province is not None and province != home[0]

    higher = [m for m in mention.members if above(m)]
    return higher[0] if len(higher) == 1 else None


def _head_named(mention: Mention) -> str | None:
    """The one hospital an announcement names among its institutions when the lead read is a township's or a community's
    centre (cues.GRASSROOTS_TYPES), which leads no alliance: its head, the centre one of its members (许家湖镇卫生院 read
    as the lead of 沂水县人民医院's 医共体)."""
    from yilian.clean.enrich import cues

    if not (mention.lead and clean_name(mention.lead).endswith(cues.GRASSROOTS_TYPES)):
        return None
    hospitals = [m for m in mention.members if not clean_name(m).endswith((*cues.GRASSROOTS_TYPES, "分院"))]
    return hospitals[0] if len(hospitals) == 1 else None


def _member_keys(mention: Mention, form: str | None) -> list[str]:
    """An alliance by the institutions in it (for aid, the hospital helped): what places an announcement
    that names no lead (上海援疆医疗队 at 喀什地区第二人民医院, a 医共体 told by its township centres)."""
    return [f"{form}>{_institution_key(member, mention)}" for member in mention.members] if form else []


def canonical_subjects(pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(anchor, subject) -> the subject's fullest form under the same anchor (a lead or place): 急救 and
    天坛神经介入 are 急诊急救 and 神经介入 when exactly one longer subject contains them letter by letter."""
    by_anchor: dict[str, set[str]] = defaultdict(set)
    for anchor, subject in pairs:
        by_anchor[anchor].add(subject)
    out = {}
    for anchor, subjects in by_anchor.items():
        for subject in subjects:
            longer = [other for other in subjects if len(other) > len(subject) and _subsequence(subject, other)]
            out[(anchor, subject)] = longer[0] if len(longer) == 1 else subject
    return out


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def canonical_leads(leads: Iterable[str]) -> dict[str, str]:
    """Each lead name -> the fullest name it abbreviates (北京朝阳医院 -> 首都医科大学附属北京朝阳医院, 桐乡一院 ->
    桐乡市第一人民医院), when exactly one longer name ends with it or abbreviates it letter by letter (orgs.abbreviates,
    its names as _org_key gives them); a short name two organisations share (协和医院) stays."""
    names = {clean_name(name) for name in leads if name}
    having: dict[str, set[str]] = defaultdict(set)  # a name's letters are all in any name it shortens: look only there
    for name in names:
        for letter in name:
            having[letter].add(name)
    out = {}
    for name in names:
        pool = set.intersection(*(having[letter] for letter in set(name))) if len(name) >= 4 else ()
        longer = [other for other in pool if _shortens(name, other)]
        out[name] = longer[0] if len(longer) == 1 else name
    return {name: out.get(out[name], out[name]) for name in out}


def _shortens(short: str, full: str) -> bool:
    """Whether `short` (four characters or more) is `full` written short: its end, or its letters in order (a hospital's
    customary short form too: 重医附一院)."""
    return len(full) > len(short) >= 4 and (full.endswith(short) or _orgs().abbreviates(short, full)
                                            or _orgs().shortens(short, full))


@lru_cache(maxsize=1)
def _orgs():
    """The enrichment's institution names, imported when first needed (importing the enrichment takes seconds)."""
    from yilian.clean.enrich import orgs

    return orgs


class _Groups:
    """Union-find over mention indices, remembering the key of each merge."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group(mentions: list[Mention]) -> list[Alliance]:
    """Alliances from mentions: strong keys merge, weak keys attach when they point at one group only.
    An announcement the enrichment gave no form attaches last, by the form its alliance's name gives,
    and only where that points at one group: it starts none."""
    from yilian.clean.enrich.alliance import whole_work

    mentions = [replace(m, relevant=False) if m.relevant and whole_work(m.title) else m for m in mentions]
    mentions = [m if m.relevant else replace(m, lead=None, forms=(), members=())
                for m in mentions if m.relevant or (m.source_name and m.county) or (m.name and names(m.title)) or _city_elsewhere(m)]
    written = [lead_key(m) for m in mentions]
    # 桐乡一院医共体 names its lead; 我院医共体 on a hospital's site, its publisher
    from_names = [None if lead else name_lead(m) or self_lead(m) for m, lead in zip(mentions, written)]
    canon = canonical_leads(lead for lead in written + from_names if lead)
    leads = [canon.get(lead, lead) if lead else None for lead in written]
    mentions = list(mentions)
    for i, mention in enumerate(mentions):
        helper = _helper_named(mention, leads[i]) or _head_named(mention)
        if helper:  # aid whose lead was read as the hospital helped (我院 on its own site), a group's as one of its centres
            key = _institution_key(helper, mention)
            leads[i] = canon.get(key, key)
            mentions[i] = replace(mention, lead=helper, members=(mention.lead, *(m for m in mention.members if m != helper)))
    mentions = [_named_form(m) for m in mentions]
    formless = [not m.forms for m in mentions]
    # an alliance of no form grouping knows (其他: 梁河县医养结合联合体) is keyed by the form its name's word gives, as one
    # the enrichment gave no form, but starts an alliance as its announcements are relevant
    keyed = [replace(m, forms=named_forms(m) or _self_forms(m)) if not any(f in FORMS for f in m.forms) else m for m in mentions]
    subjects = [subject_of(m) if SPECIALTY in m.forms else (None, None) for m in keyed]
    forms = [primary_form(m, subject, lead) for m, (_, subject), lead in zip(keyed, subjects, leads)]
    subjects = [named if form == SPECIALTY else (None, None) for form, named in zip(forms, subjects)]
    anchored = [(anchor, subject) for lead, (place, subject) in zip(leads, subjects) if subject for anchor in (lead, place) if anchor]
    canon_subject = canonical_subjects(anchored)
    known = set(filter(None, leads))
    named_subjects: list[tuple[str | None, str | None]] = []
    groups = _Groups(len(mentions))
    placed: dict[int, str] = {}
    by_key: dict[str, int] = {}
    weak_keys: dict[int, list[str]] = {}
    for i, mention in enumerate(keyed):
        place, subject = subjects[i]
        if subject:  # the fullest form under either anchor (急救 -> 急诊急救 under 咸阳市 though its lead is misread)
            subject = max((canon_subject.get((anchor, subject), subject) for anchor in (leads[i], place) if anchor), key=len, default=subject)
        named_subjects.append((place, subject))
        named = from_names[i]
        named = canon.get(named, named) if named else None
        strong, weak = keys(mention, forms[i], leads[i] or named, subject, place)
        if named:  # a lead read from the alliance's name only points at its alliance
            strong, weak = [], strong + weak
        if formless[i]:  # a form read from the name alone only points at a group
            local = mention.forms == LOCAL_FORMS
            lead = leads[i] or named
            strong, weak = [], ([f"{form}|{lead}" for form in LOCAL_FORMS] if lead else []) if local else strong + weak
            if not weak and leads[i]:  # no name: a lead at a county not its own points at its aid there, or where a hospital
                # it names is, outside the lead's own place (深圳医生在桂西山区 naming 德保县人民医院), else its one alliance there
                away = [mention.county] if mention.county and not _at_home(mention, leads[i]) else []
                helped = [place for place in _helped_places(mention) if place not in _home(leads[i])]
                weak = [f"{PAIRED}|{leads[i]}|{place}" for place in away + helped] + _lead_places(mention, leads[i], finest=True)
                # else the one county community whose announcements name it as one of its own, or the county's one
                # community when it is the county's 总医院, the name its 医共体 takes (尤溪县总医院, led by 尤溪县医院)
                weak.append(f"{COUNTY_COMMUNITY}>{leads[i]}")
                if _COUNTY_GENERAL.search(leads[i]) and _home(leads[i])[2] == mention.county:
                    weak.append(f"{COUNTY_COMMUNITY}@{mention.county}")
            if not weak and not lead:  # no lead read: the one institution it names that leads an alliance (瑞金医院), there
                named_leads = {lead for key in (_institution_key(m, mention) for m in mention.members)
                               for lead in known if lead == key or _shortens(key, lead)}
                weak = _lead_places(mention, named_leads.pop(), finest=True) if len(named_leads) == 1 else []
        if not mention.relevant:  # an aid team's trip told on its own hospital's site, to a county or a city (邵医人在白城)
            publisher = canon.get(key := _institution_key(mention.source_name, mention), key)
            there = mention.county or mention.city
            strong, weak = [], [f"{PAIRED}|{publisher}|{there}"] if there and not _at_home(mention, publisher) else []
        for key in strong:
            if key in by_key:
                groups.union(i, by_key[key])
            else:
                by_key[key] = i
            placed.setdefault(i, key)
        if weak:
            weak_keys[i] = weak
    # weak keys: a place or a lead alone points at the groups whose members share it
    helped_at = [_helped_places(m) if form == PAIRED else [] for m, form in zip(mentions, forms)]
    holders: dict[str, set[int]] = defaultdict(set)
    held_by: dict[str, set[str]] = defaultdict(set)  # key -> the leads of the announcements holding it

    def hold(i: int) -> None:
        anchor = _lead_places(mentions[i], leads[i]) if leads[i] and not formless[i] else []
        places = helped_at[i]
        helping = [HELPS_ANY] + [f"{HELPS_ANY}@{place}" for place in places] if places else []
        for key in weak_keys.get(i, []) + _member_keys(mentions[i], forms[i]) + anchor + helping:
            holders[key].add(groups.find(i))
            if leads[i]:
                held_by[key].add(leads[i])

    def led_by_another(key: str, i: int) -> bool:
        """Whether the groups holding `key` are led by others than announcement i's lead, read or given by its alliance's
        name (沂水县中医医院医共体 is not the county's other 医共体, the only one there yet); a county's 总医院 is the name its
        医共体 takes, whoever leads it."""
        named = leads[i] or (canon.get(from_names[i], from_names[i]) if from_names[i] else None)
        return bool(named and held_by.get(key) and not _COUNTY_GENERAL.search(named)
                    and not any(_written_in(named, lead, mentions[i]) for lead in held_by[key]))

    def partners(held: set[int], i: int) -> set[int]:
        """Aid that names the hospital it helps goes to no programme that helps hospitals elsewhere only (和田地区人民医院's
        programme is not the one with 策勒县人民医院, though one lead runs both in 和田地区)."""
        places = helped_at[i]
        if not places or not held:
            return held
        helped = set().union(*(roots(f"{HELPS_ANY}@{place}") for place in places))
        naming = roots(HELPS_ANY)
        return {root for root in held if root not in naming or root in helped}

    def roots(key: str) -> set[int]:
        held = {groups.find(root) for root in holders.get(key, ())}
        return held or ({groups.find(by_key[key])} if key in by_key else set())

    def led_from_outside(i: int) -> dict[int, str]:
        """Root -> key of the groups at a leadless local announcement's county led by a hospital it names from outside
        the county (岳阳市人民医院 in news on a 平江县 page: its aid to 平江, not the county's 医共体)."""
        mention = mentions[i]
        if not mention.county:
            return {}
        outside = {key for key in (_institution_key(m, mention) for m in mention.members) if _home(key)[2] != mention.county}
        return {groups.find(j): f"{ANY}|{leads[j]}|{mention.county}" for j in placed
                if leads[j] in outside and mentions[j].county == mention.county}

    for i in placed:
        hold(i)
    leadless = {i for i, m in enumerate(mentions) if leads[i] is None and m.members and forms[i] and not formless[i]}
    for i in sorted(set(weak_keys) | leadless, key=lambda i: (formless[i], leads[i] is None, i)):
        mention = mentions[i]
        if i in placed or (leads[i] is None and len([f for f in FORMS if f in mention.forms]) > 1):
            continue  # placed already, or an overview of several forms with no lead: about no one alliance
        found = next(((key, held) for key in weak_keys.get(i, []) if len(held := partners(roots(key), i)) == 1
                      and not (leads[i] and SUBJECT_ONLY in key) and not led_by_another(key, i)), None)  # a subject alone places no led alliance
        outside = led_from_outside(i) if leads[i] is None and forms[i] in LOCAL_FORMS else {}
        if outside and (found is None or set(outside) - found[1]):  # about the alliance that hospital leads there
            found = next(((key, {root}) for root, key in outside.items()), None) if len(outside) == 1 else None
        if found is None and i in leadless:  # no lead: the one group that holds every institution it names
            by_member = [roots(key) for key in _member_keys(mention, forms[i])]
            if all(by_member) and len(set().union(*by_member)) == 1:
                found = (_member_keys(mention, forms[i])[0], by_member[0])
        if found is not None:
            groups.union(i, next(iter(found[1])))
            placed[i] = found[0]
        elif i in weak_keys and not formless[i] and (leads[i] or mention.name):
            # its own alliance until another announcement names it better
            placed[i] = next((key for key in weak_keys[i] if ">" not in key), weak_keys[i][0])
            hold(i)
    # leadless aid no lead's group holds: the hospital helped names the programme (a province's 组团式 teams there)
    helped: dict[str, int] = {}
    for i in sorted(leadless - placed.keys()):
        if forms[i] == PAIRED and len(mentions[i].members) == 1:
            for key in _member_keys(mentions[i], PAIRED):
                groups.union(i, helped.setdefault(key, i))
            placed[i] = _member_keys(mentions[i], PAIRED)[0]
    # an announcement alone under its keys, its form misread (岳阳市人民医院's aid to 平江县 read as a 医共体), joins
    # the one alliance of which several announcements give its lead and place, when it names an institution of it
    # and both go by the same name or by none
    by_root: dict[int, list[int]] = defaultdict(list)
    for i in placed:
        by_root[groups.find(i)].append(i)
    led_at: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for root, idx in by_root.items():
        for j in idx:
            if leads[j] and (mentions[j].county or mentions[j].city):
                led_at[(leads[j], mentions[j].county or mentions[j].city)][root] += 1
    for root, (i,) in [(root, idx) for root, idx in by_root.items() if len(idx) == 1]:
        there = led_at.get((leads[i], mentions[i].county or mentions[i].city), Counter()) if leads[i] else Counter()
        several = [other for other, n in there.items() if n > 1]
        target = by_root[several[0]] if len(several) == 1 else []
        names_of = {m.name for m in (mentions[j] for j in target) if m.name}
        own = {_institution_key(n, mentions[i]) for n in mentions[i].members}
        if target and names_of == ({mentions[i].name} if mentions[i].name else set()) \
                and own & {_institution_key(n, mentions[j]) for j in target for n in mentions[j].members}:
            groups.union(i, target[0])
            placed[i] = f"{ANY}|{leads[i]}|{mentions[i].county or mentions[i].city}"
    profiles = [_profile(m, leads[i] or (canon.get(n, n) if (n := from_names[i]) else None), forms[i], named_subjects[i], canon)
                for i, m in enumerate(mentions)]
    linked = _link(profiles, groups, placed)
    linked.update(_follow_ups(mentions, profiles, groups, placed.keys() | linked.keys()))
    members: dict[int, list[int]] = defaultdict(list)
    for i in placed.keys() | linked.keys():
        members[groups.find(i)].append(i)
    alliances = []
    for idx in members.values():
        ms = [mentions[i] for i in idx]
        shown = display_lead(ms)
        readable = {leads[i]: shown for i in idx if leads[i] and shown}  # evidence names the lead as shown
        written = {_institution_key(name, m): clean_name(name) for m in ms for name in (*m.members, m.lead or "")}
        evidence = ["; ".join(filter(None, (_readable(placed[i], readable, written) if i in placed else "", linked.get(i))))
                    for i in idx]
        alliances.append(_alliance(ms, evidence, shown))
    return alliances


@dataclass(slots=True)
class _Profile:
    """What a group of announcements says about its alliance, as sets to compare: record linkage's fields."""

    names: set[tuple[str, str | None, str]]  # ("S", place, subject) of a specialty name, ("L", lead, "") of a lead's
    leads: set[str]
    forms: set[str]
    provinces: set[str]
    cities: set[str]
    counties: set[str]
    members: set[str]
    publishers: set[str]
    relevant: bool  # False: news the enrichment calls no alliance announcement, which may join, never start, one
    every_form: set[str] = field(default_factory=set)  # the forms each of its announcements that gives one gives
    # (place, form) of a name that is a place and a form word only (喀什地区远程医疗协作网, 屯昌县医疗集团): agreeing says the
    # alliance, but it is no rival to a lead's or a subject's name, which the same alliance may go by too
    place_names: set[tuple[str, str]] = field(default_factory=set)

    def merged(self, other: _Profile) -> _Profile:
        every = self.every_form & other.every_form if self.forms and other.forms else self.every_form | other.every_form
        return _Profile(*(getattr(self, f) | getattr(other, f) for f in ("names", "leads", "forms", "provinces", "cities",
                                                                         "counties", "members", "publishers")),
                        relevant=self.relevant or other.relevant, every_form=every,
                        place_names=self.place_names | other.place_names)


@lru_cache(maxsize=65536)
def _title_forms(title: str) -> tuple[str, ...]:
    """The forms a title names outright though it names no alliance (城市医疗集团“基层能力提升班”开班: the enrichment's
    strongest form cues, cues.FORM_CUES)."""
    from yilian.clean.enrich import cues

    return tuple(form for form in FORMS for cue, weight in cues.FORM_CUES.get(form, ()) if weight >= 3 and re.search(cue, title))


def _place_name(mention: Mention) -> tuple[str, str] | None:
    """(place, forms) of an announcement's alliance name that is a place and a form word only (喀什地区远程医疗协作网,
    屯昌县医疗集团): no subject, no lead; else of the county whose 总医院 its title names (尤溪县总医院挂牌成立), the name
    that county's 医共体 takes."""
    written = next(iter(names(mention.name or "")), None)
    if written and written.place and not (written.subject or _LEAD_NAME.match(written.text)):
        return written.place, "/".join(named_forms(mention))
    county = _general_hospital_of(mention.title)
    return (county, COUNTY_COMMUNITY) if county else None


@lru_cache(maxsize=65536)
def _general_hospital_of(title: str) -> str | None:
    """The one county whose 总医院 (cues.COUNTY_GENERAL_HOSPITAL) a title names."""
    from yilian.clean.enrich import cues
    from yilian.clean.enrich.gazetteer import load

    gaz, text = load(), clean_name(title)
    counties = set()
    for _, end, written in gaz.scan(text):
        general = re.match("[县旗]?总医院", text[end:])
        if general and re.search(cues.COUNTY_GENERAL_HOSPITAL, written + general.group()):
            counties |= {alias.place.name for alias in gaz.aliases.get(written, []) if alias.place.level == 3}
    return counties.pop() if len(counties) == 1 else None


def _profile(mention: Mention, lead: str | None, form: str | None, subject: tuple[str | None, str | None],
             canon: dict[str, str]) -> _Profile | None:
    """One announcement's fields for linkage, None for an overview (several forms, no lead: about no one alliance).
    News called no alliance announcement gives only its name and its publisher. A name is a specialty's place and
    subject (whatever form was read when the title names a specialty's, 泰州市胸痛专科联盟; for an announcement of no
    form, 宜兴市医养结合联合体 too), else the lead it starts with; the form its word gives counts as read."""
    if not mention.lead and len({f for f in mention.forms if f in FORMS}) > 1:
        return None
    # the form the name's own word gives is evidence of the form too, when the title names it (not one named in passing),
    # else the form the title names outright
    by_name = named_forms(mention) if names(mention.title) else _title_forms(mention.title)
    specialty = form is None or SPECIALTY in mention.forms or by_name == (SPECIALTY,)
    place, topic = subject if form == SPECIALTY else subject_of(mention) if specialty else (None, None)
    named = canon.get(named, named) if (named := name_lead(mention)) else None
    named = lead if named and lead and _shortens(named, lead) else named  # 朝阳医院医联体 of 首都医科大学附属北京朝阳医院
    names_ = {("S", place, topic)} if topic else {("L", named, "")} if named else set()
    place_names = {named_place} if (named_place := _place_name(mention)) else set()
    # a county community led by its county's 总医院 (cues.COUNTY_GENERAL_HOSPITAL) is led by the name the community takes,
    # not by a hospital that rivals the one it is built on (定远县总医院 of 定远县人民医院): that name, as a title's
    general = _home(lead)[2] if form == COUNTY_COMMUNITY and lead and _COUNTY_GENERAL.search(lead) else None
    if general and mention.county in (None, general):
        place_names.add((general, COUNTY_COMMUNITY))
        lead = None
    publisher = _institution_key(mention.source_name, mention) if mention.source_name else ""
    if not mention.relevant:
        return _Profile(names_, set(), set(), set(), set(), set(), set(), {publisher} - {""}, False, place_names=place_names)
    forms = ({form} if form else set(mention.forms)) | set(by_name)
    return _Profile(names_, {lead} - {None}, forms, {mention.province} - {None}, {mention.city} - {None},
                    {mention.county} - {None}, {_institution_key(m, mention) for m in mention.members}, {publisher} - {""}, True,
                    set(forms), place_names)


_NEAR_FORMS = {TELEMEDICINE, PAIRED}  # a telemedicine link between two hospitals is often part of the aid joining them (keys)


def _named_apart(a: _Profile, b: _Profile) -> bool:
    """Two groups each named, by no name in common and none a short form of the other: two alliances."""
    return bool(a.names and b.names and not a.names & b.names and not _short_names(a, b))


def _short_names(a: _Profile, b: _Profile) -> list[str]:
    """Names of one group that a name of the other writes in full: a specialty's subject the other's contains letter
    by letter at the same place or where neither gives one (创伤救治联盟 of 皖南区域创伤救治专科联盟), or the same
    subject with its place left out where its group gives it no other place (儿科专科联盟 of 苏州市儿科专科联盟), a
    lead's name the other's abbreviates (市一院城市医疗集团 of 惠州市第一人民医院城市医疗集团)."""
    def placed_elsewhere(names_: set[tuple[str, str | None, str]], subject: str, place: str | None) -> bool:
        return any(kind == "S" and other not in (None, place) and text == subject for kind, other, text in names_)

    return [short or place for kind, place, short in a.names for other_kind, other_place, long in b.names
            if kind == other_kind == "S" and (place == other_place and short != long
                                              and (_subsequence(short, long) if len(short) < len(long) else _subsequence(long, short))
                                              or None in (place, other_place) and place != other_place and short == long
                                              and not placed_elsewhere(a.names if place is None else b.names, short, place or other_place))
            or kind == other_kind == "L" and (_shortens(place, other_place) or _shortens(other_place, place))]


def _named_leads(names_: set[tuple[str, str | None, str]], leads: set[str]) -> set[str]:
    """The leads a group's lead-names give that are, or abbreviate, one of `leads`."""
    return {lead for kind, named, _ in names_ if kind == "L" and named for lead in leads
            if named == lead or _shortens(named, lead)}


def _among(leads: set[str], members: set[str]) -> set[str]:
    """The leads that an institution in `members` names, in full or written short (上海十院 of 上海市第十人民医院)."""
    return {lead for lead in leads for member in members if member == lead or _shortens(member, lead)}


def _score(a: _Profile, b: _Profile) -> tuple[float, list[str]]:
    """How much two groups' fields say they are one alliance: (score, the evidence). Conflicting strong evidence (two
    named alliances, two leads in different cities, different provinces) gives -inf. One field may be misread: no
    single agreement reaches LINK_AT, and no single disagreement but a veto outweighs two agreements."""
    veto = float("-inf"), []
    said: list[str] = []
    score = 0.0
    shared = a.names & b.names
    if shared:  # a specialty's name with its place says more than a subject alone, or a lead's name, which says its lead
        kind, place, text = min(shared, key=str)
        score += 3 if kind == "S" and place else 2
        said.append(f"name {place or ''}{text}" if kind == "S" else f"name of {place}")
    elif _named_apart(a, b):
        return veto
    elif a.names and b.names:
        score += 2
        said.append(f"name {min(_short_names(a, b))} written short")
    elif a.place_names & b.place_names:
        score += 2
        said.append("name {}{}".format(*min(a.place_names & b.place_names)))
    if a.leads & b.leads:
        score += 2
        said.append(f"lead {min(a.leads & b.leads)}")
    elif a.leads and b.leads:
        # a member read as the lead, the lead among the members (written short too: 上海十院 of 上海市第十人民医院)
        swapped = _among(a.leads, b.members) or _among(b.leads, a.members)
        # the lead read is not the one its alliance's name gives, unless that one is among its members (the name is then
        # of the partner's own alliance: 湖南省人民医院's aid to 石门县人民医院, told as 石门县人民医院紧密型医联体)
        if _named_leads(a.names, b.leads) - a.members or _named_leads(b.names, a.leads) - b.members:
            said.append("its name gives the lead")
        elif not swapped and a.cities and b.cities and not a.cities & b.cities:
            return veto
        elif _among(a.leads, b.members) and _among(b.leads, a.members):  # each names the other's lead among its members: swapped
            score += 2
            said.append(f"lead {min(b.leads)} and {min(a.leads)} swapped")
        else:
            score += 0.5 if swapped else -2
    elif _among(a.leads, b.members) or _among(b.leads, a.members):  # one gives no lead, but names the other's among its institutions
        score += 1
        said.append(f"names its lead {min(_among(a.leads, b.members) | _among(b.leads, a.members))}")
    if a.provinces and b.provinces and not a.provinces & b.provinces:
        if not (shared and a.leads & b.leads):
            return veto
        score -= 1  # one name and one lead: an alliance across provinces meeting at its members (淮海经济区心血管专科联盟)
    for field_, agree, disagree in (("forms", 1, -2), ("counties", 1, -2), ("cities", 0.5, -1)):
        mine, theirs = getattr(a, field_), getattr(b, field_)
        if mine & theirs:
            score += agree
            said.append(f"{field_[:-1].replace('countie', 'county').replace('citie', 'city')} {min(mine & theirs)}")
        elif mine and theirs and not (field_ == "forms" and mine | theirs <= _NEAR_FORMS):
            score += disagree
    common = a.members & b.members
    if common:
        score += min(len(common), 2)
        said.append("members " + "、".join(sorted(common)[:2]))
    inside = ((a.publishers & (b.leads | b.members)) | (b.publishers & (a.leads | a.members))) - (a.leads & b.leads)
    if inside:  # published by one of it: said already when it is the lead both give
        score += 1
        said.append(f"published by {min(inside)} of it")
    return score, said


LINK_AT = 4.0  # the score at which two groups are one alliance: a name and one more field, a lead and two more
BLOCK_MAX = 50  # groups one blocking value may hold and still be compared
GROUP_AT = 6.0  # the score at which two groups of several announcements are one alliance
MARGIN = 1.0  # how far ahead of the next the best-scoring group must be
LINKED = "≈"  # evidence of a link by score, after the key that placed the announcement


def _link(profiles: list[_Profile | None], groups: _Groups, placed: dict[int, str]) -> dict[int, str]:
    """Record linkage of an announcement the keys left alone (or did not place) to the alliance its fields point at:
    the groups that share a name, a lead, an institution or a publisher with it (blocking: nothing else is compared)
    are scored on all their fields, and it joins the best when that scores LINK_AT and no other comes within
    MARGIN. Index -> the evidence of the link."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, mine in enumerate(profiles):
        if mine is not None:
            members[groups.find(i)].append(i)
    profile = {}
    for root, idx in members.items():
        merged = profiles[idx[0]]
        for i in idx[1:]:
            merged = profiles[i].merged(merged)
        profile[root] = merged
    started = {groups.find(i) for i in placed} & profile.keys()  # groups that stand: an unplaced announcement only joins one of them
    blocks: dict[tuple[str, object], set[int]] = defaultdict(set)
    for root in started:
        for value in _blocking(profile[root]):
            blocks[value].add(root)
    linked: dict[int, str] = {}
    for root in sorted(root for root, idx in members.items() if len(idx) == 1):
        (i,) = members[root]
        if groups.find(i) != i or len(members[i]) > 1:
            continue  # another announcement joined it meanwhile: no longer alone
        candidates = {other for value in _blocking(profiles[i]) for other in _block(blocks, value)} - {root}
        scored = sorted(((*_score(profiles[i], profile[other]), other) for other in candidates),
                        key=lambda item: (-item[0], item[2]))
        if not scored or scored[0][0] < LINK_AT or (len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN):
            continue
        score, said, target = scored[0]
        linked[i] = f"{LINKED}{score:g} " + ", ".join(said)
        if root in started:
            for value in _blocking(profile[root]):
                blocks[value].discard(root)
        groups.union(i, target)
        merged = groups.find(target)
        members[merged] = members[target] + [i]
        profile[merged] = profile[target].merged(profiles[i])
        if merged != target:
            for value in _blocking(profile[target]):
                blocks[value].discard(target)
        for value in _blocking(profile[merged]):
            blocks[value].add(merged)
    # groups the keys split (one enrichment error repeated: a city group read as a county's community) join when every
    # announcement of both allows one form (one misread announcement does not make two alliances' forms agree) and
    # they score GROUP_AT, each the other's clear best
    live = {groups.find(root) for held in blocks.values() for root in held}
    best: dict[int, tuple[float, list[str], int]] = {}
    for root in live:
        others = {other for value in _blocking(profile[root]) for other in _block(blocks, value)} - {root}
        scored = sorted(((*_score(profile[root], profile[other]), other) for other in others
                         if profile[root].every_form & profile[other].every_form), key=lambda item: (-item[0], item[2]))
        if scored and scored[0][0] >= GROUP_AT and (len(scored) == 1 or scored[1][0] <= scored[0][0] - MARGIN):
            best[root] = scored[0]
    held: dict[int, list[int]] = defaultdict(list)
    for i, mine in enumerate(profiles):
        if mine is not None:
            held[groups.find(i)].append(i)
    for root, (score, said, other) in sorted(best.items()):  # mutual bests are disjoint pairs
        if root < other and best.get(other, (0, [], None))[2] == root:
            for i in held[min((root, other), key=lambda r: (len(held[r]), -r))]:
                linked[i] = f"{LINKED}{score:g} " + ", ".join(said)
            groups.union(root, other)
    return linked


FOLLOW_AT = 3.0  # the score at which news the enrichment calls no alliance announcement joins one


def _follow_ups(mentions: list[Mention], profiles: list[_Profile | None], groups: _Groups, started: set[int]) -> dict[int, str]:
    """News the enrichment calls no alliance announcement that tells of an alliance's work (集团专家常驻社区, 重医附一院专家在
    县人民医院完成首例介入取栓 on the county's site) joins the one alliance at its county its title points at, or the one
    its title names in its city (泰州市胸痛专科联盟 on a member's training), when _follow_score reaches FOLLOW_AT and no
    other alliance comes within MARGIN; it starts none. Index -> the evidence of the link."""
    held: dict[int, list[int]] = defaultdict(list)
    for i in started:
        if profiles[i] is not None and profiles[i].relevant:
            held[groups.find(i)].append(i)
    profile: dict[int, _Profile] = {}
    by_value: dict[object, set[int]] = defaultdict(set)  # a county or a name -> the groups that give it
    for root, idx in held.items():
        merged = profiles[idx[0]]
        for i in idx[1:]:
            merged = profiles[i].merged(merged)
        profile[root] = merged
        for value in merged.counties | merged.names:
            by_value[value].add(root)
    linked = {}
    for i, mention in enumerate(mentions):
        mine = profiles[i]
        if i in started or mine is None or mine.relevant:
            continue
        candidates = by_value.get(mention.county, set()) if mention.county else set()
        if names(mention.title):  # news whose title names an alliance: that alliance, wherever it is
            candidates = candidates.union(*(by_value.get(name, set()) for name in mine.names))
        scored = sorted(((*_follow_score(mention, mine, profile[root]), root) for root in candidates if len(candidates) <= BLOCK_MAX),
                        key=lambda item: (-item[0], item[2]))
        if not scored or scored[0][0] < FOLLOW_AT or (len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN):
            continue
        score, said, target = scored[0]
        linked[i] = f"{LINKED}{score:g} " + ", ".join(said)
        groups.union(i, target)
    return linked


def _follow_score(mention: Mention, mine: _Profile, theirs: _Profile) -> tuple[float, list[str]]:
    """How much news of no alliance says it is about an alliance, when its title points at one (names it, names its lead
    or where its lead is from, or a clause starts with a word for one) and it is at the alliance's county, or its title
    names the alliance and it is at its city or the name gives the place: the place (+1), its name (+2 in the title, +1
    in the body; a name of a place and a form word only is its place's alliance, 涉县医疗健康集团), the lead its title
    names (+2 from elsewhere, as the place elsewhere it is from, 常州帮扶专家在思南; +1 at home, where a county's hospital
    is in much news of its own), its publisher being of it (+1), a word for an alliance or its head starting a clause or
    after the publisher's word for itself (+1, 总院专家手把手带教, 我院医共体), one of a form the alliance has."""
    if mention.province and theirs.provinces and mention.province not in theirs.provinces:
        return float("-inf"), []
    in_title = bool(names(mention.title))
    shared = mine.names & theirs.names
    if mention.county and mention.county in theirs.counties:
        score, said = 1.0, [f"county {mention.county}"]
    elif in_title and shared and (mention.city in theirs.cities or any(kind == "S" and place for kind, place, _ in shared)):
        score, said = 1.0, [f"city {mention.city}" if mention.city in theirs.cities else "its place"]
    else:
        return 0.0, []
    named_place = _place_name(mention)
    # a title naming its county's 总医院 names the county's community (定远县总医院召开理事会), as its name would
    titled = bool(named_place) and _general_hospital_of(mention.title) == named_place[0]
    if shared:
        score += 2 if in_title else 1
        said.append("name " + (min(shared, key=str)[1] or ""))
    elif mine.names and theirs.names:
        return float("-inf"), []
    elif named_place and named_place[0] == mention.county:
        score += 2 if in_title or titled else 1
        said.append(f"name {mention.name}")
    elif in_title:
        return 0.0, []  # its title names another alliance
    word = None if in_title else _alliance_word().search(mention.title)
    if word and not _word_forms(word.group(1)) & theirs.forms:
        return 0.0, []  # 我院医共体 on a member's site: its county community, not the specialty alliance it is also in
    if word:
        score += 1
        said.append(f"told as {word.group(1)}")
    told = sorted(lead for lead in theirs.leads if _written_in(mention.title, lead, mention))
    away = bool(told) and _home(told[0])[2] != mention.county
    if told:
        score += 2 if away else 1
        said.append(f"title names {told[0]}")
    elif from_there := sorted(lead for lead in theirs.leads if _home_named(mention, lead)):
        away = True  # (常州帮扶专家在思南): as telling as the lead's name
        score += 2
        said.append(f"title names where {from_there[0]} is")
    if not (in_title or titled or word or away):
        return 0.0, []  # its title points at no alliance: a hospital's own news, its body naming its alliance in passing
    inside = mine.publishers & (theirs.leads | theirs.members)
    if inside:
        score += 1
        said.append(f"published by {min(inside)} of it")
    return score, said


def _word_forms(word: str) -> set[str]:
    """The forms a word for an alliance allows: the one its name word gives (医共体, 联盟), the local ones for a bare 集团
    or 医联体, any for the head of a group (总院: a county group's or a trusteeship's)."""
    if "总院" in word:
        return set(FORMS)
    return {next((form for pattern, form in _NAME_FORMS if pattern.search(word)), None)} - {None} or set(LOCAL_FORMS)


@lru_cache(maxsize=1)
def _alliance_word() -> re.Pattern[str]:
    """A word for an alliance or its head starting a clause or after the publisher's word for itself (总院专家, 集团专家:
    an alliance's people; 我院医共体: its own alliance; not 我集团 nor 某酒业集团, a company), from the enrichment's cues."""
    from yilian.clean.enrich import cues

    return re.compile(f"(?:^|[^\u4e00-\u9fff]|{cues.SELF_REFERENCES})({cues.HEAD_OF_GROUP}|{'|'.join(cues.ALLIANCE_TYPES)})")


def _home_named(mention: Mention, lead: str) -> bool:
    """Whether news's title names the city or province the lead is from, one other than the news's own (宁波专家 at 晴隆县)."""
    from yilian.clean.enrich.gazetteer import load

    gaz = load()
    here = {mention.province, mention.city, mention.county}
    named = {alias.place.name for _, _, written in gaz.scan(clean_name(mention.title)) for alias in gaz.aliases.get(written, [])}
    return bool(named & ({_home(lead)[0], _home(lead)[1]} - {None}) - here)


def _written_in(text: str, lead: str, mention: Mention) -> bool:
    """Whether `text` names `lead`, in full or written short (重医附一院 for 重庆医科大学附属第一医院, 安医大一附院 with 院
    for 医院 for 安徽医科大学第一附属医院)."""
    if lead in text:
        return True
    text = clean_name(text)
    parts = {text[start:end.end()] for end in re.finditer("院", text) for start in range(max(0, end.end() - len(lead)), end.end() - 3)}
    keys_ = {_institution_key(part, mention) for part in parts | {part[:-1] + "医院" for part in parts if not part.endswith("医院")}}
    return any(key == lead or _shortens(key, lead) for key in keys_)


def _block(blocks: dict[tuple[str, object], set[int]], value: tuple[str, object]) -> set[int]:
    """The groups sharing one blocking value, none when more than BLOCK_MAX do (a big city, a commission publishing
    for every alliance there): too common to tell alliances apart, and comparing them all is quadratic."""
    held = blocks.get(value, set())
    return held if len(held) <= BLOCK_MAX else set()


def _blocking(profile: _Profile) -> set[tuple[str, object]]:
    """The values two groups must share to be compared at all: a name, an institution as lead, member or publisher, or
    the city (a name written short, a lead misread, in one city)."""
    return ({("name", value) for value in profile.names | profile.place_names}
            | {("org", value) for value in profile.leads | profile.members | profile.publishers}
            | {("city", value) for value in profile.cities})


def _readable(key: str, leads: dict[str, str], written: dict[str, str]) -> str:
    """A key as evidence: its lead as the alliance shows it, an institution after '>' as the text writes it."""
    head, _, member = key.partition(">")
    head = "|".join(leads.get(part, part) for part in head.split("|"))
    return f"{head}>{written.get(member, member)}" if member else head


def display_lead(mentions: list[Mention]) -> str | None:
    """The lead as an alliance page shows it: the fullest name its announcements give, the latest on a tie
    (宁乡市人民医院 after the county became a city)."""
    named = sorted((m for m in mentions if m.lead), key=lambda m: (len(clean_name(m.lead)), m.date or ""))
    return clean_name(named[-1].lead) if named else None


def _most(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return max(counted, key=lambda v: (counted[v], len(v))) if counted else None


def _alliance(mentions: list[Mention], evidence: list[str], lead: str | None) -> Alliance:
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].date or "9999", mentions[i].id))
    ms = [mentions[i] for i in order]
    dated = [m.date for m in ms if m.date]
    forms = [form for form, _ in Counter(f for m in ms for f in m.forms).most_common()]
    names = [name for name, _ in Counter(m.name for m in ms if m.name).most_common()]
    keyed = [e.split("; ")[0] for e in evidence if not e.startswith(LINKED)]  # the id follows the keys, not the scores
    anchor = min(keyed or evidence)
    first_members: dict[str, dict[str, str | None]] = {}
    for m in ms:
        for member in m.members:
            first_members.setdefault(member, {"name": member, "first_seen": m.date, "article_id": m.id})
    return Alliance(
        id=hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:16],
        name=(max(names[:2], key=len) if names else _synthetic_name(lead, forms, ms)),
        forms=forms,
        lead=lead,
        province=_most(m.province for m in ms),
        city=_most(m.city for m in ms),
        county=_most(m.county for m in ms),
        founded=next((m.date for m in ms if FOUNDING_EVENT in m.events and m.date), None),
        first_seen=dated[0] if dated else None,
        last_seen=dated[-1] if dated else None,
        members=list(first_members.values()),
        member_counts=[{"date": m.date, "count": m.member_count, "article_id": m.id} for m in ms if m.member_count],
        announcements=[
            {"id": m.id, "date": m.date, "title": m.title, "source_name": m.source_name, "url": m.url,
             "events": list(m.events), "evidence": evidence[i]}
            for i, m in zip(order, ms)
        ],
        names=names,
    )


def _synthetic_name(lead: str | None, forms: list[str], mentions: list[Mention]) -> str:
    """A readable label for an alliance no announcement names: 上海市第十人民医院 对口帮扶 兰坪县."""
    form = forms[0] if forms else "医联体"
    place = _most(m.county or m.city for m in mentions)
    if form == PAIRED and lead and place:
        return f"{lead} {form.split('/')[0]} {place}"
    return " ".join(part for part in (lead or place, form) if part)
