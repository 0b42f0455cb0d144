"""Repair path of the decode stage: what the cheap probe lets through, out-of-step GBK, the time box.

The fast path must leave clean pages alone, including ones with a rare name, a Traditional
phrase on a Simplified page or a Latin letter between Chinese characters; damaged pages get
repaired only where the damage is, and text lost at the source stays flagged.
"""

from __future__ import annotations

import difflib
import re

import pytest

from yilian.clean.decode import decode
from yilian.clean.decoding import charclass, damage, repair
from yilian.clean.decoding.langmodel import _cache_file
from yilian.fixtureweb.damage import misread
from yilian.records import RawPage

NEWS = "县人民医院牵头组建的紧密型县域医共体今天正式成立，首批十二家乡镇卫生院签约加入，将统一管理人员和药品。"
NEWS_HANT = "市第五醫院牽頭組建的肝病專科聯盟今天正式成立，共有三十二家成員單位參加簽約儀式。"


def page(body: str, meta: str = "utf-8") -> str:
    return f'<html><head><meta charset="{meta}"><title>医联体</title></head><body><h1>医联体动态</h1><p>{body}</p></body></html>'


def page_hant(body: str) -> str:
    """A page written in Traditional characters throughout."""
    return f'<html><head><meta charset="utf-8"><title>醫聯體</title></head><body><h1>醫聯體動態</h1><p>{body}</p></body></html>'


def run(html: str | bytes, ct: str = "text/html; charset=utf-8"):
    data = html.encode("utf-8") if isinstance(html, str) else html
    return decode(RawPage(data, "http://example.org/a.html", ct))


def out_of_step(html: str, phrase: str) -> str:
    """The page as GBK with the first byte of `phrase` lost, read as GBK and saved as UTF-8."""
    data = html.encode("gbk")
    i = data.index(phrase.encode("gbk"))
    return (data[:i] + data[i + 1 :]).decode("gb18030", "replace").replace("\ufffd", "?")


@pytest.mark.parametrize(
    "body",
    [
        "院长王镕、主任李堃和医生张喆出席签约仪式。",  # names outside GB2312, one at a time
        "本文转载自健康报，閱讀原文请点击下方链接。",  # a Traditional phrase on a Simplified page
        "患者在门诊做B超检查，X光片显示正常。",  # Latin letters between Chinese characters
        "医联体到底是什么?我们来看看。",  # a question mark after Chinese text
        "技术支持:广州喆珺信息技术有限公司",  # two rare characters side by side: tried, not "repaired"
        "院长王镕出席。[中国辽宁频道]辽宁省卫健委召开会议。",  # brackets between Chinese characters
    ],
)
def test_clean_pages_are_left_alone(body: str) -> None:
    got = run(page(body + NEWS))
    assert body in got.html and NEWS in got.html
    assert not got.encoding.repairs and not got.flags


def test_a_lowercase_trail_letter_left_by_a_lost_lead_byte_is_flagged_where_it_stands() -> None:
    """與 is GBK 0xC563: its lead byte lost, the page shows "c" between Han characters, which
    Chinese text does not write (it embeds acronyms: "A股"); the letter stays, flagged."""
    body = "城市醫療集團與兩家社區醫院簽約。"
    shifted = out_of_step(page_hant(NEWS_HANT + body), "與兩")
    assert "集團c兩家" in shifted
    got = run(shifted)
    assert "城市醫療集團c兩家社區醫院" in got.html and "damaged" in got.flags
    assert [(s["kind"], s["text"]) for s in got.damage] == [("misread", "c")]


@pytest.mark.parametrize(
    "body",
    [
        page_hant("深圳上市A股現報九元，多啦A夢新劇上映。"),  # acronyms on a Traditional page
        page("临时清掉i站登录，大s出席。"),  # lowercase letters on a Simplified page: no common character fits
        page_hant("復興_雅渡農莊，落葉~這地方太美。"),  # separators between words on a Traditional page
    ],
)
def test_letters_and_separators_chinese_text_writes_are_left_alone(body: str) -> None:
    got = run(body)
    assert got.html == body and not got.flags


