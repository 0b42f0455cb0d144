"""Per-source overrides: an XPath or CSS selector for title, date, body or source.

A source whose template defeats the general scorers names the node in ``config/sources.yaml``
(``extract: {title: {css: "h1.arti_title"}, body: {xpath: "//div[@id='zoom']"}}``); the
selectors are compiled when the file is loaded, so a typo fails there, not in a crawl. A
selector that matches nothing on a page leaves that field to the scorers and flags the page
``extract_rule_unmatched``, so an operator sees the template has changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from cssselect import GenericTranslator, SelectorError
from lxml import etree

FIELDS = ("title", "date", "body", "source")


class RuleError(ValueError):
    """A selector that does not compile."""


def compile_selector(css: str | None = None, xpath: str | None = None) -> etree.XPath:
    """One compiled XPath from either form; RuleError with the reason when it is not valid."""
    try:
        expr = GenericTranslator().css_to_xpath(css) if css else xpath
        return etree.XPath(expr or "")
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise RuleError(f"not a valid {'CSS' if css else 'XPath'} selector {css or xpath!r}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class ExtractRules:
    """Compiled selectors by field (absent fields are left to the scorers)."""

    selectors: dict[str, etree.XPath]
    sources: dict[str, str]  # field -> the selector as written, for evidence

    @classmethod
    def build(cls, spec: dict[str, tuple[str | None, str | None]]) -> "ExtractRules":
        """From field -> (css, xpath)."""
        selectors, written = {}, {}
        for name, (css, xpath) in spec.items():
            if name not in FIELDS:
                raise RuleError(f"no extract rule for {name!r}: one of {', '.join(FIELDS)}")
            selectors[name] = compile_selector(css, xpath)
            written[name] = f"css:{css}" if css else f"xpath:{xpath}"
        return cls(selectors, written)

    def select(self, name: str, root) -> list:
        """Nodes (or strings, for an XPath ending in text()/@attr) the field's selector matches."""
        selector = self.selectors.get(name)
        if selector is None:
            return []
        try:
            found = selector(root)
        except etree.XPathError:
            return []
        if isinstance(found, list):
            return found
        return [str(found)] if found not in (None, "", False) else []
