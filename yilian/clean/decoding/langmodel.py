"""A character n-gram model of Chinese, used to tell real text from mojibake.

Built from jieba's dictionary (word -> frequency), so it needs no corpus of our own: a
character's weight is the summed frequency of the words that contain it, a bigram's the
summed frequency of the words it occurs in. Traditional characters are scored through
their Simplified form (OpenCC), so a Big5 page and a GBK page of the same text score alike.

Building takes seconds (350k dictionary lines, an OpenCC pass over the CJK block), so the
tables are written once to a gzipped JSON file in the user cache directory
($YILIAN_CACHE_DIR, else $XDG_CACHE_HOME/yilian, else ~/.cache/yilian) and loaded from
there (~60 ms) by later processes. The decode fast path never needs the model.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path


log = logging.getLogger(__name__)

CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
COMMON_SIZE = 4200  # the most frequent Simplified characters; with their Traditional forms, "common"
_FLOOR = -9.0  # log10 weight of a character the dictionary never saw
_BIGRAM_MIN = 30  # bigrams rarer than this are dropped to keep the table small


@dataclass(frozen=True, slots=True)
class Model:
    unigram: dict[str, float]  # log10 P(char)
    bigram: dict[str, float]  # log10 P(b | a) keyed by "ab"
    to_simplified: dict[str, str]  # Traditional -> Simplified, one character each
    rare_re: re.Pattern[str]  # matches one CJK character outside the common set
    common_class: str  # the common CJK characters, as the inside of a regex class
    words: frozenset[str]  # the two-character words of the dictionary, however rare (转诊: 12)


def _t2s_table(chars: list[str]) -> dict[str, str]:
    from yilian.zhscript import to_simplified

    converted = to_simplified("\n".join(chars)).split("\n")
    return {t: s for t, s in zip(chars, converted) if len(s) == 1 and s != t}


def _char_class(chars: set[str]) -> str:
    """A compact regex class for a set of code points (ranges where contiguous)."""
    points = sorted(ord(c) for c in chars)
    parts: list[str] = []
    start = prev = points[0]
    for p in points[1:] + [-1]:
        if p == prev + 1:
            prev = p
            continue
        parts.append(f"\\u{start:04x}" if start == prev else f"\\u{start:04x}-\\u{prev:04x}")
        start = prev = p
    return "[" + "".join(parts) + "]"


_FORMAT = 4  # bump when the tables change meaning


def _cache_file() -> Path:
    from yilian.settings import Settings  # read afresh: the model is loaded once per process anyway

    return Settings().cache_dir / f"charmodel-v{_FORMAT}-jieba{metadata.version('jieba')}.json.gz"


@lru_cache(maxsize=1)
def model() -> Model:
    """The model, from the cache file when there is one, else built (and cached)."""
    path = _cache_file()
    try:
        tables = json.loads(gzip.decompress(path.read_bytes()))
    except (OSError, ValueError):
        tables = _build_tables()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(gzip.compress(json.dumps(tables, ensure_ascii=False).encode("utf-8"), 6))
            tmp.replace(path)
        except OSError as err:  # a read-only home still gets a working (slower to start) model
            log.info("character model not cached", extra={"path": str(path), "error": str(err)})
    return Model(
        tables["unigram"],
        tables["bigram"],
        tables["to_simplified"],
        re.compile(tables["rare_class"]),
        tables["common_class"][1:-1],
        frozenset(tables["words"][k : k + 2] for k in range(0, len(tables["words"]), 2)),
    )


def _build_tables() -> dict:
    uni: Counter[str] = Counter()
    bi: Counter[str] = Counter()
    words: set[str] = set()
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    for line in text.splitlines():
        word, _, rest = line.partition(" ")
        freq = int(rest.split(" ", 1)[0] or 0) + 1
        if len(word) == 2 and CJK_RE.match(word[0]) and CJK_RE.match(word[1]):
            words.add(word)
        for i, ch in enumerate(word):
            if CJK_RE.match(ch):
                uni[ch] += freq
                if i:
                    bi[word[i - 1 : i + 1]] += freq
    total = sum(uni.values())
    unigram = {c: round(math.log10(n / total), 3) for c, n in uni.items()}
    bigram = {ab: round(math.log10(n / uni[ab[0]]), 3) for ab, n in bi.items() if n >= _BIGRAM_MIN and ab[0] in uni}
    all_cjk = [chr(c) for c in range(0x4E00, 0xA000)]
    to_simplified = _t2s_table(all_cjk)
    common = {c for c, _ in uni.most_common(COMMON_SIZE)}
    common |= {t for t, s in to_simplified.items() if s in common}
    rare = {chr(c) for c in range(0x4E00, 0xA000)} - common
    rare_class = _char_class(rare | {chr(c) for c in range(0x3400, 0x4DC0)})
    common_class = _char_class(common & set(all_cjk))
    return {
        "unigram": unigram,
        "bigram": bigram,
        "to_simplified": to_simplified,
        "rare_class": rare_class,
        "common_class": common_class,
        "words": "".join(sorted(words)),
    }


def _simplify(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in text)


def char_logprob(text: str) -> float:
    """Mean log10 weight per character, with a bigram bonus; higher is more like real Chinese.

    Non-CJK characters that mojibake produces (Latin-1 letters, box drawing, private use,
    replacement marks) count at the floor; ASCII and common punctuation are neutral.
    """
    m = model()
    s = _simplify(text, m.to_simplified)
    total = 0.0
    n = 0
    prev = ""
    for ch in s:
        if ch.isascii() or ch in _NEUTRAL:
            prev = ""
            continue
        n += 1
        if CJK_RE.match(ch):
            lp = m.unigram.get(ch, _FLOOR)
            if prev:
                bg = m.bigram.get(prev + ch)
                if bg is not None:
                    lp = max(lp, bg)
            total += lp
            prev = ch
        else:
            total += _FLOOR
            prev = ""
    return total / n if n else 0.0


_NEUTRAL = frozenset(
    "\u3000\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f\uff08\uff09\u201c\u201d\u2018\u2019\u300a\u300b"
    "\u3010\u3011\u2014\u2026\u00b7\u00a0\u3008\u3009\u300c\u300d\u300e\u300f\uff0e\uff0d\uff05\u00d7\u2116"
    "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
)
