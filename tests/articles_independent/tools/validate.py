# -*- coding: utf-8 -*-
"""Check gold.jsonl against pages/: parses, encodings, every gold body line in the
page's visible text (decoded with the true encoding, tags stripped), title/source/author/date
visible. Exit 1 on any failure.

    python3 tools/validate.py
"""
import collections
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KEYS = ["id", "url", "encoding", "declared_charset", "kind", "title", "date", "time", "source", "author", "body", "notes"]


def visible(text):
    t = re.sub(r"(?is)<(script|style|noscript|textarea)\b.*?</\1\s*>", " ", text)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?s)<[^>]*>", " ", t)
    return html.unescape(t)


def squash(s):
    return re.sub(r"\s+", "", s.replace("\u3000", " ").replace("\xa0", " "))


def main():
    hints = json.load(open(os.path.join(HERE, "check_hints.json"), encoding="utf-8"))
    bad = []
    gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    files = set(f[:-5] for f in os.listdir(os.path.join(ROOT, "pages")))
    ids = [g["id"] for g in gold]
    if len(ids) != len(set(ids)):
        bad.append("duplicate ids")
    if set(ids) != files:
        bad.append("ids != files: %s" % (set(ids) ^ files))
    for g in gold:
        for k in KEYS:
            if k not in g:
                bad.append("%s missing %s" % (g["id"], k))
        raw = open(os.path.join(ROOT, "pages", g["id"] + ".html"), "rb").read()
        enc = {"utf-8": "utf-8", "gbk": "gbk", "big5": "big5"}[g["encoding"]]
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as e:
            bad.append("%s does not decode as %s: %s" % (g["id"], enc, e))
            continue
        if g["encoding"] != "utf-8":
            try:
                raw.decode("utf-8")
                bad.append("%s: %s page also decodes as utf-8" % (g["id"], enc))
            except UnicodeDecodeError:
                pass
        m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", raw[:4096].decode("latin-1"), re.I)
        if (m.group(1) if m else None) != g["declared_charset"]:
            bad.append("%s declared charset mismatch" % g["id"])
        vis = squash(visible(text))
        if g["kind"] == "nonarticle":
            if any(g[k] is not None for k in ("title", "date", "body")):
                bad.append("%s nonarticle with title/date/body" % g["id"])
            continue
        if not g["title"] or squash(g["title"]) not in vis and squash(g["title"]) not in squash(html.unescape(text)):
            bad.append("%s title not visible: %s" % (g["id"], g["title"]))
        lines = g["body"].split("\n")
        for ln in lines:
            if not ln.strip():
                bad.append("%s empty body line" % g["id"])
            elif squash(ln) not in vis:
                bad.append("%s body line not visible: %s" % (g["id"], ln[:60]))
        for k in ("source", "author"):
            if g[k] and squash(g[k]) not in vis:
                bad.append("%s %s not visible: %s" % (g["id"], k, g[k]))
        if g["date"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g["date"]):
                bad.append("%s bad date %s" % (g["id"], g["date"]))
            ds = hints[g["id"]]["ds"]
            if not ds or squash(ds) not in vis:
                bad.append("%s printed date string not visible: %r" % (g["id"], ds))
        if g["time"] is not None and not re.fullmatch(r"\d{2}:\d{2}", g["time"]):
            bad.append("%s bad time" % g["id"])
        if g["time"] and g["date"] is None:
            bad.append("%s time without date" % g["id"])
        # gold title must not be a body line
        if squash(g["title"]) in [squash(x) for x in lines]:
            bad.append("%s title repeated as body line" % g["id"])
    c = collections.Counter(g["template"] for g in gold if g["kind"] == "article")
    over = {k: v for k, v in c.items() if v > 3}
    if over:
        bad.append("skeletons used more than 3 times: %s" % over)
    for b in bad:
        print("FAIL", b)
    print("%d pages checked, %d problems" % (len(gold), len(bad)))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
