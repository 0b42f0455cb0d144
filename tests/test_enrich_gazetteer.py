"""The shipped gazetteer covers every division of mainland China with current names and codes."""

from collections import Counter

from yilian.clean.enrich.build_gazetteer import build_rows
from yilian.clean.enrich.gazetteer import load, short_name

MAINLAND_PROVINCES = {
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市", "江苏省",
    "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "广西壮族自治区",
    "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
    "宁夏回族自治区", "新疆维吾尔自治区",
}


def test_every_province_prefecture_and_county_is_there():
    gaz = load()
    levels = Counter(p.level for p in gaz.by_code.values())
    provinces = {p.name for p in gaz.by_code.values() if p.level == 1}
    assert MAINLAND_PROVINCES <= provinces
    assert levels[2] == 333  # 地级 units (2024: 293 cities, 7 地区, 30 自治州, 3 盟)
    assert 2840 <= levels[3] <= 2860  # 县级 units
    assert all(len(code) == 6 and code.isdigit() for code in gaz.by_code)


def test_every_unit_hangs_under_an_existing_parent():
    gaz = load()
    for place in gaz.by_code.values():
        assert place.province_code in gaz.by_code, place
        if place.city_code:
            assert place.city_code in gaz.by_code, place


def test_current_names_and_former_names():
    gaz = load()
    assert gaz.by_code["411100"].name == "漯河市"
    assert [a.place.name for a in gaz.aliases["襄樊"]] == ["襄阳市"]
    assert {a.place.code for a in gaz.aliases["鼓楼区"]} >= {"320106", "350102", "410204", "320302"}
    assert "郫县" in gaz.aliases and gaz.aliases["郫县"][0].place.name == "郫都区"


def test_short_names_strip_suffixes_and_ethnic_names():
    assert short_name("黔东南苗族侗族自治州", 2) == "黔东南"
    assert short_name("广西壮族自治区", 1) == "广西"
    assert short_name("浦东新区", 3) == "浦东"
    assert short_name("和县", 3) is None  # one character is no name
    assert short_name("东乡族自治县", 3) == "东乡"  # named after its people, as news writes it (东乡县人民医院)
    assert short_name("鄂伦春自治旗", 3) == "鄂伦春"


def test_a_county_written_like_one_in_another_province_is_read_by_the_places_around_it():
    from yilian.clean.enrich.region import event_region

    region = event_region("兰大二院对口帮扶东乡县人民医院纪实",
                          "兰州大学第二医院向东乡县人民医院派驻专家。州卫生健康委表示，这是组团式帮扶在临夏的成功实践。", gaz=load())
    assert (region.province, region.county) == ("甘肃省", "东乡族自治县")


def test_build_drops_zones_and_municipal_bookkeeping_levels():
    csv_text = (
        "adcode,name,longitude,latitude\n"
        "110000000000,北京市,,\n110100000000,北京市,,\n110105000000,朝阳区,,\n"
        "133100000000,雄安新区,,\n710000000000,台湾省,,\n710100000000,台北市,,\n"
    )
    assert build_rows(csv_text) == [("110000", "北京市"), ("110105", "朝阳区"), ("710000", "台湾省")]


def test_autonomous_prefectures_by_the_short_forms_news_uses():
    gaz = load()
    for short, code in [("黔东南州", "522600"), ("恩施州", "422800"), ("湘西州", "433100"), ("昌吉州", "652300"),
                        ("克州", "653000"), ("博州", "652700"), ("和田", "653200"), ("喀什", "653100")]:
        assert code in {a.place.code for a in gaz.aliases[short]}, short
    # 巴州 is also a district of 巴中: both stay candidates for the context to decide.
    assert {a.place.code for a in gaz.aliases["巴州"]} == {"652800", "511902"}


def test_banners_by_the_short_forms_news_uses():
    """土左旗 is 土默特左旗, 科右前旗 科尔沁右翼前旗: no suffix rule derives them, so a banner's news names no place."""
    gaz = load()
    for short, code in [("土左旗", "150121"), ("达茂旗", "150223"), ("科右前旗", "152221"), ("察右后旗", "150928"),
                        ("东乌旗", "152525"), ("阿左旗", "152921")]:
        assert [a.place.code for a in gaz.aliases[short]] == [code], short


def test_an_article_scanned_line_by_line_finds_what_one_scan_of_it_finds():
    """Scans keeps one article's line scans for its other readers: put together, they are the text's scan,
    with names at a line's edges, a line repeated, and a name that would run on over a line break."""
    from yilian.clean.enrich.gazetteer import Scans

    gaz = load()
    lines = ["孝感市中心医院牵头成立孝感市城市医疗集团，成员包括孝南区、汉川市和云梦县的医院",
             "五大连池市第一人民医院与黑河市人民医院签约，双方将在五大连", "池市开展远程会诊", "",
             "孝感市中心医院牵头成立孝感市城市医疗集团，成员包括孝南区、汉川市和云梦县的医院", "漯河"]
    text = "\n".join(lines)
    scans = Scans(gaz)
    assert scans(text) == gaz.scan(text)
    assert scans(text) == gaz.scan(text)  # read again from the kept lines
    assert scans("\n".join(lines[1:3])) == gaz.scan("\n".join(lines[1:3]))
    assert sum(name.startswith("五大连池") for _, _, name in scans(text)) == 1  # none across the break
