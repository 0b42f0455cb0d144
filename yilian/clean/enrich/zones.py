"""Where a piece of text sits in an article: title, lead paragraph or the rest of the body; and the clause
or sentence around a position, which the cue patterns read.

Cues in the title and the lead count more than cues deep in the body. A bracketed tag at the
head of a title (【医联体建设】, [健康中国辽宁频道], 〔…〕) names the site's column or channel, not
this article: sites file blood drives and nurses' days under an "alliance" column, and a
provincial channel's name says nothing about where the event is. The tag is kept as weak
evidence, weighed like a line at the end of the body. A notice's salutation (各市卫生健康委：) and a
feature's opening quotation are no lead either: the news starts after them.
"""

from __future__ import annotations

import re

from yilian.clean.enrich.cues import (ADDRESSEE, CLAUSE_ENDS, COLUMN_TAG, LEAD_BACKGROUND, LEAD_DATED, LEAD_QUOTE,
                                     SENTENCE_ENDS)

SENTENCE_REACH = 200  # characters a sentence is read back or on: a page of one unpunctuated line stays linear

_COLUMN_TAG = re.compile(COLUMN_TAG)
_BACKGROUND, _DATED, _ADDRESSEE = re.compile(LEAD_BACKGROUND), re.compile(LEAD_DATED), re.compile(ADDRESSEE)
_QUOTE = re.compile(LEAD_QUOTE)
# the first clause or sentence end in a stretch, one scan instead of a find per character
_CLAUSE_END = re.compile("[" + re.escape(CLAUSE_ENDS) + "]")
_SENTENCE_END = re.compile("[" + re.escape(SENTENCE_ENDS) + "]")
# the last one: an end with none after it up to the stretch's end (\Z: the end position given)
_LAST_CLAUSE_END = re.compile("[{0}](?=[^{0}]*\\Z)".format(re.escape(CLAUSE_ENDS)))
_LAST_SENTENCE_END = re.compile("[{0}](?=[^{0}]*\\Z)".format(re.escape(SENTENCE_ENDS)))
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
    if len(paragraphs) > 1 and (_ADDRESSEE.match(paragraphs[0]) or _QUOTE.match(paragraphs[0])):
        # a notice's salutation names whom it is sent to, a feature's opening quotation is colour: read as the body
        paragraphs = paragraphs[1:] + paragraphs[:1]
    lead_index = next((i for i, p in enumerate(paragraphs) if len(p) >= LEAD_MIN_CHARS), 0)
    after = next((i for i in range(lead_index + 1, len(paragraphs)) if len(paragraphs[i]) >= LEAD_MIN_CHARS), None)
    if after is not None and _BACKGROUND.match(paragraphs[lead_index]) and not _DATED.search(paragraphs[lead_index]) \
            and _DATED.match(paragraphs[after]):
        # the background goes to the body, the dated paragraph is the lead
        rest = paragraphs[:after] + paragraphs[after + 1 :] + ([tag] if tag else [])
        return [("title", title), ("lead", paragraphs[after]), ("body", "\n".join(rest))]
    rest = paragraphs[lead_index + 1 :] + ([tag] if tag else [])
    return [("title", title), ("lead", "\n".join(paragraphs[: lead_index + 1])), ("body", "\n".join(rest))]


def clause_before(text: str, pos: int, width: int = 12) -> str:
    """Up to ``width`` characters before ``pos``, not past the clause's start (a comma or full stop)."""
    low = max(0, pos - width)
    end = _LAST_CLAUSE_END.search(text, low, pos)  # searched within the width: never the page
    return text[end.end() if end else low : pos]


def clause_after(text: str, pos: int, width: int = 24) -> str:
    """Up to ``width`` characters after ``pos``, not past the clause's end."""
    end = _CLAUSE_END.search(text, pos, pos + width)
    return text[pos : end.start() if end else pos + width]


def sentence_before(text: str, pos: int, width: int = 50) -> str:
    """Back to the sentence's start (patterns that must stay inside the clause say so themselves)."""
    low = max(0, pos - width)
    end = _LAST_SENTENCE_END.search(text, low, pos)
    return text[end.end() if end else low : pos]


def sentence_around(text: str, start: int, end: int, width: int = SENTENCE_REACH) -> tuple[int, int]:
    """The sentence holding text[start:end], at most ``width`` characters either side."""
    low, high = max(0, start - width), min(len(text), end + width)
    head, tail = _LAST_SENTENCE_END.search(text, low, start), _SENTENCE_END.search(text, end, high)
    return head.end() if head else low, tail.start() if tail else high
