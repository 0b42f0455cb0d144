"""Repair of text that was decoded with the wrong codec before it reached us.

Each hypothesis re-encodes a suspicious run with the codec it was wrongly read as and
decodes the bytes with the right one (optionally one byte out of step). A run is only
touched when a cheap signature fires (rare CJK characters, Latin-1 letters followed by
C1/cp1252 punctuation, "??" beside Chinese), and a reading is only kept when the language
model scores it clearly better than what was there. Bytes that did not survive become "?"
so the damage pass can restore them from the page or flag them.
"""

from __future__ import annotations

import bisect
import heapq
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from yilian.clean.decoding.langmodel import CJK_RE, char_logprob, model, rare_ratio
from yilian.clean.decoding.probe import STRAY_ASCII
from yilian.records import Repair

LOST = "?"
GUESSED = "lost_byte_guessed"  # the kind of a Repair naming a character completed from broken bytes
SWALLOWED = "\ufffd"  # an ASCII byte a decoder swallowed with a broken pair: lost, shown and flagged
_LOST_BYTE = 0xFF  # never valid in UTF-8, GBK or Big5: marks a byte we no longer have
_MIN_GAIN = 1.0  # log10 units per character a re-aligned stretch must gain
_MIN_GAIN_RUN = 0.5  # and a whole run (part of it may have been real text, kept as it was)
_GOOD_ENOUGH = -4.2  # and the repair must itself read like Chinese
_MAX_BROKEN_SHARE = 0.2  # a hypothesis whose bytes break this often is not tried in full
_SHIFT_BACK = 8  # how far before its first rare character out-of-step garbage may start
_MAX_RUNS = 400  # bound the work on a page full of garbage
_WINDOW = 2000  # how far from a hot offset the repair looks
_BASE_SECONDS = 0.010  # time box of the repair pass: this, plus
_SECONDS_PER_KB = 0.030  # this per kilobyte of text

# C1 controls and the cp1252 letters that UTF-8 continuation bytes 0x80-0xBF turn into
_CP1252_TAIL = "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd"
LATIN_SIGNATURE_RE = re.compile(f"[\u00e2-\u00ef][{_CP1252_TAIL}]{{2}}")
_LATIN_RUN_RE = re.compile(f"(?:[\u00c2-\u00ef][{_CP1252_TAIL}]+|[{_CP1252_TAIL}])+")
# a run that GBK/Big5 misreadings produce: non-ASCII (or lost "?") characters, plus the one
# ASCII byte a shifted stream re-synchronises on
# (at most 400 characters: a longer run is cut, the reading of a stretch does not depend on far text)
_CJK_RUN_RE = re.compile(r"(?:[^\x00-\x7f<>]|\?){1,400}[\x40-\x7e]?")
PUNCT_AFTER = frozenset("\u3002\uff0c\u3001\uff1b\uff1a")  # 。，、；： end a clause before markup
# symbols, Latin letters and kana that GBK pairs read out of step turn into
_ODD_RE = re.compile("[\u0080-\u00b6\u00b8-\u00d6\u00d8-\u2012\u2027-\u2fff\u3040-\u33ff\ue000-\uf8ff\uff10-\uff19\uff21-\uff5a]")
_STRANDED_RE = re.compile(f"(?<=[\u3400-\u9fff])[{re.escape(STRAY_ASCII)}](?=[\u3400-\u9fff]|\\Z)")
_STRAY_END_RE = re.compile(f"[\u3400-\u9fff][{re.escape(STRAY_ASCII)}]\\Z")
_PAIR_RE = re.compile("(?=([\u4e00-\u9fff]{2}))")
_TWO_MARKS_RE = re.compile(r"\?\?(?=[^\x00-\x7f])")
QUESTION_SIGNATURE_RE = re.compile(r"\?\?[\u4e00-\u9fff]")


@dataclass(frozen=True, slots=True)
class Hypothesis:
    kind: str
    wrong: str  # the codec the bytes were wrongly decoded with
    right: str  # the codec they really are
    shift: int = 0  # bytes the wrong decoder was out of step


CJK_HYPOTHESES = (
    Hypothesis("utf8_as_gbk", "gb18030", "utf-8"),
    Hypothesis("big5_as_gbk", "gb18030", "big5hkscs"),
    Hypothesis("gbk_as_big5", "big5hkscs", "gb18030"),
    Hypothesis("gbk_out_of_step", "gb18030", "gb18030", shift=1),
)
LATIN_HYPOTHESES = (Hypothesis("utf8_as_cp1252", "cp1252", "utf-8"),)


