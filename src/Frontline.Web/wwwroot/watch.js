// Frontline's Sources and Alerts pages: tables from /api/sources and /api/alerts, kept fresh (every five seconds,
// and alerts as the live stream announces them). Text is only ever inserted as text nodes.
"use strict";

const rows = document.getElementById("rows");
const count = document.getElementById("count");
const page = location.pathname.endsWith("alerts.html") ? "alerts" : "sources";

function cell(text, bad) {
  const td = document.createElement("td");
  td.textContent = text ?? "-";
  if (bad) td.className = "bad";
  return td;
}

async function load() {
  const response = await fetch(`/api/${page}`);
  if (!response.ok) throw new Error(response.statusText);
  const items = await response.json();
  count.textContent = `(${items.length})`;
  rows.replaceChildren(...items.map((x) => {
    const tr = document.createElement("tr");
    if (page === "sources") {
      tr.append(cell(x.url + (x.enabled ? "" : " (removed)")), cell(x.every), cell(x.last_poll), cell(x.status, x.status === "error"),
        cell(String(x.items)), cell(String(x.errors), x.failing_in_a_row > 0), cell(x.next_poll), cell(x.leased_by), cell(x.last_error, true));
    } else {
      tr.dataset.key = x.key;
      tr.append(cell(x.created), cell(x.rule), cell(x.summary), cell(x.webhook_host), cell(x.delivered ?? (x.webhook_host ? "pending" : "-"), !x.delivered && x.webhook_host),
        cell(String(x.attempts)), cell(x.last_error, true));
    }
    return tr;
  }));
  document.body.dataset.ready = "true";
}

load().catch((e) => { count.textContent = "(error: " + e.message + ")"; });
// Polls and deliveries change a row without raising anything new: both pages also refresh every five seconds.
setInterval(() => load().catch(() => {}), 5000);
if (page === "alerts") new EventSource("/api/stream").addEventListener("alert", () => load().catch(() => {}));
