"""Publication date: parse the many written forms, then pick by strength of evidence.

Evidence order: government/OG meta tags, labeled lines (发布日期/发布时间/时间/日期,
metadata tables), WeChat's publish-time script variables, an unlabeled date between the title and the body, the URL
(/202105/t20210517_123.html, /2021/05/17/), a date line closing the body, and
only then any date on the page (sidebars). Dates inside the prose never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(?:[T\s])?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0}
_CN_DATE = re.compile(
    r"(?P<y>[〇零○ＯO一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)
_URL_DATES = (
    re.compile(r"/t(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_"),
    re.compile(r"/(?P<y>20\d{2})[-/_]?(?P<m>\d{2})[-/_]?(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>20\d{2})(?P<m>\d{2})/(?P<d>\d{2})/"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})/"),
)
META_KEYS = (
    "pubdate", "publishdate", "article:published_time", "og:release_date", "published_time",
    "dc.date.issued", "dc.date", "publish_date", "firstpublishedtime", "weibo: article:create_at",
)


# WeChat article pages fill <em id="publish_time"> from script variables, which parsing drops.
_SCRIPT_TIME = re.compile(r"""\b(?:var\s+)?createTime\s*=\s*['"]([^'"]{8,25})['"]""")
_SCRIPT_CT = re.compile(r"""\bvar\s+ct\s*=\s*['"]?(\d{10})\b""")
_CHINA = timezone(timedelta(hours=8))


@dataclass(slots=True, frozen=True)
class Found:
    date: str  # YYYY-MM-DD
    time: str | None
    evidence: str


def _cn_number(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _valid(y: int, m: int, d: int) -> bool:
    return 1990 <= y <= 2040 and 1 <= m <= 12 and 1 <= d <= 31


def find_dates(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, YYYY-MM-DD, HH:MM[:SS] or None) for every full date written in ``text``."""
    out = []
    for m in _DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not _valid(y, mo, d):
            continue
        time = None
        if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
            time = f"{int(m['H']):02d}:{m['M']}" + (f":{m['S']}" if m["S"] else "")
        out.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}", time))
    if "年" in text:
        for m in _CN_DATE.finditer(text):
            y, mo, d = _cn_number(m["y"]), _cn_number(m["m"]), _cn_number(m["d"])
            if _valid(y, mo, d):
                out.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}", None))
        out.sort()
    return out


def is_date_only(line: str) -> bool:
    """A line that is nothing but a date ("2023/08/03", "2021年5月17日", "二〇二一年五月十七日")."""
    line = line.strip()
    return bool(_DATE.fullmatch(line) or _CN_DATE.fullmatch(line))


def parse_date(text: str) -> tuple[str, str | None] | None:
    """The first date in ``text`` (a label's value, a meta tag), or None."""
    found = find_dates(text)
    return (found[0][1], found[0][2]) if found else None


def from_url(url: str) -> str | None:
    path = url.split("?", 1)[0]
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if m:
            y, mo = int(m["y"]), int(m["m"])
            d = int(m["d"])
            if _valid(y, mo, d):
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def from_meta(meta: dict[str, str]) -> Found | None:
    for key in META_KEYS:
        if key in meta and (parsed := parse_date(meta[key])):
            return Found(parsed[0], parsed[1], f"meta:{key}")
    return None


def from_script(html: str) -> Found | None:
    """WeChat's ``var createTime = '2022-05-18 17:00'`` or Unix ``var ct = "1652864400"`` (China time)."""
    if "createTime" in html and (m := _SCRIPT_TIME.search(html)) and (parsed := parse_date(m.group(1))):
        return Found(parsed[0], parsed[1], "script:createTime")
    if "var ct" in html and (m := _SCRIPT_CT.search(html)):
        stamp = datetime.fromtimestamp(int(m.group(1)), _CHINA)
        if _valid(stamp.year, stamp.month, stamp.day):
            return Found(stamp.strftime("%Y-%m-%d"), stamp.strftime("%H:%M"), "script:ct")
    return None


def from_labels(labeled: list[tuple[str, str]]) -> Found | None:
    """First labeled value that parses; 发布日期-style labels were put before bare 时间/日期 by the caller."""
    for label, value in labeled:
        if parsed := parse_date(value):
            return Found(parsed[0], parsed[1], f"label:{label}")
    return None


def from_lines(lines: list[str], evidence: str, max_len: int = 60) -> Found | None:
    """A date standing (almost) alone on a short line: the byline under a title, a signature date."""
    for line in lines:
        if len(line) <= max_len and (parsed := parse_date(line)):
            return Found(parsed[0], parsed[1], evidence)
    return None


def pick(
    meta: dict[str, str],
    labeled: list[tuple[str, str]],
    near_title: list[str],
    url: str,
    body_tail: list[str],
    page: list[str],
    html: str = "",
) -> Found | None:
    """Strongest available evidence wins; the crawl date is never a candidate."""
    found = from_meta(meta) or from_labels(labeled) or from_script(html) or from_lines(near_title, "near_title")
    if found:
        return found
    if url_date := from_url(url):
        return Found(url_date, None, "url")
    return from_lines(body_tail, "body_end", max_len=40) or from_lines(page, "page", max_len=200)
