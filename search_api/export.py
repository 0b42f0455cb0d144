"""Streaming every hit of a query (researchers' export) with a point in time and search_after.

The point in time is opened before the response starts, so an unreachable index is still a 503;
after that the rows are generated lazily, one Elasticsearch page at a time.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from elasticsearch import Elasticsearch

from search_api.queries import EXPORT_FIELDS

KEEP_ALIVE = "2m"


def open_pit(es: Elasticsearch, index: str) -> str:
    return es.open_point_in_time(index=index, keep_alive=KEEP_ALIVE)["id"]


def iter_documents(es: Elasticsearch, pit_id: str, body: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """All matching sources, page by page; the point in time is closed however the stream ends."""
    search_after = None
    try:
        while True:
            request = {**body, "pit": {"id": pit_id, "keep_alive": KEEP_ALIVE}}
            if search_after is not None:
                request["search_after"] = search_after
            response = es.search(body=request)
            pit_id = response.get("pit_id", pit_id)
            hits = response["hits"]["hits"]
            for hit in hits:
                yield {**hit.get("_source", {}), "id": hit["_id"]}
            if len(hits) < body["size"]:
                return
            search_after = hits[-1]["sort"]
    finally:
        es.close_point_in_time(id=pit_id)


# What makes a spreadsheet read a cell as a formula (OWASP "CSV Injection"): = + - @, tab and CR.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """A cell a spreadsheet shows as the text it is: a leading formula trigger gets a ' before it (OWASP).

    defusedcsv does the same for = + - @ but leaves tab and CR alone and rewrites '|' inside the cell."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return neutralise(";".join(str(item) for item in value))
    return neutralise(str(value))


def csv_lines(documents: Iterable[dict[str, Any]], fields: list[str] = EXPORT_FIELDS) -> Iterator[str]:
    """CSV with a UTF-8 BOM (so Excel shows the Chinese), one header row, lists joined by ';'; every cell
    quoted and formula triggers neutralised, so a hostile page's title stays text in a spreadsheet."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    writer.writerow(fields)
    yield "\ufeff" + buffer.getvalue()
    for document in documents:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_cell(document.get(field)) for field in fields])
        yield buffer.getvalue()


def jsonl_lines(documents: Iterable[dict[str, Any]], fields: list[str] = EXPORT_FIELDS) -> Iterator[str]:
    for document in documents:
        yield json.dumps({field: document.get(field) for field in fields}, ensure_ascii=False) + "\n"


def in_chunks(lines: Iterable[str], rows: int = 1000) -> Iterator[str]:
    """``rows`` lines per chunk: the server hands each chunk of a synchronous stream to a worker
    thread, and with a chunk per line that hop was most of an export's cost."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= rows:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)
