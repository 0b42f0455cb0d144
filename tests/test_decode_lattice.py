"""Lost bytes read back (decoding/lattice.py) and what the decode stage writes or only flags.

A mark a wrong decoder wrote stands for a byte it could not read, so only characters whose
unknown byte it could not have read fit; bytes dropped without a mark show in the right
codec's shape; a reading that guesses is written only where its bytes prove the rest at
length, else the page's own text stays, flagged, with the reading offered.
"""

from __future__ import annotations

import re

import pytest

from yilian.clean.decode import decode
from yilian.clean.decoding import lattice
from yilian.fixtureweb import damage
from yilian.records import RawPage

# written for these tests
HANS = "县人民医院牵头组建的紧密型县域医共体今天上午正式成立，首批十二家乡镇卫生院签约加入，将统一管理人员和药品。"
HANT = "本月十日上午，由市立醫院牽頭的區域醫療聯盟正式成立，首批成員包括十家地區醫院與衛生所。"


def page(body: str, title: str = "医联体动态") -> bytes:
    return f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>'.encode()


def run(data: bytes, ct: str = "text/html; charset=utf-8"):
    return decode(RawPage(data, "http://example.org/a.html", ct))


def text_of(got) -> str:
    return re.sub(r"<[^>]+>", "", got.html)


def covered(got, fragment: str, within: str) -> bool:
    """Every character of `fragment`, where it stands in `within` in the output, lies in a
    damage span."""
    at = got.html.index(within) + within.index(fragment)
    return all(any(s["start"] <= k < s["end"] for s in got.damage) for k in range(at, at + len(fragment)))


def test_a_windows_1252_mark_stands_for_one_of_its_five_undefined_bytes() -> None:
    # 午 is E5 8D 88: windows-1252 has no character for 8D and writes U+FFFD
    got = run(page(damage.misread(HANS, "utf-8", "cp1252")))
    assert HANS in got.html
    assert "damaged" in got.flags and covered(got, "午", "今天上午")  # five bytes fit the mark: the model chose


def test_a_gbk_mark_is_the_lead_of_a_pair_gbk_cannot_read() -> None:
    """Big5 十 is A4 51: GBK has no A4 51, marks A4 and reads 51 as "Q". Only a handful of
    Big5 characters end in 51 with a lead GBK cannot pair with it."""
    garbled = damage.misread(HANT, "big5", "gbk")
    assert "\ufffdQ" in garbled
    assert HANT in run(page(garbled, "醫聯體動態")).html
    assert {c for c in lattice.orphan_candidates(0x51, "big5hkscs")[0]} > {"十"}


def test_bytes_a_decoder_dropped_are_found_by_the_shape_of_utf8() -> None:
    """UTF-8 read as GBK by a decoder that drops what it cannot read: 月 (E6 9C 88) before
    "1" loses 88, a three-byte lead with one continuation says where."""
    garbled = damage.misread(HANS * 2, "utf-8", "gbk", "")
    got = run(page(garbled))
    assert HANS in got.html and "damaged" in got.flags  # (a guess where bytes went: flagged)


def test_two_layers_of_windows_1252_with_marks_in_the_inner_layer() -> None:
    garbled = damage.chain(HANS, [("utf-8", "cp1252")] * 2)
    got = run(page(garbled))
    assert HANS in got.html
    assert any(r.chain == "latin>utf-8, latin>utf-8" for r in got.encoding.repairs)


def test_gbk_read_as_big5_goes_out_of_step_at_each_mark_and_comes_back() -> None:
    garbled = damage.misread(HANS, "gbk", "big5", "?")
    got = run(page(garbled))
    assert HANS in got.html


@pytest.mark.parametrize("phrase", ["推拿专科联", "城市医疗集团本周"])
def test_a_gbk_phrase_inside_a_utf8_text_node_is_read_as_gbk(phrase: str) -> None:
    """GBK 专 is D7 A8, a valid UTF-8 Hebrew letter: the fragment starts before the first
    byte UTF-8 cannot read."""
    text = "市中医院牵头组建的针灸" + phrase + "盟近日揭牌。"
    at = text.index(phrase)
    data = page(text).replace(phrase.encode("utf-8"), phrase.encode("gbk"))
    got = run(data)
    assert text in got.html and "mixed_encoding" in got.flags and "damaged" not in got.flags
    assert at >= 0


def test_a_utf8_phrase_inside_gbk_text_of_odd_length_is_read_as_utf8() -> None:
    """Five characters of UTF-8 are 15 bytes: read as GBK they would leave the rest of the
    paragraph out of step."""
    phrase = "推拿专科联"
    text = "市中医院牵头组建的针灸" + phrase + "盟近日揭牌，首批成员单位包括八家县级医院。"
    html = f'<html><head><meta charset="gbk"><title>医联体</title></head><body><p>{text}</p></body></html>'
    data = html.encode("gbk").replace(phrase.encode("gbk"), phrase.encode("utf-8"))
    got = run(data, "text/html; charset=gbk")
    assert text in got.html and "mixed_encoding" in got.flags


def test_a_short_guess_is_offered_not_written_over_the_page() -> None:
    """A GBK page that lost the lead byte of 中 near its end, read as GBK and published:
    the bytes prove three characters, two are guesses; the page's own text stays, flagged,
    with the reading offered in the span."""
    data = "人生如此，中外如是。".encode("gbk")
    i = data.index("中".encode("gbk"))
    garbled = (data[:i] + data[i + 1 :]).decode("gbk", "replace").replace("\ufffd", "?")
    got = run(page("这是一个关于医联体建设的故事。" + garbled))
    assert garbled in got.html
    span = next(s for s in got.damage if s["kind"] == "misread")
    assert "外如是" in span["reading"] and span["text"] in garbled


def test_a_letter_where_a_lost_lead_left_its_trail_is_flagged_not_rewritten() -> None:
    """醫 is E1 74 in GBK: its lead lost, "t" stands between 五 and 院."""
    garbled = "市第五t院牽頭組建的肝病專科聯盟舉行簽約儀式。"
    got = run(page(garbled, "醫聯體動態"))
    assert garbled in got.html and "damaged" in got.flags and covered(got, "t", "五t院")


@pytest.mark.parametrize(
    "body",
    [
        "他满身褴褛，又龌龊，他嗫嚅的说：他看见槡椹已经成熟，祂必定能。",  # rare characters in words
        "竹東尖石_美樹營地露營，和平_福壽山，南投_清靜農場。",  # Traditional names joined by "_"
        "法官有无外籍?官方回应。男友袭击险被迷晕?警方通报。",  # headlines with a question mark
        "患者做了B超和CT，A股涨了，短袖T恤打折，在线K歌。",  # Latin letters inside words
    ],
)
def test_real_text_that_looks_like_trouble_is_left_alone(body: str) -> None:
    got = run(page(body))
    assert body in got.html and "damaged" not in got.flags and not got.encoding.repairs
