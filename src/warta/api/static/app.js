// warta web page: hash routes over the REST API. Every piece of stored text goes in with
// textContent (never innerHTML), so an article containing <script> shows as text.
"use strict";

const view = document.getElementById("view");

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "href") node.setAttribute("href", value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function showError(err) {
  view.replaceChildren(el("p", { class: "error", id: "error" }, String(err.message || err)));
}

function link(hash, text) {
  return el("a", { href: hash }, text);
}

function meta(...parts) {
  return el("div", { class: "meta" }, parts.filter(Boolean).join(" · "));
}

// ---- search -------------------------------------------------------------------------------
const FILTERS = ["entity", "lang", "outlet", "since", "until"];

function formParams() {
  const params = new URLSearchParams();
  const q = document.getElementById("q").value.trim();
  if (q) params.set("q", q);
  for (const name of FILTERS) {
    const value = document.getElementById(`f-${name}`).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  location.hash = `#/search?${formParams().toString()}`;
});

async function renderSearch(params) {
  document.getElementById("q").value = params.get("q") || "";
  for (const name of FILTERS) document.getElementById(`f-${name}`).value = params.get(name) || "";
  const data = await api(`/api/search?${params.toString()}`);
  const hits = data.hits.map((hit) =>
    el("article", { class: "hit" },
      el("h3", {}, link(`#/article/${encodeURIComponent(hit.id)}`, hit.title || hit.id)),
      meta(hit.outlet, hit.language, hit.published),
      el("p", { class: "snippet" }, hit.snippet.map(([text, match]) => (match ? el("mark", {}, text) : text))),
      hit.story_id ? link(`#/story/${encodeURIComponent(hit.story_id)}`, "story timeline") : null));
  view.replaceChildren(
    el("p", { class: "meta", id: "result-count" }, `${data.total} result(s)`),
    el("section", { id: "results" }, hits));
}

// ---- article ------------------------------------------------------------------------------
function annotations(article) {
  const spans = [];
  for (const entity of article.entities || []) {
    for (const m of entity.mentions || []) {
      spans.push({ start: m.start, end: m.end, cls: `ent ent-${entity.type}`, title: `${entity.name} (${entity.type})`, entity: entity.name });
    }
  }
  for (const q of article.quotes || []) if (q.evidence) spans.push({ start: q.evidence.start, end: q.evidence.end, cls: "ann-quote", title: `quote: ${q.speaker || "?"}` });
  for (const f of article.figures || []) if (f.evidence) spans.push({ start: f.evidence.start, end: f.evidence.end, cls: "ann-figure", title: `${f.qualifier} ${f.value} ${f.measure}` });
  // entity mentions are the inline highlights; quotes/figures wrap whole sentences, so keep non-overlapping
  spans.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
  const chosen = [];
  let last = 0;
  for (const span of spans.filter((s) => s.entity)) if (span.start >= last) { chosen.push(span); last = span.end; }
  return chosen;
}

function highlighted(text, spans) {
  const parts = [];
  let pos = 0;
  for (const span of spans) {
    if (span.start > pos) parts.push(text.slice(pos, span.start));
    const mark = el("mark", { class: span.cls, title: span.title }, text.slice(span.start, span.end));
    mark.addEventListener("click", () => { location.hash = `#/entity/${encodeURIComponent(span.entity)}`; });
    parts.push(mark);
    pos = span.end;
  }
  parts.push(text.slice(pos));
  return parts;
}

function list(title, items) {
  return [el("h4", {}, title), items.length ? el("ul", {}, items.map((i) => el("li", {}, i))) : el("p", { class: "meta" }, "none")];
}

async function renderArticle(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  const side = el("aside", { class: "side card" },
    list("Entities", (a.entities || []).map((e) => el("span", {}, link(`#/entity/${encodeURIComponent(e.name)}`, e.name), ` (${e.type}${e.qid ? ", " + e.qid : ""})`))),
    list("Meetings", (a.meetings || []).map((m) => `${m.participants.join(" + ")}${m.location ? " @ " + m.location : ""}${m.date ? " on " + m.date : ""}`)),
    list("Quotes", (a.quotes || []).map((q) => `${q.speaker || "?"}: “${q.text}”`)),
    list("Figures", (a.figures || []).map((f) => `${f.qualifier} ${f.value.toLocaleString()} ${f.measure}${f.source ? " (" + f.source + ")" : ""}`)),
    a.story_id ? el("p", {}, link(`#/story/${encodeURIComponent(a.story_id)}`, "story timeline")) : null);
  view.replaceChildren(
    el("h2", { id: "article-title" }, a.title || a.id),
    meta(a.outlet, a.language, a.published, a.author),
    el("div", { class: "article" }, el("div", { class: "article-text", id: "article-text" }, highlighted(a.text || "", annotations(a))), side));
}

// ---- stories ------------------------------------------------------------------------------
async function renderStories() {
  const stories = await api("/api/stories");
  view.replaceChildren(el("h2", {}, "Stories"), el("section", { id: "stories" }, stories.map((s) =>
    el("article", { class: "story" },
      el("h3", {}, link(`#/story/${encodeURIComponent(s.id)}`, s.label)),
      meta(`${s.article_count} article(s)`, `${s.independent_source_count} independent source(s)`, s.languages.join("/"), s.first_seen, s.last_seen)))));
}

function eventText(event) {
  const keys = ["kind", "date", "text", "summary", "label", "title"];
  const parts = keys.filter((k) => event[k]).map((k) => event[k]);
  return parts.length ? parts.join(" — ") : JSON.stringify(event);
}

function figureChart(node, rows) {
  if (!window.Plotly || !rows.length) { node.append(el("p", { class: "meta" }, "no reported figures")); return; }
  const groups = new Map();
  for (const r of rows) {
    const key = `${r.measure} — ${r.source || r.outlet || "unattributed"}`;
    if (!groups.has(key)) groups.set(key, { x: [], y: [], name: key, mode: "lines+markers", type: "scatter" });
    groups.get(key).x.push(r.date || r.published || "");
    groups.get(key).y.push(r.value);
  }
  window.Plotly.newPlot(node, [...groups.values()], { height: 360, margin: { t: 20, r: 10 }, legend: { orientation: "h" } }, { responsive: true, displayModeBar: false });
}

async function renderStory(id) {
  const s = await api(`/api/stories/${encodeURIComponent(id)}`);
  const chart = el("div", { class: "chart", id: "figure-chart" });
  view.replaceChildren(
    el("h2", { id: "story-title" }, s.label),
    meta(`${s.article_count} article(s)`, `${s.independent_source_count} independent source(s)`, s.outlets.join(", ")),
    el("h3", {}, "Timeline"),
    el("ol", { class: "timeline", id: "timeline" }, s.timeline.map((e) => el("li", {}, e.article_id ? link(`#/article/${encodeURIComponent(e.article_id)}`, eventText(e)) : eventText(e)))),
    el("h3", {}, "Reported figures over time"), chart);
  figureChart(chart, s.figures);
}

// ---- entity -------------------------------------------------------------------------------
function meetingGraph(center, meetings) {
  const names = new Set([center]);
  const edges = [];
  for (const m of meetings) for (const p of m.participants || []) if (p !== center) { names.add(p); edges.push(p); }
  const nodes = [...names];
  const size = 360, mid = size / 2, radius = 130;
  const pos = new Map(nodes.map((n, i) => [n, i === 0 ? [mid, mid] : [mid + radius * Math.cos((2 * Math.PI * i) / (nodes.length - 1)), mid + radius * Math.sin((2 * Math.PI * i) / (nodes.length - 1))]]));
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  for (const other of new Set(edges)) {
    const line = document.createElementNS(ns, "line");
    const [x1, y1] = pos.get(center), [x2, y2] = pos.get(other);
    Object.entries({ x1, y1, x2, y2, stroke: "#94a3b8", "stroke-width": 2 }).forEach(([k, v]) => line.setAttribute(k, v));
    svg.append(line);
  }
  for (const [name, [x, y]] of pos) {
    const label = document.createElementNS(ns, "text");
    Object.entries({ x, y, "text-anchor": "middle", "font-size": 12 }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = name;
    svg.append(label);
  }
  return el("div", { class: "graph", id: "meeting-graph" }, svg);
}

async function renderEntity(name) {
  const e = await api(`/api/entities/${encodeURIComponent(name)}`);
  const report = e.report || {};
  const meetings = report.meetings || [];
  view.replaceChildren(
    el("h2", { id: "entity-name" }, e.name),
    meta(e.type, e.qid, e.aliases.length ? `also: ${e.aliases.slice(0, 8).join(", ")}` : null),
    el("h3", {}, "Who met whom"), meetingGraph(e.name, meetings),
    list("Meetings", meetings.map((m) => `${m.date || "?"}: ${(m.participants || []).join(" + ")}${m.location ? " @ " + m.location : ""}`)),
    list("Appears with", (report.co_occurring || []).slice(0, 15).map((c) => (Array.isArray(c) ? `${c[0]} (${c[1]})` : typeof c === "object" ? `${c.name} (${c.count})` : String(c)))),
    list("Mentions over time", (report.mentions_over_time || report.mentions || []).slice(0, 30).map((m) => (Array.isArray(m) ? `${m[0]}: ${m[1]}` : typeof m === "object" ? Object.values(m).join(": ") : String(m)))));
}

// ---- router -------------------------------------------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const [page, ...rest] = path.split("/");
  const arg = decodeURIComponent(rest.join("/"));
  try {
    if (page === "article" && arg) await renderArticle(arg);
    else if (page === "story" && arg) await renderStory(arg);
    else if (page === "entity" && arg) await renderEntity(arg);
    else if (page === "stories") await renderStories();
    else await renderSearch(new URLSearchParams(query || ""));
  } catch (err) {
    showError(err);
  }
}

window.addEventListener("hashchange", route);
route();