def _encode_sloppy(text: str, codec: str) -> bytes:
    """Re-encode what a wrong decoder produced; lost characters become the lost-byte mark."""
    out = bytearray()
    for ch in text:
        if ch == LOST or ch == "\ufffd":
            out.append(_LOST_BYTE)
            continue
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            # C1 controls that a Latin-1 decoder left in place stand for their own byte
            out.append(ord(ch)) if ord(ch) < 256 else out.append(_LOST_BYTE)
    return bytes(out)


@lru_cache(maxsize=8192)
def _completions(broken: bytes, codec: str) -> tuple[str, ...]:
    """Characters whose encoding fits the surviving bytes of one broken character (cached:
    the same broken patterns recur across a page and a crawl)."""
    if codec == "utf-8" and broken and 0xE3 <= broken[0] <= 0xE9:
        seqs = [b""]
        for byte in (broken + bytes([_LOST_BYTE]) * 3)[:3]:
            options = range(0x80, 0xC0) if byte == _LOST_BYTE else (byte,)
            seqs = [s + bytes([o]) for s in seqs for o in options]
    elif codec == "gb18030" and len(broken) == 1 and broken[0] >= 0x40:
        seqs = [bytes([b]) + broken for b in range(0x81, 0xFF)]  # the lead byte was lost,
        if broken[0] >= 0x81:  # or, where this can be a lead byte, the trail byte
            seqs += [broken + bytes([b]) for b in range(0x40, 0xFF) if b != 0x7F]
    elif codec == "gb18030" and len(broken) == 2 and broken[1] == _LOST_BYTE and broken[0] >= 0x81:
        seqs = [broken[:1] + bytes([b]) for b in range(0x40, 0xFF) if b != 0x7F]  # the trail byte was lost
    else:
        return ()
    m = model()
    scored = []
    for seq in seqs:
        try:
            ch = seq.decode(codec)
        except UnicodeDecodeError:
            continue
        weight = 0.0 if ch in PUNCT_AFTER else m.unigram.get(m.to_simplified.get(ch, ch))
        if weight is not None:
            scored.append((weight, ch))
    return tuple(ch for _, ch in heapq.nlargest(_BEAM, scored))


_NO_LINK = -20.0
_PAGE_LINK = 0.0  # a pair of characters the page itself uses twice or more: strong support
_page = threading.local()  # the page being repaired: its repeated character pairs
_TIEBREAK = 0.05
_FLOOR_UNIGRAM = -9.0
_BEAM = 40  # candidates kept per lost character
_REINSERT_GAIN = 0.5  # log10 per character a put-back pair must gain over the character it replaces
_REINSERT_CONTEXT = 3  # characters either side judged with it
_SURE_MARGIN = 0.75  # a completion that beats the runner-up by less (log10) is recorded as a guess


def _link(a: str, b: str) -> float:
    """Bigram support for b following a (a clause mark may close any Chinese character)."""
    if not a or not b:
        return _NO_LINK
    if b in PUNCT_AFTER and CJK_RE.match(a):
        return -2.5
    table = model().to_simplified
    link = max(model().bigram.get(table.get(a, a) + table.get(b, b), _NO_LINK), _NO_LINK)
    return max(link, _PAGE_LINK) if a + b in getattr(_page, "bigrams", frozenset()) else link


def _best_step(best: dict[str, tuple[float, str]], c: str) -> tuple[float, str]:
    """The best path ending in c: one Viterbi step, with _link inlined (it runs 10^4 times a page)."""
    m = model()
    simp, bigram = m.to_simplified, m.bigram
    kc = simp.get(c, c)
    closes = c in PUNCT_AFTER
    tiebreak = _TIEBREAK * m.unigram.get(kc, _FLOOR_UNIGRAM)  # between equally linked candidates, the commoner
    page = getattr(_page, "bigrams", frozenset())
    top = (-1e9, "")
    for p, (s, path) in best.items():
        if not p:
            link = _NO_LINK
        elif closes and CJK_RE.match(p):
            link = -2.5
        else:
            link = max(bigram.get(simp.get(p, p) + kc, _NO_LINK), _NO_LINK)
            if p + c in page:
                link = max(link, _PAGE_LINK)
        if s + link + tiebreak > top[0]:
            top = (s + link + tiebreak, path + c)
    return top


