"""The fixture sites: who publishes, which template, how the bytes and headers are served.

Each site is one path prefix on the fixture server (``/<id>/...``). Encodings and charset
declarations are per site so the decoder meets every combination real sites produce: right,
absent, and wrong (a header that says UTF-8 over GBK bytes).
"""

from __future__ import annotations

from dataclasses import dataclass


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
    per_page: int = 10
    min_articles: int = 20  # filled up with corpus variants when the corpus gives fewer
    icp: str = ""
    telephone: str = ""
    address: str = ""

    @property
    def prefix(self) -> str:
        return f"/{self.id}"

    @property
    def content_type(self) -> str:
        return f"text/html; charset={self.header_charset}" if self.header_charset else "text/html"


SITES: tuple[Site, ...] = (
    Site(
        id="lhzxyy", name="漯河市中心医院", kind="hospital", province="河南省", city="漯河市",
        template="hospital_cms", column="news", column_name="医院新闻", parent_column="医院动态",
        encoding="gb18030", meta_charset="gb2312", header_charset="gb2312",
        icp="豫ICP备05012876号-1", telephone="0395-3312xxx", address="漯河市源汇区人民东路",
    ),
    Site(
        id="pjgov", name="盘锦市人民政府", kind="government", province="辽宁省", city="盘锦市",
        template="gov_portal", column="xxgk", column_name="医疗", parent_column="民生信息",
        encoding="utf-8", meta_charset="utf-8", header_charset="utf-8",
        icp="辽ICP备05001937号", telephone="0427-2826xxx", address="盘锦市兴隆台区市府大街",
    ),
    Site(
        id="wzykdx2", name="溫州醫科大學附屬第二醫院", kind="hospital", province="浙江省", city="溫州市",
        template="hant_hospital", column="sxczl", column_name="雙下沉專欄", parent_column="醫院新聞",
        encoding="utf-8", meta_charset="utf-8", header_charset=None, script="zh-Hant",
        readings="plain", readings_in_ruby_share=0.3,
        icp="浙ICP備05018873號", telephone="0577-8800xxxx", address="溫州市學院西路",
    ),
    Site(
        id="xgwjw", name="孝感市卫生健康委员会", kind="health_commission", province="湖北省", city="孝感市",
        template="health_portal", column="ywdt", column_name="工作动态", parent_column="新闻中心",
        encoding="gb18030", meta_charset="gbk", header_charset="utf-8", min_articles=12,
        icp="鄂ICP备10013317号-2", telephone="0712-2853xxx", address="孝感市城站路",
    ),
    Site(
        id="sjzwy", name="石家莊市第五醫院", kind="hospital", province="河北省", city="石家莊市",
        template="hospital_cms", column="yydt", column_name="醫院動態", parent_column="新聞中心",
        encoding="utf-8", meta_charset=None, header_charset=None, script="zh-Hant",
        readings="plain", mojibake_rate=0.06, min_articles=12,
        icp="冀ICP備12003214號", telephone="0311-8501xxxx", address="石家莊市談固南大街",
    ),
    Site(
        id="wzwjw-ft", name="溫州市衛生健康委員會", kind="health_commission", province="浙江省", city="溫州市",
        template="wechat_repost", column="zxzz", column_name="轉載資訊", parent_column="繁體版",
        encoding="big5", meta_charset="big5", header_charset="big5", script="zh-Hant", min_articles=10,
        icp="浙ICP備09004411號", telephone="0577-8866xxxx", address="溫州市鹿城區",
    ),
)

MAIN_SITES = ("lhzxyy", "pjgov", "wzykdx2")


def site_by_id(site_id: str) -> Site:
    for site in SITES:
        if site.id == site_id:
            return site
    raise KeyError(f"no fixture site {site_id!r}")
