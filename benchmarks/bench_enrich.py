"""Quality of the enrich and dedup stages on the gold-labelled fixture corpus.

    .venv/bin/python benchmarks/bench_enrich.py [--corpus DIR] [--heldout FILE] [--errors]

Prints region accuracy (publisher and event; province, city, county where stated), alliance
form macro-F1, relevance P/R/F1 and repost grouping pairwise P/R, next to cpca (optional:
``pip install cpca``) on the same articles, plus the same figures on the held-out set of
tests/test_enrich_heldout.yaml that the rules were not tuned on, and on the fixture web's
served pages run through the whole ``clean_page`` chain (decode, extract, normalize, enrich,
fingerprint) with each site's configured Source: damaged bytes, column tags in titles and
reposts on other sites, as a crawl sees them.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from yilian.clean.dedup import distance, fingerprint, group_reposts  # noqa: E402
from yilian.clean.pipeline import clean_page  # noqa: E402
from yilian.clean.enrich import enrich  # noqa: E402
from yilian.clean.enrich.alliance import CITY_GROUP, COUNTY_COMMUNITY, OTHER, PAIRED_SUPPORT, SPECIALTY, TELEMEDICINE  # noqa: E402
from yilian.clean.enrich.region import name_region  # noqa: E402
from yilian.records import Article, RawPage, Region  # noqa: E402
from yilian.sources import Source, load_sources  # noqa: E402

FORMS = [CITY_GROUP, COUNTY_COMMUNITY, SPECIALTY, TELEMEDICINE, PAIRED_SUPPORT, OTHER]


@dataclass
class Case:
    id: str
    site: dict
    gold: dict
    article: Article
    source: Source | None
    page: RawPage | None = None  # the served bytes, for the whole-pipeline section
    story: str = ""  # the announcement a repost copies; filled from repost_of when empty


def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def load_cases(paths: list[Path]) -> list[Case]:
    """Articles of every corpus file; Traditional sites get their Simplified text as normalize would give it."""
    cc = None
    cases = []
    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        site = doc.get("site") or {}
        source = None
        if site.get("province"):
            source = Source(
                id=str(site.get("id", path.stem)).lower(), name=site.get("name") or path.stem,
                kind=site.get("kind") or "hospital", province=site["province"], city=site.get("city"),
                county=site.get("county"), start_urls=["{fixture}/" + str(site.get("id", path.stem))],
            )
        for item in doc.get("articles") or []:
            paragraphs = item.get("paragraphs") or str(item.get("body", "")).split("\n")
            article = Article(
                url=f"fixture://{site.get('id', path.stem)}/{item['id']}",
                title=str(item.get("title") or ""),
                body="\n".join(str(p) for p in paragraphs if p),
                published_at=str(item.get("date") or item.get("published_at") or "")[:10] or None,
                source=str(item.get("source") or ""),
            )
            if (site.get("script") or item.get("script")) == "zh-Hant":
                cc = cc or _t2s()
                article.title_simplified = cc.convert(article.title)
                article.body_simplified = cc.convert(article.body)
            cases.append(Case(str(item["id"]), site, item, article, source))
    return cases


def _norm(value) -> str | None:
    return str(value) if value not in (None, "", "null") else None


def region_scores(pairs: list[tuple[dict, Region]]) -> dict[str, float | str]:
    """Accuracy per level; county over articles whose gold states one (and how often we invent one)."""
    out: dict[str, float | str] = {}
    with_gold = [(g, r) for g, r in pairs if g and _norm(g.get("province"))]
    for level in ("province", "city"):
        rows = [(g, r) for g, r in with_gold if level == "province" or True]
        ok = sum(_norm(g.get(level)) == getattr(r, level) for g, r in rows)
        out[level] = ok / len(rows) if rows else float("nan")
    stated = [(g, r) for g, r in with_gold if _norm(g.get("county"))]
    out["county"] = sum(_norm(g["county"]) == r.county for g, r in stated) / len(stated) if stated else float("nan")
    unstated = [(g, r) for g, r in with_gold if not _norm(g.get("county"))]
    out["county_invented"] = sum(r.county is not None for g, r in unstated) / len(unstated) if unstated else 0.0
    out["n"] = f"{len(with_gold)} ({len(stated)} with county)"
    return out


def forms_macro_f1(cases: list[Case], predicted: dict[str, Article]) -> tuple[float, dict[str, tuple[float, int]]]:
    per_form = {}
    for form in FORMS:
        tp = fp = fn = 0
        for case in cases:
            gold = form in (case.gold.get("alliance_forms") or [])
            pred = form in predicted[case.id].alliance_forms
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        per_form[form] = (2 * p * r / (p + r) if p + r else 0.0, tp + fn)
    present = [f for f, (_, support) in per_form.items() if support]
    return sum(per_form[f][0] for f in present) / len(present), per_form


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def gold_repost_pairs(cases: list[Case]) -> set[frozenset[str]]:
    """Pairs of cases that tell the same story: same ``story``, or linked by repost_of."""
    stories = {c.id: c.story or _root(c.id, {c.id: c.gold.get("repost_of") for c in cases}) for c in cases}
    groups: dict[str, list[str]] = {}
    for cid, story in stories.items():
        groups.setdefault(story, []).append(cid)
    return {frozenset(p) for g in groups.values() for p in combinations(g, 2)}


def _root(key: str, parent: dict[str, str | None]) -> str:
    seen = set()
    while parent.get(key) in parent and key not in seen:
        seen.add(key)
        key = parent[key]
    return key


def load_served(config: Path) -> list[Case]:
    """The fixture web's article pages as served, with their truth and the site's configured Source."""
    from yilian.fixtureweb.build import build_web

    sources = {s.id: s for s in load_sources(config)}
    web = build_web(0, None)
    parent = {a.corpus_id: a.repost_of for a in web.articles}
    cases = []
    for truth in web.articles:
        served = web.pages[truth.path]
        source = sources.get(truth.site_id)
        gold = {"region": truth.region, "publisher_region": truth.publisher_region, "relevant": truth.relevant,
                "alliance_forms": truth.alliance_forms}
        site = {"id": truth.site_id, "name": source.name if source else ""}
        url = "http://127.0.0.1:1" + truth.path
        cases.append(Case(truth.path, site, gold, Article(url=url, source=truth.source), source,
                          RawPage(served.body, url, served.content_type), _root(truth.corpus_id, parent)))
    return cases


def cpca_regions(articles: list[Article]) -> list[Region] | None:
    """cpca on the same text ours reads (title, else the first paragraph), for comparison."""
    try:
        import cpca
    except ImportError:
        return None
    texts = [a.title_simplified or a.title for a in articles]
    leads = [(a.body_simplified or a.body).split("\n")[0] for a in articles]
    out = []
    for row_t, row_l in zip(cpca.transform(texts).itertuples(index=False), cpca.transform(leads).itertuples(index=False)):
        row = row_t if isinstance(row_t[0], str) else row_l

        def val(x):
            return x if isinstance(x, str) and x else None

        out.append(Region(province=val(row[0]), city=val(row[1]), county=val(row[2])))
    return out


def predict(case: Case) -> Article:
    """Enrich and fingerprint the gold text, or run the whole chain on the served bytes."""
    if case.page is not None:
        return clean_page(case.page, case.source)
    return fingerprint(enrich(case.article, case.source))


def evaluate(cases: list[Case], label: str, show_errors: bool) -> None:
    started = time.perf_counter()
    predicted = {c.id: predict(c) for c in cases}
    elapsed = time.perf_counter() - started
    print(f"\n== {label}: {len(cases)} articles, {len({c.site.get('id') for c in cases})} sites, "
          f"{len({(c.gold.get('region') or {}).get('province') for c in cases} - {None})} provinces; "
          f"{elapsed * 1000 / max(len(cases), 1):.1f} ms/article")
    event = region_scores([(c.gold.get("region") or {}, predicted[c.id].region) for c in cases])
    pub_gold = [(c.site if c.site.get("province") else c.gold.get("publisher_region") or {}) for c in cases]
    publisher_cfg = region_scores([(g, predicted[c.id].publisher_region) for g, c in zip(pub_gold, cases)])
    publisher_name = region_scores(
        [(g, name_region([("site name", _t2s().convert(c.site.get("name") or "")), ("来源", c.article.source)]))
         for g, c in zip(pub_gold, cases)]
    )
    rows = [("event (ours)", event), ("publisher, from config", publisher_cfg), ("publisher, from name only", publisher_name)]
    cp = cpca_regions([predicted[c.id] for c in cases])
    if cp is not None:
        rows.append(("event (cpca, title or lead)", region_scores([(c.gold.get("region") or {}, r) for c, r in zip(cases, cp)])))
    print(f"{'region':<30}{'province':>10}{'city':>10}{'county*':>10}{'invented':>10}  n")
    for name, s in rows:
        print(f"{name:<30}{s['province']:>10.3f}{s['city']:>10.3f}{s['county']:>10.3f}{s['county_invented']:>10.3f}  {s['n']}")
    print("  * county accuracy over articles whose gold names a county; invented = county given where gold has none")

    macro, per_form = forms_macro_f1(cases, predicted)
    print(f"\nalliance forms macro-F1 {macro:.3f}  " + "  ".join(f"{f} {v:.2f}/{n}" for f, (v, n) in per_form.items()))

    tp = sum(c.gold.get("relevant", True) is not False and predicted[c.id].relevance["label"] == "alliance" for c in cases)
    fp = sum(c.gold.get("relevant", True) is False and predicted[c.id].relevance["label"] == "alliance" for c in cases)
    fn = sum(c.gold.get("relevant", True) is not False and predicted[c.id].relevance["label"] != "alliance" for c in cases)
    p, r, f = prf(tp, fp, fn)
    print(f"relevance  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")

    gold_pairs = gold_repost_pairs(cases)
    arts = list(predicted.values())
    url_to_id = {predicted[c.id].url: c.id for c in cases}
    pred_pairs = {frozenset((url_to_id[a], url_to_id[b])) for g in group_reposts(arts) for a, b in combinations(g.members, 2)}
    p, r, f = prf(len(pred_pairs & gold_pairs), len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs))
    gold_d = sorted(distance(predicted[a].fingerprint, predicted[b].fingerprint)
                    for a, b in map(tuple, gold_pairs) if predicted[a].fingerprint and predicted[b].fingerprint)
    other_d = sorted(
        distance(predicted[a].fingerprint, predicted[b].fingerprint)
        for a, b in combinations(list(predicted), 2)
        if frozenset((a, b)) not in gold_pairs and predicted[a].fingerprint and predicted[b].fingerprint
    )
    print(f"reposts    precision {p:.3f}  recall {r:.3f}  ({len(gold_pairs)} gold pairs, {len(pred_pairs)} predicted); "
          f"gold-pair distances max {max(gold_d) if gold_d else '-'}, non-repost pairs min {other_d[0] if other_d else '-'}")
    if show_errors:
        print_errors(cases, predicted, gold_pairs, pred_pairs)


def print_errors(cases, predicted, gold_pairs, pred_pairs) -> None:
    print("\n-- errors")
    for c in cases:
        a, g = predicted[c.id], c.gold.get("region") or {}
        wrong = []
        if _norm(g.get("province")) and (_norm(g.get("city")) != a.region.city or _norm(g.get("county")) != a.region.county):
            wrong.append(f"region gold {g.get('province')} {g.get('city')} {g.get('county')} got "
                         f"{a.region.province} {a.region.city} {a.region.county} | {a.region.evidence}")
        if set(c.gold.get("alliance_forms") or []) != set(a.alliance_forms):
            wrong.append(f"forms gold {c.gold.get('alliance_forms')} got {a.alliance_forms}")
        if (c.gold.get("relevant", True) is not False) != (a.relevance["label"] == "alliance"):
            wrong.append(f"relevance gold {c.gold.get('relevant')} got {a.relevance}")
        if wrong:
            print(f"{c.id}: {a.title}")
            for w in wrong:
                print("    " + w)
    for pair in gold_pairs - pred_pairs:
        print("missed repost", sorted(pair))
    for pair in pred_pairs - gold_pairs:
        print("false repost", sorted(pair))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "yilian" / "fixtureweb" / "corpus"))
    parser.add_argument("--heldout", default=str(ROOT / "tests" / "test_enrich_heldout.yaml"))
    parser.add_argument("--config", default=str(ROOT / "config" / "sources.yaml"), help="sources of the fixture web")
    parser.add_argument("--errors", action="store_true", help="list every article the stages get wrong")
    args = parser.parse_args()
    corpus = sorted(Path(args.corpus).glob("*.yaml"))
    if corpus:
        evaluate(load_cases(corpus), "fixture corpus", args.errors)
    if Path(args.heldout).exists():
        evaluate(load_cases([Path(args.heldout)]), "held-out set (not tuned on)", args.errors)
    if corpus:
        evaluate(load_served(Path(args.config)), "served fixture pages (whole pipeline)", args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
