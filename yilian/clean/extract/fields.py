"""Labeled metadata fields (来源, 作者, 编辑, 发文机关, 索引号, 主题分类, 文号, 阅读量 ...).

Hospital CMSs print them on one line under the title, government portals in a
table above it; both become ``label：value`` text once linearised, so one
scanner over lines serves every template. Labels match in either script.
"""

from __future__ import annotations

import re

from yilian.clean.extract.cues import (
    ACCOUNT_TOKENS, BREADCRUMB_HEAD, CRUMB_LEAF_STOP, CRUMB_SEP, LABELS, PERSON, PLACEHOLDERS, SITE_HOME, STRONG_FIELDS,
    TEXT_CREDIT, UNIT, WEAK_LABELS, either_script, spaced,
)
from yilian.clean.extract.page import Line, Page, shown_text, text_of
from yilian.zhscript import to_simplified

_label_to_field = {label: field for field, labels in LABELS.items() for label in labels}
_ordered_labels = sorted(_label_to_field, key=len, reverse=True)
_LABEL_PATTERNS = [(label, re.compile(spaced(label))) for label in _ordered_labels]
# The lookahead on every label's possible first character lets the scan skip most positions fast.
_FIRST_CHARS = "".join(sorted({c for label in _label_to_field for c in either_script(label[0]).strip("[]")}))
LABEL_RE = re.compile(
    rf"(?=[{_FIRST_CHARS}])(?P<label>{'|'.join(p.pattern for _, p in _LABEL_PATTERNS)})\s*(?P<colon>[:：]|(?=\s))"
)
_COUNT_AFTER = re.compile(r"\s*\d")  # "阅读 1287": a counter needs no colon
_SIMPLE_LABELS = {label: label for label in _label_to_field}


def _label_of(text: str) -> str:
    """The label a matched spelling stands for ("來 源" -> 来源)."""
    plain = "".join(text.split())
    return _SIMPLE_LABELS.get(plain) or _SIMPLE_LABELS.get(to_simplified(plain)) or next(
        lb for lb, pattern in _LABEL_PATTERNS if pattern.fullmatch(text))


_VALUE_END = re.compile(r"\s[|｜丨]|[【\[]")
_TRIM = " :：|｜丨[]【】()（）,，;；"


def label_hits(line: str) -> list[tuple[str, str, int, int]]:
    """(field, label, start, end) for every label in ``line``; colon-less only for table-style labels."""
    if ":" not in line and "：" not in line and len(line) > 60:
        return []  # prose: labels without a colon only occur in short table rows
    hits = []
    for m in LABEL_RE.finditer(line):
        label = _label_of(m.group("label"))
        field = _label_to_field[label]
        if (not m.group("colon").strip() and field not in STRONG_FIELDS and label != "标题"
                and not (field == "views" and _COUNT_AFTER.match(line, m.end()))):
            continue
        hits.append((field, label, m.start(), m.end()))
    return hits


def parse_fields(line: str) -> list[tuple[str, str, str]]:
    """(field, label, value) pairs in one line: each value runs to the next label."""
    hits = label_hits(line)
    out = []
    for i, (field, label, _, end) in enumerate(hits):
        stop = hits[i + 1][2] if i + 1 < len(hits) else len(line)
        value = line[end:stop]
        cut = _VALUE_END.search(value)
        if cut:
            value = value[: cut.start()]
        out.append((field, label, value.strip(_TRIM)))
    return out


def is_metadata_line(line: str, at_edge: bool) -> bool:
    """A byline/metadata line ("时间：… 来源：… 阅读量：…") rather than prose.

    Two labels anywhere make one; a single non-weak label qualifies only near the
    top or bottom of the body and when the line starts with it.
    """
    hits = label_hits(line)
    if len(hits) >= 2 and len(line) < 200:
        return True
    if len(hits) == 1 and at_edge:
        field, label, start, _ = hits[0]
        if field == "title":  # a metadata table's 标题 row is as long as the title it holds
            return start <= 2 and len(line) < 200
        return len(line) < 80 and label not in WEAK_LABELS and start <= 2
    return False


