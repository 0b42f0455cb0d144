"""Reposts of one announcement group together, with the earliest publication as canonical."""

import random

import numpy as np

from yilian.clean.dedup import (
    BITS, MAX_DISTANCE, fingerprint, group_reposts, is_repost, reposts_in, similarity, words,
)
from yilian.records import Article

ORIGINAL = (
    "3月20日，某市城市医疗集团成立大会在市中心医院召开，市政府分管负责同志为集团揭牌。\n"
    "集团由市中心医院牵头，市第二人民医院、市中医院和城区12家社区卫生服务中心共同组成，"
    "实行人员统一调配、药品统一采购、检查结果互认，推动优质医疗资源下沉到社区。\n"
    "集团将在三年内建成覆盖城区的家庭医生签约服务网络，慢性病患者在社区即可复诊取药，"
    "急危重症通过绿色通道直接转诊到牵头医院。\n"
    "市卫生健康委负责同志表示，城市医疗集团是深化医改的重要举措，要以群众获得感为检验标准。"
)
OTHER = (
    "4月8日，县人民医院组织专家团队到乡镇卫生院开展巡诊，为群众测量血压血糖并讲解慢病防治知识。\n"
    "巡诊期间，专家们还对卫生院医生进行了心电图判读和急救技能培训，帮助基层提高服务能力。\n"
    "县卫健局表示，今后将把巡诊活动常态化，每月安排一次，让群众在家门口看上好医生。"
)


def art(url: str, body: str, date: str) -> Article:
    return fingerprint(Article(url=url, body=body, published_at=date))


def test_edited_repost_with_a_changed_first_line_groups_with_the_original():
    original = art("a", ORIGINAL, "2023-03-21")
    edited = art("b", "（来源：市卫生健康委）\n3月20日上午，我市城市医疗集团正式成立。\n" + ORIGINAL.split("\n", 1)[1], "2023-03-22")
    unrelated = art("c", OTHER, "2023-03-20")
    assert is_repost(original.fingerprint, edited.fingerprint)
    assert not is_repost(original.fingerprint, unrelated.fingerprint)
    assert similarity(original.fingerprint, edited.fingerprint) > similarity(original.fingerprint, unrelated.fingerprint)
    groups = group_reposts([edited, unrelated, original])
    assert len(groups) == 1
    assert groups[0].canonical == "a" and groups[0].members == ["a", "b"]


def test_traditional_page_is_fingerprinted_on_its_simplified_text():
    simplified = art("a", ORIGINAL, "2023-03-21")
    traditional = fingerprint(Article(url="t", body="繁體原文", body_simplified=ORIGINAL, published_at="2023-03-25"))
    assert traditional.fingerprint == simplified.fingerprint


def test_too_short_bodies_get_no_fingerprint_and_never_group():
    a, b = art("a", "图片新闻", "2023-01-01"), art("b", "图片新闻", "2023-01-02")
    assert a.fingerprint is None
    assert group_reposts([a, b]) == []
    assert similarity(a.fingerprint, b.fingerprint) == 0.0


def test_a_table_of_fingerprints_is_compared_exactly_as_pairs_are():
    rng = random.Random(5)
    fp = f"{rng.getrandbits(BITS):064x}"
    others = [f"{rng.getrandbits(BITS):064x}" for _ in range(200)]
    for flipped in (0, 1, MAX_DISTANCE - 1, MAX_DISTANCE, MAX_DISTANCE + 1, BITS // 2):
        others.append(f"{int(fp, 16) ^ sum(1 << bit for bit in rng.sample(range(BITS), flipped)):064x}")
    table = np.stack([words(other) for other in others], axis=1)
    (found,) = reposts_in([fp], table)
    assert [row in found for row in range(len(others))] == [is_repost(fp, other) for other in others]
    chunked = np.concatenate([table] * 200, axis=1)  # past one chunk of the table
    (again,) = reposts_in([fp], chunked)
    assert list(again) == [row + copy * len(others) for copy in range(200) for row in found]
    assert [is_repost(fp, other) for other in others[-6:]] == [True, True, True, True, False, False]
