// The search page: state lives in the URL hash (#/search?… or #/article/ID) so links and Back work.
// Only Elasticsearch highlights (HTML-escaped by the server, matches in <em>) go through innerHTML.
"use strict";

const FILTERS = ["q", "province", "city", "county", "publisher_province", "publisher_city", "date_from", "date_to",
  "alliance_form", "event_type", "source_kind", "sort", "collapse", "include_all", "page"];
const VIEW = ["interval", "split", "chart", "basis"]; // how the statistics are drawn: in the URL too, not sent to /api/search
const FACETS = [
  ["province", "省份"], ["city", "城市"], ["county", "区县"], ["month", "发布月份"],
  ["alliance_form", "医联体形式"], ["event_type", "事件类型"], ["source_kind", "发布机构类型"],
  ["publisher_province", "发布机构所在省份"], ["publisher_city", "发布机构所在城市"],
];
// Picking a broader place clears the narrower ones under it.
const NARROWER = { province: ["city", "county"], publisher_province: ["publisher_city"] };
const LABELS = {
  province: "省份", city: "城市", county: "区县", date_from: "起始", date_to: "截止", alliance_form: "形式",
  event_type: "事件", source_kind: "机构类型", publisher_province: "发布机构省份", publisher_city: "发布机构城市",
  q: "关键词",
};
const SOURCE_KINDS = { hospital: "医院", health_commission: "卫生健康委", government: "政府", news: "新闻媒体" };
const PAGE_SIZE = 10;
const DAMAGED_TEXT = "原网页文字受损";

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

function html(tag, attrs, trustedHighlight) {
  const node = el(tag, attrs);
  node.innerHTML = trustedHighlight; // escaped by Elasticsearch's html encoder
  return node;
}

const ALLIANCE_FILTERS = ["q", "form", "province", "city", "founded_year", "lead", "sort", "page"];
const ALLIANCE_FACETS = [["form", "医联体形式"], ["province", "省份"], ["city", "城市"], ["founded_year", "成立年份"], ["lead", "牵头单位"]];
const ALLIANCE_LABELS = { q: "名称", form: "形式", province: "省份", city: "城市", founded_year: "成立年份", lead: "牵头单位" };
const VIEWS = ["search-view", "article-view", "alliances-view", "alliance-view", "org-view", "saved-view"];

