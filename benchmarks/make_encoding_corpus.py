"""Generate the labeled encoding corpus in tests/encoding_corpus/ (bytes + manifest.jsonl).

Every case is built from the short news paragraphs below (written for this project) by
encoding a page the way real sites get it wrong: declared right, undeclared, declared
wrong, short, mixed templates, double-encoded text, GBK read out of step (plainly, and by a
sloppy site decoder that loses and flattens bytes as seed 004's did), pinyin readings,
character references, and text lost for good. The manifest holds the visible text the
decoder must give back. Run: .venv/bin/python benchmarks/make_encoding_corpus.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

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

READINGS = {"醫": "yī", "聯": "lián", "體": "tǐ", "專": "zhuān", "科": "kē", "院": "yuàn", "務": "wù", "作": "zuò", "區": "qū", "療": "liáo"}


def page(title: str, paragraphs: list[str], meta: str | None, nav: str) -> str:
    meta_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head>{meta_tag}<title>{title}</title></head>\n<body>\n"
        f'<div class="nav">{nav}</div>\n<h1>{title}</h1>\n<div class="content">\n{body}</div>\n</body></html>\n'
    )


def visible(title: str, paragraphs: list[str], nav: str) -> str:
    return " ".join(part for part in (title, nav, title, *paragraphs) if part)


def out_of_step(data: bytes, rng: random.Random) -> bytes:
    """Drop the first byte of a two-byte character inside the article so the rest reads shifted."""
    start = data.index(b'<div class="content">') + 30
    i = start
    while i < len(data) - 1:
        if data[i] >= 0x81:
            if rng.random() < 0.05:
                return data[:i] + data[i + 1 :]
            i += 2
        else:
            i += 1
    return data


def sloppy_decode(data: bytes, rng: random.Random) -> str:
    """How a careless site decoder reads GBK (seed 004): pairs taken as they come, a pair it
    cannot read becomes "?" and takes the next byte with it even when that is ASCII,
    full-width forms are flattened to ASCII, and some unreadable pairs vanish altogether."""
    out: list[str] = []
    i = 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            ch = data[i : i + 2].decode("gbk")
        except UnicodeDecodeError:
            ch = "" if rng.random() < 0.25 else "?"
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        out.append(ch)
        i += 2
    return "".join(out)


def pinyin_annotate(text: str) -> str:
    return "".join(c + (f"({READINGS[c]})" if c in READINGS else "") for c in text)


def cases() -> list[dict]:
    rng = random.Random(7)
    sloppy_rng = random.Random(4)  # its own stream, and its cases last: the others stay as they were
    sloppy: list[tuple[int, str, str]] = []
    out: list[dict] = []
    texts = [(t, p, "zh-Hans") for t, p in SIMPLIFIED] + [(t, p, "zh-Hant") for t, p in TRADITIONAL]
    for n, (title, para, script) in enumerate(texts):
        legacy = "gbk" if script == "zh-Hans" or n % 2 else "big5"
        nav = "首页 > 新闻中心 > 医联体动态" if script == "zh-Hans" else "首頁 > 新聞中心 > 醫聯體動態"
        paras = [para, "（责任编辑：办公室）" if script == "zh-Hans" else "（責任編輯：辦公室）"]
        expected = visible(title, paras, nav)
        html = lambda meta: page(title, paras, meta, nav)  # noqa: E731
        add = lambda cat, data, ct, exp=expected, damaged=False: out.append(  # noqa: E731
            {"id": f"{cat}-{n:02d}-{len(out):03d}", "category": cat, "content_type": ct, "expected": exp, "damaged": damaged, "data": data}
        )
        add("declared_right", html("utf-8").encode("utf-8"), "text/html; charset=utf-8")
        add("declared_right", html(legacy).encode(legacy), f"text/html; charset={legacy}")
        add("undeclared", html(None).encode(legacy), "text/html")
        add("declared_wrong", html("utf-8").encode(legacy), "text/html; charset=utf-8")
        add("declared_wrong", html(legacy).encode("utf-8"), f"text/html; charset={legacy}")
        short_title = title[:6]
        add("short", page(short_title, [], None, "").encode(legacy), "text/html", visible(short_title, [], ""))
        # mixed: UTF-8 template around a legacy-encoded article block
        tpl = html("utf-8")
        cut = tpl.index('<div class="content">')
        add("mixed", tpl[:cut].encode("utf-8") + tpl[cut:].encode(legacy), "text/html; charset=utf-8")
        # double-encoded: the article bytes were read with a wrong codec and saved as UTF-8
        article = html("utf-8")
        a, b = article.index("<p>"), article.index("</div>\n</body>")
        if script == "zh-Hans":
            garbled = article[a:b].encode("utf-8").decode("gb18030" if n % 2 else "cp1252", "replace")
        else:
            garbled = article[a:b].encode("big5").decode("gb18030", "replace")
        add("double_encoded", (article[:a] + garbled + article[b:]).encode("utf-8"), "text/html; charset=utf-8")
        shifted = out_of_step(html(None).encode("gbk"), rng).decode("gb18030", "replace").replace("\ufffd", "?")
        add("out_of_step", shifted.encode("utf-8"), "text/html; charset=utf-8")
        sloppy.append((n, expected, sloppy_decode(out_of_step(html(None).encode("gbk"), sloppy_rng), sloppy_rng)))
        if script == "zh-Hant":
            annotated = page(pinyin_annotate(title), [pinyin_annotate(p) for p in paras], "utf-8", nav)
            add("pinyin_traditional", annotated.encode("utf-8"), "text/html; charset=utf-8")
            add("traditional_plain", html("big5").encode("big5"), "text/html; charset=big5")
        refs = "".join(f"&#x{ord(c):X};" if i % 3 == 0 else (f"&#{ord(c)};" if i % 3 == 1 else c) for i, c in enumerate(para))
        ent_page = page(title, [refs + "&nbsp;&raquo;", paras[1]], "utf-8", nav).replace("</h1>", "</h1>&lt;b&gt;")
        add("entities", ent_page.encode("utf-8"), "text/html", visible(title, [para + " »", paras[1]], nav).replace(title + " " + para, title + " <b> " + para, 1))
        lost = ["锟斤拷锟斤拷", "烫烫烫烫", "\ufffd\ufffd\ufffd", "??"][n % 4]
        broken = para[:20] + lost + para[22:]
        add("unrecoverable", page(title, [broken, paras[1]], "utf-8", nav).encode("utf-8"), "text/html; charset=utf-8", visible(title, [broken, paras[1]], nav), True)
    for n, expected, text in sloppy:
        out.append({"id": f"sloppy_out_of_step-{n:02d}-{len(out):03d}", "category": "sloppy_out_of_step",
                    "content_type": "text/html; charset=utf-8", "expected": expected, "damaged": False, "data": text.encode("utf-8")})
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.html"):
        old.unlink()
    with (OUT / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for case in cases():
            data = case.pop("data")
            (OUT / f"{case['id']}.html").write_bytes(data)
            manifest.write(json.dumps({"file": f"{case['id']}.html", **case}, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases())} cases to {OUT}")


if __name__ == "__main__":
    main()