def _pick_all(broken: bytes, codec: str, prev: str, nxt: str) -> str:
    """Resolve broken bytes character by character with a small Viterbi over bigram links.

    A character is only filled in when a bigram with its neighbours supports it; without
    evidence it stays a lost mark for the damage pass.
    """
    chunks = [c for c in re.split(rb"(?=[\xc0-\xfe])", broken) if c] if codec == "utf-8" else [broken]
    columns = [_completions(c, codec) or (LOST,) for c in chunks]
    best: dict[str, tuple[float, str]] = {prev: (0.0, "")}  # last character -> (score, path)
    for column in columns:
        best = {c: _best_step(best, c) for c in column}
    ranked = heapq.nlargest(2, ((s + (_link(c, nxt) if nxt else 0.0), path) for c, (s, path) in best.items()))
    score, path = ranked[0]
    links = len(columns) + (1 if nxt else 0)
    if score <= _NO_LINK * links + 1:
        return LOST * len(columns)
    close = len(ranked) > 1 and score - ranked[1][0] < _SURE_MARGIN
    closing = path in PUNCT_AFTER and nxt in ("", "<")  # a clause mark before markup: 。 or ， alike
    if close and not closing and not _page_supported(prev + path + nxt):
        getattr(_page, "guesses", []).append((prev, path, nxt))
    return path


def _page_supported(chars: str) -> bool:
    """Every link of a guess is a pair the page itself uses elsewhere: no longer a guess."""
    page = getattr(_page, "bigrams", frozenset())
    return all(chars[k : k + 2] in page for k in range(len(chars) - 1))


def _resolve_lost(text: str, codec: str, before: str = "", after: str = "") -> str:
    """Undecodable bytes (surrogate escapes): complete a character from context, else mark it lost.

    `before` and `after` are the characters around `text` on the page, the context of a
    first and a last one.
    """

    def fix(m: re.Match[str]) -> str:
        broken = bytes(ord(c) - 0xDC00 for c in m.group())
        prev = text[m.start() - 1] if m.start() else before
        nxt = text[m.end()] if m.end() < len(text) else after
        return _pick_all(broken, codec, prev, nxt)

    return re.sub("[\udc80-\udcff]+", fix, text)


def reinterpret(run: str, hyp: Hypothesis, nxt: str = "") -> str:
    """The run as it reads when its bytes are decoded the right way (`nxt`: the character
    that follows the run on the page)."""
    if hyp.shift:
        return _realign(run, hyp, nxt)
    return _mapped(run, hyp)


def _realign(run: str, hyp: Hypothesis, nxt: str = "") -> str:
    """Out-of-step repair of a run, also read with the ASCII that full-width narrowing may
    have made of its pairs: many sites fold full-width forms (A3xx in GBK) to ASCII, so a
    pair of a lost character's trail A3 and the next lead byte turns into a letter or a "?"
    ("表示祝賀" -> "咦YR": A3 D9 is Ｙ; "專科" -> "??": 8C lost, A3 BF is ？). The wide
    reading is kept when it leaves none of the wide forms behind (each was read as the half
    of a character), else the run is read as it stands."""
    wide = _widened(run, nxt)
    if wide is not None:
        alt = _realign_pieces(wide, hyp, nxt)
        if not any(ch in alt for ch in set(wide) - set(run)):
            return _reinsert(alt, run, hyp.right)
    return _reinsert(_realign_pieces(run, hyp, nxt), run, hyp.right)


def _reinsert(text: str, run: str, codec: str) -> str:
    """Put back a pair the sloppy decoder dropped (it skips pairs it cannot map): the
    character read across the gap holds the lead byte of one lost character and the trail
    byte of the next, so two characters completed from those bytes replace it where the
    model reads them clearly better ("成立⌒五院" -> "成立、市五院"). Only odd symbols of the
    re-read stretch (where `text` differs from `run`) between characters that do not make a
    word are tried (trying every unlinked character puts back more wrong pairs than right
    ones); what is put back is recorded as a guess."""
    if text == run:
        return text
    head = next((k for k in range(min(len(text), len(run))) if text[k] != run[k]), 0)
    k = max(1, head)
    while k < len(text) - 1:
        ch = text[k]
        if _ODD_RE.match(ch):
            better = _two_for_one(text, k, codec)
            if better is not None:
                getattr(_page, "guesses", []).append((text[k - 1], better, text[k + 1]))
                text = text[:k] + better + text[k + 1 :]
                k += 1
        k += 1
    return text


