"""The fixture sites: who publishes, which template, how the bytes and headers are served.

Each site is one path prefix on the fixture server (``/<id>/...``). Encodings and charset
declarations are per site so the decoder meets every combination real sites produce: right,
absent, and wrong (a header that says UTF-8 over GBK bytes).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from yilian.fixtureweb.corpus import CorpusSite


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    name: str
    kind: str  # hospital / health_commission / government (as in config/sources.yaml)
    province: str
    city: str | None
    template: str  # module name in yilian.fixtureweb.templates
    column: str  # list folder under the site, e.g. "news"
    column_name: str  # the leaf of the breadcrumb, e.g. "医院新闻"
    parent_column: str  # the middle of the breadcrumb, e.g. "医院动态"
    encoding: str  # codec of the bytes: "gb18030", "utf-8", "big5"
    meta_charset: str | None  # what <meta> declares (None: no declaration at all)
    header_charset: str | None  # what Content-Type declares (None: "text/html" alone)
    script: str = "zh-Hans"  # script pages are published in; Simplified corpus text is converted
    readings: str | None = None  # pinyin readings: "plain", "ruby" or None
    readings_in_ruby_share: float = 0.0  # share of articles using <ruby> instead of the site style
    mojibake_rate: float = 0.0  # gbk_out_of_step share for articles that do not say
    stray_markup: bool = False  # an escaped "</span>" left at the end of a paragraph
    per_page: int = 10
    min_articles: int = 20  # filled up with corpus variants when the corpus gives fewer
    icp: str = ""
    telephone: str = ""
    address: str = ""
    support: str = ""  # 技术支持 line; on GB2312-declared sites it may hold GBK-only characters

    @property
    def prefix(self) -> str:
        return f"/{self.id}"

    @property
    def content_type(self) -> str:
        return f"text/html; charset={self.header_charset}" if self.header_charset else "text/html"


# Serving profiles by site id. A corpus file names its site (id, name, region, script); the profile
# with the same id says how that site is served. Profiles the corpus does not name are served too,
# filled with variants, so every kind of damage is on the web whatever the corpus holds.
PROFILES: tuple[Site, ...] = (
    Site(
        id="lhzxyy", name="漯河市中心医院", kind="hospital", province="河南省", city="漯河市",
        template="hospital_cms", column="news", column_name="医院新闻", parent_column="医院动态",
        encoding="gb18030", meta_charset="gb2312", header_charset="gb2312",
        icp="豫ICP备05012876号-1", telephone="0395-3312xxx", address="漯河市源汇区人民东路",
        support="漯河昇达网络科技有限公司",
    ),
    Site(
        id="pjgov", name="盘锦市人民政府", kind="government", province="辽宁省", city="盘锦市",
        template="gov_portal", column="xxgk", column_name="医疗", parent_column="民生信息",
        encoding="utf-8", meta_charset="utf-8", header_charset="utf-8",
        icp="辽ICP备05001937号", telephone="0427-2826xxx", address="盘锦市兴隆台区市府大街",
    ),
    Site(
        id="wzdoyy", name="溫州市東甌醫院", kind="hospital", province="浙江省", city="温州市",
        template="hant_hospital", column="sxczl", column_name="雙下沉專欄", parent_column="新聞中心",
        encoding="utf-8", meta_charset="utf-8", header_charset=None, script="zh-Hant",
        readings="plain", readings_in_ruby_share=0.3,
        icp="浙ICP備05018873號", telephone="0577-8800xxxx", address="溫州市學院西路",
    ),
    Site(
        id="lnwjw", name="辽宁省卫生健康委员会", kind="health_commission", province="辽宁省", city=None,
        template="health_portal", column="gzdt", column_name="工作动态", parent_column="新闻中心",
        encoding="gb18030", meta_charset="gbk", header_charset="utf-8", min_articles=12,
        icp="辽ICP备05014542号", telephone="024-2338xxxx", address="沈阳市和平区太原北街",
    ),
    Site(
        id="lswjw", name="丽水市卫生健康委员会", kind="health_commission", province="浙江省", city="丽水市",
        template="gov_portal", column="wjyw", column_name="卫健要闻", parent_column="新闻动态",
        encoding="utf-8", meta_charset="utf-8", header_charset=None, min_articles=10,
        icp="浙ICP备05002245号", telephone="0578-2123xxx", address="丽水市莲都区花园路",
    ),
    Site(
        id="hnwjw", name="河南省卫生健康委员会", kind="health_commission", province="河南省", city=None,
        template="gov_portal", column="gzdt", column_name="工作动态", parent_column="新闻中心",
        encoding="gb18030", meta_charset="gb2312", header_charset=None, min_articles=10,
        icp="豫ICP备05013470号", telephone="0371-8595xxxx", address="郑州市金水区金水路",
        support="郑州堃源网络科技有限公司",
    ),
    Site(
        id="hbwjw", name="湖北省卫生健康委员会", kind="health_commission", province="湖北省", city=None,
        template="wechat_repost", column="wxzz", column_name="微信转载", parent_column="新闻中心",
        encoding="utf-8", meta_charset="utf-8", header_charset="utf-8", min_articles=10,
        icp="鄂ICP备05003308号", telephone="027-8781xxxx", address="武汉市武昌区梅苑路",
    ),
    Site(
        id="gzbyyy", name="广州市白云区第一人民医院", kind="hospital", province="广东省", city="广州市",
        template="hospital_cms", column="xwdt", column_name="新闻动态", parent_column="医院动态",
        encoding="gb18030", meta_charset="gb2312", header_charset=None, min_articles=10,
        icp="粤ICP备05087130号-1", telephone="020-3627xxxx", address="广州市白云区",
        support="广州喆珺信息技术有限公司",
    ),
    Site(
        id="sjzwy", name="石家莊市第五醫院", kind="hospital", province="河北省", city="石家庄市",
        template="hospital_cms", column="yydt", column_name="醫院動態", parent_column="新聞中心",
        encoding="utf-8", meta_charset=None, header_charset=None, script="zh-Hant",
        readings="plain", mojibake_rate=0.06, stray_markup=True, min_articles=12,
        icp="冀ICP備12003214號", telephone="0311-8501xxxx", address="石家莊市談固南大街",
    ),
    Site(
        id="wzwjw-ft", name="溫州市衛生健康委員會", kind="health_commission", province="浙江省", city="温州市",
        template="wechat_repost", column="zxzz", column_name="轉載資訊", parent_column="繁體版",
        encoding="big5", meta_charset="big5", header_charset="big5", script="zh-Hant", min_articles=10,
        icp="浙ICP備09004411號", telephone="0577-8866xxxx", address="溫州市鹿城區",
    ),
)

def default_profile(corpus_site: CorpusSite) -> Site:
    """How a corpus site without its own profile is served, by kind and script."""
    if corpus_site.kind == "government":
        template, column = "gov_portal", "xxgk"
    elif corpus_site.kind == "health_commission":
        template, column = "gov_portal", "gzdt"
    elif corpus_site.script == "zh-Hant":
        template, column = "hant_hospital", "news"
    else:
        template, column = "hospital_cms", "news"
    hant = corpus_site.script == "zh-Hant"
    return Site(
        id=corpus_site.id, name=corpus_site.name, kind=corpus_site.kind, province=corpus_site.province,
        city=corpus_site.city, template=template, column=column, column_name=corpus_site.column or "新闻动态",
        parent_column="新闻中心", encoding="utf-8", meta_charset="utf-8", header_charset=None if hant else "utf-8",
        script=corpus_site.script, readings="plain" if hant else None, min_articles=10,
    )


def resolve_sites(corpus_sites: dict[str, CorpusSite]) -> tuple[Site, ...]:
    """The served sites: corpus sites (identity from the corpus, serving from the profile), then the
    profiles the corpus does not name."""
    profiles = {p.id: p for p in PROFILES}
    out = []
    for corpus_site in corpus_sites.values():
        profile = profiles.pop(corpus_site.id, None)
        if profile is None:
            out.append(default_profile(corpus_site))
            continue
        out.append(dataclasses.replace(
            profile, name=corpus_site.name, kind=corpus_site.kind, province=corpus_site.province,
            city=corpus_site.city, script=corpus_site.script, column_name=corpus_site.column or profile.column_name,
        ))
    return tuple(out) + tuple(profiles.values())