def collect(lines: list[str]) -> dict[str, list[tuple[str, str]]]:
    """field -> [(label, value), ...] in order of appearance, empty and placeholder values dropped."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        for field, label, value in parse_fields(line):
            if value and value not in PLACEHOLDERS:
                out.setdefault(field, []).append((label, value))
    return out


def first(found: dict[str, list[tuple[str, str]]], field: str) -> str:
    values = found.get(field)
    return values[0][1] if values else ""


def views(found: dict[str, list[tuple[str, str]]]) -> int | None:
    """阅读量/浏览次数/点击数 as an int; JS-filled counters ("点击：次") give None."""
    for _, value in found.get("views", []):
        m = re.match(r"\d[\d,]*", value)
        if m:
            return int(m.group().replace(",", ""))
    return None


_CRUMB_SEP = re.compile(r"\s*" + CRUMB_SEP + r"\s*")
_CRUMB_HEAD = re.compile(r"^.*?(?:" + BREADCRUMB_HEAD + r")\s*[:：]?\s*")
_CRUMB_START = re.compile(r"^\s*(?:" + BREADCRUMB_HEAD + r")\s*[:：]|^\s*(?:" + SITE_HOME + r")\s*" + CRUMB_SEP)


def column_from_breadcrumb(line: str, title: str = "") -> str:
    """Leaf of "当前位置：首页 > 医院动态 > 医院新闻" that is a column, not the article itself."""
    body = _CRUMB_HEAD.sub("", line, count=1)
    parts = [p.strip() for p in _CRUMB_SEP.split(body) if p.strip()]
    while parts and (parts[-1] in CRUMB_LEAF_STOP or (title and parts[-1] in title and len(parts[-1]) > 8)):
        parts.pop()
    return parts[-1] if len(parts) >= 2 else ""


def crumb_leaf(line: Line) -> str:
    """The last crumb of a breadcrumb when the crumbs before it are links and it is not: the page's own
    name ("您的位置：主页 > 艺术史研究 > 第一编 古代"), "" otherwise (a leaf that links is a column)."""
    if not line.link_chars or not is_breadcrumb(line.text):
        return ""
    parts = [p.strip() for p in _CRUMB_SEP.split(_CRUMB_HEAD.sub("", line.text, count=1)) if p.strip()]
    if len(parts) < 2 or parts[-1] in CRUMB_LEAF_STOP:
        return ""
    leaf = parts[-1]
    links = [a for a in line.holder.iter("a") if a.get("href")]
    return "" if links and "".join(leaf.split()) in "".join(text_of(links[-1]).split()) else leaf


def account_name(page: Page) -> str:
    """The publishing account of a WeChat article page (#js_name, .profile_nickname, .rich_media_meta_nickname):
    the first visible line of the first element so marked."""
    found: dict[str, str] = {}
    for el in page.marked:
        toks = page.tokens(el)
        for mark in ACCOUNT_TOKENS:
            if mark in toks and mark not in found and el not in page.hidden and (text := shown_text(page, el)):
                found[mark] = text
    return next((found[m] for m in ACCOUNT_TOKENS if m in found), "")


def is_breadcrumb(line: str) -> bool:
    return bool(_CRUMB_START.match(line))




def credits(value: str) -> tuple[str, str] | None:
    """(source, author) from a 来源 value made of photo/text credits ("文| 宣传科 张三 图| 宣传科 李四").

    The 文 credit names the writing unit and its writer: the unit becomes the source and
    the writer the author; a credit of one unit (宣传科) or one person is the source or the
    author alone. The photo credit is dropped. None when ``value`` is an ordinary source name.
    """
    m = TEXT_CREDIT.search(value)
    if not m:
        return None
    credit = m.group("credit")
    parts = credit.split()
    if len(parts) >= 2 and PERSON.match(parts[-1]):
        return " ".join(parts[:-1]), parts[-1]
    return (credit, "") if UNIT.search(credit) or not PERSON.match(credit) else ("", credit)
