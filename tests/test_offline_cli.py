"""`yilian extract` and `yilian decode` on saved page bytes: one JSON line per page, in input order."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GBK_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>我院牵头成立县域医共体-某县人民医院</title></head><body>
<div class="position">当前位置: <a href="/">首页</a> &gt; <a href="/xw/">医院新闻</a></div>
<h1>我院牵头成立县域医共体</h1>
<div class="info">发布时间：2021-05-17 来源：院办公室 作者：宣传科 王敏 点击数：128</div>
<div class="content"><p>5月14日上午，由我院牵头组建的县域医共体成立大会在县会议中心召开，全县十八家乡镇卫生院作为成员单位加入医共体。</p>
<p>会议审议通过了医共体章程，明确了人员统筹、药品统一配送和检查结果互认等九项具体工作机制，堃字辈老专家也到场祝贺。</p></div>
<div class="share">分享到：微信 微博</div><div class="footer">版权所有 某县人民医院 豫ICP备12345678号</div>
</body></html>"""


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yilian.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


@pytest.fixture
def saved(tmp_path):
    gbk = tmp_path / "gbk.html"
    gbk.write_bytes(GBK_PAGE.encode("gb18030"))
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes(GBK_PAGE.replace("gb2312", "utf-8").encode("utf-8"))
    return gbk, utf8


def test_extract_reads_the_page_right_whatever_the_header_says(saved):
    gbk, _ = saved
    done = run("extract", str(gbk), "--url", "http://hospital.example.cn/xw/1.html",
               "--content-type", "text/html; charset=utf-8")
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert record["url"] == "http://hospital.example.cn/xw/1.html"
    assert record["title"] == "我院牵头成立县域医共体"
    assert record["published_at"] == "2021-05-17"
    assert record["source"] == "院办公室"
    assert "堃字辈" in record["body"] and "分享到" not in record["body"] and "ICP" not in record["body"]
    assert record["encoding"]["header"] == "utf-8" and record["encoding"]["used"] == "gb18030"
    for field in ("event_types", "lead_organization", "members", "member_count"):  # each field says which rule gave it
        assert not record[field] or record["enrich_evidence"][field], field
    assert record["enrich_evidence"]["relevance"]


def test_batch_keeps_input_order_and_reports_a_missing_file_without_losing_the_rest(saved, tmp_path):
    gbk, utf8 = saved
    manifest = tmp_path / "pages.jsonl"
    lines = [
        {"path": utf8.name, "url": "http://a.example/2.html", "content_type": None},
        {"path": "missing.html", "url": "http://a.example/3.html", "content_type": None},
        {"path": str(gbk), "url": "http://a.example/1.html", "content_type": "text/html"},
    ]
    manifest.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    done = run("extract", "--batch", str(manifest))
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("url") or r["path"] for r in records] == ["http://a.example/2.html", "missing.html", "http://a.example/1.html"]
    assert "error" in records[1] and records[0]["title"] == records[2]["title"] == "我院牵头成立县域医共体"
    assert done.returncode == 1


def test_decode_prints_the_unicode_page_and_the_decision(saved):
    gbk, _ = saved
    done = run("decode", str(gbk))
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in done.stdout.splitlines()]
    assert "县域医共体" in record["html"]
    assert record["encoding"]["meta"] in ("gb2312", "gb18030") and record["encoding"]["used"] == "gb18030"
    assert set(record["encoding"]) >= {"header", "meta", "detected", "used", "confidence", "repairs"}
    assert "damaged" not in record["flags"]


def test_no_input_is_a_usage_error():
    done = run("extract")
    assert done.returncode == 2 and "--batch" in done.stderr


def test_a_configured_source_gives_the_page_its_publisher(saved, tmp_path):
    """Without a source 我院 names no one; as the crawl of the configured source it is the publisher,
    with the source's place; a manifest line may name another source, and an unknown one is reported."""
    gbk, utf8 = saved
    sources = tmp_path / "sources.yaml"
    sources.write_text("""sources:
  - {id: mxrmyy, name: 某县人民医院, kind: hospital, province: 河南省, city: 漯河市, county: 舞阳县,
     start_urls: ["http://hospital.example.cn/xw/"]}
""", encoding="utf-8")
    bare = json.loads(run("extract", str(gbk)).stdout)
    assert bare["lead_organization"] is None and bare["publisher_region"]["province"] is None
    done = run("extract", str(gbk), "--source", "mxrmyy", "--sources", str(sources))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["lead_organization"] == "某县人民医院"
    assert (record["publisher_region"]["province"], record["publisher_region"]["county"]) == ("河南省", "舞阳县")
    manifest = tmp_path / "pages.jsonl"
    manifest.write_text("\n".join(json.dumps(line) for line in (
        {"path": str(utf8), "source": "mxrmyy"}, {"path": str(utf8), "source": "elsewhere"}, {"path": str(gbk)})) + "\n",
        encoding="utf-8")
    done = run("extract", "--batch", str(manifest), "--sources", str(sources))
    first, unknown, plain = [json.loads(line) for line in done.stdout.splitlines()]
    assert first["lead_organization"] == "某县人民医院" and plain["lead_organization"] is None
    assert "no source 'elsewhere'" in unknown["error"] and done.returncode == 1
    refused = run("extract", str(gbk), "--source", "elsewhere", "--sources", str(sources))
    assert refused.returncode == 2 and "no source 'elsewhere'" in refused.stderr and not refused.stdout