def _two_for_one(text: str, k: int, codec: str) -> str | None:
    """The best two characters for the bytes of text[k] with a lost pair between them."""
    try:
        data = text[k].encode(codec)
    except UnicodeEncodeError:
        return None
    if len(data) != 2:
        return None
    columns = [_completions(data[:1] + bytes([_LOST_BYTE]), codec), _completions(data[1:], codec)]
    if not all(columns):
        return None
    best: dict[str, tuple[float, str]] = {text[k - 1]: (0.0, "")}
    for column in columns:
        best = {c: _best_step(best, c) for c in column}
    _, path = max((s + _link(c, text[k + 1]), path) for c, (s, path) in best.items())
    lo = max(0, k - _REINSERT_CONTEXT)
    before = text[lo : k + 1 + _REINSERT_CONTEXT]
    after = text[lo:k] + path + text[k + 1 : k + 1 + _REINSERT_CONTEXT]
    return path if _score(after) - _score(before) >= _REINSERT_GAIN else None


def _widened(run: str, nxt: str) -> str | None:
    """The run with its narrowed candidates widened back: two lost marks before garbage (a
    lost lead byte, then its trail A3 with the next lead BF as ？), and a final letter that
    another ASCII letter follows (the real re-sync byte)."""
    wide = _TWO_MARKS_RE.sub("\uff1f", run)
    if run[-1:].isascii() and run[-1:].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha():
        wide = wide[:-1] + chr(ord(run[-1]) + 0xFEE0)
    return wide if wide != run else None


def _realign_pieces(run: str, hyp: Hypothesis, nxt: str = "") -> str:
    """Out-of-step repair per stretch between lost marks. The first "?" after a stretch is
    the byte the decoder gave up on just before an ASCII byte re-synchronised it: it goes
    with the stretch as an unknown byte, so its character can still be completed ("乡村??"
    -> "乡村。": 0xA1 plus an unknown trail byte is most likely a full stop).

    Many decoders give up on that pair as a whole, swallowing the ASCII byte with it: a
    digit there ("共有?2家" was "共有42家") is a lost fact, so it is kept as a lost mark
    (U+FFFD, flagged as damage) instead of vanishing with the "?".
    """
    pieces = re.split(r"(\?+)", run)
    out: list[str] = []
    for k in range(0, len(pieces), 2):
        part, marks = pieces[k], (pieces[k + 1] if k + 1 < len(pieces) else "")
        after_break = k > 0  # the stream broke at the marks before: garbage starts right here
        if part and marks:
            following = pieces[k + 2][:1] if k + 2 < len(pieces) and pieces[k + 2] else nxt
            swallowed = following.isascii() and following.isdigit() and len(marks) == 1
            fixed = _shifted(part + LOST, hyp, after_break, "" if swallowed else following)
            if fixed != part + LOST:
                out.append(fixed + (SWALLOWED if swallowed else marks[1:]))
                continue
        out.append(_shifted(part, hyp, after_break) + marks)
    return "".join(out)


def _mapped(run: str, hyp: Hypothesis) -> str:
    """Decode the re-encoded run; stretches that do not decode to Chinese keep their original text.

    That keeps a real label ("来源：") in front of a garbled value intact, while bytes broken
    by a lost neighbour are completed from context or marked lost.
    """
    encoded = [_encode_sloppy(ch, hyp.wrong) for ch in run]
    bounds = {0: 0}
    pos = 0
    for i, e in enumerate(encoded, 1):
        pos += len(e)
        bounds[pos] = i
    decoded = b"".join(encoded).decode(hyp.right, "surrogateescape")
    out: list[str] = []
    bad: list[str] = []
    bad_start = pos = 0
    for ch in decoded + "\x00":  # sentinel flushes the last bad stretch
        surrogate = "\udc80" <= ch <= "\udcff"
        if surrogate or (ch != "\x00" and not _is_textual(ch)):
            if not bad:
                bad_start = pos
            bad.append(ch)
            pos += 1 if surrogate else len(ch.encode(hyp.right))
            continue
        if bad:
            original = run[bounds[bad_start] : bounds[pos]] if bad_start in bounds and pos in bounds else None
            if original and LOST not in original and "\ufffd" not in original and not model().rare_re.search(original):
                out.append(original)
            else:
                raw = b"".join(bytes([ord(c) - 0xDC00]) if "\udc80" <= c <= "\udcff" else c.encode(hyp.right) for c in bad)
                prev = out[-1][-1:] if out else ""
                out.append(_pick_all(raw, hyp.right, prev, ch.strip("\x00")))
            bad = []
        if ch != "\x00":
            out.append(ch)
            pos += len(ch.encode(hyp.right))
    return "".join(out)


