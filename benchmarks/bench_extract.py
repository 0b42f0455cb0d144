"""Extraction quality and speed: yilian vs trafilatura vs GNE vs readability-lxml, on four labeled sets.

Usage: .venv/bin/python benchmarks/bench_extract.py [--sets realpages,independent,own,fixtureweb]
       [--systems yilian,trafilatura,gne,readability] [--repeat 2] [--failures] [--no-speed]

The sets: ``realpages`` is ../shared/realpages (150 real pages with checked gold, read where they
lie, scored as the set's own score.py scores); ``independent`` is tests/articles_independent (88
pages written by a labeler who did not read the code); ``own`` is tests/extraction_set (written with
the extractor: an upper bound); ``fixtureweb`` is the fixture web's ground truth (written by other
engineers; member-table rows and image captions count as body text, as the issues ask).

Every system gets the same HTML, decoded once by yilian's decode stage. Metrics, over article pages:
body F1 as a bag of characters (NFKC, whitespace removed: the real-page set's scorer) and in order
(sentences matched in sequence, weighted by length); title exact after NFKC and whitespace removal;
date as the sets label it — printed on the page (yilian's dates from meta tags, JSON-LD, scripts,
attributes or the URL count as none here) — and, for yilian, ``date*``: the product's date whatever
its evidence; source where labeled; non-article precision/recall (baselines do not classify pages:
a non-empty body counts as "article", as in the real-page set's README). pages/s is extraction
alone (yilian: extract + normalize), best of ``--repeat`` runs in this process.

The speed section (real pages) times the whole cleaning chain (decode -> extract -> normalize ->
enrich -> fingerprint) from the raw bytes against trafilatura from the same bytes, extraction alone
against trafilatura on the decoded HTML, and yilian's time per page (p50/p99 of each page's least
time over the runs), in the same run, in CPU seconds of this process (the machine is shared: wall
time measures the neighbours too).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yilian.clean.decode import decode  # noqa: E402
from yilian.clean.extract import extract  # noqa: E402
from yilian.clean.extract.dates import parse_date, shown  # noqa: E402
from yilian.clean.normalize import normalize  # noqa: E402
from yilian.records import DecodedPage, RawPage  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SET_DIR = ROOT / "tests" / "extraction_set"
INDEPENDENT_DIR = ROOT / "tests" / "articles_independent"
FIXTURE_NON_ARTICLES = ("list", "soft404", "login", "search")
FIXTURE_HOST = "http://127.0.0.1:8000"

# (id, bytes, gold) with gold: url, content_type, is_article, title, date, body, and source when labeled
Page = tuple[str, bytes, dict]


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


def load_realpages() -> list[Page]:
    from benchmarks import realpages

    return [(p.id, p.body, {"url": p.url, "content_type": None, "is_article": p.gold["kind"] == "article",
                            "title": p.gold["title"], "date": p.gold["date"], "body": p.gold["body"],
                            "template": p.gold["site_kind"]}) for p in realpages.load()]


def load_independent() -> list[Page]:
    """The independent set; a page shown with pinyin readings also accepts its text without them
    (the decode stage removes the readings a 繁體 plug-in inserts)."""
    pages = []
    for line in (INDEPENDENT_DIR / "gold.jsonl").read_text("utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        gold = {"url": g["url"], "content_type": None, "is_article": g["kind"] == "article", "title": g["title"],
                "date": g["date"], "body": g["body"], "source": g["source"] or "", "template": g["template"],
                "alt_title": g.get("title_without_readings"), "alt_body": g.get("body_without_readings")}
        pages.append((g["id"], (INDEPENDENT_DIR / "pages" / f"{g['id']}.html").read_bytes(), gold))
    return pages


SETS: dict[str, Callable[[], list[Page]]] = {
    "realpages": load_realpages, "independent": load_independent, "own": load_own, "fixtureweb": load_fixtureweb,
}


def run_yilian(doc: DecodedPage) -> dict:
    a = normalize(extract(doc))
    return {"title": a.title, "date": a.published_at if shown(a.date_evidence) else None, "date_product": a.published_at,
            "evidence": a.date_evidence, "source": a.source, "body": a.body, "is_article": a.is_article,
            "reason": a.non_article_reason}


def run_trafilatura(doc: DecodedPage) -> dict:
    import trafilatura

    r = trafilatura.bare_extraction(doc.html, url=doc.url, with_metadata=True, include_tables=True, include_comments=False)
    if r is None:
        return {"title": "", "date": None, "source": None, "body": ""}
    r = r.as_dict() if hasattr(r, "as_dict") else r
    return {"title": r.get("title") or "", "date": r.get("date"), "source": None, "body": r.get("text") or ""}


def run_gne(doc: DecodedPage) -> dict:
    from gne import GeneralNewsExtractor

    try:
        r = GeneralNewsExtractor().extract(doc.html, host=doc.url)
    except Exception:  # GNE raises on some markup; count as an empty result
        return {"title": "", "date": None, "source": None, "body": ""}
    return {"title": r.get("title") or "", "date": r.get("publish_time"), "source": None, "body": r.get("content") or ""}


def run_readability(doc: DecodedPage) -> dict:
    from lxml import html as lxml_html
    from readability import Document

    try:
        d = Document(doc.html)
        summary = d.summary(html_partial=True)
        body = "\n".join(t.strip() for t in lxml_html.fromstring(summary).itertext() if t.strip()) if summary.strip() else ""
        title = d.short_title()
    except Exception:  # readability raises on empty or odd markup
        return {"title": "", "date": None, "source": None, "body": ""}
    return {"title": title or "", "date": None, "source": None, "body": body}


SYSTEMS: dict[str, Callable[[DecodedPage], dict]] = {
    "yilian": run_yilian, "trafilatura": run_trafilatura, "gne": run_gne, "readability": run_readability,
}


def norm(text: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text))) if text else ""


def char_f1(got: str | None, gold: str | None) -> float:
    """Bag-of-characters F1 after NFKC and whitespace removal (the real-page set's score.py)."""
    p, g = Counter(norm(got)), Counter(norm(gold))
    if not p and not g:
        return 1.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec)


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def _sentences(text: str | None) -> list[str]:
    return [s for s in (norm(m.group()) for m in _SENTENCE.finditer(unicodedata.normalize("NFKC", text or ""))) if s]


