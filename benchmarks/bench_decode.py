"""Per-category accuracy and speed of the decode stage against the usual baselines.

Baselines: w3lib's html_to_unicode (what Scrapy does), chardet, charset-normalizer and
cchardet (if installed), each also followed by ftfy.fix_text. ftfy runs with only its
repairing steps (fix_encoding, lossy sequences, C1 controls, ...): its default also
rewrites correct text (full-width ，（） to ASCII, curly quotes to straight, NFC, HTML
unescaping) and would score 0% on clean Chinese pages for that alone. A case counts as
right when the visible text equals the expected text (damage cases: when the page is
flagged "damaged"); for double-encoded and out-of-step cases the share of characters
recovered is reported too.

Speed (best of --repeat runs, after one warm-up pass that loads the character model):
ms per corpus page (fast path and repair path apart: the pages are too small for MB/s to
mean throughput); MB/s and the time ratio against w3lib on clean, correctly
declared UTF-8, GBK and Big5 pages of realistic size (12-16 KB); ms per page on the
fixture web's served HTML pages (what a crawl of it decodes), against w3lib.

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
RECOVERY = ("double_encoded", "out_of_step", "sloppy_out_of_step")
FLATTENED = ("sloppy_out_of_step",)  # the site flattened full-width forms: compared flattened


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

    repair_only = ftfy.TextFixerConfig(
        unescape_html=False, fix_character_width=False, uncurl_quotes=False, fix_latin_ligatures=False, normalization=None
    )

    def run(data: bytes, ct: str) -> tuple[str, bool]:
        text, flagged = fn(data, ct)
        return ftfy.fix_text(text, repair_only), flagged

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
    expected = case["expected"]
    if case["category"] in FLATTENED:
        got, expected = _flatten(got), _flatten(expected)
    ratio = difflib.SequenceMatcher(None, got, expected, autojunk=False).ratio()
    return got == expected, ratio


def _flatten(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def accuracy_table(cases: list[dict], fns: dict) -> None:
    cats = sorted({c["category"] for c in cases})
    results: dict[str, dict[str, list[tuple[bool, float]]]] = {n: defaultdict(list) for n in fns}
    flagged_lost: dict[str, dict[str, list[bool]]] = {n: defaultdict(list) for n in fns}
    flagged_all: dict[str, list[tuple[bool, bool]]] = defaultdict(list)  # yilian's "damaged" flag, the case's truth
    for name, fn in fns.items():
        for case in cases:
            try:
                text, flagged = fn(case["data"], case["content_type"])
            except Exception:  # a baseline that crashes scores zero for the case
                text, flagged = "", False
            result = score(case, text, flagged)
            results[name][case["category"]].append(result)
            if name == "yilian":
                flagged_all[case["category"]].append((flagged, case["damaged"]))
            if case["category"] in RECOVERY and not result[0]:
                flagged_lost[name][case["category"]].append(flagged)  # text still wrong: was it flagged?
    width = max(len(n) for n in fns) + 2
    print(f"{'category':<20}{'n':>4}  " + "".join(f"{n:>{width}}" for n in fns) + f"{'silent':>8}{'false':>7}")
    for cat in cats:
        row = results["yilian"][cat]
        cells = []
        for name in fns:
            rs = results[name][cat]
            exact = sum(ok for ok, _ in rs) / len(rs)
            cell = f"{exact:.0%}"
            if cat in RECOVERY:
                lost = flagged_lost[name][cat]
                cell += f"/{sum(r for _, r in rs) / len(rs):.0%}/" + (f"{sum(lost) / len(lost):.0%}" if lost else "-")
            cells.append(f"{cell:>{width}}")
        silent = sum(not ok and not flagged for (ok, _), (flagged, _) in zip(row, flagged_all[cat]))
        false = sum(ok and flagged and not lost for (ok, _), (flagged, lost) in zip(row, flagged_all[cat]))
        print(f"{cat:<20}{len(row):>4}  " + "".join(cells) + f"{silent:>8}{false:>7}")
    print("(cells: exact visible text; for the recovery categories also characters recovered, and the share of")
    print(" cases whose text is not exactly right that are flagged \"damaged\": lost content flagged;")
    print(" silent: yilian's cases whose text is wrong and that are not flagged \"damaged\" (goal 0);")
    print(" false: yilian's cases whose text is exactly right yet flagged \"damaged\" (goal 0))")


def _enlarge(data: bytes, codec: str, times: int = 60) -> bytes:
    """A realistic-size page: the article paragraph repeated, as long news pages are."""
    text = data.decode(codec)
    paragraph = text.split("<p>")[1].split("</p>")[0]
    return text.replace("</body>", f"<p>{paragraph}</p>\n" * (times + 1) + "</body>").encode(codec)


def _best_time(fn: Callable[[bytes, str], object], pages: list[tuple[bytes, str]], repeat: int) -> float:
    """Seconds for one pass over the pages, best of `repeat` (other processes share the machine)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d, ct in pages:
            fn(d, ct)
        best = min(best, time.perf_counter() - t0)
    return best


