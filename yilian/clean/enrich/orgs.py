"""The organisations an announcement names, each with where it stands and how it was read.

Four general mechanisms, the words they use in ``cues.py``:

* a name is an institution type (医院, 卫生院, 社区卫生服务中心, 卫生健康委员会 …) extended leftwards
  over jieba's tokens until a clause word, a verb, a role noun or another institution stops it, so
  由大悟县人民医院牵头 gives 大悟县人民医院 and 华中科技大学同济医学院附属同济医院 stays whole (a
  university before 附属 belongs to the name, 同济 is one token, not the word 同);
* self-references (我院, 本中心, 我集团) are the speaking organisation: the publisher, or the
  organisation a repost's 来源 line names, with its official name; the speaker's aliases (its
  short and former names from the source configuration) are read as the speaker too;
* an enumeration that shares its institution type after the last item (孟寨镇、辛安镇卫生院;
  老街、马路街等4家社区卫生服务中心) gives one name per item, each in the fullest form the text supports
  (a place written once before the list goes to every item: 宜秀区大龙山镇、杨桥镇卫生院);
* a name made only of class words (县级医院, 全县14个乡镇卫生院) is generic: a kind of
  institution, never a member or a lead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from yilian.clean.enrich import cues
from yilian.clean.enrich.counts import number
from yilian.clean.enrich.gazetteer import Gazetteer, Scans, load

MAX_NAME = 32  # characters: longer runs are clauses, not names
MAX_ITEM = 10  # an enumeration item before a shared type (马路街, 空冢郭镇)
CONJUNCTIONS = cues.CONJUNCTIONS
ITEM_SEPARATORS = cues.ITEM_SEPARATORS

_TYPES = sorted(cues.MEDICAL_TYPES + cues.GOVERNMENT_TYPES + cues.ACADEMIC_TYPES + cues.ALLIANCE_TYPES,
                key=len, reverse=True)
_ANY_TYPE = "|".join(map(re.escape, dict.fromkeys(_TYPES))) + "|" + cues.SHORT_HOSPITAL_TYPE  # longest first
_TYPE_RE = re.compile(_ANY_TYPE)
# the longest type a name ends with: tried from the longest, anchored at the end
_TYPE_AT_END = re.compile(f"(?:{_ANY_TYPE})$")
_SHORT_AT_END = re.compile(cues.SHORT_HOSPITAL_TYPE + "$")
_ORDINAL_DIGIT = re.compile(r"第([一二三四五六七八九十])|([一二三四五六七八九])附属")
_LEADING_NOISE = re.compile(cues.NAME_LEADING_NOISE)
_GENERIC = re.compile("^(?:" + "|".join(sorted(map(re.escape, cues.GENERIC_NAME_WORDS), key=len, reverse=True))
                      + r"|[\d０-９]+|[一二两三四五六七八九十百]+)+$")
_SELF = re.compile(cues.SELF_REFERENCES)
_HEAD_OF_GROUP = re.compile(cues.HEAD_OF_GROUP)
_COUNTY_GENERAL_HOSPITAL = re.compile(cues.COUNTY_GENERAL_HOSPITAL)
_COUNTED = cues.NUMBER.replace("?P<n>", "?:") + r"\s*" + cues.COUNTERS
_LIST_CLOSE = re.compile(r"(?:(?:…+|\.{3,}|⋯+)?(?<![甲乙丙])等\s*(?:全县|全市|全区|全旗|全省)?\s*(?:" + _COUNTED + r"?)?|(?:共计|共|合计)?" + _COUNTED
                         + r"|(?<=[\u4e00-\u9fff])\d{1,2})\s*(?:成员)?(?:乡镇|基层|社区|县级|镇|街道)?\s*(?:[（(][\u4e00-\u9fff]{1,4}[）)])?\s*$")
# (…、元坝镇共7家卫生院: 共 closes it too; 遂平、西平、新蔡9县人民医院: so does the number of counties; 沙圪堵镇、大路镇等乡镇（苏木）
# 卫生院: an aside in brackets before the kind)
_COUNT_WORD = re.compile(r"[\d零一二两三四五六七八九十百千]+[" + "".join(cues.COUNTERS_STOP) + "]")  # 一次, 两批: one token
_AFTER_COUNT = re.compile(_COUNTED + r"$")  # 17个县人民医院: so many of a kind
# 县(市)区医院31家、乡镇卫生院1家: a bare level's hospital counted is so many of a kind (县人民医院6家县级医院 is not)
_COUNT_FOLLOWS = re.compile(cues.NUMBER.replace("?P<n>", "?:") + r"\s*[家所](?=[、，,。；;）)]|$)")
_SECOND_TYPE = re.compile(r"(?:和|及|与)(" + "|".join(map(re.escape, cues.MEDICAL_TYPES)) + r")(?![\u4e00-\u9fff]{0,2}(?:院|中心))")
TOWNSHIP_LEVELS = cues.TOWNSHIP_LEVELS
_TOWNSHIP_MEMBERS = re.compile(r"(?<=[镇乡])(?:等\s*)?" + _COUNTED + r"\s*(?P<noun>" + cues.TOWNSHIP_MEMBER_NOUN + ")")
SHARED_LEVELS = TOWNSHIP_LEVELS + tuple(cues.LEVELS)  # 铜城、秦栏等7个镇卫生院; 宁洱县、墨江县等9县人民医院
_CLASS_HEAD = re.compile(cues.CLASS_HEAD)
LEVELS = cues.LEVELS
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")  # with Extension A, which place names use (湖㳇镇)
_MEDICAL_TYPES = tuple(cues.MEDICAL_TYPES)
_SELF_PLACE = re.compile(cues.SELF_PLACE)
_CLASS_MARKERS = re.compile(cues.GENERIC_NAME_MARKERS)
_ORDINAL = re.compile(cues.ORDINAL)
_PLACE_LEFT_OUT = re.compile(r"[\u4e00-\u9fff]+[区县市旗]")
_TOWNSHIP = re.compile(r"[^" + cues.LEVELS + r"]{2,}?(?:" + "|".join(lv for lv in cues.TOWNSHIP_LEVELS if lv != "街") + r")")  # 道口镇, 城关街道 (街 alone is any street)
_ALLIANCE_WORD = re.compile(cues.BRANCH_OF_ALLIANCE)
_INVITATION = re.compile(cues.INVITED_BY[1])
_HONOUR = re.compile("^" + cues.HONOURS)
_HONOUR_AT_END = re.compile(cues.HONOURS + "$")
_POST = re.compile(cues.POST_TITLES)  # 内窥镜室主任贾彦生 is a person, no item of a list of places
_POST_BEFORE = re.compile(cues.POST_TITLES + "$")  # 卫生院院长张三、莲花镇卫生院: 张三 is a person too
_TOWNSHIP_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}[镇乡]")
_NUMBERED_TOWNSHIP = re.compile(r"[一二三四五六七八九十百零]{2,4}[镇乡]")
_COUNT_OF_LEVEL = re.compile(r"^" + cues.LIST_COUNT + r"(?=(?:" + "|".join(SHARED_LEVELS) + "))")  # 三县人民医院 of a list
_COUNT_AT_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})" + cues.LIST_COUNT + "$")  # 长岗三 of 茅坝、长岗三镇卫生院
_SELF_PLACE_HEAD = re.compile(r"[我本][市县区州旗]")
_DISCIPLINE_ONLY = re.compile("^(?:" + "|".join(sorted(cues.DISCIPLINES, key=len, reverse=True)) + ")+$")


@dataclass(slots=True)
class Org:
    """One mention of an organisation in the analysed text."""

    name: str  # the name given out: as written, or the official name of a self-reference or alias
    surface: str  # the text as written
    start: int
    end: int
    kind: str  # medical | government | academic | alliance
    rule: str  # how the mention was read
    self_ref: bool = False
    generic: bool = False
    list_id: int | None = None  # the items of one enumeration share it
    sub_unit_of: str | None = None  # a branch or department written right after its institution

    def describe(self) -> str:
        return f"{self.surface!r} at {self.start} ({self.rule})"


@dataclass(slots=True)
class Speaker:
    """Whom 我院 stands for, and the other names it goes by."""

    name: str
    aliases: list[str] = field(default_factory=list)
    why: str = "the publisher"


def heads_group(name: str) -> bool:
    """A hospital (not a township's 卫生院, a community centre or a county's 总医院, which is the group itself) is the
    总院 its own news speaks of."""
    return type_of(name).endswith("医院") and not _COUNTY_GENERAL_HOSPITAL.search(name)


def kind_of(name: str) -> str:
    if name.endswith("医院集团"):
        return "medical"  # 罗湖医院集团 is one institution with many hospitals
    for kind, types in (("alliance", cues.ALLIANCE_TYPES), ("government", cues.GOVERNMENT_TYPES),
                        ("medical", cues.MEDICAL_TYPES), ("academic", cues.ACADEMIC_TYPES)):
        if name.endswith(types):
            # 医疗集团 is an alliance word, but 罗湖医院集团 ends in 集团 after a hospital type too
            return kind
    return "medical"


@lru_cache(maxsize=1 << 12)  # representatives compares every pair of an article's names
def type_of(name: str) -> str:
    """The institution type a name ends with (社区卫生服务中心 for 老街社区卫生服务中心)."""
    match = _TYPE_AT_END.search(name)
    return match.group(0) if match else ""


def _ends_type(text: str, end: int) -> bool:
    """Whether text[:end] ends with a medical type: a look at its last characters, not a scan of the page."""
    return text.endswith(_MEDICAL_TYPES, 0, end) or end > 0 and text[end - 1] == "\n" \
        and text.endswith(_MEDICAL_TYPES, 0, end - 1)


def is_department(name: str, gaz: Gazetteer) -> bool:
    """A centre named by a place and a discipline alone (河南省远程医学中心) is a department or platform."""
    t = type_of(name)
    if t not in cues.DEPARTMENT_TYPES:
        return False
    specific = name[: len(name) - len(t)]
    places = gaz.scan(specific)
    if places and places[0][0] == 0:
        specific = specific[places[0][1]:]
    return bool(specific) and bool(_DISCIPLINE_ONLY.match(specific))


def is_generic(name: str) -> bool:
    """True for a class of institutions (县级医院, 乡镇卫生院, 二级以上医院, 吉林省多家医院) or a department
    (远程医学中心): nothing names one institution. Class words count after the name's own place, so
    红山区妇幼保健院 is no 山区 hospital."""
    t = type_of(name)
    specific = name[: len(name) - len(t)]
    if t in cues.CAMPUS_TYPES:
        hospital = re.sub(r"(?:[东西南北中]部|新|老)$", "", specific)  # 李惠利医院东部院区 is the hospital's
        return not type_of(hospital) or is_generic(hospital)
    if not specific or len(specific) == 1 and specific not in LEVELS + "省州":
        return True  # one character before the type is a clause fragment (帮医院), unless a level (县医院)
    places = [p for p in load().scan(specific) if p[2] not in cues.COMMON_WORDS]  # 城区 is a class word here
    own = 0
    for p_start, p_end, surface in places:  # every place written in a row before the name (上海市宝山区罗店医院: 山区 is no class)
        if p_start == own and (own == 0 or surface.endswith(_ADMIN_SUFFIX)):
            own = p_end  # (after the first, only a place with its level: 浦江 of 上海市浦江儿童医学中心 is the name's own)
    rest = specific[own:]
    if t.startswith(cues.EMERGENCY_WORD) and rest.endswith(cues.EMERGENCY_NUMBER):
        rest = rest[: -len(cues.EMERGENCY_NUMBER)]  # 隆化县120急救指挥中心: the number is no count of a class
    if len(rest) < 2 and (not rest or rest in LEVELS) or rest != specific and rest in cues.TOWNSHIP_LEVELS:
        return rest == specific and bool(_GENERIC.match(rest))  # 南丰镇, 广陵街道: a level after a place is part of it
    if len(rest) < 2:
        return bool(_CLASS_MARKERS.search(specific))  # 全州县级医院: 县级 is a class
    if _NUMBERED_TOWNSHIP.fullmatch(rest):
        return False  # 五十镇卫生院: a township named by a number (两镇卫生院 is two)
    if rest == specific and t.endswith("医院") and (_DISCIPLINE_ONLY.match(rest) or rest in cues.SERVICE_KINDS):
        return True  # 中医医院, 儿童医院, 互联网医院 with no place or name: a kind (由综合医院或中医医院牵头)
    department = t in cues.DEPARTMENT_TYPES and bool(_DISCIPLINE_ONLY.match(rest))  # 中医医院 is an institution
    if _TOWNSHIP_NAME.fullmatch(rest):
        # 龙头山镇 is a township's name; 重点镇, 各乡镇 are classes: a class word ends where the level starts
        if rest[:-1] in cues.HOSPITAL_GRADES:
            return False  # 二甲镇卫生院: hospitals have grades, townships do not
        return bool(_GENERIC.match(rest)) or any(m.end() >= len(rest) - 1 for m in _CLASS_MARKERS.finditer(rest))
    return bool(_GENERIC.match(rest) or _CLASS_MARKERS.search(rest)) or department


@lru_cache(maxsize=1)
def _tokenizer():
    """jieba's dictionary and part-of-speech tags through jieba-rs (rjieba): the same words and tags as
    jieba.posseg, about ten times faster; built once per process."""
    import rjieba

    return rjieba.Jieba()


def tokens(text: str) -> list[tuple[str, int, int, str]]:
    """(word, start, end, part of speech) for dictionary words; unknown characters come one by one."""
    tagged = _tokenizer().tag(text, False)
    ends = accumulate(len(word) for word, _ in tagged)
    return [(word, end - len(word), end, tag) for (word, tag), end in zip(tagged, ends)]


def _with_places(toks: list[tuple[str, int, int, str]], places: list[tuple[int, int, str]]) -> list[tuple[str, int, int, str]]:
    """jieba's tokens with every place name of the gazetteer as one token (那坡 is no pronoun 那 and 坡),
    unless the place cuts through a dictionary word."""
    starts = {t[1] for t in toks}
    starts.update([t[2] for t in toks])  # (a token's end is its start and its length)
    out, i = [], 0
    for start, end, surface in places:
        if start not in starts or end not in starts:
            continue
        while i < len(toks) and toks[i][2] <= start:
            out.append(toks[i])
            i += 1
        if i < len(toks) and toks[i][1] == start:
            while i < len(toks) and toks[i][2] <= end:
                i += 1
            out.append((surface, start, end, "ns"))
    return out + toks[i:]


def find_orgs(text: str, gaz: Gazetteer, speaker: Speaker | None = None, scans: Scans | None = None) -> list[Org]:
    """Every organisation mention in ``text``, in order of appearance; ``scans``: the article's place scans."""
    toks = _with_places(tokens(text), (scans or gaz.scan)(text))
    token_at = [0] * (len(text) + 1)
    for i, (_, start, end, _) in enumerate(toks):
        token_at[start:end] = [i] * (end - start)
    found: list[Org] = []
    ending: dict[int, list[Org]] = {}  # the mentions found so far by where they end
    taken = [False] * len(text)

    def claim(org: Org) -> bool:
        if any(taken[org.start : org.end]):
            return False
        for pos in range(org.start, org.end):
            taken[pos] = True
        found.append(org)
        ending.setdefault(org.end, []).append(org)
        return True

    if speaker is not None:
        for alias in sorted({speaker.name, *speaker.aliases}, key=len, reverse=True):
            if kind_of(alias) == "alliance" != kind_of(speaker.name):
                continue  # 武义县第一人民医院医共体 configured beside the hospital names its alliance, read as one
            for match in re.finditer(re.escape(alias), text):
                if _extend_left(text, toks, token_at, match.start(), match.end(), gaz) < match.start() \
                        and not _SELF_PLACE.search(text, max(0, match.start() - 2), match.start()):
                    continue  # 市中心医院 inside 许昌市中心医院 is another hospital
                claim(Org(speaker.name, alias, match.start(), match.end(), kind_of(speaker.name),
                          f"{speaker.why}'s {'name' if alias == speaker.name else 'alias'}"))
        for match in _SELF.finditer(text):
            claim(Org(speaker.name, match.group(0), match.start(), match.end(), kind_of(speaker.name),
                      f"self-reference {match.group(0)} = {speaker.why}", self_ref=True))
        if heads_group(speaker.name) and not any(alias.endswith("分院") for alias in speaker.aliases):
            # (a hospital also named as another's 分院, 漳州市医院诏安分院, is a branch: its 总院 is that other hospital)
            for match in _HEAD_OF_GROUP.finditer(text):
                before = text[match.start() - 1] if match.start() else ""
                if match.group(0) != "总院" or not _HAN.match(before) or before in cues.NAME_STOP_WORDS:
                    claim(Org(speaker.name, match.group(0), match.start(), match.end(), kind_of(speaker.name),
                              f"{match.group(0)} = {speaker.why}, the head of its group", self_ref=True))

    candidates = []
    for match in _TYPE_RE.finditer(text):
        start = _extend_left(text, toks, token_at, match.start(), match.end(), gaz)
        if match.group(0) in cues.MEDICAL_TYPES:
            # 医共体石桥分院: jieba splits 医共体 into 医 共 体, so the name would swallow the alliance it is a branch of
            glued = list(_ALLIANCE_WORD.finditer(text, start, match.start()))
            start = glued[-1].end() if glued and match.start() - glued[-1].end() >= 2 else start
        candidates.append((start, match.end()))
    candidates = _widest(candidates)
    list_id = 0
    for start, end in candidates:
        surface = text[start:end]
        trimmed = _trim(surface, gaz)
        start += len(surface) - len(trimmed)
        if not trimmed or any(taken[start:end]):
            continue
        rule = "institution name"
        if trimmed.startswith(cues.INVITED_BY[0]) and _INVITATION.match(text, end):
            trimmed, start = trimmed[len(cues.INVITED_BY[0]):], start + len(cues.INVITED_BY[0])
        # 挂县医院, 里县医院: a character before a level read alone that makes no place with it (横县, 莒县 do) is a
        # clause fragment, no name of one institution
        fragment = len(trimmed) > 3 and trimmed[1] == "县" and toks[token_at[start + 1]][1:3] == (start + 1, start + 2) \
            and trimmed[:2] not in gaz.aliases and trimmed[0] not in cues.GENERIC_NAME_WORDS + tuple(LEVELS + "省州我本")
        if len(trimmed) > 2 and trimmed[0] in "我本" and trimmed[1] in "市县区州省":
            trimmed, start = trimmed[1:], start + 1  # 我市中心医院: jieba's 市中心 took the 市
        if start >= 2 and text[start - 2] in "我本" and text[start - 1] in "市县区州省":
            trimmed, start, rule = text[start - 1] + trimmed, start - 1, f"institution of {text[start - 2:start]}"
        elif start >= 1 and text[start - 1] in "我本" and trimmed[0] in "市县区州省":
            rule = f"institution of {text[start - 1:start + 1]}"
        org = Org(trimmed, trimmed, start, end, "department" if is_department(trimmed, gaz) else kind_of(trimmed), rule,
                  generic=fragment or is_generic(trimmed) or bool(_AFTER_COUNT.search(text, max(0, start - 6), start))
                  or trimmed[0] in LEVELS and bool(_COUNT_FOLLOWS.match(text, end)))
        if start > 0 and text[start - 1] == "等" and any(not o.generic for o in ending.get(start - 1, [])):
            org.generic = True  # 湖州市中心医院等长三角地区医院: after a list of names, 等 and a kind of them
        parent = next((o for o in reversed(ending.get(start, [])) if not o.generic or o.kind == "alliance"), None)
        if parent is not None and org.kind in ("medical", "alliance", "department"):
            org.sub_unit_of = parent.name  # 襄阳市中心医院保康分院, 邢台市人民医院远程医学中心: a part of it
            org.rule = f"part of {parent.name}"
        items, last_name = _enumeration(text, toks, token_at, org, taken, gaz)
        if items:
            list_id += 1
            # 尤溪县总医院西城、洋中、管前分院: branches listed right after their hospital are its branches
            owner = next((o for o in reversed(ending.get(items[0][0], [])) if not o.generic and o.kind == "medical"), None)
            if owner is not None and org.name.endswith("分院"):
                org.sub_unit_of, org.rule = owner.name, f"part of {owner.name}"
            for item_start, item_end, name in items:
                claim(Org(name, text[item_start:item_end], item_start, item_end, org.kind,
                          f"enumeration sharing {type_of(org.name)!r}", list_id=list_id, sub_unit_of=org.sub_unit_of))
            if last_name is None:
                continue  # the type the closed list shares (等9县人民医院), not an institution
            org.name, org.list_id = last_name, list_id
        elif org.generic and org.kind == "medical":
            named = _bracketed(text, org)  # 6个镇卫生院（定城、新竹、龙湖…）: the kind first, its items after it
            if named:
                list_id += 1
                for item_start, item_end, name in named:
                    claim(Org(name, text[item_start:item_end], item_start, item_end, org.kind,
                              f"bracketed list sharing {type_of(org.name)!r}", list_id=list_id))
        claim(org)
    for match in _TOWNSHIP_MEMBERS.finditer(text):
        # 仲村镇、地方镇…七家成员单位: the townships counted as members name their health centres (M2)
        kind = Org(cues.TOWNSHIP_MEMBER_TYPE, match.group("noun"), match.start("noun"), match.end("noun"), "medical",
                   "townships counted as members", generic=True)
        items, _ = _enumeration(text, toks, token_at, kind, taken, gaz)
        if len(items) < 2 or not all(text[end - 1] in "镇乡" for _, end, _ in items):
            continue
        list_id += 1
        for item_start, item_end, name in items:
            claim(Org(name, text[item_start:item_end], item_start, item_end, "medical",
                      f"township counted among {match.group('noun')}", list_id=list_id))
    found.sort(key=lambda o: o.start)
    return found