def order_f1(got: str | None, gold: str | None) -> float:
    """Order-aware F1: sentences matched in sequence (difflib over the sentence lists), weighted by length."""
    p, g = _sentences(got), _sentences(gold)
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    matcher = difflib.SequenceMatcher(None, p, g, autojunk=False)
    matched = sum(len(s) for block in matcher.get_matching_blocks() for s in p[block.a : block.a + block.size])
    if not matched:
        return 0.0
    prec, rec = matched / sum(map(len, p)), matched / sum(map(len, g))
    return 2 * prec * rec / (prec + rec)


def same(a: str | None, b: str | None) -> bool:
    return norm(a) == norm(b)


def norm_date(value: Any) -> str | None:
    if not value:
        return None
    parsed = parse_date(str(value))
    return parsed[0] if parsed else None


def decode_all(pages: list[Page]) -> tuple[list[DecodedPage], float]:
    """The pages decoded once for every system, and the decode stage's pages/s."""
    start = time.perf_counter()
    docs = [decode(RawPage(body=data, url=gold["url"], content_type=gold["content_type"])) for _, data, gold in pages]
    return docs, len(pages) / (time.perf_counter() - start)


def timed(fn: Callable, items: list, repeat: int) -> tuple[list, float, list[float]]:
    """Outputs, best total seconds of ``repeat`` runs, and that run's seconds per item."""
    fn(items[0])  # warm-up: imports, caches
    best, outputs, per_item = float("inf"), [], []
    for _ in range(repeat):
        run_out, run_times = [], []
        for item in items:
            started = time.perf_counter()
            run_out.append(fn(item))
            run_times.append(time.perf_counter() - started)
        if sum(run_times) < best:
            best, outputs, per_item = sum(run_times), run_out, run_times
    return outputs, best, per_item


def evaluate(name: str, pages: list[Page], docs: list[DecodedPage], repeat: int) -> tuple[dict, list[dict]]:
    outputs, seconds, _ = timed(SYSTEMS[name], docs, repeat)
    rows = []
    for (pid, _, gold), out in zip(pages, outputs):
        row = {"id": pid, "article": gold["is_article"], "out": out, "gold": gold,
               "pred_article": out.get("is_article", bool(norm(out["body"])))}
        if gold["is_article"]:
            bodies = [b for b in (gold["body"], gold.get("alt_body")) if b]
            titles = [t for t in (gold["title"], gold.get("alt_title")) if t]
            row |= {
                "f1": max(char_f1(out["body"], b) for b in bodies),
                "order": max(order_f1(out["body"], b) for b in bodies),
                "title": any(same(out["title"], t) for t in titles),
                "date": norm_date(out["date"]) == gold["date"],
                "date_product": norm_date(out.get("date_product", out["date"])) == gold["date"],
                "source": same(out["source"], gold.get("source")) if "source" in gold and out["source"] is not None else None,
            }
        rows.append(row)
    arts = [r for r in rows if r["article"]]
    mean = lambda key: sum(r[key] for r in arts) / len(arts)  # noqa: E731
    tp = sum(1 for r in rows if not r["pred_article"] and not r["article"])
    fp = sum(1 for r in rows if not r["pred_article"] and r["article"])
    fn = sum(1 for r in rows if r["pred_article"] and not r["article"])
    sources = [r["source"] for r in arts if r["source"] is not None]
    summary = {
        "body_f1": mean("f1"), "order_f1": mean("order"), "title": mean("title"), "date": mean("date"),
        "date_product": mean("date_product"), "source": sum(sources) / len(sources) if sources else None,
        "nonarticle_p": tp / (tp + fp) if tp + fp else 0.0, "nonarticle_r": tp / (tp + fn) if tp + fn else 0.0,
        "has_non": any(not r["article"] for r in rows), "pages_s": len(pages) / seconds,
    }
    return summary, rows


