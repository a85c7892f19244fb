"""Verdict join: combine reflex, cells, HPC and the narrative filter into one verdict per event. Also the one
verdict constructor (``make_verdict``) that every producer of event- and entity-scope verdicts goes through."""

from __future__ import annotations

import enum
import hashlib
import itertools
import math
from collections.abc import Sequence
from typing import Any, Literal, TypedDict

from agents import ioc
from agents.detector import Scored
from agents.types import Finding


class Severity(enum.StrEnum):
    """Members are the strings themselves: a verdict holding one serialises (and compares) as its name."""

    INFO = "INFO"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    HIGH = "HIGH"
    CRITICAL = "CRITICAL"

    @property
    def rank(self) -> int:
        """0 for INFO up to 4 for CRITICAL."""
        return _RANK[self]


_RANK: dict[str, int] = {s.value: i for i, s in enumerate(Severity)}

Scope = Literal["event", "entity"]


class _VerdictRequired(TypedDict):
    verdict_id: str
    scope: Scope
    event_ids: list[str]
    entity: str
    final_verdict: str
    severity: Severity
    confidence: float
    ts: float


class Verdict(_VerdictRequired, total=False):
    """A verdict as schemas/json/verdict.v1.json describes it (tests/unit/test_verdicts.py holds the two together);
    the keys the schema requires are those of the base class."""

    evidence_event_ids: list[str]
    kind: str
    category: str
    score: float
    title: str
    evidence: list[dict[str, Any]]
    recommended_action: str
    degraded: list[str]
    agents_involved: list[str]
    colour: str
    target: str | None
    iocs: dict[str, list[str]]
    status: str
    event_ts: float


def verdict_id_for(key: str, stage: str | None = None) -> str:
    """The one id scheme, deterministic so that a replay repeats an id and sinks drop the duplicate (PostgreSQL
    upserts by it). An event's verdict (no ``stage``) is named by its event id alone, as verdicts always were; an
    entity-scope verdict by the stage that raised it and its natural key, joined by a control character that
    ingest refuses in event ids, so the two scopes never share an id."""
    named = key if stage is None else f"entity\x1f{stage}\x1f{key}"
    return "v-" + hashlib.sha256(named.encode("utf-8")).hexdigest()[:32]


def make_verdict(scope: Scope, stage: str, key: str, *, entity: str, kind: str, category: str, final: str,
                 severity: Severity, confidence: float, score: float, title: str, evidence: list[dict[str, Any]],
                 action: str, status: str, event_ts: float, ts: float, evidence_event_ids: Sequence[str] = (),
                 iocs: dict[str, list[str]] | None = None, degraded: Sequence[str] = (),
                 agents_involved: Sequence[str] = (), colour: str | None = None, target: str | None = None) -> Verdict:
    """A verdict of ``scope`` raised by ``stage`` (the name its evidence carries) about ``key``: the event id for
    scope "event" (its only event), else what makes it the same verdict when raised again. An entity-scope
    verdict names the events behind it in ``evidence_event_ids``; ``degraded`` and an agent pattern's
    ``agents_involved``, ``colour`` and ``target`` (null when it aims at no one) are written when given."""
    verdict: Verdict = {
        "verdict_id": verdict_id_for(key, stage if scope == "entity" else None), "scope": scope,
        "event_ids": [key] if scope == "event" else [], "entity": entity, "kind": kind, "category": category,
        "final_verdict": final, "severity": severity, "confidence": confidence, "score": score, "title": title,
        "evidence": evidence, "recommended_action": action, "status": status, "iocs": {} if iocs is None else iocs,
        "event_ts": event_ts, "ts": ts,
    }
    if scope == "entity":
        verdict["evidence_event_ids"] = list(evidence_event_ids)
    if degraded:
        verdict["degraded"] = list(degraded)
    if agents_involved:
        verdict["agents_involved"] = list(agents_involved)
        verdict["target"] = target
    if colour is not None:
        verdict["colour"] = colour
    return verdict