function readState() {
  const hash = location.hash.replace(/^#\/?/, "");
  for (const [prefix, view, key] of [["article/", "article", "id"], ["alliance/", "alliance", "id"], ["org/", "org", "name"]]) {
    if (hash.startsWith(prefix)) return { view, [key]: decodeURIComponent(hash.slice(prefix.length)) };
  }
  if (hash === "saved") return { view: "saved" };
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const alliances = path === "alliances";
  const state = { view: alliances ? "alliances" : "search" };
  for (const key of alliances ? ALLIANCE_FILTERS : [...FILTERS, ...VIEW]) if (params.get(key)) state[key] = params.get(key);
  return state;
}

function showOnly(view) {
  for (const id of VIEWS) $(id).hidden = id !== view;
  $("nav-search").classList.toggle("on", view === "search-view" || view === "article-view");
  $("nav-alliances").classList.toggle("on", ["alliances-view", "alliance-view", "org-view"].includes(view));
  $("nav-saved").classList.toggle("on", view === "saved-view");
}

function go(state) {
  const params = new URLSearchParams();
  for (const key of [...FILTERS, ...VIEW]) if (state[key]) params.set(key, state[key]);
  location.hash = "#/search?" + params.toString();
}

function goAlliances(state) {
  const params = new URLSearchParams();
  for (const key of ALLIANCE_FILTERS) if (state[key]) params.set(key, state[key]);
  location.hash = "#/alliances?" + params.toString();
}

// The search's filters as API parameters (without the ones named in `leave`).
function apiParams(state, leave = []) {
  const params = new URLSearchParams();
  for (const key of FILTERS) if (state[key] && !leave.includes(key)) params.set(key, state[key]);
  return params;
}

function withChange(change) {
  const state = readState();
  delete state.page;
  return { ...state, ...change };
}

function monthRange(month) {
  const [year, mon] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { date_from: `${month}-01`, date_to: `${month}-${String(last).padStart(2, "0")}` };
}

async function sendJSON(method, url, body) {
  const response = await fetch(url, {
    method, headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = response.status === 204 ? {} : await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof answer.detail === "string" ? answer.detail : response.statusText);
  return answer;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : response.statusText;
    throw new Error(response.status === 503 ? `检索服务暂不可用：${detail}` : `请求有误：${detail}`);
  }
  return body;
}

function syncForm(state) {
  $("q").value = state.q || "";
  $("date_from").value = state.date_from || "";
  $("date_to").value = state.date_to || "";
  $("sort").value = state.sort || "";
  $("collapse").checked = state.collapse !== "false"; // on by default: one hit per story
  $("include_all").checked = state.include_all === "true";
  $("interval").value = state.interval || "month";
  $("split").value = state.split || "none";
  $("chart").value = state.chart || "bar";
  $("basis").value = state.basis || "event";
}

function facetValueLabel(name, value) {
  return name === "source_kind" ? (SOURCE_KINDS[value] || value) : value;
}

// Facet lists into `box`: `isSelected(name, value)` marks the chosen value, `pick(name, value, selected)` acts on a click.
function renderFacetLists(box, defs, facets, isSelected, pick) {
  box.replaceChildren();
  for (const [name, title] of defs) {
    const buckets = facets[name] || [];
    if (!buckets.length) continue;
    const items = buckets.map(({ value, count }) => {
      const selected = isSelected(name, value);
      return el("li", {}, el("a", {
        href: "#", class: selected ? "selected" : "",
        onclick: (event) => { event.preventDefault(); pick(name, value, selected); },
      }, el("span", {}, facetValueLabel(name, value)), el("span", { class: "count" }, count.toLocaleString("zh-CN"))));
    });
    box.append(el("h3", {}, title), el("ul", {}, items));
  }
}

function renderFacets(facets, state) {
  const selectedMonth = state.date_from && state.date_to && state.date_from.slice(0, 7) === state.date_to.slice(0, 7)
    && monthRange(state.date_from.slice(0, 7)).date_to === state.date_to ? state.date_from.slice(0, 7) : null;
  renderFacetLists($("facets"), FACETS, facets,
    (name, value) => (name === "month" ? value === selectedMonth : state[name] === value),
    (name, value, selected) => go(withChange(name === "month"
      ? (selected ? { date_from: "", date_to: "" } : monthRange(value))
      : { [name]: selected ? "" : value, ...(!selected ? Object.fromEntries((NARROWER[name] || []).map((key) => [key, ""])) : {}) })));
}

function renderActiveFilters(state) {
  const chips = Object.keys(LABELS).filter((key) => state[key]).map((key) =>
    el("button", {
      class: "chip", type: "button", title: "移除此条件",
      onclick: () => go(withChange({ [key]: "" })),
    }, `${LABELS[key]}：${facetValueLabel(key, state[key])}`));
  $("active-filters").replaceChildren(...chips);
}

function renderCopies(copies) {
  if (!copies.length) return null;
  const links = copies.map((copy) => el("li", {},
    el("a", { href: copy.url, target: "_blank", rel: "noopener noreferrer" }, copy.source_name || new URL(copy.url).hostname),
    copy.published_at && el("time", { datetime: copy.published_at }, copy.published_at)));
  return el("details", { class: "copies" }, el("summary", {}, `另有${copies.length}家网站转载`), el("ul", {}, links));
}

function renderHit(hit) {
  const title = hit.title_highlight ? html("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, hit.title_highlight)
    : el("a", { href: `#/article/${encodeURIComponent(hit.id)}` }, hit.title || "（无标题）");
  const place = [hit.province, hit.city, hit.county].filter(Boolean).join(" ");
  const publisherPlace = [hit.publisher_province, hit.publisher_city].filter(Boolean).join(" ");
  return el("li", {},
    el("h2", {}, title, hit.damaged && el("span", { class: "badge", title: "原网页存在无法还原的乱码" }, DAMAGED_TEXT)),
    el("div", { class: "meta" },
      el("span", {}, hit.source_name || new URL(hit.url).hostname),
      hit.published_at && el("time", { datetime: hit.published_at }, hit.published_at),
      place && el("span", {}, place),
      publisherPlace && publisherPlace !== place && el("span", { title: "发布机构所在地" }, `发布于${publisherPlace}`),
      el("a", { href: hit.url, target: "_blank", rel: "noopener noreferrer" }, "原文链接")),
    hit.highlight.map((snippet) => html("p", { class: "snippet" }, /[。！？”]$/.test(snippet) ? snippet : snippet + "…")),
    renderCopies(hit.also_published || []));
}

function renderPager(total, state) {
  const page = Number(state.page || 1);
  const pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
  const pager = $("pager");
  pager.replaceChildren();
  if (pages <= 1) return;
  const to = (n) => () => go({ ...readState(), page: String(n) });
  pager.append(
    el("button", { type: "button", onclick: to(page - 1), ...(page <= 1 ? { disabled: "" } : {}) }, "上一页"),
    el("span", {}, `第 ${page} / ${pages} 页`),
    el("button", { type: "button", onclick: to(page + 1), ...(page >= pages ? { disabled: "" } : {}) }, "下一页"));
}

async function showSearch(state) {
  showOnly("search-view");
  syncForm(state);
  renderActiveFilters(state);
  const params = apiParams(state);
  params.set("size", String(PAGE_SIZE));
  $("summary").textContent = "检索中…";
  try {
    const data = await getJSON("/api/search?" + params.toString());
    $("summary").textContent = data.total
      ? `共找到 ${data.total.toLocaleString("zh-CN")} 篇公告（按${data.sort === "date" ? "发布日期" : "相关度"}排序）`
      : "没有找到匹配的公告，试试减少关键词或移除筛选条件。";
    $("results").replaceChildren(...data.hits.map(renderHit));
    $("follow").replaceChildren(...followLinks(state));
    renderFacets(data.facets, state);
    renderPager(data.total, state);
    await Promise.all([renderTrends(state), renderMap(state, data.facets)]);
  } catch (error) {
    $("summary").replaceChildren(el("span", { class: "error" }, error.message));
    $("results").replaceChildren();
    $("pager").replaceChildren();
  }
  document.body.dataset.shown = location.hash; // what the page now shows (scripts and tests wait for it)
}

// ---- statistics: the trend chart and the map (Apache ECharts, vendored in /static/vendor) ----

const SPLIT_LABELS = { none: "公告数" };
let provinceNames = null; // {short: official -> short, full: short -> official}, with the map's shapes registered

function chartIn(id) {
  const node = $(id);
  return echarts.getInstanceByDom(node) || echarts.init(node, null, { renderer: "svg" });
}

async function provinces() {
  if (!provinceNames) {
    const [list, shapes] = await Promise.all([getJSON("/api/provinces"), getJSON("/static/vendor/china.json")]);
    echarts.registerMap("china", shapes);
    provinceNames = {
      short: Object.fromEntries(list.map((p) => [p.name, p.short])),
      full: Object.fromEntries(list.map((p) => [p.short, p.name])),
    };
  }
  return provinceNames;
}

async function renderTrends(state) {
  const params = apiParams(state, ["sort", "page"]);
  params.set("interval", state.interval || "month");
  params.set("split", state.split || "none");
  const data = await getJSON("/api/trends?" + params.toString());
  const kind = state.chart === "line" ? "line" : "bar";
  const split = data.split !== "none";
  const series = split
    ? data.series.map((name) => ({
      name: data.split === "source_kind" ? facetValueLabel("source_kind", name) : name, type: kind, stack: kind === "bar" ? "total" : undefined,
      data: data.buckets.map((bucket) => bucket.split[name] || 0),
    }))
    : [{ name: SPLIT_LABELS.none, type: kind, data: data.buckets.map((bucket) => bucket.count) }];
  const chart = chartIn("trend-chart");
  chart.setOption({
    tooltip: { trigger: "axis" },
    legend: { show: split, type: "scroll", top: 0 },
    grid: { left: 40, right: 12, top: split ? 30 : 12, bottom: 28 },
    xAxis: { type: "category", data: data.buckets.map((bucket) => bucket.key) },
    yAxis: { type: "value", minInterval: 1 },
    series,
  }, { notMerge: true });
  chart.resize();
  // a click anywhere in a bucket's column (bar, point or gap) narrows the dates to that bucket
  chart.getZr().off("click");
  chart.getZr().on("click", (event) => {
    const point = [event.offsetX, event.offsetY];
    if (!chart.containPixel("grid", point)) return;
    const bucket = data.buckets[Math.round(chart.convertFromPixel({ gridIndex: 0 }, point)[0])];
    if (bucket) go(withChange({ date_from: bucket.start, date_to: bucket.end }));
  });
}

async function renderMap(state, facets) {
  const names = await provinces();
  const key = state.basis === "publisher" ? "publisher_province" : "province";
  const counts = Object.fromEntries((facets[key] || []).map((bucket) => [names.short[bucket.value] || bucket.value, bucket.count]));
  const max = Math.max(1, ...Object.values(counts));
  const chart = chartIn("map-chart");
  chart.setOption({
    tooltip: { trigger: "item", formatter: (item) => `${item.name}：${counts[item.name] || 0} 篇` },
    visualMap: { min: 0, max, left: 4, bottom: 4, itemHeight: 70, text: ["多", "少"], inRange: { color: ["#e3f2f1", "#0b6e6e"] } },
    series: [{
      type: "map", map: "china", roam: false, selectedMode: "single",
      data: Object.keys(names.full).map((short) => ({ name: short, value: counts[short] || 0, selected: names.full[short] === state[key] })),
    }],
  }, { notMerge: true });
  chart.resize();
  chart.off("click");
  chart.on("click", (event) => {
    const province = names.full[event.name];
    if (!province) return;
    const narrower = key === "province" ? { city: "", county: "" } : { publisher_city: "" };
    go(withChange(state[key] === province ? { [key]: "" } : { [key]: province, ...narrower }));
  });
}

window.addEventListener("resize", () => {
  for (const id of ["trend-chart", "map-chart"]) echarts.getInstanceByDom($(id))?.resize();
});

// The same filters, without paging or sorting: a feed of the topic and an export of every hit.
function followLinks(state) {
  const query = apiParams(state, ["sort", "page"]).toString();
  return [
    el("button", { type: "button", class: "secondary", onclick: () => openSaveDialog(state) }, "保存检索并订阅提醒"),
    el("a", { href: "/api/search/feed?" + query, title: "用阅读器订阅此检索的新公告" }, "订阅 (Atom)"),
    el("a", { href: "/api/search/export?format=csv&" + query }, "导出 CSV"),
    el("a", { href: "/api/search/export?format=jsonl&" + query }, "导出 JSONL"),
  ];
}

const ARTICLE_FIELDS = [
  ["source_name", "发布网站"], ["source", "来源"], ["author", "作者"], ["published_at", "发布日期"],
  ["province", "省份"], ["city", "城市"], ["county", "区县"], ["alliance_forms", "医联体形式"],
  ["event_types", "事件类型"], ["lead_organization", "牵头单位"], ["members", "成员单位"], ["member_count", "成员单位数"],
  ["url", "原文地址"],
];

function paragraphs(text) {
  return (text || "").split("\n").filter((line) => line.trim()).map((line) => el("p", {}, line));
}

const ORG_FIELDS = new Set(["lead_organization", "members"]); // names shown as links to their organisation page

function orgLink(name) {
  return el("a", { href: `#/org/${encodeURIComponent(name)}`, class: "org" }, name);
}

function allianceLink(alliance) {
  return el("a", { href: `#/alliance/${encodeURIComponent(alliance.id)}` }, alliance.name);
}

function joined(nodes, separator = "、") {
  return nodes.flatMap((node, i) => (i ? [separator, node] : [node]));
}

function metaList(article) {
  const value = (key) => {
    const v = article[key];
    if (ORG_FIELDS.has(key)) return joined((Array.isArray(v) ? v : [v]).map(orgLink));
    return Array.isArray(v) ? v.join("、") : String(v);
  };
  const rows = ARTICLE_FIELDS.filter(([key]) => article[key] && String(article[key]).length)
    .map(([key, label]) => [el("dt", {}, label), el("dd", {}, value(key))]);
  if (article.alliance) rows.push([el("dt", {}, "所属联盟"), el("dd", {}, allianceLink(article.alliance))]);
  return el("dl", {}, rows);
}

function rawDetails(article) {
  const shown = new Set(["title", "title_original", "subtitle", "body", "body_original", "also_published", "alliance",
    ...ARTICLE_FIELDS.map(([key]) => key)]);
  const rest = Object.fromEntries(Object.entries(article).filter(([key]) => !shown.has(key)));
  return el("details", {}, el("summary", {}, "编码报告、标记与地区依据等全部字段"),
    el("pre", { style: "white-space: pre-wrap; font-size: 12px;" }, JSON.stringify(rest, null, 2)));
}

async function showArticle(id) {
  const view = $("article-view");
  showOnly("article-view");
  view.replaceChildren(el("p", {}, "加载中…"));
  const back = el("a", { class: "back", href: "#", onclick: (event) => { event.preventDefault(); history.back(); } }, "← 返回结果");
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
    const body = el("div", { class: "body" }, paragraphs(article.body));
    const hasOriginal = article.body_original && article.body_original !== article.body;
    const tab = (label, text, on) => el("button", {
      type: "button", class: on ? "on" : "",
      onclick: (event) => {
        body.replaceChildren(...paragraphs(text));
        event.target.parentNode.querySelectorAll("button").forEach((b) => b.classList.toggle("on", b === event.target));
      },
    }, label);
    view.replaceChildren(...[
      back,
      el("h1", {}, article.title || "（无标题）", article.damaged && el("span", { class: "badge" }, DAMAGED_TEXT)),
      article.title_original && article.title_original !== article.title && el("p", { class: "subtitle" }, `原标题：${article.title_original}`),
      article.subtitle && el("p", { class: "subtitle" }, article.subtitle),
      metaList(article),
      hasOriginal && el("div", { class: "tabs" }, tab("简体正文", article.body, true), tab("原文（原字形）", article.body_original, false)),
      body,
      renderCopies(article.also_published || []),
      rawDetails(article),
    ].filter(Boolean));
    document.title = `${article.title} · 医联`;
  } catch (error) {
    view.replaceChildren(back, el("p", { class: "error" }, error.message));
  }
  document.body.dataset.shown = location.hash;
}

// ---- the alliance registry: list, alliance and organisation views ----

function allianceParams(state) {
  const params = new URLSearchParams();
  for (const key of ALLIANCE_FILTERS) if (state[key] && key !== "page") params.set(key, state[key]);
  return params;
}

function place(item) {
  return [item.province, item.city, item.county].filter(Boolean).join(" ");
}

function allianceCard(alliance) {
  return el("li", {},
    el("h2", {}, allianceLink(alliance)),
    el("div", { class: "meta" },
      alliance.forms.map((form) => el("span", { class: "tag" }, form)),
      alliance.lead && el("span", {}, "牵头：", orgLink(alliance.lead)),
      place(alliance) && el("span", {}, place(alliance)),
      alliance.founded && el("span", {}, `成立于 ${alliance.founded}`),
      el("span", {}, `${alliance.announcement_count} 篇公告`),
      alliance.member_count && el("span", {}, `成员 ${alliance.member_count} 家`)));
}

async function showAlliances(state) {
  showOnly("alliances-view");
  $("alliance-q").value = state.q || "";
  $("alliance-sort").value = state.sort || "announcements";
  const params = allianceParams(state);
  const page = Number(state.page || 1);
  params.set("page", String(page));
  $("alliance-summary").textContent = "检索中…";
  const change = (delta) => { const next = { ...readState(), ...delta }; delete next.view; if (!("page" in delta)) delete next.page; goAlliances(next); };
  $("alliance-filters").replaceChildren(...Object.keys(ALLIANCE_LABELS).filter((key) => state[key]).map((key) =>
    el("button", { class: "chip", type: "button", onclick: () => change({ [key]: "" }) }, `${ALLIANCE_LABELS[key]}：${state[key]}`)));
  try {
    const data = await getJSON("/api/alliances?" + params.toString());
    $("alliance-summary").textContent = data.total ? `共 ${data.total.toLocaleString("zh-CN")} 个联盟` : "没有找到匹配的联盟。";
    $("alliance-results").replaceChildren(...data.hits.map(allianceCard));
    const query = allianceParams(state).toString();
    $("alliance-follow").replaceChildren(
      el("a", { href: "/api/alliances/export?format=csv&" + query }, "导出 CSV"),
      el("a", { href: "/api/alliances/export?format=jsonl&" + query }, "导出 JSONL"));
    renderFacetLists($("alliance-facets"), ALLIANCE_FACETS, data.facets,
      (name, value) => String(state[name] || "") === value,
      (name, value, selected) => change({ [name]: selected ? "" : value, ...(name === "province" && !selected ? { city: "" } : {}) }));
    const pages = Math.min(Math.ceil(data.total / data.size), Math.floor(10000 / data.size));
    $("alliance-pager").replaceChildren(...(pages > 1 ? [
      el("button", { type: "button", onclick: () => change({ page: String(page - 1) }), ...(page <= 1 ? { disabled: "" } : {}) }, "上一页"),
      el("span", {}, `第 ${page} / ${pages} 页`),
      el("button", { type: "button", onclick: () => change({ page: String(page + 1) }), ...(page >= pages ? { disabled: "" } : {}) }, "下一页"),
    ] : []));
  } catch (error) {
    $("alliance-summary").replaceChildren(el("span", { class: "error" }, error.message));
    $("alliance-results").replaceChildren();
  }
  document.title = "联盟名录 · 医联";
  document.body.dataset.shown = location.hash;
}

function backLink(label) {
  return el("a", { class: "back", href: "#", onclick: (event) => { event.preventDefault(); history.back(); } }, label);
}

async function showAlliance(id) {
  const view = $("alliance-view");
  showOnly("alliance-view");
  view.replaceChildren(el("p", {}, "加载中…"));
  try {
    const a = await getJSON(`/api/alliances/${encodeURIComponent(id)}`);
    const counts = el("div", { id: "member-count-chart", class: "chart" });
    view.replaceChildren(...[
      backLink("← 返回"),
      el("h1", {}, a.name),
      el("dl", {},
        el("dt", {}, "形式"), el("dd", {}, a.forms.map((form) => el("span", { class: "tag" }, form))),
        a.lead && [el("dt", {}, "牵头单位"), el("dd", {}, orgLink(a.lead))],
        place(a) && [el("dt", {}, "地区"), el("dd", {}, place(a))],
        el("dt", {}, "成立"), el("dd", {}, a.founded || "公告中未见成立日期"),
        el("dt", {}, "公告"), el("dd", {}, `${a.announcement_count} 篇（${a.first_seen || "?"} 至 ${a.last_seen || "?"}）`),
        a.names.length > 1 && [el("dt", {}, "别称"), el("dd", {}, a.names.join("、"))]),
      a.member_counts.length > 0 && [el("h2", {}, "成员单位数量变化"), counts],
      el("h2", {}, `成员单位（${a.members.length}）`),
      a.members.length ? el("table", {}, el("tr", {}, el("th", {}, "单位"), el("th", {}, "首次出现")),
        a.members.map((m) => el("tr", {}, el("td", {}, orgLink(m.name)),
          el("td", {}, m.article_id ? el("a", { href: `#/article/${encodeURIComponent(m.article_id)}` }, m.first_seen || "—") : (m.first_seen || "—")))))
        : el("p", {}, "公告中未列出成员单位名称。"),
      el("h2", {}, "时间线"),
      el("ol", { class: "timeline" }, a.announcements.map((item) => el("li", {},
        el("time", {}, item.date || "日期不详"),
        el("a", { href: `#/article/${encodeURIComponent(item.id)}` }, item.title),
        " ", item.events.map((event) => el("span", { class: "tag" }, event)),
        el("div", { class: "evidence" }, `${item.source_name} · 归入依据：${item.evidence}`)))),
    ].filter(Boolean).flat());
    if (a.member_counts.length) {
      const chart = echarts.init(counts, null, { renderer: "svg" });
      chart.setOption({
        tooltip: { trigger: "axis" }, grid: { left: 40, right: 16, top: 16, bottom: 28 },
        xAxis: { type: "category", data: a.member_counts.map((c) => c.date) }, yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "line", step: "end", name: "成员单位", data: a.member_counts.map((c) => c.count) }],
      });
    }
    document.title = `${a.name} · 医联`;
  } catch (error) {
    view.replaceChildren(backLink("← 返回"), el("p", { class: "error" }, error.message));
  }
  document.body.dataset.shown = location.hash;
}

