"""Speed of the cleaning chain, stage by stage: decode, extract, normalize, enrich, fingerprint.

    .venv/bin/python benchmarks/bench_clean.py [--scale 1000] [--repeat 3] [--code DIR] [--cpu]

Three page sets: the fixture web's article pages (many sites, CMS templates, damaged encodings),
the generated benchmark site (``build_web(scale)``'s /bench/ pages, the crawl-throughput
corpus) and ``../shared/realpages`` (pages nobody here wrote, with their menus and scripts; left
out with a note when the folder is missing). Each stage is timed on its own over every page, best of ``--repeat`` runs, and printed
as ms/page with the chain's pages/s with and without decode. ``--code`` runs another checkout's
``yilian`` (e.g. ``git archive HEAD~5 | tar -x -C /tmp/old``) on the same pages, for before/after.
``--cpu`` times by this process's CPU time instead of the wall clock: on a shared, loaded machine the
wall clock also counts the time other processes hold the cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("decode", "extract", "normalize", "enrich", "fingerprint")


def page_sets(scale: int):
    from yilian.fixtureweb.build import build_web
    from yilian.fixtureweb.scale import bench_source
    from yilian.records import RawPage
    from yilian.sources import load_sources

    sources = {s.id: s for s in load_sources(ROOT / "config" / "sources.yaml")}
    web = build_web(scale, None)
    fixture, bench = [], []
    for truth in web.articles:
        served = web.pages[truth.path]
        page = RawPage(served.body, "http://127.0.0.1:1" + truth.path, served.content_type)
        if truth.path.startswith("/bench/"):
            bench.append((page, bench_source()))
        else:
            fixture.append((page, sources.get(truth.site_id)))
    return {"fixture web": fixture, f"bench x{len(bench)}": bench}


def real_pages() -> dict:
    """``../shared/realpages`` as a page set, or none when the folder is not there."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import realpages
    from yilian.records import RawPage

    try:
        return {"realpages": [(RawPage(p.body, p.url), None) for p in realpages.load()]}
    except realpages.MissingRealPages as missing:
        print(missing, file=sys.stderr)
        return {}


def time_stages(pages, repeat: int, clock=time.perf_counter) -> dict[str, float]:
    """Seconds per stage over all pages, each stage's best of ``repeat`` runs."""
    from yilian.clean.decode import decode
    from yilian.clean.dedup import fingerprint
    from yilian.clean.enrich import enrich
    from yilian.clean.extract import extract
    from yilian.clean.normalize import normalize

    calls = {
        "decode": lambda x, s: decode(x),
        "extract": lambda x, s: extract(x),
        "normalize": lambda x, s: normalize(x),
        "enrich": lambda x, s: enrich(x, s),
        "fingerprint": lambda x, s: fingerprint(x),
    }
    best = {stage: float("inf") for stage in STAGES}
    for _ in range(repeat):
        inputs = [page for page, _ in pages]
        for stage in STAGES:
            call, outputs = calls[stage], []
            started = clock()
            for value, (_, source) in zip(inputs, pages):
                outputs.append(call(value, source))
            best[stage] = min(best[stage], clock() - started)
            inputs = outputs
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=1000, help="generated benchmark pages")
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage; the best counts")
    parser.add_argument("--code", default=str(ROOT), help="checkout whose yilian package is timed")
    parser.add_argument("--cpu", action="store_true", help="time by process CPU time, not the wall clock")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(args.code).resolve()))
    import yilian

    print(f"code: {Path(yilian.__file__).parent.parent}")
    header = f"{'pages':<14}{'n':>6}" + "".join(f"{s:>12}" for s in STAGES) + f"{'no decode':>12}{'total':>9}{'pages/s':>9}{'w/o dec':>9}"
    print("ms/page" + (" (process CPU time)" if args.cpu else "") + ", best of", args.repeat)
    print(header)
    for label, pages in {**page_sets(args.scale), **real_pages()}.items():
        seconds = time_stages(pages, args.repeat, time.process_time if args.cpu else time.perf_counter)
        n = len(pages)
        ms = {stage: 1000 * seconds[stage] / n for stage in STAGES}
        total = sum(ms.values())
        rest = total - ms["decode"]
        print(f"{label:<14}{n:>6}" + "".join(f"{ms[s]:>12.3f}" for s in STAGES)
              + f"{rest:>12.3f}{total:>9.3f}{1000 / total:>9.0f}{1000 / rest:>9.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
