// The organism at a glance: rates from the worker's counters, lag, temperature, neuromodulation, HPC anomalies.
import { api } from "./api.js";
import { bars, lines } from "./charts.js";
import { $, el, show, time } from "./dom.js";

const KEEP = 90;
const FINALS = ["MALICIOUS", "SUSPICIOUS", "BENIGN"];

export class OrganismView {
  constructor({ notify }) {
    this.notify = notify;
    this.last = null;
    this.events = [];
    this.verdicts = Object.fromEntries(FINALS.map((f) => [f, []]));
    this.temperature = [];
    this.status = null;
    $("legend-verdicts").replaceChildren(...FINALS.map((f) => el("li", { class: `fv-${f}`, text: f })));
  }

  push(list, value) {
    list.push(value);
    if (list.length > KEEP) list.shift();
  }

  async poll(visible) {
    try {
      const [counters, status] = await Promise.all([api("/api/v1/cockpit/counters"), api("/status")]);
      if (this.last) {
        const dt = Math.max(1e-3, counters.ts - this.last.ts);
        this.push(this.events, Math.max(0, (counters.events - this.last.events) / dt));
        for (const f of FINALS) {
          this.push(this.verdicts[f], Math.max(0, ((counters.verdicts[f] || 0) - (this.last.verdicts[f] || 0)) / dt));
        }
      }
      this.last = counters;
      this.status = status;
      this.push(this.temperature, Number(status.temperature_celsius) || 0);
      const rate = this.events.length ? this.events[this.events.length - 1] : 0;
      $("glance").textContent = `${rate.toFixed(1)} events/s · ${show(status.temperature_celsius)} °C ${status.immune_state}`;
      if (visible) await this.render();
    } catch (error) {
      $("glance").textContent = `status unavailable: ${error.message}`;
    }
  }

  async render() {
    const s = this.status;
    if (!s) return;
    $("rate-events").textContent = this.events.length ? this.events[this.events.length - 1].toFixed(1) : "…";
    lines($("chart-events"), [{ name: "events/s", points: this.events, class: "line-events" }]);
    lines($("chart-verdicts"), FINALS.map((f) => ({ name: f, points: this.verdicts[f], class: `line-${f}` })));
    bars($("chart-lag"), Object.entries(s.consumer_lag || {}).sort(), { hot: 1000 });
    $("temperature").textContent = `${show(s.temperature_celsius)} °C, ${s.immune_state}`;
    lines($("chart-temperature"), [{ name: "°C", points: this.temperature.map((t) => Math.max(0, t - 36)),
                                     class: "line-temp" }]);
    bars($("chart-neuro"), Object.entries(s.neuromodulation || {}).map(([k, v]) => [k, Number(v)]), { max: 2 });
    $("cortex").textContent = (s.cortex_provider || []).join(", ") || "none";
    try {
      const doc = await api("/api/v1/stages");
      $("breakers").replaceChildren(...doc.stages.map((b) => el("tr", { "data-stage": b.stage },
        el("td", { text: b.stage }), el("td", { text: b.held_by_operator ? `${b.state} (operator)` : b.state }),
        el("td", { text: show(b.recent_ms_per_event) }), el("td", { text: show(b.budget_ms) }),
        el("td", { text: b.reason }),
        el("td", {}, el("button", { type: "button", text: b.state === "closed" ? "Open" : "Close",
                                    onclick: () => this.flip(b.stage, b.state === "closed" ? "open" : "closed") })))));
    } catch (error) {
      this.notify(`Could not read the stage breakers: ${error.message}`);
    }
    try {
      const doc = await api("/hpc/anomalies?limit=10");
      const rows = doc.anomalies || [];
      $("anomalies").replaceChildren(...rows.map((a) => el("tr", {}, el("td", { text: time(a.ts) }),
        el("td", { text: a.entity ?? "(worker)" }), el("td", { text: a.level }), el("td", { text: show(a.score) }),
        el("td", { text: `${a.feature ?? ""} ${a.detail ?? ""}`.trim() }))));
      $("anomalies-empty").hidden = rows.length > 0;
    } catch (error) {
      this.notify(`Could not read HPC anomalies: ${error.message}`);
    }
  }

  // An operator opens (bypasses) or closes a stage's breaker; the worker audits who and why before it acts.
  async flip(stage, state) {
    const reason = $("breaker-reason").value.trim();
    if (!reason) {
      this.notify("Give a reason first (above the breakers): every change is audited");
      return;
    }
    try {
      await api(`/api/v1/stages/${encodeURIComponent(stage)}`,
                { method: "POST", body: { state, reason, operator: "cockpit" }, action: true });
      this.notify(`${stage} breaker ${state}`, "info");
    } catch (error) {
      this.notify(`${stage}: ${error.message}`);
    }
    await this.render();
  }
}
