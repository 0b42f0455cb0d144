"""Restoring characters lost in a repair from intact occurrences of the same phrase on the page.

A page about a 专科联盟 names it many times; if one occurrence lost "专科" ("??联盟"), the
characters that most often stand between the same neighbours elsewhere on the page fill
the gap. Without such evidence the gap stays and is flagged as damage.
"""

from __future__ import annotations

import re
from collections import Counter

from yilian.records import Repair

_GAP_RE = re.compile(r"\?+(?=[\u4e00-\u9fff]{2})")
_CONTEXT = 2
_CJK_RUN_RE = re.compile("[\u4e00-\u9fff]+")


def restore_lost(text: str, gaps: list[tuple[int, int]]) -> tuple[str, list[Repair]]:
    """Fill the given lost-character gaps (start, end) where the page shows the phrase intact."""
    repairs: list[Repair] = []
    pieces: list[str] = []
    pos = 0
    for start, end in gaps:
        right = text[end : end + _CONTEXT]
        left = text[max(0, start - _CONTEXT) : start]
        fill = _best_fill(text, left, right, end - start)
        if fill is None:
            continue
        pieces += [text[pos:start], fill]
        repairs.append(Repair("lost_char_restored", str(start), text[start:end] + right, fill + right))
        pos = end
    if not repairs:
        return text, repairs
    pieces.append(text[pos:])
    return "".join(pieces), repairs


def _best_fill(text: str, left: str, right: str, width: int) -> str | None:
    """The phrase head seen most often before `right` (twice as much when `left` precedes it too).

    A lost mark may stand for a character or for one byte of a two-byte one, so fills of
    `width`, one more or less, and half of it compete on their counts.
    """
    if not re.fullmatch(r"[\u4e00-\u9fff]{2}", right):
        return None
    counts: Counter[str] = Counter()
    widths = {width, width - 1, width + 1, (width + 1) // 2} - {0}
    at = text.find(right)
    while at >= 0:  # a plain substring search per occurrence of the right context
        for n in widths:
            head = text[max(0, at - n) : at]
            if len(head) == n and _CJK_RUN_RE.fullmatch(head):
                counts[head] += 2 if left and text[max(0, at - n - len(left)) : at - n] == left else 1
        at = text.find(right, at + 1)
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None
