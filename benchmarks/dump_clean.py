"""Every output of the cleaning chain on every page set we have, as one JSON file: the proof that a
speed-up changed nothing.

    .venv/bin/python benchmarks/dump_clean.py OUT.json [--scale 300] [--code DIR]

Dumps every Article field (evidence included) of ``enrich`` on the labeled sets (tests/enrich_set, the
held-out halves and the miniweb where they lie), the fixture corpus's gold text, and of ``clean_page``
on the fixture web's served pages, the generated /bench/ pages, tests/extraction_set, the miniweb's
served pages and ``../shared/realpages``. Run it before and after a change and compare the files byte
for byte (``cmp``); the held-out outputs go to OUT only, never into the repository. ``--code`` dumps
another checkout's ``yilian`` (a base: ``git worktree add --detach /tmp/base main``) with this
checkout's loaders and page sets.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", help="JSON file to write")
    parser.add_argument("--scale", type=int, default=300, help="generated /bench/ pages")
    parser.add_argument("--code", default=str(ROOT), help="checkout whose yilian package is dumped")
    args = parser.parse_args()
    sys.path[:0] = [str(Path(args.code).resolve()), str(ROOT / "benchmarks")]
    import yilian.clean.pipeline  # first: the loaders below put this checkout on the path too

    print(f"code: {Path(yilian.__file__).parent.parent}", file=sys.stderr)
    import bench_clean
    import bench_enrich as be
    import realpages
    from yilian.clean.pipeline import clean_page
    from yilian.records import RawPage

    sets: dict[str, dict[str, dict]] = {}
    for half in be.HALVES:
        if (be.SET_DIR / f"{half}.jsonl").exists():
            sets[half] = {c.id: be.predict(c).to_dict() for c in be.load_set(be.SET_DIR, half)}
    for folder, half in ((be.ENRICH3_DIR, "test3"), (be.ENRICH4_DIR, "test4"), (be.ENRICH5_DIR, "test5")):
        if (folder / f"{half}.jsonl").is_file():
            sets[half] = {c.id: be.predict(c).to_dict() for c in be.load_held_out(folder, half)}
    if (be.MINIWEB_DIR / "gold" / "articles.jsonl").is_file():
        sets["miniweb"] = {c.id: be.predict(c).to_dict() for c in be.load_miniweb(be.MINIWEB_DIR)}
    corpus = be.load_corpus(sorted((ROOT / "yilian" / "fixtureweb" / "corpus").glob("*.yaml")))
    sets["corpus"] = {f"{n}-{c.id}": be.predict(c).to_dict() for n, c in enumerate(corpus)}
    for label, pages in bench_clean.page_sets(args.scale).items():
        sets[label] = {page.url: clean_page(page, source).to_dict() for page, source in pages}
    sets["extraction set"] = {path.name: clean_page(RawPage(path.read_bytes(), f"http://extraction.set/{path.name}")).to_dict()
                              for path in sorted((ROOT / "tests" / "extraction_set").glob("*.html"))}
    served = be.MINIWEB_DIR / "sites"
    if served.is_dir():
        sets["miniweb pages"] = {str(path.relative_to(served)): clean_page(RawPage(
            path.read_bytes(), "http://" + str(path.relative_to(served)))).to_dict()
            for path in sorted(served.rglob("*")) if path.is_file()}
    try:
        sets["realpages"] = {p.id: clean_page(RawPage(p.body, p.url)).to_dict() for p in realpages.load()}
    except realpages.MissingRealPages as missing:
        print(missing, file=sys.stderr)
    text = json.dumps(sets, ensure_ascii=False, sort_keys=True, indent=1, default=str)
    Path(args.out).write_text(text, encoding="utf-8")
    for label, outputs in sets.items():
        digest = hashlib.sha256(json.dumps(outputs, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()
        print(f"{label:<14}{len(outputs):>6}  {digest[:16]}")
    print(f"all           {sum(map(len, sets.values())):>6}  {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
