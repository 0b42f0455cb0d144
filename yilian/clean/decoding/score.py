"""The general score: how likely a stretch of text is as written text, in log10 units.

One sum over the characters, each weighed in its context: a Han character by the
character model (its bigram with the previous Han character, else its unigram); a letter
of an alphabetic script (Latin with its accented letters, Greek, Cyrillic, Hangul, kana,
Arabic...) cheaply when it continues a word of its own script and dearly when it stands
alone between Chinese characters; the usual punctuation of Chinese pages cheaply; C1
controls, private-use characters, odd symbols and lost-character marks dearly; a row of
the same symbol (★★★, ———) as the decoration it is.

So "Русский", "(café)", "β受体", "B超" and "★★★" read as what they are, while the
characters a misread byte stream produces ("鍖婚櫌", "åŒ»é™¢", "Ò½Ôº") read as the
improbable strings they are. A repair is kept only when its reading gains a clear margin
per character over the text as it stands (`clearly_better`).
"""

from __future__ import annotations

from functools import lru_cache

from yilian.clean.decoding import charclass as cc
from yilian.clean.decoding.langmodel import model

_FLOOR = -6.5  # a Han character the model never saw (names, extension A): rare, not impossible
_COST = {
    cc.PUNCT: -1.5,
    cc.USUAL: -3.5,
    cc.SYMBOL: -6.0,
    cc.CONTROL: -9.0,
    cc.PRIVATE: -4.0,  # a site's own glyph (GBK's user area) or a misread pair: no evidence either way
    cc.SPACE: -0.5,
    cc.ASCII_OTHER: -1.5,
    cc.LOST: -4.0,  # an unknown character: as likely as an ordinary one (replacing it gains nothing by itself)
}
_IN_WORD = -1.5  # an alphabetic letter after one of its own script
_WORD_START = -2.5  # after a space, punctuation or the start
_GLUED = -5.0  # an accented Latin, Greek, Cyrillic or Hangul letter glued to a Han character
_ASCII_GLUED = -2.5  # an ASCII letter or digit glued to a Han character ("B超", "5G网络")
_KANA = -2.5  # kana among kana or Han (Japanese)
_REPEAT = -1.0  # the same symbol again (a decorative row)
_HAN_REPEAT = -2.0  # the same Han character again
_SYMBOL_ART = -3.0  # a symbol among symbols, digits or spaces (└──┬──┘, ︻▅▆▇◤, 1½), not glued to a letter
_LOST_AMID_HAN = -3.5  # "?" glued between Han characters: a question mark or a character a converter could not map
# Chinese punctuation by how often text uses it (the rest: brackets, full-width signs)
_PUNCT_COST = {"，": -1.3, "。": -1.5} | dict.fromkeys("、：；！？“”‘’《》（）—…·", -2.0)
_RARE_PUNCT = -3.0
_ALPHABETS = frozenset({cc.LATIN, cc.GREEK, cc.CYRILLIC, cc.HANGUL, cc.OTHER_LETTER})
_LETTERS = _ALPHABETS | {cc.HANS, cc.KANA, cc.ASCII_LETTER}
_ACCENTS = -3.5
MIN_GAIN = 1.0  # log10 per character a repair must gain over the text as it stands
_DENSE = 0.25  # a reading with more guessed characters than this share of its Han characters...
_FLUENT = 0.7  # ...or fewer of them in words than this, is flagged whole
MIN_READING = -4.6  # mean log10 per Han character of a repaired stretch: it must read like Chinese


def loglik(text: str) -> float:
    """Total log10 likelihood of `text` (higher is more plausible)."""
    m = model()
    simp, uni, bi = m.to_simplified, m.unigram, m.bigram
    script_of = cc.script_of
    total = 0.0
    prev_ch, prev = "", cc.SPACE
    n = len(text)
    for i, ch in enumerate(text):
        s = script_of(ch)
        if s == cc.HANS:
            key = simp.get(ch, ch)
            lp = uni.get(key, _FLOOR)
            if ch == prev_ch:
                lp = max(lp, _HAN_REPEAT)  # 哈哈哈, 哐哐哐: reduplication
            elif prev == cc.HANS:
                b = bi.get(simp.get(prev_ch, prev_ch) + key)
                if b is not None and b > lp:
                    lp = b
            elif prev in _ALPHABETS:
                lp += _GLUED - _WORD_START
            total += lp
        elif s == cc.ASCII_LETTER:
            total += -1.0 if prev in (cc.ASCII_LETTER, cc.LATIN) else (_ASCII_GLUED if prev == cc.HANS else -1.5)
        elif s in _ALPHABETS:
            if s == cc.LATIN and prev == cc.LATIN:
                total += _ACCENTS  # accented letters in a row: Vietnamese has some, mojibake is made of them
            elif prev == s or (s == cc.LATIN and prev == cc.ASCII_LETTER):
                total += _IN_WORD
            elif prev == cc.HANS or (i + 1 < n and script_of(text[i + 1]) == cc.HANS):
                total += _GLUED
            else:
                total += _WORD_START
        elif s == cc.KANA:
            total += _KANA if prev in (cc.KANA, cc.HANS) or (i + 1 < n and script_of(text[i + 1]) == cc.KANA) else _GLUED
        elif ch == prev_ch and s != cc.LOST:
            total += _REPEAT
        elif s == cc.SYMBOL and prev not in _LETTERS and not (i + 1 < n and script_of(text[i + 1]) in _LETTERS):
            total += _SYMBOL_ART
        elif ch == "?" and prev == cc.HANS and i + 1 < n and script_of(text[i + 1]) == cc.HANS:
            total += _LOST_AMID_HAN
        elif s == cc.PUNCT:
            total += _PUNCT_COST.get(ch, _RARE_PUNCT)
        else:
            total += _COST[s]
        prev_ch, prev = ch, s
    return total


