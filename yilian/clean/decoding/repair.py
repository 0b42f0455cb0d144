"""Repair of text that was decoded with the wrong codec before it reached us: a bounded
search over codec chains, judged by the general score.

Where to look: clusters of suspect characters (charclass.SUSPECT: two within a few
characters, or one of the Latin family), lost marks glued to Han characters, a "?" or an
ASCII letter stranded between Han characters, and the offsets where the page's own bytes
did not decode. Looking is cheap and proves nothing; places whose rare characters form
words, or that no step reads as better text, are not searched.

What to try: around each place, the run of text a misreading could have produced (its
stretch of non-ASCII characters, lost marks and the ASCII trail bytes between them) is
re-read by chains of up to MAX_DEPTH steps (rereading.Step: bytes of UTF-8, GBK or Big5
text decoded as GBK, Big5 or windows-1252/Latin-1; lost bytes read back by the lattice),
and what no chain explains by the byte shift of a GBK stream read out of step
(rereading.SHIFT). Every distinct reading a chain reaches is a candidate.

What to write, what to doubt (_choose): a reading is written when the character model
reads it much better than the text as it stands, per character changed, and it is long
enough, and where it guessed characters the evidence outweighs the guesses; a certain
reading of a long stretch proves its chain on the page, and the page's short leftovers
are read again with it. A reading that reads much better but is not written makes its
stretch a doubt: the text stays as it stands and the stretch is damage. A written reading
with guessed characters flags what its bytes do not vouch for (score.unvouched).

All work is counted in operations (characters encoded, decoded or scored, lattice
transitions) against a budget that grows with the page, so a page full of garbage costs
time linear in its size and the same page always gives the same output, whatever the
machine's load.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import numpy as np

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding import lattice, score
from yilian.clean.decoding.damage import is_question
from yilian.clean.decoding.lattice import Budget
from yilian.clean.decoding.rereading import SHIFT, Context, Edit, Reading, Step, decode, encode_char, reread
from yilian.clean.decoding.score import MIN_GAIN, changed, gain, reads_like_chinese, unvouched

MAX_DEPTH = 3
_MIN_CHARS = 3  # a repair changes at least this many characters (one more per further step)
_LAYER_MIN = 6  # characters an edit must cover to be read again as one more layer
_LAYER_SUSPECT = 0.3  # and the share of suspect characters its reading must still hold
_LAYER_BEAM = 2  # readings taken one layer deeper at each depth
_STEP_GAIN = 0.5  # every step beyond the first must earn this much more per character
_PROOF_PER_GUESS = 2  # Han characters the bytes must prove for each one a written reading guesses
_LOSSY_EVIDENCE = 4.0  # log10 a reading must gain per character it guessed to be written
_DOUBT_EVIDENCE = 4.0  # log10 a reading that is not written must gain to make its stretch a doubt
_PROOF_CHARS = 6  # a written reading restoring this many characters (and few guesses) proves its chain on the page
_PROVEN_GAIN = 0.3  # per character, for a reading by a chain the page proved
_TRAIL_EVIDENCE = 0.5  # log10 a lost lead byte must explain a stranded ASCII letter by to doubt it
_SHIFT_EVIDENCE = 2.5  # log10 the stream out of step one character earlier must explain it by (a guess: real pages' best 1.5)
_BETWEEN_WORDS = "_@~"  # ASCII signs web text puts between words (title separators, mentions, lists)
_COMMON = -5.0  # log10 weight of a character ordinary text uses (by the character model)
_SENTENCE_MARKS = "，。"  # the marks of a sentence typed with a Chinese input method
_SENTENCE_REACH = 40  # characters either side of a "?" looked at for them
_BREAK_RE = re.compile("[<>\n]")  # where a stretch of text ends
_NEAR = 5  # signs this close belong to one place
_MAX_RUN = 2000  # the longest stretch the chains read at once
_MARGIN = 8  # characters either side of a place read with it
_MERGE = 12  # places this close are one
_SOURCE_MARKS = ("锟斤", "斤拷", "烫烫", "屯屯")
_SHIFT_BACK = 8  # characters before its first sign where out-of-step garbage may start
_MAX_TAIL = 240  # how far past a place the byte shift may read until the stream re-synchronises
_PLAUSIBLE = -3.4  # mean log10 per character above which a place already reads as text
# The operation budget of a page: this, plus one per this many characters of text. An
# operation is one to a few microseconds of work (benchmarks/bench_decode.py prints the
# pathological pages' times): a small page of garbage costs a fifth of a second at most,
# a megabyte of it (with decoding its fragments and finding its marks) under two seconds.
_BASE_OPS = 200_000
_CHARS_PER_OP = 4
_REREAD_OPS = 3  # per character re-read by one step
_SHIFT_OPS = 12  # per character the byte shift reads (start positions, scoring)
_RUN_OPS = 1_000  # for every run searched, however short (the steps' fixed costs)
_LATIN_STEPS = (Step("latin", "utf-8"), Step("latin", "gb18030"), Step("latin", "big5hkscs"))
_CJK_STEPS = (
    Step("gb18030", "utf-8"),
    Step("gb18030", "big5hkscs"),
    Step("big5hkscs", "utf-8"),
    Step("big5hkscs", "gb18030"),
)
# the sign of a GBK stream re-synchronised on an ASCII byte: a trail byte left between Han characters
_ESCAPES_RE = re.compile("[\udc00-\udcff]")
_STRAY_RE = re.compile(f"[{cc.HAN_CLASS}][{re.escape(cc.STRAY_ASCII)}](?:[{cc.HAN_CLASS}]|$)")


@dataclass(frozen=True, slots=True)
class Fix:
    """text[start:end] (offsets in the text before repair) reads as `reading` by `chain`."""

    start: int
    end: int
    before: str
    reading: Reading
    chain: tuple[Step, ...]
    gain: float

    @property
    def kind(self) -> str:
        return "+".join(step.kind for step in self.chain)

    @property
    def chain_text(self) -> str:
        return ", ".join(step.text for step in self.chain)


@dataclass(slots=True)
class Result:
    fixes: list[Fix]
    finished: bool  # False when the budget ran out before every place was looked at
    # stretches that read as misread text no reading restores with enough proof: (start, end,
    # the likeliest reading or "" when there is none)
    doubts: list[tuple[int, int, str]] = field(default_factory=list)


def budget_for(text: str) -> Budget:
    return Budget(_BASE_OPS + len(text) // _CHARS_PER_OP)


def places(text: str, bits: np.ndarray, hot: list[int]) -> list[tuple[int, int]]:
    """Stretches worth a look: signs (suspect characters other than private use, lost marks
    glued to Han characters, `hot` offsets) within _NEAR of each other form one place; a
    place counts when it holds two signs one of which is a suspect character, a Latin-family
    character, an ASCII letter or sign left between Han characters (where a GBK stream
    re-synchronised: "款^組建"), a Latin-family character, or a hot offset. A lone rare
    character (a name) is no place."""
    signs: list[tuple[int, int]] = [(p, _HOT) for p in hot]  # (offset, kind)
    suspect = np.flatnonzero(bits & cc.SUSPECT)
    if suspect.size:
        kinds = np.where(bits[suspect] & cc.LATIN_FAMILY, _LATIN, np.where(bits[suspect] & cc.PRIVATE_USE, _PRIVATE, _SUSPECT))
        signs += list(zip(suspect.tolist(), kinds.tolist()))
    if "?" in text:
        marks = _lost_marks(text, bits)
        han = (bits & cc.HAN) != 0
        amid = han[np.maximum(marks - 1, 0)] & han[np.minimum(marks + 1, len(text) - 1)] & (marks > 0)
        signs += [(p, _AMID if between else _MARK) for p, between in zip(marks.tolist(), amid.tolist())]
    # an ASCII trail byte left between Han characters where a GBK stream re-synchronised
    signs += [(p, _STRAY) for p in cc.stray_between_han(bits).tolist() + cc.bracket_trails(text, bits)]
    signs.sort()
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(signs):
        j = k + 1
        while j < len(signs) and signs[j][0] - signs[j - 1][0] <= _NEAR:
            j += 1
        kinds = [kind for _, kind in signs[k:j]]
        if all(kind == _STRAY for kind in kinds) or (
            kinds == [_AMID] and (is_question(text, signs[k][0]) or _amid_words(text, signs[k][0]))
        ):
            # a lone letter between Han characters is judged alone (_lone_trails); a question
            # mark stays, and so does a "?" between words (out-of-step garbage beside it reads as none)
            k = j
            continue
        if _HOT in kinds or _LATIN in kinds or _STRAY in kinds or _AMID in kinds or (j - k >= 2 and _SUSPECT in kinds):
            start, end = signs[k][0], signs[j - 1][0] + 1
            if out and start - out[-1][1] <= _MERGE:  # one misread stretch holds common characters too
                start = out.pop()[0]
            out.append((start, end))
        k = j
    return out


_HOT, _LATIN, _SUSPECT, _MARK, _PRIVATE, _STRAY, _AMID = range(7)  # (private use joins a place, a site's own glyphs make none)


def _amid_words(text: str, p: int) -> bool:
    """Whether the characters either side of offset p form words (no unlinked run touches it)."""
    return score.unlinked_before(text, p, _SHIFT_BACK) == p and score.unlinked_after(text, p, _SHIFT_BACK) == p + 1


def _lost_marks(text: str, bits: np.ndarray) -> np.ndarray:
    """Offsets of the "?" glued to a Han character (after one, or before one or "?" and one)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)
    han = np.concatenate(((bits & cc.HAN) != 0, np.zeros(2, bool)))
    q = np.flatnonzero(codes == ord("?"))
    after_han = (q > 0) & han[q - 1] & (q > 0)
    before_han = han[q + 1] | ((codes[np.minimum(q + 1, len(codes) - 1)] == ord("?")) & han[q + 2])
    return q[after_han | before_han]