def test_a_question_mark_left_where_a_comma_lost_its_lead_byte_is_flagged_where_it_stands() -> None:
    """"，" is GBK A3 AC: its lead byte lost, AC cannot pair with the next lead byte and a
    converter writes "?"; in a paragraph punctuated full-width that "?" is no question mark."""
    body = "婦幼保健與計劃生育服務聯盟啟動儀式在市婦幼保健院舉行，聯盟由五家省級醫療衛生單位組成。"
    data = page_hant(body).encode("gbk")
    at = data.index("，聯盟由".encode("gbk"))
    shifted = (data[:at] + data[at + 1 :]).decode("gbk", "replace").replace("\ufffd", "?")  # as a GBK converter reads it
    assert "舉行?聯盟" in shifted
    got = run(shifted)
    assert "院舉行?聯盟由五家" in got.html and "damaged" in got.flags
    assert [(s["kind"], got.html[s["start"] : s["end"]]) for s in got.damage] == [("misread", "?")]


@pytest.mark.parametrize(
    "html",
    [
        page("<a>香港6法官有无外籍?官方回应</a>"),  # a headline's question mark
        page("这日子能过玛?没错，要出去赚钱。她会怎么做?她要挑了解自己的人。"),  # a writer who types "?"
        page("<a>遭前男友袭击险被迷晕?警方通报</a><p>本报讯，警方已介入调查。俄方称美方挑起信息战?外交部回应。</p>"),
    ],
)
def test_question_marks_a_writer_typed_are_left_alone(html: str) -> None:
    got = run(html)
    assert got.html == html and not got.flags


def test_gbk_page_with_rare_names_is_not_repaired() -> None:
    body = "院长王镕、主任李堃出席。" + NEWS
    got = run(page(body, "gbk").encode("gb18030"), "text/html; charset=gbk")
    assert body in got.html and got.encoding.used == "gb18030"
    assert not got.encoding.repairs and not got.flags


def test_out_of_step_stream_ending_in_a_lost_byte_gets_its_full_stop_back() -> None:
    """GBK 。 is A1 A3: out of step, A3 meets '<' and is lost; A1 plus an unknown byte is 。 again."""
    got = run(out_of_step(page(NEWS), "签约"))
    assert NEWS in got.html
    assert [r.kind for r in got.encoding.repairs] == ["gbk_out_of_step"]
    # the characters completed from broken bytes are right, but guessed: flagged where they are
    assert "damaged" in got.flags and not got.encoding.repairs[0].certain
    assert {got.html[s["start"] : s["end"]] for s in got.damage} == {"签", "。"}


@pytest.mark.parametrize(
    ("clean", "left"),
    [
        # 月 is UTF-8 E6 9C 88: read as GBK, E6 9C is 鏈 and 88 goes with the "2" it cannot pair with
        ("5月20日下午，市人民医院牵头的城市医疗集团召开成立大会，二十家社区卫生服务中心签约加入，集团将统一调配专家和设备资源。", "鏈"),
        # 。 is E3 80 82: E3 80 is 銆, 82 goes before the "<"
        ("市卫生健康委员会近日召开专科联盟工作会议，对下一阶段远程医疗协作网的建设提出具体要求。", "銆"),
    ],
)
def test_a_character_a_dropping_decoder_cut_short_beside_a_repair_is_flagged(clean: str, left: str) -> None:
    """UTF-8 read as GBK by a decoder that drops what it cannot read: the chain restores the
    run, but a character whose last byte went with the ASCII after it is left as the GBK
    reading of its first two bytes; nothing of its last byte is left, so it stays, flagged."""
    garbled = misread(clean, "utf-8", "gb18030", error="")
    got = run(page(garbled))
    assert "damaged" in got.flags
    wrong = [(j1, j2) for op, _, _, j1, j2 in difflib.SequenceMatcher(None, page(clean), got.html, autojunk=False).get_opcodes() if op != "equal"]
    assert [got.html[a:b] for a, b in wrong] == [left]
    assert [(s["kind"], s["text"]) for s in got.damage if s["start"] <= wrong[0][0] < s["end"]] == [("misread", left)]


