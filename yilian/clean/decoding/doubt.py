"""Doubt about mojibake repair: text that still does not read right after it, flagged as damage.

An out-of-step or double-encoded run loses bytes; the repair reads most of it back, but
where a lost byte shifted the stream again it can produce plausible-looking garbage
("正式成立" read as "战成立⌒"), and a stream that re-synchronised leaves an ASCII letter
between Chinese characters ("協作W新增"). Such text is wrong, so it is flagged (kind
"doubtful_repair") instead of being passed off as recovered; the text itself is kept.

Two scopes. Inside a repaired run every cheap signal counts: a symbol, kana or box
character, an ASCII letter glued between Han characters, a character outside the common
set, a "?" left over, a character the model links to neither neighbour and seldom sees
alone. On the rest of a page that shows signs of misreading only the signals real
Chinese text never shows are used: a glued ASCII letter (or a "<" that opens no tag) and an
odd symbol between Han characters.
"""

from __future__ import annotations

import re
from typing import Any

from yilian.clean.decoding.langmodel import CJK_RE, model
from yilian.clean.decoding.mojibake import GUESSED
from yilian.records import Repair

KIND = "doubtful_repair"
REPAIR_KINDS = frozenset({"utf8_as_gbk", "big5_as_gbk", "gbk_as_big5", "gbk_out_of_step", "utf8_as_cp1252"})
_HAN = "\u3400-\u9fff"
# symbols, Latin letters, kana, box drawing and private use that misread pairs turn into
_ODD = "\u0080-\u00b6\u00b8-\u00d6\u00d8-\u2012\u2027-\u2102\u2104-\u215f\u2180-\u245f\u24ff-\u2fff\u3040-\u33ff\ue000-\uf8ff\uff21-\uff5a"
_ODD_RE = re.compile(f"[{_ODD}]")
_ODD_AMID_HAN_RE = re.compile(f"(?<=[{_HAN}])[{_ODD}]+(?=[{_HAN}])")
# an ASCII letter (or a GBK trail byte in ASCII) glued between Han characters; an upper-case
# letter before 超/光/型/级... is a real abbreviation ("B超", "X光", "A级")
_GLUED_RE = re.compile(f"(?<=[{_HAN}])[@^_`~a-zA-Z<](?=[{_HAN}])")  # ("<" before a Han character opens no tag)
_GLUED_END_RE = re.compile(f"(?<=[{_HAN}])[@^_`~a-zA-Z]$")
_ABBREVIATED = frozenset("超光型级級类類区區座栋棟楼樓号號字片")
_LONELY_UNIGRAM = -5.0  # log10 weight below which a character needs a bigram to be believed
_CONTEXT = 1  # characters either side of a repaired run judged with it
_RELOCATE = 400  # how far later repairs (restored characters, readings removed) may move a span


def _glued(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [
        m.start()
        for m in pattern.finditer(text)
        if not (m.group().isupper() and text[m.end() : m.end() + 1] in _ABBREVIATED)
    ]


def doubtful_offsets(run: str) -> list[int]:
    """Offsets in `run` (a repaired stretch) of the characters that do not read right."""
    m = model()
    simp, uni, bi = m.to_simplified, m.unigram, m.bigram
    bad = {x.start() for x in _ODD_RE.finditer(run)}
    bad.update(x.start() for x in m.rare_re.finditer(run))
    bad.update(_glued(run, _GLUED_RE) + _glued(run, _GLUED_END_RE))
    bad.update(k for k, ch in enumerate(run) if ch == "?")
    keys = [simp.get(c, c) for c in run]
    for k, ch in enumerate(run):
        if not CJK_RE.match(ch) or uni.get(keys[k], -99.0) >= _LONELY_UNIGRAM:
            continue
        left = k > 0 and keys[k - 1] + keys[k] in bi
        right = k + 1 < len(run) and keys[k] + keys[k + 1] in bi
        if not (left or right):
            bad.add(k)
    return sorted(bad)


def _spans(text: str, offsets: list[int]) -> list[dict[str, Any]]:
    """Neighbouring offsets (at most one good character apart) merged into spans."""
    spans: list[dict[str, Any]] = []
    for k in sorted(set(offsets)):
        if spans and spans[-1]["end"] >= k - 1:
            spans[-1]["end"] = k + 1
        else:
            spans.append({"kind": KIND, "start": k, "end": k + 1})
    for s in spans:
        s["text"] = text[s["start"] : s["end"]]
    return spans


def in_repairs(text: str, repairs: list[Repair]) -> list[dict[str, Any]]:
    """Doubtful spans inside the mojibake repairs (their `where` offsets refer to `text`)."""
    offsets: list[int] = []
    for r in repairs:
        if r.kind == GUESSED and text[int(r.where) : int(r.where) + len(r.after)] == r.after:
            offsets += range(int(r.where), int(r.where) + len(r.after))
        elif r.kind in REPAIR_KINDS:
            lo = max(0, int(r.where) - _CONTEXT)
            hi = min(len(text), int(r.where) + len(r.after) + _CONTEXT)
            offsets += [lo + k for k in doubtful_offsets(text[lo:hi])]
    return _spans(text, offsets)


def on_page(text: str) -> list[dict[str, Any]]:
    """Glued ASCII letters and odd symbols between Han characters anywhere in `text`."""
    offsets = _glued(text, _GLUED_RE)
    for m in _ODD_AMID_HAN_RE.finditer(text):
        offsets += range(m.start(), m.end())
    return _spans(text, offsets)


def relocate(spans: list[dict[str, Any]], old: str, new: str) -> list[dict[str, Any]]:
    """The spans found in `old`, an earlier state of the page, found again in `new` (later
    repairs shift offsets; a span whose characters a later repair replaced is dropped)."""
    out = []
    for s in spans:
        window = max(0, s["start"] - _RELOCATE), s["end"] + _RELOCATE
        head = old[max(0, s["start"] - 3) : s["start"]]
        at = new.find(head + s["text"], *window)
        at = at + len(head) if at >= 0 else new.find(s["text"], *window)
        if at >= 0:
            out.append({**s, "start": at, "end": at + len(s["text"])})
    return out


def merge(found: list[dict[str, Any]], doubtful: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All spans by start; a doubtful span overlapping known damage adds nothing."""
    extra = [d for d in doubtful if not any(f["start"] < d["end"] and d["start"] < f["end"] for f in found)]
    unique = {(d["start"], d["end"]): d for d in extra}
    return sorted(found + list(unique.values()), key=lambda s: s["start"])