def search(text: str, where: list[tuple[int, int]], budget: Budget, bits: np.ndarray | None = None) -> Result:
    """The fixes the chains find at the places `where` (offsets in `text`), non-overlapping. `bits`:
    charclass.lookup(text) when the caller has it (a whole page's table is not read twice)."""
    ctx = Context(text)
    fixes: list[Fix] = []
    doubts: list[tuple[int, int, str]] = []
    seen: dict[tuple, tuple[int, list[Fix], list[tuple[int, int, str]]]] = {}
    done_to = 0
    for a, b in where:
        if b <= done_to:
            continue
        a = max(a, done_to)
        while a < b:  # a long place is worked through in windows, each from where the last fix ended
            stretch = _run_at(text, a)
            if stretch is None:
                a += 1
                continue
            lo, hi = max(stretch[0], done_to, a - _MARGIN), min(stretch[1], b + _MARGIN, a + _MAX_RUN)
            place = text[a : min(b, hi)]
            if not any(c in cc.LOST_MARKS or c in cc.STRAY_ASCII for c in place) and (
                score.loglik(place) > _PLAUSIBLE * len(place) or score.in_words(text, a, min(b, hi)) or not _worth_reading(text, a, min(b, hi))
            ):
                done_to = max(done_to, min(b, hi))  # reads as text already (あやの沙希, Русский, 龌龊): no search
                a = min(b, hi)
                continue
            tail = min(stretch[1], lo + _MAX_RUN + _MAX_TAIL)
            if not budget.spend(_RUN_OPS):
                return Result(fixes, False, doubts)
            key = (text[lo:tail], hi - lo, a - lo, tuple(ctx.chains))
            if key in seen:  # the same stretch again (a headline in a list and on the page): the same answer
                found = [Fix(f.start - seen[key][0] + lo, f.end - seen[key][0] + lo, f.before, f.reading, f.chain, f.gain) for f in seen[key][1]]
                doubted = [(x - seen[key][0] + lo, y - seen[key][0] + lo, r) for x, y, r in seen[key][2]]
            else:
                chosen = _search_run(text, lo, hi, tail, ctx, budget, a)
                if chosen is None:
                    return Result(fixes, False, doubts)
                found, doubted = chosen
                seen[key] = (lo, found, doubted)
            fixes += found
            doubts += doubted
            # the next window starts where the last fix ended (a window's edge may cut a
            # misread character in two; the fix before it ends at a whole one)
            a = done_to = max([done_to] + [f.end for f in found]) if found and found[-1].end > a else hi
    if ctx.chains:
        again = _proven_again(text, fixes, ctx, budget)
        if again is None:
            return Result(fixes, False, doubts)
        more, doubted = again
        fixes = sorted(fixes + more, key=lambda f: f.start)
        doubts = [(x, y, r) for x, y, r in doubts if not any(x < f.end and f.start < y for f in more)]
        doubts += [(x, y, r) for x, y, r in doubted if not any(x < b and a < y for a, b, _ in doubts)]
    taken = [(f.start, f.end) for f in fixes] + [(x, y) for x, y, _ in doubts]
    doubts = sorted(doubts + _lone_trails(text, fixes, doubts, ctx, bits) + [(p, p + 1, "") for p in lone_marks(text, taken)])
    return Result(fixes, True, doubts)


