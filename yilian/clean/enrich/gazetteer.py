"""The administrative divisions of China (GB/T 2260) and every way an article may name them.

``gazetteer.tsv`` (built by ``build_gazetteer.py``) holds current codes and names;
``former_names.tsv`` maps names that are no longer in use (襄樊, 崇文区, 郫县) to today's
unit, ``short_forms.tsv`` the customary abbreviations no rule derives (克州, 巴州). Each unit is
reachable by its full name, by its short names (孝感 for 孝感市; 黔东南 and 黔东南州 for
黔东南苗族侗族自治州, 兰坪县 for 兰坪白族普米族自治县, as news usually writes autonomous units) and by former names; one string may name several units
(朝阳, 鼓楼区), which is why lookups return every candidate and the caller resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from yilian.clean.enrich.cues import COMMON_WORDS, ETHNIC

HERE = Path(__file__).parent
MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
SHORT_TEXT = 40  # characters: an organisation's name, not an article

# "…族" names in autonomous-area names, longest first so 土家族 is stripped before 土族.
_ETHNIC_RE = re.compile("(?:" + "|".join(sorted((e + "族" for e in ETHNIC), key=len, reverse=True)) + ")+$")
_ETHNIC_BARE_RE = re.compile("(?:" + "|".join(sorted((e for e in ETHNIC if len(e) > 1), key=len, reverse=True)) + ")+$")
_AUTONOMOUS = ("自治区", "自治州", "自治县", "自治旗", "特别行政区")
_SUFFIXES = ("行政委员会", "行政区", "地区", "新区", "林区", "特区", "省", "市", "县", "区", "旗", "盟")

@dataclass(frozen=True, slots=True)
class Place:
    code: str  # six-digit GB/T 2260 code
    name: str  # official current name, e.g. 漯河市
    level: int  # 1 province, 2 prefecture (地级), 3 county (县级)

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"

    @property
    def city_code(self) -> str | None:
        """The prefecture this unit is in; a municipality counts as its own prefecture."""
        if self.code[:2] in MUNICIPALITIES:
            return self.province_code
        if self.level == 1:
            return None
        if self.code[2:4] == "90":  # 省直辖县级行政区划 (仙桃, 济源, 石河子): no prefecture
            return None
        return self.code[:4] + "00"


@dataclass(frozen=True, slots=True)
class Alias:
    place: Place
    kind: str  # "full", "short" or "former"; region.py adds "part" (桂西: a part of a province)


def level_of(code: str) -> int:
    if code.endswith("0000"):
        return 1
    if code.endswith("00") and code[:2] not in MUNICIPALITIES:
        return 2
    return 3


def short_name(name: str, level: int) -> str | None:
    """The name without its administrative suffix (广西壮族自治区 -> 广西), or None if too short to trust."""
    stem = name
    for suffix in _AUTONOMOUS:
        if stem.endswith(suffix):
            people = stem[: -len(suffix)]
            stem = _ETHNIC_BARE_RE.sub("", _ETHNIC_RE.sub("", people))
            stem = stem or people.removesuffix("族")  # named after its people: 东乡族自治县 is 东乡, 鄂伦春自治旗 鄂伦春
            break
    else:
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                stem = stem[: -len(suffix)]
                break
    if len(stem) < 2 or stem == name:
        return None
    return stem


class Gazetteer:
    """Lookups by code and by any name a unit goes by."""

    def __init__(self, places: list[Place], former: list[tuple[str, str]], customary: list[tuple[str, str]] = ()):
        self.by_code = {p.code: p for p in places}
        self.aliases: dict[str, list[Alias]] = {}
        for place in places:
            self._add(place.name, Alias(place, "full"))
            stem = short_name(place.name, place.level)
            if stem:
                self._add(stem, Alias(place, "short"))
                # news writes 甘孜州, 兰坪县, 彭水县 for autonomous units
                for official, written in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
                    if place.name.endswith(official):
                        self._add(stem + written, Alias(place, "short"))
        for name, code in former:
            self._add(name, Alias(self.by_code[code], "former"))
        for name, code in customary:
            self._add(name, Alias(self.by_code[code], "short"))
        self._automaton = _automaton(self.aliases)
        # names are scanned again and again (is a name generic, where does it start): keep their answers
        self._scan_name = lru_cache(maxsize=1 << 14)(self._scan)

    def _add(self, key: str, alias: Alias) -> None:
        bucket = self.aliases.setdefault(key, [])
        if all(a.place.code != alias.place.code for a in bucket):
            bucket.append(alias)

    def province(self, place: Place) -> Place:
        return self.by_code[place.province_code]

    def city(self, place: Place) -> Place | None:
        code = place.city_code
        return self.by_code.get(code) if code else None

    def scan(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Leftmost-longest occurrences of any known name: (start, end, name).

        The automaton reports every occurrence in one pass in C; the longest one at each start
        is kept, then a name is taken at the first start not covered by the previous one.
        """
        return self._scan_name(text) if len(text) <= SHORT_TEXT else self._scan(text)

    def _scan(self, text: str) -> tuple[tuple[int, int, str], ...]:
        if not self.aliases:
            return ()  # an empty automaton cannot be searched
        longest: dict[int, int] = {}
        for last, length in self._automaton.iter(text):
            start = last + 1 - length
            if length > longest.get(start, 0):
                longest[start] = length
        found = []
        covered = 0
        for start in sorted(longest):
            if start >= covered:
                covered = start + longest[start]
                found.append((start, covered, text[start:covered]))
        return tuple(found)


class Scans:
    """One article's scans, kept line by line: the enrich stage reads the same paragraphs for places, for
    organisations and again once the helpers' own places are set aside. No name spans a line break, so a
    text's scan is its lines' scans put together, each line scanned once per article."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._lines: dict[str, tuple[tuple[int, int, str], ...]] = {}

    def __call__(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """``Gazetteer.scan(text)``."""
        if len(text) <= SHORT_TEXT:
            return self.gaz.scan(text)
        found: list[tuple[int, int, str]] = []
        offset = 0
        for line in text.split("\n"):
            scanned = self._lines.get(line)
            if scanned is None:
                scanned = self._lines[line] = self.gaz.scan(line)
            found.extend((start + offset, end + offset, name) for start, end, name in scanned)
            offset += len(line) + 1
        return tuple(found)


def _automaton(names) -> ahocorasick.Automaton:
    """Aho–Corasick automaton over ``names``, each key's value its length."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def _read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def former_institutions() -> tuple[tuple[str, str], ...]:
    """Universities' former names and their current ones (蚌埠医学院 -> 蚌埠医科大学), longest first."""
    rows = [(row[0], row[1]) for row in _read_tsv(HERE / "former_institutions.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The shipped gazetteer, parsed once per process."""
    places = [Place(code, name, level_of(code)) for code, name in _read_tsv(HERE / "gazetteer.tsv")]
    former = [(row[0], row[1]) for row in _read_tsv(HERE / "former_names.tsv")]
    customary = [(row[0], row[1]) for row in _read_tsv(HERE / "short_forms.tsv")]
    return Gazetteer(places, former, customary)
