// Frontline dashboard: map, time slider, event list, evidence panel, control layer, alliance graph, paste box.
// Everything comes from this app's own /api; the base map is the country outlines it serves (no tiles, no CDN).
// Article text is only ever inserted as text nodes, never as HTML.
"use strict";

const state = { events: [], colours: {}, days: [], selected: null, markers: new Map() };
const $ = (id) => document.getElementById(id);

const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([20, 20], 2);
const eventLayer = L.markerClusterGroup({ maxClusterRadius: 30, showCoverageOnHover: false });
const controlLayer = L.layerGroup();
map.addLayer(eventLayer);

async function api(path, options) {
  const response = await fetch(path, options);
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}

async function loadBaseMap() {
  const outlines = await api("/api/geo/countries");
  L.geoJSON(outlines, { style: { color: "#8c8c8c", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map);
}

async function loadLegend() {
  state.colours = await api("/api/event-types");
  const legend = $("legend");
  legend.replaceChildren(...Object.entries(state.colours).map(([type, colour]) => {
    const item = document.createElement("span");
    const dot = document.createElement("i");
    dot.style.background = colour;
    item.append(dot, type);
    return item;
  }));
}

function filters() {
  return {
    since: $("filter-since").value, until: $("filter-until").value, country: $("filter-country").value.trim(),
    type: $("filter-type").value, actor: $("filter-actor").value.trim(),
  };
}

async function loadEvents() {
  const page = await api("/api/events?" + query({ ...filters(), page_size: 1000 }));
  const chosenDay = sliderDate();
  state.events = page.items;
  const first = page.first_date, last = page.last_date;
  state.days = [];
  if (first && last) for (let d = new Date(first + "T00:00:00Z"); d <= new Date(last + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1)) state.days.push(d.toISOString().slice(0, 10));
  const slider = $("time-slider");
  // A reload (filters, a pasted report, live news) keeps the day the user chose; a slider at its end follows the end.
  const chosen = slider.value === slider.max ? null : chosenDay;
  slider.max = Math.max(0, state.days.length - 1);
  slider.value = chosen && state.days.includes(chosen) ? state.days.indexOf(chosen) : slider.max;
  slider.disabled = state.days.length === 0;
  await render();
}

function sliderDate() {
  return state.days[Number($("time-slider").value)] || null;
}

function visibleEvents() {
  const until = sliderDate();
  return state.events.filter((e) => !until || e.date <= until);
}

function markerFor(e) {
  const size = Math.round(12 + Math.min(24, Math.sqrt(e.fatalities || 0) * 3));
  const colour = state.colours[e.event_type] || "#566573";
  const marker = L.marker([e.location.lat, e.location.lon], {
    keyboard: true,
    title: `${e.date} ${e.summary}`,
    alt: e.summary,
    icon: L.divIcon({ className: "ev", iconSize: [size, size], html: "" }),
  });
  marker.on("add", () => { const el = marker.getElement(); if (el) { el.style.background = colour; el.dataset.id = e.id; } });
  marker.on("click", () => select(e.id));
  return marker;
}

function inView(e) {
  if (!$("in-view").checked) return true;
  return !e.location || map.getBounds().contains([e.location.lat, e.location.lon]);
}

async function render() {
  const shown = visibleEvents();
  $("slider-date").textContent = sliderDate() || "-";
  eventLayer.clearLayers();
  state.markers.clear();
  const located = shown.filter((e) => e.location);
  for (const e of located) {
    const m = markerFor(e);
    state.markers.set(e.id, m);
    eventLayer.addLayer(m);
  }
  if (located.length && !state.fitted) {
    map.fitBounds(L.latLngBounds(located.map((e) => [e.location.lat, e.location.lon])).pad(0.3), { maxZoom: 8 });
    state.fitted = true;
  }
  renderList();
  await renderControl();
}

// The list shows the events of the chosen days that are in the map's view (events with no place always), so panning
// or zooming the map narrows the list, and choosing in either selects in both.
function renderList() {
  const shown = visibleEvents();
  const listed = shown.filter(inView);
  $("event-count").textContent = `(${listed.length} of ${state.events.length})`;
  const list = $("event-list");
  list.replaceChildren(...listed.map((e) => {
    const li = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.id = e.id;
    button.setAttribute("aria-current", String(e.id === state.selected));
    const where = e.location ? `${e.location.name}, ${e.location.country}` : "place unknown";
    const dead = e.fatalities ? ` · ${e.fatalities} killed` : "";
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = `${e.date} · ${e.event_type || "Other"} · ${where}${dead} · ${e.reports} report(s)`;
    button.append(e.summary, meta);
    button.addEventListener("click", () => select(e.id));
    li.append(button);
    return li;
  }));
}

async function renderControl() {
  controlLayer.clearLayers();
  if (!$("control-layer").checked) { map.removeLayer(controlLayer); return; }
  const at = sliderDate();
  const places = await api("/api/control?" + query({ at }));
  for (const p of places.filter((p) => p.held_by)) {
    const label = `${p.place}: ${p.held_by} since ${p.since}`;
    const icon = L.divIcon({ className: "ctl", html: "", iconSize: null });
    const marker = L.marker([p.lat, p.lon], { icon, title: label, keyboard: true, alt: label });
    marker.on("add", () => { const el = marker.getElement(); if (el) el.textContent = `⚑ ${p.held_by}`; });
    controlLayer.addLayer(marker);
  }
  controlLayer.addTo(map);
}

function highlighted(text, spans) {
  const article = document.createElement("div");
  article.className = "article";
  const ordered = [...spans].sort((a, b) => a.start - b.start);
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) continue;
    article.append(text.slice(at, s.start));
    const mark = document.createElement("mark");
    mark.className = "evidence";
    mark.textContent = text.slice(s.start, s.end);
    article.append(mark);
    at = s.end;
  }
  article.append(text.slice(at));
  return article;
}

