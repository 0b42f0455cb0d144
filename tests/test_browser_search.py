"""The search page in a real browser (headless Debian Chromium via Playwright) against the crawled fixture web.

Expectations come from the API the page itself calls, not from typed-in numbers: the page must
show what the index holds and send the filters a click asks for.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.es


def _open(page, live_api, hash_: str = "") -> None:
    page.goto(f"{live_api}/{hash_}")
    _settled(page)


def _settled(page) -> None:
    """The results and both charts are drawn for the current state."""
    page.wait_for_function("() => document.body.dataset.shown === location.hash && location.hash !== ''")


def _state(page) -> dict[str, str]:
    fragment = urlsplit(page.url).fragment
    return {key: values[0] for key, values in parse_qs(fragment.split("?", 1)[1] if "?" in fragment else "").items()}


def _api(page, live_api, path: str, **params) -> dict:
    response = page.request.get(f"{live_api}{path}", params=params)
    assert response.ok, response.text()
    return response.json()


def _total(page) -> int:
    text = page.locator("#summary").inner_text()
    return int("".join(ch for ch in text.split("共找到")[1].split("篇")[0] if ch.isdigit()))


# Pixels of the map chart to try for a province: its capital first, then a grid over its box.
_CANDIDATES = """(name) => {
    const chart = echarts.getInstanceByDom(document.getElementById('map-chart'));
    const feature = echarts.getMap('china').geoJSON.features.find((f) => f.properties.name === name);
    if (!feature) return [];
    const rings = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const corners = rings.flat(2).map((c) => chart.convertToPixel({seriesIndex: 0}, c));
    const [xs, ys] = [corners.map((c) => c[0]), corners.map((c) => c[1])];
    const grid = [];
    for (let i = 1; i < 10; i++) for (let j = 1; j < 10; j++) grid.push([
        Math.min(...xs) + (Math.max(...xs) - Math.min(...xs)) * i / 10,
        Math.min(...ys) + (Math.max(...ys) - Math.min(...ys)) * j / 10]);
    return [chart.convertToPixel({seriesIndex: 0}, feature.properties.cp), ...grid];
}"""


def _clickable_point(page, short: str):
    """A pixel (relative to the map) where the chart itself reports the province under the pointer,
    3 px around included: tiny shapes (Macao, Hong Kong) may have none on a small screen."""
    box = page.locator("#map-chart").bounding_box()
    for x, y in page.evaluate(_CANDIDATES, short):
        under = set()
        for dx, dy in ((0, 0), (3, 0), (-3, 0), (0, 3), (0, -3)):
            page.evaluate("() => { window.__under = null; }")
            page.mouse.move(box["x"] + x + dx, box["y"] + y + dy)
            under.add(page.evaluate("() => window.__under"))
        if under == {short}:
            return x, y
    return None


def test_search_then_drill_down_by_facets(page, live_api):
    _open(page, live_api)
    page.fill("#q", "医联体")
    page.click("#search-form button[type=submit]")
    _settled(page)
    assert _state(page)["q"] == "医联体"
    expected = _api(page, live_api, "/api/search", q="医联体")
    assert _total(page) == expected["total"] > 0
    province = expected["facets"]["province"][0]["value"]
    page.locator("#facets a", has_text=province).first.click()
    _settled(page)
    assert _state(page)["province"] == province
    narrowed = _api(page, live_api, "/api/search", q="医联体", province=province)
    assert _total(page) == narrowed["total"]
    assert page.locator("#active-filters .chip", has_text=province).count() == 1
    city = narrowed["facets"]["city"][0]["value"]
    page.locator("#facets a", has_text=city).first.click()
    _settled(page)
    assert _state(page)["city"] == city and _state(page)["province"] == province
    places = page.locator("#results .meta").all_inner_texts()
    assert places and all(city in place for place in places)


def test_date_range_from_the_form(page, live_api):
    _open(page, live_api)
    months = _api(page, live_api, "/api/search")["facets"]["month"]
    month = months[len(months) // 2]["value"]
    page.fill("#date_from", f"{month}-01")
    page.fill("#date_to", f"{month}-28")
    page.click("#search-form button[type=submit]")
    _settled(page)
    dates = page.locator("#results .meta time").all_inner_texts()
    assert dates and all(f"{month}-01" <= d <= f"{month}-28" for d in dates)


def test_trend_chart_draws_the_buckets_and_a_click_narrows_the_dates(page, live_api):
    _open(page, live_api, "#/search?interval=quarter&split=alliance_form")
    trends = _api(page, live_api, "/api/trends", interval="quarter", split="alliance_form")
    drawn = page.evaluate("""() => {
        const option = echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption();
        return {keys: option.xAxis[0].data, series: option.series.map(s => s.name)};
    }""")
    assert drawn["keys"] == [bucket["key"] for bucket in trends["buckets"]]
    assert len(drawn["series"]) == len(trends["series"]) > 1
    index, bucket = max(enumerate(trends["buckets"]), key=lambda item: item[1]["count"])
    x, y = page.evaluate(
        """([i, count]) => echarts.getInstanceByDom(document.getElementById('trend-chart')).convertToPixel({xAxisIndex: 0, yAxisIndex: 0}, [i, count / 2])""",
        [index, bucket["count"]],
    )
    box = page.locator("#trend-chart").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    _settled(page)
    state = _state(page)
    assert (state["date_from"], state["date_to"]) == (bucket["start"], bucket["end"])
    assert _total(page) == bucket["count"]


def test_map_colours_provinces_and_a_click_filters_by_province(page, live_api):
    _open(page, live_api)
    facets = _api(page, live_api, "/api/search")["facets"]
    names = {p["name"]: p["short"] for p in _api(page, live_api, "/api/provinces")}
    drawn = page.evaluate("""() => Object.fromEntries(echarts.getInstanceByDom(document.getElementById('map-chart'))
        .getOption().series[0].data.filter(d => d.value).map(d => [d.name, d.value]))""")
    assert drawn == {names[b["value"]]: b["count"] for b in facets["province"]}
    page.locator("#map-chart").scroll_into_view_if_needed()
    page.evaluate("""() => echarts.getInstanceByDom(document.getElementById('map-chart'))
        .on('mousemove', (event) => { window.__under = event.name; })""")
    # the province with the fewest announcements that has a clickable point on this screen:
    # proves the click hits the right shape
    target, (x, y) = next(
        ((b["value"], point) for b in reversed(facets["province"])
         if (point := _clickable_point(page, names[b["value"]])) is not None),
        (None, (None, None)),
    )
    assert target is not None, "the map reports no province under the pointer anywhere"
    box = page.locator("#map-chart").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    _settled(page)
    assert _state(page)["province"] == target
    assert _total(page) == next(b["count"] for b in facets["province"] if b["value"] == target)
    page.select_option("#basis", "publisher")
    _settled(page)
    publishers = _api(page, live_api, "/api/search", province=target)["facets"]["publisher_province"]
    drawn = page.evaluate("""() => Object.fromEntries(echarts.getInstanceByDom(document.getElementById('map-chart'))
        .getOption().series[0].data.filter(d => d.value).map(d => [d.name, d.value]))""")
    assert drawn == {names[b["value"]]: b["count"] for b in publishers}


def test_article_view_and_back(page, live_api):
    _open(page, live_api, "#/search?q=医联体")
    first = page.locator("#results h2 a").first
    title = first.inner_text()
    first.click()
    _settled(page)
    assert page.locator("#article-view h1").inner_text().startswith(title.split("\n")[0][:10])
    assert page.locator("#article-view .body p").count() > 0
    assert page.locator("#search-view").is_hidden()
    page.locator("#article-view .back").click()
    _settled(page)
    assert _state(page)["q"] == "医联体"


def test_export_link_downloads_every_hit(page, live_api):
    _open(page, live_api, "#/search?q=医联体")
    href = page.locator("#follow a", has_text="CSV").get_attribute("href")
    response = page.request.get(f"{live_api}{href}")
    rows = list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))
    assert len(rows) == _total(page) > 0


def test_shareable_url_is_restored_on_reload(page, live_api):
    months = _api(page, live_api, "/api/search")["facets"]["month"]
    hash_ = f"#/search?q=医联体&date_from={months[-1]['value']}-01&interval=year&split=event_type&chart=line&basis=publisher&collapse=false"
    _open(page, live_api, hash_)
    before = (_total(page), page.locator("#results h2").all_inner_texts())
    page.reload()
    _settled(page)
    assert (_total(page), page.locator("#results h2").all_inner_texts()) == before
    assert page.input_value("#q") == "医联体" and page.input_value("#date_from") == f"{months[-1]['value']}-01"
    assert [page.input_value(f"#{key}") for key in ("interval", "split", "chart", "basis")] == ["year", "event_type", "line", "publisher"]
    assert not page.is_checked("#collapse")
    series_type = page.evaluate("() => echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption().series[0].type")
    assert series_type == "line"


def test_query_help_and_a_bad_query(page, live_api):
    _open(page, live_api)
    page.click(".help-button")
    assert page.locator("#query-help").is_visible() and "title:" in page.locator("#query-help").inner_text()
    page.keyboard.press("Escape")
    page.fill("#q", "(签约 OR 揭牌")
    page.click("#search-form button[type=submit]")
    page.wait_for_selector("#summary .error")
    assert "parenthesis" in page.locator("#summary .error").inner_text()


def test_mobile_layout_at_375_pixels(browser, live_api):
    context = browser.new_context(viewport={"width": 375, "height": 812}, locale="zh-CN", is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        _open(page, live_api, "#/search?q=医联体")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 375  # nothing sticks out sideways
        for selector in ("#q", "#trend-chart", "#map-chart", "#results"):
            box = page.locator(selector).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 375, selector
        # one column; the filters start folded so the first hit is on the first screen, and unfold on a tap
        assert page.locator("#results li").first.bounding_box()["y"] < 812 * 1.5
        assert page.locator("#facets a").first.is_hidden()
        page.locator("#facet-box > summary").tap()
        assert page.locator("#facets a").first.is_visible()
        facets, results = page.locator("#facets").bounding_box(), page.locator("#results-pane").bounding_box()
        assert facets["y"] + facets["height"] <= results["y"] + 1
    finally:
        context.close()


def test_alliance_list_facets_and_alliance_view(page, live_api):
    _open(page, live_api, "#/alliances?")
    listed = _api(page, live_api, "/api/alliances")
    assert listed["total"] > 0
    assert page.locator("#alliance-summary").inner_text().startswith(f"共 {listed['total']}")
    form = listed["facets"]["form"][0]["value"]
    page.locator("#alliance-facets a", has_text=form).first.click()
    _settled(page)
    narrowed = _api(page, live_api, "/api/alliances", form=form)
    assert _state(page)["form"] == form and page.locator("#alliance-results > li").count() == min(20, narrowed["total"])
    top = narrowed["hits"][0]
    page.locator("#alliance-results h2 a", has_text=top["name"]).first.click()
    _settled(page)
    detail = _api(page, live_api, f"/api/alliances/{top['id']}")
    assert page.locator("#alliance-view h1").inner_text() == detail["name"]
    assert page.locator("#alliance-view .timeline li").count() == len(detail["announcements"]) == top["announcement_count"]
    assert page.locator("#alliance-view table tr").count() == (len(detail["members"]) + 1 if detail["members"] else 0)
    # an announcement of the timeline links back to its alliance
    page.locator("#alliance-view .timeline a").first.click()
    _settled(page)
    page.locator("#article-view a", has_text=detail["name"]).click()
    _settled(page)
    assert _state(page) == {} and page.locator("#alliance-view h1").inner_text() == detail["name"]


def test_an_alliance_with_stated_counts_charts_its_member_count_over_time(page, live_api):
    hits = _api(page, live_api, "/api/alliances", size=50)["hits"]
    details = (_api(page, live_api, f"/api/alliances/{hit['id']}") for hit in hits)
    counted = next(detail for detail in details if detail["member_counts"])
    _open(page, live_api, f"#/alliance/{counted['id']}")
    page.wait_for_selector("#member-count-chart svg")
    view = page.locator("#alliance-view").inner_text()
    assert "成员单位数量变化" in view and "[object" not in view


def test_organisation_page_is_reachable_from_a_lead(page, live_api):
    led = next(h for h in _api(page, live_api, "/api/alliances", size=50)["hits"] if h["lead"])
    _open(page, live_api, f"#/alliance/{led['id']}")
    page.locator("#alliance-view a.org", has_text=led["lead"]).first.click()
    _settled(page)
    org = _api(page, live_api, f"/api/organizations/{led['lead']}")
    assert page.locator("#org-view h1").inner_text() == led["lead"]
    assert page.locator("#org-view ol.cards").first.locator("h2").all_inner_texts() == [a["name"] for a in org["leads"]]
    assert led["id"] in {a["id"] for a in org["leads"]}


def test_save_a_search_with_an_alert_then_delete_it(page, live_api):
    _open(page, live_api, "#/search?q=医共体&province=浙江省")
    page.get_by_role("button", name="保存检索并订阅提醒").click()
    assert page.locator("#save-dialog").is_visible() and "医共体" in page.input_value("#save-name")
    page.fill("#save-email", "not an address")
    page.click("#save-submit")
    page.wait_for_function("() => document.getElementById('save-error').textContent.includes('e-mail')")
    page.fill("#save-name", "浙江医共体")
    page.fill("#save-email", "reporter@example.cn")
    page.click("#save-submit")
    page.wait_for_url("**/#/saved")
    _settled(page)
    saved = next(s for s in _api(page, live_api, "/api/saved-searches") if s["name"] == "浙江医共体")
    assert saved["params"] == {"q": "医共体", "province": "浙江省"} and saved["email"] == ["reporter@example.cn"]
    item = page.locator(f"#saved-list li[data-id='{saved['id']}']")
    assert "邮件 reporter@example.cn" in item.inner_text()
    item.locator("h2 a").click()  # the saved search opens as a search again
    _settled(page)
    assert (_state(page)["q"], _state(page)["province"]) == ("医共体", "浙江省")
    page.goto(f"{live_api}/#/saved")
    _settled(page)
    page.locator(f"#saved-list li[data-id='{saved['id']}'] button").click()
    page.wait_for_function(f"() => !document.querySelector(\"#saved-list li[data-id='{saved['id']}']\")")
    assert saved["id"] not in {s["id"] for s in _api(page, live_api, "/api/saved-searches")}
