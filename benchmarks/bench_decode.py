"""Per-category accuracy and speed of the decode stage against the usual baselines.

Baselines: w3lib's html_to_unicode (what Scrapy does), chardet, charset-normalizer and
cchardet (if installed), each also followed by ftfy.fix_text. A case counts as right when
the visible text equals the expected text (damage cases: when the page is flagged
"damaged"); for double-encoded and out-of-step cases the share of characters recovered is
reported too. Speed: MB/s over the whole corpus, and the time ratio against w3lib on
clean, correctly declared UTF-8 pages.

Run: .venv/bin/python benchmarks/bench_decode.py [--repeat N]
"""

from __future__ import annotations

import argparse
import difflib
import html as htmllib
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from yilian.clean.decode import decode
from yilian.clean.decoding.langmodel import model
from yilian.records import RawPage

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "encoding_corpus"
RECOVERY = ("double_encoded", "out_of_step")


def visible_text(html: str) -> str:
    text = re.sub(r"<[^>]+>", " ", html)
    return " ".join(htmllib.unescape(text).replace("\xa0", " ").replace("\u3000", " ").split())


def load() -> list[dict]:
    cases = []
    for line in (CORPUS / "manifest.jsonl").read_text("utf-8").splitlines():
        case = json.loads(line)
        case["data"] = (CORPUS / case["file"]).read_bytes()
        cases.append(case)
    return cases


def ours(data: bytes, ct: str) -> tuple[str, bool]:
    page = decode(RawPage(data, "", ct))
    return page.html, "damaged" in page.flags


def w3lib_decode(data: bytes, ct: str) -> tuple[str, bool]:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(ct, data)[1], False


def chardet_decode(data: bytes, ct: str) -> tuple[str, bool]:
    import chardet

    enc = chardet.detect(data)["encoding"] or "utf-8"
    return data.decode(enc, "replace"), False


def normalizer_decode(data: bytes, ct: str) -> tuple[str, bool]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return (str(best) if best else data.decode("utf-8", "replace")), False


def cchardet_decode(data: bytes, ct: str) -> tuple[str, bool]:
    import cchardet

    enc = cchardet.detect(data)["encoding"] or "utf-8"
    return data.decode(enc, "replace"), False


def with_ftfy(fn: Callable[[bytes, str], tuple[str, bool]]) -> Callable[[bytes, str], tuple[str, bool]]:
    import ftfy

    def run(data: bytes, ct: str) -> tuple[str, bool]:
        text, flagged = fn(data, ct)
        return ftfy.fix_text(text), flagged

    return run


def decoders() -> dict[str, Callable[[bytes, str], tuple[str, bool]]]:
    base = {"yilian": ours, "w3lib": w3lib_decode, "chardet": chardet_decode, "charset-norm": normalizer_decode}
    try:
        import cchardet  # noqa: F401

        base["cchardet"] = cchardet_decode
    except ImportError:
        pass
    out = dict(base)
    for name, fn in base.items():
        if name != "yilian":
            out[name + "+ftfy"] = with_ftfy(fn)
    return out


def score(case: dict, text: str, flagged: bool) -> tuple[bool, float]:
    got = visible_text(text)
    if case["damaged"]:
        return flagged, 1.0 if flagged else 0.0
    ratio = difflib.SequenceMatcher(None, got, case["expected"], autojunk=False).ratio()
    return got == case["expected"], ratio


def accuracy_table(cases: list[dict], fns: dict) -> None:
    cats = sorted({c["category"] for c in cases})
    results: dict[str, dict[str, list[tuple[bool, float]]]] = {n: defaultdict(list) for n in fns}
    for name, fn in fns.items():
        for case in cases:
            try:
                text, flagged = fn(case["data"], case["content_type"])
            except Exception:  # a baseline that crashes scores zero for the case
                text, flagged = "", False
            results[name][case["category"]].append(score(case, text, flagged))
    width = max(len(n) for n in fns) + 2
    print(f"{'category':<20}{'n':>4}  " + "".join(f"{n:>{width}}" for n in fns))
    for cat in cats:
        row = results["yilian"][cat]
        cells = []
        for name in fns:
            rs = results[name][cat]
            exact = sum(ok for ok, _ in rs) / len(rs)
            cell = f"{exact:.0%}"
            if cat in RECOVERY:
                cell += f"/{sum(r for _, r in rs) / len(rs):.0%}"
            cells.append(f"{cell:>{width}}")
        print(f"{cat:<20}{len(row):>4}  " + "".join(cells))
    print("(cells: exact visible text; for double_encoded and out_of_step also characters recovered)")


def _enlarge(data: bytes, times: int = 60) -> bytes:
    """A realistic-size page: the article paragraph repeated, as long news pages are."""
    paragraph = data.split(b"<p>")[1].split(b"</p>")[0]
    return data.replace(b"</body>", b"<p>" + paragraph + b"</p>\n" * 1 + (b"<p>" + paragraph + b"</p>\n") * times + b"</body>")


def speed(cases: list[dict], repeat: int) -> None:
    total = sum(len(c["data"]) for c in cases) * repeat
    t0 = time.perf_counter()
    for _ in range(repeat):
        for c in cases:
            decode(RawPage(c["data"], "", c["content_type"]))
    dt = time.perf_counter() - t0
    print(f"\nyilian decode, whole corpus: {total / dt / 1e6:.1f} MB/s ({total / 1e6:.2f} MB in {dt:.2f} s)")
    clean = [c for c in cases if c["category"] == "declared_right" and "utf-8" in c["content_type"]]
    big = [(_enlarge(c["data"]), c["content_type"]) for c in clean]
    size = sum(len(d) for d, _ in big) * repeat
    times = {}
    for name, fn in (("yilian", lambda d, ct: decode(RawPage(d, "", ct))), ("w3lib", w3lib_decode)):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for d, ct in big:
                fn(d, ct)
        times[name] = time.perf_counter() - t0
    print(f"clean declared UTF-8 pages ({size / repeat / len(big) / 1024:.0f} KB each): "
          f"yilian {size / times['yilian'] / 1e6:.1f} MB/s, w3lib {size / times['w3lib'] / 1e6:.1f} MB/s, "
          f"ratio {times['yilian'] / times['w3lib']:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    model()  # build the language model once, outside the timings
    cases = load()
    accuracy_table(cases, decoders())
    speed(cases, args.repeat)


if __name__ == "__main__":
    main()
