# -*- coding: utf-8 -*-
"""Render every fixture page and write pages/<id>.html + gold.jsonl.

    python3 tools/build.py            (from /work/labels/articles)
"""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import parse_body, gold_lines  # noqa: E402
import tpl_gov, tpl_hosp, tpl_hosp2, tpl_misc, tpl_robust, tpl_non  # noqa: E402,E401
from tpl_robust import s2t, add_pinyin  # noqa: E402

TPL = {}
for mod in (tpl_gov, tpl_hosp, tpl_hosp2, tpl_misc, tpl_robust, tpl_non):
    for k, v in vars(mod).items():
        if callable(v) and not k.startswith("_") and getattr(v, "__module__", "") == mod.__name__:
            TPL[k] = v

CONTENT_MODULES = ["content1", "content2", "content3", "content4", "content5", "content6", "content7", "nonart"]


def narrowest(b):
    for enc in ("utf-8", "gb2312", "gbk", "gb18030", "big5"):
        try:
            b.decode(enc)
            return enc
        except UnicodeDecodeError:
            pass
    return None


def declared(b):
    head = b[:4096].decode("latin-1")
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", head, re.I)
    return m.group(1) if m else None


def main():
    pages = []
    for name in CONTENT_MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        pages.extend(mod.PAGES)
    keys = [p["key"] for p in pages]
    assert len(keys) == len(set(keys)), "duplicate keys"
    # neutral ids, stable order: shuffle keys with fixed seed
    order = sorted(keys)
    random.Random(20240517).shuffle(order)
    idmap = {k: "p%03d" % (i + 1) for i, k in enumerate(order)}
    os.makedirs(os.path.join(ROOT, "pages"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "pages")):
        os.remove(os.path.join(ROOT, "pages", f))
    gold = []
    for a in pages:
        a["id"] = idmap[a["key"]]
        a.setdefault("kind", "article")
        a.setdefault("enc", "utf-8")
        a.setdefault("decl", {"utf-8": "utf-8", "gbk": "gb2312", "big5": "big5"}[a["enc"]])
        a["date_for_chrome"] = a.get("date") or a["chrome_date"]
        html = TPL[a["tpl"]](a)
        data = html.encode(a["enc"])  # strict: every character must exist in the true encoding
        with open(os.path.join(ROOT, "pages", a["id"] + ".html"), "wb") as fh:
            fh.write(data)
        g = {"id": a["id"], "url": a["url"], "encoding": a["enc"], "declared_charset": declared(data), "kind": a["kind"]}
        if a["kind"] == "article":
            lines = gold_lines(parse_body(a["body"]))
            title, source, author = a["title"], a.get("source"), a.get("author")
            if a.get("trad"):
                lines = [s2t(x) for x in lines]
                title, source, author = s2t(title), s2t(source), s2t(author)
            if a.get("pinyin"):
                clean = (title, lines)
                lines = [add_pinyin(x) for x in lines]
                title, source, author = add_pinyin(title), add_pinyin(source), add_pinyin(author)
            g.update(title=title, date=a.get("date"), time=a.get("time"), source=source, author=author, body="\n".join(lines))
            if a.get("pinyin"):
                g["title_without_readings"] = clean[0]
                g["body_without_readings"] = "\n".join(clean[1])
        else:
            g.update(title=None, date=None, time=None, source=None, author=None, body=None)
        g["notes"] = a.get("notes") or None
        g["site_kind"] = a["site_kind"]
        g["template"] = a["tpl"]
        g["encoding_narrowest"] = narrowest(data)
        g["_check"] = {"ds": a.get("ds_check", a.get("ds")), "trad": bool(a.get("trad")), "pinyin": bool(a.get("pinyin"))}
        gold.append(g)
    gold.sort(key=lambda g: g["id"])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in gold:
            chk = g.pop("_check")
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
            g["_check"] = chk
    with open(os.path.join(HERE, "check_hints.json"), "w", encoding="utf-8") as fh:
        json.dump({g["id"]: g["_check"] for g in gold}, fh, ensure_ascii=False, indent=0)
    with open(os.path.join(HERE, "idmap.json"), "w", encoding="utf-8") as fh:
        json.dump(idmap, fh, ensure_ascii=False, indent=0, sort_keys=True)
    print("pages:", len(gold), "articles:", sum(g["kind"] == "article" for g in gold))


if __name__ == "__main__":
    main()
