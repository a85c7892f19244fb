"""Cortex: per incident, an action from the ONNX model, and the signed commands it implies."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Sequence
from typing import Any

import numpy as np

from agents import commands
from agents.verdict import Severity, Verdict, make_verdict
from models.cortex_model import ACTIONS, INPUT_FEATURES, feature_matrix

REPEAT_AFTER_S = 600.0  # the same action on the same agent again after this long (a respawned agent)
ISSUED_CAPACITY = 100_000


@dataclasses.dataclass(frozen=True, slots=True)
class Decision:
    incident_id: str
    entity: str
    agent_id: str | None
    action: str
    confidence: float
    evidence: dict[str, float]
    severity: str = "MEDIUM"
    family: str = "unknown"


def features_of(incidents: Sequence[dict[str, Any]]) -> np.ndarray:
    return feature_matrix([i["features"] for i in incidents])


def decide(incidents: Sequence[dict[str, Any]], predictions: Sequence[tuple[int, np.ndarray]]) -> list[Decision]:
    """Decisions from the model's (action index, probabilities) per incident, however they were batched."""
    decisions = []
    for incident, (label, probs) in zip(incidents, predictions, strict=True):
        features = incident["features"]
        top = np.argsort([abs(features.get(name, 0.0)) for name in INPUT_FEATURES])[::-1][:3]
        decisions.append(Decision(
            incident_id=incident["incident_id"], entity=incident["entity"], agent_id=incident.get("agent_id"),
            action=ACTIONS[int(label)], confidence=round(float(np.max(probs)), 4),
            evidence={INPUT_FEATURES[i]: float(features.get(INPUT_FEATURES[i], 0.0)) for i in top},
            severity=str(incident.get("severity", "MEDIUM")),
            family=str(incident.get("category") or incident.get("kind", "unknown")),
        ))
    return decisions


class CommandPlanner:
    """Turns decisions into signed agent commands, at most one per (agent, action) within ``repeat_after_s``: an
    agent that comes back and misbehaves after that is acted on again. At most ``capacity`` pairs are remembered
    (the oldest go first), so a flood of agent ids cannot grow the worker's memory."""

    def __init__(self, key: bytes, deadline_s: float, repeat_after_s: float = REPEAT_AFTER_S,
                 capacity: int = ISSUED_CAPACITY) -> None:
        self.key = key
        self.deadline_s = deadline_s
        self.repeat_after_s = repeat_after_s
        self.capacity = capacity
        self._issued: collections.OrderedDict[tuple[str, str], float] = collections.OrderedDict()

    def _forget(self, now: float) -> None:
        issued = self._issued
        while issued and (len(issued) > self.capacity or next(iter(issued.values())) <= now - self.repeat_after_s):
            issued.popitem(last=False)

    def plan(self, decisions: Sequence[Decision], now: float) -> list[dict[str, Any]]:
        self._forget(now)
        planned = []
        for d in decisions:
            if d.agent_id is None or d.action not in commands.AGENT_COMMANDS:
                continue
            if (d.agent_id, d.action) in self._issued:
                continue
            self._issued[(d.agent_id, d.action)] = now
            planned.append(commands.build(
                command_type=d.action, targets=[d.agent_id], issuer="cortex", incident_id=d.incident_id, now=now,
                deadline_s=self.deadline_s, key=self.key,
                parameters={"confidence": d.confidence, "evidence": d.evidence, "incident_id": d.incident_id,
                            "severity": d.severity, "family": d.family.lower()},
            ))
        self._forget(now)
        return planned


CATEGORIES = ("THREAT", "ANOMALY", "ALLIANCE", "DECEPTION", "INCONSISTENCY", "COLLUSION")


def left_for_operators(incident: dict[str, Any], why: str, now: float) -> Verdict:
    """An entity-scope verdict for an incident the cortex did not decide (its breaker open, or it raised): no
    command leaves for it, an operator must look. Keyed by the incident, so a replay repeats it."""
    score = float(incident["score"])
    severity = Severity(incident["severity"])
    return make_verdict(
        "entity", "cortex", str(incident["incident_id"]), entity=incident["entity"], kind=incident["kind"],
        category=str(incident["category"]) if incident.get("category") in CATEGORIES else "THREAT",
        final="MALICIOUS" if score >= 0.8 else "SUSPICIOUS", severity=severity,
        confidence=round(max(score, 1.0 - score), 4), score=round(score, 4),
        title=f"{severity}: incident on {incident['entity']} left for operators (cortex bypassed)",
        evidence=[{"stage": "breaker", "score": 0.0, "detail": f"cortex bypassed: {why}; no command was decided",
                   "degraded": ["cortex"], "incident_id": incident["incident_id"]}],
        action="operator_review", status="ESCALATED", event_ts=float(incident["ts"]), ts=now,
        evidence_event_ids=list(incident["event_ids"]), degraded=["cortex"])
