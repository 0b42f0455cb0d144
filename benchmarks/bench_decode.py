"""The decode stage against the usual baselines, in one run: accuracy per damage category on
the own corpus, do-no-harm on the real pages, and speed.

Baselines: w3lib's html_to_unicode (what Scrapy does), chardet, charset-normalizer and
cchardet (if installed), each also followed by ftfy.fix_text with only its repairing steps
(its default also rewrites correct text: full-width punctuation, curly quotes, NFC). A
corpus case is right as benchmarks/corpus_judge.py says (DAMAGE_MODEL.md: exact, or flagged
`damaged` with spans covering every wrong character); baselines never flag, so they are
right only where their text is exact.

Real pages (../shared/realpages, read where they lie): pages changed (benchmarks/
decode_harm.py), pages flagged damaged, pages reporting a misreading, pages flagged
declared_wrong (with the label and the true encoding gold gives), for yilian and for
the baselines (a baseline "changes" a page when its text differs from the strict decode).

Speed, each figure the best of --repeat passes, in CPU seconds of this process (decoding is
single-threaded; the machine is shared, so wall time would measure the neighbours): MB/s over all real pages, p50/p99 ms per
page, ms per 100 KB of the worst page, the slowest pages; the same for the corpus; clean
declared UTF-8 pages (12-16 KB) against w3lib; pathological pages (1 MB of '?' and high
bytes, 20 KB of random bytes).

Run: .venv/bin/python benchmarks/bench_decode.py [--repeat N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import realpages  # noqa: E402
from benchmarks.corpus_judge import judge, load  # noqa: E402
from benchmarks.decode_harm import TRUE_CODEC, view  # noqa: E402
from benchmarks.decode_harm import judge as harm  # noqa: E402
from yilian.clean.decode import decode  # noqa: E402
from yilian.clean.decoding.langmodel import model  # noqa: E402
from yilian.records import RawPage  # noqa: E402

Decoder = Callable[[bytes, str | None], str]


def ours(data: bytes, ct: str | None) -> str:
    return decode(RawPage(data, "", ct)).html


def w3lib_decode(data: bytes, ct: str | None) -> str:
    from w3lib.encoding import html_to_unicode

    return html_to_unicode(ct, data)[1]


def chardet_decode(data: bytes, ct: str | None) -> str:
    import chardet

    return data.decode(chardet.detect(data[:65536])["encoding"] or "utf-8", "replace")


def normalizer_decode(data: bytes, ct: str | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best else data.decode("utf-8", "replace")


def cchardet_decode(data: bytes, ct: str | None) -> str:
    import cchardet

    return data.decode(cchardet.detect(data)["encoding"] or "utf-8", "replace")


def with_ftfy(fn: Decoder) -> Decoder:
    import ftfy

    repair_only = ftfy.TextFixerConfig(
        unescape_html=False, fix_character_width=False, uncurl_quotes=False, fix_latin_ligatures=False, normalization=None
    )
    return lambda data, ct: ftfy.fix_text(fn(data, ct), repair_only)


def baselines() -> dict[str, Decoder]:
    base: dict[str, Decoder] = {"w3lib": w3lib_decode, "chardet": chardet_decode, "charset-norm": normalizer_decode}
    try:
        import cchardet  # noqa: F401

        base["cchardet"] = cchardet_decode
    except ImportError:
        pass
    try:
        out = dict(base) | {name + "+ftfy": with_ftfy(fn) for name, fn in base.items()}
    except ImportError:
        out = dict(base)
    return out


def _safe(fn: Decoder, data: bytes, ct: str | None) -> str:
    try:
        return fn(data, ct)
    except Exception:  # a baseline that crashes scores zero for the case
        return ""


def accuracy(cases: list[dict], others: dict[str, Decoder]) -> None:
    cats = sorted({c["category"] for c in cases})
    right: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    silent: dict[str, int] = defaultdict(int)
    false: dict[str, int] = defaultdict(int)
    for case in cases:
        page = decode(RawPage(case["data"], "", case["content_type"]))
        v = judge(case, page.html, page.flags, page.damage)
        right["yilian"][case["category"]].append(v.ok)
        silent[case["category"]] += not v.exact and not v.flagged
        false[case["category"]] += v.exact and v.flagged and case["must"] == "exact"
        for name, fn in others.items():
            text = _safe(fn, case["data"], case["content_type"])
            right[name][case["category"]].append(judge(case, text, [], []).exact)
    names = ["yilian", *others]
    width = max(map(len, names)) + 2
    print(f"{'category':<22}{'n':>4}" + "".join(f"{n:>{width}}" for n in names) + f"{'silent':>8}{'false':>7}")
    for cat in cats:
        n = len(right["yilian"][cat])
        cells = "".join(f"{sum(right[name][cat]) / n:>{width}.0%}" for name in names)
        print(f"{cat:<22}{n:>4}{cells}{silent[cat]:>8}{false[cat]:>7}")
    total = sum(len(v) for v in right["yilian"].values())
    print(f"{'all':<22}{total:>4}" + "".join(f"{sum(sum(v) for v in right[name].values()) / total:>{width}.0%}" for name in names))
    print("(right: exact text, or for yilian flagged `damaged` with spans covering every wrong character where the")
    print(" damage model allows it; silent: yilian's text wrong and unflagged; false: exact text of a case that must")
    print(" be exact, yet flagged `damaged`)")


def harm_table(others: dict[str, Decoder]) -> None:
    pages = realpages.load()
    clean = [p for p in pages if p.gold["encoding_errors"] == 0]
    results = [harm(p.id, p.body, p.url, p.gold["encoding"]) for p in pages]
    by_id = {h.page_id: h for h in results}
    changed = [by_id[p.id] for p in clean if by_id[p.id].changed]
    flagged = [by_id[p.id] for p in clean if by_id[p.id].damaged]
    repaired = [by_id[p.id] for p in clean if "mojibake_repaired" in by_id[p.id].decoded.flags]
    broken = [by_id[p.id] for p in pages if p.gold["encoding_errors"]]
    print(f"\nreal pages ({len(pages)}, {len(clean)} decode cleanly under their true encoding):")
    print(f"  yilian: pages changed {len(changed)} ({', '.join(h.page_id for h in changed) or '-'}; "
          f"silently {sum(not h.damaged for h in changed)}), flagged damaged {len(flagged)} "
          f"({len(flagged) / len(clean):.1%}), misreading repaired {len(repaired)}; "
          f"pages with undecodable bytes flagged {sum(h.damaged for h in broken)}/{len(broken)}")
    wrong = [p for p in pages if "declared_wrong" in by_id[p.id].decoded.flags]  # gold holds the true encoding
    print(f"  declared_wrong {len(wrong)}: " + (", ".join(f"{p.id} (declares {p.gold['declared_charset']}, is {p.gold['encoding']})" for p in wrong) or "-"))
    for h in flagged:  # what each flag on a clean page points at, to tell loss the page shows from a false flag
        shown = "; ".join(f"{s['kind']} {s['text'][:12]!r}" + (f" (reads {s['reading'][:12]!r})" if s.get("reading") else "") for s in h.decoded.damage[:3])
        print(f"    {h.page_id}: {len(h.decoded.damage)} spans: {shown}")
    for name, fn in others.items():
        n = 0
        for p in clean:
            reference = p.body.decode(TRUE_CODEC[p.gold["encoding"]], "replace")
            n += view(_safe(fn, p.body, None)) != view(reference)
        print(f"  {name}: pages changed {n}")


def _times(fn: Decoder, pages: list[tuple[bytes, str | None]], repeat: int) -> list[float]:
    """Seconds per page, the best of `repeat` passes each (other sessions share the machine)."""
    best = [float("inf")] * len(pages)
    for _ in range(repeat):
        for k, (data, ct) in enumerate(pages):
            t0 = time.process_time()
            fn(data, ct)
            best[k] = min(best[k], time.process_time() - t0)
    return best


def speed_table(label: str, ids: list[str], pages: list[tuple[bytes, str | None]], fns: dict[str, Decoder], repeat: int) -> None:
    size = sum(len(d) for d, _ in pages)
    print(f"\nspeed, {label} ({len(pages)} pages, {size / 1e6:.1f} MB):")
    for name, fn in fns.items():
        t = _times(fn, pages, repeat)
        ms = sorted(x * 1000 for x in t)
        per100k = max(x * 1000 / max(len(d), 1) * 102400 for x, (d, _) in zip(t, pages))
        print(f"  {name:<14} {size / sum(t) / 1e6:7.1f} MB/s   p50 {statistics.median(ms):6.2f} ms   "
              f"p99 {ms[min(len(ms) - 1, int(len(ms) * 0.99))]:7.2f} ms   worst {per100k:6.1f} ms/100 KB")
        if name == "yilian":
            slow = sorted(zip(t, ids, pages), key=lambda r: -r[0])[:5]
            print("    slowest: " + ", ".join(f"{i} {x * 1000:.0f} ms ({len(d) // 1024} KB)" for x, i, (d, _) in slow))


def _enlarge(data: bytes, codec: str, times: int = 60) -> bytes:
    text = data.decode(codec)
    paragraph = text.split("<p>")[1].split("</p>")[0]
    return text.replace("</body>", f"<p>{paragraph}</p>\n" * (times + 1) + "</body>").encode(codec)


def clean_utf8_ratio(cases: list[dict], repeat: int) -> None:
    """Each page decoded by yilian and by w3lib in turn, the fastest of many passes each (the
    interleaving puts both under the same load; the minimum is what the code costs)."""
    clean = [c for c in cases if c["category"] == "declared_right" and "charset=utf-8" in c["content_type"]]
    big = [(_enlarge(c["data"], "utf-8"), c["content_type"]) for c in clean]
    ours_t, w3lib_t = [float("inf")] * len(big), [float("inf")] * len(big)
    for _ in range(max(10, repeat * 10)):
        for k, (data, ct) in enumerate(big):
            t0 = time.process_time()
            ours(data, ct)
            ours_t[k] = min(ours_t[k], time.process_time() - t0)
            t0 = time.process_time()
            w3lib_decode(data, ct)
            w3lib_t[k] = min(w3lib_t[k], time.process_time() - t0)
    size = sum(len(d) for d, _ in big)
    print(f"\nclean declared UTF-8 pages ({len(big)}, {size / len(big) / 1024:.0f} KB each): yilian {size / sum(ours_t) / 1e6:.1f} MB/s, "
          f"w3lib {size / sum(w3lib_t) / 1e6:.1f} MB/s, ratio {sum(ours_t) / sum(w3lib_t):.2f}x")


def pathological() -> None:
    rng = random.Random(12)
    noise = bytes(rng.choice(b"?\x81\xa1\xb0\xc4\xe5\xfe") for _ in range(1_000_000))
    binary = bytes(rng.randrange(256) for _ in range(20_000))
    print()
    for label, data, ct in (
        ("1 MB of '?' and high bytes", noise, "text/html"),
        ("the same, declared utf-8", noise, "text/html; charset=utf-8"),
        ("20 KB of random bytes as html", binary, "text/html"),
    ):
        t0 = time.process_time()
        page = decode(RawPage(data, "", ct))
        print(f"pathological: {label}: {time.process_time() - t0:.2f} s ({', '.join(page.flags)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    model()  # loaded (or built and cached) once, outside the timings
    decode(RawPage(b"<p>\xe5\x8c\xbb</p>", "", None))  # and the character table
    cases = load()
    others = baselines()
    accuracy(cases, others)
    harm_table({k: v for k, v in others.items() if k in ("w3lib", "charset-norm", "charset-norm+ftfy")})
    speed_fns = {"yilian": ours, "w3lib": w3lib_decode, "charset-norm": normalizer_decode}
    if "charset-norm+ftfy" in others:
        speed_fns["charset-norm+ftfy"] = others["charset-norm+ftfy"]
    real = realpages.load()
    speed_table("real pages", [p.id for p in real], [(p.body, None) for p in real], speed_fns, args.repeat)
    speed_table("own corpus", [c["id"] for c in cases], [(c["data"], c["content_type"]) for c in cases], speed_fns, 1)
    clean_utf8_ratio(cases, args.repeat)
    pathological()


if __name__ == "__main__":
    main()
