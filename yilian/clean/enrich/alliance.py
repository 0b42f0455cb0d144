"""What kind of alliance an announcement is about, what happened, who leads and who joined.

Forms follow the four of the 2017 State Council guideline (国办发〔2017〕32号) plus 对口帮扶/托管
and 其他. Every rule is a cue phrase with a weight; cues in the title and lead paragraph count
more than cues deep in the body, so a hospital's annual report that mentions 远程会诊 once in
passing is not filed as a telemedicine network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from yilian.clean.enrich.gazetteer import load
from yilian.clean.enrich.zones import split_column_tag
from yilian.clean.enrich.zones import zones as split_zones

CITY_GROUP = "城市医疗集团"
COUNTY_COMMUNITY = "县域医共体"
SPECIALTY = "跨区域专科联盟"
TELEMEDICINE = "远程医疗协作网"
PAIRED_SUPPORT = "对口帮扶/托管"
OTHER = "其他"

Cues = list[tuple[re.Pattern[str], float]]


def _compiled(cues: list[tuple[str, float]]) -> Cues:
    return [(re.compile(pattern), weight) for pattern, weight in cues]


_FORM_CUE_SOURCES: dict[str, list[tuple[str, float]]] = {
    CITY_GROUP: [(r"城市医疗集团", 3), (r"医疗集团", 2), (r"医院集团", 2), (r"城市医联体", 2), (r"紧密型医联体", 0.6)],
    COUNTY_COMMUNITY: [
        (r"医共体", 3), (r"医疗(?:卫生)?共同体", 3), (r"县域医联体", 2), (r"县乡(?:村)?一体", 1.5),
        (r"县域(?:内)?(?:医疗|综合)", 0.8), (r"县(?:域)?总医院", 1.5), (r"乡镇卫生院", 0.4),
    ],
    SPECIALTY: [
        (r"专科联盟", 3), (r"专科联合体", 3), (r"专科医联体", 3), (r"专[科业][^,。;,、\n]{0,3}联盟", 2.5),
        (r"(?:[\u4e00-\u9fff]{2,8})(?:中心|学科)联盟", 2), (r"[\u4e00-\u9fff]{2,10}联盟", 1.2),
    ],
    TELEMEDICINE: [
        (r"远程医疗协作网", 3), (r"远程(?:医疗)?协作", 2.5), (r"远程(?:会诊|诊疗|医疗|影像|心电|病理|查房)", 1.2),
        (r"互联网医院", 0.8), (r"5G", 0.5),
    ],
    PAIRED_SUPPORT: [
        (r"对口(?:帮扶|支援|协作)", 2.5), (r"托管", 2.5), (r"组团式", 2), (r"帮扶", 0.4), (r"援[疆藏]", 2),
        (r"驻点", 0.8), (r"合作办医", 2.5), (r"双下沉", 2.5), (r"[\u4e00-\u9fff]{2,6}分院", 1),
        # Paired support under the east-west and poverty-alleviation programmes (东西部协作, 鲁渝扶贫协作).
        (r"(?:东西部|扶贫|帮扶)协作", 2.5),
        # A hospital team touring a poorer area's clinics is outreach support, unlike a one-day 义诊 at home.
        (r"巡回(?:义诊|医疗)", 1.2),
    ],
}
FORM_CUES: dict[str, Cues] = {form: _compiled(cues) for form, cues in _FORM_CUE_SOURCES.items()}
# The words that make a text about an alliance at all (generic 医联体 has no specific form).
GENERIC_CUES = _compiled([(r"医联体", 2), (r"医疗联合体", 2), (r"联盟", 1), (r"协作网", 1)])
# Cues of cooperation between institutions that add to relevance without implying a form.
SUPPORT_CUES = _compiled(
    [(r"帮扶", 0.8), (r"下沉", 0.6), (r"双向转诊", 1), (r"成员单位", 1), (r"分级诊疗", 0.5), (r"坐诊", 0.5)]
)

_EVENT_CUE_SOURCES: dict[str, list[str]] = {
    "成立": [r"成立", r"组建", r"启动", r"挂牌成立", r"正式运行"],
    "签约": [r"签约", r"签订", r"签署", r"协议"],
    "揭牌": [r"揭牌", r"授牌", r"挂牌"],
    "会议/峰会": [r"会议", r"峰会", r"论坛", r"年会", r"座谈会", r"研讨会", r"推进会", r"联席会", r"理事会"],
    "培训": [r"培训", r"进修", r"带教", r"讲座", r"授课", r"学术"],
    "义诊/巡诊": [r"义诊", r"巡诊", r"巡回医疗", r"健康咨询"],
    "帮扶/下沉": [r"下沉", r"帮扶", r"坐诊", r"查房", r"手术示教", r"驻点", r"支援"],
    "年度总结": [r"年度总结", r"工作总结", r"总结(?:大会|会)", r"年度工作报告", r"年度报告", r"回顾"],
}
EVENT_CUES: dict[str, Cues] = {
    event: _compiled([(p, 1.0) for p in patterns]) for event, patterns in _EVENT_CUE_SOURCES.items()
}
ZONE_WEIGHT = {"title": 3.0, "lead": 2.0, "body": 0.5}
FORM_THRESHOLD = 3.0
EVENT_THRESHOLD = 2.0

_ORG_SUFFIX = (
    r"(?:医院|卫生院|保健院|卫生服务中心|医疗中心|医学中心|急救中心|疾病预防控制中心|疾控中心|医疗集团|医共体|"
    r"卫生健康委员会|卫健委|卫健局|卫生健康局|人民政府|医科大学|大学|医学院)"
)
# An organisation: a run of Han characters ending in an institution word; the run is cut at words
# that join clauses so "由石家庄市第五医院" yields 石家庄市第五医院.
_ORG = re.compile(r"[\u4e00-\u9fff()（）]{2,30}?" + _ORG_SUFFIX + r"(?:附属[\u4e00-\u9fff]{0,8}?(?:医院|分院|院区))?")
_CUT = re.compile(r".*(?:由|与|及|和|同|在|将|是|等|对|向|把|被|从|了|为|以|经|于|由|到|赴|会同|联合|携手|牵头|组织|其中|包括|以及|成为|加入|作为|代表|来自|邀请|其他)")
_LEAD_PATTERNS = [
    re.compile(r"由(?P<org>[^,。;,、]{2,40}?)(?:牵头|发起|作为牵头单位)"),
    re.compile(r"(?P<org>[^,。;,、]{2,40}?)(?:为|作为|是|当选(?:为)?|担任)(?:联盟|医联体|医共体|集团)?(?:的)?(?:牵头单位|理事长单位|主任委员单位|主席单位|龙头)"),
    re.compile(r"(?:牵头单位|理事长单位|主任委员单位)(?:为|是|:|:)(?P<org>[^,。;,、]{2,40})"),
    re.compile(r"以(?P<org>[^,。;,、]{2,40}?)为(?:牵头|龙头|核心)"),
    re.compile(r"(?P<org>[^,。;,、]{2,40}?)牵头(?:组建|成立|建立|的)"),
]
# Words each lead pattern cannot match without: a text lacking them skips that pattern's slow scan.
_LEAD_NEEDS = [("牵头", "发起"), ("牵头单位", "理事长单位", "主任委员单位", "主席单位", "龙头"), ("单位",), ("以",), ("牵头",)]
_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUM = r"(\d+|[零一二两三四五六七八九十百]+)"
_COUNT_PATTERNS = [
    re.compile(r"(?:成员|联盟|医联体|医共体|集团|协作|签约|加盟)(?:单位|医院|医疗机构|机构)?\s*[(（]\s*" + _NUM + r"\s*家\s*[)）]"),
    re.compile(r"(?:共有|共|涵盖|包括|吸纳|覆盖|汇聚|首批|目前已有|现有|已有)\s*" + _NUM + r"\s*家(?:成员|联盟|医联体|医共体|协作|签约|医疗|基层)?(?:成员)?(?:单位|医院|医疗机构|机构|卫生院)"),
    re.compile(r"(?:成员单位|联盟单位|成员医院|协作单位|签约单位)(?:共|已达|达到|达)?\s*" + _NUM + r"\s*家"),
    re.compile(r"" + _NUM + r"\s*家(?:成员单位|联盟单位|成员医院|医疗机构|医院|单位)(?:加入|组成|参与|签约|共同)"),
]


@dataclass(slots=True)
class AllianceFacts:
    forms: list[str] = field(default_factory=list)
    form_evidence: list[str] = field(default_factory=list)
    event_types: list[str] = field(default_factory=list)
    lead_organization: str | None = None
    members: list[str] = field(default_factory=list)
    member_count: int | None = None
    alliance_score: float = 0.0  # strength of alliance cues, read by relevance


def cue_score(zones: list[tuple[str, str]], cues: Cues) -> tuple[float, list[str]]:
    """Weighted cue hits; a cue counts at most twice per zone so a long body cannot drown the title."""
    score, hits = 0.0, []
    for zone, text in zones:
        for pattern, weight in cues:
            found = pattern.findall(text)
            if found:
                score += weight * ZONE_WEIGHT[zone] * min(len(found), 2) / (1 if zone != "body" else 1.5)
                hits.append(f"{found[0]!r} in {zone}")
    return score, hits


def classify_forms(zones: list[tuple[str, str]]) -> tuple[list[str], list[str], float]:
    forms, evidence = [], []
    generic, generic_hits = cue_score(zones, GENERIC_CUES)
    total = generic + cue_score(zones, SUPPORT_CUES)[0]
    scores = {}
    for form, cues in FORM_CUES.items():
        score, hits = cue_score(zones, cues)
        scores[form] = score
        total += score
        if score >= FORM_THRESHOLD:
            forms.append(form)
            evidence.append(f"{form} ({score:.1f}): " + ", ".join(hits[:3]))
    if not forms:
        # No clear form: the best weaker one if it is at least half way there, else 其他 for a plain 医联体.
        score, form = max((score, form) for form, score in scores.items())
        if score >= FORM_THRESHOLD / 2:
            forms.append(form)
            evidence.append(f"{form} ({score:.1f}, weak cues only)")
        elif generic >= FORM_THRESHOLD:
            forms.append(OTHER)
            evidence.append(f"{OTHER} ({generic:.1f}): " + ", ".join(generic_hits[:3]))
    return forms, evidence, total


def classify_events(zones: list[tuple[str, str]]) -> list[str]:
    events = []
    for event, cues in EVENT_CUES.items():
        score, _ = cue_score(zones, cues)
        if score >= EVENT_THRESHOLD:
            events.append(event)
    return events


def organisations(text: str) -> list[str]:
    """Organisation names in order of first appearance, each cut at clause-joining words.

    A name that contains a place starts at that place (年孝感市中心医院 -> 孝感市中心医院).
    """
    gaz = load()
    out: list[str] = []
    for match in _ORG.finditer(text):
        name = _CUT.sub("", match.group(0)).strip("()（）")
        places = gaz.scan(name)
        if places and places[0][0] > 0:
            name = name[places[0][0] :]
        if len(name) >= 4 and name not in out:
            out.append(name)
    return out


def lead_organization(text: str) -> str | None:
    for pattern, needs in zip(_LEAD_PATTERNS, _LEAD_NEEDS):
        if not any(word in text for word in needs):
            continue
        for match in pattern.finditer(text):
            orgs = organisations(match.group("org"))
            if orgs:
                return orgs[-1] if pattern is not _LEAD_PATTERNS[2] else orgs[0]
    return None


def cn_number(text: str) -> int | None:
    """137 or 一百三十七 -> 137; None for anything else."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current or None


def member_count(text: str) -> int | None:
    for pattern in _COUNT_PATTERNS:
        match = pattern.search(text)
        if match:
            value = cn_number(match.group(1))
            if value and value < 10000:
                return value
    return None


def analyse(title: str, body: str) -> AllianceFacts:
    zones = split_zones(title, body)
    forms, evidence, score = classify_forms(zones)
    text = split_column_tag(title)[1] + "\n" + body
    lead = lead_organization(text)
    members = [o for o in organisations(body) if o != lead and _is_medical(o)]
    return AllianceFacts(
        forms=forms,
        form_evidence=evidence,
        event_types=classify_events(zones),
        lead_organization=lead,
        members=members,
        member_count=member_count(text),
        alliance_score=score,
    )


_MEDICAL = re.compile(r"(?:医院|卫生院|保健院|卫生服务中心|医疗中心|医学中心|疾控中心|急救中心)$")


def _is_medical(name: str) -> bool:
    return bool(_MEDICAL.search(name))
