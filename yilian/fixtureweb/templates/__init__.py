"""Page templates, one module per CMS style, each with the same four functions:
``article_path``, ``list_path``, ``render_article`` and ``render_list``."""

from __future__ import annotations

import importlib
from types import ModuleType

NAMES = ("hospital_cms", "gov_portal", "hant_hospital", "health_portal", "wechat_repost")


def template(name: str) -> ModuleType:
    if name not in NAMES:
        raise KeyError(f"no fixture template {name!r}; known: {', '.join(NAMES)}")
    return importlib.import_module(f"{__name__}.{name}")
