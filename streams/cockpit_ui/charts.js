// Small SVG charts drawn here: sparklines and horizontal bars. Labels are text nodes.
import { svg } from "./dom.js";

const H = 90;
const width = (target) => Math.max(200, Math.round(target.clientWidth || 300));

export function lines(target, series, { max } = {}) {
  const W = width(target);
  const all = series.flatMap((s) => s.points);
  const top = Math.max(max ?? 0, ...all, 1e-9);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": series.map((s) =>
    `${s.name} ${s.points.length ? s.points[s.points.length - 1].toFixed(2) : "n/a"}`).join(", ") });
  root.append(svg("line", { x1: 0, y1: H - 1, x2: W, y2: H - 1, stroke: "#2c3a47" }));
  for (const s of series) {
    if (s.points.length < 2) continue;
    const step = W / (s.points.length - 1);
    const coords = s.points.map((p, i) => `${(i * step).toFixed(1)},${(H - 4 - (p / top) * (H - 14)).toFixed(1)}`);
    root.append(svg("polyline", { points: coords.join(" "), class: s.class }));
  }
  root.append(svg("text", { x: 2, y: 10, text: `max ${top.toFixed(2)}` }));
  target.replaceChildren(root);
}

export function bars(target, entries, { max, hot = Infinity } = {}) {
  const W = width(target);
  const labelW = Math.round(W * 0.45);
  const barW = Math.round(W * 0.4);
  const rows = entries.length || 1;
  const height = Math.max(H, rows * 16 + 4);
  const top = Math.max(max ?? 0, ...entries.map(([, v]) => v), 1e-9);
  const root = svg("svg", { viewBox: `0 0 ${W} ${height}`, role: "img",
                            "aria-label": entries.map(([k, v]) => `${k} ${v}`).join(", ") || "nothing" });
  entries.forEach(([label, value], i) => {
    const y = 2 + i * 16;
    root.append(svg("text", { x: 0, y: y + 11, text: label }));
    root.append(svg("rect", { x: labelW, y, height: 12, width: Math.max(1, (value / top) * barW),
                              class: value >= hot ? "bar bar-hot" : "bar" }));
    root.append(svg("text", { x: labelW + barW + 6, y: y + 11, text: String(value) }));
  });
  if (!entries.length) root.append(svg("text", { x: 0, y: 12, text: "nothing to show" }));
  target.replaceChildren(root);
}