def test_a_sign_left_by_a_lost_lead_byte_on_a_page_of_no_one_script_is_flagged_where_it_stands() -> None:
    """牽頭 lost the lead byte of 牽: its trail and 頭's lead read as 款, 頭's trail is "^". The
    page mixes a Simplified title with a Traditional article, so no script is the page's;
    a "^" between Han characters is no letter of an acronym and no separator: flagged with
    the character before it that forms no word (it was silent)."""
    shifted = out_of_step(page(NEWS_HANT), "牽頭")
    got = run(shifted)
    assert got.html == shifted and "damaged" in got.flags
    assert [(s["kind"], s["text"]) for s in got.damage] == [("misread", "款^")]


@pytest.mark.xfail(strict=True, reason="writing 頭 means guessing 牽 from one proven character; the write rule asks two per guess (do no harm): flagged instead, see the test above")
def test_traditional_out_of_step_resynchronising_on_an_ascii_byte_is_realigned() -> None:
    """Traditional GBK characters often have an ASCII trail byte: the garbage is one character
    and a stray letter ("牽頭" -> "款^"); the letter goes and the following text is intact."""
    shifted = out_of_step(page(NEWS_HANT), "牽頭")
    assert re.search("[\u4e00-\u9fff][\\x40-\\x7e]組建", shifted)  # the damage is there
    got = run(shifted)
    text = re.sub(r"<[^>]+>", "", got.html)
    assert "頭組建的肝病專科聯盟今天正式成立" in text
    assert not re.search("[\u4e00-\u9fff][\\x40-\\x7e][\u4e00-\u9fff]", text)
    assert any(r.kind == "gbk_out_of_step" for r in got.encoding.repairs)


def test_lost_characters_that_came_with_the_page_are_flagged_not_guessed() -> None:
    """Even when the phrase appears intact elsewhere on the page: "??" between intact text is
    damage at the source; only gaps inside a stretch we repaired are filled from the page."""
    body = NEWS + "紧密型县域??体今天成立。"
    got = run(page(body))
    assert "damaged" in got.flags and "县域??体" in got.html
    span = got.damage[0]
    assert got.html[span["start"] : span["end"]] == "??"
    assert not any(r.kind == "lost_char_restored" for r in got.encoding.repairs)


def test_repair_stops_at_its_operation_budget_and_keeps_the_page() -> None:
    garbled = (NEWS * 4).encode("utf-8").decode("gb18030", "replace")
    text = page(garbled)
    where = repair.places(text, charclass.lookup(text), [])
    result = repair.search(text, where, repair.Budget(0))
    assert not result.finished and not result.fixes
    result = repair.search(text, where, repair.budget_for(text))
    assert result.finished and NEWS in repair.apply(text, result.fixes, result.doubts)[0]


def test_repair_is_the_same_whatever_the_load() -> None:
    """The budget counts operations, not seconds: the same page always gives the same output."""
    garbled = (NEWS * 300).encode("utf-8").decode("gb18030", "replace")
    first, second = run(page(garbled)), run(page(garbled))
    assert "repair_incomplete" in first.flags  # the budget ran out on this much garbage...
    assert first.html == second.html and first.damage == second.damage  # ...at the same place each time


def test_page_full_of_mojibake_is_decoded_with_a_flag_not_an_exception() -> None:
    garbled = (NEWS * 400).encode("utf-8").decode("gb18030", "replace")  # ~ 60 KB of garbage
    got = run(page(garbled))
    assert "mojibake_repaired" in got.flags
    assert NEWS in got.html  # the start is repaired; what the time box did not reach stays as it was


def test_character_model_cache_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("YILIAN_CACHE_DIR", str(tmp_path))
    assert _cache_file().parent == tmp_path
    monkeypatch.delenv("YILIAN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _cache_file().parent == tmp_path / "yilian"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("會議蝮??怨?舫???召開", ["??怨?舫???"]),  # a misread stretch between two lost runs
        ("院長王??和張??出席", ["??", "??"]),  # intact text between two lost names
        ("院長王??。張??出席", ["??", "??"]),  # (and between two sentences)
    ],
)
def test_damage_a_few_characters_apart_is_one_stretch_only_where_the_gap_shows_it_too(text: str, spans: list[str]) -> None:
    found = [{"kind": "lost_chars", "start": m.start(), "end": m.end(), "text": m.group()} for m in re.finditer(r"\?{2,}", text)]
    assert [s["text"] for s in damage.join_close(text, found)] == spans


