"""The crawl's raw responses kept as WARC, so the index can be rebuilt without re-crawling.

Every fetched article page is written as a WARC `response` record (headers and the exact
bytes) with the source id in a `WARC-Yilian-Source` header. Rebuilding reads the newest
record per URL and runs the cleaning stages again, so improved extraction reaches old pages.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SOURCE_HEADER = "WARC-Yilian-Source"


@dataclass(slots=True)
class ArchivedPage:
    url: str
    source_id: str | None
    content_type: str | None
    body: bytes
    fetched_at: datetime


class ArchiveWriter:
    """Append response records to one gzipped WARC file per crawl."""

    def __init__(self, directory: Path):
        directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = directory / f"crawl-{stamp}.warc.gz"
        self._file = self.path.open("wb")
        self._writer = WARCWriter(self._file, gzip=True)

    def write(self, page: ArchivedPage, status: int = 200, headers: list[tuple[str, str]] | None = None) -> None:
        http_headers = StatusAndHeaders(f"{status} OK", headers or [], protocol="HTTP/1.1")
        warc_headers = {
            "WARC-Date": page.fetched_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if page.source_id:
            warc_headers[SOURCE_HEADER] = page.source_id
        record = self._writer.create_warc_record(
            page.url, "response", payload=io.BytesIO(page.body), http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )
        self._writer.write_record(record)

    def close(self) -> None:
        self._file.close()


def read_archive(directory: Path) -> Iterator[ArchivedPage]:
    """Every archived response, oldest file first (callers keep the last one per URL)."""
    for path in sorted(directory.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                headers = record.http_headers
                yield ArchivedPage(
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    source_id=record.rec_headers.get_header(SOURCE_HEADER),
                    content_type=headers.get_header("Content-Type") if headers else None,
                    body=record.content_stream().read(),
                    fetched_at=datetime.strptime(record.rec_headers.get_header("WARC-Date"), "%Y-%m-%dT%H:%M:%SZ")
                    .replace(tzinfo=timezone.utc),
                )


def latest_pages(directory: Path) -> list[ArchivedPage]:
    """The newest capture of each URL: what a re-index should clean again."""
    latest: dict[str, ArchivedPage] = {}
    for page in read_archive(directory):
        latest[page.url] = page
    return list(latest.values())
