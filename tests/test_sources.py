"""config/sources.yaml is validated at load, with messages that name the file and the field."""

from pathlib import Path

import pytest
import yaml

from yilian.sources import SourcesError, load_sources

GOOD = {
    "id": "xgzxyy",
    "name": "孝感市中心医院",
    "kind": "hospital",
    "province": "湖北省",
    "city": "孝感市",
    "start_urls": ["https://www.example-hospital.cn/news/index.html"],
    "schedule": "30 2 * * *",
}


def write(tmp_path: Path, sources) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    return path


def test_a_valid_source_loads_without_selectors(tmp_path):
    (source,) = load_sources(write(tmp_path, [GOOD]))
    assert source.article_links is None and source.next_page is None  # the list-page detector reads them
    assert source.recheck_days == 30 and not source.full_rewalk
    assert source.politeness.obey_robots and source.politeness.autothrottle


@pytest.mark.parametrize(
    "change, message",
    [
        ({"schedule": "every day"}, "cron"),
        ({"kind": "clinic"}, "kind"),
        ({"start_urls": ["ftp://x"]}, "start_urls"),
        ({"article_links": {"css": "a", "xpath": "//a"}}, "exactly one"),
        ({"id": "Bad Id"}, "id"),
        ({"province": None}, "a city or county needs its province"),
    ],
)
def test_bad_fields_fail_with_the_field_named(tmp_path, change, message):
    with pytest.raises(SourcesError) as err:
        load_sources(write(tmp_path, [{**GOOD, **change}]))
    assert message in str(err.value) and "sources.yaml" in str(err.value)


def test_a_national_or_news_publisher_needs_no_province(tmp_path):
    national = {**GOOD, "id": "nhc", "name": "国家卫生健康委员会", "kind": "health_commission"}
    national.pop("province"), national.pop("city")
    news = {**national, "id": "jkb", "name": "健康报", "kind": "news"}
    loaded = load_sources(write(tmp_path, [national, news]))
    assert [(s.kind, s.province, s.city) for s in loaded] == [("health_commission", None, None), ("news", None, None)]


def test_duplicate_ids_are_refused(tmp_path):
    with pytest.raises(SourcesError, match="duplicate source id"):
        load_sources(write(tmp_path, [GOOD, GOOD]))


def test_missing_file_and_broken_yaml_are_clear(tmp_path):
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "nope.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("sources: [\n", encoding="utf-8")
    with pytest.raises(SourcesError, match="not valid YAML"):
        load_sources(broken)


def test_fixture_placeholder_needs_a_base(tmp_path):
    (source,) = load_sources(write(tmp_path, [{**GOOD, "start_urls": ["{fixture}/lhzxyy/news/index.html"]}]))
    assert source.resolved_start_urls("http://127.0.0.1:8800/") == ["http://127.0.0.1:8800/lhzxyy/news/index.html"]
    with pytest.raises(SourcesError, match="fixture-base"):
        source.resolved_start_urls(None)


def test_the_shipped_config_is_valid():
    sources = load_sources(Path(__file__).resolve().parent.parent / "config" / "sources.yaml")
    assert {s.kind for s in sources} >= {"hospital", "government"}