function codes(pairs) {
  const dl = document.createElement("dl");
  dl.className = "codes";
  for (const [k, v] of pairs) {
    if (v === null || v === undefined || v === "") continue;
    const dt = document.createElement("dt"); dt.textContent = k;
    const dd = document.createElement("dd"); dd.textContent = v;
    dl.append(dt, dd);
  }
  return dl;
}

async function select(id) {
  state.selected = id;
  for (const b of document.querySelectorAll("#event-list button")) b.setAttribute("aria-current", String(b.dataset.id === id));
  const detail = await api("/api/events/" + id.split("/").map(encodeURIComponent).join("/"));
  const incident = detail.incident, e = incident.event;
  const body = $("panel-body");
  const title = document.createElement("h3");
  title.textContent = e.summary;
  const toll = incident.fatalities_max && incident.fatalities_max !== e.fatalities ? `${e.fatalities} (reports give up to ${incident.fatalities_max})` : e.fatalities;
  const parts = [title, codes([
    ["Date", e.date.start === e.date.end ? e.date.start : `${e.date.start} to ${e.date.end}`],
    ["ACLED", e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : null],
    ["CAMEO", e.cameo], ["PLOVER", e.plover ? `${e.plover.type}${e.plover.mode ? " / " + e.plover.mode : ""}` : null],
    ["Actor 1", e.actor1 ? e.actor1.name + (e.actor1.backers.length ? ` (backed by ${e.actor1.backers.join(", ")})` : "") : null],
    ["Actor 2", e.actor2?.name], ["Place", e.location ? `${e.location.name}, ${e.location.admin1 || ""} ${e.location.country} (${e.location.precision})` : null],
    ["Killed", toll], ["Sources", e.sources.join("; ")], ["Reports", incident.reports.length],
  ])];
  for (const [field, values] of Object.entries(incident.disagreements)) {
    const p = document.createElement("p");
    p.textContent = `Reports differ on ${field.replace("_", " ")}: ${values.join(" / ")}`;
    parts.push(p);
  }
  for (const r of incident.reports) {
    const a = detail.articles[r.event_id];
    if (!a) continue;
    const h = document.createElement("h4");
    h.textContent = `${a.title || a.id} (${a.published})`;
    parts.push(h, highlighted(a.text, r.evidence));
  }
  body.replaceChildren(...parts);
  $("event-panel").hidden = false;
  body.querySelector("mark.evidence")?.scrollIntoView({ block: "nearest" });
  const marker = state.markers.get(id);
  if (marker) eventLayer.zoomToShowLayer(marker, () => marker.getElement()?.focus({ preventScroll: true }));
}

