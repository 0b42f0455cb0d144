"""The project's own fixture web: hospital and government sites served on 127.0.0.1 with the
damage real sites have (wrong or missing charsets, GBK bytes, mojibake, pinyin readings).

``build`` renders every page once, ``server`` serves the bytes, ``truth`` tells tests what each
page should yield.
"""
