"""A page served as text/plain (or a saved .txt file given to `yilian extract`) is read as paragraphs."""

from __future__ import annotations

import json
import subprocess
import sys

from yilian.clean.pipeline import clean_page
from yilian.records import RawPage

# written for this test: a text dump with a breadcrumb, a title line, a metadata line and the body
TEXT = """当前位置: >首页 >新闻中心 >医院要闻
县人民医院牵头组建紧密型县域医共体 十二家乡镇卫生院加入
时间:2023-06-18 来源:院办公室 作者:陈思远 浏览:215

6月16日上午，县人民医院牵头的紧密型县域医共体在县政府会议中心举行成立大会，县内十二家乡镇卫生院作为成员单位签署了协议。
医共体成立后，县人民医院将向各成员单位派驻管理和技术骨干，统一信息平台，推进检查结果互认，并建立双向转诊绿色通道。
会上，县卫健局负责人就医共体下一步的绩效考核和医保打包支付作了部署，要求各成员单位在年底前完成首轮业务对接。
"""


def _clean(body: bytes, content_type: str | None):
    return clean_page(RawPage(body=body, url="http://www.example-county.gov.cn/news/2023/0618.txt", content_type=content_type))


def test_a_text_page_gives_its_title_date_byline_and_every_paragraph():
    article = _clean(TEXT.encode("gbk"), "text/plain; charset=gbk")
    assert article.is_article
    assert article.title == "县人民医院牵头组建紧密型县域医共体 十二家乡镇卫生院加入"
    assert article.published_at == "2023-06-18"
    assert article.source == "院办公室"
    paragraphs = article.body.split("\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("6月16日上午") and paragraphs[2].endswith("业务对接。")
    assert "当前位置" not in article.body and "浏览" not in article.body
    # read as one HTML text node, the breadcrumb sank the whole page
    assert not _clean(TEXT.encode("gbk"), "text/html; charset=gbk").body.startswith("6月16日上午")


def test_html_served_as_text_plain_keeps_its_markup():
    html = ("<html><head><title>医共体成立</title></head><body><div><h1>医共体成立</h1>"
            "<p>县人民医院牵头的紧密型县域医共体成立，十二家乡镇卫生院签署协议。</p>"
            "<p>医共体将统一信息平台，推进检查结果互认，并建立双向转诊绿色通道。</p></div></body></html>")
    article = _clean(html.encode("utf-8"), "text/plain; charset=utf-8")
    assert "<p>" not in article.body and "&lt;" not in article.body
    assert article.body.startswith("县人民医院牵头的紧密型县域医共体成立")


def test_yilian_extract_reads_a_saved_txt_file_as_text(tmp_path):
    path = tmp_path / "notice.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    out = subprocess.run([sys.executable, "-m", "yilian.cli", "extract", str(path)], capture_output=True, text=True, check=True)
    record = json.loads(out.stdout.splitlines()[0])
    assert record["title"] == "县人民医院牵头组建紧密型县域医共体 十二家乡镇卫生院加入"
    assert record["published_at"] == "2023-06-18" and record["body"].startswith("6月16日上午")
