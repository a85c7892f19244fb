"""Verdict join: combine reflex, cells, HPC and the narrative filter into one verdict per event."""

from __future__ import annotations

import hashlib
import itertools
import math
from collections.abc import Sequence
from typing import Any

from agents import ioc
from agents.detector import Scored
from agents.types import Finding

WEIGHTS: dict[str, float] = {"reflex": 1.0, "neutrophil": 0.9, "macrophage": 0.8, "hpc": 0.6, "hpc_profile": 0.75,
                             "narrative": 1.0, "nk": 0.9, "dendritic": 0.8}
CATEGORY_OF_STAGE: dict[str, str] = {
    "reflex": "THREAT", "neutrophil": "THREAT", "macrophage": "THREAT", "hpc": "ANOMALY", "hpc_profile": "ANOMALY",
    "narrative": "DECEPTION", "nk": "ANOMALY", "dendritic": "THREAT",
}
SEVERITY_RANK: dict[str, int] = {"INFO": 0, "LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}


def verdict_id_for(event_id: str) -> str:
    """Deterministic: a replayed event gets the same verdict id, so sinks can deduplicate."""
    return "v-" + hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:32]


def severity_for(score: float) -> str:
    if score >= 0.95:
        return "CRITICAL"
    if score >= 0.8:
        return "HIGH"
    if score >= 0.5:
        return "MEDIUM"
    if score >= 0.3:
        return "LOW"
    return "INFO"


def fuse(findings: Sequence[Finding]) -> float:
    """Noisy-OR of the weighted stage scores: independent evidence accumulates, none is averaged away."""
    benign = 1.0
    for f in findings:
        benign *= 1.0 - WEIGHTS.get(f.stage, 0.5) * max(0.0, min(1.0, f.score))
    return 1.0 - benign


THRESHOLD = 0.5  # a verdict is SUSPICIOUS from here, MALICIOUS from 0.8
TARGET_FPR = 0.001
MIN_CUT = 0.2  # a calibration never alarms on less than this raw score: too little traffic fitted it otherwise
IDENTITY: tuple[tuple[float, float], ...] = ((0.0, 0.0), (1.0, 1.0))


def calibrate(raw: float, knots: Sequence[Sequence[float]] = IDENTITY) -> float:
    """The final score for a raw fused score: piecewise linear through ``knots`` ((raw, final) pairs from
    (0, 0) to (1, 1), increasing), so the ranking is kept and only the operating point moves."""
    for (x0, y0), (x1, y1) in itertools.pairwise(knots):
        if raw <= x1:
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
    return 1.0


def fit_calibration(normal_raw: Sequence[float], fpr: float = TARGET_FPR) -> list[list[float]]:
    """Knots that put THRESHOLD where at most ``fpr`` of new normal traffic is expected above it, from
    ``normal_raw`` (raw fused scores of normal traffic the model did not learn from): the raw cut maps to just
    below THRESHOLD, anything above it to THRESHOLD and more, linearly up to 1. The tail is estimated from a
    handful of requests (0.1% of a few thousand), so the cut lets through two standard deviations (Poisson)
    fewer than ``fpr`` would: 15 instead of 25 of 25,000 requests, none of 3,000 (where 3 at the full share gave
    6 of 5,000 new requests in tests/unit/test_campaign.py). The cut is never below MIN_CUT."""
    ranked = sorted(normal_raw, reverse=True)
    expected = fpr * len(ranked)
    allowed = max(0, math.floor(expected - 2.0 * math.sqrt(expected)))
    cut = max(MIN_CUT, ranked[allowed] if allowed < len(ranked) else 0.0)
    above = min(1.0, cut + 1e-4)
    return [[0.0, 0.0], [round(cut, 6), THRESHOLD - 1e-4], [round(above, 6), THRESHOLD], [1.0, 1.0]]


def reflex_finding(reflex: dict[str, Any]) -> Finding:
    score = 0.97 if reflex["decision"] == "BLOCK" else max(float(reflex["threat"]), 0.0)
    return Finding("reflex", score, reflex["decision"].lower(),
                   {"rules": [m["rule_id"] for m in reflex["matches"]][:8], "anomaly": reflex["anomaly"]})