def lone_marks(text: str, taken: list[tuple[int, int]] = ()) -> list[int]:
    """The offset of a "?" between Han characters in text punctuated full-width (a "，" or
    "。" near it in the same stretch of text, a paragraph's), where it is the only "?" after
    a Han character on the page and not a question's, outside the `taken` stretches: a
    writer whose input method types "，" types "？" too, so this "?" is a decoder's mark for
    a character it could not read (a GBK stream that lost the lead byte of "，": "舉行?聯盟").
    A page that writes "?" after Chinese text more than once ("是吗?", headlines such as
    "有无外籍?官方回应") writes it as punctuation. (A page holds few "?" after Han text:
    they are found one by one.)"""
    marks: list[int] = []
    p = text.find("?")
    while p >= 0:
        if p and cc.is_han(text[p - 1]):
            marks.append(p)
            if len(marks) > 1:
                return []
        p = text.find("?", p + 1)
    if not marks:
        return []
    p = marks[0]
    if p + 1 >= len(text) or not cc.is_han(text[p + 1]) or is_question(text, p) or any(a <= p < b for a, b in taken):
        return []
    before = _BREAK_RE.split(text[max(0, p - _SENTENCE_REACH) : p])[-1]
    after = _BREAK_RE.split(text[p + 1 : p + 1 + _SENTENCE_REACH])[0]
    return [p] if any(c in before + after for c in _SENTENCE_MARKS) else []


