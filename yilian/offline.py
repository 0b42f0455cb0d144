"""`yilian decode` and `yilian extract`: the crawl's cleaning stages run on saved page bytes.

One JSON object per page on stdout, one line each, in input order. ``extract --source ID`` (or a
manifest line's ``source``) cleans a page as the crawl of that configured source would: its publisher
name and aliases for 我院, its place, its extract selectors. A page that cannot be read,
or whose cleaning fails or runs past its time bound (yilian/guard.py), is reported on its own line
with an ``error`` and a flag (``unreadable``, ``clean_error``, ``clean_timeout``, ``clean_crash``),
and the run exits 1 after the rest.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from yilian.records import RawPage

if TYPE_CHECKING:
    from yilian.sources import Source

# a page's key through the worker pool: its name in the output and the configured source it is cleaned as
Key = tuple[str, "Source | None"]


class ManifestError(ValueError):
    """A manifest line that is not a JSON object with a path, or that names no configured source."""


class Sources:
    """The sources file, read when a page first names a source (decode and most extracts never do)."""

    def __init__(self, path: Path) -> None:
        self.path, self.by_id = path, None

    def get(self, source_id: str | None) -> "Source | None":
        if not source_id:
            return None
        from yilian.sources import load_sources

        if self.by_id is None:
            self.by_id = {s.id: s for s in load_sources(self.path)}
        if source_id not in self.by_id:
            raise ManifestError(f"no source {source_id!r} in {self.path}")
        return self.by_id[source_id]


def iter_pages(args: argparse.Namespace, sources: Sources | None) -> Iterator[tuple[Key, RawPage | Exception]]:
    """Pages from FILE arguments or a --batch manifest, in input order, with read errors in place;
    with ``sources`` (extract), each with the configured source it names."""
    default = getattr(args, "source", None)
    if args.batch:
        yield from _manifest_pages(Path(args.batch), sources, default)
    for name in args.files:
        source = sources.get(default) if sources else None
        yield (name, source), _read(Path(name), getattr(args, "url", "") or "", args.content_type)


def _manifest_pages(manifest: Path, sources: Sources | None, default: str | None,
                    ) -> Iterator[tuple[Key, RawPage | Exception]]:
    with manifest.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                    raise ManifestError("expected an object with a string 'path'")
                source = sources.get(entry.get("source") or default) if sources else None
            except (json.JSONDecodeError, ManifestError) as exc:
                yield (f"{manifest}:{number}", None), ManifestError(f"{manifest} line {number}: {exc}")
                continue
            path = _resolve(entry["path"], manifest.parent)
            yield (entry["path"], source), _read(path, entry.get("url") or "", entry.get("content_type"))


def _resolve(name: str, manifest_dir: Path) -> Path:
    """Relative paths are taken from the manifest's folder, else from the working directory."""
    path = Path(name)
    if path.is_absolute() or not (manifest_dir / path).exists():
        return path
    return manifest_dir / path


def _read(path: Path, url: str, content_type: str | None) -> RawPage | Exception:
    try:
        if content_type is None and path.suffix.lower() == ".txt":  # a saved text file, as a server would label it
            content_type = "text/plain"
        return RawPage(body=path.read_bytes(), url=url or path.resolve().as_uri(), content_type=content_type)
    except OSError as exc:
        return exc


def _run(args: argparse.Namespace, render: Callable[[RawPage, Key], dict[str, Any]], sources: Sources | None = None) -> int:
    if not args.batch and not args.files:
        print("yilian: give FILE arguments or --batch MANIFEST.jsonl", file=sys.stderr)
        return 2
    import yilian.clean.pipeline  # noqa: F401 - imported once here, inherited by every forked worker
    from yilian.guard import Failure, Guard
    from yilian.sources import SourcesError

    try:
        if sources:
            sources.get(args.source)  # a --source that is not configured stops the run before it starts
    except (ManifestError, SourcesError) as exc:
        print(f"yilian: {exc}", file=sys.stderr)
        return 2
    failed = 0
    out = sys.stdout
    with Guard() as guard:
        for (name, _), result in guard.map(render, iter_pages(args, sources)):
            if isinstance(result, Failure):
                failed += 1
                record: dict[str, Any] = {"path": name, "error": str(result), "flags": [f"clean_{result.kind}"]}
            elif isinstance(result, Exception):
                failed += 1
                record = {"path": name, "error": str(result), "flags": ["unreadable"]}
            else:
                record = result
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()
    return 1 if failed else 0


def _decode_record(page: RawPage, key: Key) -> dict[str, Any]:
    from yilian.clean.decode import decode

    name, _ = key
    decoded = decode(page)
    return {
        "path": name,
        "html": decoded.html,
        "encoding": asdict(decoded.encoding),
        "flags": decoded.flags,
        "damage": decoded.damage,
    }


def _extract_record(page: RawPage, key: Key) -> dict[str, Any]:
    from yilian.clean.pipeline import clean_page

    name, source = key
    return {"path": name, **clean_page(page, source).to_dict()}


def cli_decode(args: argparse.Namespace) -> int:
    return _run(args, _decode_record)


def cli_extract(args: argparse.Namespace) -> int:
    from yilian.settings import get_settings

    return _run(args, _extract_record, Sources(Path(args.sources or get_settings().sources_file)))
