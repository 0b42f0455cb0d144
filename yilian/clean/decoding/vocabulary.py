"""The decode stage's flags, repair kinds and damage kinds: one definition each, with what
they mean (the README's table is this one)."""

from __future__ import annotations

FLAGS = {
    "empty": "the body is empty or only whitespace; no text",
    "binary": "the body is a file (PDF, image, archive) or mostly NUL bytes, not a page; no text",
    "nul_bytes": "NUL bytes in a page that is not UTF-16 were dropped",
    "truncated": "the page ends inside a character (cut off in transfer); that character is dropped",
    "unknown_charset_label": "the header or <meta> names a charset no codec answers to; the codec was detected",
    "declared_wrong": "a declared charset (header or <meta>) names another family than the bytes hold, so it misreads them; a label of the same family (GB2312/GBK for GB18030, Big5/cp950 for Big5-HKSCS, ASCII/ISO-8859-1 for windows-1252) is not wrong; the bytes won",
    "mixed_encoding": "stretches of the page are in another codec than the page's; each was decoded with its own",
    "undecodable": "some bytes decode under no codec; each became U+FFFD (and is damage)",
    "repaired": "text misread before it reached us was restored, and the restoration is certain (a lossless codec chain)",
    "mojibake_repaired": "a misreading was repaired (certain or not); kept for scripts written before `repaired`",
    "pinyin_removed": "pinyin readings a CMS plug-in added after characters were removed",
    "repair_incomplete": "the repair's operation budget ran out before every suspect place was looked at",
    "damaged": "characters were lost or guessed: the `damage` spans say where; the search page shows this one",
}

# repair kinds besides the codec chains (rereading.Step.kind, joined with "+" for a chain:
# utf8_as_gbk, big5_as_gbk, gbk_as_big5, utf8_as_big5, utf8_as_cp1252, gbk_as_cp1252,
# big5_as_cp1252, gbk_out_of_step)
DOUBLE_ESCAPED = "double_escaped_reference"
MIXED = "mixed_encoding"
PINYIN = "pinyin_reading"

# damage span kinds (decoding/damage.py finds the first four in any text)
DAMAGE_KINDS = {
    "kunjinkao": "锟斤拷: U+FFFD written as UTF-8 and read back as GBK, before the page reached us",
    "uninitialised": "烫烫烫 / 屯屯屯: uninitialised memory printed as GBK",
    "replacement_char": "U+FFFD: a byte nobody could decode, here or before",
    "lost_chars": "'?' where a converter could not map a character, between Chinese characters",
    "lost_byte_guessed": "characters a written repair completed from broken bytes by the character model, and the ones it read on that guess: likely, not certain",
    "misread": "text that reads as misread before it reached us (mojibake, a GBK stream out of step, a letter left where a lost lead byte's trail stood) where no reading is proven enough to write: left as published; `reading`, when present, is the likeliest one",
}
GUESSED = "lost_byte_guessed"
MISREAD = "misread"
