"""Reposts: the same announcement republished by several sites, found by SimHash of the Simplified body.

``fingerprint`` sets Article.fingerprint (64-bit SimHash, 16 hex digits) over character
4-gram shingles of the body with punctuation, spaces and digits removed, so a repost with a
channel prefix in its title, a different date line or an edited first sentence stays within
a few bits. ``band_keys`` cuts the signature into bands stored as keyword tokens: two
fingerprints within ``MAX_DISTANCE`` bits share at least ``MIN_SHARED_BANDS`` bands
(pigeonhole), so an Elasticsearch query for that many of the bands finds every candidate
and ``is_repost`` / ``similarity`` then confirms it. ``group_reposts`` does the same for a batch in memory.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from itertools import combinations

from yilian.records import Article

BITS = 64
BANDS = 16  # 16 bands of 4 bits: a pair within d bits shares at least 16 - d bands
MAX_DISTANCE = 10  # tuned on the fixture corpus (benchmarks/bench_enrich.py prints the distances)
# A near-duplicate shares at least this many bands: ask the index for documents matching that many
# of ``band_keys`` (bool should + minimum_should_match), then confirm with ``is_repost``.
MIN_SHARED_BANDS = BANDS - MAX_DISTANCE
MIN_CHARS = 40  # below this a body is too short for its fingerprint to mean anything
SHINGLE = 4
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
_LANE = 20  # bits per counter lane in the bit-sliced accumulator (up to a million shingles)
# _SPREAD[b] has bit i of byte b moved to the lowest bit of lane i, so a 64-bit hash becomes
# 64 counters in one big integer and summing hashes sums every bit position at once.
_SPREAD = [sum(((b >> i) & 1) << (i * _LANE) for i in range(8)) for b in range(256)]


def _text(body: str) -> str:
    return "".join(_KEEP.findall(body))


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "little")


def simhash(text: str) -> int | None:
    """SimHash of the set of character shingles; None when the text is too short to compare."""
    clean = _text(text)
    if len(clean) < MIN_CHARS:
        return None
    shingles = {clean[i : i + SHINGLE] for i in range(len(clean) - SHINGLE + 1)}
    counts = 0
    for shingle in shingles:
        h = _hash(shingle)
        for k in range(8):
            counts += _SPREAD[(h >> (8 * k)) & 0xFF] << (8 * k * _LANE)
    half, mask, value = len(shingles) / 2, (1 << _LANE) - 1, 0
    for bit in range(BITS):
        if (counts >> (bit * _LANE)) & mask > half:
            value |= 1 << bit
    return value


def fingerprint(article: Article) -> Article:
    """The article with its fingerprint set from the Simplified body (None if the body is too short)."""
    value = simhash(article.body_simplified or article.body)
    return replace(article, fingerprint=None if value is None else f"{value:016x}")


def distance(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


def similarity(a: str | None, b: str | None) -> float:
    """1.0 for identical fingerprints, about 0.5 for unrelated texts, 0.0 when either is missing."""
    if not a or not b:
        return 0.0
    return 1.0 - distance(a, b) / BITS


def is_repost(a: str | None, b: str | None, max_distance: int = MAX_DISTANCE) -> bool:
    return bool(a and b) and distance(a, b) <= max_distance


def band_keys(fp: str | None) -> list[str]:
    """Keyword tokens for an index field: near-duplicates share at least one (e.g. ``b3:9f``)."""
    if not fp:
        return []
    value, width = int(fp, 16), BITS // BANDS
    return [f"b{i}:{(value >> (i * width)) & ((1 << width) - 1):0{width // 4}x}" for i in range(BANDS)]


@dataclass(slots=True)
class RepostGroup:
    canonical: str  # url of the earliest publication
    members: list[str]  # urls, canonical first, then by publication date


def _publication_key(article: Article) -> tuple[str, str]:
    return (article.published_at or "9999-99-99") + (article.published_time or ""), article.url


def group_reposts(articles: list[Article], max_distance: int = MAX_DISTANCE) -> list[RepostGroup]:
    """Groups of two or more articles that are reposts of each other; canonical = earliest published.

    Candidates come from shared bands, as they would from the index, so this is the same
    decision the incremental path makes one article at a time.
    """
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    buckets: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        for key in band_keys(article.fingerprint):
            buckets.setdefault(key, []).append(i)
    for indices in buckets.values():
        for a, b in combinations(indices, 2):
            if find(a) != find(b) and is_repost(articles[a].fingerprint, articles[b].fingerprint, max_distance):
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