async function showOrg(name) {
  const view = $("org-view");
  showOnly("org-view");
  view.replaceChildren(el("p", {}, "加载中…"));
  try {
    const org = await getJSON(`/api/organizations/${encodeURIComponent(name)}`);
    const list = (items, empty) => (items.length ? el("ol", { class: "cards" }, items.map(allianceCard)) : el("p", {}, empty));
    view.replaceChildren(
      backLink("← 返回"),
      el("h1", {}, org.name),
      el("p", {}, el("a", { href: "#/search?" + new URLSearchParams({ q: `"${org.name}"` }).toString() },
        `检索提及该单位的公告`), `（作为牵头或成员单位：${org.announcements} 篇）`),
      el("h2", {}, `牵头的联盟（${org.leads.length}）`), list(org.leads, "未见其牵头的联盟。"),
      el("h2", {}, `参与的联盟（${org.joins.length}）`), list(org.joins, "未见其作为成员参与的联盟。"));
    document.title = `${org.name} · 医联`;
  } catch (error) {
    view.replaceChildren(backLink("← 返回"), el("p", { class: "error" }, error.message));
  }
  document.body.dataset.shown = location.hash;
}

// ---- saved searches: the save dialog and the subscriptions view ----

function describe(state) {
  const parts = Object.keys(LABELS).filter((key) => state[key]).map((key) => `${LABELS[key]}：${facetValueLabel(key, state[key])}`);
  return parts.length ? parts.join("；") : "全部公告";
}

