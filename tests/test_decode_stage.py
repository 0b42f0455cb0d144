"""The decode stage on realistic pages: codec choice, repairs, no false alarms, bad input."""

from __future__ import annotations

import re

import pytest

from yilian.clean.decode import decode
from yilian.records import RawPage

NEWS = "县人民医院牵头组建的紧密型县域医共体今天正式成立，首批十二家乡镇卫生院签约加入，将统一管理人员和药品。"
NEWS_HANT = "市第五醫院牽頭組建的肝病專科聯盟今天正式成立，共有三十二家成員單位參加簽約儀式。"


def page(body: str, meta: str | None = None) -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    h1 = "醫聯體動態" if body.startswith(NEWS_HANT[:4]) else "医联体动态"
    return f"<html><head>{head}<title>2024</title></head><body><h1>{h1}</h1><p>{body}</p></body></html>"


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def run(data: bytes, ct: str | None = None):
    return decode(RawPage(data, "http://example.org/a.html", ct))


@pytest.mark.parametrize(
    ("codec", "label"), [("gbk", "gb2312"), ("gb18030", "gbk"), ("utf-8", "utf8mb4"), ("big5", "big5")]
)
def test_declared_charset_decodes(codec: str, label: str) -> None:
    text = NEWS_HANT if codec == "big5" else NEWS
    got = run(page(text, label).encode(codec), f"text/html; charset={label}")
    assert text in got.html
    assert "damaged" not in got.flags


def test_gb2312_label_decodes_gbk_only_names() -> None:
    got = run(page("院长王镕、主任李堃和医生张喆出席。" + NEWS, "gb2312").encode("gb18030"), "text/html")
    assert "王镕" in got.html and "李堃" in got.html and "张喆" in got.html
    assert got.encoding.used == "gb18030"


def test_wrong_header_is_overruled_by_the_bytes() -> None:
    got = run(page(NEWS, "gbk").encode("gbk"), "text/html; charset=utf-8")
    assert NEWS in got.html
    assert "declared_wrong" in got.flags and got.encoding.header == "utf-8"


def test_gbk_label_on_a_gb18030_page_is_not_declared_wrong() -> None:
    """GB2312 and GBK are read as GB18030 (their superset): a GB18030-only character, or a
    broken byte pair that no codec reads, does not make the family's label wrong."""
    got = run(page("院长王䶮和主任李𠀀出席。" + NEWS, "gb18030").encode("gb18030"), "text/html; charset=GBK")
    assert "王䶮和主任李𠀀出席" in got.html and got.encoding.used == "gb18030"
    assert "declared_wrong" not in got.flags
    broken = page(NEWS, "gb2312").encode("gb18030").replace("乡镇".encode("gbk"), b"\xff\xfe", 1)
    got = run(broken)
    assert got.encoding.used == "gb18030" and NEWS[NEWS.index("镇") + 1 :] in got.html
    assert "undecodable" in got.flags and "declared_wrong" not in got.flags


def test_superset_labels_are_not_declared_wrong() -> None:
    hant = run(page(NEWS_HANT + "㗎", "big5").encode("big5hkscs"), "text/html; charset=cp950")
    assert NEWS_HANT + "㗎" in hant.html and "declared_wrong" not in hant.flags
    ascii_page = run(b"<html><head><meta charset=us-ascii></head><body><p>Annual report 2024</p></body></html>")
    assert "declared_wrong" not in ascii_page.flags
    latin = "<html><head><meta charset=iso-8859-1></head><body><p>The caf\u00e9 \u201cLe Na\u00eff\u201d opened.</p></body></html>"
    got = run(latin.encode("cp1252"))
    assert got.html == latin and got.encoding.used == "cp1252" and "declared_wrong" not in got.flags


def test_another_family_declared_is_declared_wrong() -> None:
    for data, label in ((page(NEWS, "gb2312").encode("utf-8"), None), (page(NEWS).encode("utf-8"), "iso-8859-1"),
                        (page(NEWS_HANT, "big5").encode("gbk", "replace"), None), (page(NEWS).encode("utf-8"), "us-ascii")):
        got = run(data, f"text/html; charset={label}" if label else None)
        assert ("医联体动态" in got.html or "醫聯體動態" in got.html) and "declared_wrong" in got.flags, (label, got.flags)


def test_unknown_label_is_detected_not_raised() -> None:
    got = run(page(NEWS, "gbk2312-x").encode("gbk"), "text/html; charset=bogus")
    assert NEWS in got.html
    assert "unknown_charset_label" in got.flags


def test_big5_page_not_mistaken_for_gbk() -> None:
    got = run(page(NEWS_HANT).encode("big5"), "text/html")
    assert NEWS_HANT in got.html and got.encoding.used == "big5hkscs"


