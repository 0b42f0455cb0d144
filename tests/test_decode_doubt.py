"""Text a repair could not read back right is flagged as damaged, never passed off as recovered.

A stream of GBK that lost one byte is read back by the repair, but a misread stretch can
still come out as plausible characters, a stray symbol or an ASCII letter between Chinese
characters. Every such reading must carry the "damaged" flag; clean pages, including
real abbreviations beside Chinese (B超, X光片, A级), must not.
"""

from __future__ import annotations

import re

import pytest

from tests.test_decode_out_of_step import run, site_decode, text_of

# written for these tests: a county health-alliance notice in Traditional script
ARTICLE = (
    "上月二十日，縣人民醫院牽頭的緊密型醫共體召開第二次理事會，十八家鄉鎮衛生院院長參加。"
    "會議通過了藥品統一採購辦法，並決定在年底前建成遠程心電診斷中心，方便群眾在家門口看病。"
)


def _flat(text: str) -> str:
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def _lost_at(data: bytes, i: int) -> str:
    """The sloppy site's reading of `data` whose byte `i` was lost (shown as "?")."""
    return site_decode(data[:i]) + "?" + site_decode(data[i + 1 :])


def test_every_out_of_step_reading_is_exact_or_flagged() -> None:
    data = ARTICLE.encode("gbk")
    silent = []
    for i in range(0, len(data) - 4, 2):  # each character's lead byte (the last two: no byte follows to re-sync on)
        got = run(_lost_at(data, i))
        if _flat(ARTICLE) not in _flat(text_of(got)) and "damaged" not in got.flags:
            silent.append(text_of(got))
    assert silent == []


def test_a_letter_left_between_characters_by_a_resynchronised_stream_is_flagged() -> None:
    got = run("會議決定在年底前建成遠程心電診斷中心，方便群眾在家門口看病。十八家鄉鎮衛生院院長參加了遠程醫療協作W新增的培訓。")
    assert "協作W新增" in text_of(got)  # the text is kept as it came
    assert "damaged" in got.flags
    assert [s["text"] for s in got.damage if s["kind"] == "doubtful_repair"] == ["W"]


def test_a_lost_lead_byte_showing_its_trail_as_a_letter_is_flagged() -> None:
    data = ARTICLE.encode("gbk")
    i = data.index("縣".encode("gbk"))
    got = run(_lost_at(data, i))
    assert "damaged" in got.flags
    assert any(s["kind"] == "lost_chars" and s["text"].startswith("?") for s in got.damage)


@pytest.mark.parametrize(
    "body",
    [
        "患兒在縣醫院做了B超和X光片檢查，醫共體牽頭醫院是A級醫院，專家十分鐘內即可出具報告。",
        "社区卫生服务中心新增CT室，居民做B超不用再跑县医院。孩子发烧怎么办?家长可拨打热线咨询。",
        "体温37℃以下可正常就诊；①加强双向转诊，②统一药品目录。",
    ],
)
def test_clean_pages_with_letters_and_symbols_beside_chinese_are_not_flagged(body: str) -> None:
    got = run(body)
    assert "damaged" not in got.flags, got.damage
    assert re.sub(r"\s", "", body) in re.sub(r"\s", "", text_of(got))


def test_a_pair_dropped_by_the_decoder_is_put_back_from_the_page_and_still_flagged() -> None:
    # the sloppy decoder skips a pair it cannot map: here the one read across "　" and "市"
    text = "腫瘤專科聯盟昨日正式成立　市人民醫院為理事長單位。市人民醫院將牽頭制定診療規範，市人民醫院專家每月下鄉。"
    data = text.encode("gbk")
    lost, dropped = data.index("專".encode("gbk")), data.index("　市".encode("gbk")) + 1
    body = site_decode(data[:lost]) + "?" + site_decode(data[lost + 1 : dropped] + data[dropped + 2 :])
    got = run(body)
    read = text_of(got)
    assert "⌒" not in read  # the half-and-half character read across the gap is gone
    assert re.search("成立[。、]市人民醫院為理事長單位", read)  # 市 from the page's own 市人民醫院, a clause mark guessed
    assert "damaged" in got.flags  # put back by guessing: still shown as doubtful
    assert any(s["kind"] == "doubtful_repair" and "市" in s["text"] for s in got.damage)