WEIGHTS: dict[str, float] = {"reflex": 1.0, "neutrophil": 0.9, "macrophage": 0.8, "hpc": 0.6, "hpc_profile": 0.75,
                             "narrative": 1.0, "nk": 0.9, "dendritic": 0.8}
CATEGORY_OF_STAGE: dict[str, str] = {
    "reflex": "THREAT", "neutrophil": "THREAT", "macrophage": "THREAT", "hpc": "ANOMALY", "hpc_profile": "ANOMALY",
    "narrative": "DECEPTION", "nk": "ANOMALY", "dendritic": "THREAT",
}


def severity_for(score: float) -> Severity:
    if score >= 0.95:
        return Severity.CRITICAL
    if score >= 0.8:
        return Severity.HIGH
    if score >= 0.5:
        return Severity.MEDIUM
    if score >= 0.3:
        return Severity.LOW
    return Severity.INFO


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
         degraded: Sequence[str] = ()) -> tuple[Verdict, dict[str, Any] | None]:
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
    category = "NONE"
    if final != "BENIGN":  # what the strongest evidence is about
        top = max(all_findings, key=lambda f: WEIGHTS.get(f.stage, 0.5) * f.score, default=None)
        category = CATEGORY_OF_STAGE.get(top.stage, "THREAT") if top is not None else "NONE"
    recommended = next((f.evidence["response"] for f in findings if "response" in f.evidence), "monitor_30m")
    escalate = final != "BENIGN" and score >= escalation_threshold
    evidence = [f.as_evidence() for f in all_findings  # the narrative filter's reading of a message, always
                if f.score > 0.0 or (f.stage == "narrative" and event["kind"] == "agent_message")]
    if degraded:
        evidence.append({"stage": "breaker", "score": 0.0, "detail": "bypassed (breaker open): " + ", ".join(degraded),
                         "degraded": list(degraded)})
    verdict = make_verdict(
        "event", "fusion", event["event_id"], entity=event["entity"], kind=event["kind"], category=category,
        final=final, severity=severity, confidence=round(max(score, 1.0 - score), 4), score=round(score, 4),
        title=f"{severity}: {category.lower()} on {event['entity']}" if final != "BENIGN" else "benign",
        evidence=evidence, action=recommended, status="ESCALATED" if escalate else "ACTIVE",
        iocs=ioc.extract(event.get(event["kind"], {})) if final != "BENIGN" else {}, event_ts=float(event["ts"]),
        ts=now, degraded=degraded)
    verdict_id = verdict["verdict_id"]
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
                "severity": severity.rank / 4.0,
            },
            "event_ids": [event["event_id"]], "ts": now,
        }
    return verdict, escalation


def state_change(entity: str, kind: str, investigating: bool, suspicion: float, evidence_event_ids: list[str],
                 reasons: list[str], now: float) -> Verdict:
    """An entity-scope verdict when the macrophage starts (or stops) investigating an entity, naming the events
    that moved it. Its key is the entity, the transition and the first evidence event, so a replay repeats it
    rather than adding a new one."""
    transition = "investigating" if investigating else "at rest"
    severity = severity_for(suspicion) if investigating else Severity.INFO
    return make_verdict(
        "entity", "macrophage", f"{entity}|{transition}|{evidence_event_ids[0] if evidence_event_ids else now}",
        entity=entity, kind=kind, category="THREAT",
        final=("MALICIOUS" if suspicion >= 0.9 else "SUSPICIOUS") if investigating else "BENIGN",
        severity=severity, confidence=round(max(suspicion, 1.0 - suspicion), 4), score=round(suspicion, 4),
        title=f"{severity}: {entity} under investigation" if investigating else f"{entity} back to rest",
        evidence=[{"stage": "macrophage", "score": round(suspicion, 4), "detail": ", ".join(reasons[:8])}],
        action="investigate" if investigating else "monitor_30m", status="ACTIVE", event_ts=now, ts=now,
        evidence_event_ids=evidence_event_ids[:50])
