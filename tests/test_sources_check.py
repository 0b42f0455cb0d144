"""`yilian sources check URL` shows what the crawler will find on a list page; `yilian sources add URL
--name … --province …` appends a validated entry with no selectors, and the crawl then finds every
article of the site: the one line an operator writes to add a site."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from yilian.fixtureweb import truth
from yilian.sourcecheck import guess_id, guess_kind

ROOT = Path(__file__).resolve().parent.parent
SITE = "lnwjw"  # the <dl> list with a 后页 pager, which once needed hand-written selectors


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "yilian.cli", *args], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env=env or os.environ.copy())


def first_list(site: str) -> str:
    return min((p.path for p in truth.pages("list") if p.site_id == site), key=len)


def test_check_shows_article_links_titles_dates_and_next_pages(fixture_web):
    url = fixture_web.base_url + first_list(SITE)
    done = run("sources", "check", url, "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    lists = sorted((p for p in truth.pages("list") if p.site_id == SITE), key=lambda p: len(p.path))
    articles = {a.path: a for a in truth.articles() if a.site_id == SITE}
    for shown, page in zip(report["pages"], lists):
        assert [a["url"] for a in shown["articles"]] == [fixture_web.base_url + p for p in page.article_paths]
        assert [a["title"] for a in shown["articles"]] == [articles[p].damaged_title for p in page.article_paths]
        assert [a["date"] for a in shown["articles"]] == [articles[p].published_at for p in page.article_paths]
        assert shown["next_page"] == (fixture_web.base_url + page.next_path if page.next_path else None)
    assert len(report["pages"]) == min(3, len(lists))


def test_check_of_a_page_without_an_article_list_says_so(fixture_web):
    done = run("sources", "check", f"{fixture_web.base_url}/{SITE}/index.html")
    assert done.returncode == 1 and "no article list found" in done.stdout


def test_add_writes_a_validated_entry_that_crawls_the_whole_site(fixture_web, tmp_path):
    sources = tmp_path / "sources.yaml"
    shutil.copy(ROOT / "config" / "sources.yaml", sources)
    before = sources.read_text("utf-8")
    url = fixture_web.base_url + first_list(SITE)
    done = run("sources", "add", url, "--name", "辽宁省卫生健康委员会", "--province", "辽宁省", "--id", "ln-new",
               "--allow", f"/{SITE}/", "--sources", str(sources))
    assert done.returncode == 0, done.stderr
    text = sources.read_text("utf-8")
    assert text.startswith(before.rstrip("\n"))  # comments and entries kept as they were
    (added,) = [s for s in yaml.safe_load(text)["sources"] if s["id"] == "ln-new"]
    assert added["kind"] == "health_commission" and "article_links" not in added and "next_page" not in added

    out = tmp_path / "articles.jsonl"
    env = {**os.environ, "YILIAN_STATE_DIR": str(tmp_path / "state")}
    crawled = run("crawl", "--sources", str(sources), "--only", "ln-new", "--fast", "--no-index", "--out", str(out),
                  env=env)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    found = {json.loads(line)["url"] for line in out.read_text("utf-8").splitlines()}
    assert found == {fixture_web.base_url + a.path for a in truth.articles() if a.site_id == SITE}


def test_add_refuses_a_duplicate_id_and_a_page_without_a_list(fixture_web, tmp_path):
    sources = tmp_path / "sources.yaml"
    shutil.copy(ROOT / "config" / "sources.yaml", sources)
    url = fixture_web.base_url + first_list(SITE)
    taken = run("sources", "add", url, "--name", "辽宁省卫生健康委员会", "--province", "辽宁省", "--id", SITE,
                "--sources", str(sources))
    assert taken.returncode == 2 and "already configured" in taken.stderr
    home = run("sources", "add", f"{fixture_web.base_url}/{SITE}/index.html", "--name", "辽宁省卫生健康委员会",
               "--province", "辽宁省", "--sources", str(sources))
    assert home.returncode == 2 and "no article list found" in home.stderr
    assert sources.read_text("utf-8") == (ROOT / "config" / "sources.yaml").read_text("utf-8")


def test_ids_and_kinds_are_guessed_from_the_host_and_the_name():
    assert guess_id("https://www.xzsrmyy.com/news/", set()) == "xzsrmyy"
    assert guess_id("http://wjw.xuancheng.gov.cn/col/", {"wjw-xuancheng"}) == "wjw-xuancheng-2"
    assert guess_kind("宣城市卫生健康委员会") == "health_commission"
    assert guess_kind("盘锦市人民政府") == "government"
    assert guess_kind("徐州市第一人民医院") == "hospital"
    assert guess_kind("健康报") == guess_kind("漯河日报") == guess_kind("临颍县融媒体中心") == "news"
