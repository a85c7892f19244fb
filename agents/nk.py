"""NK cell: acts without investigation on entities that blind their audit trail, go quiet, or stay anomalous."""

from __future__ import annotations

import collections
from collections.abc import Sequence
from typing import Any

from agents.detector import ALL_KINDS, NEUTRAL, NOTHING, Earlier, Scored, State
from agents.neuromodulation import Modulation
from agents.types import Finding
from agents.verdict import Severity, Verdict, make_verdict

SILENCE_FACTOR = 20.0
MIN_EVENTS = 10
BEHAVIOUR_ANOMALY = 0.7


def audit_disabled(event: dict[str, Any]) -> bool:
    body = event.get(event["kind"], {})
    return event.get("audit_enabled") is False or (isinstance(body, dict) and body.get("audit_enabled") is False)


class NKCell:
    name = "nk"
    stage = "nk"
    kinds = ALL_KINDS  # silence and a disabled audit trail mean the same on any kind
    reads: tuple[str, ...] = ("hpc",)  # the entity's smoothed surprise (``behaviour``), for the anomaly check
    feeds: frozenset[str] = frozenset()

    def fresh_state(self) -> State:
        return {"last_ts": None, "gap": None, "events": 0}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
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

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        findings = []
        behaviour = earlier.get("hpc")
        for index, item in enumerate(items):
            ratio = self._observe(float(item["event"]["ts"]), state)
            anomaly = float(behaviour[index].evidence.get("behaviour", 0.0)) if behaviour is not None else 0.0
            if audit_disabled(item["event"]):
                findings.append(Finding(self.name, 0.9, "audit trail disabled", {"priority": 9}))
            elif ratio is not None and ratio >= SILENCE_FACTOR * modulation.threshold_scale:
                findings.append(Finding(self.name, 0.5, f"silent for {ratio:.0f}× its usual gap", {"priority": 7}))
            elif anomaly > BEHAVIOUR_ANOMALY * modulation.threshold_scale:
                findings.append(Finding(self.name, 0.8, f"behaviour anomaly {anomaly:.2f}", {"priority": 8}))
            else:
                findings.append(Finding(self.name, 0.0, "no sign"))
        return findings


class SilenceWatch:
    """Entities that send heartbeats (metrics) or audit events, watched between their events: one quiet for
    ``factor`` × its usual gap is flagged while it is still silent, once per silence. Bounded: the least recently
    heard entities are forgotten first."""

    def __init__(self, capacity: int = 100_000, factor: float = SILENCE_FACTOR, min_gap_s: float = 1.0) -> None:
        self.capacity = capacity
        self.factor = factor
        self.min_gap_s = min_gap_s
        self.watched: collections.OrderedDict[str, list[float]] = collections.OrderedDict()

    @staticmethod
    def watches(event: dict[str, Any]) -> bool:
        body = event.get(event["kind"], {})
        return event["kind"] == "metric" or (isinstance(body, dict) and "audit_enabled" in body) \
            or "audit_enabled" in event

    def observe(self, entity: str, state: State) -> None:
        """After the NK cell scored ``entity``'s events: remember its last event and usual gap."""
        if state["events"] < MIN_EVENTS or state["gap"] is None:
            return
        self.watched[entity] = [float(state["last_ts"]), max(self.min_gap_s, float(state["gap"])), 0.0]
        self.watched.move_to_end(entity)
        while len(self.watched) > self.capacity:
            self.watched.popitem(last=False)

    def overdue(self, now: float) -> list[Verdict]:
        """Entity-scope verdicts for entities that have just passed ``factor`` × their usual gap in silence."""
        out = []
        for entity, entry in self.watched.items():
            last_ts, gap, flagged = entry
            if not flagged and now - last_ts >= self.factor * gap:
                entry[2] = 1.0
                out.append(silence_verdict(entity, now - last_ts, gap, last_ts, now))
        return out


def silence_verdict(entity: str, silent_s: float, gap: float, last_ts: float, now: float) -> Verdict:
    """Keyed by the entity and the last event before the silence: one silence is one verdict."""
    return make_verdict(
        "entity", "nk", f"{entity}|silent|{last_ts}", entity=entity, kind="silence", category="ANOMALY",
        final="SUSPICIOUS", severity=Severity.HIGH, confidence=0.7, score=0.7,
        title=f"HIGH: {entity} went silent ({silent_s:.0f} s, {silent_s / gap:.0f}× its usual gap)",
        evidence=[{"stage": "nk", "score": 0.7, "detail": f"silent for {silent_s:.0f} s, usually every {gap:.1f} s",
                   "priority": 7}],
        action="check_host", status="ACTIVE", event_ts=last_ts, ts=now)
