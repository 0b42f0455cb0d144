"""Text known to be lost before the page reached us, found and located so search can say so.

锟斤拷 is U+FFFD written as UTF-8 and read back as GBK; 烫烫烫 and 屯屯屯 are uninitialised
memory (0xCC, 0xCD) printed as GBK; U+FFFD itself is a replaced byte. A converter that
could not map a character writes "?": two or more glued between Chinese characters, one
that swallowed the "<" of the tag after it ("看病?/p>"), or one with the trail byte of its
character left as an ASCII letter between Chinese characters ("縣" -> "?h"), are lost
characters. A single "?"
between Chinese characters is not evidence on its own: real pages use it as a question mark
in headlines ("有无外籍?官方回应"); it counts as lost only inside a stretch the repair read
back (decoding/repair.py). Real words (烫伤), a question's "???" and "(ICU)" or "(试行)" do
not match.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import score
from yilian.clean.decoding.vocabulary import GUESSED

_H = cc.HAN_CLASS
# (kind, a literal every match holds: searched first, the pattern only where it occurs)
_PATTERNS = (
    ("kunjinkao", "锟", re.compile("(?:锟斤拷|锟斤|斤拷)(?:锟斤拷|锟斤|斤拷|[锟斤拷])*")),
    ("uninitialised", "烫烫", re.compile("烫{3,}|(?:烫屯){2,}")),
    ("uninitialised", "屯屯", re.compile("屯{3,}")),
    ("replacement_char", "\ufffd", re.compile("\ufffd+")),
    ("lost_chars", "??", re.compile(f"\\?\\?\\?*(?=[{_H}])")),
    ("lost_chars", "?/", re.compile("\\?/(?=[a-z0-9]{1,10}>)")),
    # a lost lead byte whose trail byte shows as an ASCII letter ("縣" -> "?h") between Han characters
    ("lost_chars", "?", re.compile(f"\\?[a-zA-Z](?=[{_H}])")),
)
_GAP = 6  # characters between two damaged spans, or a span and a sign of misreading, that join them
_NO_WORD_REACH = 8  # characters either side of a misread stretch taken in where they form no word
_QUESTION_END = frozenset("吗呢么吧啊嘛呀谁哪几")
_QUESTION_WORDS = ("什么", "怎么", "如何", "是否", "为何", "为什么", "多少", "哪", "几", "谁", "啥", "麼", "甚麼", "怎樣")


def _after_text(text: str, start: int) -> bool:
    """The lost marks follow a Han character, or start a stretch of text (not "x??" in a URL)."""
    prev = text[start - 1 : start]
    return not prev or cc.is_han(prev) or not (prev.isascii() and prev.isalnum() or prev in "?=&/")


def is_question(text: str, start: int) -> bool:
    """A '?' that ends a question is punctuation, not a lost character."""
    before = text[max(0, start - 20) : start]
    if before[-1:] in _QUESTION_END:
        return True
    clause = re.split("[。！；，,.!;\n>]", before)[-1]
    return any(w in clause for w in _QUESTION_WORDS)


def merge(text: str, found: list[dict[str, Any]], more: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All spans by start, one for each stretch of `text` they cover together: where spans
    overlap, the first (by start, `found` before `more`) keeps its kind and reaches to the
    end of the last (one sort and one sweep, whatever the page)."""
    tagged = sorted([(s["start"], 0, k, s) for k, s in enumerate(found)] + [(s["start"], 1, k, s) for k, s in enumerate(more)], key=lambda t: t[:3])
    out: list[dict[str, Any]] = []
    for start, _, _, span in tagged:
        if out and start < out[-1]["end"]:
            if span["end"] > out[-1]["end"]:
                out[-1] = {**out[-1], "end": span["end"], "text": text[out[-1]["start"] : span["end"]]}
            continue
        out.append(span)
    return out


