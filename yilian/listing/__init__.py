"""List pages understood without selectors: article links with titles and dates, and the pager.

Pure functions over decoded HTML (no Scrapy, no network): the crawler, `yilian sources check` and
the benchmark call the same :func:`detect`.
"""

from yilian.listing.detect import ListedLink, ListPage, detect

__all__ = ["ListPage", "ListedLink", "detect"]
