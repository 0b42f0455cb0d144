"""Pages assembled from two encodings: a UTF-8 template around a GBK article block, or the reverse.

'<', '>' and newlines are never part of a GBK, Big5 or UTF-8 multi-byte character, so the
page is cut there and each piece decoded on its own: UTF-8 where it is valid and reads as
Chinese, the page's legacy codec elsewhere.
"""

from __future__ import annotations

import re

from yilian.clean.decoding.langmodel import char_logprob

_PIECE_RE = re.compile(rb"[^<>\n]+|[<>\n]")


def decode_mixed(body: bytes, legacy: str) -> tuple[str, int, int]:
    """(text, pieces read as UTF-8, pieces read as the legacy codec)."""
    out: list[str] = []
    n_utf8 = n_legacy = 0
    for m in _PIECE_RE.finditer(body):
        piece = m.group()
        if piece.isascii():
            out.append(piece.decode("ascii"))
            continue
        as_legacy = piece.decode(legacy, "replace")
        try:
            as_utf8 = piece.decode("utf-8")
        except UnicodeDecodeError:
            as_utf8 = None
        if as_utf8 is not None and char_logprob(as_utf8) >= char_logprob(as_legacy):
            out.append(as_utf8)
            n_utf8 += 1
        else:
            out.append(as_legacy)
            n_legacy += 1
    return "".join(out), n_utf8, n_legacy
