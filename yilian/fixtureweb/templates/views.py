"""What a template is given: display-ready views of one article page or one list page.

Text fields ending in ``_html`` are already escaped (and carry pinyin readings or mojibake when
the page is damaged); templates only arrange them, so the same corpus renders through any template.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    href: str
    title: str
    date: str = ""


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    caption_html: str
    alt: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    href: str
    name: str


@dataclass(frozen=True, slots=True)
class ArticleView:
    path: str
    number: int  # the CMS document number, part of the URL
    title: str  # plain title for <title> and meta tags (damaged like the page when it is)
    title_html: str
    subtitle_html: str
    paragraphs_html: tuple[str, ...]
    published_at: str  # YYYY-MM-DD
    published_time: str | None
    source: str  # plain, for meta tags
    source_html: str
    author_html: str
    views: int
    images: tuple[Image, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()  # a member list and the like, first row the header
    attachments: tuple[Attachment, ...] = ()
    prev: Link | None = None
    next: Link | None = None
    related: tuple[Link, ...] = ()
    index_no: str = ""
    topic: str = ""
    issuer: str = ""
    doc_no: str = ""
    repost_of: str | None = None


@dataclass(frozen=True, slots=True)
class ListView:
    path: str
    page_no: int  # 0-based
    page_count: int
    items: tuple[Link, ...]
    page_hrefs: tuple[str, ...]  # href of every page of this list, in order
