"""Every cue the extract stage reads: labels, class tokens, line vocabularies, meta keys.

The scorers in the other modules only weigh features; what counts as a 来源 label, a
sidebar class or a credit line is data, listed here once. Words match in Simplified or
Traditional script (``either_script``). Class and id cues are whole tokens of the
attribute ("share-content" has the tokens share, content), never substrings.
"""

from __future__ import annotations

import re

from yilian.zhscript import to_simplified, to_traditional

_EXTRA_VARIANTS = {"布": "佈", "并": "並", "于": "於", "着": "著", "里": "裡"}


def either_script(word: str) -> str:
    """Regex source matching ``word`` in Simplified or Traditional characters (来源 / 來源)."""
    parts = []
    for ch in word:
        variants = {ch, to_traditional(ch), to_simplified(ch)}
        if ch in _EXTRA_VARIANTS:
            variants.add(_EXTRA_VARIANTS[ch])
        if ch == " ":
            parts.append(r"\s*")
        elif len(variants) == 1:
            parts.append(re.escape(ch))
        else:
            parts.append("[" + "".join(sorted(variants)) + "]")
    return "".join(parts)


def spaced(word: str) -> str:
    """Like :func:`either_script` but tolerating spaces between characters (索 引 号)."""
    return r"\s*".join(either_script(ch) for ch in word)


def words(*items: str) -> str:
    """One alternation of ``items`` in either script, longest first."""
    return "|".join(either_script(w) for w in sorted(items, key=len, reverse=True))


# ---- markup -------------------------------------------------------------------------------

DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head")
BLOCK_TAGS = frozenset(
    "p div br li tr table tbody thead tfoot ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article blockquote "
    "pre header footer nav form center hr figure figcaption main aside address caption title body html "
    "frameset frame text".split()
)
CELL_TAGS = frozenset(("td", "th"))
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Never shown as text (form widgets, data kept in a <textarea>), or hidden by a utility class.
UNSHOWN_TAGS = frozenset(("textarea", "select", "option", "datalist", "button", "input", "map"))
HIDDEN_TOKENS = frozenset(("hidden", "hide", "invisible", "display-none", "displaynone", "sr-only"))
# Chrome by its tag: never article text, whatever its content.
CHROME_TAGS = frozenset(("nav", "button", "select", "input", "textarea", "label", "option", "menu"))
# Chrome by its tag unless it holds the page's prose (an <aside> or <header> that is the article is rare but real).
WEAK_CHROME_TAGS = frozenset(("aside", "footer", "header"))
# Tags a body may be built from: a container holding the article's paragraphs.
CONTAINER_TAGS = frozenset(("div", "section", "article", "main", "table", "tbody", "tr", "td", "center", "body",
                            "form", "dd", "li", "ul", "blockquote", "font", "span", "text", "html"))