def _lone_trails(text: str, fixes: list[Fix], doubts: list[tuple[int, int, str]], ctx: Context,
                 bits: np.ndarray | None = None) -> list[tuple[int, int, str]]:
    """ASCII letters stranded between Han characters that read as the trail byte of a GBK
    character whose lead byte was lost (the stream re-synchronised on it: "雙向轉診" ->
    "雙向D診"): one character is lost, so nothing is written, but where the likeliest such
    character reads clearly better than the letter (_TRAIL_EVIDENCE; a page's own "B超",
    "A股", "T恤" read no better) the letter is doubted, with the characters before it that
    form no word (the stream may have been out of step for a few characters before it
    re-synchronised on the letter: "用藥諮詢" -> "铀幹J詢"). The character model scores an
    ASCII letter glued to Han text as cheaply as "B超" needs, so the letter is doubted too
    where Chinese text would not hold it: a lowercase letter or a sign alone between Han
    characters (text embeds acronyms, "A股", "C區"; "_", "@" and "~" join words in titles,
    mentions and lists, "新闻_网易", "微博@用户"), and a letter after characters that form no
    word and hold a suspect one (garbage of a stream out of step that re-synchronised on
    it). A letter is doubted as well where such a character would make a word with the
    character after the letter that, as written, forms none with what follows it, while the
    text before the letter ends a word or a phrase: the lost character's partner is left
    alone between words ("雙向D診、" reads 轉診; "A股現報": no character that fits "A" makes
    a word with 股; in a name the characters around the letter form no words, "多啦A夢").
    The same holds for a letter after a mark ("、Y源": 資源). And a letter is doubted with the character before it
    where the stream read out of step from that character explains both far better (shift_gain: "拷Y了" is
    "總結了" whose 總 lost its trail byte).
    Only characters of the page's script count (on a page of no one script, any common
    character fits a sign that is no letter); a letter doubted for a word it would
    complete offers that character as the reading."""
    taken = [(f.start, f.end) for f in fixes] + [(x, y) for x, y, _ in doubts]
    out: list[tuple[int, int, str]] = []
    for p in cc.strays(text, cc.lookup(text) if bits is None else bits):
        if any(a <= p < b for a, b in taken):
            continue
        prev, ch, nxt = text[p - 1], text[p], text[p + 1]
        base = score.step(prev, ch) + score.step(ch, nxt)
        cands = [c for c in lattice.likeliest(lattice.orphan_candidates(ord(ch), "gb18030")[0], prev, nxt) if not ctx.foreign(c)]
        best = max((score.step(prev, c) + score.step(c, nxt) for c in cands), default=base)
        start = score.unlinked_before(text, p, _SHIFT_BACK)
        # a common character only the page's script writes fits the byte: where such a letter is not
        # one Chinese text holds, or ends garbage, it is doubted without the score's word
        own = ch not in _BETWEEN_WORDS and any(cc.script_mark(c) == ctx.script != 0 and score.loglik(c) >= _COMMON for c in cands)
        # (on a page of no one script, a sign that is no letter: "款^組建"; a letter may be a name's)
        own = own or (not ctx.script and not ch.isalnum() and ch not in _BETWEEN_WORDS and any(score.loglik(c) >= _COMMON for c in cands))
        unwritten = own and not ch.isupper()  # not an acronym's letter ("A股", "C區")
        garbled = own and any(cc.bits_of(text[k]) & cc.SUSPECT for k in range(start, p))
        word = [c for c in cands if cc.script_mark(c) == ctx.script and score.loglik(c) >= _COMMON and score.is_word(c, nxt)] if own else []
        reading = text[start:p] + word[0] if word else ""
        if cands and (best - base >= _TRAIL_EVIDENCE or unwritten or garbled):
            out.append((start, p + 1, reading))
        elif shift_gain(text, p, ctx) >= _SHIFT_EVIDENCE:
            out.append((min(start, p - 1), p + 1, ""))
        elif word and (prev in cc.STRAY_AFTER or score.pair_is_word(text, p - 2)) and not score.pair_is_word(text, p + 1):
            out.append((start, p + 1, reading))
    return out


def shift_gain(text: str, p: int, ctx: Context) -> float:
    """How much better (log10) the text around the letter at `p` reads when the GBK stream went out of step one
    character before it: that character lost its trail byte, so its lead took the next pair's lead and the letter
    is that pair's trail ("總結了" -> "拷Y了"). The lost character is guessed (so this only doubts); 0.0 where the
    bytes allow no such reading."""
    prev, ch = text[p - 1], text[p]
    data = encode_char(prev, "gb18030")
    if data is None or len(data) != 2:
        return 0.0
    try:
        pair = bytes([data[1], ord(ch)]).decode("gb18030")
    except UnicodeDecodeError:
        return 0.0
    if len(pair) != 1 or not cc.is_han(pair) or ctx.foreign(pair):
        return 0.0
    before, nxt = text[p - 2 : p - 1], text[p + 1 : p + 2]
    guesses = [c for c in lattice.likeliest(lattice.lead_candidates(data[0], "gb18030"), before, pair) if not ctx.foreign(c)]
    if not guesses:
        return 0.0
    as_is = score.step(before, prev) + score.step(prev, ch) + score.step(ch, nxt)
    return max(score.step(before, c) + score.step(c, pair) for c in guesses) + score.step(pair, nxt) - as_is


