"""Simplified ⇄ Traditional Chinese, by OpenCC (the official binding): one converter of each direction for
the whole product, made on first use (the dictionaries take a few milliseconds to load)."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)
