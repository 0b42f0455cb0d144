"""How many members an alliance has: a small grammar over "N家" phrases.

Every number with a counter (家/个/所, 9县 before its hospitals) that counts institutions is a
candidate; the words before it say what kind of number it is (cues.COUNT_CUES): the stated total
(成员单位共16家), growth to a new total (由8家发展到15家 -> 15), a list closed by 等28家, or the
institutions a network connects or covers. A number of members added (新吸纳3家) or of an earlier
state (成立之初的28家) is not the total, an approximate amount (二十余家) is no count at all, and a
number of anything else (9家医院通过认证, 1260余人次) is no candidate. Parts counted side by side
(由5家医院和51家社区健康中心组成; …9县人民医院，并延伸到全市103个乡镇卫生院; 17个乡镇卫生院和
县中医医院) are added up. The best-supported number wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from yilian.clean.enrich import cues
from yilian.clean.enrich.zones import SENTENCE_REACH, clause_after, sentence_around, sentence_before

_CANDIDATE = re.compile(cues.NUMBER + r"\s*(?P<counter>" + cues.COUNTERS + r"|[县镇乡]|街道)")
# 6镇6乡卫生院, 9个镇和3个街道社区卫生服务中心: counts of townships before their institutions, added up
_LEVEL_COUNT = re.compile(r"\d{1,3}|[一二两三四五六七八九十]{1,3}")
_TOWNSHIP_CHAIN = re.compile(r"^(?P<chain>(?:\s*[、和及与]?\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?(?:[镇乡]|街道))*)\s*(?:的)?"
                             r"(?P<noun>" + "|".join(cues.GRASSROOTS_TYPES) + ")")
_NOUN_AFTER = re.compile(r"^(?:[^，。；\d]{0,10}?的)?[\u4e00-\u9fff（）()、]{0,8}?" + cues.MEMBER_NOUNS)
_CUES = [(re.compile(before + r"$") if before else None, re.compile("^" + after) if after else None, weight, rule, noun)
         for before, after, weight, rule, noun in cues.COUNT_CUES]
_NOUN_IN = re.compile(cues.MEMBER_NOUNS)
_NOUN_BEFORE = re.compile(cues.MEMBER_NOUNS + "$")
_TIER_JOIN = re.compile(r"\s*(?:、|和|及|以及|与)[^，。；\d]{1,12}")
_TIER_NEXT = re.compile(_TIER_JOIN.pattern + cues.NUMBER.replace("?P<n>", "?:") + r"\s*" + cues.COUNTERS)
_DELTA = re.compile(cues.COUNT_DELTA_BEFORE)
_GROWTH_AFTER = re.compile(cues.COUNT_GROWTH_AFTER)
_APPROX_BEFORE = re.compile(cues.APPROXIMATE_BEFORE)
_APPROX_AFTER = re.compile(cues.APPROXIMATE_AFTER)
_NOT_INSTITUTIONS = re.compile(cues.NOT_INSTITUTIONS_AFTER)
_WHOLE_MEMBERSHIP_BEFORE = re.compile(cues.ALLIANCE_SUBJECTS + r"(?:内|内的|的)?(?:全部|所有|全体)?$|(?:首批|第一批)$|"
                                      + cues.AFTER_ALLIANCE_CLAUSE + "$")
_BECOME_MEMBERS = re.compile(cues.BECOME_MEMBERS_AFTER)
_BECOME_NEXT = re.compile(cues.BECOME_MEMBERS_NEXT_CLAUSE)
_PARTICIPANTS_BEFORE, _PARTICIPANTS_AFTER = (re.compile(p) for p in cues.COUNT_PARTICIPANTS)
_JOIN = re.compile(cues.COUNT_JOIN)
_NEWCOMERS = re.compile(cues.COUNT_NEWCOMERS)
_JOINT = re.compile(r"以及|和|及")
_COUNTED_NEXT = re.compile(cues.COUNTED_NEXT)
_MADE_OF = re.compile(cues.COUNT_MADE_OF[0])
_MADE_UP_AFTER = re.compile(cues.COUNT_MADE_OF[1])
_WHOLE_CLASS = re.compile(cues.COUNT_WHOLE_CLASS)
_TYPE_IN = re.compile("|".join(cues.MEDICAL_TYPES))
_TOTAL_CLAUSE = re.compile(cues.COUNT_TOTAL_CLAUSE)
_ALLIANCE_WORD = re.compile(cues.ALLIANCE_WORDS + "|" + cues.ALLIANCE_SUBJECTS)  # (集团成员单位共7家: the group said again by its kind)
_SUBSET = re.compile(cues.COUNT_SUBSET)
_PICKED = re.compile(cues.COUNT_PICKED_BEFORE)
_DEPARTMENTS = re.compile(cues.COUNT_DEPARTMENTS_BEFORE)
_SEVERAL = re.compile(cues.COUNT_SEVERAL_ALLIANCES_BEFORE)
_BRACKETED = re.compile(r"[（(][^（）()]{0,60}[）)]")
_FIRST_BATCH = re.compile(cues.COUNT_FIRST_BATCH)
_TOTAL_BEFORE = re.compile(r"(?:共|共计|共有|总计|合计)\s*$")
_FUTURE_TOTAL = re.compile(cues.COUNT_FUTURE_TOTAL)
_FUTURE = re.compile(cues.COUNT_FUTURE_BEFORE)


@dataclass(slots=True)
class Count:
    value: int
    start: int
    end: int  # end of the counted noun phrase
    score: float
    rule: str
    # 县级医院2家、乡镇卫生院4家: as one of a tiered list's parts (noun before number), what the noun adds to the score
    part_bonus: float | None = None


@lru_cache(maxsize=1 << 12)  # cn2an takes microseconds, and pages count with the same few numbers
def number(text: str) -> int | None:
    """137 or 一百三十七 -> 137; None when it is not a whole number."""
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if value == int(value) and value > 0 else None


def candidates(text: str) -> list[Count]:
    """Numbers that count institutions, with the weight of what the words around them say they count."""
    out, skip = [], -1
    for match in _CANDIDATE.finditer(text):
        value = number(match.group("n"))
        if value is None or value >= 10000 or match.start() < skip:
            continue
        counter = match.group("counter")
        level = counter if counter in ("镇", "乡", "街道") else next(
            (lv for lv in ("镇", "乡", "街道") if counter == "个" and text.startswith(lv, match.end())), "")
        chain = None
        if level:
            rest = match.end() + (len(level) if counter == "个" else 0)
            chain = _TOWNSHIP_CHAIN.match(text[rest:])
            if chain is None and counter != "个":
                continue  # 6镇 counts townships unless their institutions follow
            if chain is not None:
                value += sum(number(n) or 0 for n in _LEVEL_COUNT.findall(chain.group("chain")))
                skip = rest + chain.end()
        if value == 1 and not _COUNTED_NEXT.match(text, match.end()) and not _TIER_NEXT.match(text, match.end()):
            continue  # 一家省属医院 is "a hospital", no count of members, unless a part of a list (1家三级医院、2家…;
            # 县级医院1家、乡镇卫生院3家)
        before = sentence_before(text, match.start(), 120)  # a list of members is long
        after = clause_after(text, match.end(), 30)
        if _APPROX_BEFORE.search(before[-6:]) or _APPROX_AFTER.match(after) or _NOT_INSTITUTIONS.match(after):
            continue
        become_next = _BECOME_NEXT.match(text, match.end())
        become = _BECOME_MEMBERS.match(after) or become_next
        if _PARTICIPANTS_BEFORE.search(before) and not become \
                or _PARTICIPANTS_AFTER.match(after) and not (become or _WHOLE_MEMBERSHIP_BEFORE.search(before)):
            continue  # 来自18家成员单位的学员: those who came, not the members (but 集团11家成员单位的负责人…, 来自五市的
            # 41家医疗机构成为首批成员单位: the whole membership or those who become members)
        noun = _NOUN_AFTER.match(after) if chain is None else chain
        if counter == "县" and not re.match(r"^[\u4e00-\u9fff]{0,4}?(?:医院|卫生院)", after):
            continue  # 9县 counts counties unless their hospitals follow
        # 县级医院2家、乡镇卫生院4家: the noun before its number, as a tiered list counts its parts; alone it is
        # no total (共有乡镇卫生院14所 counts a county's health centres)
        tiered = chain is None and _NOUN_BEFORE.search(before) is not None and (noun is None or after.startswith("、"))
        score, rules = _weigh(before, after, noun is not None)
        if noun is not None and score < cues.COUNT_BECOME_WEIGHT and become_next:
            score, rules = cues.COUNT_BECOME_WEIGHT, ["N institutions become members in the next clause"]
        part_bonus = _weigh(before, after, True)[0] - score if tiered else None
        if not rules and noun is None and not tiered:
            continue
        if not rules:
            rules = ["a counted part of members"]  # counts only joined to a stated part
        penalty = 0.0
        own_clause = re.split("[，,]", before)[-1]
        if _DELTA.search(before) or re.search(r"由[^，。；\d]{0,8}$", before) and _GROWTH_AFTER.match(after):
            penalty += 3.0
            rules.append("a number added or earlier, not the total")
        elif _NEWCOMERS.search(before) and not _TOTAL_CLAUSE.search(own_clause):
            penalty += 3.0
            rules.append("the members who join now, not all")
        several = None
        for several in _SEVERAL.finditer(before):
            pass
        if several is not None and not _ALLIANCE_WORD.search(before, several.end()):
            # (not when one of them is named after: 专科联盟11个，其中市胸痛中心联盟成员单位已有29家)
            penalty += 3.0
            rules.append("the institutions of several alliances counted before it")
        if _FUTURE.search(own_clause):
            penalty += 3.0  # 将在年底前覆盖全县15家, 计划吸纳20家: a count still to come (C3)
            rules.append("a count still to come")
        if _PICKED.search(before) or noun is None and _DEPARTMENTS.search(before):
            penalty += 3.0  # 成员单位中已有18家…, 能开展溶栓的医院已达28家, 卒中中心由9家增加到15家
            rules.append("a part of the institutions picked by what they are or do, or their departments")
        end = (skip if chain is not None else match.end() + (noun.end() if noun and not tiered else 0))
        out.append(Count(value, match.start(), end, score - penalty, "; ".join(rules), part_bonus))
    return out


def _weigh(before: str, after: str, noun: bool) -> tuple[float, list[str]]:
    """The weight and rule of the best count cue around a number; ``noun``: the counted noun is said."""
    score, rules = 0.0, []
    for pattern_before, pattern_after, weight, rule, needs in _CUES:
        if pattern_before is not None and not pattern_before.search(before):
            continue
        if pattern_after is not None and not pattern_after.match(after):
            continue
        if needs == "after" and not noun or needs == "clause" and not _NOUN_IN.search(before + after):
            continue  # 覆盖全市17个县: counts places, not institutions
        if weight > score:
            score, rules = weight, [rule]
    return score, rules


def member_count(text: str, named: list[tuple[int, int]] = (), others: frozenset[int] = frozenset(),
                 listed: list[tuple[int, int]] = (), leads: frozenset[int] = frozenset()) -> tuple[int | None, list[str]]:
    """The stated total of members, with the phrase and rule that gave it; None when none is stated.

    ``named`` are the spans of named institutions, which a counted part may be joined with
    (17个乡镇卫生院和县中医医院 -> 18); ``others`` the starts of alliance words that name another alliance
    than the one the text is about (县人民医院医共体 on the 县中医院医共体's page): a count said after one, with
    no other alliance word between, counts that alliance's members. ``listed`` are the spans of the members named: a
    number that opens the sentence after a list of them and is as many (A；B；…；F。6家成员单位负责人…) restates it;
    ``leads`` where the lead is named."""
    found = candidates(text)
    _restated(text, found, listed)
    for count in found:
        said_of = None
        for said_of in _ALLIANCE_WORD.finditer(text, max(0, count.start - SENTENCE_REACH), count.start):
            pass
        if said_of is not None and said_of.start() in others and not re.search("[。；\n]", text[said_of.end() : count.start]):
            count.score -= 3.0
            count.rule += "; another alliance's members"
    for count in found:
        start, end = sentence_around(text, count.start, count.end)
        future = _FUTURE_TOTAL.search(text, count.end, end)
        if future is not None and _FIRST_BATCH.search(text, start, future.start()):
            count.score -= 3.0
            count.rule += "; a first batch with only a future total"
            for later in found:
                if future.start() <= later.start < future.end():
                    later.score -= 3.0
                    later.rule += "; a total still to come"
    # the newcomers told once (新增3家成员单位) are as many when a signing counts them again (3家单位…签订了协议)
    added = {c.value for c in found if c.rule.endswith("a number added or earlier, not the total")}
    for count in found:
        if count.value in added and "not the total" not in count.rule and "the members who join now" not in count.rule \
                and not _TOTAL_CLAUSE.search(sentence_before(text, count.start, 40)):
            count.score -= 3.0
            count.rule += "; as many as the members added, told elsewhere"
    for whole, part in zip(found, found[1:]):
        between = text[whole.end : part.start]
        if part.value < whole.value and _SUBSET.search(between) and not re.search("[。；\n]", between):
            part.score -= 3.0
            part.rule += f"; a part of the {whole.value} before it"
    _agreeing_totals(text, found)
    starting, ending = {s: (s, e) for s, e in named}, {e: (s, e) for s, e in named}
    groups: list[list[Count]] = []
    for count in found:
        if groups and _joined(text, groups[-1][-1], count):
            groups[-1].append(count)
        else:
            groups.append([count])
    best, best_score, best_value, best_rule = None, 0.0, 0, ""
    for group in groups:
        tiered = len(group) > 1 and all(c.part_bonus is not None for c in group)
        score = max(c.score + (c.part_bonus if tiered else 0.0) for c in group)
        before, made_of = _named_before(text, group[0], ending, leads)
        extra = _named_after(text, group[-1], starting) + before
        rule = "; ".join(dict.fromkeys(c.rule for c in group))
        if made_of and before and score >= cues.COUNT_THRESHOLD:
            # 由县医院、县中医院和13个乡镇卫生院组成: the whole told part by part, surer than any one part counted elsewhere
            score += cues.COUNT_MADE_OF_WEIGHT
            rule += "; the whole made of the named and the counted"
        if score < cues.COUNT_THRESHOLD or score < best_score or score == best_score and best is not None:
            continue
        value = sum(c.value for c in group) + extra
        if len(group) > 1 or extra:
            parts = [str(c.value) for c in group] + ["1"] * extra
            rule += f"; {value} = " + " + ".join(parts) + ": parts counted side by side"
        best, best_score, best_value, best_rule = group, score, value, rule
    if best is None:
        return None, []
    return best_value, [f"{best_value} at {best[0].start}: {best_rule}"]


_RESTATED = re.compile(r"\s*(?:等)?\s*[。；;]\s*" + cues.NUMBER + r"\s*" + cues.COUNTERS)


def _restated(text: str, found: list[Count], listed: list[tuple[int, int]]) -> None:
    """A number of institutions opening the sentence right after a list of at least three named members, and as many
    as the list has (本医共体成员单位：A；B；…；F。6家成员单位负责人分别述职): the list and the number agree, so the
    number is the count, whatever else its sentence says of them."""
    spans = sorted(listed)
    run: list[tuple[int, int]] = []
    for span in [*spans, (len(text) + 2, len(text) + 2)]:
        if run and re.fullmatch(r"[、；;，,和及与\s]", text[run[-1][1] : span[0]]):
            run.append(span)
            continue
        if len(run) >= 3:
            match = _RESTATED.match(text, run[-1][1])
            if match and number(match.group("n")) == len(run):
                count = next((c for c in found if c.start == match.start("n")), None)
                if count is None:
                    count = Count(len(run), match.start("n"), match.end(), 0.0, "")
                    found.append(count)
                    found.sort(key=lambda c: c.start)
                count.score = max(count.score, 0.0) + cues.COUNT_LIST_AGREEMENT
                count.rule = "; ".join(filter(None, (count.rule, f"as many as the {len(run)} members listed before it")))
        run = [span]


def _agreeing_totals(text: str, found: list[Count]) -> None:
    """A total that is the sum of the parts counted right before it in its sentence (县级医院12家和基层医疗机构20家，共32家),
    or of the parts its 其中 lists after it (32家，其中三级医院6家、二级医院26家): the parts and the whole agree, which
    says both were read right, so the total is the count, whatever cue its parts had."""
    for i, total in enumerate(found):
        if total.score < cues.COUNT_THRESHOLD:
            continue
        for parts in (found[:i][::-1], found[i + 1 :]):
            run, summed, pos = [], 0, total
            for part in parts:
                between = text[min(pos.end, part.end) : max(pos.start, part.start)]
                if re.search("[。；\n]", between) or part.value >= total.value:
                    break
                run.append(part)
                summed += part.value
                pos = part
                if summed >= total.value:
                    break
            if len(run) >= 2 and summed == total.value:
                total.score += cues.COUNT_AGREEMENT
                total.rule += f"; {total.value} = " + " + ".join(str(p.value) for p in sorted(run, key=lambda c: c.start)) \
                    + ": the total of the parts beside it"
                for part in run:
                    part.score = min(part.score, total.score - cues.COUNT_AGREEMENT)
                break


def _named_before(text: str, count: Count, named_ending: dict[int, tuple[int, int]],
                  leads: frozenset[int] = frozenset()) -> tuple[int, bool]:
    """Named institutions joined with 和/及 before a counted list of bare names (县中医院、县妇幼保健院和威远镇、
    丹麻镇等19个乡镇卫生院 -> 2 + 19); none when the list's items carry their own type (A医院和B医院等12家)
    or there is no list (…和一家省属医院). And whether they make up a whole with it (由…和7家镇卫生院组成). Before every
    one of a kind (县中医院和全县6镇6乡卫生院) the lead (``leads``: where it is named) is the one who joins them, not
    one of the members."""
    low = max(0, count.start - SENTENCE_REACH)
    clause_start = max(max(text.rfind(ch, low, count.start) for ch in "，。；：\n,;") + 1, low)
    joints = list(_JOINT.finditer(text, clause_start, count.start))
    if not joints or _TOTAL_BEFORE.search(text, clause_start, count.start):
        return 0, False  # (…和海拉尔区等地的医疗机构共21家: a total of them all, the names among it)
    # 由区人民医院、区中医医院和7家镇卫生院组成: institutions named beside a counted part make up the whole with it
    parts = joints[-1].end() == count.start and _MADE_OF.search(text, clause_start, joints[-1].start()) is not None \
        and _MADE_UP_AFTER.match(text, count.end) is not None
    whole_class = _WHOLE_CLASS.fullmatch(text, joints[-1].end(), count.start) is not None  # 县中医院和全县6镇6乡卫生院
    if not parts and not whole_class and ("、" not in text[joints[-1].end() : count.start]
                                          or _TYPE_IN.search(text, joints[-1].end(), count.start)):
        return 0, False
    extra, pos = 0, joints[-1].start()
    while True:
        span = named_ending.get(pos)
        span = span if span is not None and span[0] >= clause_start else None
        if span is None:
            return extra, parts
        extra, pos = extra + (0 if whole_class and not parts and span[0] in leads else 1), span[0] - 1
        if pos < clause_start or text[pos] != "、":
            return extra, parts


def _joined(text: str, first: Count, second: Count) -> bool:
    """Two counted parts of one list: joined by 和/及/、 or extended by 并延伸到 in the same sentence."""
    between = _BRACKETED.sub("", text[first.end : second.start])  # 3家社区卫生服务中心（东城、西城、南城）、2个乡卫生院
    if second.part_bonus is not None and _TIER_JOIN.fullmatch(between) and _NOUN_BEFORE.search(between):
        return True  # 、社区卫生服务中心2家: a tier's noun may be longer than a joint's few words
    return "。" not in between and bool(_JOIN.fullmatch(between))


def _named_after(text: str, count: Count, named_starting: dict[int, tuple[int, int]]) -> int:
    """Named institutions added to a counted part with 和/及 (17个乡镇卫生院和县中医医院)."""
    extra, pos = 0, count.end
    while True:
        joint = re.match(r"(?:和|及|以及|、)", text[pos:])
        if not joint:
            return extra
        start = pos + joint.end()
        span = named_starting.get(start)
        if span is None:
            return extra
        extra, pos = extra + 1, span[1]
