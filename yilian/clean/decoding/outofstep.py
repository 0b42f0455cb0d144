"""The byte-shift step: a GBK stream read one byte out of step, realigned.

A transcoder lost one byte of a two-byte character; the rest of the run was decoded one
byte out of step until an ASCII byte re-synchronised the stream, so each garbage
character holds the tail of one character and the head of the next. Re-encoding the
garbage and dropping its first byte reads it back; the character whose byte was lost
stays a lost mark or is completed from context (a guess). Sloppy site decoders add their
own damage, undone here too: a pair they cannot read becomes one "?" that may swallow the
ASCII byte after it, and full-width forms come out narrowed to ASCII ("專科" -> "??": 8C
lost, A3 BF is ？; "表示祝賀" -> "咦YR": A3 D9 is Ｙ).
"""

from __future__ import annotations

import re

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding.rereading import (
    UNKNOWN,
    Context,
    Hole,
    Reading,
    Step,
    _best_step,
    _completions,
    _link,
    decode,
    encode_char,
)
from yilian.clean.decoding.rereading import broken as rereading_broken
from yilian.clean.decoding.score import gain, loglik

SHIFT = Step("gb18030", "gb18030", shift=1)
SWALLOWED = "\ufffd"  # an ASCII digit a decoder swallowed with a broken pair: a lost fact, shown and flagged
_SHIFT_BACK = 8  # how far before its first suspect character out-of-step garbage may start
_MIN_GAIN = 1.0  # log10 per character a re-aligned stretch must gain
_REINSERT_GAIN = 0.5  # per character a put-back pair must gain over the character it replaces
_REINSERT_CONTEXT = 3
_ESCAPES_RE = re.compile("[\udc80-\udcff]")
_TWO_MARKS_RE = re.compile(r"\?\?(?=[^\x00-\x7f])")
_ODD_RE = re.compile("[\u0080-\u00b6\u00b8-\u00d6\u00d8-\u2012\u2027-\u2fff\u3040-\u33ff\ue000-\uf8ff\uff10-\uff19\uff21-\uff5a]")
STRAY_ASCII = cc.STRAY_ASCII
_STRAY_END_RE = re.compile(f"[{cc.HAN_CLASS}][{re.escape(STRAY_ASCII)}]\\Z")
_STRANDED_RE = re.compile(f"(?<=[{cc.HAN_CLASS}])[{re.escape(STRAY_ASCII)}](?=[{cc.HAN_CLASS}]|\\Z)")


def _score(text: str) -> float:
    """An ASCII letter stranded between Han characters (where an out-of-step stream
    re-synchronised) counts as a lost character."""
    return loglik(_STRANDED_RE.sub("\ufffd", text))


def realign(run: str, nxt: str, ctx: Context) -> Reading:
    """The run read back in step (`nxt`: the character after it on the page). Also tried
    with the ASCII that full-width narrowing may have made of its pairs, kept when it leaves
    none of the widened forms behind (each was read as the half of a character)."""
    wide = _widened(run, nxt)
    if wide is not None:
        alt = _realign_pieces(wide, nxt, ctx)
        if not any(ch in alt.text for ch in set(wide) - set(run)):
            return _reinsert(alt, run, ctx)
    return _reinsert(_realign_pieces(run, nxt, ctx), run, ctx)


def _widened(run: str, nxt: str) -> str | None:
    """Narrowed candidates widened back: two lost marks before garbage (a lost lead byte,
    then its trail A3 with the next lead BF as ？), and a final letter that another ASCII
    letter follows (the real re-sync byte)."""
    wide = _TWO_MARKS_RE.sub("\uff1f", run)
    if run[-1:].isascii() and run[-1:].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha():
        wide = wide[:-1] + chr(ord(run[-1]) + 0xFEE0)
    return wide if wide != run else None


def _realign_pieces(run: str, nxt: str, ctx: Context) -> Reading:
    """Per stretch between lost marks. The first "?" after a stretch is the byte the
    decoder gave up on before an ASCII byte re-synchronised it: it goes with the stretch as
    an unknown byte ("乡村??" -> "乡村。": 0xA1 plus an unknown trail is most likely 。).
    A digit right after it went with the broken pair ("共有?2家" was "共有42家"): a lost
    fact, kept as a lost mark (U+FFFD) instead of vanishing with the "?"."""
    pieces = re.split("([?\ufffd]+)", run)
    out = Reading()
    for k in range(0, len(pieces), 2):
        part, marks = pieces[k], (pieces[k + 1] if k + 1 < len(pieces) else "")
        after_break = k > 0
        if part and marks:
            following = pieces[k + 2][:1] if k + 2 < len(pieces) and pieces[k + 2] else nxt
            swallowed = following.isascii() and following.isdigit() and len(marks) == 1
            fixed = _shifted(part + UNKNOWN, after_break, "" if swallowed else following, ctx)
            if fixed.text != part + UNKNOWN:
                out.extend(fixed)
                out.add(SWALLOWED if swallowed else marks[1:], guessed=True)
                continue
        out.extend(_shifted(part, after_break, "", ctx))
        out.add(marks, guessed=True)
    return out