def _proven_again(text: str, fixes: list[Fix], ctx: Context, budget: Budget) -> tuple[list[Fix], list[tuple[int, int, str]]] | None:
    """Once a chain restored a long stretch of the page with certainty, the short stretches
    it left (a lone misread character between digits, "3ÔÂ18") are read again with the
    chains the page proved: what they read clearly better is written (or, where it is a
    guess, doubted: _choose)."""
    bits = cc.lookup(text)
    covered = np.zeros(len(text) + 1, bool)
    for f in fixes:
        covered[f.start : f.end] = True
    out: list[Fix] = []
    doubted: list[tuple[int, int, str]] = []
    done_to = 0
    odd = (bits & cc.SUSPECT) != 0
    script = cc.written_script("".join(f.reading.text for f in fixes))  # what the restored text is written in
    if script:  # a character of the other script is odd too (鏈 on a Simplified page)
        odd |= cc.script_marks(text) == (cc.HANS_ONLY if script == cc.HANT else cc.HANT)
    for p in np.flatnonzero(odd & ~covered[: len(text)]).tolist():
        if p < done_to:
            continue
        stretch = _run_at(text, p)
        if stretch is None:
            continue
        lo, hi = stretch
        done_to = hi
        run = text[lo:hi]
        candidates: list[Edit] = []
        for chain in ctx.chains:
            if not budget.spend(_RUN_OPS + _REREAD_OPS * len(run) * len(chain)):
                return None
            edits = [Edit(0, len(run), Reading(run), ())]
            for step in chain:  # every step of the chain in turn, each on what the one before read
                deeper = [e2 for e in edits for e2 in (_next_steps(e, ctx, budget, (step,)) if e.chain else _first_step(run, step, ctx, budget, (text[lo - 1 : lo], text[hi : hi + 1])))]
                edits = [e for e in deeper if e.chain == chain[: len(e.chain)]]
            candidates += [e for e in edits if e.chain == chain]
        chosen = _choose(text, lo, candidates, ctx, budget)
        if chosen is None:
            return None
        if not chosen[0] and not chosen[1] and any(_cut_short(run, chain) for chain in ctx.chains):
            chosen = ([], [(lo, hi, "")])  # what the chain read, but for the bytes a decoder dropped at its end
        out += [f for f in chosen[0] if not covered[f.start : f.end].any()]
        doubted += [(x, y, r) for x, y, r in chosen[1] if not covered[x:y].any()]
    for f in fixes:  # the characters a fix by a proven chain stopped short of, up to the ASCII after them
        end = f.end
        while end < len(text) and end - f.end < _NEAR and text[end] >= "\x80" and not covered[end]:
            end += 1
        if end > f.end and ctx.proven(f.chain) and _cut_short(text[f.end : end], f.chain):
            doubted.append((f.end, end, ""))
    return out, doubted


def _cut_short(run: str, chain: tuple[Step, ...]) -> bool:
    """Whether the bytes of `run` under the chain's first step are text of its right codec
    cut short: every byte reads but the last character, whose trailing bytes are missing (a
    decoder that dropped the bytes it could not read, at the end of a run: "3鏈18日" is
    "3月18日" as UTF-8 read as GBK, 月's third byte dropped before the "1"). Nothing of the
    character is left to read, so the run is a doubt, not a guess."""
    step = chain[0]
    chunks = [encode_char(ch, step.wrong) for ch in run]
    if step.shift or any(c is None for c in chunks):
        return False
    data = b"".join(chunks)  # type: ignore[arg-type]
    decoder = codecs.getincrementaldecoder(step.right)()
    try:
        decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return bool(decoder.getstate()[0])  # bytes left waiting for the rest of a character


def _first_step(run: str, step: Step, ctx: Context, budget: Budget, edges: tuple[str, str]) -> list[Edit]:
    return reread(run, step, ctx, False, budget, edges=edges) or []


def _worth_reading(text: str, a: int, b: int) -> bool:
    """A quick look before the search at a place of rare Han characters: some step reads
    them (with a character either side) as fewer odd characters that read clearly better,
    or they may be a stream out of step (three suspect characters together). Real text's
    rare words (祂, 槡椹) read as no better text by any step."""
    stretch = text[max(0, a - 1) : b + 1]
    suspects = cc.count_suspect(stretch)
    around = text[max(0, a - 1) : b + 2]  # (a trail is judged with the character after it)
    trails = len(cc.bracket_trails(around, cc.lookup(around)))
    if any(cc.bits_of(c) & (cc.LATIN_FAMILY | cc.PRIVATE_USE) or c == "\ufffd" for c in stretch) or suspects + trails >= 3:
        return True
    for step in _CJK_STEPS:
        data = b"".join(encode_char(c, step.wrong) or b"" for c in stretch)
        read = _ESCAPES_RE.sub("", decode(data, step.right))
        if read and any(cc.is_han(c) for c in read) and cc.count_suspect(read) < suspects:
            per_char, n = gain(stretch, read)
            if n and per_char >= MIN_GAIN:
                return True
    return False


def _run_at(text: str, p: int) -> tuple[int, int] | None:
    """The stretch around offset p that one misreading may have produced: non-ASCII
    characters, lost marks and the ASCII trail bytes glued after a non-ASCII character,
    at most _MAX_RUN before p and _MAX_RUN + _MAX_TAIL after it."""
    if p >= len(text) or not _in_run(text, p):
        return None
    lo = p
    floor = max(0, p - _MAX_RUN)
    while lo > floor and _in_run(text, lo - 1):
        lo -= 1
    hi = p + 1
    ceiling = min(len(text), p + _MAX_RUN + _MAX_TAIL)
    while hi < ceiling and _in_run(text, hi):
        hi += 1
    return lo, hi


def _in_run(text: str, k: int) -> bool:
    ch = text[k]
    if ch >= "\x80" or ch == "?":
        return True
    after = text[k + 1 : k + 3]  # (not the first letter of an ASCII word)
    return "\x40" <= ch <= "\x7e" and k > 0 and text[k - 1] >= "\x80" and not (len(after) == 2 and after.isascii() and after.isalpha())


