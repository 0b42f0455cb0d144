// The operator page: every source's health and schedule from /api/ops/sources, and "run now"
// (POST /api/ops/sources/{id}/run with the operator token, kept for this browser tab only).
"use strict";

const STATES = { ok: "正常", degraded: "有错误", silent: "沉寂", failing: "失败", never_crawled: "未抓取" };
const tokenInput = document.getElementById("token");
tokenInput.value = sessionStorage.getItem("yilian-ops-token") || "";

function showToken() {
  document.getElementById("token-state").textContent = tokenInput.value ? "已设置" : "未设置（只读）";
}

document.getElementById("token-form").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem("yilian-ops-token", tokenInput.value.trim());
  showToken();
});

function cell(row, text, className) {
  const td = document.createElement("td");
  if (className) td.className = className;
  td.textContent = text === null || text === undefined || text === "" ? "—" : String(text);
  row.appendChild(td);
  return td;
}

let zone = "Asia/Shanghai";  // the scheduler's zone, from /api/ops/sources

function when(iso) {
  return iso ? new Date(iso).toLocaleString("zh-CN", { hour12: false, timeZone: zone }) : null;
}

function message(text, isError) {
  const box = document.getElementById("ops-message");
  box.textContent = text;
  box.className = isError ? "error" : "";
}

async function runNow(source, button) {
  button.disabled = true;
  const token = sessionStorage.getItem("yilian-ops-token") || "";
  const headers = token ? { Authorization: "Bearer " + token } : {};
  try {
    const response = await fetch(`/api/ops/sources/${encodeURIComponent(source)}/run`, { method: "POST", headers });
    const body = await response.json().catch(() => ({}));
    if (response.status === 202) message(`已请求立即抓取 ${source}（请求 #${body.request}）`, false);
    else if (response.status === 401) message("需要正确的运维令牌（401）", true);
    else if (response.status === 403) message("服务器未开启运维操作：请设置 YILIAN_OPS_TOKEN（403）", true);
    else message(`请求失败：${response.status} ${body.detail || ""}`, true);
  } catch (error) {
    message("请求失败：" + error, true);
  } finally {
    button.disabled = false;
    load();
  }
}

function render(data) {
  zone = data.timezone || zone;
  const tbody = document.querySelector("#sources tbody");
  tbody.replaceChildren();
  const counts = {};
  for (const src of data.sources) {
    const health = src.health;
    counts[health.state] = (counts[health.state] || 0) + 1;
    const row = document.createElement("tr");
    row.dataset.source = src.source;
    const name = cell(row, src.name, "name");
    const id = document.createElement("small");
    id.textContent = `${src.source} · ${src.province}`;
    name.appendChild(id);
    const stateCell = cell(row, "");
    const badge = document.createElement("span");
    badge.className = "badge " + health.state;
    badge.textContent = STATES[health.state] || health.state;
    stateCell.replaceChildren(badge);
    if (health.silent_reason) {
      const note = document.createElement("div");
      note.className = "note";
      note.textContent = health.silent_reason;
      stateCell.appendChild(note);
    }
    cell(row, when(health.last_success));
    cell(row, health.consecutive_failures, "num");
    cell(row, Object.entries(health.errors).map(([k, v]) => `${k}×${v}`).join(" "));
    cell(row, health.articles_per_run.slice(0, 5).join(" / "));
    cell(row, src.known_articles, "num");
    cell(row, src.running ? "运行中" : src.crawl_requested ? "已请求" : when(src.next_run));
    const action = cell(row, "");
    const button = document.createElement("button");
    button.className = "run";
    button.type = "button";
    button.textContent = "立即抓取";
    button.addEventListener("click", () => runNow(src.source, button));
    action.replaceChildren(button);
    tbody.appendChild(row);
  }
  const parts = Object.entries(counts).map(([k, v]) => `${STATES[k] || k} ${v}`);
  document.getElementById("ops-summary").textContent =
    `${data.sources.length} 个数据源：${parts.join("，")}。时区 ${data.timezone}；` +
    (data.actions_enabled ? "运维操作已开启。" : "服务器未设置运维令牌，操作不可用。");
}

async function load() {
  try {
    const response = await fetch("/api/ops/sources");
    if (!response.ok) throw new Error(response.status + " " + ((await response.json()).detail || ""));
    render(await response.json());
  } catch (error) {
    document.getElementById("ops-summary").textContent = "无法读取数据源状态：" + error.message;
  }
}

// Saved-search alerts that could not be delivered: retried with backoff by the scheduler's checks.
async function loadAlerts() {
  const summary = document.getElementById("alerts-summary");
  const tbody = document.querySelector("#alert-failures tbody");
  try {
    const [failed, searches] = await Promise.all(["/api/alerts/deliveries?status=failed", "/api/saved-searches"].map(
      async (url) => { const r = await fetch(url); if (!r.ok) throw new Error(r.status + " " + ((await r.json()).detail || "")); return r.json(); }));
    const names = Object.fromEntries(searches.map((s) => [s.id, s.name]));
    tbody.replaceChildren();
    for (const d of failed) {
      const row = document.createElement("tr");
      row.dataset.delivery = d.id;
      for (const text of [names[d.search_id] || d.search_id, d.channel === "email" ? "邮件" : "Webhook", d.title,
        String(d.attempts), d.last_error || "", when(d.next_attempt_at)]) cell(row, text);
      tbody.appendChild(row);
    }
    summary.textContent = failed.length ? `${failed.length} 条推送失败，将自动重试。` : `${searches.length} 个订阅，没有失败的推送。`;
  } catch (error) {
    summary.textContent = "无法读取订阅推送状态：" + error.message;
  }
}

showToken();
load();
loadAlerts();
setInterval(() => { load(); loadAlerts(); }, 10000);
