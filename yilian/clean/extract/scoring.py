"""Candidates: a value with the rule that found it, its features and a score.

Every field (title, date, body, source, author) proposes candidates; its scorer adds up
named feature weights, and the best candidate wins. What it was and why it won is kept as
evidence: a short string naming the rule, the node and the features that counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement


@dataclass(slots=True)
class Candidate:
    value: str
    rule: str  # what found it: "h1", "label:发布时间", "meta:og:title", "url", ...
    node: HtmlElement | None = None
    line: int = -1  # index of its line in the page model, -1 when not on the page
    features: dict[str, float] = field(default_factory=dict)  # name -> weight added to the score
    extra: str | None = None  # a field's second part (a date's time of day)

    @property
    def score(self) -> float:
        return sum(self.features.values())

    def add(self, name: str, weight: float) -> None:
        if weight:
            self.features[name] = self.features.get(name, 0.0) + weight

    def evidence(self) -> str:
        """"rule @node feature+w feature-w": enough to tell a user where the value came from."""
        parts = [self.rule]
        if self.node is not None:
            parts.append("@" + node_name(self.node))
        parts += [f"{k}{v:+.1f}" for k, v in sorted(self.features.items(), key=lambda kv: -abs(kv[1]))[:4]]
        return " ".join(parts)


def best(candidates: list[Candidate], floor: float = float("-inf")) -> Candidate | None:
    """Highest score above ``floor``; ties go to the earliest candidate."""
    top = None
    for c in candidates:
        if c.score > floor and (top is None or c.score > top.score):
            top = c
    return top


def node_name(el: HtmlElement) -> str:
    """tag#id.class, short: how a node is named in evidence."""
    tag = el.tag if isinstance(el.tag, str) else "?"
    ident = (el.get("id") or "").strip()
    cls = (el.get("class") or "").split()
    return tag + (f"#{ident}" if ident else "") + (f".{cls[0]}" if cls else "")