def _search_run(text: str, lo: int, hi: int, tail: int, ctx: Context, budget: Budget, place: int) -> tuple[list[Fix], list[tuple[int, int]]] | None:
    """Candidates of every chain on text[lo:hi] (the byte shift reads on from there to where
    the stream re-synchronises after `place`, at most to `tail`); the best non-overlapping
    ones that pass, and the doubted stretches (see _choose)."""
    run = text[lo:hi]
    latin = any(cc.bits_of(c) & cc.LATIN_FAMILY for c in run)
    han = any(cc.script_of(c) == cc.HANS for c in run)
    lost = any(c in cc.LOST_MARKS for c in run)
    candidates: list[Edit] = []
    frontier: list[Edit] = []
    # where the only signs are a "?" or an ASCII letter between Han characters and nothing
    # odd stands near, no codec chain can have misread the text: only a lost byte is worth a look
    marks_only = not latin and "\ufffd" not in run and not cc.count_suspect(run)
    for step in () if marks_only else (_LATIN_STEPS if latin else ()) + (_CJK_STEPS if han or not latin else ()):
        for as_lost in (False, True) if lost else (False,):
            if not budget.spend(_REREAD_OPS * len(run)):
                return None
            found = reread(run, step, ctx, as_lost, budget, edges=(text[lo - 1 : lo], text[hi : hi + 1]))
            if found is None:
                return None
            frontier += found
    seen: set[tuple[int, int, str]] = set()
    for _ in range(MAX_DEPTH - 1):
        layers: list[Edit] = []
        for edit in frontier:
            key = (edit.start, edit.end, edit.reading.text)
            if key in seen:
                continue
            seen.add(key)
            candidates.append(edit)
            reading = edit.reading
            if edit.end - edit.start < _LAYER_MIN or cc.count_suspect(reading.text) < _LAYER_SUSPECT * len(reading.text):
                continue  # only a reading of a stretch that still looks misread is read again
            stood = run[edit.start : edit.end]
            if cc.count_suspect(stood) + sum(stood.count(c) for c in cc.LOST_MARKS) < _LAYER_SUSPECT * len(stood):
                continue  # (and only of a stretch that looked misread as it stood: two layers leave no word)
            layers.append(edit)
        # a layer covers a whole stretch: the longest certain readings go one layer deeper
        layers.sort(key=lambda e: (e.start - e.end, e.start, e.chain[-1].kind))
        frontier = [deeper for edit in layers[:_LAYER_BEAM] for deeper in _next_steps(edit, ctx, budget)]
    candidates += [e for e in frontier if (e.start, e.end, e.reading.text) not in seen]
    chosen = _choose(text, lo, candidates, ctx, budget)
    if chosen is None or not han:
        return chosen if chosen is None else _with_leftovers(text, lo, max(hi, tail), *chosen)
    left = _unexplained(text, lo, hi, chosen[0])
    if not _out_of_step_signs(text, left):
        return _with_leftovers(text, lo, max(hi, tail), *chosen)
    # what no chain explains may be a GBK stream that lost a byte, read out of step until
    # it re-synchronised (on an ASCII byte, or where a lost mark stands)
    # (a narrowed full-width form looks like that byte: where reading to it restores nothing
    # and the text after it still looks out of step, the stream is read on to its stretch's end)
    resync = _STRAY_RE.search(text, max(lo, place - 1), tail)
    ends = [tail]
    if resync:  # (read on past it only where the text after it still shows the stream out of step)
        cut = resync.start() + 2
        ends = [cut, tail] if _out_of_step_signs(text, _unexplained(text, cut, tail, [])) else [cut]
    if marks_only:
        ends = [min(end, left[-1] + _SHIFT_BACK) for end in ends]
    start = max(lo, left[0] - _SHIFT_BACK)
    for end in sorted(set(ends)):
        shifted = text[start:end]
        shifted_candidates = list(candidates)
        for as_lost in (True,) if marks_only else (False, True) if lost else (False,):
            if not budget.spend(_SHIFT_OPS * len(shifted)):
                return None
            found = reread(shifted, SHIFT, ctx, as_lost, budget)
            if found is None:
                return None
            shifted_candidates += [Edit(e.start + start - lo, e.end + start - lo, e.reading, e.chain) for e in found]
        chosen = _choose(text, lo, shifted_candidates, ctx, budget)
        if chosen is None:
            return None
        if chosen[0] or chosen[1]:
            break
    return _with_leftovers(text, lo, max(hi, end), *chosen)