function openSaveDialog(state) {
  $("save-query").textContent = describe(state);
  $("save-name").value = state.q || describe(state).slice(0, 60);
  $("save-error").textContent = "";
  $("save-dialog").dataset.params = apiParams(state, ["sort", "page"]).toString();
  $("save-dialog").showModal();
}

async function submitSave(event) {
  event.preventDefault();
  const body = Object.fromEntries(new URLSearchParams($("save-dialog").dataset.params));
  for (const key of ["collapse", "include_all"]) if (key in body) body[key] = body[key] === "true";
  body.name = $("save-name").value.trim();
  const hook = $("save-webhook").value.trim();
  if (hook) body.webhook = { url: hook, kind: $("save-kind").value };
  body.email = $("save-email").value.split(/[,，;；\s]+/).filter(Boolean);
  try {
    await sendJSON("POST", "/api/saved-searches", body);
    $("save-dialog").close();
    location.hash = "#/saved";
  } catch (error) {
    $("save-error").textContent = error.message;
  }
}

async function showSaved() {
  showOnly("saved-view");
  const list = $("saved-list");
  try {
    const searches = await getJSON("/api/saved-searches");
    const items = await Promise.all(searches.map(async (search) => {
      const deliveries = await getJSON(`/api/saved-searches/${encodeURIComponent(search.id)}/deliveries`);
      const count = (status) => deliveries.filter((d) => d.status === status).length;
      const failed = deliveries.find((d) => d.status === "failed");
      const targets = [search.webhook && `Webhook（${search.webhook.kind}）`, search.email.length && `邮件 ${search.email.join("、")}`].filter(Boolean);
      return el("li", { "data-id": search.id },
        el("h2", {}, el("a", { href: "#/search?" + new URLSearchParams(search.params).toString() }, search.name)),
        el("div", { class: "meta" },
          el("span", {}, `推送到：${targets.join("；")}`),
          el("span", {}, `保存于 ${search.created_at.slice(0, 10)}`),
          el("span", {}, `已推送 ${count("sent")} 条`),
          count("failed") > 0 && el("span", { class: "error" }, `失败待重试 ${count("failed")} 条：${failed.last_error}`),
          el("button", {
            type: "button", class: "secondary",
            onclick: async () => { await sendJSON("DELETE", `/api/saved-searches/${encodeURIComponent(search.id)}`); showSaved(); },
          }, "删除")));
    }));
    list.replaceChildren(...(items.length ? items : [el("li", {}, "还没有保存的检索：在检索结果上方点击“保存检索并订阅提醒”。")]));
  } catch (error) {
    list.replaceChildren(el("li", { class: "error" }, error.message));
  }
  document.title = "我的订阅 · 医联";
  document.body.dataset.shown = location.hash;
}

