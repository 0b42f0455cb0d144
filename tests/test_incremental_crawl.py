"""Incremental crawls on the fixture web, measured as an operator would: requests sent, documents
written. A second crawl with nothing changed sends at most a tenth of the first crawl's requests and
writes no document; a new article on a list's first page is found; a corrected article is re-indexed
(updated, not duplicated) once its re-check window has passed, and not before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from yilian.fixtureweb import truth
from yilian.fixtureweb.build import CORRECTION, Edits, build_web
from yilian.fixtureweb.script import to_script
from yilian.fixtureweb.server import start_background
from yilian.records import article_id

ROOT = Path(__file__).resolve().parent.parent
SITE = "lhzxyy"  # the corrected article and the new one are on this hospital site


def crawl(server, state: Path, alias: str, *extra: str, sources: Path | None = None) -> dict:
    env = {**os.environ, "YILIAN_INDEX": alias, "YILIAN_STATE_DIR": str(state)}
    command = [sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", server.base_url, "--fast", *extra]
    if sources:
        command += ["--sources", str(sources)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def versions(es_client, alias: str) -> dict[str, int]:
    es_client.indices.refresh(index=alias)
    hits = es_client.search(index=alias, size=2000, version=True, source=False, query={"match_all": {}})["hits"]["hits"]
    return {hit["_id"]: hit["_version"] for hit in hits}


@pytest.fixture(scope="module")
def web():
    server = start_background(port=0)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def alias(es_client):
    from indexer.lifecycle import managed_indices

    name = f"yilian-incr-{os.getpid()}"
    yield name
    names = managed_indices(es_client, name)
    if names:
        es_client.indices.delete(index=",".join(names))


def test_recrawls_fetch_only_what_changed(web, alias, es_client, tmp_path):
    state = tmp_path / "state"
    first = crawl(web, state, alias)
    articles = truth.articles()
    assert first["indexed"] == len(articles)
    before = versions(es_client, alias)
    assert len(before) == len(articles)

    second = crawl(web, state, alias)
    print(f"\nrequests: first crawl {first['requests']}, unchanged re-crawl {second['requests']}")
    assert second["requests"] <= 0.10 * first["requests"]
    assert second["indexed"] == 0 and second["articles"] == 0
    assert versions(es_client, alias) == before  # no document written, none added

    site_articles = sorted((a for a in articles if a.site_id == SITE), key=lambda a: a.published_at)
    corrected = site_articles[len(site_articles) // 2]  # on the list's second page
    edits = Edits(changed=(corrected.path,), added=(SITE,))
    changed_web = web.edit(edits)
    (new,) = [a for a in changed_web.articles if a.site_id == SITE and a.path not in {x.path for x in articles}]
    new_id = article_id(web.base_url + new.path)
    corrected_id = article_id(web.base_url + corrected.path)

    third = crawl(web, state, alias)
    after_new = versions(es_client, alias)
    assert new_id in after_new and len(after_new) == len(articles) + 1  # found on page 1, nothing duplicated
    assert after_new[corrected_id] == before[corrected_id]  # inside its 30-day re-check window: not fetched
    assert third["requests"] <= 0.10 * first["requests"]

    recheck = tmp_path / "sources.yaml"
    config = yaml.safe_load((ROOT / "config" / "sources.yaml").read_text("utf-8"))
    for source in config["sources"]:
        if source["id"] == SITE:
            source["recheck_days"] = 0
    recheck.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    fourth = crawl(web, state, alias, sources=recheck)
    after = versions(es_client, alias)
    assert len(after) == len(articles) + 1  # updated, not duplicated
    assert [doc_id for doc_id in after if after[doc_id] != after_new[doc_id]] == [corrected_id]  # and only it
    doc = es_client.get(index=alias, id=corrected_id)["_source"]
    assert to_script(CORRECTION, corrected.script) in doc["body_original"]
    others = len([a for a in changed_web.articles if a.site_id == SITE]) - 1
    # Re-checked: a 304 each, or (where the new neighbour changed its links) a page whose content is as indexed.
    assert fourth["crawl"].get("not_modified_article", 0) + fourth["crawl"].get("unchanged", 0) == others
    assert fourth["crawl"]["changed"] == 1 and fourth["indexed"] == 1


def test_without_validators_an_unchanged_page_is_told_by_its_content(es_client, es_alias, tmp_path):
    """Old CMSs send no ETag/Last-Modified: every page comes back whole, and the cleaned content's
    fingerprint tells that nothing changed, so nothing is written."""
    with start_background(port=0, validators=False) as server:
        state = tmp_path / "state"
        first = crawl(server, state, es_alias, "--only", SITE)
        before = versions(es_client, es_alias)
        again = crawl(server, state, es_alias, "--only", SITE, "--full")
    n = len([a for a in build_web().articles if a.site_id == SITE])
    assert first["indexed"] == n == len(before)
    assert again["crawl"]["unchanged"] == n and again["indexed"] == 0
    assert versions(es_client, es_alias) == before
