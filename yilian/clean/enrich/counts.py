"""How many members an alliance has: a small grammar over "N家" phrases.

Every number followed by a counter (家/个/所) is a candidate; the words around it say what it
counts (cues.COUNT_CUES): the members (成员单位共16家, 等28家医疗机构), growth to a new total
(由8家发展到15家 -> 15), or something else (9家医院通过认证, 1260余人次). A number that counts
newly added members (新吸纳3家) or an earlier state (成立之初的28家) is not the total, and an
approximate amount (二十余家) is no exact count at all. The best-supported total wins; with none,
members counted in parts of one enumeration clause (连接9县人民医院，并延伸到103个乡镇卫生院) are
summed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from yilian.clean.enrich import cues

_CANDIDATE = re.compile(cues.NUMBER + r"\s*(?P<counter>" + cues.COUNTERS + r"|[县市区])")
_BEFORE = [(re.compile(before + r"$") if before else None, re.compile("^" + after) if after else None, weight, rule)
           for before, after, weight, rule in cues.COUNT_CUES]
_DELTA = re.compile(cues.COUNT_DELTA_BEFORE)
_APPROX_BEFORE = re.compile(r"(?:近|约|超过|逾|将近|不少于|至少)\s*$")
_APPROX_AFTER = re.compile(r"^\s*(?:余|多|左右|以上)")
_CLAUSE_END = "，。；！？\n"
_EXTENSION = re.compile(cues.COUNT_EXTENSION + cues.NUMBER + r"\s*" + cues.COUNTERS + cues.MEMBER_NOUNS)


@dataclass(slots=True)
class Count:
    value: int
    start: int
    score: float
    rule: str


def number(text: str) -> int | None:
    """137 or 一百三十七 -> 137; None when it is not a whole number."""
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if value == int(value) and value > 0 else None


def candidates(text: str) -> list[Count]:
    out = []
    for match in _CANDIDATE.finditer(text):
        value = number(match.group("n"))
        if value is None or value >= 10000:
            continue
        before = _clause_before(text, match.start())
        after = _clause_after(text, match.end())
        if _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after):
            continue
        counter = match.group("counter")
        score, rules = 0.0, []
        for pattern_before, pattern_after, weight, rule in _BEFORE:
            if pattern_before is not None and not pattern_before.search(before):
                continue
            if pattern_after is not None and not pattern_after.match(after):
                continue
            score = max(score, weight)
            rules.append(rule)
        if not rules:
            continue
        if counter in "县市区" and not re.match(r"^[\u4e00-\u9fff]{0,4}?(?:医院|卫生院)", after):
            continue  # 9县 counts counties unless their hospitals follow
        if _DELTA.search(before):
            score -= 3.0
            rules.append("a number added or earlier, not the total")
        out.append(Count(value, match.start(), score, "; ".join(rules)))
    return out


def _clause_before(text: str, pos: int) -> str:
    start = max((text.rfind(ch, 0, pos) for ch in _CLAUSE_END), default=-1) + 1
    return text[max(start, pos - 30) : pos]


def _clause_after(text: str, pos: int) -> str:
    ends = [i for i in (text.find(ch, pos) for ch in _CLAUSE_END) if i >= 0]
    return text[pos : min(ends + [pos + 20])]


def member_count(text: str) -> tuple[int | None, list[str]]:
    """The stated total of members, with the phrase and rule that gave it; None when none is stated."""
    found = candidates(text)
    best = max((c for c in found if c.score >= cues.COUNT_THRESHOLD), key=lambda c: (c.score, c.start), default=None)
    if best is None:
        return None, []
    evidence = [f"{best.value} at {best.start}: {best.rule}"]
    more = _more_parts(text, best)
    if more:
        total = best.value + sum(more)
        return total, evidence + [f"{total} = {best.value} + " + " + ".join(map(str, more))
                                  + ": the same sentence extends the members by further counted parts"]
    return best.value, evidence


def _more_parts(text: str, best: Count) -> list[int]:
    """Counts that extend an enumerated total in the same sentence (…9县人民医院，并延伸到全市103个乡镇卫生院)."""
    if best.score >= 4.0:
        return []  # an explicit 成员单位 total already includes every part
    end = text.find("。", best.start)
    sentence = text[best.start : end if end >= 0 else len(text)]
    return [number(m.group("n")) or 0 for m in _EXTENSION.finditer(sentence)]
