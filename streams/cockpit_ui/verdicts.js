// Live verdicts: a bounded store (newest 10,000), filters, counters, a paged table and the detail panel.
import { api } from "./api.js";
import { $, el, show, time } from "./dom.js";

export const CAP = 10000;
const PAGE = 50;
const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
const FINALS = ["MALICIOUS", "SUSPICIOUS", "BENIGN"];
const STATUSES = ["ACTIVE", "ESCALATED", "MITIGATED", "DISMISSED"];
const OPEN = new Set(["ACTIVE", "ESCALATED"]);
const known = (value, list) => (list.includes(value) ? value : "other");

function haystack(v) {
  const parts = [v.verdict_id, v.title, v.entity, v.kind, v.category, v.final_verdict, v.severity,
                 v.recommended_action, ...(v.agents_involved || []), ...(v.event_ids || [])];
  for (const values of Object.values(v.iocs || {})) parts.push(...(Array.isArray(values) ? values : []));
  for (const e of v.evidence || []) parts.push(show(e));
  return parts.filter((p) => typeof p === "string").join(" ").slice(0, 8000).toLowerCase();
}

export class Store {
  constructor() {
    this.byId = new Map();
    this.order = []; // newest first
  }

  // Adds a verdict or updates its status; returns true when something visible changed.
  upsert(raw) {
    if (!raw || typeof raw.verdict_id !== "string") return false;
    const old = this.byId.get(raw.verdict_id);
    if (old) {
      const status = raw.status || old.status;
      if (status === old.status) return false;
      old.status = status;
      return true;
    }
    const v = { ...raw, status: raw.status || "ACTIVE", ts: typeof raw.ts === "number" ? raw.ts : 0 };
    v._text = haystack(v);
    this.byId.set(v.verdict_id, v);
    let at = 0;
    if (this.order.length && v.ts < this.order[0].ts) {
      let lo = 0;
      let hi = this.order.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.order[mid].ts > v.ts) lo = mid + 1;
        else hi = mid;
      }
      at = lo;
    }
    this.order.splice(at, 0, v);
    while (this.order.length > CAP) this.byId.delete(this.order.pop().verdict_id);
    return true;
  }
}

export const DEFAULT_FILTERS = { final: ["MALICIOUS", "SUSPICIOUS"], severity: "", category: "", kind: "",
                                 status: "open", entity: "", q: "" };

export function matches(v, f) {
  if (!f.final.includes(v.final_verdict)) return false;
  if (f.severity && v.severity !== f.severity) return false;
  if (f.category && v.category !== f.category) return false;
  if (f.kind && v.kind !== f.kind) return false;
  if (f.status === "open" ? !OPEN.has(v.status) : f.status && v.status !== f.status) return false;
  if (f.entity) {
    const who = f.entity.toLowerCase();
    if (!(v.entity || "").toLowerCase().includes(who)
        && !(v.agents_involved || []).some((a) => String(a).toLowerCase().includes(who))) return false;
  }
  return !f.q || v._text.includes(f.q.toLowerCase());
}

export class VerdictsView {
  constructor({ onChange, notify }) {
    this.store = new Store();
    this.pending = new Map();
    this.paused = false;
    this.page = 0;
    this.filters = { ...DEFAULT_FILTERS };
    this.selected = null;
    this.onChange = onChange;
    this.notify = notify;
    this.scheduled = false;
    this.form = $("filters");
    this.form.addEventListener("input", () => this.readForm());
    this.form.addEventListener("change", () => this.readForm());
    this.form.addEventListener("submit", (event) => event.preventDefault());
    $("pause").addEventListener("click", () => this.togglePause());
    $("newer").addEventListener("click", () => this.turn(-1));
    $("older").addEventListener("click", () => this.turn(1));
    const rows = $("verdict-rows");
    rows.addEventListener("click", (event) => {
      const row = event.target.closest("tr[data-id]");
      if (row) this.select(row.dataset.id);
    });
    rows.addEventListener("keydown", (event) => this.onKey(event));
  }

  receive(verdict) {
    if (this.paused) {
      if (!this.store.byId.has(verdict.verdict_id)) this.pending.set(verdict.verdict_id, verdict);
      this.showPause();
      return;
    }
    if (this.store.upsert(verdict)) this.schedule();
  }

  // What PostgreSQL holds, newest first: the history on load, what a reconnect missed (a verdict made before the
  // new socket subscribed), and status changes made by other operators (every 10 s).
  async backfill() {
    try {
      const [open, dismissed, mitigated] = await Promise.all(["", "&status=DISMISSED", "&status=MITIGATED"].map(
        (status) => api(`/api/v1/verdicts/active?limit=500${status}`)));
      let changed = false;
      for (const doc of [dismissed, mitigated, open]) {
        for (const v of doc.verdicts || []) {
          if (this.paused && !this.store.byId.has(v.verdict_id)) this.pending.set(v.verdict_id, v);
          else changed = this.store.upsert(v) || changed;
        }
      }
      if (this.paused) this.showPause();
      if (changed) this.schedule();
    } catch (error) {
      this.notify(`Could not load recent verdicts: ${error.message}`);
    }
  }