async function loadGraph() {
  const graph = await api("/api/relations");
  const edges = graph.edges.filter((e) => e.type !== "fights");
  const names = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const box = $("alliance-graph");
  if (!names.length) { box.textContent = "No backing or alliance stated yet."; return; }
  const ns = "http://www.w3.org/2000/svg", w = 640, h = 360, r = 130;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", edges.map((e) => `${e.from} ${e.type === "backs" ? "backs" : "is allied with"} ${e.to}`).join("; "));
  const defs = document.createElementNS(ns, "defs");
  defs.innerHTML = '<marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#0b5cab"/></marker>';
  svg.append(defs);
  const pos = new Map(names.map((n, i) => [n, [w / 2 + r * 1.7 * Math.cos((2 * Math.PI * i) / names.length), h / 2 + r * Math.sin((2 * Math.PI * i) / names.length)]]));
  for (const e of edges) {
    const [x1, y1] = pos.get(e.from), [x2, y2] = pos.get(e.to);
    const line = document.createElementNS(ns, "line");
    Object.entries({ x1, y1, x2: x1 + (x2 - x1) * 0.93, y2: y1 + (y2 - y1) * 0.93, stroke: "#0b5cab", "stroke-width": 1 + Math.min(4, e.evidence), "marker-end": "url(#arrow)" })
      .forEach(([k, v]) => line.setAttribute(k, v));
    const t = document.createElementNS(ns, "title");
    t.textContent = `${e.from} ${e.type} ${e.to}: ${e.evidence} statement(s)`;
    line.append(t);
    svg.append(line);
  }
  for (const [n, [x, y]] of pos) {
    const c = document.createElementNS(ns, "circle");
    Object.entries({ cx: x, cy: y, r: 5, fill: "#1b1b1b" }).forEach(([k, v]) => c.setAttribute(k, v));
    const label = document.createElementNS(ns, "text");
    Object.entries({ x: x + 7, y: y - 7 }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = n;
    svg.append(c, label);
  }
  box.replaceChildren(svg);
}

$("filters").addEventListener("submit", (ev) => { ev.preventDefault(); state.fitted = false; loadEvents().catch(showError); });
$("time-slider").addEventListener("input", () => render().catch(showError));
$("control-layer").addEventListener("change", () => renderControl().catch(showError));
$("in-view").addEventListener("change", renderList);
map.on("moveend", renderList);
$("panel-close").addEventListener("click", () => { $("event-panel").hidden = true; state.selected = null; $("event-list").focus(); });
document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && !$("event-panel").hidden) $("panel-close").click(); });
$("paste-date").value = new Date().toISOString().slice(0, 10);
$("paste-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const status = $("paste-status");
  status.textContent = "Analyzing...";
  try {
    const result = await api("/api/articles", {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: $("paste-text").value, published: $("paste-date").value }),
    });
    status.textContent = `${result.events.length} events found${result.stored ? "" : " (this report was already stored)"}.`;
    state.fitted = false;
    await loadEvents();
    await loadGraph();
  } catch (err) {
    status.textContent = "Not analyzed: " + err.message;
  }
});

function showError(err) { $("event-count").textContent = "(error: " + err.message + ")"; }

// Live: the server streams each newly stored event and each new alert (server-sent events). New events reload the
// list and map (merged server-side, so a new report of a known incident updates it), at most once a second, and are
// marked as new; an alert shows in a banner. The browser reconnects by itself when the stream drops.
function startLive() {
  const fresh = new Set();
  let pending = null;
  const stream = new EventSource("/api/stream");
  stream.addEventListener("open", () => { $("live-status").textContent = "Live"; });
  stream.addEventListener("error", () => { $("live-status").textContent = "Reconnecting..."; });
  stream.addEventListener("event", (message) => {
    const e = JSON.parse(message.data);
    // A report this page just posted is on the screen already.
    if (state.events.some((shown) => shown.id === e.id)) return;
    fresh.add(e.id);
    $("live-status").textContent = `Live: ${fresh.size} new event(s)`;
    pending ??= setTimeout(async () => {
      pending = null;
      await loadEvents();
      for (const b of document.querySelectorAll("#event-list button")) if (fresh.has(b.dataset.id)) b.classList.add("fresh");
    }, 1000);
  });
  stream.addEventListener("alert", (message) => {
    const a = JSON.parse(message.data);
    const banner = $("alert-banner");
    const link = document.createElement("a");
    link.href = "watch.html#alerts";
    link.textContent = "all alerts";
    banner.replaceChildren(`Alert: ${a.summary} `, link);
    banner.hidden = false;
  });
}

(async () => {
  await Promise.all([loadBaseMap(), loadLegend()]);
  await loadEvents();
  await loadGraph();
  startLive();
  document.body.dataset.ready = "true";
})().catch(showError);
