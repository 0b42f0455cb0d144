"""Normalisation: script detection, Simplified copies, full-width ASCII and whitespace."""

from __future__ import annotations

import pytest

from yilian.clean.normalize import clean_text, detect_script, normalize
from yilian.records import Article


@pytest.mark.parametrize(
    "text, script",
    [
        ("市婦幼保健院牽頭成立醫聯體，兒童保健科專家工作站同時揭牌。", "zh-Hant"),
        ("市妇幼保健院牵头成立医联体，儿童保健科专家工作站同时揭牌。", "zh-Hans"),
        ("市婦幼保健院牽頭成立医联体，儿童保健科专家工作站同時揭牌。", "mixed"),
        ("ABC 2021", "zh-Hans"),
    ],
)
def test_detect_script(text, script):
    assert detect_script(text) == script


def test_traditional_article_gets_simplified_copies_and_keeps_rare_name_characters():
    a = normalize(Article(url="u", title="兒童保健科留佩甯專家工作站揭牌", body="醫聯體成立後，群衆看病更方便。\n專科聯盟將定期開展培訓。"))
    assert a.script == "zh-Hant"
    assert a.title == "兒童保健科留佩甯專家工作站揭牌"  # original kept
    assert a.title_simplified == "儿童保健科留佩甯专家工作站揭牌"
    assert a.body_simplified == "医联体成立后，群众看病更方便。\n专科联盟将定期开展培训。"


def test_simplified_article_copies_unchanged():
    a = normalize(Article(url="u", title="县域医共体建设推进会召开", body="会议要求加快推进医共体建设。"))
    assert (a.script, a.title_simplified, a.body_simplified) == ("zh-Hans", a.title, a.body)


def test_full_width_letters_digits_become_ascii_but_chinese_punctuation_stays():
    assert clean_text("２０２１年ＣＴ检查结果互认，共８９项：") == "2021年CT检查结果互认，共89项："


def test_whitespace_and_blank_lines_cleaned():
    raw = "\u3000\u3000第一段\u00a0 文字\u200b \r\n\r\n  \n第二段\t\t结束  "
    assert clean_text(raw) == "第一段 文字\n第二段 结束"


def test_fields_are_cleaned_too():
    a = normalize(Article(url="u", title=" 标题\u3000一 ", source="\u3000市卫健委 ", body="正文。"))
    assert (a.title, a.source) == ("标题 一", "市卫健委")
