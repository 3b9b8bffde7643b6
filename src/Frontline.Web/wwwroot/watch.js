// Frontline's Sources and Alerts page: tables from /api/sources and /api/alerts, refreshed every five seconds (polls
// and deliveries change rows without raising anything) and whenever the live stream announces an alert. Text is only
// ever inserted as text nodes.
"use strict";

function cell(text, bad) {
  const td = document.createElement("td");
  td.textContent = text ?? "-";
  if (bad) td.className = "bad";
  return td;
}

const tables = {
  sources: (x) => [cell(x.url + (x.enabled ? "" : " (removed)")), cell(x.every), cell(x.last_poll), cell(x.status, x.status === "error"),
    cell(String(x.items)), cell(String(x.errors), x.failing_in_a_row > 0), cell(x.next_poll), cell(x.leased_by), cell(x.last_error, true)],
  alerts: (x) => [cell(x.created), cell(x.rule), cell(x.summary), cell(x.webhook_host),
    cell(x.delivered ?? (x.webhook_host ? "pending" : "-"), !x.delivered && x.webhook_host), cell(String(x.attempts)), cell(x.last_error, true)],
};

async function load(name) {
  const response = await fetch(`/api/${name}`);
  if (!response.ok) throw new Error(response.statusText);
  const items = await response.json();
  document.getElementById(`${name}-count`).textContent = `(${items.length})`;
  document.getElementById(`${name}-rows`).replaceChildren(...items.map((x) => {
    const tr = document.createElement("tr");
    tr.append(...tables[name](x));
    return tr;
  }));
}

const loadAll = () => Promise.all(Object.keys(tables).map(load));
loadAll().then(() => { document.body.dataset.ready = "true"; }, (e) => { document.getElementById("sources-count").textContent = "(error: " + e.message + ")"; });
setInterval(() => loadAll().catch(() => {}), 5000);
new EventSource("/api/stream").addEventListener("alert", () => load("alerts").catch(() => {}));