def join(item: Scored, findings: Sequence[Finding], *, now: float, escalation_threshold: float,
         calibration: Sequence[Sequence[float]] = IDENTITY,
         degraded: Sequence[str] = ()) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """One event's verdict, and an escalation for the cortex when it crosses the threshold. The score is the
    stages' fused evidence through ``calibration`` (fitted with the endpoint profiles, see fit_calibration).
    ``degraded`` names the stages that were bypassed for it (their breakers open): the fusion is over what ran,
    and the verdict lists them in ``degraded`` and in an evidence entry."""
    event = item["event"]
    all_findings = [*([] if "reflex" in degraded else [reflex_finding(item["reflex"])]), *findings]
    score = calibrate(fuse(all_findings), calibration)
    if item["reflex"]["decision"] == "BLOCK":
        score = max(score, 0.95)
    final = "MALICIOUS" if score >= 0.8 else "SUSPICIOUS" if score >= THRESHOLD else "BENIGN"
    severity = severity_for(score)
    top = max(all_findings, key=lambda f: WEIGHTS.get(f.stage, 0.5) * f.score, default=None)
    category = CATEGORY_OF_STAGE.get(top.stage, "THREAT") if final != "BENIGN" and top is not None else "NONE"
    confidence = round(max(score, 1.0 - score), 4)
    recommended = next((f.evidence["response"] for f in findings if "response" in f.evidence), "monitor_30m")
    verdict_id = verdict_id_for(event["event_id"])
    escalate = final != "BENIGN" and score >= escalation_threshold
    verdict = {
        "verdict_id": verdict_id, "scope": "event", "event_ids": [event["event_id"]], "entity": event["entity"],
        "kind": event["kind"], "category": category, "final_verdict": final, "severity": severity,
        "confidence": confidence, "score": round(score, 4),
        "title": f"{severity}: {category.lower()} on {event['entity']}" if final != "BENIGN" else "benign",
        "evidence": [f.as_evidence() for f in all_findings  # the narrative filter's reading of a message, always
                     if f.score > 0.0 or (f.stage == "narrative" and event["kind"] == "agent_message")],
        "recommended_action": recommended, "status": "ESCALATED" if escalate else "ACTIVE",
        "iocs": ioc.extract(event.get(event["kind"], {})) if final != "BENIGN" else {},
        "event_ts": float(event["ts"]), "ts": now,
    }
    if degraded:
        verdict["degraded"] = list(degraded)
        verdict["evidence"].append({"stage": "breaker", "score": 0.0, "detail": "bypassed (breaker open): "
                                    + ", ".join(degraded), "degraded": list(degraded)})
    escalation = None
    if escalate:
        by_stage = {f.stage: f for f in all_findings}
        narrative = by_stage.get("narrative")
        agent_id = event["agent_message"]["source_agent_id"] if event["kind"] == "agent_message" else None
        escalation = {
            "incident_id": "i-" + verdict_id[2:], "verdict_id": verdict_id, "entity": event["entity"],
            "kind": event["kind"], "category": category, "agent_id": agent_id, "severity": severity,
            "score": round(score, 4),
            "features": {
                **{stage: round(by_stage[stage].score, 4) if stage in by_stage else 0.0
                   for stage in ("reflex", "neutrophil", "macrophage", "hpc", "narrative")},
                "score": round(score, 4), "is_agent": 1.0 if agent_id else 0.0,
                "children": float(len(narrative.evidence.get("children", []))) if narrative else 0.0,
                "severity": SEVERITY_RANK[severity] / 4.0,
            },
            "event_ids": [event["event_id"]], "ts": now,
        }
    return verdict, escalation


def state_change(entity: str, kind: str, investigating: bool, suspicion: float, evidence_event_ids: list[str],
                 reasons: list[str], now: float) -> dict[str, Any]:
    """An entity-scope verdict when the macrophage starts (or stops) investigating an entity, naming the events
    that moved it. Its id is derived from the entity, the transition and the first evidence event, so a replay
    repeats it rather than adding a new one."""
    transition = "investigating" if investigating else "at rest"
    key = f"{entity}|{transition}|{evidence_event_ids[0] if evidence_event_ids else now}"
    final = ("MALICIOUS" if suspicion >= 0.9 else "SUSPICIOUS") if investigating else "BENIGN"
    severity = severity_for(suspicion) if investigating else "INFO"
    return {
        "verdict_id": "v-st-" + hashlib.sha256(key.encode()).hexdigest()[:28], "scope": "entity", "event_ids": [],
        "evidence_event_ids": evidence_event_ids[:50], "entity": entity, "kind": kind, "category": "THREAT",
        "final_verdict": final, "severity": severity, "confidence": round(max(suspicion, 1.0 - suspicion), 4),
        "score": round(suspicion, 4),
        "title": f"{severity}: {entity} under investigation" if investigating else f"{entity} back to rest",
        "evidence": [{"stage": "macrophage", "score": round(suspicion, 4), "detail": ", ".join(reasons[:8])}],
        "recommended_action": "investigate" if investigating else "monitor_30m", "status": "ACTIVE",
        "iocs": {}, "event_ts": now, "ts": now,
    }