def find_damage(text: str, marks: bool = True) -> list[dict[str, Any]]:
    """Spans of lost text: [{kind, start, end, text}] in offsets of the decoded HTML
    (`marks`: whether the text holds any of charclass.DAMAGE_CHARS; without, only "?"s)."""
    spans: list[dict[str, Any]] = []
    for kind, literal, pattern in _PATTERNS:
        if (not marks and kind != "lost_chars") or literal not in text:
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if literal == "?" and not (start and (cc.is_han(text[start - 1]) or text[start - 1] in "，、。")):
                continue
            if literal == "?/":  # the lost marks before a tag that lost its "<"
                end -= 1
                while start and text[start - 1] == "?":
                    start -= 1
                if not cc.is_han(text[start - 1 : start] or "a"):
                    continue
            if kind == "lost_chars" and (not _after_text(text, start) or is_question(text, start)):
                continue
            spans.append({"kind": kind, "start": start, "end": end, "text": text[start:end]})
    return merge(text, spans, [])


def join_close(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spans (by start, not overlapping) a few characters apart inside one run of text (no
    ASCII but lost marks, no space or tag between them) as one: the characters between two places where text
    was lost or misread belong to the same misread stretch ("??怨?舫???"), though they are
    no mark themselves, where they show a sign of it too (a lost mark, a suspect character;
    the text between two lost names, "王??和張??", stays outside). The first span keeps its kind."""
    out: list[dict[str, Any]] = []
    for span in spans:
        if out:
            gap = text[out[-1]["end"] : span["start"]]
            if (
                len(gap) <= _GAP
                and not any((c.isascii() or c.isspace()) and c not in cc.LOST_MARKS for c in gap)
                and any(c in cc.LOST_MARKS or cc.bits_of(c) & cc.SUSPECT for c in gap)
            ):
                out[-1] = {**out[-1], "end": span["end"], "text": text[out[-1]["start"] : span["end"]]}
                out[-1].pop("reading", None)  # (a reading offered for a part is none for the whole)
                continue
        out.append(span)
    return out



def widen(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each span (by start, not overlapping) as the whole misread stretch it lies in: a
    chain that restored part of a stretch, or a mark of loss inside one, leaves the rest of
    it as it was, misread ("郡办洛�@砰�u�@", "??怨?舫???∪?桐"), and that rest is damage
    too. A span reaches over every sign of a misreading (a suspect character, a "?" or
    U+FFFD no other span holds, a letter between Han characters or lost marks or after
    one) within _GAP characters of its edge, sign after sign, inside its stretch of text
    (no tag or line break between); a span that reached over one, holds lost marks apart
    or was guessed takes in as well the characters either side that form no word. A lone
    mark between words (锟斤拷 in clean text, "王??和張??") stays as it is."""
    if not spans:
        return spans
    bits = cc.lookup(text)
    held = np.zeros(len(text), bool)
    for s in spans:
        held[s["start"] : s["end"]] = True
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    lost = (codes == ord("?")) | (codes == 0xFFFD)
    sign = ((bits & cc.SUSPECT) != 0) | lost
    # ASCII letters, odd full-width forms or symbols stranded between Han characters or lost
    # marks (charclass.odd_between), or a letter after a lost mark: a trail byte, or a pair
    # read out of step ("摹Ａ盟", "幼＝≡号")
    sign |= cc.odd_between(codes, bits)
    after = np.flatnonzero(lost[:-1]) + 1  # the trail byte of a pair whose lead was lost ("任務�C")
    sign[after] |= ((bits[after] & cc.STRAY) != 0) | cc.fullwidth_odd(codes[after])
    # a space between a Han character and a lost mark: the pair A1 A1 (an ideographic space, decoded as a plain one)
    # that a stream out of step reads from the trail of one character and the lead of a sentence mark ("看病。" ->
    # "床 \ufffd")
    before = np.flatnonzero(lost[2:]) + 1
    sign[before] |= ((codes[before] == 0x20) | (codes[before] == 0x3000)) & ((bits[before - 1] & cc.HAN) != 0)
    sign &= ~held
    chains = _SignChains(codes, np.flatnonzero(sign))
    merged: list[tuple[int, int, dict[str, Any]]] = []  # (start, end, the first span it holds)
    for s in spans:
        if merged and s["end"] <= merged[-1][1]:
            continue  # inside the stretch the span before grew to
        a, b = chains.reach(s["start"], s["end"])
        garbled = (a, b) != (s["start"], s["end"]) or _marks_apart(text, a, b)
        if garbled or s["kind"] == GUESSED:
            # beside a garbled stretch a word made with its edge proves nothing; beside a
            # guess it vouches for the guess ("签约": the bytes of 约 read right after 签)
            floor, ceiling, edge = max(0, a - _NO_WORD_REACH), min(len(text), b + _NO_WORD_REACH), (a, b)
            while a > floor and _no_word(text, a - 1, bits, right=not garbled or a != edge[0]):
                a -= 1
            while b < ceiling and _no_word(text, b, bits, left=not garbled or b != edge[1]):
                b += 1
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]), merged[-1][2])
        else:
            merged.append((a, b, s))
    out: list[dict[str, Any]] = []
    for a, b, s in merged:  # a span grown or joined offers no reading of the whole
        out.append(s if (a, b) == (s["start"], s["end"]) else {k: v for k, v in s.items() if k != "reading"} | {"start": a, "end": b, "text": text[a:b]})
    return out


