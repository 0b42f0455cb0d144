"""The real pages in ``../shared/realpages`` (pages nobody here wrote, with checked gold), for
benchmarks and the tests that hold floors on them.

The pages are read where they lie (``Settings.shared_dir``, ``YILIAN_SHARED_DIR``), never copied
into the repository; scoring uses the set's own ``score.py`` so our figures are the set's figures.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from yilian.settings import get_settings


class MissingRealPages(RuntimeError):
    """The shared real-page set is not where the settings say."""


@dataclass(frozen=True, slots=True)
class RealPage:
    id: str
    body: bytes
    gold: dict[str, Any]

    @property
    def url(self) -> str:
        return self.gold.get("url") or f"http://example.invalid/{self.id}.html"


def folder() -> Path:
    path = get_settings().shared_dir / "realpages"
    if not (path / "gold.jsonl").is_file():
        raise MissingRealPages(f"no real pages at {path}: set YILIAN_SHARED_DIR to the folder holding realpages/")
    return path


@lru_cache(maxsize=1)
def load() -> tuple[RealPage, ...]:
    """Every page with its gold, in the gold file's order."""
    root = folder()
    pages = []
    for line in (root / "gold.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            pages.append(RealPage(gold["id"], (root / "pages" / f"{gold['id']}.html").read_bytes(), gold))
    return tuple(pages)


@lru_cache(maxsize=1)
def scorer() -> ModuleType:
    """The set's own score.py (char_f1, norm, norm_date), loaded from where it lies."""
    spec = importlib.util.spec_from_file_location("realpages_score", folder() / "score.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@dataclass(frozen=True, slots=True)
class Scores:
    body_f1: float
    title: float
    date: float
    nonarticle_p: float
    nonarticle_r: float
    n: int


def score(predictions: dict[str, dict[str, Any]]) -> Scores:
    """The set's metrics for predictions keyed by page id ({title, date, body, is_article}),
    computed exactly as score.py computes them (a missing page is an empty prediction)."""
    s = scorer()
    f1s, titles, dates = [], [], []
    tp = fp = fn = 0
    for page in load():
        g, p = page.gold, predictions.get(page.id, {})
        pred_article = s.truthy_article(p.get("is_article"))
        non = g["kind"] == "nonarticle"
        tp += (not pred_article) and non
        fp += (not pred_article) and not non
        fn += pred_article and non
        if non:
            continue
        f1s.append(s.char_f1(p.get("body"), g["body"]))
        titles.append(s.norm(p.get("title")) == s.norm(g["title"]) and s.norm(g["title"]) != "")
        pd = s.norm_date(p.get("date"))
        dates.append(pd == g["date"] if g["date"] else pd is None)
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return Scores(
        mean(f1s), mean(titles), mean(dates), tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0, len(load())
    )
