"""Build the whole fixture web once: every page as served bytes, plus the truth about each page.

The server only looks bytes up by path, and ``yilian.fixtureweb.truth`` reads the truth from the
same build, so what the tests expect is computed from exactly what was served.
"""

from __future__ import annotations

import dataclasses
import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from yilian.fixtureweb import assets
from yilian.fixtureweb.corpus import CORPUS_DIR, CorpusArticle, load_corpus
from yilian.fixtureweb.damage import gbk_out_of_step, text_html
from yilian.fixtureweb.script import to_script
from yilian.fixtureweb.sites import Site, resolve_sites
from yilian.fixtureweb.templates import template
from yilian.fixtureweb.templates.chrome import document
from yilian.fixtureweb.templates.views import ArticleView, Attachment, Image, Link, ListView
from yilian.fixtureweb.variants import vary

DEFAULT_MOJIBAKE_RATE = 0.06


# When the fixture web's pages were last modified (Last-Modified): a fixed time for the web as built,
# a later one for every page an edit changed, so conditional requests behave as on a real server.
BUILT_AT = datetime(2024, 1, 1, tzinfo=timezone.utc)
EDITED_AT = datetime(2025, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class Served:
    body: bytes
    content_type: str
    status: int = 200
    modified: datetime = BUILT_AT

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass(frozen=True, slots=True)
class Edits:
    """Changes to the web since it was first crawled: what incremental-crawl tests need.

    ``changed``: article paths whose text the site corrected (a paragraph added at the end).
    ``added``: site ids that published one new article (newest, so first on the first list page)."""

    changed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TruthArticle:
    """One served article page: where it is, what a perfect extractor returns, how it was served."""

    path: str
    site_id: str
    template: str
    corpus_id: str
    variant_of: str | None
    title: str
    subtitle: str
    published_at: str
    published_time: str | None
    source: str
    author: str
    editor: str
    body: str  # paragraphs joined by "\n", original script, undamaged
    tables: list[list[list[str]]]
    script: str
    region: dict[str, Any]
    publisher_region: dict[str, Any]
    alliance_forms: list[str]
    event_types: list[str]
    lead_org: str | None
    members: list[str]
    member_count: int | None
    relevant: bool
    repost_of: str | None
    images: list[dict[str, str]]
    attachments: list[dict[str, str]]
    encoding: str  # codec of the bytes
    header_charset: str | None
    meta_charset: str | None
    content_type: str
    damage: list[dict[str, Any]]
    recoverable: bool  # False when some characters are lost for good (gbk_out_of_step)
    damaged_title: str  # title as displayed (mojibake included, pinyin readings not)
    damaged_body: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class TruthPage:
    """A served page that is not an article: list, home, soft-404, login, search, attachment."""

    path: str
    site_id: str | None
    kind: str
    status: int = 200
    content_type: str = "text/html"
    article_paths: tuple[str, ...] = ()  # list pages: the articles linked, in order
    next_path: str | None = None  # list pages: the next page


@dataclass(slots=True)
class Web:
    sites: tuple[Site, ...] = ()
    pages: dict[str, Served] = field(default_factory=dict)
    articles: list[TruthArticle] = field(default_factory=list)
    others: list[TruthPage] = field(default_factory=list)
    soft404: dict[str, Served] = field(default_factory=dict)  # per site prefix, for unknown paths

    def add(self, path: str, served: Served, page: TruthPage | None = None) -> None:
        if path in self.pages:
            raise ValueError(f"two fixture pages at {path}")
        self.pages[path] = served
        if page is not None:
            self.others.append(page)

    def lookup(self, path: str) -> Served | None:
        """The page at ``path``; under a site prefix, unknown paths get its soft-404 (status 200)."""
        page = self.pages.get(path)
        if page is None:
            prefix = "/" + path.lstrip("/").split("/", 1)[0]
            page = self.soft404.get(prefix)
        return page


# ---- placing corpus articles on sites ---------------------------------------------------------


def localized(article: CorpusArticle, site: Site) -> CorpusArticle:
    """The article as ``site`` publishes it: Traditional sites convert Simplified text fields.
    Labels (members, lead organisation, regions) stay Simplified, as the corpus defines them."""
    if site.script != "zh-Hant" or article.script == "zh-Hant":
        return article

    def conv(text: str) -> str:
        return to_script(text, "zh-Hant")

    return dataclasses.replace(
        article,
        title=conv(article.title),
        subtitle=conv(article.subtitle),
        paragraphs=tuple(conv(p) for p in article.paragraphs),
        source=conv(article.source),
        author=conv(article.author),
        table=tuple(tuple(conv(c) for c in row) for row in article.table),
        images=tuple({**img, "caption": conv(img.get("caption", ""))} for img in article.images),
        attachments=tuple({**a, "name": conv(a.get("name", ""))} for a in article.attachments),
        script="zh-Hant",
    )


def assign(corpus: list[CorpusArticle], sites: tuple[Site, ...]) -> dict[str, list[CorpusArticle]]:
    """Articles per site: a corpus ``site`` wins, then a ``template`` match, then the same script;
    each site is then filled up to ``min_articles`` with variants."""
    by_site: dict[str, list[CorpusArticle]] = {s.id: [] for s in sites}
    for article in corpus:
        if article.site in by_site:
            by_site[article.site].append(article)
            continue
        candidates = (
            [s for s in sites if s.template == article.template]
            or [s for s in sites if s.script == article.script]
            or list(sites)
        )
        target = min(candidates, key=lambda s: len(by_site[s.id]))
        by_site[target.id].append(article)
    for site in sites:
        placed = by_site[site.id]
        pool = list(placed) or [a for a in corpus if a.script == site.script] or corpus
        k = 0
        while len(placed) < site.min_articles:
            k += 1
            placed.extend(vary(base, k, site.id) for base in pool[: site.min_articles - len(placed)])
    return {site.id: [localized(a, site) for a in by_site[site.id]] for site in sites}


# ---- rendering one article ---------------------------------------------------------------------


def _pick(seed: str, share: float) -> bool:
    return zlib.crc32(seed.encode("utf-8")) % 1000 < share * 1000


def reading_style(site: Site, article: CorpusArticle) -> str | None:
    if "pinyin_ruby" in article.damage:
        return "ruby"
    if "pinyin_plain" in article.damage:
        return "plain"
    if site.readings and _pick(article.id, site.readings_in_ruby_share):
        return "ruby"
    return site.readings


# Photo captions by event type, for articles the corpus gives no images: most hospital news carries
# one photo of the ceremony under the first paragraph. Captions are not part of the gold body.
CAPTIONS = {
    "成立": "图为成立大会现场", "签约": "图为签约仪式现场", "揭牌": "图为揭牌仪式现场",
    "会议/峰会": "图为会议现场", "培训": "图为培训现场", "义诊/巡诊": "图为专家为群众义诊",
    "帮扶/下沉": "图为专家在基层医院查房", "年度总结": "图为会议现场",
}


def photos(article: CorpusArticle) -> tuple[dict[str, str], ...]:
    """The corpus images, or for two articles in three a captioned photo of the event."""
    if article.images or zlib.crc32(article.id.encode("utf-8")) % 3 == 0:
        return article.images
    caption = next((CAPTIONS[e] for e in article.event_types if e in CAPTIONS), "图为活动现场")
    return ({"caption": to_script(caption, article.script)},)


def mojibake_rate(site: Site, article: CorpusArticle) -> float:
    if "no_damage" in article.damage:
        return 0.0
    if "gbk_out_of_step" in article.damage:
        return site.mojibake_rate or DEFAULT_MOJIBAKE_RATE
    return site.mojibake_rate


@dataclass(frozen=True, slots=True)
class Placed:
    """An article with its place on the site: number, path, list neighbours."""

    article: CorpusArticle
    number: int
    path: str


def _damaged_text(site: Site, article: CorpusArticle) -> tuple[str, str, list[dict[str, Any]]]:
    """Title and body as the page displays them, with a record of every damaged span."""
    title, body, spans = article.title, article.body, []
    rate = mojibake_rate(site, article)
    if rate:
        title, title_spans = gbk_out_of_step(title, rate, f"{article.id}:title", "title")
        body, body_spans = gbk_out_of_step(body, rate, f"{article.id}:body", "body")
        spans = title_spans + body_spans
    if site.stray_markup or "stray_markup" in article.damage:
        body, spans = _with_stray_markup(body, spans, zlib.crc32(article.id.encode("utf-8")))
    return title, body, spans


def _with_stray_markup(body: str, spans: list[dict[str, Any]], seed: int) -> tuple[str, list[dict[str, Any]]]:
    """A closing tag the CMS escaped into text at the end of one paragraph, as in "...》</span>"."""
    ends = [i for i, ch in enumerate(body) if ch == "\n"] + [len(body)]
    at = ends[seed % len(ends)]
    tag = "</span>"
    moved = [{**s, "offset": s["offset"] + len(tag)} if s["where"] == "body" and s["offset"] >= at else s for s in spans]
    record = {"kind": "stray_markup", "where": "body", "offset": at, "before": "", "after": tag, "recoverable": True}
    return body[:at] + tag + body[at:], moved + [record]


def article_page(site: Site, placed: Placed, neighbours: list[Placed], index: int) -> tuple[str, TruthArticle]:
    """Render one article page; return its HTML and its truth."""
    article, module = placed.article, template(site.template)
    style = reading_style(site, article)
    title, body, spans = _damaged_text(site, article)
    title_html, n_title = text_html(title, style)
    rendered = [text_html(p, style) for p in body.split("\n")]
    subtitle_html, n_sub = text_html(article.subtitle, style)
    source_html, _ = text_html(article.source, style)
    author_html, _ = text_html(article.author, style)
    uploads = f"{site.prefix}/uploads/{article.published_at[:7].replace('-', '')}"
    images = tuple(
        Image(src=f"{uploads}/{placed.number}_{i}.png", caption_html=text_html(img.get("caption", ""), style)[0],
              alt=img.get("caption", ""))
        for i, img in enumerate(photos(article), start=1)
    )
    files = tuple(
        Attachment(href=f"{uploads}/P{placed.number}_{i}{assets.served_suffix(a.get('name', ''))}", name=a.get("name", ""))
        for i, a in enumerate(article.attachments, start=1)
    )
    prev = neighbours[index - 1] if index > 0 else None
    nxt = neighbours[index + 1] if index + 1 < len(neighbours) else None
    related = tuple(
        Link(p.path, p.article.title, p.article.published_at)
        for p in (neighbours[max(0, index - 3): index] + neighbours[index + 1: index + 4])
    )
    view = ArticleView(
        path=placed.path, number=placed.number, title=title, title_html=title_html, subtitle_html=subtitle_html,
        paragraphs_html=tuple(html for html, _ in rendered), published_at=article.published_at,
        published_time=article.published_time, source=article.source, source_html=source_html,
        author_html=author_html, views=20 + zlib.crc32(placed.path.encode()) % 3000,
        images=images, table=article.table, attachments=files,
        prev=Link(prev.path, prev.article.title) if prev else None,
        next=Link(nxt.path, nxt.article.title) if nxt else None, related=related,
        index_no=f"{site.id}-{article.published_at[:4]}-{placed.number:06d}", topic="医疗卫生",
        issuer=site.name, repost_of=article.repost_of,
    )
    damage = spans[:]
    readings = n_title + n_sub + sum(n for _, n in rendered)
    if readings:
        damage.append({"kind": "pinyin_reading", "where": "title+body", "style": style, "count": readings,
                       "recoverable": True})
    truth = TruthArticle(
        path=placed.path, site_id=site.id, template=site.template, corpus_id=article.extra.get("variant_of", article.id),
        variant_of=article.extra.get("variant_of"), title=article.title, subtitle=article.subtitle,
        published_at=article.published_at, published_time=article.published_time, source=article.source,
        author=article.author, editor=article.editor, body=article.body,
        tables=[[list(row) for row in article.table]] if article.table else [], script=article.script, region=dict(article.region),
        publisher_region=dict(article.publisher_region) if article.site == site.id and article.publisher_region
        else {"province": site.province, "city": site.city},
        alliance_forms=list(article.alliance_forms), event_types=list(article.event_types),
        lead_org=article.lead_org, members=list(article.members), member_count=article.member_count,
        relevant=article.relevant, repost_of=article.repost_of,
        images=[{"src": img.src, "caption": img.alt} for img in images],
        attachments=[{"href": a.href, "name": a.name, "content_type": assets.content_type(a.href)} for a in files],
        encoding=site.encoding, header_charset=site.header_charset, meta_charset=site.meta_charset,
        content_type=site.content_type, damage=damage,
        recoverable=all(d.get("recoverable") and d["kind"] != "gbk_out_of_step" for d in damage),
        damaged_title=title, damaged_body=body,
    )
    return module.render_article(site, view), truth


# ---- the site: articles, lists, chrome pages ---------------------------------------------------


def render_as(article: CorpusArticle, site: Site, template_name: str | None = None) -> tuple[Served, TruthArticle]:
    """One corpus article rendered alone through any template and site profile (served bytes and
    truth), so the extraction labeled set can put the same corpus through every template."""
    site = dataclasses.replace(site, template=template_name or site.template)
    article = localized(article, site)
    number = 4000 + zlib.crc32(article.id.encode("utf-8")) % 90000
    placed = Placed(article, number, template(site.template).article_path(site, number, article.published_at))
    html, truth = article_page(site, placed, [placed], 0)
    return encode(site, html), truth


def encode(site: Site, html: str) -> Served:
    return Served(html.encode(site.encoding, errors="xmlcharrefreplace"), site.content_type)


def place(site: Site, articles: list[CorpusArticle]) -> list[Placed]:
    """Number articles by date (the CMS counts up) and list them newest first."""
    module = template(site.template)
    ordered = sorted(articles, key=lambda a: (a.published_at, a.id))
    placed = []
    for i, article in enumerate(ordered):
        number = 4000 + 7 * i + (zlib.crc32(site.id.encode()) % 5)
        placed.append(Placed(article, number, module.article_path(site, number, article.published_at)))
    return placed[::-1]


def _simple_page(site: Site, title: str, inner: str) -> str:
    return document(site, f"{title}-{site.name}", f'<div class="main"><h2>{escape(title)}</h2>{inner}</div>')


CORRECTION = "（本文发布后有更正：第二段数据已据最新统计修订。）"


def edited(site: Site, articles: list[CorpusArticle], edits: Edits) -> list[CorpusArticle]:
    """The site's articles after ``edits``: a new one published after all others, corrections appended."""
    out = list(articles)
    if site.id in edits.added and out:
        newest = max(out, key=lambda a: a.published_at)
        day = (date.fromisoformat(newest.published_at) + timedelta(days=1)).isoformat()
        out.append(dataclasses.replace(vary(newest, 97, site.id), published_at=day, id=f"{newest.id}~new"))
    return out


def add_site(web: Web, site: Site, articles: list[CorpusArticle], edits: Edits = Edits()) -> None:
    module = template(site.template)
    placed = place(site, edited(site, articles, edits))
    placed = [dataclasses.replace(p, article=dataclasses.replace(
        p.article, paragraphs=p.article.paragraphs + (to_script(CORRECTION, p.article.script),)))
        if p.path in edits.changed else p for p in placed]
    for index, item in enumerate(placed):
        html, truth = article_page(site, item, placed, index)
        web.add(item.path, encode(site, html))
        web.articles.append(truth)
        for image in truth.images:
            web.add(image["src"], Served(assets.png(zlib.crc32(image["src"].encode())), "image/png"),
                    TruthPage(image["src"], site.id, "image", content_type="image/png"))
        for att in truth.attachments:
            body = assets.attachment_bytes(assets.served_suffix(att["href"]), att["name"], truth.members)
            web.add(att["href"], Served(body, att["content_type"]),
                    TruthPage(att["href"], site.id, "attachment", content_type=att["content_type"]))
    pages = [placed[i: i + site.per_page] for i in range(0, len(placed), site.per_page)] or [[]]
    hrefs = tuple(module.list_path(site, n) for n in range(len(pages)))
    for n, chunk in enumerate(pages):
        view = ListView(hrefs[n], n, len(pages), tuple(Link(p.path, p.article.title, p.article.published_at) for p in chunk), hrefs)
        web.add(hrefs[n], encode(site, module.render_list(site, view)),
                TruthPage(hrefs[n], site.id, "list", content_type=site.content_type,
                          article_paths=tuple(p.path for p in chunk),
                          next_path=hrefs[n + 1] if n + 1 < len(pages) else None))
    home = f'<ul class="nav-columns"><li><a href="{hrefs[0]}">{escape(site.column_name)}</a></li></ul>'
    chrome_pages = {
        f"{site.prefix}/index.html": ("home", _simple_page(site, site.name, home)),
        f"{site.prefix}/admin/login.html": ("login", _simple_page(
            site, "后台管理登录",
            '<form method="post" action="login.do"><input name="username"><input type="password" name="password">'
            '<button type="submit">登录</button></form>')),
        f"{site.prefix}/search/": ("search", _simple_page(site, "站内搜索", "<p>请输入关键词</p>")),
    }
    for path, (kind, html) in chrome_pages.items():
        web.add(path, encode(site, html), TruthPage(path, site.id, kind, content_type=site.content_type))
    missing = encode(site, _simple_page(site, "您访问的页面不存在", "<p>您访问的页面不存在或已被删除。</p>"))
    web.soft404[site.prefix] = missing
    web.add(f"{site.prefix}/404.html", missing, TruthPage(f"{site.prefix}/404.html", site.id, "soft404",
                                                          content_type=site.content_type))
    web.add(f"{site.prefix}/css/style.css", Served(b"body{font-size:14px}\n", "text/css"))
    for name in ("logo.png", "qrcode.png"):
        web.add(f"{site.prefix}/images/{name}", Served(assets.png(len(name)), "image/png"))


def robots_txt(sites: tuple[Site, ...]) -> bytes:
    lines = ["User-agent: *"]
    for site in sites:
        lines += [f"Disallow: {site.prefix}/admin/", f"Disallow: {site.prefix}/search/"]
    return ("\n".join(lines) + "\n").encode("ascii")


def root_index(sites: tuple[Site, ...]) -> bytes:
    items = "".join(
        f'<li><a href="{template(s.template).list_path(s, 0)}">{escape(s.name)}</a> ({s.id}, {s.encoding})</li>'
        for s in sites
    )
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>yilian fixture web</title></head><body><ul>{items}</ul></body></html>'.encode()


@lru_cache(maxsize=8)
def build_web(scale: int = 0, corpus_dir: str | None = None, edits: Edits = Edits()) -> Web:
    """Every page of the fixture web (plus a generated site of ``scale`` articles when > 0), after
    ``edits``; pages the edits changed carry a later modification time."""
    if edits != Edits():
        web = _build(scale, corpus_dir, edits)
        before = build_web(scale, corpus_dir).pages
        web.pages = {path: served if before.get(path) == served else dataclasses.replace(served, modified=EDITED_AT)
                     for path, served in web.pages.items()}
        return web
    return _build(scale, corpus_dir, edits)


def _build(scale: int, corpus_dir: str | None, edits: Edits) -> Web:
    from yilian.fixtureweb.scale import scale_articles, scale_site

    corpus = load_corpus(Path(corpus_dir) if corpus_dir else CORPUS_DIR)
    served = resolve_sites(corpus.sites)
    placed = assign(corpus.articles, served)
    sites = served + ((scale_site(),) if scale else ())
    if scale:
        placed[scale_site().id] = scale_articles(corpus.articles, scale)
    web = Web(sites=sites)
    web.add("/robots.txt", Served(robots_txt(sites), "text/plain"), TruthPage("/robots.txt", None, "robots", content_type="text/plain"))
    web.add("/", Served(root_index(sites), "text/html; charset=utf-8"), TruthPage("/", None, "home", content_type="text/html; charset=utf-8"))
    for site in sites:
        add_site(web, site, placed[site.id], edits)
    return web
