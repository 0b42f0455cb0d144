# -*- coding: utf-8 -*-
"""Print counts used in README.md."""
import collections, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
arts = [x for x in g if x["kind"] == "article"]
C = collections.Counter
print("pages", len(g), "articles", len(arts), "nonarticles", len(g) - len(arts))
print("template(articles)", sorted(C(x["template"] for x in arts).items()))
print("template(non)", sorted(C(x["template"] for x in g if x["kind"] != "article").items()))
print("site_kind articles", C(x["site_kind"] for x in arts), "non", C(x["site_kind"] for x in g if x["kind"] != "article"))
print("encoding", C(x["encoding"] for x in g), "narrowest", C(x["encoding_narrowest"] for x in g))
print("declared", C(x["declared_charset"] for x in g))
print("mismatch", [(x["id"], x["encoding"], x["declared_charset"]) for x in g if (x["encoding"] == "utf-8") != (x["declared_charset"].lower() in ("utf-8",))])
print("years", sorted(C((x["date"] or "none")[:4] for x in arts).items()))
print("time set", sum(1 for x in arts if x["time"]), "source set", sum(1 for x in arts if x["source"]), "author set", sum(1 for x in arts if x["author"]))
L = sorted(len("".join(x["body"].split())) for x in arts)
print("body chars min/median/max", L[0], L[len(L) // 2], L[-1], ">=3000:", sum(l >= 3000 for l in L), "<200:", sum(l < 200 for l in L))
print("trad", [x["id"] for x in arts if x.get("title_without_readings") or x["encoding"] == "big5" or x["template"] == "fanti"])
