"""Macrophage: per-entity suspicion with time decay, engulfed targets and the seed's signals."""

from __future__ import annotations

import math
from collections.abc import Sequence

from agents.detector import ALL_KINDS, INVESTIGATES, NEUTRAL, NOTHING, Earlier, Scored, State
from agents.neuromodulation import Modulation
from agents.types import Finding

HALF_LIFE_S = 300.0
MAX_ENGULFED = 64
MAX_PORTS = 64
CARRIED_SHARE = 0.3
USUAL_PROTOCOLS = frozenset({"tcp", "udp", "http", "https", "dns", "tls", "icmp"})
TUMBLING_S = 60.0
HOPPING_BUCKETS = 5  # a five-minute window hopping every minute, kept as its five one-minute tumbling buckets
REPEATED_THREATS = 3
BURST_FACTOR, BURST_MIN = 10.0, 50


def count_windows(state: State, ts: float, threat: bool) -> tuple[int, float, int]:
    """Add one event to the entity's one-minute buckets; (events this minute, mean events per earlier minute,
    threats in the last five minutes). A late event counts in its own minute if that is still kept."""
    minute = int(ts // TUMBLING_S)
    buckets = state["buckets"]  # sorted by minute
    newest = max(minute, buckets[-1][0]) if buckets else minute
    if buckets and buckets[0][0] <= newest - HOPPING_BUCKETS:
        buckets = [b for b in buckets if b[0] > newest - HOPPING_BUCKETS]
    bucket = next((b for b in buckets if b[0] == minute), None)
    if bucket is None and minute > newest - HOPPING_BUCKETS:
        bucket = [minute, 0, 0]
        buckets = sorted([*buckets, bucket])
    if bucket is not None:
        bucket[1] += 1
        bucket[2] += int(threat)
    state["buckets"] = buckets
    current = bucket[1] if bucket is not None else 0
    earlier = [b[1] for b in buckets if b[0] < minute]
    return current, sum(earlier) / len(earlier) if earlier else 0.0, sum(b[2] for b in buckets)


def _target(item: Scored) -> str | None:
    """What an engulfed threat is remembered as. For a request, the rule that caught it on its path: the
    entity's next normal request to that page has no such mark, only a repeat of the attack does."""
    event = item["event"]
    if event["kind"] == "network":
        return f"{event['network']['dst_ip']}:{event['network']['dst_port']}"
    if event["kind"] == "http":
        matches = item.get("reflex", {}).get("matches", [])
        if not matches:
            return None
        return f"{str(event['http']['uri']).partition('?')[0]} rule:{matches[0]['rule_id']}"
    if event["kind"] == "process":
        return str(event["process"]["name"])
    return None


class Macrophage:
    """Accumulates evidence per entity; investigates at ``0.6 × sensitivity`` (× arousal's threshold scale)."""

    name = "macrophage"
    stage = "macrophage"
    kinds: frozenset[str]  # set per instance: mypyc compiles no class attribute but a literal
    reads: tuple[str, ...]
    feeds: frozenset[str]

    def __init__(self, sensitivity: float = 1.0) -> None:
        self.kinds = ALL_KINDS  # evidence about an entity accumulates whatever it sends
        self.reads = ()
        self.feeds = frozenset({INVESTIGATES})
        self.sensitivity = sensitivity

    def fresh_state(self) -> State:
        return {"suspicion": 0.0, "last_ts": None, "engulfed": [], "ports": [], "events": 0, "threats": 0,
                "buckets": []}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        for item in items:
            self._observe(item, state, suspicious=False)

    def _observe(self, item: Scored, state: State, suspicious: bool) -> list[tuple[str, float]]:
        """Decay the standing suspicion, then add this event's signals (when ``suspicious``)."""
        event = item["event"]
        ts = float(event["ts"])
        if state["last_ts"] is not None and ts > state["last_ts"]:
            state["suspicion"] *= math.exp(-math.log(2) * (ts - state["last_ts"]) / HALF_LIFE_S)
        state["last_ts"] = max(ts, state["last_ts"] or ts)
        state["events"] += 1
        signals: list[tuple[str, float]] = []
        reflex = item.get("reflex", {})
        target = _target(item)
        if reflex.get("decision") == "BLOCK":
            signals.append(("known threat", 0.8))
        elif reflex.get("decision") == "INVESTIGATE":
            signals.append(("reflex investigate", 0.2))
        if target is not None and target in state["engulfed"]:
            signals.append(("previously engulfed", 0.9))
        neutrophil = float(item.get("neutrophil", {}).get("score", 0.0))
        if neutrophil >= 0.5:
            signals.append(("neutrophil", 0.5 * neutrophil))
        state.setdefault("buckets", [])  # states saved before the windows existed
        threat = reflex.get("decision") == "BLOCK" or neutrophil >= 0.5
        this_minute, usual, recent_threats = count_windows(state, ts, threat)
        if threat and recent_threats >= REPEATED_THREATS:  # a repeat offender's threat, not its every request
            signals.append(("repeated threats", 0.3))
        if usual and this_minute >= max(BURST_MIN, BURST_FACTOR * usual):
            signals.append(("event burst", 0.2))
        if event["kind"] == "network":
            net = event["network"]
            port = int(net["dst_port"])
            if state["events"] > 5 and port not in state["ports"]:
                signals.append(("unusual port", 0.3))
            if port > 49152:
                signals.append(("ephemeral port", 0.1))
            if int(net.get("bytes_out", 0)) > 10 * 1024 * 1024:
                signals.append(("large transfer", 0.2))
            if str(net.get("protocol", "tcp")).lower() not in USUAL_PROTOCOLS:
                signals.append(("unusual protocol", 0.2))
            if port not in state["ports"]:
                state["ports"] = ([*state["ports"], port])[-MAX_PORTS:]
        if suspicious:
            state["suspicion"] = min(1.0, state["suspicion"] + sum(w for _, w in signals))
            if signals and target is not None and reflex.get("decision") == "BLOCK" and target not in state["engulfed"]:
                state["engulfed"] = [*state["engulfed"], target][-MAX_ENGULFED:]
                state["threats"] += 1
        return signals

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        """An event scores its own signals plus a share of the entity's standing suspicion."""
        findings = []
        for item in items:
            before = state["suspicion"]
            signals = self._observe(item, state, suspicious=True)
            suspicion = state["suspicion"]
            own = sum(weight for _, weight in signals)
            investigate = suspicion >= 0.6 * self.sensitivity * modulation.threshold_scale
            reason = ", ".join(name for name, _ in signals) if signals else "no signal"
            findings.append(Finding("macrophage", min(1.0, own + CARRIED_SHARE * before), reason,
                                    {"suspicion": round(suspicion, 4), "investigate": investigate,
                                     "engulfed": len(state["engulfed"])}))
        return findings