def step(prev: str, ch: str) -> float:
    """What `ch` adds to loglik after the character `prev` ("" at a start): the term a
    search that builds text one character at a time scores it by (a Han character after
    a Han character, the usual case, read straight from the model)."""
    if prev and ch != prev and cc.is_han(ch) and cc.is_han(prev):
        m = model()
        key = m.to_simplified.get(ch, ch)
        lp = m.unigram.get(key, _FLOOR)
        b = m.bigram.get(m.to_simplified.get(prev, prev) + key)
        return lp if b is None or b < lp else b
    return _step(prev, ch)


@lru_cache(maxsize=65536)
def _step(prev: str, ch: str) -> float:
    return loglik(prev + ch) - loglik(prev)


def han_mean(text: str) -> float:
    """Mean log10 weight of the Han characters of `text` (0.0 when it has none)."""
    m = model()
    simp, uni, bi = m.to_simplified, m.unigram, m.bigram
    total, n, prev = 0.0, 0, ""
    for ch in text:
        if cc.script_of(ch) != cc.HANS:
            prev = ""
            continue
        key = simp.get(ch, ch)
        lp = uni.get(key, _FLOOR)
        if prev:
            lp = max(lp, bi.get(prev + key, _FLOOR))
        total += lp
        n += 1
        prev = key
    return total / n if n else 0.0


def changed(before: str, after: str) -> tuple[int, int, int]:
    """(i, j_before, j_after): before[i:j_before] became after[i:j_after]; the rest is shared."""
    n = min(len(before), len(after))
    i = 0
    while i < n and before[i] == after[i]:
        i += 1
    k = 0
    while k < n - i and before[-1 - k] == after[-1 - k]:
        k += 1
    return i, len(before) - k, len(after) - k


def gain(before: str, after: str) -> tuple[float, int]:
    """(log10 gain per character, characters changed) of reading `after` instead of
    `before`, judged where they differ plus one character of context each side (a mean
    over a whole paragraph would hide two repaired characters, one over the changed
    characters alone would ignore how they join their neighbours)."""
    i, jb, ja = changed(before, after)
    n = max(jb - i, ja - i)
    if n == 0:
        return 0.0, 0
    lo = max(0, i - 1)
    g = loglik(after[lo : ja + 1]) - loglik(before[lo : jb + 1])
    return g / n, n


def reads_like_chinese(before: str, after: str) -> bool:
    """Whether what changed from `before` to `after` reads like Chinese (its Han characters'
    mean weight, with one character of context each side)."""
    i, _, ja = changed(before, after)
    return han_mean(after[max(0, i - 1) : ja + 1]) >= MIN_READING


def clearly_better(before: str, after: str, min_chars: int = 2, min_gain: float = MIN_GAIN) -> bool:
    """The do-no-harm test every repair passes: the new reading gains `min_gain` per changed
    character, changes at least `min_chars` characters, and itself reads like Chinese."""
    per_char, n = gain(before, after)
    return n >= min_chars and per_char >= min_gain and reads_like_chinese(before, after)


def in_words(text: str, a: int, b: int) -> bool:
    """Whether every suspect character of text[a:b] forms a word (a bigram of the model) with
    a neighbour, as rare characters of real text do (龌龊, 嗫嚅, 槡椹) and the characters a
    misreading makes hardly ever do."""
    m = model()
    simp, bi = m.to_simplified, m.bigram
    for k in range(a, b):
        ch = text[k]
        if not cc.bits_of(ch) & cc.SUSPECT:
            continue
        if not cc.is_han(ch):
            return False
        key = simp.get(ch, ch)
        left, right = text[k - 1 : k], text[k + 1 : k + 2]
        if not ((left and simp.get(left, left) + key in bi) or (right and key + simp.get(right, right) in bi)):
            return False
    return True


