"""Every output of the cleaning chain on every page set we have, as one JSON file: the proof that a
speed-up changed nothing.

    .venv/bin/python benchmarks/dump_clean.py OUT.json [--scale 300]

Dumps every Article field (evidence included) of ``enrich`` on the labeled sets (tests/enrich_set, the
held-out halves and the miniweb where they lie), the fixture corpus's gold text, and of ``clean_page``
on the fixture web's served pages, the generated /bench/ pages and ``../shared/realpages``. Run it
before and after a change and compare the files byte for byte (``cmp``); the held-out outputs go to
OUT only, never into the repository. ``--code`` dumps another checkout's ``yilian``.
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
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
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