  togglePause() {
    this.paused = !this.paused;
    if (!this.paused) {
      for (const v of this.pending.values()) this.store.upsert(v);
      this.pending.clear();
      this.schedule();
    }
    this.showPause();
  }

  showPause() {
    const button = $("pause");
    button.setAttribute("aria-pressed", String(this.paused));
    button.textContent = this.paused ? `Resume (${this.pending.size} new)` : "Pause";
  }

  readForm() {
    const data = new FormData(this.form);
    this.filters = { final: data.getAll("final").map(String), severity: String(data.get("severity") || ""),
                     category: String(data.get("category") || ""), kind: String(data.get("kind") || ""),
                     status: String(data.get("status") ?? "open"), entity: String(data.get("entity") || "").trim(),
                     q: String(data.get("q") || "").trim() };
    this.page = 0;
    this.schedule();
    this.onChange();
  }

  setFilters(filters) {
    this.filters = { ...DEFAULT_FILTERS, ...filters };
    for (const box of this.form.querySelectorAll("input[name=final]")) box.checked = this.filters.final.includes(box.value);
    for (const name of ["severity", "category", "kind", "status", "entity", "q"]) {
      this.form.elements[name].value = this.filters[name];
    }
    this.schedule();
  }

  turn(step) {
    this.page = Math.max(0, this.page + step);
    this.schedule();
  }

  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      this.render();
    });
  }

  render() {
    const matching = this.store.order.filter((v) => matches(v, this.filters));
    const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const v of matching) if (v.severity in counts) counts[v.severity] += 1;
    $("counters").replaceChildren(...SEVERITIES.map((s) => el("li", { class: `sev-${s}`, "data-severity": s },
      s, el("span", { class: "n", text: counts[s] }))));
    const pages = Math.max(1, Math.ceil(matching.length / PAGE));
    this.page = Math.min(this.page, pages - 1);
    const start = this.page * PAGE;
    const shown = matching.slice(start, start + PAGE);
    const focusedId = document.activeElement?.closest?.("tr[data-id]")?.dataset.id;
    $("verdict-rows").replaceChildren(...shown.map((v) => this.row(v)));
    if (focusedId) document.querySelector(`tr[data-id="${CSS.escape(focusedId)}"]`)?.focus();
    $("empty").hidden = matching.length > 0;
    $("page-info").textContent = matching.length
      ? `${start + 1}–${start + shown.length} of ${matching.length} (page ${this.page + 1} of ${pages}; keeps the newest ${CAP.toLocaleString()})`
      : "";
    $("newer").disabled = this.page === 0;
    $("older").disabled = this.page >= pages - 1;
    if (this.selected && this.store.byId.has(this.selected)) this.refreshStatus(this.store.byId.get(this.selected));
  }

  row(v) {
    return el("tr", { "data-id": v.verdict_id, tabindex: 0, "aria-selected": String(v.verdict_id === this.selected) },
      el("td", { class: "mono short", text: time(v.ts) }),
      el("td", { class: `short fv-${known(v.final_verdict, FINALS)}`, text: v.final_verdict }),
      el("td", { class: `short sev sev-${known(v.severity, SEVERITIES)}`, text: v.severity }),
      el("td", { class: "short col-wide col-meta", text: v.category || "" }),
      el("td", { class: "short col-wide col-meta", text: v.kind || "" }),
      el("td", { class: "long", text: v.entity }),
      el("td", { class: "long col-wide", text: v.title || "" }),
      el("td", { class: `short st-${known(v.status, STATUSES)}`, "data-status": v.status, text: v.status }));
  }

  onKey(event) {
    const row = event.target.closest("tr[data-id]");
    if (!row) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      (event.key === "ArrowDown" ? row.nextElementSibling : row.previousElementSibling)?.focus();
    } else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.select(row.dataset.id);
    }
  }

  close() {
    this.selected = null;
    $("detail").hidden = true;
    this.schedule();
    this.onChange();
  }

  async select(id) {
    this.selected = id;
    this.onChange();
    this.schedule();
    const panel = $("detail");
    panel.hidden = false;
    let v = this.store.byId.get(id);
    if (v) this.detail(v);
    try {
      const fresh = await api(`/api/v1/verdicts/${encodeURIComponent(id)}`);
      this.store.upsert(fresh);
      v = this.store.byId.get(id) || fresh;
    } catch (error) {
      if (!v) panel.replaceChildren(el("p", { text: `Verdict ${id}: ${error.message}` }));
    }
    if (v && this.selected === id) this.detail(v);
    if (v) this.recent(v);
  }

  refreshStatus(v) {
    const node = document.querySelector("#detail [data-field=status]");
    if (node && node.textContent !== v.status) node.textContent = v.status;
  }

  detail(v) {
    const facts = [["Verdict id", v.verdict_id], ["Final verdict", v.final_verdict], ["Severity", v.severity],
                   ["Category", v.category], ["Kind", v.kind], ["Entity", v.entity], ["Status", v.status],
                   ["Confidence", show(v.confidence)], ["Score", show(v.score)], ["Time", time(v.ts)],
                   ["Recommended action", v.recommended_action || "none"],
                   ["Agents involved", (v.agents_involved || []).join(", ")], ["Target", v.target]];
    const result = el("p", { class: "action-result", role: "status", id: "action-result" });
    const act = (status, label) => el("button", { type: "button", "data-action": status,
                                                   onclick: () => this.setStatus(v.verdict_id, status, result) }, label);
    const evidence = (v.evidence || []).map((e) => {
      const rest = Object.entries(e).filter(([k]) => k !== "stage" && k !== "score");
      return el("tr", {}, el("td", { text: e.stage }), el("td", { class: "mono short", text: show(e.score) }),
                el("td", {}, ...rest.map(([k, value]) => el("div", {}, el("span", { class: "mono", text: `${k}: ` }),
                                                                    show(value)))));
    });
    const intents = (v.evidence || []).filter((e) => e.intent || e.threat_intents || e.intents || e.stage === "narrative");
    const iocs = Object.entries(v.iocs || {}).filter(([, values]) => Array.isArray(values) && values.length);
    const events = [...(v.event_ids || []), ...(v.evidence_event_ids || [])];
    $("detail").replaceChildren(
      el("button", { type: "button", class: "close", onclick: () => this.close(), "aria-label": "Close detail" }, "×"),
      el("h3", { text: v.title || `${v.final_verdict} ${v.entity}` }),
      el("dl", { class: "facts" }, ...facts.flatMap(([k, value]) =>
        [el("dt", { text: k }), el("dd", { text: value ?? "", class: k === "Verdict id" ? "mono id" : null,
                                          "data-field": k === "Status" ? "status" : null })])),
      el("div", { class: "actions" }, act("DISMISSED", "Dismiss"), act("MITIGATED", "Mitigate")), result,
      el("h4", { text: "Evidence by stage" }),
      evidence.length ? el("table", { class: "evidence" }, el("thead", {}, el("tr", {},
        el("th", { scope: "col", text: "Stage" }), el("th", { scope: "col", text: "Score" }),
        el("th", { scope: "col", text: "Details" }))), el("tbody", {}, ...evidence)) : el("p", { text: "none" }),
      intents.length ? el("h4", { text: "Narrative: intents and scores" }) : null,
      intents.length ? el("ul", { class: "intents" }, ...intents.map((e) => el("li", { text:
        `${e.stage} ${show(e.score)}: ${show(e.intent ?? e.intents ?? e.detail)}${e.threat_intents ? ` (threat intents: ${show(e.threat_intents)})` : ""}` }))) : null,
      el("h4", { text: "Indicators of compromise" }),
      iocs.length ? el("dl", { class: "facts" }, ...iocs.flatMap(([kind, values]) =>
        [el("dt", { text: kind }), el("dd", { class: "mono", text: values.join(", ") })])) : el("p", { text: "none" }),
      el("h4", { text: "Event ids" }),
      el("ul", { class: "mono" }, ...events.slice(0, 50).map((id) => el("li", { text: id }))),
      el("h4", { text: `Recent verdicts on ${v.entity}` }),
      el("ul", { id: "recent" }));
    this.recentList(v, []);
  }

  async recent(v) {
    try {
      const doc = await api(`/api/v1/verdicts/active?agent_id=${encodeURIComponent(v.entity)}&limit=20`);
      if (this.selected === v.verdict_id) this.recentList(v, doc.verdicts || []);
    } catch {
      // the local feed still lists what it holds
    }
  }

  recentList(v, remote) {
    const all = new Map();
    for (const r of [...this.store.order.filter((o) => o.entity === v.entity).slice(0, 20), ...remote]) {
      if (r.verdict_id !== v.verdict_id) all.set(r.verdict_id, r);
    }
    const items = [...all.values()].sort((a, b) => b.ts - a.ts).slice(0, 20);
    const list = $("recent");
    if (!list) return;
    list.replaceChildren(...(items.length ? items.map((r) => el("li", {}, el("button", {
      type: "button", onclick: () => this.select(r.verdict_id) }, `${time(r.ts)} ${r.final_verdict} ${r.severity} ${r.title || ""}`)))
      : [el("li", { text: "none" })]));
  }

  async setStatus(id, status, result) {
    result.textContent = "…";
    try {
      await api(`/api/v1/verdicts/${encodeURIComponent(id)}/status`, { method: "PUT", body: { status }, action: true });
      const v = this.store.byId.get(id);
      if (v) {
        v.status = status;
        this.schedule();
      }
      result.textContent = `Status set to ${status}`;
    } catch (error) {
      result.textContent = error.message;
    }
  }
}