def _is_textual(ch: str) -> bool:
    """What a right reading of Chinese page text is made of."""
    return ch.isascii() or "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" or "\u2000" <= ch <= "\u206f" or ch == "\u00b7"


def _shifted(part: str, hyp: Hypothesis, after_break: bool = False, nxt: str = "") -> str:
    """Out of step: each garbage character holds the tail of one character and the head of the next.

    Applied per stretch between lost marks, from where the garbage starts (a few characters
    before its first rare character, or the start of a stretch that follows lost marks),
    and only where it reads better, so intact text before the break keeps its reading.
    """
    marks = [m.start() for m in (model().rare_re.search(part), _ODD_RE.search(part)) if m]
    if _STRAY_END_RE.search(part):
        marks.append(len(part) - 2)  # "款^": the stream re-synchronised on that ASCII byte
    if len(part) < 2 or not marks:
        return part
    first = min(marks)
    best, best_score = part, _score(part)
    for start in range(0, 1) if after_break else range(max(0, first - _SHIFT_BACK), first + 1):
        data = _encode_sloppy(part[start:], hyp.wrong)
        if len(data) < 3:
            continue
        head = chr(0xDC00 + data[0])  # the tail byte of a character whose head was lost
        tail = _resolve_lost(head + data[hyp.shift :].decode(hyp.right, "surrogateescape"), hyp.right, part[start - 1 : start], nxt)
        candidate = part[:start] + tail
        score = _score(candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best if _local_gain(part, best) >= _MIN_GAIN else part


def _signature(run: str) -> bool:
    if LATIN_SIGNATURE_RE.search(run):
        return True
    return any(r.search(run) for r in (model().rare_re, _ODD_RE, QUESTION_SIGNATURE_RE)) or "\ufffd" in run


def _ascii_count(text: str) -> int:
    return sum(1 for c in text if c.isascii() and c != LOST)


def _local_gain(before: str, after: str) -> float:
    """How much better `after` reads where it differs from `before` (plus one character of
    context each side): a mean over the whole run would hide two repaired characters in a
    paragraph, and a mean over the changed stretch alone would ignore how it joins."""
    n = min(len(before), len(after))
    i = next((k for k in range(n) if before[k] != after[k]), n)
    j = next((k for k in range(n - i) if before[-1 - k] != after[-1 - k]), n - i)
    lo = max(0, i - 1)
    return _score(after[lo : len(after) - j + 1]) - _score(before[lo : len(before) - j + 1])


def _score(text: str) -> float:
    """Language-model score where a lost character, and an ASCII letter stranded between
    Chinese characters (where an out-of-step stream re-synchronised), count as the worst there is."""
    return char_logprob(_STRANDED_RE.sub("\ufffd", text.replace(LOST, "\ufffd")))


def _decodes_mostly(run: str, hyp: Hypothesis) -> bool:
    """Quick test before the costly reading: the right codec decodes real mojibake's bytes
    almost cleanly, while a wrong hypothesis breaks on a good share of them."""
    data = _encode_sloppy(run, hyp.wrong)
    text = data.decode(hyp.right, "replace")
    lost = run.count(LOST) + run.count("\ufffd")  # a lost byte also breaks the character it was part of
    return text.count("\ufffd") - 2 * lost <= _MAX_BROKEN_SHARE * max(1, len(text))


def _best_reading(run: str, hypotheses: tuple[Hypothesis, ...], nxt: str = "") -> tuple[Hypothesis, str] | None:
    best: tuple[float, Hypothesis, str] | None = None
    for hyp in hypotheses:
        if not hyp.shift and not _decodes_mostly(run, hyp):
            continue
        after = reinterpret(run, hyp, nxt)
        if after == run:
            continue
        if _ascii_count(after) > _ascii_count(run):
            continue  # a wrong reading invents ASCII; real mojibake never hides it
        score = _score(after)
        if best is None or score > best[0]:
            best = (score, hyp, after)
    if best is None:
        return None
    score, hyp, after = best
    # the reading must itself read like Chinese where it has characters (lost marks are no reading error)
    readable = char_logprob(after.replace(LOST, "")) >= _GOOD_ENOUGH
    if _local_gain(run, after) >= _MIN_GAIN_RUN and readable and rare_ratio(after) < 0.2:
        return hyp, after
    return None


def _candidate_runs(text: str, lo: int, hi: int, hot: list[int]) -> Iterator[tuple[int, int, tuple[Hypothesis, ...]]]:
    """Runs with a signature of their own, or holding a hot offset (a stray ASCII byte)."""
    for m in _LATIN_RUN_RE.finditer(text, lo, hi):
        if LATIN_SIGNATURE_RE.search(m.group()):
            yield m.start(), m.end(), LATIN_HYPOTHESES
    for m in _CJK_RUN_RE.finditer(text, lo, hi):
        run = m.group()
        at = bisect.bisect_left(hot, m.start())
        if len(run) >= 2 and not run.isascii() and (_signature(run) or (at < len(hot) and hot[at] < m.end())):
            yield m.start(), m.end(), CJK_HYPOTHESES


def _page_bigrams(text: str) -> frozenset[str]:
    """Pairs of Chinese characters the page uses at least twice: "the intact occurrences of
    a phrase elsewhere in the page" that tell which character a lost byte belonged to."""
    pairs = Counter(m.group(1) for m in _PAIR_RE.finditer(text))
    return frozenset(pair for pair, n in pairs.items() if n >= 2)


def _windows(text: str, hot: list[int]) -> list[tuple[int, int]]:
    """The text around each hot offset: its text node (between markup), at most _WINDOW each way."""
    spans: list[tuple[int, int]] = []
    for p in hot:
        if spans and p < spans[-1][1]:
            continue
        floor, ceiling = max(0, p - _WINDOW), min(len(text), p + _WINDOW)
        lo = max(text.rfind(">", floor, p), text.rfind("\n", floor, p))
        hi = min((i for i in (text.find("<", p, ceiling), text.find("\n", p, ceiling)) if i >= 0), default=ceiling)
        spans.append((lo + 1 if lo >= 0 else floor, hi))
    return spans


def _guessed(after: str, at: int, before: str) -> list[Repair]:
    """The characters of a kept reading that were completed from broken bytes by the model
    alone (where: offset in the repaired text): likely right, but guesses, so recorded."""
    out: list[Repair] = []
    text = before + after
    for prev, path, nxt in getattr(_page, "guesses", []):
        k = text.find(prev + path + nxt)
        if k < 0 and path in PUNCT_AFTER:  # a clause mark closing a stretch whose next one was re-read
            k = text.find(prev + path)
        if k >= 0 and LOST not in path:
            out.append(Repair(GUESSED, str(at + k + len(prev) - len(before)), LOST * len(path), path))
    return list({(r.where, r.after): r for r in out}.values())


def repair_mojibake(text: str, hot: list[int], budget: float | None = None) -> tuple[str, list[Repair], bool]:
    """Replace every run near a hot offset whose right reading is clearly better.

    Returns the text, the repairs made, and False when the time box or the run cap stopped
    the work early (the rest of the page stays as it was). The box is _BASE_SECONDS plus
    _SECONDS_PER_KB per kilobyte of text unless `budget` says otherwise.
    """
    model()  # loaded (once per process) outside the time box
    _page.bigrams = _page_bigrams(text)
    deadline = time.perf_counter() + (budget if budget is not None else _BASE_SECONDS + _SECONDS_PER_KB * len(text) / 1024)
    repairs: list[Repair] = []
    pieces: list[str] = []
    pos = out_at = 0
    done = 0
    finished = True
    for lo, hi in _windows(text, hot):
        for start, end, hyps in sorted(_candidate_runs(text, lo, hi, hot), key=lambda r: r[0]):
            if start < pos:
                continue
            if done >= _MAX_RUNS or time.perf_counter() > deadline:
                finished = False
                break
            done += 1
            run = text[start:end]
            _page.guesses = []
            found = _best_reading(run, hyps, text[end : end + 1])
            if found is None:
                continue
            hyp, after = found
            pieces.append(text[pos:start])
            out_at += len(pieces[-1])
            pieces.append(after)
            repairs.append(Repair(hyp.kind, str(out_at), run, after))  # where: offset in the repaired text
            repairs += _guessed(after, out_at, text[start - 1 : start])
            out_at += len(after)
            pos = end
        if not finished:
            break
    if not repairs:
        return text, repairs, finished
    pieces.append(text[pos:])
    return "".join(pieces), repairs, finished
