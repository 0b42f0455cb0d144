"""How a decode result is judged against a case of the encoding corpus (tests/encoding_corpus),
for the corpus tests and benchmarks/bench_decode.py alike (tests/encoding_corpus/DAMAGE_MODEL.md
says what `must` means)."""

from __future__ import annotations

import difflib
import html as htmllib
import json
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "encoding_corpus"
NARROWED = ("sloppy_out_of_step",)  # the site narrowed full-width forms: compared narrowed
_TAG_RE = re.compile(r"<[^>]+>")


def load() -> list[dict]:
    cases = []
    for line in (CORPUS / "manifest.jsonl").read_text("utf-8").splitlines():
        case = json.loads(line)
        case["data"] = (CORPUS / case["file"]).read_bytes()
        cases.append(case)
    return cases


def visible_text(page_html: str) -> str:
    text = htmllib.unescape(_TAG_RE.sub(" ", page_html))
    return " ".join(text.replace("\xa0", " ").replace("\u3000", " ").split())


def narrow(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


@dataclass(frozen=True, slots=True)
class Verdict:
    exact: bool  # the visible text is the clean page's
    flagged: bool  # "damaged" is among the flags
    covered: bool  # every character that differs from the clean page lies in a damage span
    ok: bool  # what the case's `must` asks


def judge(case: dict, page_html: str, flags: list[str], spans: list[dict]) -> Verdict:
    got, expected, clean = visible_text(page_html), case["expected"], case["html"]
    out = page_html
    if case["category"] in NARROWED:
        got, expected, clean, out = narrow(got), narrow(expected), narrow(clean), narrow(out)
    exact = got == expected
    flagged = "damaged" in flags
    covered = _covered(out, clean, spans) if case["must"] != "flagged" else _marks_covered(out, spans)
    must = case["must"]
    ok = (exact and not flagged) if must == "exact" else (flagged and covered) if must == "flagged" else (exact or (flagged and covered))
    return Verdict(exact, flagged, covered, ok)


def _inside(a: int, b: int, spans: list[dict]) -> bool:
    """Every offset of a:b lies in a span (spans that touch cover together), with one
    character of slack either side of a span."""
    return all(any(s["start"] - 1 <= k < s["end"] + 1 for s in spans) for k in range(a, b))


def _covered(out: str, clean: str, spans: list[dict]) -> bool:
    """Every stretch of `out` that differs from `clean` lies inside the spans (one character of slack)."""
    for op, _, _, j1, j2 in difflib.SequenceMatcher(None, clean, out, autojunk=False).get_opcodes():
        if op != "equal" and not _inside(j1, max(j2, j1 + 1) if op == "delete" else j2, spans):
            return False
    return True


def _marks_covered(out: str, spans: list[dict]) -> bool:
    marks = re.finditer("(?:锟斤拷)+|烫{2,}|\ufffd+|\\?\\?", out)
    found = [(m.start(), m.end()) for m in marks]
    return bool(found) and all(_inside(a, b, spans) for a, b in found)
