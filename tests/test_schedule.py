"""Each source is crawled when its cron schedule says, and a restarted scheduler remembers."""

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from yilian.schedule import due_sources, next_run
from yilian.sources import Source


def src(id_: str, schedule: str) -> Source:
    return Source(id=id_, name="某某医院", kind="hospital", province="河北省", start_urls=["http://a.example/"],
                  schedule=schedule)


def test_a_source_that_never_ran_is_due_at_once():
    now = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
    assert due_sources([src("aa", "0 3 * * *")], {}, now)[0].id == "aa"


def test_due_only_after_the_next_cron_slot():
    nightly, hourly = src("nightly", "0 3 * * *"), src("hourly", "0 * * * *")
    last = datetime(2026, 11, 22, 3, 0, tzinfo=timezone.utc)
    at_ten = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
    due = due_sources([nightly, hourly], {"nightly": last, "hourly": last}, at_ten, timezone.utc)
    assert [s.id for s in due] == ["hourly"]
    assert next_run(nightly, last, at_ten, timezone.utc) == datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)


def test_cron_times_are_read_in_shanghai_time():
    nightly = src("nightly", "0 3 * * *")
    last = datetime(2026, 11, 21, 19, 0, tzinfo=timezone.utc)  # 03:00 in Shanghai on the 22nd
    assert next_run(nightly, last, last, ZoneInfo("Asia/Shanghai")) == datetime(2026, 11, 22, 19, 0, tzinfo=timezone.utc)
