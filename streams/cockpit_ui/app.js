// The cockpit's entry point: views, the URL fragment, the key dialog and the timers.
import { AgentsView } from "./agents.js";
import { hooks, key } from "./api.js";
import { $ } from "./dom.js";
import { Feed } from "./feed.js";
import { OrganismView } from "./organism.js";
import { DEFAULT_FILTERS, VerdictsView } from "./verdicts.js";

const VIEWS = ["verdicts", "agents", "organism"];
let view = "verdicts";
let askedForKey = false;

function notify(message, kind = "error") {
  const node = $("notice");
  node.textContent = message;
  node.dataset.kind = kind;
  node.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { node.hidden = true; }, 8000);
}

const verdicts = new VerdictsView({ onChange: writeHash, notify });
const agents = new AgentsView({ notify });
const organism = new OrganismView({ notify });

function writeHash() {
  const params = new URLSearchParams();
  params.set("view", view);
  const f = verdicts.filters;
  if (f.final.join(",") !== DEFAULT_FILTERS.final.join(",")) params.set("final", f.final.join(","));
  for (const name of ["severity", "category", "kind", "entity", "q"]) if (f[name]) params.set(name, f[name]);
  if (f.status !== DEFAULT_FILTERS.status) params.set("status", f.status || "any");
  if (verdicts.selected) params.set("verdict", verdicts.selected);
  const hash = `#${params}`;
  if (location.hash !== hash) history.replaceState(null, "", hash);
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const filters = { ...DEFAULT_FILTERS };
  if (params.has("final")) filters.final = params.get("final").split(",").filter(Boolean);
  for (const name of ["severity", "category", "kind", "entity", "q"]) filters[name] = params.get(name) || "";
  if (params.has("status")) filters.status = params.get("status") === "any" ? "" : params.get("status");
  verdicts.setFilters(filters);
  show(VIEWS.includes(params.get("view")) ? params.get("view") : "verdicts", false);
  const selected = params.get("verdict");
  if (selected && selected !== verdicts.selected) verdicts.select(selected);
}

function show(name, write = true) {
  view = name;
  for (const v of VIEWS) {
    $(`view-${v}`).hidden = v !== name;
    document.querySelector(`#tabs [data-view=${v}]`).setAttribute("aria-current", v === name ? "page" : "false");
  }
  if (name === "agents") {
    agents.refresh();
    agents.chain();
  }
  if (name === "organism") organism.render();
  if (write) writeHash();
}

function showKey() {
  $("key-button").dataset.set = key.get() ? "yes" : "no";
  $("key-button").textContent = key.get() ? "Key ✓" : "Key";
}

$("tabs").addEventListener("click", (event) => {
  const button = event.target.closest("button[data-view]");
  if (button) show(button.dataset.view);
});
$("key-button").addEventListener("click", () => {
  $("key-input").value = "";
  $("key-dialog").showModal();
});
$("key-dialog").addEventListener("close", () => {
  const answer = $("key-dialog").returnValue;
  const before = key.get();
  if (answer === "save" && $("key-input").value) key.set($("key-input").value);
  if (answer === "forget") {
    key.set("");
    askedForKey = true; // forgotten on purpose: say reads need a key, but do not ask again unprompted
  }
  $("key-input").value = "";
  showKey();
  if (key.get() !== before) {
    feed.restart();
    verdicts.backfill();
    agents.refresh();
    organism.poll(view === "organism");
  }
});
hooks.locked = () => {
  notify("This worker needs a key to read: enter its read key or the operator key (Key, top right)");
  if (!askedForKey && !$("key-dialog").open && !$("confirm-dialog").open) {
    askedForKey = true;
    $("key-dialog").showModal();
  }
};
window.addEventListener("hashchange", readHash);
document.addEventListener("keydown", (event) => {
  const typing = event.target.closest("input, select, textarea, dialog");
  if (event.key === "Escape" && !typing && verdicts.selected) verdicts.close();
  if (event.key === "/" && !typing) {
    event.preventDefault();
    show("verdicts");
    $("search").focus();
  }
});

const feed = new Feed({
  onVerdict: (v) => verdicts.receive(v),
  onState: (state, text) => {
    const banner = $("banner");
    banner.dataset.state = state;
    banner.textContent = text;
  },
  onOpen: () => verdicts.backfill(),
});

showKey();
readHash();
feed.connect();
organism.poll(view === "organism");
setInterval(() => organism.poll(view === "organism"), 2000);
setInterval(() => { if (view === "agents") agents.refresh(); }, 2000);
setInterval(() => verdicts.backfill(), 10000);
