"""Article extraction: ``extract(DecodedPage) -> Article``.

The page is parsed once (tree.py); the prose container is located (body.py);
title (title.py), labeled fields (fields.py), dates (dates.py) and media
(media.py) are read from the tree and its lines; nonarticle.py decides whether
the page is an article at all. Each module is a set of pure functions.
"""

from __future__ import annotations

from yilian.clean.extract import body as body_mod
from yilian.clean.extract import dates, fields, media, nonarticle
from yilian.clean.extract import title as title_mod
from yilian.clean.extract.tree import MARK, lines, metas, parse
from yilian.records import Article, DecodedPage

_LATE_DATE_LABELS = ("时间", "日期", "時間", "更新时间", "更新時間")
_META_SOURCE_KEYS = ("contentsource", "source", "og:article:source")
_META_COLUMN_KEYS = ("columnname", "column", "category")


def _first_prose_pos(container, order, stats) -> int:
    """Document position where the body's prose starts: headings before it are title candidates."""
    for el in container.iter():
        if stats.prose.get(el, 0.0) > 0 and body_mod.prose_score(el.text) > 0:
            return order.get(el, 0)
    return order.get(container, 0)


def _split_mark(page_lines: list[str]) -> tuple[list[str], list[str]]:
    if MARK in page_lines:
        i = page_lines.index(MARK)
        return page_lines[:i], page_lines[i + 1 :]
    return page_lines, []


def _after_title(header: list[str], title: str, span: int = 4) -> list[str]:
    """The few lines right under the title's last appearance: where a byline date sits."""
    key = title_mod.compact(title)[:12]
    for i in range(len(header) - 1, -1, -1):
        if key and key in title_mod.compact(header[i]):
            return header[i + 1 : i + 1 + span]
    return []


def _published_labels(found: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    labeled = found.get("published", [])
    return [lv for lv in labeled if lv[0] not in _LATE_DATE_LABELS] + [lv for lv in labeled if lv[0] in _LATE_DATE_LABELS]


def _column(header: list[str], raw: list[str], title: str, meta: dict[str, str]) -> str:
    for key in _META_COLUMN_KEYS:
        if meta.get(key):
            return meta[key]
    for line in header + raw[: title_mod.TOP_LINES]:
        if fields.is_breadcrumb(line):
            return fields.column_from_breadcrumb(line, title)
    return body_mod.column_label(raw, title)


def extract(doc: DecodedPage) -> Article:
    """Title, dates, labeled fields, main text and media of one decoded page."""
    root = parse(doc.html)
    meta = metas(root)
    stats = body_mod.measure(root)
    container = body_mod.find_container(root, stats)
    order = {el: i for i, el in enumerate(root.iter())}

    page = root.find("body")
    header, footer = _split_mark(lines(page if page is not None else root, mark=container))
    raw = lines(container, skip=body_mod.boilerplate_filter(stats, media.captions(container)))
    labeled_title = fields.first(fields.collect(header), "title") or fields.first(
        fields.collect(raw[: title_mod.TOP_LINES]), "title"
    )
    title, heading = title_mod.pick(root, meta, order, _first_prose_pos(container, order, stats), labeled_title)
    if not title:  # a flat page: no heading markup, no usable <title>
        title = title_mod.from_lines(raw) or title_mod.site_title(meta)
    subtitle = title_mod.subtitle(heading, root)
    paragraphs, meta_lines, top_subtitle = body_mod.clean_lines(raw, title, subtitle)
    paragraphs, signature = body_mod.split_signature(paragraphs)
    found = fields.collect(header + meta_lines + footer)

    date = dates.pick(
        meta,
        _published_labels(found),
        _after_title(header, title) + meta_lines,
        doc.url,
        signature + paragraphs[-3:],
        header + footer,
        doc.html,
    )
    written = dates.parse_date(fields.first(found, "written_at"))
    body = "\n".join(paragraphs)
    reason = nonarticle.classify(root, title, body)
    source = fields.first(found, "source") or next((meta[k] for k in _META_SOURCE_KEYS if meta.get(k)), "")
    author = fields.first(found, "author")
    if credited := fields.credits(source):
        source, author = credited[0], author or credited[1]
    return Article(
        url=doc.url,
        title=title,
        subtitle=subtitle or top_subtitle,
        published_at=date.date if date else None,
        published_time=date.time if date else None,
        date_evidence=date.evidence if date else None,
        written_at=written[0] if written else None,
        source=source or fields.account_name(root),
        author=author,
        editor=fields.first(found, "editor"),
        issuer=fields.first(found, "issuer"),
        index_no=fields.first(found, "index_no"),
        topic=fields.first(found, "topic"),
        doc_no=fields.first(found, "doc_no"),
        column=_column(header, raw, title, meta),
        views=fields.views(found),
        attachments=media.attachments(root, doc.url),
        images=media.images(container, doc.url),
        tables=media.tables(container),
        body=body,
        is_article=reason is None,
        non_article_reason=reason,
        encoding=doc.encoding,
        flags=list(doc.flags),
        damage=list(doc.damage),
    )
