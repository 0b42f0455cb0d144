"""Pages that are not articles: soft 404s, login/captcha walls, list pages, empty pages.

Each check is a pure function of what extraction already measured, so a page is
never parsed twice to be rejected; the first matching reason wins.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from yilian.clean.extract.tree import either_script

_NOT_FOUND = re.compile(
    "|".join(either_script(w) for w in (
        "页面不存在", "您访问的页面不存在", "页面未找到", "找不到页面", "页面找不到", "信息不存在", "文章不存在",
        "已被删除", "已删除", "页面已过期", "无法找到该页",
    )) + r"|404\s*(?:not\s*found|错误|error)|^\s*404\s*$|not\s+found",
    re.I,
)
_LOGIN = re.compile("|".join(either_script(w) for w in ("请先登录", "登录后查看", "请登录", "用户登录", "会员登录", "统一身份认证")))
_CAPTCHA = re.compile("|".join(either_script(w) for w in ("验证码", "安全验证", "人机验证", "滑动验证", "请完成验证", "访问验证")) + r"|captcha", re.I)
_DATED = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}|\b\d{2}-\d{2}\b")
_SENTENCE = re.compile(r"[，。；,;].*[，。；,;]")

MIN_PROSE = 40  # CJK characters of body text below which a page says nothing


def _prose_len(text: str) -> int:
    return len(re.sub(r"[^\u3400-\u9fff]", "", text))


def not_found(title: str, body: str) -> bool:
    return _prose_len(body) < 200 and bool(_NOT_FOUND.search(title) or _NOT_FOUND.search(body[:300]))


def wall(root: HtmlElement, body: str) -> str | None:
    if _prose_len(body) >= 300:
        return None
    has_password = any((i.get("type") or "").lower() == "password" for i in root.iter("input"))
    page_text = body[:500]
    if _CAPTCHA.search(page_text) or any(_CAPTCHA.search(f"{i.get('name')} {i.get('id')}") for i in root.iter("input")):
        return "captcha"
    if has_password or _LOGIN.search(page_text):
        return "login_wall"
    return None


def list_page(root: HtmlElement, body: str) -> bool:
    """Many dated title-like links and hardly a sentence of prose of its own."""
    titled = 0
    for a in root.iter("a"):
        text = (a.text_content() or "").strip()
        if len(text) >= 8:
            parent = a.getparent()
            context = (parent.text_content() if parent is not None else "") or ""
            titled += bool(_DATED.search(context))
    sentences = sum(1 for line in body.split("\n") if len(line) >= 30 and _SENTENCE.search(line))
    return titled >= 8 and sentences < 2


def classify(root: HtmlElement, title: str, body: str) -> str | None:
    """Reason the page is not an article, or None."""
    if not_found(title, body):
        return "not_found"
    if reason := wall(root, body):
        return reason
    if list_page(root, body):
        return "list_page"
    if _prose_len(body) < MIN_PROSE:
        return "empty"
    return None
