"""Publication date: every written form parsed, every place it can be found a candidate, one scorer.

Candidates come from meta tags (many keys, itemprop), JSON-LD ``datePublished`` (read before
scripts are dropped), ``<time datetime>``, labeled lines and metadata tables (发布日期：…),
unlabeled dates on the lines around the title, WeChat's publish-time script variables, the
URL path (``/t20210517_``, ``/2021/05/17/``, ``/art/2023/5/17/``) and a date line closing the
body. Two-digit years and month-day forms ("10-08 12:00") are completed from the year another
source gives. The scorer prefers labeled and byline dates near the title, rewards agreement
between independent sources, and penalises dates in link lists and sidebars, "今天是…"
banners, dates after the crawl and dates contradicting the URL. 成文日期 is never a
publication date. Evidence names the rule; meta, JSON-LD, script and URL dates are not
shown on the page (:func:`shown`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from yilian.clean.extract import cues
from yilian.clean.extract import fields
from yilian.clean.extract.fields import parse_fields
from yilian.clean.extract.page import Line, Page, text_of
from yilian.clean.extract.scoring import Candidate, best

_TIME = r"(?:\s*(?:[T\s,]|上午|下午|早上|晚上)?\s*(?P<H>\d{1,2})\s*[:：时時]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?(?:\s*(?P<ap>[AaPp][Mm]))?)?"
# the time may be glued to the day when both sit in adjacent inline elements ("2005.08.2605:39")
_DATE = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*"
    r"(?P<d>\d{2}(?=\d{1,2}[:：]\d{2})|\d{1,2}(?!\d))\s*[日号]?" + _TIME
)
# "18-03-08", also with the time glued on ("18-03-0823:16")
_YY_DATE = re.compile(r"(?<![\d.:/-])(?P<y>\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{2}(?=\d{1,2}[:：])|\d{1,2}(?![\d.:/-]))" + _TIME)
_MAY_DATE = re.compile(r"\d|[〇○年]")
_YEAR_LINE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年?\s*$")
_MD_LINE = re.compile(r"^\s*(?P<m>\d{1,2})\s*[-/月.]\s*(?P<d>\d{1,2})\s*日?\s*$")
# a date card: month-day and year in adjacent elements, glued once linearised ("12-092022", "2022 12-09")
_CARD_LINE = re.compile(
    r"^\s*(?:(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?\s*[/|]?\s*(?P<y>(?:19|20)\d{2})\s*年?"
    r"|(?P<y2>(?:19|20)\d{2})\s*年?\s*[/|]?\s*(?P<m2>\d{1,2})\s*[-/.月]\s*(?P<d2>\d{1,2})\s*日?)\s*$")
_MD_DATE = re.compile(r"(?<![\d.:/年-])(?P<m>\d{1,2})\s*(?:[-/]|月)\s*(?P<d>\d{1,2})(?![\d.:/])\s*[日号]?" + _TIME)
_NUM_DMY = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME)
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0}
_CN_DATE = re.compile(
    r"(?P<y>[〇零○ＯO一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)
_LATIN_WORD = re.compile(r"[A-Za-z]{3}")  # an English month name needs three letters
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MON = r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
_EN_DATE = re.compile(
    rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?:{_WDAY}\s+)?(?P<y>(?:19|20)\d{{2}})\b" + _TIME
    + r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?P<y2>(?:19|20)\d{2})\b",
    re.I,
)
_URL_DATES = (
    re.compile(r"/t(?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})_"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})[-_/]?(?P<m>0[1-9]|1[0-2])[-_/]?(?P<d>0[1-9]|[12]\d|3[01])(?:/|_|\.s?html?)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/"),
    re.compile(r"[/_-](?P<y>20\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{0,8}\.s?html?"),
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})[-_/]?(?P<m>0[1-9]|1[0-2])/")
_CHINA = timezone(timedelta(hours=8))
HIDDEN_RULES = ("meta", "jsonld", "script", "url", "attr")
LINE_MAX = 70  # a line longer than this with sentence punctuation is prose: its dates are events
NEAR_TITLE = 6  # lines after the title where the byline sits
MIN_SCORE = 1.0  # a date with less going for it (a lone date far from the title, in a list) is no date
IN_LINK = 0.7  # link share of a line whose date belongs to the link (a related item's date)
_JSONLD_KEYS = ("datePublished", "dateCreated", "uploadDate", "dateModified")


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
    if not (1990 <= y <= 2040 and 1 <= m <= 12 and 1 <= d <= 31):
        return False
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _time(m: re.Match) -> str | None:
    if m["H"] is None:
        return None
    h, mi = int(m["H"]), int(m["M"])
    ap = (m["ap"] or "").lower()
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    elif "下午" in m.group(0) and h < 12 or "晚上" in m.group(0) and h < 12:
        h += 12
    if h >= 24 or mi >= 60:
        return None
    return f"{h:02d}:{mi:02d}" + (f":{m['S']}" if m["S"] else "")


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}"


def find_dates(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, YYYY-MM-DD, HH:MM[:SS] or None) for every full date written in ``text``."""
    out = []
    for m in _DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            out.append((m.start(), _iso(y, mo, d), _time(m)))
    if "年" in text:
        for m in _CN_DATE.finditer(text):
            y, mo, d = _cn_number(m["y"]), _cn_number(m["m"]), _cn_number(m["d"])
            if _valid(y, mo, d):
                out.append((m.start(), _iso(y, mo, d), None))
    if not out and _LATIN_WORD.search(text):
        for m in _EN_DATE.finditer(text):
            mon = (m["mon"] or m["mon2"])[:3].lower()
            y, d = int(m["y"] or m["y2"]), int(m["d"] or m["d2"])
            if _valid(y, _MONTHS[mon], d):
                out.append((m.start(), _iso(y, _MONTHS[mon], d), _time(m) if m["y"] else None))
    if len(out) > 1:
        out.sort()
    return out


