"""Extraction quality and speed on two labeled sets: yilian vs trafilatura vs GNE.

Usage: .venv/bin/python benchmarks/bench_extract.py [--by-template] [--sets own,fixtureweb] [--failures N]

The sets: ``own`` is tests/extraction_set (written together with the extractor, so an
upper bound); ``fixtureweb`` is the fixture web's ground truth (yilian.fixtureweb, written
independently by other engineers): every served article against its gold fields (the
damaged body where characters are lost for good; member tables' rows count as body
text, as the issue asks), plus its list, soft-404, login and search pages, which must
be recognised as non-articles.

Every system gets the same HTML, decoded once by yilian's decode stage (its own speed is
printed on a separate line); pages/s is extraction alone (yilian: extract + normalize).
Body F1 is over characters (multiset, whitespace ignored); title, date and source are
exact matches after removing whitespace. Neither baseline reports 来源 or page kind
(n/a); non-article pages count only for yilian's page-kind accuracy.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yilian.clean.decode import decode  # noqa: E402
from yilian.clean.extract import extract  # noqa: E402
from yilian.clean.extract.dates import parse_date  # noqa: E402
from yilian.clean.normalize import normalize  # noqa: E402
from yilian.records import DecodedPage, RawPage  # noqa: E402

SET_DIR = Path(__file__).resolve().parent.parent / "tests" / "extraction_set"

Page = tuple[str, bytes, dict]
FIXTURE_NON_ARTICLES = ("list", "soft404", "login", "search")
FIXTURE_HOST = "http://127.0.0.1:8000"


def load_own() -> list[Page]:
    return [(p.stem, p.read_bytes(), json.loads(p.with_suffix(".json").read_text("utf-8"))) for p in sorted(SET_DIR.glob("*.html"))]


def _with_tables(body: str, tables: list[list[list[str]]], images: list[dict[str, str]] = ()) -> str:
    """The fixture's gold body holds paragraphs only; the issues keep member tables and image captions
    in the body text as well as in ``Article.tables``/``images``, so rows and captions are appended as
    lines (bag-of-characters F1 ignores order)."""
    rows = [" ".join(row) for table in tables for row in table] + [i["caption"] for i in images if i.get("caption")]
    return "\n".join([body, *rows]) if rows else body


def load_fixtureweb() -> list[Page]:
    """The fixture web's served pages with gold fields in the labeled set's shape."""
    from yilian.fixtureweb.build import build_web

    web = build_web(0, None)
    pages: list[Page] = []
    for a in web.articles:
        served = web.pages[a.path]
        gold = {
            "url": FIXTURE_HOST + a.path, "content_type": served.content_type, "is_article": True,
            "title": a.title, "date": a.published_at, "source": a.source,
            "body": _with_tables(a.body if a.recoverable else a.damaged_body, a.tables, a.images), "template": a.template,
            "title_damaged": any(d.get("where") == "title" for d in a.damage),  # bytes broken in the served title
        }
        pages.append((a.path, served.body, gold))
    for p in web.others:
        if p.kind in FIXTURE_NON_ARTICLES:
            served = web.pages[p.path]
            gold = {"url": FIXTURE_HOST + p.path, "content_type": served.content_type, "is_article": False,
                    "template": p.kind}
            pages.append((p.path, served.body, gold))
    return pages


SETS = {"own": load_own, "fixtureweb": load_fixtureweb}


def run_yilian(doc: DecodedPage) -> dict:
    a = normalize(extract(doc))
    return {"title": a.title, "date": a.published_at, "source": a.source, "body": a.body, "is_article": a.is_article, "reason": a.non_article_reason}


def run_trafilatura(doc: DecodedPage) -> dict:
    import trafilatura

    r = trafilatura.bare_extraction(doc.html, url=doc.url, with_metadata=True, include_tables=True, include_comments=False)
    if r is None:
        return {"title": "", "date": None, "source": "", "body": ""}
    r = r.as_dict() if hasattr(r, "as_dict") else r
    return {"title": r.get("title") or "", "date": r.get("date"), "source": "", "body": r.get("text") or ""}


def run_gne(doc: DecodedPage) -> dict:
    from gne import GeneralNewsExtractor

    try:
        r = GeneralNewsExtractor().extract(doc.html, host=doc.url)
    except Exception:  # GNE raises on some markup; count as an empty result
        return {"title": "", "date": None, "source": "", "body": ""}
    return {"title": r.get("title") or "", "date": r.get("publish_time"), "source": "", "body": r.get("content") or ""}


SYSTEMS = {"yilian": run_yilian, "trafilatura": run_trafilatura, "gne": run_gne}


def char_f1(got: str, gold: str) -> float:
    g, t = Counter("".join(got.split())), Counter("".join(gold.split()))
    overlap = sum((g & t).values())
    if not overlap:
        return 1.0 if not g and not t else 0.0
    p, r = overlap / sum(g.values()), overlap / sum(t.values())
    return 2 * p * r / (p + r)


def same(a: str | None, b: str | None) -> bool:
    return "".join((a or "").split()) == "".join((b or "").split())


def norm_date(value) -> str | None:
    if not value:
        return None
    parsed = parse_date(str(value))
    return parsed[0] if parsed else None


def decode_all(pages: list[Page]) -> tuple[list[DecodedPage], float]:
    """The pages decoded once for every system, and the decode stage's pages/s."""
    start = time.perf_counter()
    docs = [decode(RawPage(body=data, url=gold["url"], content_type=gold["content_type"])) for _, data, gold in pages]
    return docs, len(pages) / (time.perf_counter() - start)


