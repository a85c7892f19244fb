// The agent registry as a tree with each process's state, the kill switch, confirmations and audit records.
import { api } from "./api.js";
import { $, el, show, time } from "./dom.js";

const COMMANDS = ["MUTE", "ISOLATE", "TERMINATE", "SNAPSHOT_STATE", "REVOKE_ACCESS", "INJECT_CONSTRAINT"];
const STATES = ["running", "stopped", "zombie", "gone"];

export class AgentsView {
  constructor({ notify }) {
    this.notify = notify;
    this.agents = [];
    this.layers = {};
    this.selected = null;
    this.commands = new Map(); // command_id -> {type, target, status, confirmation}
    this.shown = null;
    $("agent-tree").addEventListener("keydown", (event) => {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
      const buttons = [...document.querySelectorAll("#agent-tree button[data-agent]")];
      const at = buttons.indexOf(document.activeElement);
      if (at < 0) return;
      event.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))].focus();
    });
    $("command-buttons").replaceChildren(...COMMANDS.map((type) =>
      el("button", { type: "button", "data-command": type, onclick: () => this.ask(type) }, type)));
  }

  async refresh() {
    try {
      const doc = await api("/api/v1/cockpit/agents");
      this.agents = doc.agents || [];
      this.layers = doc.layers || {};
      this.render();
    } catch (error) {
      this.notify(`Could not read the agent registry: ${error.message}`);
    }
  }

  children() {
    const ids = new Set(this.agents.map((a) => a.agent_id));
    const kids = new Map();
    for (const a of this.agents) {
      const parent = a.parent_agent_id && ids.has(a.parent_agent_id) ? a.parent_agent_id : "";
      if (!kids.has(parent)) kids.set(parent, []);
      kids.get(parent).push(a);
    }
    return kids;
  }

  descendants(id) {
    const kids = this.children();
    const out = [];
    const walk = (parent, depth) => {
      if (depth > 32) return;
      for (const child of kids.get(parent) || []) {
        out.push(child.agent_id);
        walk(child.agent_id, depth + 1);
      }
    };
    walk(id, 0);
    return out;
  }

  render() {
    const signature = JSON.stringify([this.agents, this.selected]);
    if (signature === this.drawn) return; // an unchanged tree keeps its nodes, and so the focus and a pending click
    this.drawn = signature;
    const kids = this.children();
    const seen = new Set();
    const branch = (parent, depth) => el("ul", { role: depth ? "group" : "tree", "aria-label": depth ? null : "Agents" },
      ...(kids.get(parent) || []).filter((a) => !seen.has(a.agent_id) && seen.add(a.agent_id)).map((a) => el("li", {
        role: "treeitem", "aria-level": depth + 1, "aria-selected": String(a.agent_id === this.selected) },
        el("button", { type: "button", "data-agent": a.agent_id, "aria-pressed": String(a.agent_id === this.selected),
                       onclick: () => this.select(a.agent_id) },
          el("span", { text: a.agent_id }), el("span", { class: "mono", text: `pid ${a.pid}` }),
          el("span", { class: `state state-${STATES.includes(a.state) ? a.state : "other"}`, "data-state": a.state,
                       text: a.state }),
          a.credentials_revoked ? el("span", { text: "credentials revoked" }) : null),
        depth < 32 && kids.has(a.agent_id) ? branch(a.agent_id, depth + 1) : null)));
    $("agent-tree").replaceChildren(branch("", 0));
    $("agents-empty").hidden = this.agents.length > 0;
    $("target").textContent = this.selected || "none selected";
  }

  select(id) {
    this.selected = id;
    this.render();
    document.querySelector(`[data-agent="${CSS.escape(id)}"]`)?.focus();
  }

  ask(type) {
    if (!this.selected) {
      this.notify("Select a target agent in the tree first");
      return;
    }
    const target = this.selected;
    const cascade = type === "TERMINATE" ? this.descendants(target) : [];
    const layers = this.layers[type];
    $("confirm-title").textContent = `${type} ${target}?`;
    $("confirm-facts").replaceChildren(
      el("dt", { text: "Command" }), el("dd", { text: type }),
      el("dt", { text: "Target" }), el("dd", { text: target }),
      el("dt", { text: "Cascade" }), el("dd", { text: cascade.length ? cascade.join(", ") : "none" }),
      el("dt", { text: "Layers" }), el("dd", { text: layers && layers.length ? layers.join(", ")
        : "none: this executor refuses this command type and audits the refusal" }));
    $("constraint-label").hidden = type !== "INJECT_CONSTRAINT";
    const dialog = $("confirm-dialog");
    dialog.returnValue = "";
    dialog.addEventListener("close", () => {
      if (dialog.returnValue === "confirm") this.send(type, target, $("constraint-input").value);
    }, { once: true });
    dialog.showModal();
    $("confirm-cancel").focus();
  }

  async send(type, target, constraint) {
    const commandId = `cockpit-${crypto.randomUUID()}`;
    const body = { command_type: type, targets: [target], command_id: commandId,
                   parameters: type === "INJECT_CONSTRAINT" ? { constraint } : {} };
    const entry = { id: commandId, type, target, status: "SENDING", confirmation: null, error: null };
    this.commands.set(commandId, entry);
    this.shown = commandId;
    this.renderLog();
    try {
      await api("/api/v1/commands", { method: "POST", body, action: true });
      entry.status = "PENDING";
    } catch (error) {
      entry.status = "REFUSED";
      entry.error = error.message;
      this.notify(`${type} ${target}: ${error.message}`);
      this.renderLog();
      return;
    }
    this.renderLog();
    const deadline = Date.now() + 60000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 400));
      const before = entry.status;
      try {
        const doc = await api(`/api/v1/commands/${encodeURIComponent(commandId)}`);
        entry.confirmation = doc.confirmation;
        entry.status = doc.confirmation ? doc.confirmation.status : doc.status; // COMPLETED, FAILED or REJECTED
      } catch (error) {
        entry.error = error.message;
      }
      // EXECUTING is written when the executor claims the command, before its layers run and are audited
      if (entry.confirmation || !["PENDING", "SENDING", "EXECUTING"].includes(entry.status)) break;
      if (entry.status !== before) this.renderLog();
    }
    this.renderLog();
    this.refresh();
    this.chain();
  }

  renderLog() {
    $("command-log").replaceChildren(...[...this.commands.values()].reverse().map((c) => el("li", {},
      el("button", { type: "button", onclick: () => { this.shown = c.id; this.renderLog(); } },
        `${c.type} ${c.target}: `, el("span", { class: `status-${c.status}`, text: c.status })))));
    const c = this.commands.get(this.shown);
    if (c) this.showCommand(c);
  }

  async showCommand(c) {
    const conf = c.confirmation;
    const failures = conf && conf.error ? String(conf.error).split("; ") : [];
    const box = el("div", { "data-command-id": c.id },
      el("h3", { text: `${c.type} ${c.target}` }),
      el("dl", { class: "facts" },
        el("dt", { text: "Command id" }), el("dd", { class: "mono", text: c.id }),
        el("dt", { text: "Status" }), el("dd", { class: `status-${c.status}`, "data-field": "command-status", text: c.status }),
        c.error ? [el("dt", { text: "Error" }), el("dd", { text: c.error })] : null,
        conf ? [el("dt", { text: "Layers" }), el("dd", { "data-field": "layers", text: (conf.executed_layers || []).join(", ") || "none" }),
                el("dt", { text: "Cascade" }), el("dd", { "data-field": "cascade", text: (conf.cascaded_agents || []).join(", ") || "none" }),
                el("dt", { text: "Time" }), el("dd", { text: `${show(conf.execution_time_ms)} ms` })] : null),
      failures.length ? el("ul", {}, ...failures.map((f) => el("li", { class: "outcome-FAILED", text: f }))) : null,
      el("h4", { text: "Audit records" }), el("p", { text: "loading…", "data-field": "audit" }));
    $("command-detail").replaceChildren(box);
    if (c.status === "SENDING" || c.status === "REFUSED") return;
    try {
      const doc = await api(`/api/v1/audits?command_id=${encodeURIComponent(c.id)}`);
      const records = (doc.records || []).slice().sort((a, b) => a.seq - b.seq);
      const table = records.length ? el("table", { id: "audit-records" }, el("thead", {}, el("tr", {},
        ...["Seq", "Time", "Agent", "Action", "Layer", "Outcome", "Detail"].map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ...records.map((r) => el("tr", {}, el("td", { text: r.seq }), el("td", { text: time(r.ts) }),
          el("td", { text: r.agent_id ?? "" }), el("td", { text: r.action }), el("td", { text: r.layer ?? "" }),
          el("td", { class: `outcome-${r.outcome === "SUCCESS" ? "SUCCESS" : "FAILED"}`, text: r.outcome }),
          el("td", { class: "mono", text: r.detail })))))
        : el("p", { text: "none yet" });
      box.querySelector("[data-field=audit]").replaceWith(table);
    } catch (error) {
      box.querySelector("[data-field=audit]").textContent = error.message;
    }
  }

  async chain() {
    const node = $("chain");
    try {
      const doc = await api("/api/v1/cockpit/audit-chain");
      node.dataset.ok = doc.ok ? "yes" : "no";
      node.textContent = doc.ok ? `verified: ${doc.records} records, every hash links to the previous one`
        : `BROKEN: ${doc.detail}`;
    } catch (error) {
      node.dataset.ok = "no";
      node.textContent = `not verified: ${error.message}`;
    }
  }
}
