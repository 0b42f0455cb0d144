"""GBK read out of step the way real sites damage it: the decoder loses one byte, then reads
every pair shifted until an ASCII byte re-synchronises it; a broken pair becomes one "?"
and swallows the ASCII byte with it; full-width forms are narrowed to ASCII on the way.

A repair may guess a character only from context; a byte that is gone for good (a digit of
a member count) must stay visible as lost and be flagged, never vanish with its "?".
"""

from __future__ import annotations

import re

import pytest

from yilian.clean.decode import decode
from yilian.fixtureweb.damage import sloppy_gbk as site_decode
from yilian.records import RawPage

# written for these tests, in the style of a Traditional hospital page with pinyin readings
ARTICLE = (
    "本月十二日，由市第三醫(yī)院牽頭組建的肝病專科聯盟正式成立。"
    "該專科聯盟共有46家成員單位，其中縣級醫(yī)院21家。"
    "聯盟旨在規(guī)范肝病的診療流程，推動優質資源下沉。"
    "市衛(wèi)生健康委員會副主任到會表示祝賀，並對專科聯盟的建設提出要求。"
)


def damaged(text: str, phrase: str) -> str:
    """`text` as GBK whose stream lost the first byte of `phrase` (shown as "?") and went out of step."""
    data = text.encode("gbk")
    i = data.index(phrase.encode("gbk"))
    return site_decode(data[:i]) + "?" + site_decode(data[i + 1 :])


def run(body: str):
    html = f'<html><head><meta charset="utf-8"><title>專科聯盟</title></head><body><h1>醫院新聞</h1><p>{body}</p></body></html>'
    return decode(RawPage(html.encode("utf-8"), "http://example.org/a.html", "text/html; charset=utf-8"))


def text_of(got) -> str:
    return re.sub(r"<[^>]+>", "", got.html)


@pytest.mark.xfail(strict=True, reason="the realignment guesses 專 and 有 from three proven characters (the write rule asks four) and has no mark for the swallowed digit: the stretch stays as published, flagged")
def test_a_digit_swallowed_with_a_broken_pair_is_flagged_not_dropped() -> None:
    body = damaged(ARTICLE, "專科聯盟共有")
    assert "46家" not in body and "?2" not in body  # the "4" went with the broken pair
    got = run(body)
    text = text_of(got)
    assert "共有6家" not in text  # no wrong member count
    assert re.search("共有\ufffd6家", text)
    assert "damaged" in got.flags
    assert any(s["kind"] == "replacement_char" and s["text"] == "\ufffd" for s in got.damage)
    assert "該專科聯盟共有" in text  # the rest of the stretch is realigned


@pytest.mark.xfail(strict=True, reason="旨在規 is not written (two guesses, one proven character), so 'guī)' follows a lost mark, not the character it reads, and stays; the stretch is flagged")
def test_a_reading_whose_parenthesis_was_swallowed_leaves_no_pinyin_behind() -> None:
    body = damaged(ARTICLE, "旨在規")
    assert re.search(r"\?gu", body) and "(guī)" not in body
    got = run(body)
    text = text_of(got)
    assert "guī" not in text and "gu" not in text
    assert "規范肝病" in text or "??范肝病" in text  # completed from the page, or shown as lost
    assert "(" not in text


def test_intact_readings_and_real_parentheses_beside_damage_are_handled_as_usual() -> None:
    body = damaged(ARTICLE, "專科聯盟共有") + "包括縣(市、區(qū))醫(yī)院。"
    text = text_of(run(body))
    assert "包括縣(市、區)醫院。" in text
    assert "醫院牽頭組建" in text


def test_damage_on_the_page_changes_nothing_when_there_is_no_question_mark() -> None:
    got = run(ARTICLE)
    assert "damaged" not in got.flags and "\ufffd" not in got.html
    assert "共有46家成員單位" in text_of(got)


# written for these tests: Traditional text whose GBK characters 轉 (DE 44) and 資 (D9 59) have an ASCII trail byte
TRAIL_TEXT = "本院與十二家基層衛生所簽訂協議，建立雙向轉診綠色通道，並推動分級醫療、資源下沉與人才培訓。"


def lost_lead(text: str, phrase: str) -> str:
    """`text` as GBK whose stream lost the lead byte of `phrase`'s first character, read as GBK."""
    data = text.encode("gbk")
    i = data.index(phrase.encode("gbk"))
    return (data[:i] + data[i + 1 :]).decode("gbk")


@pytest.mark.parametrize(("phrase", "shown", "letter", "reading"), [("轉診", "雙向D診綠色", "D", "轉"), ("資源", "醫療、Y源下沉", "Y", "資")])
def test_a_capital_left_by_a_lost_lead_byte_is_flagged_with_the_word_it_breaks(phrase: str, shown: str, letter: str, reading: str) -> None:
    """The stream re-synchronised on the ASCII trail at once: one capital stands where a
    character was, and the character after it is left without its word (轉診, 資源). The
    text stays as published, the letter is the damage and the lost character its reading."""
    body = lost_lead(TRAIL_TEXT, phrase)
    assert shown in body
    got = run(body)
    assert shown in text_of(got) and "damaged" in got.flags
    at = got.html.index(shown) + shown.index(letter)
    assert got.damage == [{"kind": "misread", "start": at, "end": at + 1, "text": letter, "reading": reading}]