def evaluate(name: str, pages: list[Page], docs: list[DecodedPage]) -> tuple[dict, list[dict]]:
    fn = SYSTEMS[name]
    rows = []
    fn(docs[0])  # warm-up: imports, caches
    start = time.perf_counter()
    outputs = [fn(doc) for doc in docs]
    elapsed = time.perf_counter() - start
    for (pid, _, gold), out in zip(pages, outputs):
        row = {"id": pid, "template": gold["template"], "article": gold["is_article"], "out": out, "gold": gold}
        if gold["is_article"]:
            row |= {
                "f1": char_f1(out["body"], gold["body"]),
                "title": same(out["title"], gold["title"]),
                "date": norm_date(out["date"]) == gold["date"],
                "source": same(out["source"], gold["source"]),
            }
        row["nonarticle_ok"] = out.get("is_article", True) == gold["is_article"]
        rows.append(row)
    arts = [r for r in rows if r["article"]]
    summary = {
        "body_f1": sum(r["f1"] for r in arts) / len(arts),
        "title": sum(r["title"] for r in arts) / len(arts),
        "date": sum(r["date"] for r in arts) / len(arts),
        "source": sum(r["source"] for r in arts) / len(arts),
        "nonarticle": sum(r["nonarticle_ok"] for r in rows) / len(rows),
        "pages_s": len(pages) / elapsed,
    }
    return summary, rows


def print_by_template(rows: list[dict]) -> None:
    print(f"\nyilian by template\n{'template':<20} {'n':>3} {'body F1':>8} {'title':>6} {'date':>6} {'source':>6} {'kind':>5}")
    by: dict[str, list[dict]] = {}
    for r in rows:
        by.setdefault(r["template"], []).append(r)
    for template, rs in by.items():
        arts = [r for r in rs if r["article"]]
        kind = sum(r["nonarticle_ok"] for r in rs) / len(rs)
        if not arts:
            print(f"{template:<20} {len(rs):>3} {'-':>8} {'-':>6} {'-':>6} {'-':>6} {kind:>5.2f}")
            continue
        avg = lambda k: sum(r[k] for r in arts) / len(arts)  # noqa: E731
        print(f"{template:<20} {len(rs):>3} {avg('f1'):>8.3f} {avg('title'):>6.2f} {avg('date'):>6.2f} "
              f"{avg('source'):>6.2f} {kind:>5.2f}")


def print_failures(rows: list[dict], limit: int) -> None:
    """yilian's misses: which field, what it gave, what the gold says."""
    bad = [r for r in rows if not r["nonarticle_ok"] or (r["article"] and (
        r["f1"] < 0.97 or not (r["title"] and r["date"] and r["source"])))]
    print(f"\nyilian failures ({len(bad)}, first {limit})")
    for r in bad[:limit]:
        out, gold = r["out"], r["gold"]
        if not r["nonarticle_ok"]:
            print(f"  {r['id']}: is_article={out['is_article']} reason={out.get('reason')}")
            continue
        misses = [f"f1={r['f1']:.3f}"] if r["f1"] < 0.97 else []
        misses += [f"{k}={out[k]!r} gold={gold[g]!r}" for k, g, ok in (
            ("title", "title", r["title"]), ("date", "date", r["date"]), ("source", "source", r["source"])) if not ok]
        note = " [served title damaged: decode stage]" if not r["title"] and gold.get("title_damaged") else ""
        print(f"  {r['id']}: " + "; ".join(misses) + note)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--by-template", action="store_true", help="also print yilian's figures per template")
    ap.add_argument("--systems", default="yilian,trafilatura,gne")
    ap.add_argument("--sets", default=",".join(SETS), help="labeled sets to run: " + ", ".join(SETS))
    ap.add_argument("--failures", type=int, default=0, metavar="N", help="print yilian's first N failures per set")
    args = ap.parse_args()
    for set_name in args.sets.split(","):
        pages = SETS[set_name]()
        n_art = sum(g["is_article"] for _, _, g in pages)
        print(f"== {set_name}: {len(pages)} pages ({n_art} articles, {len(pages) - n_art} non-articles, "
              f"{len({g['template'] for _, _, g in pages})} templates)\n")
        docs, decode_speed = decode_all(pages)
        print(f"decode stage: {decode_speed:.1f} pages/s (shared input, not in the figures below)\n")
        print(f"{'system':<12} {'body F1':>8} {'title':>7} {'date':>7} {'source':>7} {'page kind':>9} {'pages/s':>8}")
        results = {}
        for name in args.systems.split(","):
            summary, rows = evaluate(name, pages, docs)
            results[name] = rows
            kind = f"{summary['nonarticle']:.3f}" if name == "yilian" else "n/a"  # baselines: no page kind,
            source = f"{summary['source']:.3f}" if name == "yilian" else "n/a"  # and no 来源 field
            print(f"{name:<12} {summary['body_f1']:>8.3f} {summary['title']:>7.3f} {summary['date']:>7.3f} "
                  f"{source:>7} {kind:>9} {summary['pages_s']:>8.1f}")
        if args.by_template and "yilian" in results:
            print_by_template(results["yilian"])
        if args.failures and "yilian" in results:
            print_failures(results["yilian"], args.failures)
        print()


if __name__ == "__main__":
    main()