def test_mixed_utf8_template_with_gbk_block() -> None:
    html = page(NEWS, "utf-8")
    cut = html.index("<p>")
    got = run(html[:cut].encode("utf-8") + html[cut:].encode("gbk"), "text/html; charset=utf-8")
    assert "医联体动态" in got.html and NEWS in got.html
    assert "mixed_encoding" in got.flags


@pytest.mark.parametrize("wrong", ["gb18030", "latin-1"])
def test_utf8_read_with_a_wrong_codec_is_repaired(wrong: str) -> None:
    garbled = NEWS.encode("utf-8").decode(wrong, "replace")
    got = run(page(garbled, "utf-8").encode("utf-8"), "text/html; charset=utf-8")
    recovered = text_of(got.html)
    assert sum(a == b for a, b in zip(recovered[recovered.index("县"):], NEWS)) >= 0.95 * len(NEWS)
    assert got.encoding.repairs and got.encoding.repairs[0].kind.startswith("utf8_as_")


def test_big5_read_as_gbk_is_repaired() -> None:
    garbled = NEWS_HANT.encode("big5").decode("gb18030", "replace")
    got = run(page(garbled, "utf-8").encode("utf-8"), "text/html; charset=utf-8")
    assert NEWS_HANT in got.html


def test_gbk_out_of_step_is_realigned() -> None:
    data = page(NEWS_HANT * 2).encode("gbk")
    i = data.index("肝病".encode("gbk"))
    shifted = (data[:i] + data[i + 1 :]).decode("gb18030", "replace").replace("\ufffd", "?")
    got = run(shifted.encode("utf-8"), "text/html; charset=utf-8")
    assert "專科聯盟今天正式成立" in got.html
    assert any(r.kind == "gbk_out_of_step" for r in got.encoding.repairs)


def test_pinyin_readings_removed_real_parentheses_kept() -> None:
    body = "醫(yī)聯體(tǐ)成員包括麗水9縣(市、區(qū))婦計中心、技(jì )術指導站和杭州市婦産科醫院(杭州市婦幼保健院)，設有重症監護室(ICU)。"
    ruby = "<ruby>醫<rp>(</rp><rt>yī</rt><rp>)</rp></ruby>院"
    got = run(page(body + ruby, "utf-8").encode("utf-8"))
    assert "醫聯體成員包括麗水9縣(市、區)婦計中心、技術指導站" in got.html
    assert "(杭州市婦幼保健院)" in got.html and "(ICU)" in got.html
    assert "<rt>" not in got.html and "醫院" in got.html


def test_entities_decoded_markup_entities_kept() -> None:
    refs = "".join(f"&#x{ord(c):X};" for c in "医联体") + "&#21307;&nbsp;&raquo; &lt;b&gt;"
    got = run(page(refs, "utf-8").encode("utf-8"))
    assert "医联体医 » &lt;b&gt;" in got.html


def test_invisible_characters_removed() -> None:
    got = run(page("医\u200b联\ufeff体\u3000成立\x07", "utf-8").encode("utf-8"))
    assert "医联体 成立" in got.html


@pytest.mark.parametrize("lost", ["锟斤拷锟斤拷", "烫烫烫烫", "\ufffd\ufffd", "??"])
def test_lost_text_is_flagged_with_a_span(lost: str) -> None:
    got = run(page(NEWS[:10] + lost + NEWS[12:], "utf-8").encode("utf-8"))
    assert "damaged" in got.flags
    span = got.damage[0]
    assert got.html[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    "text",
    ["患者因烫伤入院治疗，医生及时处理。", "医联体到底是什么???我们来看看。", "重症监护室(ICU)和《管理办法(试行)》同时发布。", "详见 index.php?id=3 页面"],
)
def test_no_false_alarm(text: str) -> None:
    got = run(page(text + NEWS, "utf-8").encode("utf-8"))
    assert "damaged" not in got.flags and text in got.html


@pytest.mark.parametrize(
    ("body", "flag"),
    [(b"", "empty"), (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"), (b"\x89PNG\r\n\x1a\n\x00\x00", "binary")],
)
def test_bad_input_gets_a_flag(body: bytes, flag: str) -> None:
    got = run(body, "text/html")
    assert flag in got.flags and got.html == ""


def test_truncated_and_nul_bytes_keep_the_page() -> None:
    data = page(NEWS, "utf-8").encode("utf-8")
    got = run(data.replace(b"<h1>", b"<h1>\x00") + "医".encode("utf-8")[:2], "text/html; charset=utf-8")
    assert NEWS in got.html
    assert "truncated" in got.flags and "nul_bytes" in got.flags


def test_large_page_is_decoded() -> None:
    data = page(NEWS * 80000, "utf-8").encode("utf-8")  # about 12 MB
    got = run(data, "text/html; charset=utf-8")
    assert len(got.html) > 4_000_000 and not got.flags
