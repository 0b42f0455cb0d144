"""The list-page detector (yilian.listing) on list pages written apart from it (tests/list_pages: 78
pages of 43 CMS skeletons, gold by a labeler who did not read the detector; see its README).

Prints article-link precision and recall (micro, over all links), the share of pages whose next page
is found (null when the page has none), title and date accuracy on the links found, and pages/s.
URLs are compared without their #fragment (it never reaches the server).

    .venv/bin/python benchmarks/bench_listing.py [--pages]   # --pages: one line per page that misses
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yilian.clean.decode import decode  # noqa: E402
from yilian.listing import detect  # noqa: E402
from yilian.records import RawPage  # noqa: E402

SET_DIR = Path(__file__).resolve().parent.parent / "tests" / "list_pages"


def load(set_dir: Path = SET_DIR) -> list[tuple[dict, bytes]]:
    with (set_dir / "gold.jsonl").open(encoding="utf-8") as lines:
        gold = [json.loads(line) for line in lines if line.strip()]
    return [(g, (set_dir / "pages" / f"{g['id']}.html").read_bytes()) for g in gold]


def _url(url: str | None) -> str | None:
    return urldefrag(url)[0] if url else None


@dataclass
class Score:
    pages: int = 0
    true_links: int = 0
    found_links: int = 0
    right_links: int = 0
    pager_right: int = 0
    titles_right: int = 0
    dates_right: int = 0
    seconds: float = 0.0
    misses: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right_links / self.found_links if self.found_links else 1.0

    @property
    def recall(self) -> float:
        return self.right_links / self.true_links if self.true_links else 1.0

    @property
    def pager_found(self) -> float:
        return self.pager_right / self.pages if self.pages else 1.0

    @property
    def title_accuracy(self) -> float:
        return self.titles_right / self.right_links if self.right_links else 1.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.right_links if self.right_links else 1.0


def score_set(pages: list[tuple[dict, bytes]]) -> Score:
    score = Score()
    for gold, body in pages:
        started = time.perf_counter()
        html = decode(RawPage(body=body, url=gold["url"])).html  # as the crawler reads it: from the bytes
        found = detect(html, gold["url"])
        score.seconds += time.perf_counter() - started
        truth = {_url(u): (t, d) for u, t, d in zip(gold["article_links"], gold["article_titles"], gold["article_dates"])}
        got = {_url(a.url): (a.title, a.date) for a in found.articles}
        right = set(truth) & set(got)
        score.pages += 1
        score.true_links += len(truth)
        score.found_links += len(got)
        score.right_links += len(right)
        score.titles_right += sum(1 for u in right if got[u][0] == truth[u][0])
        score.dates_right += sum(1 for u in right if got[u][1] == truth[u][1])
        pager_ok = _url(found.next_page) == _url(gold["next_page"])
        score.pager_right += pager_ok
        if right != set(truth) or right != set(got) or not pager_ok:
            score.misses.append({"id": gold["id"], "template": gold.get("template"), "missed": len(set(truth) - right),
                                 "extra": len(set(got) - right), "next": found.next_page, "gold_next": gold["next_page"]})
    return score


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="one line per page with a miss")
    args = parser.parse_args()
    score = score_set(load())
    print(f"list pages: {score.pages}, gold article links: {score.true_links}")
    print("| measure | value |\n| --- | --- |")
    print(f"| article-link precision | {score.precision:.3f} |")
    print(f"| article-link recall | {score.recall:.3f} |")
    print(f"| pager found (next page right, null included) | {score.pager_found:.3f} |")
    print(f"| title exact (on links found) | {score.title_accuracy:.3f} |")
    print(f"| date exact (on links found) | {score.date_accuracy:.3f} |")
    print(f"| pages/s (decode + detect) | {score.pages / score.seconds:.0f} |")
    if args.pages:
        for miss in score.misses:
            print(json.dumps(miss, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
