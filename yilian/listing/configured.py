"""A source's list page read the way its config says: its own selectors where it gives them, the
detector for the rest (a source may give only `next_page`, or only `article_links`)."""

from __future__ import annotations

from parsel import Selector as ParselSelector

from yilian.listing.detect import ListedLink, ListPage, detect, link_url
from yilian.sources import Selector, Source


def select_urls(html: str, selector: Selector, base_url: str) -> list[str]:
    """Absolute URLs picked by a CSS/XPath selector, whether it selects <a> elements or href strings."""
    page = ParselSelector(text=html, type="html", base_url=base_url)
    found = page.css(selector.css) if selector.css else page.xpath(selector.xpath)
    urls = []
    for node in found:
        href = node.root if isinstance(node.root, str) else node.attrib.get("href")
        if url := link_url(href, base_url):
            urls.append(url)
    return list(dict.fromkeys(urls))


def read_list(source: Source, html: str, url: str) -> ListPage:
    found = detect(html, url)
    if source.article_links is None and source.next_page is None:
        return found
    articles = found.articles
    if source.article_links is not None:
        titles = {a.url: a for a in found.articles}
        articles = tuple(titles.get(u) or ListedLink(u, "", None) for u in select_urls(html, source.article_links, url))
    next_page = found.next_page
    if source.next_page is not None:
        next_page = next(iter(select_urls(html, source.next_page, url)), None)
    return ListPage(articles, next_page, found.pages, found.score)
