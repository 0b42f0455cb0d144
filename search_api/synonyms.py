"""Names a user expects to be one concept when searching: 医联体 finds 医疗联合体 too.

Queries are folded to Simplified before they get here (search_api/querylang.py), so Traditional
input (醫聯體, 醫共體) is covered by the same groups. A group applies when a query word or phrase
is one of its names, exactly: a longer compound (县域医共体建设) is left as typed.
"""

from __future__ import annotations

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("医联体", "医疗联合体"),
    ("医共体", "医疗共同体", "医疗卫生共同体", "县域医疗卫生共同体"),
    ("专科联盟", "专科联合体"),
    ("远程医疗协作网", "远程医疗网"),
)

_GROUP: dict[str, tuple[str, ...]] = {name: group for group in SYNONYMS for name in group}


def variants(text: str) -> tuple[str, ...]:
    """The text and, when it names a concept, every other name of it (the text first)."""
    group = _GROUP.get(text)
    return (text,) if group is None else (text, *(name for name in group if name != text))