def _first_mark(part: str) -> int | None:
    marks = [k for k, ch in enumerate(part) if cc.bits_of(ch) & cc.SUSPECT or _ODD_RE.match(ch)][:1]
    if _STRAY_END_RE.search(part):
        marks.append(len(part) - 2)  # "款^": the stream re-synchronised on that ASCII byte
    return min(marks) if marks else None


def _shifted(part: str, after_break: bool, nxt: str, ctx: Context) -> Reading:
    """Each garbage character holds the tail of one character and the head of the next:
    read from where the garbage starts (a few characters before its first suspect
    character, or the start of a stretch that follows lost marks), kept only where it
    reads clearly better, so intact text before the break keeps its reading."""
    first = _first_mark(part)
    if len(part) < 2 or first is None:
        return Reading(part)
    best, best_score = Reading(part), _score(part)
    for start in range(0, 1) if after_break else range(max(0, first - _SHIFT_BACK), first + 1):
        chunks = [encode_char(ch, "gb18030") if ch not in cc.LOST_MARKS else b"\xff" for ch in part[start:]]
        if any(c is None for c in chunks):
            continue
        data = b"".join(chunks)  # type: ignore[arg-type]
        if len(data) < 3:
            continue
        shifted = decode(data[SHIFT.shift :], "gb18030")
        if cc.count_suspect(_ESCAPES_RE.sub("", shifted)) > cc.count_suspect(part[start:]):
            continue  # (more odd characters in step than out of it: not worth scoring)
        candidate = Reading(part[:start])
        candidate.extend(_resolve(chr(0xDC00 + data[0]) + shifted))
        score = _score(candidate.text)
        if score > best_score:
            best, best_score = candidate, score
    if best.text == part:
        return best
    best = best.filled(ctx, "", nxt)  # the broken characters of the best reading completed, then judged
    per_char, _ = gain(_STRANDED_RE.sub("\ufffd", part), _STRANDED_RE.sub("\ufffd", best.text))
    return best if per_char >= _MIN_GAIN else Reading(part)


def _resolve(text: str) -> Reading:
    """Undecodable bytes (surrogate escapes) as broken characters to complete."""
    out = Reading()
    pos = 0
    for m in re.finditer("[\udc80-\udcff]+", text):
        out.add(text[pos : m.start()])
        raw = bytes(ord(c) - 0xDC00 for c in m.group())
        out.extend(rereading_broken(Hole(raw, "gb18030")))
        pos = m.end()
    out.add(text[pos:])
    return out


def _reinsert(reading: Reading, run: str, ctx: Context) -> Reading:
    """Put back a pair the sloppy decoder dropped (it skips pairs it cannot map): the odd
    symbol read across the gap holds the lead byte of one lost character and the trail
    byte of the next, so two characters completed from those bytes replace it where the
    model reads them clearly better ("成立⌒五院" -> "成立、市五院"); a guess."""
    text = reading.text
    if text == run:
        return reading
    head = next((k for k in range(min(len(text), len(run))) if text[k] != run[k]), 0)
    k = max(1, head)
    while k < len(text) - 1:
        if _ODD_RE.match(text[k]):
            better = _two_for_one(text, k, ctx)
            if better is not None:
                shifted = [(a + (1 if a > k else 0), b + (1 if b > k else 0)) for a, b in reading.guessed]
                text = text[:k] + better + text[k + 1 :]
                reading = Reading(text, shifted + [(k, k + 2)])
                k += 1
        k += 1
    return reading


def _two_for_one(text: str, k: int, ctx: Context) -> str | None:
    """The best two characters for the bytes of text[k] with a lost pair between them."""
    data = encode_char(text[k], "gb18030")
    if data is None or len(data) != 2:
        return None
    columns = [_completions(data[:1] + b"\xff", "gb18030"), _completions(data[1:], "gb18030")]
    if not all(columns):
        return None
    best: dict[str, tuple[float, str]] = {text[k - 1]: (0.0, "")}
    for column in columns:
        best = {c: _best_step(best, c, ctx) for c in column}
    _, path = max((s + _link(c, text[k + 1], ctx), path) for c, (s, path) in best.items())
    lo = max(0, k - _REINSERT_CONTEXT)
    before = text[lo : k + 1 + _REINSERT_CONTEXT]
    after = text[lo:k] + path + text[k + 1 : k + 1 + _REINSERT_CONTEXT]
    return path if _score(after) / len(after) - _score(before) / len(before) >= _REINSERT_GAIN else None