def _ours_only(d: bytes, ct: str) -> object:
    return decode(RawPage(d, "", ct))


def speed(cases: list[dict], repeat: int) -> None:
    # The corpus pages are half a kilobyte, so a whole-corpus MB/s measures per-page repair
    # cost, not throughput: it is given per page, split into pages the fast path passes and
    # pages it sends to repair; MB/s is measured on realistic-size pages below.
    print()
    for label, group in (("fast path", False), ("repaired or flagged", True)):
        pages = [(c["data"], c["content_type"]) for c in cases if bool(decode(RawPage(c["data"], "", c["content_type"])).flags) is group]
        dt = _best_time(_ours_only, pages, repeat)
        size = sum(len(d) for d, _ in pages) / len(pages)
        print(f"yilian decode, corpus pages {label} ({len(pages)}, {size:.0f} B avg): {dt / len(pages) * 1000:.3f} ms/page")
    for label, codec in (("utf-8", "utf-8"), ("gbk", "gb18030"), ("big5", "big5hkscs")):
        clean = [c for c in cases if c["category"] in ("declared_right", "traditional_plain") and f"charset={label}" in c["content_type"]]
        big = [(_enlarge(c["data"], codec), c["content_type"]) for c in clean]
        size = sum(len(d) for d, _ in big)
        ours_t, w3lib_t = _best_time(_ours_only, big, repeat), _best_time(w3lib_decode, big, repeat)
        print(f"clean declared {label:5} pages ({len(big)}, {size / len(big) / 1024:.0f} KB each): "
              f"yilian {size / ours_t / 1e6:.1f} MB/s, w3lib {size / w3lib_t / 1e6:.1f} MB/s, ratio {ours_t / w3lib_t:.2f}x")
    fixture_speed(repeat)


def fixture_speed(repeat: int) -> None:
    """The fixture web's HTML pages (lists, articles, chrome; some damaged), as a crawl decodes them."""
    from yilian.fixtureweb.build import build_web

    served = [s for s in build_web(0).pages.values() if "html" in (s.content_type or "")]
    pages = [(s.body, s.content_type or "") for s in served]
    ours_t, w3lib_t = _best_time(_ours_only, pages, repeat), _best_time(w3lib_decode, pages, repeat)
    flagged = sum(1 for d, ct in pages if decode(RawPage(d, "", ct)).flags)
    worst = max(_best_time(_ours_only, [p], 1) for p in pages)
    print(f"fixture web ({len(pages)} HTML pages, {flagged} with flags, {sum(len(d) for d, _ in pages) / len(pages) / 1024:.1f} KB avg): "
          f"yilian {ours_t / len(pages) * 1000:.3f} ms/page (worst {worst * 1000:.1f} ms), "
          f"w3lib {w3lib_t / len(pages) * 1000:.3f} ms/page")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    model()  # load (or build and cache) the character model once, outside the timings
    cases = load()
    accuracy_table(cases, decoders())
    speed(cases, args.repeat)


if __name__ == "__main__":
    main()
