"""Dendritic cell: the same threat signature seen across entities within a window. Five sightings trigger clonal
expansion, ten are a coordinated attack; each becomes an entity-scope verdict naming its evidence.

A signature names the malicious part of a request, never its whole shape: a reflex rule that matched (unless
that rule also fires on the endpoint's normal traffic), the value the endpoint profile found anomalous (or the
never-seen resource a probe asked for), and the IOCs inside that value. A normal request has no such part, so
the scrutiny that follows an expansion cannot reach it: an empty-cart button shares its shape with attacks sent
to the same page, not a signature."""

from __future__ import annotations

import collections
import hashlib
import re
from collections.abc import Sequence
from typing import Any, Protocol

from agents import ioc
from agents.types import Finding
from agents.verdict import Severity, Verdict, make_verdict

WINDOW_S = 60.0
MIN_FINGERPRINTED = 4  # a shorter anomalous value (a sign, a digit) is too common to mean the same attack
MAX_IOCS = 5
EXPANSION_AT = 5
COORDINATED_AT = 10
SCRUTINY_S = 600.0  # how long a clonally expanded signature gets extra scrutiny
MAX_SIGNATURES = 100_000  # signatures are attacker-chosen (values, IOCs): memory is bounded however many arrive
ANOMALOUS = 0.5  # an endpoint profile's finding at least this strong names the request's anomalous part
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


class UsualRules(Protocol):
    def usual_rule(self, event: dict[str, Any], rule_id: int) -> bool: ...


def fingerprint(text: str) -> str | None:
    """The text with what varies between copies of one attack removed (case, numbers, spacing), hashed."""
    normal = _SPACE.sub(" ", _DIGITS.sub("0", text.lower())).strip()
    if len(normal) < MIN_FINGERPRINTED:
        return None
    return hashlib.sha256(normal.encode("utf-8", "replace")).hexdigest()[:16]


def signatures_of(item: dict[str, Any], evidence: Sequence[dict[str, Any]], profiles: UsualRules | None = None,
                  with_iocs: bool = True) -> list[str]:
    """What the dendritic cell correlates a threatening event on (the first routes its cytokine): its first
    reflex rule that is not usual on its endpoint, the anomalous value or probed resource the endpoint profile
    named (``evidence`` as in a verdict), and the IOCs inside that value."""
    out = []
    for match in item["reflex"]["matches"]:
        if profiles is None or not profiles.usual_rule(item["event"], int(match["rule_id"])):
            out.append(f"rule:{match['rule_id']}")
            break
    anomalous = next((e for e in evidence if e.get("stage") == "hpc_profile" and float(e.get("score", 0.0))
                      >= ANOMALOUS and isinstance(e.get("observed"), str)), None)
    if anomalous is None:
        return out
    value = str(anomalous["observed"])
    if fingerprint(value) is not None:  # long enough to mean one attack; named with where it was sent
        out.append(f"value:{fingerprint(str(anomalous.get('feature', '')) + '=' + value)}")
    if not with_iocs:
        return out
    iocs = [f"ioc:{kind}:{v}" for kind, values in sorted(ioc.extract({"payload": value}).items()) for v in values]
    return out + iocs[:MAX_IOCS]


def may_have_signatures(item: dict[str, Any], findings: Sequence[Finding]) -> bool:
    """False where ``signatures_of`` finds nothing: no reflex match and no endpoint-profile finding that reaches
    ANOMALOUS as its evidence rounds it. Checked on the findings, so the judgement builds no evidence for the
    events (nearly all) that carry no signature while some signature is under scrutiny."""
    return bool(item["reflex"]["matches"]) or any(
        f.stage == "hpc_profile" and round(f.score, 4) >= ANOMALOUS for f in findings)


class Correlator:
    def __init__(self, window_s: float = WINDOW_S, expansion_at: int = EXPANSION_AT,
                 coordinated_at: int = COORDINATED_AT) -> None:
        self.window_s = window_s
        self.expansion_at = expansion_at
        self.coordinated_at = coordinated_at
        self.sightings: dict[str, collections.deque[tuple[float, str, str]]] = {}
        self.raised: dict[str, int] = {}  # the level each signature's current campaign reached
        self.scrutiny: dict[str, float] = {}  # signature -> until when its events get a dendritic finding
        self.next_sweep = 0.0

    def scrutinised(self, signatures: Sequence[str], now: float) -> str | None:
        """The first of ``signatures`` under scrutiny after a clonal expansion, if any."""
        for signature in signatures:
            if self.scrutiny.get(signature, 0.0) >= now:
                return signature
        return None

    def sweep(self, now: float) -> None:
        """Forget signatures not seen within the window (once a window of event time, so amortised O(1) per
        sighting); at the cap, the longest-known tenth goes too, so that a flood sweeps once per many sightings."""
        stale = [s for s, seen in self.sightings.items() if not seen or seen[-1][0] < now - self.window_s]
        excess = len(self.sightings) - len(stale) - MAX_SIGNATURES * 9 // 10
        if len(self.sightings) >= MAX_SIGNATURES and excess > 0:
            gone = set(stale)
            stale += [s for s in self.sightings if s not in gone][:excess]
        for signature in stale:
            del self.sightings[signature]
            self.raised.pop(signature, None)
        self.scrutiny = {s: until for s, until in self.scrutiny.items() if until >= now}
        self.next_sweep = now + self.window_s

    def observe(self, signature: str, entity: str, event_id: str, ts: float) -> Verdict | None:
        """Record one sighting; a verdict when the signature crosses a threshold within the window."""
        if ts >= self.next_sweep or len(self.sightings) >= MAX_SIGNATURES:
            self.sweep(ts)
        seen = self.sightings.setdefault(signature, collections.deque())
        while seen and seen[0][0] < ts - self.window_s:
            seen.popleft()
        if not seen:  # the window emptied: a later campaign with this signature is news again
            self.raised.pop(signature, None)
        seen.append((ts, entity, event_id))
        entities = sorted({e for _, e, _ in seen})
        if len(entities) < 2:
            return None
        level = 2 if len(seen) >= self.coordinated_at else 1 if len(seen) >= self.expansion_at else 0
        if level <= self.raised.get(signature, 0):
            return None
        self.raised[signature] = level
        self.scrutiny = {s: until for s, until in self.scrutiny.items() if until >= ts}
        self.scrutiny[signature] = ts + SCRUTINY_S
        pattern = "coordinated attack" if level == 2 else "clonal expansion"
        severity = Severity.CRITICAL if level == 2 else Severity.HIGH
        shown = ", ".join(entities[:3]) + (f" (+{len(entities) - 3} more)" if len(entities) > 3 else "")
        return make_verdict(  # keyed by the campaign's first sighting: the same campaign at the same level
            "entity", "dendritic", f"{signature}|{level}|{seen[0][2]}", entity=f"signature:{signature}",
            kind="correlation", category="THREAT", final="MALICIOUS", severity=severity,
            confidence=0.9 if level == 2 else 0.75, score=0.95 if level == 2 else 0.8,
            title=f"{severity}: {pattern} of {signature} across {shown}",
            evidence=[{"stage": "dendritic", "score": 0.95 if level == 2 else 0.8,
                       "detail": f"{len(seen)} sightings on {len(entities)} entities in {self.window_s:.0f} s",
                       "entities": entities, "pattern": pattern}],
            action="block_signature" if level == 2 else "raise_scrutiny",
            status="ESCALATED" if level == 2 else "ACTIVE", event_ts=seen[0][0], ts=ts,
            evidence_event_ids=[event for _, _, event in seen])