def partial_dates(text: str) -> list[tuple[int, int | None, int, int, str | None]]:
    """(offset, two-digit year or None, month, day, time) of dates written without a full year:
    "18-03-08", "10-08 12:00", "5月17日", "06/02/2022"-style orders are in :func:`numeric_orders`."""
    out = []
    for m in _YY_DATE.finditer(text):
        mo, d = int(m["m"]), int(m["d"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append((m.start(), int(m["y"]), mo, d, _time(m)))
    if not out:
        for m in _MD_DATE.finditer(text):
            mo, d = int(m["m"]), int(m["d"])
            if 1 <= mo <= 12 and 1 <= d <= 31 and ("月" in m.group(0) or m["H"] is not None):
                out.append((m.start(), None, mo, d, _time(m)))
    return out


def numeric_orders(text: str) -> list[tuple[str, str | None, bool]]:
    """d/m/yyyy or m/d/yyyy readings of "06/02/2022": (date, time, ambiguous)."""
    out = []
    for m in _NUM_DMY.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        readings = {_iso(y, mo, d) for mo, d in ((a, b), (b, a)) if _valid(y, mo, d)}
        for r in sorted(readings):
            out.append((r, _time(m), len(readings) > 1))
    return out


def is_date_only(line: str) -> bool:
    """A line that is nothing but a date ("2023/08/03", "2021年5月17日", "二〇二一年五月十七日")."""
    line = line.strip()
    return bool(_DATE.fullmatch(line) or _CN_DATE.fullmatch(line))


def parse_date(text: str) -> tuple[str, str | None] | None:
    """The first date in ``text`` (a label's value, a meta tag), or None."""
    found = find_dates(text)
    if found:
        return found[0][1], found[0][2]
    text = text.strip()
    if text.isdigit() and len(text) in (10, 13):  # Unix seconds or milliseconds
        return _from_stamp(int(text[:10]))
    return None


def _from_stamp(seconds: int) -> tuple[str, str | None] | None:
    try:
        stamp = datetime.fromtimestamp(seconds, _CHINA)
    except (OverflowError, OSError, ValueError):
        return None
    return (stamp.strftime("%Y-%m-%d"), stamp.strftime("%H:%M")) if _valid(stamp.year, stamp.month, stamp.day) else None


def from_url(url: str) -> str | None:
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if m:
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if _valid(y, mo, d):
                return _iso(y, mo, d)
    return None


def shown(evidence: str | None) -> bool:
    """Whether a date's evidence is text shown on the page in full: not a meta tag, JSON-LD, a script,
    an attribute or the URL, and not a month-day whose year came from one of those."""
    return bool(evidence) and not evidence.startswith(HIDDEN_RULES) and "+year" not in evidence


@dataclass(slots=True)
class Context:
    """What the date scorer knows of the rest of the page."""

    url: str
    title_line: int  # index of the title's line, -1 when unknown
    body_first: int  # indices of the body's first and last lines
    body_last: int
    today: date


def _candidate(value: str, time: str | None, rule: str, line: int = -1, node=None) -> Candidate:
    c = Candidate(value, rule, node, line, extra=time)
    return c


def _meta_candidates(page: Page) -> list[Candidate]:
    out = []
    for key in cues.META_DATE_KEYS:
        raw = page.meta.get(key)
        if raw and (parsed := parse_date(raw)):
            out.append(_candidate(parsed[0], parsed[1], f"meta:{key}"))
    for obj in page.jsonld:
        for key in _JSONLD_KEYS:
            raw = obj.get(key)
            if isinstance(raw, str) and (parsed := parse_date(raw)):
                out.append(_candidate(parsed[0], parsed[1], f"jsonld:{key}"))
                break
    for key, raw in page.script_dates:
        parsed = parse_date(raw)
        if parsed:
            out.append(_candidate(parsed[0], parsed[1], f"script:{key}"))
    return out


def _element_candidates(page: Page) -> list[Candidate]:
    """<time datetime> and itemprop=datePublished elements shown on the page."""
    out = []
    for el in page.root.iter("time", "span", "div", "p", "em", "abbr"):  # <meta> is read with the meta tags
        prop = el.get("itemprop")
        if prop is not None:
            prop = prop.lower()
        elif el.tag != "time":
            continue
        if el.tag != "time" and prop not in ("datepublished", "datecreated"):
            continue
        raw = el.get("datetime") or el.get("content") or ""
        shown_date = parse_date(text_of(el))
        parsed = parse_date(raw) or shown_date
        if parsed:
            # the attribute's day counts as shown only when the element's text prints it in full
            rule = ("itemprop:datePublished" if prop else "time:datetime") if shown_date else "attr:datetime"
            out.append(_candidate(parsed[0], parsed[1], rule, page.line_at(el), el))
    return out


def _line_candidates(page: Page, written: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    lines = page.lines
    for line in lines:
        if (y := _YEAR_LINE.match(line.text)) is not None:  # "2019" / "09/07" / "19:02" in separate elements
            for nxt in lines[line.index + 1 : line.index + 3]:
                if (md := _MD_LINE.match(nxt.text)) and _valid(int(y["y"]), int(md["m"]), int(md["d"])):
                    out.append(_candidate(_iso(int(y["y"]), int(md["m"]), int(md["d"])), None, "line:split", nxt.index, nxt.holder))
                    break
        text = line.text
        if not _MAY_DATE.search(text):
            continue
        prose = len(text) > LINE_MAX and bool(cues.SENTENCE_PUNCT.search(text))
        labeled = False
        if ":" in text or "：" in text or len(text) <= 60:
            for fld, label, value in parse_fields(text):
                if fld not in ("published", "written_at"):
                    continue
                parsed = parse_date(value)
                cands = [_candidate(parsed[0], parsed[1], f"label:{label}", line.index, line.holder)] if parsed else []
                if not parsed:
                    cands = _partial(value, f"label:{label}", line)
                if fld == "written_at":
                    written.extend(cands)
                else:
                    out.extend(cands)
                    labeled = labeled or bool(cands)
        if labeled or prose:
            continue
        full = find_dates(text)
        if full:
            _, value, time = full[0]
            out.append(_candidate(value, time, "line", line.index, line.holder))
        elif (card := _CARD_LINE.match(text)) and _valid(
                y := int(card["y"] or card["y2"]), mo := int(card["m"] or card["m2"]), d := int(card["d"] or card["d2"])):
            out.append(_candidate(_iso(y, mo, d), None, "line:split", line.index, line.holder))
        elif len(text) <= 40:
            for value, time, ambiguous in numeric_orders(text):
                c = _candidate(value, time, "line:numeric", line.index, line.holder)
                c.add("ambiguous", -1.5 if ambiguous else 0)
                out.append(c)
            if not out or out[-1].line != line.index:
                out.extend(_partial(text, "line", line))
    return out


def _partial(text: str, rule: str, line: Line) -> list[Candidate]:
    """Dates without a full year, completed later from another source's year."""
    out = []
    for _, yy, mo, d, time in partial_dates(text)[:1]:
        # "+yy": a two-digit year printed; "+year": no year printed, it comes from another source
        c = _candidate(f"{yy if yy is not None else -1}|{mo}|{d}", time, rule + ("+yy" if yy is not None else "+year"),
                       line.index, line.holder)
        out.append(c)
    return out


def _complete(cands: list[Candidate], years: set[int], ctx: Context) -> list[Candidate]:
    """Partial dates given the year another source states (URL, meta, JSON-LD, script); dropped without one."""
    out = []
    for c in cands:
        if "|" not in c.value:
            out.append(c)
            continue
        yy, mo, d = (int(x) for x in c.value.split("|"))
        fits = [y for y in years if (yy < 0 or y % 100 == yy) and _valid(y, mo, d)]
        if yy >= 0 and not fits and _valid(2000 + yy, mo, d) and 2000 + yy <= ctx.today.year:
            fits = [2000 + yy]  # "18-03-08" with no other year given: this century
        if len(fits) == 1:
            c.value = _iso(fits[0], mo, d)
            out.append(c)
    return out


def _score(c: Candidate, ctx: Context, page: Page, url_date: str | None, same_day: dict[str, dict[str, set[int]]],
           dated: set[int]) -> None:
    rule = c.rule
    kind = rule.split(":", 1)[0].split("+", 1)[0]
    label = rule.split(":", 1)[1].split("+", 1)[0] if ":" in rule else ""
    if kind == "label":
        c.add("label", 6.0 if label in cues.PUBLISHED_STRONG else 4.0 if label not in cues.LATE_DATE_LABELS else 3.5)
        if label == "更新时间":
            c.add("updated", -1.0)
    elif kind in ("itemprop", "time", "attr"):
        c.add(kind, 5.5 if kind == "itemprop" else 4.5 if kind == "time" else 4.0)
    elif kind == "meta":
        c.add("meta", 4.5)
    elif kind == "jsonld":
        c.add("jsonld", 4.5 if label != "dateModified" else 2.0)
    elif kind == "script":
        c.add("script", 4.0)
    elif kind == "url":
        c.add("url", 3.0)
    elif kind == "body_end":
        c.add("body_end", 3.5)
    else:  # an unlabeled date on a line
        c.add("line", 1.0)
    if "+year" in rule or "+yy" in rule:
        c.add("year_from_elsewhere" if "+year" in rule else "two_digit_year", -0.5)
    if c.extra:
        c.add("time", 0.5)
    near = False
    if c.line >= 0:
        line = page.lines[c.line]
        near = _score_position(c, line, ctx, kind)
        if line.link_chars > IN_LINK * line.chars:
            c.add("in_link", -4.0)
        if cues.BANNER.search(line.text) and kind != "label":
            c.add("banner", -8.0)
        if not near and _in_chrome(c.node, page, ctx):
            c.add("sidebar", -3.0)
        if kind == "line":
            if len(line.text) <= 30:
                c.add("short_line", 1.0)
            if fields.label_hits(line.text) or cues.BYLINE_WORDS.search(line.text):
                c.add("byline", 1.0)
            if not near and sum(1 for i in range(c.line - 3, c.line + 4) if i in dated) >= 3:
                c.add("dated_list", -2.0)  # one of several neighbouring dated lines: a list, not a byline
    try:
        day = date.fromisoformat(c.value)
    except ValueError:
        c.add("invalid", -100.0)
        return
    if day > ctx.today:
        c.add("future", -100.0)
    if url_date and kind != "url":
        gap = abs((day - date.fromisoformat(url_date)).days)
        c.add("url_agrees" if gap == 0 else "url_contradicts", 1.5 if gap == 0 else -1.0 if gap <= 3 else -2.5)
    # independent sources stating the same day: other families, found on other lines than this one
    families = sum(1 for fam, lines in same_day.get(c.value, {}).items()
                   if fam != "url" and (fam != kind or len(lines) > 1) and any(i != c.line or i < 0 for i in lines))
    c.add("agreement", min(families, 2) * 1.0)


def _score_position(c: Candidate, line: Line, ctx: Context, kind: str) -> bool:
    """Position features; True when the date sits in the byline zone (just under the title)."""
    i = c.line
    near = False
    if ctx.title_line >= 0:
        gap = i - ctx.title_line
        if 0 <= gap <= NEAR_TITLE:
            weight = 3.0 if gap <= 1 else 2.5 if gap == 2 else 2.0 if gap <= 4 else 1.5
            c.add("near_title", weight if kind == "line" else weight / 2)
            near = True
        elif -3 <= gap < 0:
            c.add("above_title", 1.0 if kind == "line" else 0.5)
            near = True
        elif kind == "line" and not (ctx.body_first <= i <= ctx.body_last + 3):
            c.add("far_from_title", -1.0)
    if ctx.body_first >= 0:
        if ctx.body_first <= i <= ctx.body_last:
            into = i - ctx.body_first
            if into > 3 and i < ctx.body_last - 3:
                c.add("in_body_text", -3.0)
        elif i > ctx.body_last + 8:
            c.add("far_below_body", -1.5)
        elif 0 < ctx.body_first - i <= 6 and not near:
            c.add("above_body", 1.5 if kind == "line" else 0.5)
            near = True
    return near


def _in_chrome(node, page: Page, ctx: Context) -> bool:
    """Inside a link list or an element classed as chrome (sidebar, footer, related list), looking
    no higher than the first ancestor that also holds the body's text."""
    body_pos = page.lines[ctx.body_first].pos if 0 <= ctx.body_first < len(page.lines) else -1
    el = node
    depth = 0
    while el is not None and depth < 8:
        if isinstance(el.tag, str):
            st = page.stats.get(el)
            if st is not None and body_pos >= 0 and st.start <= body_pos <= st.end:
                return False
            if st is not None and st.links >= 3 and st.link_chars >= 0.5 * st.chars and st.chars > 40:
                return True
            toks = page.tokens(el)
            if toks & cues.NEGATIVE_TOKENS and not toks & cues.POSITIVE_TOKENS:
                return True
        el = el.getparent()
        depth += 1
    return False


@dataclass(slots=True)
class Collected:
    candidates: list[Candidate]
    written: list[Candidate]  # 成文日期 candidates, kept apart
    years: set[int]  # years stated by sources other than the page's text

    def lines(self) -> set[int]:
        """Lines holding a date shown on the page: the byline a title sits above."""
        return {c.line for c in self.candidates if c.line >= 0}


def collect(page: Page, url: str, body_tail: list[Line]) -> Collected:
    """Every date candidate of the page, partial dates completed, not yet scored."""
    written: list[Candidate] = []
    cands = _meta_candidates(page) + _element_candidates(page) + _line_candidates(page, written)
    url_date = from_url(url)
    if url_date:
        cands.append(_candidate(url_date, None, "url"))
    for line in body_tail[-3:]:
        if len(line.text) <= 40 and line.link_chars <= IN_LINK * line.chars and (parsed := parse_date(line.text)):
            cands.append(_candidate(parsed[0], parsed[1], "body_end", line.index, line.holder))
    years = {int(c.value[:4]) for c in cands if "|" not in c.value and c.rule.startswith(HIDDEN_RULES)}
    if not years:
        m = _URL_MONTH.search(url.split("?", 1)[0])
        if m:
            years.add(int(m["y"]))
    return Collected(cands, written, years)


def choose(found: Collected, page: Page, ctx: Context) -> tuple[Found | None, str | None]:
    """(publication date, 成文日期): the best-scored candidates."""
    cands = _complete(found.candidates, found.years, ctx)
    url_date = from_url(ctx.url)
    same_day: dict[str, dict[str, set[int]]] = {}
    for c in cands:
        same_day.setdefault(c.value, {}).setdefault(c.rule.split(":", 1)[0].split("+", 1)[0], set()).add(c.line)
    dated = {c.line for c in cands if c.line >= 0}
    for c in cands:
        _score(c, ctx, page, url_date, same_day, dated)
    found.candidates = cands
    top = best(cands, floor=MIN_SCORE)
    written = best(_complete(found.written, found.years, ctx))
    written_at = written.value if written else None
    if top is None:
        return None, written_at
    # Where the winner came from a meta tag, URL or script but the same day is printed on the page, say so.
    if not shown(top.rule):
        seen = [c for c in cands if c.value == top.value and shown(c.rule) and c.score > 0]
        if seen:
            top = max(seen, key=lambda c: c.score)
    time = top.extra or next((c.extra for c in cands if c.value == top.value and c.extra), None)
    return Found(top.value, time, top.rule), written_at