def _with_leftovers(text: str, lo: int, hi: int, fixes: list[Fix], doubts: list[tuple[int, int, str]]) -> tuple[list[Fix], list[tuple[int, int, str]]]:
    """The fixes, and the doubts with the signs of a misreading that a lossy fix or a doubt
    left beside it (lost marks, suspect characters within _NEAR of it, and those within
    _NEAR of them: the rest of what was lost there), with the lost marks that follow."""
    anchors = [(f.start, f.end) for f in fixes if f.reading.guessed] + [(x, y) for x, y, _ in doubts]
    if not anchors:
        return fixes, doubts
    signs = _unexplained(text, lo, hi, fixes)
    spans: list[tuple[int, int]] = []
    reach = [(a - _NEAR, b + _NEAR) for a, b in anchors]
    for p in signs:  # in order: each sign taken in extends the reach for the next
        if any(x <= p < y for x, y in reach):
            spans.append((p, p + 1))
            reach.append((p - _NEAR, p + 1 + _NEAR))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a - merged[-1][1] <= _NEAR and not any(merged[-1][1] <= f.start < a for f in fixes):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    for k, (a, b) in enumerate(merged):  # with the lost marks that follow
        while b < len(text) and text[b] in cc.LOST_MARKS:
            b += 1
        merged[k] = (a, b)
    return fixes, doubts + [(a, b, "") for a, b in merged]


def _out_of_step_signs(text: str, left: list[int]) -> bool:
    """Whether unexplained signs look like a GBK stream out of step: a lost mark, an ASCII
    letter stranded between Han characters, a user-area glyph (garbage pairs often land
    there), or three suspect characters close together (two rare characters side by side
    are a name as often as not)."""
    for k, p in enumerate(left):
        ch = text[p]
        if ch in cc.LOST_MARKS or ch in cc.STRAY_ASCII or cc.bits_of(ch) & cc.PRIVATE_USE:
            return True
        if k >= 2 and p - left[k - 2] <= _NEAR:
            return True
    return False


def _unexplained(text: str, lo: int, hi: int, fixes: list[Fix]) -> list[int]:
    """Offsets of the signs of a misreading in text[lo:hi] (suspect characters, lost marks,
    ASCII letters stranded between Han characters) no fix covers."""
    covered = np.zeros(hi - lo, bool)
    for f in fixes:
        covered[max(0, f.start - lo) : max(0, f.end - lo)] = True
    bits = cc.lookup(text[lo:hi])
    signs = (bits & cc.SUSPECT) != 0
    signs[cc.stray_between_han(bits)] = True
    signs[cc.bracket_trails(text[lo:hi], bits)] = True
    codes = np.frombuffer(text[lo:hi].encode("utf-32-le", "surrogatepass"), np.uint32)
    signs |= codes == ord("?")
    return (np.flatnonzero(signs & ~covered) + lo).tolist()


def _next_steps(edit: Edit, ctx: Context, budget: Budget, steps: tuple[Step, ...] | None = None) -> list[Edit]:
    """One more step on what an edit reads: the chain goes one layer deeper (by `steps`,
    else by every step that may follow its last)."""
    inner = edit.reading.text
    out: list[Edit] = []
    latin = any(cc.bits_of(c) & cc.LATIN_FAMILY for c in inner)
    last = edit.chain[-1]
    for step in steps or (_LATIN_STEPS + _CJK_STEPS if latin else _CJK_STEPS):
        if (step == last and step.right != "utf-8") or (step.wrong, step.right) == (last.right, last.wrong):
            continue  # a layer saved back in a legacy codec and read with it again, or a step undone
        if not budget.spend(_REREAD_OPS * len(inner)):
            break
        doubtful = frozenset(k for a, b in edit.reading.guessed for k in range(a, b))
        found = reread(inner, step, ctx, "\ufffd" in inner, budget, doubtful)
        if found is None:
            break
        # every stretch the step reads, each alone and all together (a layer covers the whole
        # edit, but text the step cannot read, such as a lost mark, may part its stretches)
        for group in [[e] for e in found] + ([found] if len(found) > 1 else []):
            reading, pos = Reading(), 0
            for e in group:
                reading.add(inner[pos : e.start])
                reading.extend(e.reading)
                pos = e.end
            reading.add(inner[pos:])
            out.append(Edit(edit.start, edit.end, reading, edit.chain + group[0].chain))
    return out


