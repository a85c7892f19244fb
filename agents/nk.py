"""NK cell: acts without investigation on entities that blind their audit trail, go quiet, or stay anomalous."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents.detector import Scored, State
from agents.neuromodulation import Modulation
from agents.types import Finding

SILENCE_FACTOR = 20.0
MIN_EVENTS = 10
BEHAVIOUR_ANOMALY = 0.7


def audit_disabled(event: dict[str, Any]) -> bool:
    body = event.get(event["kind"], {})
    return event.get("audit_enabled") is False or (isinstance(body, dict) and body.get("audit_enabled") is False)


class NKCell:
    name = "nk"

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.modulation = Modulation()

    def fresh_state(self) -> State:
        return {"last_ts": None, "gap": None, "events": 0}

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        for item in items:
            self._observe(float(item["event"]["ts"]), state)

    @staticmethod
    def _observe(ts: float, state: State) -> float | None:
        """The silence just ended, in multiples of the entity's usual gap (None while it has no habit yet)."""
        ratio = None
        if state["last_ts"] is not None and ts >= state["last_ts"]:
            gap = ts - state["last_ts"]
            if state["gap"] is not None and state["events"] >= MIN_EVENTS:
                ratio = gap / max(state["gap"], 1e-3)
            state["gap"] = gap if state["gap"] is None else 0.9 * state["gap"] + 0.1 * gap
        state["last_ts"] = max(ts, state["last_ts"] or ts)
        state["events"] += 1
        return ratio

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        findings = []
        for item in items:
            ratio = self._observe(float(item["event"]["ts"]), state)
            anomaly = float(item.get("behaviour_anomaly", 0.0))
            if audit_disabled(item["event"]):
                findings.append(Finding(self.name, 0.9, "audit trail disabled", {"priority": 9}))
            elif ratio is not None and ratio >= SILENCE_FACTOR * self.modulation.threshold_scale:
                findings.append(Finding(self.name, 0.5, f"silent for {ratio:.0f}× its usual gap", {"priority": 7}))
            elif anomaly > BEHAVIOUR_ANOMALY * self.modulation.threshold_scale:
                findings.append(Finding(self.name, 0.8, f"behaviour anomaly {anomaly:.2f}", {"priority": 8}))
            else:
                findings.append(Finding(self.name, 0.0, "no sign"))
        return findings
