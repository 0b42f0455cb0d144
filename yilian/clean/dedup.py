"""Reposts: the same announcement republished by several sites, found by SimHash of the Simplified body.

``fingerprint`` sets Article.fingerprint (256-bit SimHash, 64 hex digits) over character
4-gram shingles of the body with punctuation, spaces and digits removed, so a repost with a
channel prefix in its title, a different date line or an edited first sentence stays close.
``reposts_in`` applies ``is_repost`` to a whole table of fingerprints at once (the index's, in
indexer/reposts.py); ``group_reposts`` makes the same decision for a batch in memory.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from yilian.records import Article

BITS = 256  # wide enough that unrelated texts (about 128 bits apart) never come near the threshold
# SimHash distance tracks the angle between shingle sets: a repost with a new first line and a
# source note (a quarter of its shingles changed) lands near 0.2 * BITS, unrelated texts near 0.5.
MAX_DISTANCE = 77  # 0.3 * BITS; benchmarks/bench_enrich.py prints the distances it is checked on
TABLE_CHUNK = 32_768  # fingerprints compared at once by reposts_in: 1 MB of words, kept in the CPU cache
MIN_CHARS = 40  # below this a body is too short for its fingerprint to mean anything
SHINGLE = 4
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
# Every kept character is in the BMP, so four UTF-16 code units pack a shingle into one uint64
# exactly; each 64-bit word of its 256-bit hash is the splitmix64 finaliser of shingle + seed.
_SEEDS = np.array([0x9E3779B97F4A7C15 * (k + 1) & (2**64 - 1) for k in range(BITS // 64)], dtype=np.uint64)
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0xD8E6B42D83C9B86B)


def _text(body: str) -> str:
    return "".join(_KEEP.findall(body))


def _shingles(clean: str) -> np.ndarray:
    """The distinct character 4-grams of ``clean``, each packed into a uint64."""
    units = np.frombuffer(clean.encode("utf-16-le"), dtype=np.uint16).astype(np.uint64)
    n = len(units) - SHINGLE + 1
    packed = np.zeros(n, dtype=np.uint64)
    for i in range(SHINGLE):
        packed = (packed << np.uint64(16)) | units[i : i + n]
    return np.unique(packed)


def _hash_bits(shingles: np.ndarray) -> np.ndarray:
    """(n, BITS) matrix of 0/1: the 256-bit hash of each shingle, bit i of word k at column 64k + i."""
    with np.errstate(over="ignore"):
        z = shingles[:, None] + _SEEDS[None, :]
        z = (z ^ (z >> np.uint64(30))) * _MIX1
        z = (z ^ (z >> np.uint64(27))) * _MIX2
        z ^= z >> np.uint64(31)
    return np.unpackbits(z.astype("<u8").view(np.uint8), axis=1, bitorder="little")


def simhash(text: str) -> int | None:
    """SimHash of the set of character shingles; None when the text is too short to compare."""
    clean = _text(text)
    if len(clean) < MIN_CHARS:
        return None
    shingles = _shingles(clean)
    votes = _hash_bits(shingles).sum(axis=0, dtype=np.int64)
    bits = np.packbits(2 * votes > len(shingles), bitorder="little")
    return int.from_bytes(bits.tobytes(), "little")


def fingerprint(article: Article) -> Article:
    """The article with its fingerprint set from the Simplified body (None if the body is too short)."""
    value = simhash(article.body_simplified or article.body)
    return replace(article, fingerprint=None if value is None else f"{value:0{BITS // 4}x}")


def distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def similarity(a: str | None, b: str | None) -> float:
    """1.0 for identical fingerprints, about 0.5 for unrelated texts, 0.0 when either is missing."""
    if not a or not b:
        return 0.0
    return 1.0 - distance(a, b) / BITS


def is_repost(a: str | None, b: str | None, max_distance: int = MAX_DISTANCE) -> bool:
    return bool(a and b) and distance(a, b) <= max_distance


def words(fp: str) -> np.ndarray:
    """A fingerprint as BITS // 64 uint64 words: a column of the table ``reposts_in`` reads."""
    return np.frombuffer(int(fp, 16).to_bytes(BITS // 8, "little"), dtype="<u8").astype(np.uint64)


def reposts_in(fps: list[str], table: np.ndarray, max_distance: int = MAX_DISTANCE) -> list[np.ndarray]:
    """For each of ``fps``, the columns of ``table`` (``words`` of many fingerprints: word k of
    fingerprint i at [k, i]) that are its reposts: ``is_repost`` for every pair, exact (an XOR and a
    popcount per word). The table is read once per call, a cache-sized chunk at a time for all of
    ``fps`` (ten times faster than a pass over a million fingerprints per fingerprint)."""
    seeds = [words(fp) for fp in fps]
    found: list[list[np.ndarray]] = [[] for _ in fps]
    for start in range(0, table.shape[1], TABLE_CHUNK):
        chunk = table[:, start : start + TABLE_CHUNK]
        for seed, rows in zip(seeds, found):
            apart = np.bitwise_count(chunk[0] ^ seed[0]).astype(np.uint16)
            for k in range(1, len(seed)):
                apart += np.bitwise_count(chunk[k] ^ seed[k])
            near = np.flatnonzero(apart <= max_distance)
            if len(near):
                rows.append(near + start)
    return [np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64) for rows in found]


@dataclass(slots=True)
class RepostGroup:
    canonical: str  # url of the earliest publication
    members: list[str]  # urls, canonical first, then by publication date


def _publication_key(article: Article) -> tuple[str, str]:
    return (article.published_at or "9999-99-99") + (article.published_time or ""), article.url


def group_reposts(articles: list[Article], max_distance: int = MAX_DISTANCE) -> list[RepostGroup]:
    """Groups of two or more articles that are reposts of each other; canonical = earliest published.

    Every pair is compared exactly (an XOR and a popcount each), which is the right cost for a
    batch of a few thousand; the index side compares a whole table at once (``reposts_in``).
    """
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    values = [int(a.fingerprint, 16) if a.fingerprint else None for a in articles]
    for a, b in combinations(range(len(articles)), 2):
        if values[a] is not None and values[b] is not None and (values[a] ^ values[b]).bit_count() <= max_distance:
            parent[find(a)] = find(b)
    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(find(i), []).append(article)
    out = []
    for members in groups.values():
        if len(members) > 1:
            ordered = sorted(members, key=_publication_key)
            out.append(RepostGroup(canonical=ordered[0].url, members=[a.url for a in ordered]))
    return sorted(out, key=lambda g: g.canonical)