DOC_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|pptx?|zip|rar|7z|ofd|txt|csv)(?:$|[?#])", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)

# Class/id tokens. Positive: containers of article text. Negative: chrome around it.
POSITIVE_TOKENS = frozenset("""
    article articles content contents context text body entry main detail details post story news zoom
    con cont conts nr zw zwnr wznr nei neirong news_content newscontent artibody endtext trs editor
    vsb richtext rich media js_content article_content arti maintext mainbody textbox txt info_content
    """.split())
NEGATIVE_TOKENS = frozenset("""
    comment comments comm reply replies pinglun pl cmt share bdshare jiathis sharebox fenxiang
    footer foot bottom copyright banquan breadcrumb crumb crumbs position location weizhi dqwz place
    nav navbar menu sidebar side aside right left leftside rightside widget ad ads advert advertisement
    gg guanggao banner related relate xgxw xgwz recommend tuijian rec hot hotnews rank ranking top10
    toolbar tools tool fontsize print close prev next pager pagination page_nav pages fy
    qrcode qr ewm erweima subscribe login search tags tag keywords keyword
    """.split())
TITLE_TOKENS = frozenset("""
    title tit titles bt biaoti headline heading arti_title article_title news_title newstitle art_title
    tm h_title main_title maintitle detail_title
    """.split())
# Reader comments: out of the body even when the class also says "text" or "content".
COMMENT_TOKENS = frozenset("comment comments reply replies pinglun cmt commentlist comment_list discuss".split())
SUBTITLE_TOKENS = frozenset("subtitle subhead fbt futitle sub vice fubiaoti".split())
SITE_NAME_TOKENS = frozenset("logo sitename site_name brand".split())
ACCOUNT_TOKENS = ("js_name", "profile_nickname", "rich_media_meta_nickname")  # a WeChat page's account, in this order
# Elements the title, subtitle and account readers look at: marked once while the page is walked.
MARK_TOKENS = TITLE_TOKENS | SUBTITLE_TOKENS | frozenset(ACCOUNT_TOKENS)
STYLE_TAGS = frozenset(("strong", "b", "font", "span", "center", "td", "p", "div"))

# ---- meta keys (lower case) ----------------------------------------------------------------

META_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "pubdate", "publishdate", "publish_date", "publishtime", "publish_time", "pubtime",
    "ptime", "firstpublishedtime", "og:release_date", "dc.date.issued", "dc.date", "dcterms.issued",
    "dcterms.date", "date", "sailthru.date", "weibo: article:create_at", "article:post_date", "createdate",
    "releasedate", "created",
)
META_TITLE_KEYS = ("articletitle", "og:title", "twitter:title", "headline", "dc.title")
SITE_NAME_KEYS = ("sitename", "og:site_name", "site_name", "application-name", "site", "publisher")
META_SOURCE_KEYS = ("contentsource", "source", "og:article:source", "article:source")
META_AUTHOR_KEYS = ("author", "article:author", "dc.creator")
META_COLUMN_KEYS = ("columnname", "column", "category", "article:section")

# ---- labeled fields ------------------------------------------------------------------------

# field -> label words; "strong" fields may omit the colon (government metadata tables).
LABELS: dict[str, tuple[str, ...]] = {
    "index_no": ("索引号",),
    "topic": ("主题分类", "信息分类", "组配分类", "分类"),
    "issuer": ("发文机关", "发布机构", "发文单位", "发布机关"),
    "doc_no": ("发文字号", "文号"),
    "written_at": ("成文日期", "成文时间"),
    "published": ("发布日期", "发布时间", "发表时间", "发稿时间", "发表日期", "发布于", "发表于", "更新时间", "时间", "日期",
                  "上传时间", "录入时间", "添加时间", "刊发时间", "出版日期", "公布日期", "发文日期", "生成日期"),
    "source": ("信息来源", "文章来源", "稿件来源", "新闻来源", "资料来源", "来源单位", "来源", "供稿", "出处", "来自"),
    "author": ("作者", "撰稿人", "撰稿", "撰文", "记者", "通讯员"),
    "editor": ("责任编辑", "编辑", "责编", "审核", "校对"),
    "views": ("阅读量", "阅读次数", "浏览次数", "浏览量", "点击数", "点击量", "访问量", "点击率", "访问次数", "阅读", "浏览", "点击"),
    "title": ("标题",),
    "keywords": ("主题词", "关键词", "关键字", "标签"),
    "publisher": ("发布者", "发布人", "发布单位"),
    "fontsize": ("字号", "字体"),
    "photographer": ("摄影", "摄像"),  # read only so that a 来源/作者 value stops before them
    "comments": ("评论", "评论数"),
}
STRONG_FIELDS = frozenset(("index_no", "topic", "issuer", "doc_no", "written_at", "keywords"))
WEAK_LABELS = frozenset(("时间", "日期", "阅读", "浏览", "点击", "分类", "供稿", "标签", "出处", "审核", "校对", "来自", "评论"))
# Publication labels that name a later event than the publication.
LATE_DATE_LABELS = frozenset(("更新时间", "时间", "日期", "上传时间", "录入时间", "添加时间", "生成日期"))
# What a CMS prints when nobody filled the field (DedeCMS "来源:未知"): no value at all.
PLACEHOLDERS = frozenset(("未知", "不详", "不詳", "无", "無", "-", "--", "/", "暂无", "佚名", "本站"))

# ---- lines ---------------------------------------------------------------------------------

BREADCRUMB_HEAD = words("当前位置", "您现在的位置", "您的位置", "所在位置", "现在位置", "位置", "您当前的位置")
CRUMB_SEP = r"(?:>>|>|»|→|＞|›|/)"
CRUMB_LEAF_STOP = frozenset(("正文", "详情", "内容", "正文内容", "文章详情", "詳情", "文章", "阅读"))

# A line starting with one of these ends the article: what follows is navigation.
END_MARKERS = words(
    "上一篇", "下一篇", "上一条", "下一条", "上一页", "下一页", "相关新闻", "相关阅读", "相关链接", "相关文章", "相关报道",
    "热点新闻", "推荐阅读", "延伸阅读", "热门文章", "最新新闻", "返回列表", "返回顶部", "更多精彩", "热门推荐",
    "猜你喜欢", "为你推荐", "精彩推荐", "往期回顾", "相关稿件", "网友评论", "我要评论", "发表评论", "评论区",
    "热门评论", "最新评论", "相关推荐", "大家都在看", "今日推荐", "热点推荐", "查看评论", "你可能还想看",
    "你可能也喜欢", "你可能感兴趣", "看了本文的人还看了", "更多新闻", "更多阅读", "热门阅读", "编辑推荐", "阅读排行",
    "其他人也在看", "大家还在看", "网友还在看", "相关资讯", "热门资讯", "更多资讯", "图片推荐", "热门图片",
    "留言列表", "评论列表", "全部评论", "网友留言", "发表留言", "我要留言",
)
# Phrases that mark a line as chrome wherever it stands (share bars, print/close, copyright and reprint
# notices, disclaimers, account footers): none of them is said in an article's own sentences.
CHROME_LINE = words(
    "分享到", "微信扫一扫", "扫一扫分享", "扫一扫在手机", "用手机扫描", "打印本页", "打印此页", "关闭窗口", "【打印】",
    "【关闭】", "[打印]", "[关闭]", "版权所有", "ICP备", "网站标识码", "公网安备", "预览时标签不可点", "阅读原文",
    "长按识别", "收藏本文", "技术支持", "主办单位", "返回顶部", "字号：", "字体：", "【字号", "【字体", "播报文章",
    "返回搜狐", "查看更多", "本文来源", "点击进入", "免责声明", "特别声明", "关注我们", "未经授权", "禁止转载",
    "转载请注明", "请注明出处", "版权归", "原创稿件", "Play Video", "关注该公众号", "关注公众号", "点击上方", "点击下方",
    "仅提供信息存储服务", "仅代表该机构观点", "不代表本网观点", "不代表本站观点", "如有侵权", "联系删除", "已输入0字",
    "我要跟帖", "点击投票", "点击菜单栏", "视频播放失败", "建议WIFI下打开", "提供信息存储空间服务", "信息发布平台",
)
# Words that are chrome only as a line of their own (a button): inside a sentence they are just words.
CHROME_WORD = words("举报", "纠错", "二维码", "扫码", "广告", "在看", "点赞", "收藏", "打印", "分享", "关注", "评论", "字号",
                    "语音", "播报", "听新闻", "朗读", "关闭", "返回", "展开", "收起", "错误代码")
# "平台声明：…", "特别声明：…": a notice about the text, not the text
NOTICE_LINE = re.compile(r"^[\s【\[]*(?:[\u3400-\u9fff]{0,4}" + either_script("声明")
                         + r"|Notice|Disclaimer|Statement)\s*[:：】\]]", re.I)  # platforms print them in English too
NOTICE_MAX = 200  # characters of a notice line (twice as many in Latin script)
CHROME_WORD_MAX = 12  # characters of a line that can be a button
CHROME_LINE_RE = re.compile(CHROME_LINE + "|" + CHROME_WORD)
# Credit and editing lines: who edited, checked or photographed, not what happened.
CREDIT_LINE = re.compile(
    r"^[\s【\[（(]*(?:" + words("责任编辑", "责编", "编辑", "校对", "审核", "审校", "审稿", "终审", "初审", "复审", "监制",
                                 "总监制", "制片人", "统筹", "策划", "采写", "撰文", "文字", "作者", "文", "图", "摄影",
                                 "摄像", "记者", "通讯员", "编审", "视频", "排版", "美编", "出品", "主编", "值班编辑")
    + r")\s*[:：|｜/丨]"
    + r"|^[\s【\[（(]*(?:" + words("图片来源", "图源", "图片提供", "题图", "封面图", "头图", "来源") + r")"
    # a credit alone ("新华社发（张三摄）", "李四 供图"), not a caption that ends with one
    + r"|^.{0,16}(?:" + words("供图", "摄)", "摄）", "摄影)", "摄影）") + r")[】\]）)]*\s*$"
    + r"|^[（(]\s*(?:" + words("完", "编辑", "责任编辑", "责编", "记者", "通讯员") + r")"
    # "记者林悦/南市报导", "本报记者 张三 摄": a byline of its own
    + r"|^(?:" + words("本报记者", "记者", "通讯员") + r")\s*[\u3400-\u9fff·]{2,4}(?:\s*[/／]\s*\S{0,8})?\s*"
    + r"(?:" + words("报道", "报导", "摄", "摄影") + r")?\s*$"
)
# Lines printed above the text that are not its text: summaries, former titles, kickers.
LEAD_BOX = re.compile(r"^[\s【\[]*(?:" + words("摘要", "导读", "核心提示", "内容提要", "提要", "原标题", "原题为", "原题", "编者按语",
                                             "本文原标题",
                                             "本文转载自", "转载自", "本文转自", "转自", "本文来自") + r")")
EDITOR_NOTE = re.compile(r"^[\s【\[]*(?:" + words("编者按", "编前语", "编者的话") + r")")
KEYWORD_LINE = re.compile(r"^[\s【\[]*(?:" + words("关键词", "关键字", "标签", "主题词", "Tags", "TAG") + r")\s*[:：】\]]", re.I)
# The date of today in a site banner: "今天是2024年6月1日 星期六".
BANNER = re.compile(words("今天是", "今日是", "今天", "欢迎访问", "欢迎光临", "农历", "星期一", "星期二", "星期三", "星期四",
                          "星期五", "星期六", "星期日", "星期天", "礼拜"))
COMMENT_HINT = re.compile(words("网友", "楼主", "回复", "发表于", "评论", "跟帖", "沙发", "板凳", "引用", "匿名用户", "游客"))
VIDEO_HINT = re.compile(r"^(?:\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|Play Video|播放|暂停|全屏|倍速|正在播放|/\s*\d{1,2}:\d{2})$", re.I)

# ---- titles --------------------------------------------------------------------------------

TITLE_SEP = re.compile(r"\s+[-–|｜_]\s+|\s*[_|｜]+\s*|(?<=[^\d\s])\s*[-–－]{1,2}\s*(?=[^\d\s])|(?<!—)—(?!—)|\s*(?:&gt;|>|»|::)\s*")
# A CMS's detail-page template titles every article alike: the page kind, not the article.
GENERIC_TITLE = re.compile(
    "^(?:" + words("新闻详情", "新闻内容", "新闻正文", "文章详情", "文章内容", "文章正文", "信息详情", "信息内容", "信息公开",
                   "详情页", "详情", "内容页", "内容", "正文", "详细内容", "新闻中心", "新闻动态", "无标题文档", "无标题",
                   "新闻", "首页", "网站首页", "通知公告", "工作动态", "政务公开", "文章", "阅读文章", "查看文章")
    + ")(?:页|頁)?$|^untitled",
    re.I,
)
# Names of organisations and sites: the tail of "<title>" rather than the article.
SITE_LIKE = re.compile(
    "(?:" + words("医院", "保健院", "卫生院", "政府", "委员会", "卫健委", "卫生健康局", "健康局", "网", "门户网站", "官网",
                  "官方网站", "微信公众平台", "新闻网", "在线", "频道", "博客", "论坛", "社区", "报", "日报", "晚报", "大学",
                  "学院", "中心", "平台", "资讯", "之家", "首页") + r")$|\.(?:com|cn|net|org)$|^www\.",
    re.I,
)
CJK = re.compile(r"[\u3400-\u9fff]")  # a Han character (extension A and the unified block)
SENTENCE_END = re.compile(r"[。！？；!?;]\s*$")
CLAUSE_END = re.compile(r"[。！？；：!?;:…”」』)）]\s*$")
SENTENCE_PUNCT = re.compile(r"[，。；！？、,;!?]")

# ---- bylines, credits, dates -----------------------------------------------------------------

# "宣传科：张三", "文/张三": who wrote it, printed over the first paragraph
BYLINE = re.compile(
    r"^(?:" + words("文字", "文", "图", "摄影", "通讯员", "记者", "撰稿") + r"|[\u3400-\u9fff]{1,8}?(?:"
    + words("科", "部", "处", "室", "办", "中心", "站") + r"))\s*[:：|｜/]\s*[\u3400-\u9fff·]{2,4}(?:\s|$)"
)
# "文| 宣传科 张三 图| 宣传科 李四" in a 来源 value: the text credit names the writing unit and writer
CREDIT_SEP = r"\s*[|｜丨/:：]\s*"
TEXT_CREDIT = re.compile(
    r"(?:^|\s)(?:" + words("文字", "文") + r")" + CREDIT_SEP + r"(?P<credit>.+?)\s*(?=(?:"
    + words("图片", "图", "摄影", "摄", "编辑") + r")" + CREDIT_SEP + r"|$)"
)
PERSON = re.compile(r"^[\u3400-\u9fff·]{2,4}$")  # a Chinese personal name
UNIT = re.compile(either_script("科") + "|" + "|".join(either_script(w) + "$" for w in (
    "部", "处", "室", "办", "中心", "站", "院", "委", "局", "组", "社")))  # an organisational unit's name
# Labels that name the publication itself rather than a later update or an upload.
PUBLISHED_STRONG = frozenset(("发布日期", "发布时间", "发表时间", "发稿时间", "发表日期", "发布于", "发表于", "刊发时间",
                              "出版日期", "公布日期", "发文日期"))
DATE_HAN = re.compile(r"[年月日时分秒]|星期.")  # what a date, a time and a weekday write in Han characters
# Words of a byline line, labeled or not ("2019-04-05 06:40 来源：…")
BYLINE_WORDS = re.compile(words("来源", "作者", "编辑", "阅读", "浏览", "点击", "发布", "发表", "记者", "责编"))
TITLE_LABEL = re.compile(r"^\s*(?:" + words("主题", "标题", "题目", "文章标题", "帖子主题") + r")\s*[:：]\s*")
SITE_HOME = words("首页", "网站首页", "主页")

# ---- media -----------------------------------------------------------------------------------

# Image file names and classes of icons, buttons and spacers, not content pictures
ICON = re.compile(r"(?:icon|logo|share|qrcode|ewm|erweima|weixin|wechat|arrow|btn|button|spacer|blank|pixel|dot)", re.I)
CAPTION_START = re.compile(r"^[（(]?(?:" + words("图", "上图", "下图", "左图", "右图", "图为", "图片", "照片") + r")")

# ---- pages that are not articles -------------------------------------------------------------

NOT_FOUND = re.compile(
    words("页面不存在", "您访问的页面不存在", "页面未找到", "找不到页面", "页面找不到", "信息不存在", "文章不存在",
          "已被删除", "已删除", "页面已过期", "无法找到该页", "内容不存在", "该内容已被删除", "错误信息", "发生错误",
          "出错了", "参数错误", "访问出错", "系统错误")
    + r"|404\s*(?:not\s*found|错误|error)|^\s*404\s*$|not\s+found",
    re.I,
)
# A <title> that names the page a list of results rather than an article
RESULTS_TITLE = re.compile(words("搜索结果", "检索结果", "查询结果", "搜索页", "站内搜索"))
LOGIN = re.compile(words("请先登录", "登录后查看", "请登录", "用户登录", "会员登录", "统一身份认证", "登录后才能"))
CAPTCHA = re.compile(words("验证码", "安全验证", "人机验证", "滑动验证", "请完成验证", "访问验证") + r"|captcha", re.I)
