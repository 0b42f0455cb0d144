"""Simplified-to-Traditional conversion for sites that publish in Traditional script."""

from __future__ import annotations

from yilian.zhscript import to_traditional


def to_script(text: str, script: str) -> str:
    """``text`` in ``script``; only Simplified to Traditional is ever needed by the fixture web."""
    return to_traditional(text) if script == "zh-Hant" and text else text