def failure_class(row: dict) -> list[str]:
    """What went wrong on one page, as a reason class (no page text)."""
    out, gold = row["out"], row["gold"]
    if not row["article"]:
        return [] if not row["pred_article"] else ["kind: non-article taken for an article"]
    found = [] if row["pred_article"] else [f"kind: article flagged {out.get('reason')}"]
    if row["f1"] < 0.9:
        extra = len(norm(out["body"])) > len(norm(gold["body"]))
        found.append(f"body {row['f1']:.2f}: " + ("other text picked / chrome kept" if extra else "text missing"))
    if not row["title"]:
        found.append("title: " + ("none" if not out["title"] else "other text"))
    if not row["date"]:
        if gold["date"] is None:
            found.append(f"date: page prints none, gave one ({out.get('evidence')})")
        elif not out.get("date_product"):
            found.append("date: none found")
        elif norm_date(out.get("date_product")) == gold["date"]:
            found.append(f"date: right day only from {out.get('evidence')}")
        else:
            found.append(f"date: other day ({out.get('evidence')})")
    return found


def print_table(set_name: str, results: dict[str, dict]) -> None:
    print(f"{'system':<12} {'body F1':>8} {'order F1':>8} {'title':>6} {'date':>6} {'date*':>6} {'source':>6} "
          f"{'non-art P':>9} {'non-art R':>9} {'pages/s':>8}")
    for name, s in results.items():
        date_star = f"{s['date_product']:.3f}" if name == "yilian" else "-"
        source = f"{s['source']:.3f}" if s["source"] is not None else "n/a"
        nonart = (f"{s['nonarticle_p']:>9.2f} {s['nonarticle_r']:>9.2f}") if s["has_non"] else f"{'-':>9} {'-':>9}"
        print(f"{name:<12} {s['body_f1']:>8.3f} {s['order_f1']:>8.3f} {s['title']:>6.3f} {s['date']:>6.3f} {date_star:>6} "
              f"{source:>6} {nonart} {s['pages_s']:>8.1f}")


def date_baseline(pages: list[Page], docs: list[DecodedPage]) -> None:
    """htmldate (which falls back on dateparser) on the same HTML: is a library better or faster than our
    own date parsing? Scored as the sets label dates (printed on the page)."""
    if importlib.util.find_spec("htmldate") is None:
        print("date-only baseline: skipped, htmldate is not installed (`make bench` installs the baselines)")
        return
    from htmldate import find_date

    started, right, n = time.perf_counter(), 0, 0
    for (_, _, gold), doc in zip(pages, docs):
        try:
            found = find_date(doc.html, url=doc.url if "example.invalid" not in doc.url else None, original_date=True)
        except Exception:  # htmldate raises on some markup: no date
            found = None
        if gold["is_article"]:
            n += 1
            right += norm_date(found) == gold["date"]
    print(f"date-only baseline: htmldate {right / n:.3f} at {len(pages) / (time.perf_counter() - started):.1f} pages/s")


def _cpu(fn: Callable, items: list) -> tuple[list, float, list[float]]:
    """One run: outputs, CPU seconds of this process (other sessions' load does not count), per item."""
    out, per_item = [], []
    for item in items:
        started = time.process_time()
        out.append(fn(item))
        per_item.append(time.process_time() - started)
    return out, sum(per_item), per_item


