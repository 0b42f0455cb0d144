"""Cleaning behind a guard: each page is cleaned in a worker process, bounded in time.

A page whose cleaning raises, runs past its time bound (linear in its size), or kills its worker
(a crash in a C library) comes back as a ``Failure`` with the reason, and the next page goes on:
the crawl, `yilian extract|decode` and `yilian index rebuild` survive any page. The workers
(pebble's process pool, which kills and replaces a worker past its timeout, something a thread
cannot be made to do) also clean two pages at once on two cores. They are forked from the calling
process, which has the cleaning stages imported already, so starting one costs nothing.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, TimeoutError
from dataclasses import dataclass
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from yilian.records import RawPage
from yilian.settings import Settings, get_settings

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """A page the cleaning stages could not handle: ``kind`` is error, timeout or crash."""

    kind: str
    reason: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.reason}"


def time_bound(size: int, settings: Settings) -> float:
    """Seconds a page of ``size`` bytes may take: a base plus a share per megabyte (cleaning is linear)."""
    return settings.clean_timeout + settings.clean_timeout_per_mb * size / 1_000_000


def outcome(future: Future, bound: float) -> Any:
    """The worker's result, or the Failure that says what went wrong."""
    try:
        return future.result()
    except TimeoutError:
        return Failure("timeout", f"cleaning took longer than {bound:.0f}s; the worker was stopped")
    except ProcessExpired as exc:
        return Failure("crash", f"the worker died ({exc}, exit code {exc.exitcode})")
    except CancelledError:
        return Failure("crash", "cancelled")
    except Exception as exc:  # noqa: BLE001 - any stage's bug: reported for this page, the rest goes on
        return Failure("error", f"{type(exc).__name__}: {exc}")


def _warm_up() -> None:
    """Load the stages' models (character model, gazetteer, converters) here, once, before the workers
    are forked: each then starts with them in memory instead of loading its own copy."""
    from yilian.clean.pipeline import clean_page

    clean_page(RawPage(body="<html><head><title>医联体</title></head><body><p>县域医共体</p></body></html>".encode(),
                       url="http://warm.up/"))


def clean_learning(page: RawPage, source: Any, site: Any) -> tuple[Any, Counter, int]:
    """clean_page in a worker, with what the page taught its source's SiteNames (the worker has a
    ``snapshot()``, lost when the call returns): the article, the title parts counted and the pages learnt from."""
    from yilian.clean.pipeline import clean_page

    before, pages = Counter(site.counts), site.pages
    article = clean_page(page, source, site)
    return article, site.counts - before, site.pages - pages


def learn(site: Any, counts: Counter, pages: int) -> None:
    """Add what a worker's page taught to the caller's SiteNames, which the next pages are cleaned with."""
    site.add(counts, pages)


class Guard:
    """A pool of cleaning workers; ``submit`` returns a future of the function's result."""

    def __init__(self, workers: int | None = None, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self.workers = workers or self.settings.clean_workers or os.cpu_count() or 2
        _warm_up()
        self.pool = ProcessPool(max_workers=self.workers, context=multiprocessing.get_context("fork"))

    @property
    def in_flight(self) -> int:
        """Pages to hand over at once: enough that a worker finds pages waiting while the process feeding
        it waits for a core (a page is a few milliseconds of work), few enough that the rest wait with
        their caller (back-pressure, not a growing queue)."""
        return 8 * self.workers

    def submit(self, function: Callable[..., T], page: RawPage, *args: Any) -> tuple[Future, float]:
        bound = time_bound(len(page.body), self.settings)
        return self.pool.schedule(function, args=(page, *args), timeout=bound), bound

    def run(self, function: Callable[..., T], page: RawPage, *args: Any) -> T | Failure:
        return outcome(*self.submit(function, page, *args))

    def map(self, function: Callable[..., T], items: Iterable[tuple[Any, RawPage | Exception]],
            ) -> Iterator[tuple[Any, T | Failure | Exception]]:
        """``function(page, key)`` for each (key, page), results in input order as (key, result); a few
        pages ahead are in flight; an exception in place of a page passes through."""
        window: deque[tuple[Any, Any]] = deque()
        for key, page in items:
            window.append((key, page if isinstance(page, Exception) else self.submit(function, page, key)))
            if len(window) > self.in_flight:
                yield self._take(window.popleft())
        while window:
            yield self._take(window.popleft())

    @staticmethod
    def _take(entry: tuple[Any, Any]) -> tuple[Any, Any]:
        key, pending = entry
        return key, pending if isinstance(pending, Exception) else outcome(*pending)

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
