"""The crawl's raw responses kept as WARC, so the index can be rebuilt without re-crawling.

Every fetched article page is written as a WARC `response` record (headers and the exact
bytes) with the source id in a `WARC-Yilian-Source` header. Rebuilding reads the newest
record per URL and runs the cleaning stages again, so improved extraction reaches old pages.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SOURCE_HEADER = "WARC-Yilian-Source"
log = logging.getLogger(__name__)


@dataclass(slots=True)
class ArchivedPage:
    url: str
    source_id: str | None
    content_type: str | None
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None


def new_archive_path(directory: Path) -> Path:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return directory / f"crawl-{stamp}.warc.gz"


def complete_length(path: Path) -> int:
    """Bytes of ``path`` that hold whole records. Each record is its own gzip member, so a record torn
    by a killed writer is an unfinished member at the end: everything before it is good."""
    good = offset = 0
    inflater = zlib.decompressobj(31)
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            while chunk:
                try:
                    inflater.decompress(chunk)
                except zlib.error:
                    return good
                if not inflater.eof:
                    offset += len(chunk)
                    break
                offset += len(chunk) - len(inflater.unused_data)
                good, chunk = offset, inflater.unused_data
                inflater = zlib.decompressobj(31)
    return good


def cut_torn_tail(path: Path) -> int:
    """Cut a torn last record off ``path`` (a crawl killed while writing it); returns the bytes cut."""
    size = path.stat().st_size
    good = complete_length(path)
    if good < size:
        with path.open("r+b") as stream:
            stream.truncate(good)
        log.warning("cut a torn last record (%d bytes) off %s", size - good, path)
    return size - good


class ArchiveWriter:
    """Append response records to one gzipped WARC file per crawl; a resumed crawl appends to its own
    file once its torn tail is cut. Every record is flushed, so a kill tears at most the last one."""

    def __init__(self, directory: Path, path: Path | None = None):
        directory.mkdir(parents=True, exist_ok=True)
        self.path = path or new_archive_path(directory)
        self.cut = cut_torn_tail(self.path) if self.path.exists() else 0
        self._file = self.path.open("ab")
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
        self._file.flush()

    def close(self) -> None:
        self._file.close()


class _Prefix(io.RawIOBase):
    """The first ``limit`` bytes of a stream."""

    def __init__(self, stream, limit: int):
        self.stream, self.left = stream, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.stream.read(min(len(buffer), self.left))
        buffer[: len(data)] = data
        self.left -= len(data)
        return len(data)


def read_archive(directory: Path) -> Iterator[ArchivedPage]:
    """Every archived response, oldest file first (callers keep the last one per URL)."""
    for path in sorted(directory.glob("*.warc.gz")):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[ArchivedPage]:
    """The responses of one archive file, up to its last whole record."""
    with path.open("rb") as stream:
        whole = _Prefix(stream, complete_length(path))  # a crawl still writing (or killed) has a torn tail
        for record in ArchiveIterator(whole):
            if record.rec_type != "response":
                continue
            headers = record.http_headers
            yield ArchivedPage(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                source_id=record.rec_headers.get_header(SOURCE_HEADER),
                content_type=headers.get_header("Content-Type") if headers else None,
                body=record.content_stream().read(),
                etag=headers.get_header("ETag") if headers else None,
                last_modified=headers.get_header("Last-Modified") if headers else None,
                fetched_at=datetime.strptime(record.rec_headers.get_header("WARC-Date"), "%Y-%m-%dT%H:%M:%SZ")
                .replace(tzinfo=timezone.utc),
            )


def latest_pages(directory: Path) -> list[ArchivedPage]:
    """The newest capture of each URL: what a re-index should clean again."""
    latest: dict[str, ArchivedPage] = {}
    for page in read_archive(directory):
        latest[page.url] = page
    return list(latest.values())
