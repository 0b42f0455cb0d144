"""A crawl that cannot run is reported as failed, not as an empty success, and the same command runs it
once the cause is fixed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from yilian.fixtureweb import truth

ROOT = Path(__file__).resolve().parent.parent
SOURCE = "lhzxyy"


def crawl(base: str, state: Path, out: str) -> tuple[subprocess.CompletedProcess, dict]:
    env = {**os.environ, "YILIAN_STATE_DIR": str(state)}
    done = subprocess.run([sys.executable, "-m", "yilian.cli", "crawl", "--fixture-base", base, "--fast",
                           "--no-index", "--only", SOURCE, "--out", out],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    return done, json.loads(done.stdout.strip().splitlines()[-1])


def test_a_pipeline_that_cannot_open_fails_the_crawl_and_the_rerun_loses_nothing(fixture_web, tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the output's folder should be")
    failed, summary = crawl(fixture_web.base_url, tmp_path / "state", str(blocker / "articles.jsonl"))
    assert failed.returncode == 1
    assert summary["crawl_error"].startswith(("FileExistsError", "NotADirectoryError"))
    assert "the crawl stopped on an error" in failed.stderr

    out = tmp_path / "articles.jsonl"
    done, summary = crawl(fixture_web.base_url, tmp_path / "state", str(out))
    assert done.returncode == 0, done.stderr[-2000:]
    assert summary["crawl_error"] is None
    expected = {a.path for a in truth.articles() if a.site_id == SOURCE}
    written = {json.loads(line)["url"].split(fixture_web.base_url, 1)[1] for line in out.read_text("utf-8").splitlines()}
    assert written == expected