def _choose(text: str, lo: int, candidates: list[Edit], ctx: Context, budget: Budget) -> tuple[list[Fix], list[tuple[int, int]]] | None:
    """The candidates that are written, non-overlapping, and the stretches doubted.

    A reading is written when it reads much better than the text as it stands, per
    character changed (score.MIN_GAIN, more for every further step of a chain), reads like
    Chinese, changes at least _MIN_CHARS characters (fewer where the page already proved
    the same chain), and, where it guessed characters, the evidence outweighs the guesses
    (_LOSSY_EVIDENCE each; half where the page proved the chain). A reading that reads much
    better but is not written (too short or too lossy to trust) makes its stretch a doubt:
    the text stays, flagged as damage.
    Scoring is the costly part, so candidates are scored in the order of how many suspect
    characters they explain away (longest first), and one overlapping a longer written
    fix is not scored at all; written fixes that gain more displace the ones
    they overlap."""
    ranked: list[tuple[int, int, Edit, str]] = []
    for e in candidates:
        before = text[lo + e.start : lo + e.end]
        removed = _plausible_edit(before, e.reading.text, ctx)
        if removed:
            ranked.append((removed, e.end - e.start, e, before))
    ranked.sort(key=lambda r: (-r[0], -r[1], r[2].start, len(r[2].chain), r[2].chain[-1].kind))
    taken: list[Fix] = []
    doubts: list[tuple[int, int, str]] = []
    for _, _, e, before in ranked:
        a, b = lo + e.start, lo + e.end
        if any(a < t.end and t.start < b and t.gain > 0 for t in taken if t.end - t.start > b - a):
            continue  # a longer fix already holds this stretch
        after = e.reading.text
        if not budget.spend(len(before) + len(after)):
            return None
        old = text[max(0, a - 1) : b + 1]
        new = text[max(0, a - 1) : a] + after + text[b : b + 1]
        extra = len(e.chain) - 1
        per_char, n = gain(old, new)
        proven = ctx.proven(e.chain)
        if per_char < (_PROVEN_GAIN if proven else MIN_GAIN + _STEP_GAIN * extra) or not reads_like_chinese(old, new):
            continue
        i, _, ja = changed(before, after)
        in_guess = [False] * len(after)
        for x, y in e.reading.guessed:
            in_guess[x:y] = [True] * (y - x)
        n_guessed = sum(in_guess)
        guesses = n_guessed * (0.5 if proven else 1.0)
        proof = sum(1 for k in range(i, ja) if cc.is_han(after[k]) and not in_guess[k])  # Han characters the bytes restore
        if (n >= _MIN_CHARS + extra or proven) and per_char * n >= _LOSSY_EVIDENCE * guesses and proof >= _PROOF_PER_GUESS * n_guessed:
            fix = Fix(a, b, before, e.reading, e.chain, per_char * n)
            overlapped = [t for t in taken if a < t.end and t.start < b]
            if all(fix.gain > t.gain for t in overlapped):
                taken = [t for t in taken if t not in overlapped] + [fix]
                if proof >= _PROOF_CHARS and proof >= 2 * _PROOF_PER_GUESS * n_guessed:
                    ctx.prove(e.chain)
        elif per_char * n >= _DOUBT_EVIDENCE * (0.5 if proven else 1.0):
            jb = changed(before, after)[1]
            doubts.append((a + i, a + jb, after[i:ja]))  # what the reading would change
    doubts = [(x, y, r) for x, y, r in doubts if not any(x < t.end and t.start < y for t in taken)]
    return sorted(taken, key=lambda f: f.start), doubts


def _plausible_edit(before: str, after: str, ctx: Context) -> int:
    """What every repair must be before it is scored: it replaces something suspect (a
    suspect character or a lost mark: clean text is never re-read), adds no lost mark, and
    reads a Han character. Odd characters it leaves or makes (an ASCII letter stranded
    between Han characters, a character of the other script than the page's) count
    against it."""
    if any(mark in before for mark in _SOURCE_MARKS):
        return 0  # 锟斤拷, 烫烫: the trace of bytes lost before the page was made, not a misreading
    lost_before = sum(before.count(c) for c in cc.LOST_MARKS)
    if sum(after.count(c) for c in cc.LOST_MARKS) > lost_before + (1 if lost_before else 0):
        return 0  # (where bytes were lost, how many characters they were is a guess by one)
    suspect_before = cc.count_suspect(before) + _stranded(before)
    if not lost_before and not suspect_before:
        return 0
    limit = suspect_before + lost_before
    left = cc.count_suspect(after)
    if left * 2 > limit:
        return 0  # a right reading leaves far fewer odd characters than it replaces
    left += _stranded(after) + max(0, _ascii(after) - _ascii(before))
    if left * 2 > limit or not any(cc.is_han(c) for c in after):
        return 0
    left += max(0, ctx.foreign(after) - ctx.foreign(before))
    if left * 2 > limit:
        return 0
    return suspect_before + lost_before - left


def _ascii(text: str) -> int:
    """Printable ASCII characters."""
    return sum(1 for c in text if "!" <= c <= "~")


def _stranded(text: str) -> int:
    """ASCII letters or signs (GBK trail bytes) right after a Han character."""
    return sum(1 for k in range(1, len(text)) if text[k] in cc.STRAY_ASCII and cc.is_han(text[k - 1]))


def apply(
    text: str, fixes: list[Fix], doubts: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[Fix, int]], list[tuple[int, int]], list[tuple[int, int, str]]]:
    """The repaired text, each fix with its offset in it, the spans of characters a lossy
    fix did not read from the bytes (score.unvouched: guessed, or read on a guess) and the
    doubted stretches, both in offsets of the repaired text."""
    pieces: list[str] = []
    placed: list[tuple[Fix, int]] = []
    guessed: list[tuple[int, int]] = []
    pos = out = 0
    for f in fixes:
        pieces.append(text[pos : f.start])
        out += f.start - pos
        placed.append((f, out))
        if f.reading.guessed:
            guessed += [(out + a, out + b) for a, b in unvouched(f.reading.text, f.reading.guessed, text[f.start - 1 : f.start], text[f.end : f.end + 1])]
        pieces.append(f.reading.text)
        out += len(f.reading.text)
        pos = f.end
    pieces.append(text[pos:])
    return "".join(pieces), placed, guessed, [(_moved(a, fixes), _moved(b, fixes), r) for a, b, r in doubts]


def _moved(offset: int, fixes: list[Fix]) -> int:
    """Where an offset outside the fixes is once they are written."""
    return offset + sum(len(f.reading.text) - (f.end - f.start) for f in fixes if f.end <= offset)