function route() {
  const state = readState();
  if (state.view === "article") showArticle(state.id);
  else if (state.view === "alliances") showAlliances(state);
  else if (state.view === "alliance") showAlliance(state.id);
  else if (state.view === "org") showOrg(state.name);
  else if (state.view === "saved") showSaved();
  else { document.title = "医联 · 医联体公告检索"; showSearch(state); }
}

$("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  go(withChange({
    q: $("q").value.trim(), date_from: $("date_from").value, date_to: $("date_to").value, sort: $("sort").value,
    collapse: $("collapse").checked ? "" : "false", include_all: $("include_all").checked ? "true" : "",
  }));
});
for (const id of ["sort", "collapse", "include_all"]) $(id).addEventListener("change", () => $("search-form").requestSubmit());
for (const id of VIEW) $(id).addEventListener("change", () => go({ ...readState(), [id]: $(id).value }));
$("alliance-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const state = readState();
  goAlliances({ ...state, q: $("alliance-q").value.trim(), sort: $("alliance-sort").value, page: "" });
});
$("alliance-sort").addEventListener("change", () => $("alliance-form").requestSubmit());
$("save-form").addEventListener("submit", submitSave);
$("save-cancel").addEventListener("click", () => $("save-dialog").close());
window.addEventListener("hashchange", route);
if (!location.hash) history.replaceState(null, "", "#/search?");
// on a phone the filters start folded, so the results are on the first screen
if (window.matchMedia("(max-width: 760px)").matches) $("facet-box").open = $("alliance-facet-box").open = false;
route();
