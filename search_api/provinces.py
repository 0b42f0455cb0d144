"""The 34 provincial-level divisions, so a province filter is checked before it reaches Elasticsearch.

Documents store the full official name (河南省, 广西壮族自治区); users type the short form (河南, 广西),
so both are accepted and folded to the full name.
"""

from __future__ import annotations

PROVINCES: tuple[str, ...] = (
    "北京市", "天津市", "上海市", "重庆市",
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省",
    "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)

_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")


def short_name(full: str) -> str:
    """河南省 -> 河南, 广西壮族自治区 -> 广西, 香港特别行政区 -> 香港."""
    for suffix in _SUFFIXES:
        if full.endswith(suffix):
            return full[: -len(suffix)]
    return full


_BY_NAME: dict[str, str] = {name: full for full in PROVINCES for name in (full, short_name(full))}


def canonical_province(name: str) -> str | None:
    """Full official name for a full or short form, or None when it names no province."""
    return _BY_NAME.get(name.strip())
