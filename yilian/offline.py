"""`yilian decode` and `yilian extract`: the crawl's cleaning stages run on saved page bytes.

One JSON object per page on stdout, one line each, in input order. A page that cannot be read,
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
from typing import Any, Callable

from yilian.records import RawPage


class ManifestError(ValueError):
    """A manifest line that is not a JSON object with a path."""


def iter_pages(args: argparse.Namespace) -> Iterator[tuple[str, RawPage | Exception]]:
    """Pages from FILE arguments or a --batch manifest, in input order, with read errors in place."""
    if args.batch:
        yield from _manifest_pages(Path(args.batch))
    for name in args.files:
        yield name, _read(Path(name), getattr(args, "url", "") or "", args.content_type)


def _manifest_pages(manifest: Path) -> Iterator[tuple[str, RawPage | Exception]]:
    with manifest.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
                    raise ManifestError("expected an object with a string 'path'")
            except (json.JSONDecodeError, ManifestError) as exc:
                yield f"{manifest}:{number}", ManifestError(f"{manifest} line {number}: {exc}")
                continue
            path = _resolve(entry["path"], manifest.parent)
            yield entry["path"], _read(path, entry.get("url") or "", entry.get("content_type"))


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


def _run(args: argparse.Namespace, render: Callable[[RawPage, str], dict[str, Any]]) -> int:
    if not args.batch and not args.files:
        print("yilian: give FILE arguments or --batch MANIFEST.jsonl", file=sys.stderr)
        return 2
    import yilian.clean.pipeline  # noqa: F401 - imported once here, inherited by every forked worker
    from yilian.guard import Failure, Guard

    failed = 0
    out = sys.stdout
    with Guard() as guard:
        for name, result in guard.map(render, iter_pages(args)):
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


def _decode_record(page: RawPage, name: str) -> dict[str, Any]:
    from yilian.clean.decode import decode

    decoded = decode(page)
    return {
        "path": name,
        "html": decoded.html,
        "encoding": asdict(decoded.encoding),
        "flags": decoded.flags,
        "damage": decoded.damage,
    }


def _extract_record(page: RawPage, name: str) -> dict[str, Any]:
    from yilian.clean.pipeline import clean_page

    return {"path": name, **clean_page(page).to_dict()}


def cli_decode(args: argparse.Namespace) -> int:
    return _run(args, _decode_record)


def cli_extract(args: argparse.Namespace) -> int:
    return _run(args, _extract_record)