def _widest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans inside no other (a university before 附属 is part of the hospital's name), in order of their
    ends; one sweep, so a page with thousands of names is not quadratic."""
    kept, reach = [], -1
    for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
        if end > reach:
            kept.append((start, end))
            reach = end
    return sorted(kept, key=lambda span: span[1])


@dataclass(slots=True)
class Neighbours:
    """The mentions that start or end at a position, to find the one written right before or after another
    without scanning them all."""

    starting: dict[int, list[Org]]
    ending: dict[int, list[Org]]

    @classmethod
    def of(cls, orgs: list[Org]) -> Neighbours:
        starting: dict[int, list[Org]] = {}
        ending: dict[int, list[Org]] = {}
        for org in orgs:
            starting.setdefault(org.start, []).append(org)
            ending.setdefault(org.end, []).append(org)
        return cls(starting, ending)


def _extend_left(text: str, toks, token_at: list[int], type_start: int, type_end: int, gaz: Gazetteer) -> int:
    """Where the name ending in the type at [type_start, type_end) begins."""
    i = token_at[type_start]
    start = toks[i][1] if toks[i][2] <= type_end else type_start
    i -= 1
    while i >= 0:
        word, w_start, w_end, tag = toks[i]
        if type_end - w_start > MAX_NAME or not (_name_part(word, tag) or word in gaz.aliases
                                                 or word == cues.EMERGENCY_NUMBER and text.startswith(cues.EMERGENCY_WORD, w_end)) \
                or _counted(toks, i):
            if _township_head(text, word, w_start, text[start:type_start]):
                start = w_start  # 巡检司镇卫生院: jieba reads 巡检 as a verb, but a one-character township is rare
                break
            listed = _listed_township(text, start, text[start:type_start])
            if listed is not None:
                start = listed  # 、英将乡卫生院: 将 is no adverb in the item of a list
                break
            if start == type_start and _after_same_type(text, w_start, type_start, type_end):
                start = w_start  # 宝梵分院、明月分院: 明月 is no time word where it names an item like the one before it
                break
            if word in CONJUNCTIONS and (_glued(text, toks, i, start, type_start) or w_start > 0 and text[w_start - 1] == "、"
                                         or _one_character_township(text[start:type_start])):
                start = w_start
                i -= 1
                continue
            break
        if (word.endswith(cues.MEDICAL_TYPES + cues.GOVERNMENT_TYPES + cues.ALLIANCE_TYPES)
                or _SHORT_AT_END.search(text, max(0, w_end - 4), w_end)) and not _links_on(text, w_end) \
                and not text.startswith(cues.CAMPUS_TYPES, type_start):
            break  # another organisation ends here, unless this is one of its campuses (李惠利医院东部院区)
        if len(word) > 1 and word[0] in CONJUNCTIONS and (_ends_type(text, w_start) or w_start > 0 and text[w_start - 1] in "）)"):
            start = w_start + 1  # 凤凰县人民医院和县中医医院, 6个镇卫生院（…）和县中医院: the 和 of 和县 joins two names
            break
        start = w_start
        i -= 1
    return start


def _township_head(text: str, word: str, w_start: int, stem: str) -> bool:
    """A dictionary word that starts an item of a list (after 、；：, 和, or a line's start) and would leave a township of
    one character (司镇, 山镇) or none (宣和镇: 镇) is the head of the township's name (巡检司镇, 龙头山镇), whatever jieba
    or the stop list makes of it."""
    return (_one_character_township(stem) or stem in ("镇", "乡")) and 2 <= len(word) <= 3 \
        and all(_HAN.match(ch) for ch in word) and (w_start == 0 or text[w_start - 1] in "、；：;:\n和及与")


def _listed_township(text: str, start: int, stem: str) -> int | None:
    """Where a township of two or three characters starts when a list's separator comes right before it and the name
    would otherwise be a bare level word or one character (永平镇、英将乡卫生院, whatever jieba makes of 将)."""
    if not (_one_character_township(stem) or stem in ("镇", "乡")) or text[start - 1] == "等" or text[start - 1] in CONJUNCTIONS:
        return None  # (瓦店等镇卫生院 closes a list)
    for n in (2, 3) if stem in ("镇", "乡") else (1, 2):
        head = start - n
        if head > 0 and text[head - 1] in "、；：;:" and all(_HAN.match(ch) for ch in text[head:start]):
            return head
    return None


def _after_same_type(text: str, w_start: int, type_start: int, type_end: int) -> bool:
    """Whether the word at [w_start, type_start), two or three characters right after 、, follows a name ending in the
    same type (宝梵分院、明月分院): an item of a list of whole names, whatever the dictionary makes of it."""
    kind = text[type_start:type_end]
    return 2 <= type_start - w_start <= 3 and w_start > 0 and text[w_start - 1] == "、" \
        and all(_HAN.match(ch) for ch in text[w_start:type_start]) and text.endswith(kind, 0, w_start - 1)


def _one_character_township(stem: str) -> bool:
    """兴镇, 司镇: what is left would be a township of one character, which is rare: the name goes on to the left."""
    return len(stem) == 2 and stem[1] in "镇乡"


def _name_part(word: str, tag: str) -> bool:
    """Whether a token can belong to a name: not a clause word, a counter, a digit, nor a dictionary
    verb, pronoun, adverb or time word (创建 in 创建二级甲等综合医院); single characters are judged
    only by the stop list, their tags are guesses."""
    if word in cues.NAME_STOP_WORDS or not _HAN.search(word) and word != "·" or _COUNT_WORD.fullmatch(word):
        return False  # 两家 in 沧州市妇幼保健院两家二级医院, 一次 in 组织一次分院…检查: a count, not a name
    if len(word) >= 3 and word.endswith(("镇", "乡")) and _HAN.fullmatch(word[0]):
        return True  # 汊涧镇: a township jieba does not know, whatever tag it guesses
    return word in cues.NAME_KEEP_WORDS or not (len(word) > 1 and tag in cues.NAME_STOP_TAGS)


def _counted(toks, i: int) -> bool:
    """A counter after a number (28家, 14个) ends a name; inside a place name (廖家桥镇) it does not."""
    return toks[i][0] in cues.COUNTERS_STOP and i > 0 and bool(re.fullmatch(r"[\d零一二两三四五六七八九十百千]+", toks[i - 1][0]))


def _glued(text: str, toks, i: int, start: int, type_start: int) -> bool:
    """和 inside an unknown name (安和医院, 保和乡): the conjunction sits between single characters or right before the type
    (三和医院: a bare type names no institution of its own), or follows the one
    character that opens an item of a list (麦新镇、义和塔拉镇卫生院: no item is one character); not after a name's type
    (县妇幼保健院和北舞渡镇卫生院: jieba cuts 院 off 妇幼保健, the 和 joins two names) or its last character (县卫生监督所和…),
    nor after an alliance's name (医共体与季宅乡卫生院: jieba knows no 医共体 and cuts it into characters)."""
    before, after = (toks[i - 1] if i > 0 else None), toks[i + 1]
    if before is None or after[1] != start:
        return False
    if _ends_type(text, toks[i][1]) or text.endswith(cues.ALLIANCE_TYPES, 0, toks[i][1]):
        return False  # after a name's type or an alliance's name, 和 joins two names
    char = before[0]
    if len(char) != 1 or not _HAN.match(char) or char in cues.UNLISTED_TYPE_ENDS or char in cues.NAME_STOP_WORDS \
            or char in "镇乡村县市区街":
        return False
    return len(after[0]) == 1 or before[1] > 0 and text[before[1] - 1] == "、" \
        or after[1] == type_start and toks[i][0] == "和" and i > 1 and toks[i - 2][3] == "ns"


def _links_on(text: str, end: int) -> bool:
    """A hospital name continues after an academic one (…大学附属…医院, 科学院·…医院)."""
    return text.startswith(cues.ACADEMIC_LINK, end)


def _trim(name: str, gaz: Gazetteer) -> str:
    """Dates and numbers off the front; a name that holds a place starts at it unless a university leads it."""
    name = _LEADING_NOISE.sub("", name).strip("·()（）")
    places = gaz.scan(name)
    if places and places[0][0] > 0 and _written_with_level(places[0][2], gaz):
        head = name[: places[0][0]]
        if not any(t in head for t in cues.ACADEMIC_TYPES + cues.ACADEMIC_LINK):
            name = name[places[0][0]:]
    return name if len(name) > len(type_of(name)) or name in cues.MEDICAL_TYPES else name


def _written_with_level(surface: str, gaz: Gazetteer) -> bool:
    """A place written in full or with its level (孝感市, 舞阳县), not a bare short name (龙山 in 六龙山乡)."""
    return any(a.kind == "full" for a in gaz.aliases[surface]) or surface.endswith(_ADMIN_SUFFIX)


_MIXED_LEVELS = {a + b for a in "县区市" for b in "县区市" if a != b}  # 县区, 区县, 县市, 市县, 市区, 区市


def _enumeration(text: str, toks, token_at: list[int], org: Org, taken: list[bool],
                 gaz: Gazetteer) -> tuple[list[tuple[int, int, str]], str | None]:
    """The other items of an enumeration that ends in ``org`` and shares its type, and the name ``org``
    takes as its last item (None when ``org`` is only the type a closed list shares).

    Either the list is closed by 等 and/or a count before a bare or generic type (老街、马路街等4家社区卫生服务中心,
    胜利、金积4家社区卫生服务中心), or ``org`` is its last item (孟寨镇、辛安镇卫生院). What the items share
    is read from their shape: places with their level share what follows the last one's place (恩施市、利川市、
    来凤县人民医院: 人民医院); items without a level word share the last one's (东河、丽园街道社区卫生服务中心:
    街道社区卫生服务中心); a second type after 和 goes to the items of its level (青菏街道、庄寨镇社区卫生服务中心和卫生院).
    An item that carries a type of its own, or ends as a short name of an institution does (二附院), ends the list; after 和/与/及 an item of an open list must have
    the shape of the last one. A place written once before the list goes to every item (宜秀区大龙山镇、杨桥镇卫生院:
    宜秀区杨桥镇卫生院, the fullest name the text supports); places written before some items but not the
    first are dropped from all, as no one of them is said of the others.
    """
    kind_type = type_of(org.name)
    if not kind_type or org.kind != "medical" or org.name[:2] in _MIXED_LEVELS:
        return [], None  # 汉滨、汉阴…9个县区医院: hospitals of counties and districts, a kind across levels, no names
    before = text[max(0, org.start - 12) : org.start]
    closed = _LIST_CLOSE.search(before)
    if closed and (org.generic or org.name[0] in LEVELS):
        pos, last = org.start - (len(before) - closed.start()), None
    elif not org.generic and org.start > 0 and _separator(text, toks, token_at, org.start - 1):
        stem = org.name[: len(org.name) - len(kind_type)]
        if len(stem) - _place_prefix(stem + kind_type, gaz) > MAX_ITEM or _TYPE_RE.search(stem):
            return [], None  # 塔什库尔干塔吉克自治县人民医院: a long place is one item
        pos, last = org.start - 1, org.name
    else:
        return [], None
    spans: list[tuple[int, int]] = []
    while True:
        item_end = item_start = pos
        while item_start > 0 and item_end - item_start < MAX_ITEM and _HAN.match(text[item_start - 1]) \
                and not _item_starts(text, toks, token_at, item_start, item_end):
            item_start -= 1
        bounded = item_start > 0 and _item_starts(text, toks, token_at, item_start, item_end) \
            and not _TYPE_RE.search(text, item_start, item_end)  # (市疾控中心以及通什镇、: the list starts after 以及)
        if not bounded:
            for j in range(item_end - 1, item_start - 1, -1):  # the first item starts after the last clause word
                word, w_start, w_end, tag = toks[token_at[j]]
                if word in CONJUNCTIONS and w_end == item_end:
                    continue  # 以及靖和、: an item ends in no conjunction, this 和 is the name's
                if w_start >= item_start and w_end <= item_end and (not _name_part(word, tag) or _counted(toks, token_at[j])):
                    item_start = w_end
                    break
            if text[item_start:item_end] in ("镇", "乡") and item_start > 0:
                word, w_start, w_end, _ = toks[token_at[item_start - 1]]
                if w_end == item_start and 2 <= len(word) <= 3 and all(_HAN.match(ch) for ch in word):
                    item_start = w_start  # 并将开通镇、鸿兴镇: a level alone is no item, the word before it is its name
            if item_end - item_start == 1 and spans and item_start > 0 and _HAN.match(text[item_start - 1]) \
                    and text[item_start - 1] not in "、，。；：" and all(e - s >= 2 for s, e in spans):
                item_start -= 1  # 帮助来牟、五宝2个镇卫生院: no item is one character, 来 is the township's, not a verb
            if _SELF_PLACE_HEAD.match(text, item_start) and item_end - item_start > 3:
                item_start += 2  # 我县陈家坊镇、酿溪镇…: the speaker's county before the list, no part of its first item
        inside = None if bounded else next(reversed(list(_TYPE_RE.finditer(text, item_start, item_end))), None)
        if inside is not None and item_end - inside.end() >= 2 and kind_type == "分院":
            item_start = inside.end()  # the first branch follows its hospital's name (尤溪县总医院西城、洋中分院)
        item = text[item_start:item_end]
        if not item or _TYPE_RE.search(item) or item.endswith(cues.NAMED_ALREADY) or any(taken[item_start:item_end]) \
                or _POST.search(item) or _POST_BEFORE.search(text, max(0, item_start - 4), item_start) \
                or _GENERIC.match(item) and not (len(item) > 2 and item.endswith(TOWNSHIP_LEVELS)):
            break  # a class (全县, 各乡镇), though a township in a list may be named by a number (五十镇); a person
        if last is not None and text[item_end] in CONJUNCTIONS and not _same_shape(item, stem) \
                and not (item in gaz.aliases and gaz.scan(stem)[:1] and gaz.scan(stem)[0][0] == 0):
            break  # after 和 an item has the last one's shape: a township for a township, a place for a place
        spans.append((item_start, item_end))
        if not bounded:
            break
        pos = item_start - 1
    if not spans or last is None and len(spans) == 1 and not closed.group(0).startswith("等"):
        return [], None  # 西城区三家医院: a place and a count, not a list
    spans.reverse()
    items = [text[s:e] for s, e in spans]
    counties = [item for item in items if gaz.scan(item)[:1] and gaz.scan(item)[0][:2] == (0, len(item))]
    if last is None and counties and ("乡镇" in text[spans[-1][1] : org.end]
                                      and (kind_type != "分院" or len(counties) == len(items)
                                           or any(_county_or_above(c, gaz) for c in counties))
                                      or kind_type in cues.GRASSROOTS_TYPES
                                      and all(_county_or_above(item, gaz) for item in counties)):
        # 麻章区、坡头区所辖18个乡镇卫生院, 振兴区、元宝区8家社区卫生服务中心: the counties the townships or communities lie
        # in, no names of their institutions; but branches take a township's bare name (濉溪、里心、溪口等9个乡镇分院: 濉溪
        # shares a county's name among townships the gazetteer does not know, and is a township too)
        return [], None
    if any(item.endswith("的") for item in items):
        return [], None  # 振兴区、元宝区的8家…: what a list's items own, not their names
    if last is None:
        last_item, shared = None, _CLASS_HEAD.sub("", org.name) or kind_type  # 乡镇卫生院 -> 卫生院, 镇卫生院 stays
        shared = _COUNT_OF_LEVEL.sub("", shared)  # 大兴、小涧等四镇卫生院: the count is no part of the name
    else:
        last_item, shared = _split_last(last, items, kind_type, gaz)
        last_item, shared = _without_count(last_item, shared, len(items) + 1)
    shared = _HONOUR.sub("", shared) if type_of(_HONOUR.sub("", shared)) else shared
    honour = _HONOUR_AT_END.search(last_item) if last_item else None
    if honour and honour.start() >= 2 and not any(_HONOUR_AT_END.search(item) for item in items):
        last_item = last_item[: honour.start()]
    second = _SECOND_TYPE.match(text, org.end) if last is not None else None
    everything = items + ([last_item] if last_item else [])
    prefixed = [_place_prefix(item, gaz) for item in everything]
    if prefixed[0] and not any(prefixed[1:]):
        place = everything[0][: prefixed[0]]
        everything = [everything[0]] + [place + item for item in everything[1:]]
    elif not all(prefixed):
        everything = [item[n:] for item, n in zip(everything, prefixed)]

    def named(item: str) -> str:
        suffix = shared
        if second is not None:
            # 社区卫生服务中心和卫生院: a street's centre, a township's 卫生院
            urban = item.endswith(("街道", "街", "社区"))
            suffix = next((t for t in (shared, second.group(1)) if ("社区" in t) == urban), shared)
        level = next((lv for lv in SHARED_LEVELS if suffix.startswith(lv) and suffix != kind_type), "")
        group = TOWNSHIP_LEVELS if level in TOWNSHIP_LEVELS else tuple(cues.LEVELS)  # 马川子乡 for 镇卫生院; 中市 is no 市
        if level in ("镇", "乡"):
            group = tuple(lv for lv in group if lv != "街")  # 广货街 of 广货街…11个镇中心卫生院 is a township's name, 街道 a level
        # (东乡 of 东乡、三里等镇卫生院 is a township's two-character name, not 东 with its level; 磁县 of 磁县、魏县等
        # 3家县人民医院 is a county's whole name)
        whole = len(item) > 2 or level not in TOWNSHIP_LEVELS and gaz.scan(item)[:1] and gaz.scan(item)[0][:2] == (0, len(item))
        return item + (suffix[len(level):] if level and item.endswith(group) and whole else suffix)

    out = [(s, e, named(item)) for (s, e), item in zip(spans, everything)]
    return out, (named(everything[-1]) if last_item else None)


_BRACKETED = re.compile(r"[（(](?P<items>[\u4e00-\u9fff]{2,%d}(?:[、，,][\u4e00-\u9fff]{2,%d})+)(?:等)?[）)]" % (MAX_ITEM, MAX_ITEM))


def _bracketed(text: str, org: Org) -> list[tuple[int, int, str]]:
    """The items a bracket right after a counted or class type names (6个镇卫生院（定城、新竹、龙湖…）, 3家社区卫生服务中心
    （东城、西城）): each takes the type, its level word too unless the item carries its own (M2). Brackets holding
    anything else (含牵头医院, 以下简称…, a name with its own type) name no items."""
    match = _BRACKETED.match(text, org.end)
    if match is None:
        return []
    items = re.split("[、，,]", match.group("items"))
    items[-1] = items[-1].removesuffix("等")  # （定城镇、新竹镇等）
    if any(_TYPE_RE.search(item) or _GENERIC.match(item) or any(w in item for w in cues.NOT_BRACKET_ITEMS)
           for item in items):
        return []
    shared = _COUNT_OF_LEVEL.sub("", _CLASS_HEAD.sub("", org.name) or type_of(org.name))
    level = next((lv for lv in SHARED_LEVELS if shared.startswith(lv) and shared != type_of(org.name)), "")
    out, pos = [], match.start("items")
    for item in items:
        suffix = shared[len(level):] if level and item.endswith(TOWNSHIP_LEVELS if level in TOWNSHIP_LEVELS else tuple(LEVELS)) else shared
        out.append((pos, pos + len(item), item + suffix))
        pos += len(item) + 1
    return out


def _county_or_above(place: str, gaz: Gazetteer) -> bool:
    """A place written with its level that is a county or above (振兴区, 魏县), not a township (三河镇)."""
    return place.endswith(_ADMIN_SUFFIX) and all(a.place.level <= 3 for a in gaz.aliases[place])


def _without_count(last_item: str, shared: str, n: int) -> tuple[str, str]:
    """An open list closed by its own count before the shared level (师宗、罗平、陆良三县人民医院, 茅坝、长岗三镇卫生院):
    the count is dropped when it is the number of items, so a place named with a numeral (五十镇) stays."""
    head, tail = _COUNT_OF_LEVEL.match(shared), _COUNT_AT_END.search(last_item)
    if head and number(head.group(0)) == n:
        return last_item, shared[head.end():]
    if tail and number(tail.group(0)) == n:
        return last_item[: tail.start()], shared
    return last_item, shared


def _item_starts(text: str, toks, token_at: list[int], start: int, end: int) -> bool:
    """Whether an item of a list starts at ``start``: after 、, or after 和/与/及 once two characters are
    read (以及靖和、新安: the 和 of 靖和 ends no item)."""
    return _separator(text, toks, token_at, start - 1) and (text[start - 1] == "、" or end - start >= 2)


def _split_last(last: str, items: list[str], kind_type: str, gaz: Gazetteer) -> tuple[str, str]:
    """The last item of an open list and the part it shares with the others, read from their shape."""
    # places, one of them maybe written in a former name the gazetteer lacks (澄江县, now 澄江市)
    if all(item in gaz.aliases or item.endswith(_ADMIN_SUFFIX) and len(item) <= 4 for item in items) \
            and any(item in gaz.aliases for item in items):
        places = gaz.scan(last)
        if places and places[0][0] == 0 and places[0][1] < len(last) - len(kind_type) + 1:
            cut = places[0][1]
            if places[0][2].endswith(_ADMIN_SUFFIX) and not any(item.endswith(_ADMIN_SUFFIX) for item in items):
                cut -= 1  # 海安、如皋、启东市人民医院: the level is shared too
            return last[:cut], last[cut:]  # 来凤县 + 人民医院
    stem = last[: len(last) - len(kind_type)]
    level = next((lv for lv in TOWNSHIP_LEVELS if stem.endswith(lv) and len(stem) > len(lv) + 1), "")  # 堂街 is no 堂 街道
    counted = _COUNT_AT_END.search(stem[: -len(level)]) if level else None
    if counted and number(counted.group(0)) == len(items) + 1:
        return stem[: counted.start()], level + kind_type  # 厚街、寮步两镇社区卫生服务中心: the count says the level is shared
    if level and not any(item.endswith(TOWNSHIP_LEVELS) for item in items):
        return stem[: -len(level)], level + kind_type  # 丽园 + 街道社区卫生服务中心
    return stem, kind_type


def _place_prefix(item: str, gaz: Gazetteer) -> int:
    """The length of a place written with its level at the head of an item (运河区南湖 -> 3), 0 without one."""
    places = gaz.scan(item)
    if places and places[0][0] == 0 and len(item) - places[0][1] >= 2 and _written_with_level(places[0][2], gaz):
        return places[0][1]
    return 0


def _separator(text: str, toks, token_at: list[int], pos: int) -> bool:
    """、 always separates items; 和/与/及 only as words of their own (not the 和 of 和平镇), and never right
    after another separator (丁蜀镇、和桥镇)."""
    if text[pos] == "、":
        return True
    if pos > 0 and text[pos - 1] in "、，," or pos > 1 and text[pos - 2] in "、，,：:" and _HAN.match(text[pos - 1]):
        return False  # (锡尼镇、伊和乌素苏木: no item is one character, so the 和 is inside a name)
    if text[pos] in CONJUNCTIONS and _ends_type(text, pos):
        return True  # 县中医医院和平马镇: the 和 after a name joins, whatever jieba glued it to
    return text[pos] in ITEM_SEPARATORS and toks[token_at[pos]][0] == text[pos]


def _same_shape(item: str, stem: str) -> bool:
    """Two items of one list end alike: both a township (镇/乡/街道) or both the same last character."""
    township = ("镇", "乡", "街", "村", "街道")
    return bool(stem) and (item[-1] == stem[-1] or item.endswith(township) and stem.endswith(township))


_ADMIN_SUFFIX = ("市", "县", "区", "州", "旗", "盟")


def canonical(name: str, gaz: Gazetteer) -> str:
    """The official form of a name's leading place: 兰坪县人民医院 -> 兰坪白族普米族自治县人民医院,
    襄樊市中医医院 -> 襄阳市中医医院. Only a place written with its level (县, 州, 市) and naming one unit
    is replaced; a bare short name inside a proper name (北京朝阳医院) stays."""
    places = gaz.scan(name)
    if not places or places[0][0] != 0:
        return name
    # 宁夏固原市人民医院, 广西百色市那坡县人民医院: the institution is named from its own place on
    while len(places) > 1 and places[1][0] == places[0][1] and len(name) > places[1][1] \
            and _drops_before(places[0][2], places[1][2], gaz):
        name = name[places[0][1]:]
        places = [(s - places[1][0], e - places[1][0], w) for s, e, w in places[1:]]
    surface = places[0][2]
    aliases = gaz.aliases[surface]
    if len(aliases) != 1 or aliases[0].kind == "full" or not surface.endswith(_ADMIN_SUFFIX):
        return name
    if surface.endswith("州") and not aliases[0].place.name.endswith("州"):
        return name  # 苏州大学 is no 苏州 written with its level
    return aliases[0].place.name + name[len(surface):]


def _drops_before(outer: str, inner: str, gaz: Gazetteer) -> bool:
    """A province before any place, or a prefecture before a county (not a city district), is not part of
    an institution's name: 宁夏固原市人民医院, 广西百色市那坡县人民医院; 许昌市建安区人民医院 keeps its city."""
    outer_level = min(a.place.level for a in gaz.aliases[outer])
    inner_places = [a.place for a in gaz.aliases[inner]]
    if not inner.endswith(_ADMIN_SUFFIX) or not inner_places:
        return False
    return outer_level == 1 or outer_level == 2 and not inner.endswith("区") and all(p.level == 3 for p in inner_places)


def same_institution(short: str, full: str) -> bool:
    """A short form and the full name of one hospital: 山东省立医院 / 山东第一医科大学附属省立医院,
    福建协和医院 / 福建医科大学附属协和医院, 北京朝阳医院 / 首都医科大学附属北京朝阳医院."""
    if short == full or len(short) >= len(full):
        return False
    link = next((w for w in ("附属", "大学", "医学院") if w in full), None)
    if link is None:
        return False
    head, _, tail = full.rpartition(link)  # 南方医科大学南方医院 / 南方医院
    for cut in range(len(short) - 2, -1, -1):
        if tail.endswith(short[cut:]) and tail == short[cut:] or short.endswith(tail) and len(tail) >= 3:
            prefix = short[: len(short) - len(tail)] if short.endswith(tail) else short[:cut]
            return not prefix or prefix in head or _proper(tail) and _one_place(prefix) and not load().scan(head)
    return False


def _proper(name: str) -> bool:
    """A hospital's name of its own (协和医院, 同济医院), not a number, a kind or a discipline many share (第一医院, 人民医院)."""
    stem = name[: len(name) - len(type_of(name))]
    return len(stem) >= 2 and not _ORDINAL.search(stem) and not _DISCIPLINE_ONLY.match(stem) \
        and stem not in ("人民", "中心", "中医", "附属", "总", "中西医结合")


def _one_place(text: str) -> bool:
    """The whole text is one place of the gazetteer (武汉 of 武汉协和医院: the city a university's hospital stands in)."""
    places = load().scan(text)
    return len(places) == 1 and places[0][:2] == (0, len(text))


def is_short_form(name: str) -> bool:
    """Whether a name ends in a hospital's customary short form (市一院, 广医附院)."""
    return bool(_SHORT_AT_END.search(name))


def shortens(short: str, full: str) -> bool:
    """A hospital's customary short form (市一院, 重医附一院, 广医附院, 省人医) of a full name: its characters in order in the
    full name, and the same ordinal (市一院 is no 市第二人民医院, 省人医 no 省第二人民医院)."""
    if not _SHORT_AT_END.search(short) or _SHORT_AT_END.search(full) or not type_of(full).endswith("医院"):
        return False
    ordinals = {a or b for a, b in _ORDINAL_DIGIT.findall(full)}
    if ordinals != set(re.findall(r"[一二三四五六七八九十]", short)):
        return False
    pos = 0
    for ch in re.sub(r"[一二三四五六七八九十]", "", short[:-1]):  # (昆医附二院: 第二 stands before 附属 in the full name)
        pos = full.find(ch, pos) + 1
        if not pos:
            return False
    return True


def abbreviates(short: str, full: str) -> bool:
    """医大总医院 for 天津医科大学总医院: the same type, and the short name's characters in order in the full one."""
    if len(short) >= len(full):
        return False
    t = type_of(short)
    if not t or type_of(full) != t:
        return False
    head, chars = full[: len(full) - len(t)], short[: len(short) - len(t)]
    if len(chars) < 2 and not (chars in LEVELS and head.endswith(chars + "人民")):
        return False
    if head.startswith(chars) and head != chars + "人民":
        return False  # 漯河市中医院 is not 漯河市中心医院: a name that only stops earlier is another one
    pos, skipped = 0, []
    for ch in chars:
        found = head.find(ch, pos)
        if found < 0:
            return False
        skipped.append(head[pos:found])
        pos = found + 1
    # 林州市人民医院 is not 林州市第二人民医院: an ordinal left out names another hospital, and 临沂市人民医院
    # is not 临沂市河东区人民医院: nor does a place left out inside (one left out before it, 宁波市, only places it)
    # 道口镇卫生院 is not (滑县)白道口镇卫生院: a township named in the short name is another township in the
    # full one when letters other than a place come before it (滑县道口镇, 安阳道口镇 are the same)
    for township in _TOWNSHIP.finditer(chars):
        at = head.find(township.group(0))
        if at > 0 and head[at - 1] not in LEVELS and not any(end == at for _, end, _ in load().scan(head[:at])):
            return False
    return not _ORDINAL.search("|".join(skipped + [head[pos:]])) and not any(map(_PLACE_LEFT_OUT.fullmatch, skipped[1:]))


def representatives(names: list[str], gaz: Gazetteer) -> dict[str, str]:
    """Each name -> the form to give out: its canonical place, and the full name of a short form written
    in the same text (福建协和医院 -> 福建医科大学附属协和医院, 医大总医院 -> 天津医科大学总医院)."""
    forms = {name: canonical(name, gaz) for name in names}
    fulls = list(dict.fromkeys(forms.values()))  # in the text's order: a tie in length goes the same way in every process
    out = {}
    for name, form in forms.items():
        longer = [f for f in fulls if same_institution(form, f)]
        if not longer:
            # 天坛医院 for 北京天坛医院 and 首都医科大学附属北京天坛医院: one hospital, by its fullest name
            abbreviated = list({max([g for g in fulls if g == f or same_institution(f, g)], key=len)
                                for f in fulls if abbreviates(form, f)})
            if len(abbreviated) > 1:
                # 县医院 is by custom the county's 人民医院
                abbreviated = [f for f in abbreviated if f.replace("人民", "", 1) == form]
            longer = abbreviated if len(abbreviated) == 1 else []
        if not longer and is_short_form(form):
            shortened = {max([g for g in fulls if g == f or same_institution(f, g)], key=len)
                         for f in fulls if shortens(form, f)}
            longer = list(shortened) if len(shortened) == 1 else []  # 市一院 -> 惠州市第一人民医院 written once
        central = form[: -len("卫生院")] + "中心卫生院" if form.endswith("卫生院") and not form.endswith("中心卫生院") else ""
        if not longer and central in forms.values():
            longer = [central]  # 长山镇卫生院 of a list is the 长山镇中心卫生院 named elsewhere: a township has one
        out[name] = max(longer, key=len) if longer else form
    return out


def complete(name: str, county: str | None, city: str | None, province: str | None) -> str:
    """A name that starts with a bare level word takes that level's place: 县中医院 -> 舞阳县中医院."""
    for level, place in (("县", county), ("区", county), ("旗", county), ("市", county if county and county.endswith("市") else city),
                         ("州", city), ("盟", city), ("省", province)):
        if place and name.startswith(level) and place.endswith(level) and not name.startswith(place):
            rest = name[len(level):]
            if rest and not rest.startswith(("级", "域", "乡", "直", "属")):
                return place + rest
    return name
