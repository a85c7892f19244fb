"""Cytokines: messages between cells, and the body temperature they drive (the storm control)."""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections.abc import Sequence
from typing import Any

from agents.verdict import Severity, Verdict

PRO_INFLAMMATORY = frozenset({"IL1", "IL6", "TNF", "IL8", "IFNG", "IL12", "IL2"})
ANTI_INFLAMMATORY = frozenset({"IL10", "TGFB", "IL4"})
AREAS = frozenset({"dendritic", "macrophage", "neutrophil", "lymph_node", "systemic"})
BASELINE_C = 36.5
CAP_C = 42.0
STATES = ((39.0, "INFLAMMATION"), (38.0, "ACTIVATION"), (37.5, "ATTENTION"), (37.0, "VIGILANCE"))


def make(kind: str, emitter: str, priority: int, payload: dict[str, Any], target_area: str, ttl_s: float,
         now: float) -> dict[str, Any]:
    identity = f"{kind}|{emitter}|{target_area}|{sorted(payload.items())}|{now}"
    return {"cytokine_id": "k-" + hashlib.sha256(identity.encode()).hexdigest()[:24], "type": kind,
            "emitter": emitter, "priority": max(1, min(10, priority)), "payload": payload,
            "target_area": target_area, "ttl_s": ttl_s, "ts": now}


def for_verdict(verdict: Verdict, signatures: list[str], now: float) -> list[dict[str, Any]]:
    """What the cells say when a verdict is not benign: inflammation, and the signatures for the dendritic cell
    (the first one routes the cytokine)."""
    if verdict["final_verdict"] == "BENIGN":
        return []
    priority = {Severity.CRITICAL: 9, Severity.HIGH: 7, Severity.MEDIUM: 5}.get(verdict["severity"], 3)
    signature = signatures[0] if signatures else None
    payload = {"entity": verdict["entity"], "event_id": verdict["event_ids"][0] if verdict["event_ids"] else None,
               "signature": signature, "signatures": signatures, "verdict_id": verdict["verdict_id"]}
    out = [make("TNF" if verdict["final_verdict"] == "MALICIOUS" else "IL8", "immune", priority, payload,
                "dendritic" if signature else "systemic", 60.0, now)]
    if any(e["stage"] == "macrophage" and e.get("investigate") for e in verdict.get("evidence", [])):
        out.append(make("IL12", "macrophage", priority, payload, "lymph_node", 60.0, now))
    return out


@dataclasses.dataclass
class Temperature:
    """+0.2 °C per pro-inflammatory cytokine, −0.1 °C per anti-inflammatory one, the excess over the baseline
    decaying ×0.98 every 30 s, capped at 42 °C."""

    celsius: float = BASELINE_C
    last_ts: float | None = None

    def apply(self, cytokines: Sequence[dict[str, Any]], now: float) -> str:
        if self.last_ts is not None and now > self.last_ts:
            self.celsius = BASELINE_C + (self.celsius - BASELINE_C) * math.pow(0.98, (now - self.last_ts) / 30.0)
        self.last_ts = now
        for cytokine in cytokines:
            if cytokine["type"] in PRO_INFLAMMATORY:
                self.celsius += 0.2
            elif cytokine["type"] in ANTI_INFLAMMATORY:
                self.celsius -= 0.1
        self.celsius = max(BASELINE_C - 1.0, min(CAP_C, self.celsius))
        return self.state

    @property
    def state(self) -> str:
        return next((name for bound, name in STATES if self.celsius >= bound), "REST")


def sort_out(cytokines: Sequence[dict[str, Any]], now: float) -> tuple[list[dict[str, Any]], int, int]:
    """(deliverable, expired, mis-addressed)."""
    good, expired, lost = [], 0, 0
    for cytokine in cytokines:
        if float(cytokine["ts"]) + float(cytokine["ttl_s"]) < now:
            expired += 1
        elif cytokine["target_area"] not in AREAS:
            lost += 1
        else:
            good.append(cytokine)
    return good, expired, lost


STORM_PRIORITY = 7  # in a storm only HIGH and CRITICAL signals (priority ≥ 7) are handled one by one


def aggregate(cytokines: Sequence[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """In a storm: low-priority cytokines collapse to one per (type, signature, entity), carrying their count in
    ``payload["aggregated"]``, so the correlation still sees every signature on every entity; returns the
    signals to handle and how many were folded away."""
    kept: list[dict[str, Any]] = []
    groups: dict[tuple[str, Any, Any], dict[str, Any]] = {}
    for cytokine in cytokines:
        if cytokine["priority"] >= STORM_PRIORITY:
            kept.append(cytokine)
            continue
        payload = cytokine["payload"]
        key = (cytokine["type"], payload.get("signature"), payload.get("entity"))
        if key in groups:
            groups[key]["payload"]["aggregated"] += 1
        else:
            groups[key] = {**cytokine, "payload": {**payload, "aggregated": 1}}
    return kept + list(groups.values()), len(cytokines) - len(kept) - len(groups)
