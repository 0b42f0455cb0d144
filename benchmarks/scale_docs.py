"""Realistic generated announcements for the search-at-scale benchmark (benchmarks/bench_scale.py).

Copies of the demo's articles with random dates make a poor stand-in for a national index: a
handful of places, every text repeated thousands of times, no publishers. Here every document
is written from the fixture corpus (yilian/fixtureweb/corpus) the way the benchmark site blends
it (a lead paragraph, paragraphs of other stories of the same kind, a routine sentence with its
own numbers), then moved to a publisher of its own: each place name the gazetteer finds in the
text is replaced by the publisher's province, prefecture or county (short forms stay short), so
漯河市中心医院 becomes 某某市中心医院 across all of China. On top of that:

* publishers: hospitals, health commissions and governments over the whole gazetteer, a few
  busy and most quiet (Zipf), each with its own host;
* dates: 2014 to 2025, more each year as alliances spread, few at weekends;
* labels: the corpus's gold alliance forms, event types and relevance of the story the text
  came from (a quarter of the corpus is off-topic hospital news, so is a quarter of the index);
* reposts: about one story in fifteen is republished by one to three other publishers within days,
  grouped as indexer/reposts.py records it (``dup_group``, ``is_canonical``, ``also_published``).

Documents go through ``indexer.document.to_document``, the crawl's own path to the index.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import sys
from bisect import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.document import to_document  # noqa: E402
from yilian.clean.enrich.gazetteer import Gazetteer, Place, load as load_gazetteer, short_name  # noqa: E402
from yilian.fixtureweb.corpus import CorpusArticle, load_corpus  # noqa: E402
from yilian.fixtureweb.variants import FILLERS, TAGS  # noqa: E402
from yilian.records import Article, Region  # noqa: E402

YEARS = list(range(2014, 2026))
YEAR_WEIGHTS = [1, 2, 3, 6, 9, 11, 12, 13, 14, 15, 15, 14]  # alliances spread after the 2017 guideline
KINDS = [("hospital", 0.55), ("health_commission", 0.30), ("government", 0.15)]
HOSPITAL_SUFFIXES = ["人民医院", "中心医院", "中医院", "妇幼保健院", "第一人民医院", "第二人民医院"]
REPOST_SHARE = 0.07  # stories republished elsewhere: about one document in ten is a copy
DAMAGED_SHARE = 0.02
SITES_PER_MILLION = 6000


@dataclass(frozen=True, slots=True)
class Publisher:
    id: str
    name: str
    kind: str
    province: Place
    city: Place | None
    county: Place | None


@dataclass(frozen=True, slots=True)
class Template:
    """A corpus text cut at its place names: literal pieces and (level, short?) slots between them."""

    parts: tuple[str | tuple[int, bool], ...]

    def fill(self, names: dict[tuple[int, bool], str]) -> str:
        return "".join(part if isinstance(part, str) else names[part] for part in self.parts)


def cut(text: str, gazetteer: Gazetteer) -> Template:
    """Replaceable place names in ``text``: those that name exactly one unit (an ambiguous 朝阳 stays)."""
    parts: list[str | tuple[int, bool]] = []
    last = 0
    for start, end, name in gazetteer.scan(text):
        aliases = gazetteer.aliases.get(name, [])
        if len(aliases) != 1:
            continue
        alias = aliases[0]
        parts += [text[last:start], (alias.place.level, alias.kind != "full")]
        last = end
    parts.append(text[last:])
    return Template(tuple(part for part in parts if part != ""))


@dataclass(frozen=True, slots=True)
class Story:
    article: CorpusArticle
    title: Template
    paragraphs: tuple[Template, ...]


class Generator:
    """``documents(n)`` yields ``n`` index documents; the same seed gives the same documents."""

    def __init__(self, n: int, seed: int = 14):
        self.rng = random.Random(seed)
        self.gazetteer = load_gazetteer()
        self.inside: dict[tuple[int, str], list[Place]] = {}  # (level, code prefix) -> the units of that level inside
        for place in self.gazetteer.by_code.values():
            if place.level == 2:
                self.inside.setdefault((2, place.code[:2]), []).append(place)
            elif place.level == 3:
                self.inside.setdefault((3, place.code[:4]), []).append(place)
                self.inside.setdefault((3, place.code[:2]), []).append(place)
        pool = [a for a in load_corpus().articles if a.script == "zh-Hans"]
        self.stories = [Story(a, cut(a.title, self.gazetteer), tuple(cut(p, self.gazetteer) for p in a.paragraphs))
                        for a in pool]
        self.relevant = [s for s in self.stories if s.article.relevant]
        self.other = [s for s in self.stories if not s.article.relevant]
        self.relevant_share = len(self.relevant) / len(self.stories)
        self.publishers = self._publishers(max(50, n * SITES_PER_MILLION // 1_000_000))
        # Zipf activity: publisher k publishes in proportion to 1/(k+10)
        self.activity = list(accumulate(1 / (k + 10) for k in range(len(self.publishers))))
        self.year_weights = list(accumulate(YEAR_WEIGHTS))
        self.n = n
        self.crawled_at = datetime(2026, 1, 5, tzinfo=timezone.utc)

    # --- publishers ------------------------------------------------------------------------------

    def _publishers(self, count: int) -> list[Publisher]:
        places = list(self.gazetteer.by_code.values())
        counties = [p for p in places if p.level == 3]
        cities = [p for p in places if p.level == 2]
        kinds, weights = zip(*KINDS)
        out = []
        for k in range(count):
            kind = self.rng.choices(kinds, weights)[0]
            level = self.rng.choice([2, 3, 3]) if kind != "government" else self.rng.choice([1, 2, 3, 3])
            place = self.rng.choice(counties if level == 3 else cities if level == 2 else
                                    [p for p in places if p.level == 1])
            province = self.gazetteer.province(place)
            city = self.gazetteer.city(place) if place.level >= 2 else None
            county = place if place.level == 3 else None
            if kind == "hospital":
                name = place.name + self.rng.choice(HOSPITAL_SUFFIXES)
            elif kind == "health_commission":
                name = place.name + ("卫生健康委员会" if place.level < 3 else "卫生健康局")
            else:
                name = place.name + "人民政府"
            out.append(Publisher(f"s{k:05d}", name, kind, province, city, county))
        return out

    def _names(self, publisher: Publisher) -> dict[tuple[int, bool], str]:
        """What each place slot becomes for this publisher (a prefecture's publisher writes about one of its counties)."""
        city = publisher.city or self._city_in(publisher.province)
        county = publisher.county or (self._county_in(city) if city else None)
        names: dict[tuple[int, bool], str] = {}
        for level, place in ((1, publisher.province), (2, city), (3, county)):
            place = place or publisher.province
            names[(level, False)] = place.name
            names[(level, True)] = short_name(place.name, place.level) or place.name
        return names

    def _city_in(self, province: Place) -> Place | None:
        inside = self.inside.get((2, province.code[:2]))
        return self.rng.choice(inside) if inside else None

    def _county_in(self, city: Place) -> Place | None:
        inside = self.inside.get((3, city.code[:2] if city.level == 1 else city.code[:4]))
        return self.rng.choice(inside) if inside else None

    # --- documents -------------------------------------------------------------------------------

    def _date(self) -> date:
        year = YEARS[bisect(self.year_weights, self.rng.random() * self.year_weights[-1])]
        while True:
            day = date(year, 1, 1) + timedelta(days=self.rng.randrange(365))
            if day.weekday() < 5 or self.rng.random() < 0.2:
                return day

    def _text(self, story: Story, names: dict[tuple[int, bool], str]) -> tuple[str, str]:
        donors = self.rng.sample(self.relevant if story.article.relevant else self.other, self.rng.randint(3, 7))
        paragraphs = [story.paragraphs[0].fill(names)]
        paragraphs += [self.rng.choice(d.paragraphs[1:] or d.paragraphs).fill(names) for d in donors]
        filler = self.rng.choice(FILLERS).format(n=self.rng.randint(30, 900), m=self.rng.randint(2, 40))
        paragraphs.insert(self.rng.randint(1, len(paragraphs)), filler)
        title = self.rng.choice(TAGS) + story.title.fill(names)
        return title, "\n".join(paragraphs)

    def _document(self, k: int, publisher: Publisher, story: Story, title: str, body: str, day: date,
                  names: dict[tuple[int, bool], str], fingerprint: str) -> dict[str, Any]:
        source = story.article
        event = Region(province=names[(1, False)], city=names[(2, False)], county=names[(3, False)])
        publisher_region = Region(province=publisher.province.name, city=publisher.city.name if publisher.city else None,
                                  county=publisher.county.name if publisher.county else None)
        article = Article(
            url=f"http://{publisher.id}.example.cn/news/{day:%Y%m}/{k}.html",
            title=title, title_simplified=title, body=body, body_simplified=body,
            published_at=day.isoformat(), date_evidence="meta_line", column="工作动态",
            source=publisher.name, region=event, publisher_region=publisher_region,
            alliance_forms=list(source.alliance_forms), event_types=list(source.event_types),
            lead_organization=source.lead_org, members=list(source.members), member_count=source.member_count,
            relevance={"label": "relevant" if source.relevant else "other", "score": 0.9 if source.relevant else 0.1},
            fingerprint=fingerprint,
        )
        doc = to_document(article, None, self.crawled_at)
        doc.update(source_id=publisher.id, source_name=publisher.name, source_kind=publisher.kind,
                   is_canonical=True, damaged=self.rng.random() < DAMAGED_SHARE)
        return doc

    def documents(self) -> Iterator[dict[str, Any]]:
        k = 0
        while k < self.n:
            publisher = self.publishers[bisect(self.activity, self.rng.random() * self.activity[-1])]
            relevant = self.rng.random() < self.relevant_share
            story = self.rng.choice(self.relevant if relevant else self.other)
            names = self._names(publisher)
            title, body = self._text(story, names)
            day = self._date()
            fingerprint = f"{self.rng.getrandbits(64):016x}"
            group = [self._document(k, publisher, story, title, body, day, names, fingerprint)]
            k += 1
            if self.rng.random() < REPOST_SHARE:  # republished by others within days, same text
                for _ in range(min(self.rng.choice([1, 1, 1, 2, 2, 3]), self.n - k)):
                    other = self.publishers[bisect(self.activity, self.rng.random() * self.activity[-1])]
                    later = day + timedelta(days=self.rng.randrange(6))
                    group.append(self._document(k, other, story, title, body, later, names, fingerprint))
                    k += 1
            if len(group) > 1:
                canonical = group[0]["id"]
                copies = [{"id": d["id"], "source_name": d["source_name"], "url": d["url"],
                           "published_at": d["published_at"], "title": d["title"]} for d in group]
                for doc in group:
                    doc.update(dup_group=canonical, is_canonical=doc["id"] == canonical,
                               also_published=[c for c in copies if c["id"] != doc["id"]])
            yield from group