@pytest.mark.parametrize(
    "text",
    ["深圳上市A股現報九點五元。", "卡通人物多啦A夢陪伴病童。", "【直播】柯P愛將今日出席記者會。", "會議決議：A案通過，B案退回再議。",
     "民眾可前往C區營地登記，再到B棟三樓領取。", "兒童維生素D缺乏的比例偏高。", "患者需先做B超檢查，再由醫師判讀。"],
)
def test_capitals_of_traditional_text_stay_unflagged(text: str) -> None:
    """An acronym's or a name's letter: no character that fits its byte makes a word the
    text leaves broken (or the letter is part of a name whose characters form no words)."""
    got = run(ARTICLE + text)
    assert text in text_of(got) and "damaged" not in got.flags


# written for this test (Simplified, as the sites that narrow full-width forms write)
SLOPPY_TEXTS = (
    "全区基层医疗卫生机构负责人培训班日前在区卫生健康局举办，来自各社区卫生服务中心的八十余名管理人员参加学习。培训围绕家庭医生签约服务和慢性病管理展开。",
    "县医共体总院组织专家团队深入乡镇卫生院开展业务指导，围绕常见病诊治流程、院感防控和病历书写进行现场讲解，并对存在的问题提出整改意见。",
    "省儿童医院牵头成立的儿科专科联盟召开第二次理事会议，各成员单位围绕新生儿重症救治、远程会诊平台建设等内容进行交流，会议还通过了联盟章程修订案。",
)
SLOPPY_FLOOR = 54  # of 57 placements every wrong character lies in a damaged span (37 before round 4, one of them silent)


def test_a_sloppy_out_of_step_reading_is_flagged_over_every_wrong_character() -> None:
    """A byte lost at each of 19 places of three paragraphs, read by the careless decoder:
    where the lattice writes a reading that still holds a sign of a misreading (a suspect
    character, a full-width form stranded between Han characters: the stream skipped a
    pair and went out of step again), the whole reading is flagged, not only its guesses;
    a narrowed full-width letter ("Ｅ" -> "E") is not taken for the byte the stream
    re-synchronised on where reading to it restores nothing."""
    from benchmarks.corpus_judge import _covered, narrow

    covered = 0
    for text in SLOPPY_TEXTS:
        for k in range(3, 60, 3):
            data = text.encode("gbk")
            at = len(text[:k].encode("gbk"))
            got = run(site_decode(data[:at] + data[at + 1 :]))
            clean = narrow(run(text).html)
            covered += ("damaged" in got.flags or narrow(got.html) == clean) and _covered(narrow(got.html), clean, got.damage)
    assert covered >= SLOPPY_FLOOR


# written for this test: Traditional and Simplified paragraphs with ASCII inside (CT, PCI, 12) for the stream to
# re-synchronise on
LOST_BYTE_TEXTS = (
    "市第一人民醫院牽頭組建的緊密型醫聯體昨日召開年度總結會，十六家成員單位的負責人參加。會上通報了雙向轉診、遠程會診和CT影像共享的進展。",
    "縣醫共體總院派出12名專家到鄉鎮衛生院坐診，開展PCI術後隨訪和慢病管理培訓，並為基層醫生講解病歷書寫規範。",
    "省腫瘤醫院與西部三家縣級醫院簽訂對口幫扶協議，雙方將在學科建設、人才培養和遠程教學方面深化合作，首批派駐專家於下月到崗。",
    "区卫生健康局组织召开城市医疗集团建设推进会，要求各社区卫生服务中心落实家庭医生签约服务，做好检查结果互认和药品目录统一。",
)
LOST_BYTE_FLOOR = 400  # of 425 placements exact or flagged over every wrong character (381 before stray letters
# after garbage or before a phrase mark were looked at, and a pair out of step one character early)


def test_a_gbk_page_that_lost_any_one_byte_is_restored_or_flagged_where_it_is_wrong() -> None:
    """Every byte of a Chinese character dropped in turn from a GBK page, decoded as GBK: the text comes back, or
    the page is flagged `damaged` with every wrong character inside a span; garbage that reads as Chinese on its
    own ("電子\\ue51fv、", "中心步▍f議", "拷Y了") is no excuse for silence."""
    from benchmarks.corpus_judge import _covered, visible_text

    right = total = 0
    for text in LOST_BYTE_TEXTS:
        data = f'<html><head><meta charset="gbk"><title>醫聯體動態</title></head><body><p>{text}</p></body></html>'.encode("gbk")
        clean = decode(RawPage(data, "", "text/html; charset=gbk")).html
        for i in range(data.index(b"<p>") + 3, data.index(b"</p>")):
            if data[i] >= 0x80:
                got = decode(RawPage(data[:i] + data[i + 1 :], "", "text/html; charset=gbk"))
                total += 1
                exact = visible_text(got.html) == visible_text(clean)
                right += exact or ("damaged" in got.flags and _covered(got.html, clean, got.damage))
    assert total == 425 and right >= LOST_BYTE_FLOOR