def speed(pages: list[Page], docs: list[DecodedPage], repeat: int) -> None:
    """The whole cleaning chain from bytes and extraction alone, each against trafilatura, in one run:
    the four are run in turn ``repeat`` times (so a busy spell hits them alike) and each keeps its best
    run, timed in CPU seconds of this process."""
    import trafilatura

    from yilian.clean.pipeline import clean_page

    raws = [RawPage(body=data, url=gold["url"], content_type=gold["content_type"]) for _, data, gold in pages]
    n = len(pages)
    runs = {
        "chain": (clean_page, raws),
        "trafilatura_bytes": (lambda r: trafilatura.bare_extraction(r.body, url=r.url, with_metadata=True), raws),
        "extract": (lambda d: normalize(extract(d)), docs),
        "trafilatura_html": (lambda d: trafilatura.bare_extraction(d.html, url=d.url, with_metadata=True), docs),
    }
    for fn, items in runs.values():
        fn(items[0])  # warm-up
    best: dict[str, tuple[float, list[float]]] = {}
    page_best: list[float] = []  # each page's least extraction time over the runs: a spell of load hits one run
    for _ in range(repeat):
        for name, (fn, items) in runs.items():
            _, seconds, per_item = _cpu(fn, items)
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, per_item)
            if name == "extract":
                page_best = [min(a, b) for a, b in zip(page_best, per_item)] if page_best else per_item
    chain_s, traf_raw_s = best["chain"][0], best["trafilatura_bytes"][0]
    extract_s, traf_s = best["extract"][0], best["trafilatura_html"][0]
    per_page = sorted(page_best)
    p50, p99 = per_page[n // 2], per_page[min(n - 1, int(0.99 * n))]
    stages = _stage_speeds(raws, repeat)
    print(f"\nspeed on the real pages ({n}), CPU time, best of {repeat} interleaved runs each, one process:")
    print(f"  cleaning chain (decode->extract->normalize->enrich->fingerprint) {n / chain_s:7.1f} pages/s"
          f"  vs trafilatura from bytes {n / traf_raw_s:6.1f}  = {traf_raw_s / chain_s:4.2f}x")
    print(f"  extraction alone (extract+normalize)                            {n / extract_s:7.1f} pages/s"
          f"  vs trafilatura on the HTML {n / traf_s:6.1f}  = {traf_s / extract_s:4.2f}x")
    print(f"  yilian extraction per page (each page's least of {repeat} runs): p50 {p50 * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms, max {per_page[-1] * 1000:.1f} ms")
    print("  stages, ms/page: " + ", ".join(f"{name} {ms:.1f}" for name, ms in stages.items()))


def _stage_speeds(raws: list[RawPage], repeat: int) -> dict[str, float]:
    """ms/page of each cleaning stage on the real pages, each stage fed the previous stage's output."""
    from yilian.clean.dedup import fingerprint
    from yilian.clean.enrich import enrich

    stages = {"decode": decode, "extract": extract, "normalize": normalize, "enrich": lambda a: enrich(a, None),
              "fingerprint": fingerprint}
    out, items = {}, list(raws)
    for name, fn in stages.items():
        fn(items[0])
        runs = [_cpu(fn, items) for _ in range(repeat)]
        items = runs[0][0]
        out[name] = 1000 * min(seconds for _, seconds, _ in runs) / len(raws)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--sets", default=",".join(SETS), help="labeled sets to run: " + ", ".join(SETS))
    ap.add_argument("--repeat", type=int, default=2, help="timed runs per system; the best counts")
    ap.add_argument("--failures", action="store_true", help="list yilian's misses per page (id and reason class)")
    ap.add_argument("--no-speed", action="store_true", help="skip the cleaning-chain speed section")
    args = ap.parse_args()
    for set_name in args.sets.split(","):
        pages = SETS[set_name]()
        n_art = sum(g["is_article"] for _, _, g in pages)
        print(f"== {set_name}: {len(pages)} pages ({n_art} articles, {len(pages) - n_art} non-articles)")
        docs, decode_speed = decode_all(pages)
        print(f"decode stage: {decode_speed:.1f} pages/s (shared input, not in the figures below)\n")
        results, yilian_rows = {}, []
        for name in args.systems.split(","):
            results[name], rows = evaluate(name, pages, docs, args.repeat)
            if name == "yilian":
                yilian_rows = rows
        print_table(set_name, results)
        if args.failures and yilian_rows:
            misses = [(r["id"], failure_class(r)) for r in yilian_rows]
            misses = [(pid, found) for pid, found in misses if found]
            print(f"\nyilian misses ({len(misses)} pages)")
            for pid, found in misses:
                print(f"  {pid}: " + "; ".join(found))
        if set_name in ("realpages", "independent"):
            date_baseline(pages, docs)
        if set_name == "realpages" and not args.no_speed:
            speed(pages, docs, args.repeat)
        print()


if __name__ == "__main__":
    main()