def _uncovered(got, clean_html: str) -> list[str]:
    """The stretches of the output that differ from the clean page and lie outside every span."""
    spans = [(s["start"], s["end"]) for s in got.damage]
    out = []
    for op, _, _, j1, j2 in difflib.SequenceMatcher(None, clean_html, got.html, autojunk=False).get_opcodes():
        if op != "equal" and any(not any(a <= k < b for a, b in spans) for k in range(j1, max(j2, j1 + 1))):
            out.append(got.html[j1:j2])
    return out


def test_a_paragraph_misread_beyond_repair_is_flagged_as_a_whole_stretch() -> None:
    """UTF-8 read as Big5 by a converter: every byte it could not pair is a "?", most
    characters are lost. What the chains cannot restore is one damaged stretch, from the
    first wrong character to the last, the heading and the title outside it."""
    clean = page_hant(NEWS_HANT)
    garbled = page_hant(misread(NEWS_HANT, "utf-8", "big5", "?"))
    got = run(garbled)
    assert "damaged" in got.flags
    assert _uncovered(got, clean) == []
    first = min(s["start"] for s in got.damage)
    assert got.html.index("<p>") < first and max(s["end"] for s in got.damage) <= got.html.index("</p>")


def test_lost_marks_in_a_misread_stretch_take_in_the_garbage_between_them() -> None:
    """Big5 read as GBK: U+FFFD where pairs did not decode, and misread characters around
    them; the stretch is damaged as a whole, not only where U+FFFD shows."""
    text = "區域醫共體工作會議總結了去年人員下沉的成效，並部署今年的重點任務。"
    got = run(page_hant(misread(text, "big5", "gbk")))
    assert "damaged" in got.flags and "\ufffd" in got.html
    assert _uncovered(got, page_hant(text)) == []


def test_lost_names_between_intact_words_stay_apart_after_decoding() -> None:
    got = run(page("院長王??和張??出席会议。" + NEWS))
    assert [s["text"] for s in got.damage] == ["??", "??"]


# written for this test: Traditional and Simplified paragraphs of a GBK page
TWO_LOSS_TEXTS = (
    "市立醫院與十二家社區衛生服務中心簽訂醫聯體協議，雙方將在轉診、檢驗結果互認和人才培訓等方面開展合作，方便居民就近看病。",
    "縣婦幼保健院牽頭成立的兒科專科聯盟舉行年度工作會議，總結了去年遠程會診和基層帶教的成效，並部署今年的重點任務。",
    "区人民医院组建的紧密型医共体召开理事会，通报了上半年双向转诊、慢病管理和药品统一采购情况，要求各成员单位加强协作。",
)
TWO_LOSS_FLOOR = 67  # of 87 (66 before round 4; most of the rest: a lone trail letter, "協h，", unflagged)


def test_a_gbk_page_that_lost_two_bytes_is_exact_or_flagged_where_it_is_wrong() -> None:
    """Two bytes lost 25 characters apart, at 29 places of each paragraph: the text comes
    back exact, or flagged with spans over every wrong character (the second loss's garbage
    included: symbols of GBK's first rows stranded between Han characters, "幼＝≡号", and a
    bracket a stream re-synchronised on after rare characters, "難膯栴}逐步")."""
    from benchmarks.corpus_judge import _covered

    right = 0
    for text in TWO_LOSS_TEXTS:
        clean = f'<html><head><meta charset="gbk"><title>醫聯體</title></head><body><h1>醫聯體動態</h1><p>{text}</p></body></html>'
        data = clean.encode("gbk")
        start = data.index(b"<p>") + 3
        for k in range(1, 30):
            at, at2 = start + len(text[:k].encode("gbk")), start + len(text[: k + 25].encode("gbk")) + 1
            got = run(data[:at] + data[at + 1 : at2] + data[at2 + 1 :], "text/html; charset=gbk")
            flagged = "damaged" in got.flags
            right += (got.html == clean and not flagged) or (flagged and _covered(got.html, clean, got.damage))
    assert right >= TWO_LOSS_FLOOR