def is_word(a: str, b: str) -> bool:
    """Whether a+b is a two-character word of the dictionary, however rare (转诊 is one; the
    bigram table keeps only frequent pairs)."""
    m = model()
    return m.to_simplified.get(a, a) + m.to_simplified.get(b, b) in m.words


def pair_is_word(text: str, k: int) -> bool:
    """Whether text[k] and text[k + 1] form a word (a bigram of the model, or a word of
    the dictionary)."""
    if k < 0 or k + 1 >= len(text):
        return False
    m = model()
    pair = m.to_simplified.get(text[k], text[k]) + m.to_simplified.get(text[k + 1], text[k + 1])
    return pair in m.bigram or pair in m.words


def linked_share(text: str) -> float:
    """The share of Han characters of `text` that form a word (a bigram of the model) with a
    neighbour: most of real text's, few of a misaligned reading's (1.0 without Han)."""
    m = model()
    simp, bi = m.to_simplified, m.bigram
    linked = [False] * len(text)
    for k in range(len(text) - 1):
        if simp.get(text[k], text[k]) + simp.get(text[k + 1], text[k + 1]) in bi:
            linked[k] = linked[k + 1] = True
    han = [k for k, ch in enumerate(text) if cc.is_han(ch)]
    return sum(linked[k] for k in han) / len(han) if han else 1.0


def unlinked_before(text: str, p: int, reach: int) -> int:
    """Where the run of characters before offset p that form no word (a bigram of the
    model) with a neighbour, nor stand as usual punctuation, starts (at most `reach` back)."""
    start = p
    while start > max(0, p - reach) and not _linked(text, start - 1, start - 2, start if start < p else -1):
        start -= 1
    return start


def unlinked_after(text: str, p: int, reach: int) -> int:
    """Where the same run after offset p ends (at most `reach` on)."""
    end = p + 1
    while end < min(len(text), p + 1 + reach) and not _linked(text, end, end - 1 if end > p + 1 else -1, end + 1):
        end += 1
    return end


def _linked(text: str, k: int, left: int, right: int) -> bool:
    """Whether text[k] is no Han or suspect character, or forms a word with the character at
    `left` or `right` (-1: none)."""
    ch = text[k]
    if not (cc.is_han(ch) or cc.bits_of(ch) & cc.SUSPECT):
        return True
    m = model()
    simp, bi = m.to_simplified, m.bigram
    key = simp.get(ch, ch)
    a = text[left] if 0 <= left < len(text) else ""
    b = text[right] if 0 <= right < len(text) else ""
    return (bool(a) and simp.get(a, a) + key in bi) or (bool(b) and key + simp.get(b, b) in bi)


def unvouched(text: str, guessed: list[tuple[int, int]], before: str = "", after: str = "") -> list[tuple[int, int]]:
    """The spans of a reading that completed lost bytes which its bytes do not vouch for:
    the characters guessed, and the Han characters next to them (or to one such) that form
    no word with either neighbour, for where a guess took the wrong number of bytes the
    characters after it are misaligned and read as no words. Joined where they touch. A
    reading that is mostly guesses (_DENSE), reads as few words (_FLUENT) or still holds a
    sign of a misreading (charclass.misread_signs: the bytes went out of step again where
    the reading did not follow, so the words between may be chance: a careless decoder
    skips pairs, and a stream goes in and out of step) vouches for nothing: the whole of it
    is one span. (Where the reading is right but for a second loss near its end, the span
    covers right text too: over-flagging, never a wrong character left unflagged.)"""
    n_guessed = sum(b - a for a, b in guessed)
    n_han = sum(1 for ch in text if cc.is_han(ch))
    if n_guessed > _DENSE * max(n_han, 1) or linked_share(text) < _FLUENT or cc.misread_signs(text):
        return [(0, len(text))] if text else []
    m = model()
    simp, bi = m.to_simplified, m.bigram
    padded = before[-1:] + text + after[:1]
    shift = len(before[-1:])

    def linked(k: int) -> bool:  # k: offset in text
        ch = text[k]
        if not cc.is_han(ch):
            return True
        key = simp.get(ch, ch)
        left, right = padded[k + shift - 1 : k + shift], padded[k + shift + 1 : k + shift + 2]
        return (bool(left) and simp.get(left, left) + key in bi) or (bool(right) and key + simp.get(right, right) in bi)

    bad = [False] * len(text)
    for a, b in guessed:
        for k in range(a, min(b, len(text))):
            bad[k] = True
    for a, b in guessed:  # spread from each guess over the characters no word holds
        k = b
        while k < len(text) and not linked(k):
            bad[k] = True
            k += 1
        k = a - 1
        while k >= 0 and not linked(k):
            bad[k] = True
            k -= 1
    spans: list[tuple[int, int]] = []
    for k, flag in enumerate(bad):
        if flag:
            if spans and spans[-1][1] == k:
                spans[-1] = (spans[-1][0], k + 1)
            else:
                spans.append((k, k + 1))
    return spans