class _SignChains:
    """The signs of a misreading (offsets in order, `codes` the text's code points) in
    chains: each sign within _GAP characters of the one before, no break of the text between."""

    def __init__(self, codes: np.ndarray, signs: np.ndarray) -> None:
        # where a stretch of text ends (a tag, a line break): how many up to each offset
        self._breaks = np.cumsum((codes == ord("<")) | (codes == ord(">")) | (codes == ord("\n")), dtype=np.int32)
        self._signs = signs.tolist()
        self._first: list[int] = []
        self._last: list[int] = []
        if signs.size:
            starts = np.concatenate(([True], (np.diff(signs) > _GAP) | (np.diff(self._breaks[signs]) != 0)))
            group = np.cumsum(starts) - 1
            firsts = np.flatnonzero(starts)
            lasts = np.append(firsts[1:] - 1, signs.size - 1)
            self._first, self._last = signs[firsts[group]].tolist(), signs[lasts[group]].tolist()

    def _clear(self, x: int, y: int) -> bool:
        """No break in text[x:y + 1]."""
        return int(self._breaks[y]) - (int(self._breaks[x - 1]) if x else 0) == 0

    def reach(self, a: int, b: int) -> tuple[int, int]:
        """text[a:b] grown over the chain of signs that starts within _GAP of each edge."""
        i = bisect.bisect_left(self._signs, b)
        if i < len(self._signs) and self._signs[i] - b < _GAP and self._clear(b, self._signs[i]):
            b = self._last[i] + 1
        i = bisect.bisect_left(self._signs, a) - 1
        if i >= 0 and a - 1 - self._signs[i] < _GAP and self._clear(self._signs[i], a - 1):
            a = self._first[i]
        return a, b


def _no_word(text: str, k: int, bits: np.ndarray, left: bool = True, right: bool = True) -> bool:
    """Whether text[k] is a Han or suspect character that forms no word with its neighbour
    on the sides asked (`left`, `right`)."""
    return (
        bool(bits[k] & (cc.HAN | cc.SUSPECT))
        and text[k] not in cc.LOST_MARKS
        and not ((left and score.pair_is_word(text, k - 1)) or (right and score.pair_is_word(text, k)))
    )


def _marks_apart(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] holds lost marks in two places, with text between ("�@砰�")."""
    inner = text[a:b].strip(cc.LOST_MARKS)
    return any(c in cc.LOST_MARKS for c in inner)
