"""Pinyin readings a "reading aid" CMS plugin inserts after common characters.

Such plugins annotate a fixed list of characters (often the frequent or polyphonic ones) rather
than every character, which is why real pages carry readings on only some of them. The list is
deliberately small: it is fixture data, not a dictionary.
"""

from __future__ import annotations

READINGS: dict[str, str] = {
    "醫": "yī", "医": "yī", "學": "xué", "学": "xué", "體": "tǐ", "体": "tǐ", "區": "qū", "区": "qū",
    "科": "kē", "作": "zuò", "務": "wù", "务": "wù", "質": "zhì", "质": "zhì", "長": "cháng",
    "国": "guó", "國": "guó", "中": "zhōng", "新": "xīn", "工": "gōng", "有": "yǒu", "分": "fēn",
    "為": "wèi", "为": "wèi", "理": "lǐ", "多": "duō", "民": "mín", "他": "tā", "又": "yòu",
    "用": "yòng", "辦": "bàn", "能": "néng", "名": "míng", "精": "jīng", "具": "jù", "小": "xiǎo",
    "技": "jì", "産": "chǎn", "產": "chǎn", "哥": "gē", "縣": "xiàn", "鄉": "xiāng",
    "鎮": "zhèn", "衛": "wèi", "發": "fā",
}

# Characters that get a stray space inside the reading, as in "技(jì )術" on real pages.
SPACED = frozenset("技鎮")

