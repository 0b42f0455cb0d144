"""Where a piece of text sits in an article: title, lead paragraph or the rest of the body; and the clause
or sentence around a position, which the cue patterns read.

Cues in the title and the lead count more than cues deep in the body. A bracketed tag at the
head of a title (【医联体建设】, [健康中国辽宁频道], 〔…〕) names the site's column or channel, not
this article: sites file blood drives and nurses' days under an "alliance" column, and a
provincial channel's name says nothing about where the event is. The tag is kept as weak
evidence, weighed like a line at the end of the body.
"""

from __future__ import annotations

import re

from yilian.clean.enrich.cues import CLAUSE_ENDS, COLUMN_TAG, SENTENCE_ENDS

_COLUMN_TAG = re.compile(COLUMN_TAG)
LEAD_MIN_CHARS = 30  # the lead is the first paragraph long enough to be a sentence


def split_column_tag(title: str) -> tuple[str, str]:
    """(tags, rest) for a title that starts with one or more bracketed column tags; a title
    that is nothing but a tag keeps it as its title."""
    tags, rest = [], title
    while match := _COLUMN_TAG.match(rest):
        tags.append(match.group(0).strip())
        rest = rest[match.end() :]
    if not tags or not rest.strip():
        return "", title
    return "".join(tags), rest


def zones(title: str, body: str) -> list[tuple[str, str]]:
    """("title", …), ("lead", …), ("body", …); a column tag goes to the end of the body zone."""
    tag, title = split_column_tag(title)
    paragraphs = [p for p in body.split("\n") if p.strip()]
    lead_index = next((i for i, p in enumerate(paragraphs) if len(p) >= LEAD_MIN_CHARS), 0)
    rest = paragraphs[lead_index + 1 :] + ([tag] if tag else [])
    return [("title", title), ("lead", "\n".join(paragraphs[: lead_index + 1])), ("body", "\n".join(rest))]


def clause_before(text: str, pos: int, width: int = 12) -> str:
    """Up to ``width`` characters before ``pos``, not past the clause's start (a comma or full stop)."""
    start = max(text.rfind(ch, 0, pos) for ch in CLAUSE_ENDS) + 1
    return text[max(start, pos - width) : pos]


def clause_after(text: str, pos: int, width: int = 24) -> str:
    """Up to ``width`` characters after ``pos``, not past the clause's end."""
    ends = [i for i in (text.find(ch, pos) for ch in CLAUSE_ENDS) if i >= 0]
    return text[pos : min(ends + [pos + width])]


def sentence_before(text: str, pos: int, width: int = 50) -> str:
    """Back to the sentence's start (patterns that must stay inside the clause say so themselves)."""
    start = max(text.rfind(ch, 0, pos) for ch in SENTENCE_ENDS) + 1
    return text[max(start, pos - width) : pos]
