"""Generate the labeled encoding corpus in tests/encoding_corpus/ (bytes + manifest.jsonl).

Every case is built from the short news paragraphs below and the clean negatives (all
written for this project) by the damage model in tests/encoding_corpus/DAMAGE_MODEL.md,
applied with the one simulator, yilian/fixtureweb/damage.py. The manifest holds, per case,
the visible text the decoder must give back, the clean page, and what the decoder may do
(`must`: exact, exact_or_flagged, flagged). Run: .venv/bin/python benchmarks/make_encoding_corpus.py
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from yilian.fixtureweb import damage  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "tests" / "encoding_corpus"

SIMPLIFIED = [
    ("城关镇卫生院加入县域医共体", "3月18日上午，县人民医院牵头的紧密型县域医共体召开推进会，城关镇卫生院等十二家基层医疗机构正式签约加入。医共体将统一管理人员、药品和设备，推动优质资源下沉到乡村。"),
    ("市中医院专科联盟揭牌成立", "市中医院牵头组建的针灸推拿专科联盟近日揭牌，首批成员单位包括八家县级医院和二十余家社区卫生服务中心。联盟将开展远程会诊、进修培训和联合查房。"),
    ("儿童医院远程医疗协作网覆盖全省", "省儿童医院远程医疗协作网新增成员单位十五家，目前已覆盖全省各地市。基层医生通过平台即可申请专家会诊，危重患儿转诊时间明显缩短。"),
    ("城市医疗集团启动双向转诊", "由市第一人民医院牵头的城市医疗集团本周启动双向转诊绿色通道，社区首诊、上级医院会诊、康复期回社区的流程进一步理顺，患者就医更加便捷。"),
    ("胸痛中心联盟开展培训", "区域胸痛中心联盟举办第三期基层医生培训班，来自各乡镇卫生院的六十余名医务人员参加。培训围绕急性心肌梗死的早期识别和规范转运展开。"),
    ("医联体建设推进会召开", "全市医联体建设推进会在市卫生健康委员会召开，会议通报了上半年分级诊疗工作进展，并对下一阶段医联体网格化布局提出具体要求。"),
    ("县医院与上级医院签署帮扶协议", "县人民医院与省人民医院签署对口帮扶协议，省人民医院将派驻心内科、神经内科专家常驻县医院，帮助建设卒中中心和胸痛中心。"),
    ("妇幼专科联盟举行年会", "全省妇幼保健专科联盟年会日前召开，成员单位代表围绕高危孕产妇管理、新生儿救治网络建设等议题进行交流，并表彰了一批优秀成员单位。"),
    ("医共体药品统一配送上线", "县域医共体中心药房正式运行，成员单位药品实行统一采购、统一配送，乡镇卫生院常用药品种类由原来的两百余种增加到四百余种。"),
    ("肿瘤专科联盟新增成员", "市肿瘤医院牵头的肿瘤专科联盟新增成员单位六家，联盟内将推广规范化诊疗路径，建立病理远程诊断平台，提升基层肿瘤早诊早治水平。"),
    ("社区卫生服务中心接入远程心电", "辖区九家社区卫生服务中心接入医联体远程心电诊断系统，居民在家门口做心电图，上级医院专家十分钟内即可出具诊断报告。"),
    ("医疗集团开展义诊活动", "城市医疗集团组织内科、外科、眼科等专家走进社区开展义诊，为三百余名居民提供健康咨询、血压血糖测量和用药指导服务。"),
]

TRADITIONAL = [
    ("區域醫療聯盟正式成立", "本月十日上午，由市立醫院牽頭的區域醫療聯盟正式成立，首批成員包括十家地區醫院與衛生所。聯盟將推動雙向轉診、遠距會診與醫護人員交流培訓。"),
    ("專科聯盟舉行簽約儀式", "市第五醫院牽頭組建的肝病專科聯盟舉行簽約儀式，共有三十二家成員單位參加。聯盟將建立統一的診療規範，提升基層醫療機構的服務能力。"),
    ("醫聯體下鄉義診", "醫聯體成員單位組織專家團隊下鄉義診，為偏遠地區的老年居民提供健康檢查、慢性病管理與用藥諮詢，受到當地群眾的熱烈歡迎。"),
    ("婦幼保健聯盟啟動儀式", "婦幼保健與計劃生育服務聯盟啟動儀式在市婦幼保健院舉行，聯盟由五家省級醫療衛生單位和九個縣級婦幼中心共同組成。"),
    ("遠程醫療協作網擴大服務", "遠程醫療協作網新增影像診斷與病理會診服務，基層醫院上傳的檢查資料由上級醫院專家在線判讀，縮短了患者等待的時間。"),
    ("縣域醫共體工作會議", "縣域醫共體工作會議總結了去年人員下沉、資源共享等方面的成效，並部署今年重點任務，要求各成員單位加強協作、落實責任。"),
    ("胸痛中心聯盟培訓基層醫生", "胸痛中心聯盟為基層醫生舉辦專題培訓，內容包括急性心肌梗死的識別、心電圖判讀與規範轉運流程，參訓人員均表示收穫良多。"),
    ("醫療集團簽署合作協議", "城市醫療集團與兩家社區醫院簽署合作協議，集團將派出專家定期坐診，並在社區醫院設立聯合門診，方便居民就近看病。"),
    ("專家工作站揭牌", "兒童醫院四名專家工作站在縣醫院揭牌，專家將每月到站開展門診、查房與手術指導，幫助縣醫院提升兒科診療水平。"),
    ("分級診療成效顯著", "實施分級診療以來，醫聯體內基層首診比例明顯上升，上級醫院的普通門診壓力得到緩解，群眾看病難的問題逐步改善。"),
    ("腫瘤專科聯盟學術交流", "腫瘤專科聯盟舉辦學術交流會，各成員單位專家就肺癌早期篩查、規範化治療與康復管理進行深入討論，並分享了典型病例。"),
    ("衛生院加入緊密型醫共體", "鎮衛生院正式加入緊密型醫共體，醫共體牽頭醫院將統一管理人員與設備，派駐骨幹醫生常駐衛生院，提升鄉鎮醫療服務能力。"),
]

# clean pages that look like trouble: every one must come back exactly, unflagged
NEGATIVES = [
    ("县医院新增检查项目", "患者在县医院做了B超和CT检查，医生建议补充维生素D，每天晒太阳半小时。"),
    ("★★★ 喜报 ★★★", "★★★ 本院荣获全省“五星级医院”称号，医共体成员单位同步提升服务。 ★★★"),
    ("栏目导航", "■ 医联体动态 ■ 专科联盟 ■ 远程医疗 ■ 分级诊疗"),
    ("联系我们", "联系邮箱：yilian_office@example.org，联系人：王医生（内科_门诊），电话请@办公室。"),
    ("健康问答", "孩子发烧怎么办？家长可以先物理降温。医共体是什么?我们来看看。"),
    ("专家座谈", "院长在咖啡馆(café)与专家交流，讨论二○二三年的分级诊疗工作安排。"),
    ("用药提示", "β受体阻滞剂与α-干扰素的用法详见说明书，γ射线治疗需提前预约。"),
    ("转诊流程", "社区首诊→上级医院会诊→康复期回社区←双向转诊，全程约需三天。"),
    ("多语种服务", "本站提供中文、English、日本語、Русский、한국어五种语言版本。"),
    ("签约仪式", "院长王镕、副院长李堃和主任医师张喆、徐珺出席签约仪式。"),
    ("远程会诊", "5G远程会诊系统上线，A级医院与县医院实现高清视频联通，X光片实时传输。"),
    ("本期话题", "分级诊疗到底难在哪里???欢迎留言讨论，优秀留言将被选登。"),
    ("检验报告", "血压120/80mmHg，体温37.5℃，血糖5.6mmol/L，①饮食控制②按时服药。"),
    ("外籍患者服务", "こんにちは是日语的“你好”，医院的日本患者服务台提供翻译。"),
    ("样本保存", "温度控制在−20℃～−80℃之间，样本编号A-001至A-120，详见附件_1。"),
    ("网站说明", "网址 index.php?id=3&amp;type=news 页面中，“医联体”一词出现了十二次。"),
]
READINGS = {"醫": "yī", "聯": "lián", "體": "tǐ", "專": "zhuān", "科": "kē", "院": "yuàn", "務": "wù", "作": "zuò", "區": "qū", "療": "liáo"}


PINYIN = READINGS


def page(title: str, paragraphs: list[str], meta: str | None, nav: str) -> str:
    meta_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{meta_tag}<title>{title}</title></head>\n<body>\n"
        f'<div class="nav">{nav}</div>\n<h1>{title}</h1>\n<div class="content">\n{body}</div>\n</body></html>\n'
    )


def visible(title: str, paragraphs: list[str], nav: str) -> str:
    import html as htmllib

    return " ".join(htmllib.unescape(" ".join(part for part in (title, nav, title, *paragraphs) if part)).split())


def encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def pinyin_annotate(text: str, ruby: bool) -> str:
    if ruby:
        return "".join(f"<ruby>{c}<rp>(</rp><rt>{PINYIN[c]}</rt><rp>)</rp></ruby>" if c in PINYIN else c for c in text)
    return "".join(c + (f"({PINYIN[c]})" if c in PINYIN else "") for c in text)


def _phrase(para: str, n: int) -> tuple[int, int]:
    """A phrase of 4 to 8 characters from the 10th on (where a fragment or a drop lands)."""
    start = 10 + n % 5
    return start, start + 4 + n % 5


class Corpus:
    def __init__(self) -> None:
        self.cases: list[dict] = []

    def add(self, category: str, n: int, data: bytes, content_type: str, html: str, expected: str, must: str) -> None:
        self.cases.append({"id": f"{category}-{n:02d}-{len(self.cases):03d}", "category": category, "content_type": content_type,
                           "expected": expected, "html": html, "must": must, "data": data})


def _paragraph_case(c: Corpus, category: str, n: int, title: str, paras: list[str], nav: str,
                    damage_fn: Callable[[str], str], must: str) -> None:
    """The article paragraph replaced by its damaged form, the page saved as UTF-8."""
    clean = page(title, paras, "utf-8", nav)
    damaged = page(title, [damage_fn(paras[0]), *paras[1:]], "utf-8", nav)
    c.add(category, n, damaged.encode("utf-8"), "text/html; charset=utf-8", clean, visible(title, paras, nav), must)


def cases() -> list[dict]:
    c = Corpus()
    rng = random.Random(7)
    texts = [(t, p, "zh-Hans") for t, p in SIMPLIFIED] + [(t, p, "zh-Hant") for t, p in TRADITIONAL]
    for n, (title, para, script) in enumerate(texts):
        hans = script == "zh-Hans"
        legacy = "gbk" if hans or n % 2 else "big5"
        nav = "首页 > 新闻中心 > 医联体动态" if hans else "首頁 > 新聞中心 > 醫聯體動態"
        paras = [para, "（责任编辑：办公室）" if hans else "（責任編輯：辦公室）"]
        expected = visible(title, paras, nav)
        clean = page(title, paras, "utf-8", nav)
        html = lambda meta: page(title, paras, meta, nav)  # noqa: E731
        c.add("declared_right", n, html("utf-8").encode("utf-8"), "text/html; charset=utf-8", clean, expected, "exact")
        c.add("declared_right", n, html(legacy).encode(legacy), f"text/html; charset={legacy}", clean, expected, "exact")
        c.add("undeclared", n, html(None).encode(legacy), "text/html", clean, expected, "exact")
        c.add("declared_wrong", n, html("utf-8").encode(legacy), "text/html; charset=utf-8", clean, expected, "exact")
        c.add("declared_wrong", n, html(legacy).encode("utf-8"), f"text/html; charset={legacy}", clean, expected, "exact")
        short = title[:6]
        c.add("short", n, page(short, [], None, "").encode(legacy), "text/html", page(short, [], None, ""), visible(short, [], ""), "exact")
        if n % 3 == 0:
            codec = "utf-16-le" if n % 2 else "utf-16-be"
            c.add("utf16", n, html(None).encode(codec), "text/html" if n % 6 else "text/html; charset=utf-16", clean, expected, "exact")
        refs = "".join(f"&#x{ord(ch):X};" if i % 3 == 0 else (f"&#{ord(ch)};" if i % 3 == 1 else ch) for i, ch in enumerate(para))
        ent = page(title, ["&#147;" + refs + "&#148;&nbsp;&raquo;", paras[1]], "utf-8", nav)
        c.add("entities", n, ent.encode("utf-8"), "text/html", page(title, ["\u201c" + para + "\u201d \u00bb", paras[1]], "utf-8", nav),
              visible(title, ["\u201c" + para + "\u201d \u00bb", paras[1]], nav), "exact")
        quoted = f"&ldquo;{para[:8]}&rdquo;{para[8:]}&hellip;"
        c.add("double_escaped", n, page(title, [damage.double_escape(quoted), paras[1]], "utf-8", nav).encode("utf-8"), "text/html; charset=utf-8",
              page(title, [quoted, paras[1]], "utf-8", nav), visible(title, [quoted, paras[1]], nav), "exact")
        # mixed: UTF-8 template around a legacy-encoded article block
        cut = clean.index('<div class="content">')
        c.add("mixed", n, clean[:cut].encode("utf-8") + clean[cut:].encode(legacy), "text/html; charset=utf-8", clean, expected, "exact")
        if hans:
            _paragraph_case(c, "utf8_as_latin1", n, title, paras, nav, lambda t: damage.misread(t, "utf-8", "latin-1"), "exact")
            _paragraph_case(c, "utf8_as_latin1_x2", n, title, paras, nav, lambda t: damage.chain(t, [("utf-8", "latin-1")] * 2), "exact")
            _paragraph_case(c, "utf8_as_cp1252", n, title, paras, nav, lambda t: damage.misread(t, "utf-8", "cp1252"), "exact_or_flagged")
            _paragraph_case(c, "utf8_as_cp1252_x2", n, title, paras, nav, lambda t: damage.chain(t, [("utf-8", "cp1252")] * 2), "exact_or_flagged")
            _paragraph_case(c, "gbk_as_latin1", n, title, paras, nav, lambda t: damage.misread(t, "gbk", "latin-1"), "exact")
            _paragraph_case(c, "gbk_as_cp1252", n, title, paras, nav, lambda t: damage.misread(t, "gbk", "cp1252"), "exact_or_flagged")
            _paragraph_case(c, "gbk_as_big5", n, title, paras, nav, lambda t: damage.misread(t, "gbk", "big5", "?"), "exact_or_flagged")
            refs_page = page(title, [damage.as_references(damage.misread(para, "gbk", "latin-1")), paras[1]], "utf-8", nav)
            c.add("gbk_as_latin1_refs", n, refs_page.encode("utf-8"), "text/html; charset=utf-8", clean, expected, "exact")
        else:
            _paragraph_case(c, "utf8_as_big5", n, title, paras, nav, lambda t: damage.misread(t, "utf-8", "big5", "?"), "exact_or_flagged")
            _paragraph_case(c, "big5_as_gbk", n, title, paras, nav, lambda t: damage.misread(t, "big5", "gbk"), "exact_or_flagged")
        _paragraph_case(c, "utf8_as_gbk", n, title, paras, nav, lambda t: damage.misread(t, "utf-8", "gbk"), "exact_or_flagged")
        _paragraph_case(c, "utf8_as_gbk_dropped", n, title, paras, nav, lambda t: damage.misread(t, "utf-8", "gbk", ""), "exact_or_flagged")
        # fragments: a paragraph (even texts) or a phrase of it (odd texts) in another codec's bytes
        a, b = (0, len(para)) if n % 2 == 0 else _phrase(para, n)
        fragment = "gbk" if hans else "big5"
        host = clean.encode("utf-8")
        p_at = host.index(para.encode("utf-8"))
        data = host[:p_at] + para[:a].encode("utf-8") + para[a:b].encode(fragment) + para[b:].encode("utf-8") + host[p_at + len(para.encode("utf-8")) :]
        c.add(f"{fragment}_in_utf8", n, data, "text/html; charset=utf-8", clean, expected, "exact")
        if hans:
            gbk_page = html("gbk")
            host = gbk_page.encode("gbk")
            p_at = host.index(para.encode("gbk"))
            data = host[:p_at] + para[:a].encode("gbk") + para[a:b].encode("utf-8") + para[b:].encode("gbk") + host[p_at + len(para.encode("gbk")) :]
            c.add("utf8_in_gbk", n, data, "text/html; charset=gbk", gbk_page, expected, "exact")
        # bytes lost from a GBK stream
        if encodable(clean, "gbk"):
            gbk = html("gbk").encode("gbk")
            p_at = gbk.index(para.encode("gbk"))
            dropped, _ = damage.drop_bytes(gbk, 1 + n % 2, rng, p_at, p_at + len(para.encode("gbk")))
            c.add("gbk_dropped_bytes", n, dropped, "text/html; charset=gbk", html("gbk"), expected, "exact_or_flagged")
            plain = html(None).encode("gbk")
            p_at = plain.index(para.encode("gbk"))
            leads = [i for i in range(p_at, p_at + len(para.encode("gbk")) - 4) if plain[i] >= 0x81 and (i - p_at) % 2 == 0]
            at = leads[rng.randrange(len(leads))]
            shifted = damage.misread_bytes(damage.out_of_step(plain, at), "gbk", "?")
            with_meta = '<head><meta charset="utf-8">'
            c.add("out_of_step", n, shifted.replace("<head>", with_meta).encode("utf-8"), "text/html; charset=utf-8",
                  html(None).replace("<head>", with_meta), expected, "exact_or_flagged")
            sloppy = damage.sloppy_gbk(damage.out_of_step(plain, at))
            c.add("sloppy_out_of_step", n, sloppy.encode("utf-8"), "text/html; charset=utf-8", html(None), expected, "exact_or_flagged")
        kind = list(damage.LOST_AT_SOURCE)[n % 4]
        broken = damage.lost_at_source(para, 20, kind)
        lost_page = page(title, [broken, paras[1]], "utf-8", nav)
        c.add("unrecoverable", n, lost_page.encode("utf-8"), "text/html; charset=utf-8", lost_page, visible(title, [broken, paras[1]], nav), "flagged")
        if not hans:
            ruby = n % 2 == 1
            annotated = page(pinyin_annotate(title, ruby), [pinyin_annotate(p, ruby) for p in paras], "utf-8", nav)
            c.add("pinyin", n, annotated.encode("utf-8"), "text/html; charset=utf-8", clean, expected, "exact")
    for n, (title, para) in enumerate(NEGATIVES):
        nav = "首页 > 新闻中心"
        clean = page(title, [para], "utf-8", nav)
        c.add("negative", n, clean.encode("utf-8"), "text/html; charset=utf-8", clean, visible(title, [para], nav), "exact")
        if encodable(clean, "gbk"):
            gbk = page(title, [para], "gbk", nav)
            c.add("negative", n, gbk.encode("gbk"), "text/html; charset=gbk", clean, visible(title, [para], nav), "exact")
    # a GBK page whose site uses user-area glyphs (0xAAA1: U+E000) beside its text: clean too
    glyphs = page("院内标识", ["\ue000\ue001 本院自造字用于科室标识 \ue000\ue001，请勿复制。"], "gbk", "首页")
    c.add("negative", len(NEGATIVES), glyphs.encode("gb18030"), "text/html; charset=gbk", glyphs,
          visible("院内标识", ["\ue000\ue001 本院自造字用于科室标识 \ue000\ue001，请勿复制。"], "首页"), "exact")
    return c.cases


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.html"):
        old.unlink()
    built = cases()
    with (OUT / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for case in built:
            data = case.pop("data")
            (OUT / f"{case['id']}.html").write_bytes(data)
            manifest.write(json.dumps({"file": f"{case['id']}.html", **case}, ensure_ascii=False) + "\n")
    print(f"wrote {len(built)} cases to {OUT}")


if __name__ == "__main__":
    main()
