"""Narrative layers 2 and 3: what an agent does over a day, alone and with its peers, and the verdicts for it."""

from __future__ import annotations

import itertools
import math
from typing import Any

from agents.verdict import Severity, Verdict, make_verdict

WINDOW_S = 24 * 3600.0
MAX_HISTORY = 200
MAX_TARGETS = 10_000  # targets and agents are named by the messages: memory is bounded however many arrive
MAX_AGENTS_PER_TARGET = 1_000
THREATS = ("EXFILTRATION", "PRIVILEGE_ESCALATION", "DECEPTION", "POLICY_EVASION", "SABOTAGE")
SAYS_HARMLESS = ("NEUTRAL", "COOPERATIVE")
COLOURS = {Severity.CRITICAL: "#d32f2f", Severity.HIGH: "#f57c00", Severity.MEDIUM: "#fbc02d",
           Severity.LOW: "#1976d2"}
HARMFUL_ACTIONS = frozenset({"delete", "upload", "write_external", "disable_audit", "grant", "exec"})


def fresh() -> dict[str, Any]:
    return {"history": [], "peers": {}, "raised": {}, "contradictions": []}


def observe(state: dict[str, Any], *, ts: float, message_id: str, intent: str, confidence: float,
            recipients: list[str], actions: list[dict[str, Any]]) -> None:
    """Record one message in the agent's 24-hour window, per peer it names."""
    history = [h for h in state["history"] if h[0] >= ts - WINDOW_S][-(MAX_HISTORY - 1):]
    history.append([ts, intent, confidence, message_id, recipients])
    state["history"] = history
    for peer in recipients:
        entry = state["peers"].setdefault(peer, {"named": 0, "coop": 0, "intents": {}})
        entry["named"] += 1
        entry["coop"] += int(intent == "COOPERATIVE")
        entry["intents"][intent] = entry["intents"].get(intent, 0) + 1
    harmful = [a for a in actions if str(a.get("type", "")).lower() in HARMFUL_ACTIONS]
    if harmful and intent in SAYS_HARMLESS:  # it says one thing and reports doing another
        state["contradictions"] = [*state["contradictions"], message_id][-20:]


def _mutual_information(state: dict[str, Any], peer: str) -> float:
    """I(intent; addressed to peer) over the agent's window, normalised by the intent entropy, in [0, 1]."""
    rows = state["history"]
    if len(rows) < 3:
        return 0.0
    joint: dict[tuple[str, bool], int] = {}
    for _, intent, _, _, recipients in rows:
        key = (intent, peer in recipients)
        joint[key] = joint.get(key, 0) + 1
    n = len(rows)
    p_intent: dict[str, float] = {}
    p_peer: dict[bool, float] = {}
    for (intent, to_peer), count in joint.items():
        p_intent[intent] = p_intent.get(intent, 0.0) + count / n
        p_peer[to_peer] = p_peer.get(to_peer, 0.0) + count / n
    mi = sum(c / n * math.log((c / n) / (p_intent[i] * p_peer[t])) for (i, t), c in joint.items())
    entropy = -sum(p * math.log(p) for p in p_intent.values())
    return min(1.0, mi / entropy) if entropy > 0 else 0.0


def patterns(state: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The seed's scores over the window: deception, inconsistency, and an alliance per peer."""
    rows = state["history"]
    intents = [r[1] for r in rows]
    found: dict[str, dict[str, Any]] = {}
    if len(rows) >= 2:
        switches = sum(1 for a, b in itertools.pairwise(intents) if {a, b} == {"COOPERATIVE", "COMPETITIVE"})
        deception = (0.3 * min(1.0, len(set(intents)) / 4) + 0.4 * (1 - sum(r[2] for r in rows) / len(rows))
                     + 0.3 * switches / (len(rows) - 1))
        if state["contradictions"]:
            deception = max(deception, 0.9)
        found["DECEPTION"] = {"score": round(deception, 4), "evidence": [r[3] for r in rows][-10:],
                              "contradictions": list(state["contradictions"])}
    if len(rows) >= 3:
        coop = intents.count("COOPERATIVE") / len(intents)
        comp = intents.count("COMPETITIVE") / len(intents)
        found["INCONSISTENCY"] = {"score": round(2 * min(coop, comp), 4), "evidence": [r[3] for r in rows][-10:]}
    for peer, entry in state["peers"].items():
        if entry["named"] >= 3:
            strength = entry["coop"] / entry["named"]
            found[f"ALLIANCE:{peer}"] = {"score": round(strength, 4), "peer": peer,
                                         "mi": round(_mutual_information(state, peer), 4),
                                         "evidence": [r[3] for r in rows if peer in r[4]][-10:]}
    return found


def allies(state: dict[str, Any]) -> list[str]:
    return sorted(k.split(":", 1)[1] for k, v in patterns(state).items() if k.startswith("ALLIANCE:")
                  and v["score"] >= 0.75)


def severity(deception: float, inconsistency: float, mi: float) -> Severity:
    worst = max(deception, inconsistency)
    if worst >= 0.9:
        return Severity.CRITICAL
    if worst >= 0.7 or mi >= 0.8:
        return Severity.HIGH
    if worst >= 0.5 or mi >= 0.6:
        return Severity.MEDIUM
    return Severity.LOW


def title(level: Severity, pattern: str, agents: list[str]) -> str:
    shown = ", ".join(agents[:3]) + (f" (+{len(agents) - 3} more)" if len(agents) > 3 else "")
    return f"{level}: {pattern.capitalize()} detected among {shown}"


def recommendation(level: Severity, pattern: str) -> str:
    if level == Severity.CRITICAL:
        return {"DECEPTION": "ISOLATE", "INCONSISTENCY": "SNAPSHOT_STATE"}.get(pattern, "REVOKE_ACCESS")
    if level == Severity.HIGH:
        return "INJECT_CONSTRAINT" if pattern == "COLLUSION" else "MUTE"
    return "MONITOR"


def pattern_verdict(agent: str, pattern: str, level: Severity, score: float, agents: list[str], evidence: list[str],
                    now: float, target: str | None = None) -> Verdict:
    """Keyed by the pattern, its agents, its target and level: each level of a pattern is raised once."""
    return make_verdict(
        "entity", "narrative", f"{pattern}|{'|'.join(sorted(agents))}|{target}|{level}", entity=agent,
        kind="agent_message", category=pattern,
        final="MALICIOUS" if level in (Severity.CRITICAL, Severity.HIGH) else "SUSPICIOUS", severity=level,
        confidence=round(min(1.0, max(score, 0.5)), 4), score=round(min(1.0, score), 4),
        title=title(level, pattern, agents),
        evidence=[{"stage": "narrative", "score": round(min(1.0, score), 4), "detail": pattern.lower()}],
        action=recommendation(level, pattern), status="ACTIVE", event_ts=now, ts=now, evidence_event_ids=evidence,
        agents_involved=agents, colour=COLOURS[level], target=target)


def new_verdicts(state: dict[str, Any], agent: str, now: float) -> list[Verdict]:
    """Entity-scope verdicts for patterns that crossed their flag since last time (each level once)."""
    found = patterns(state)
    out = []
    rules = {"DECEPTION": 0.65, "INCONSISTENCY": 0.7}
    for name, flag in rules.items():
        if name in found and found[name]["score"] >= flag:
            level = severity(found[name]["score"] if name == "DECEPTION" else 0.0,
                             found[name]["score"] if name == "INCONSISTENCY" else 0.0, 0.0)
            if state["raised"].get(name) != level:
                state["raised"][name] = level
                out.append(pattern_verdict(agent, name, level, found[name]["score"], [agent],
                                           found[name]["evidence"], now))
    for name, entry in found.items():
        if not name.startswith("ALLIANCE:") or entry["score"] < 0.75:
            continue
        level = severity(0.0, 0.0, entry["mi"])
        if level != Severity.LOW and state["raised"].get(name) != level:
            state["raised"][name] = level
            out.append(pattern_verdict(agent, "ALLIANCE", level, entry["mi"], sorted([agent, entry["peer"]]),
                                       entry["evidence"], now))
    return out


def collusion_verdict(target: str, sightings: list[dict[str, Any]], now: float) -> Verdict | None:
    """An alliance whose members both aim threats at ``target`` (sightings: agent, allies, message ids)."""
    agents = {s["agent"] for s in sightings}
    allied = sorted({a for s in sightings for a in s["allies"] if a in agents} |
                    {s["agent"] for s in sightings if set(s["allies"]) & agents})
    if len(allied) < 2:
        return None
    evidence = [m for s in sightings if s["agent"] in allied for m in s["messages"]]
    return pattern_verdict(allied[0], "COLLUSION", Severity.HIGH, 0.9, allied, evidence, now, target=target)


class CollusionWatch:
    """Per target, the agents that aimed threats at it in the window; raises each allied group once a window."""

    def __init__(self) -> None:
        self.sightings: dict[str, list[dict[str, Any]]] = {}
        self.raised: dict[str, set[tuple[str, ...]]] = {}  # per target, the groups raised while its window lasts
        self.next_sweep = 0.0

    def sweep(self, now: float) -> None:
        """Forget targets nobody aimed at within the window; at the cap, the longest-known tenth goes too."""
        stale = [t for t, seen in self.sightings.items() if max(s["ts"] for s in seen) < now - WINDOW_S]
        excess = len(self.sightings) - len(stale) - MAX_TARGETS * 9 // 10
        if len(self.sightings) >= MAX_TARGETS and excess > 0:
            gone = set(stale)
            stale += [t for t in self.sightings if t not in gone][:excess]
        for target in stale:
            del self.sightings[target]
            self.raised.pop(target, None)
        self.next_sweep = now + WINDOW_S

    def observe(self, payload: dict[str, Any], ts: float) -> Verdict | None:
        if ts >= self.next_sweep or len(self.sightings) >= MAX_TARGETS:
            self.sweep(ts)
        target = payload["target"]
        seen = [s for s in self.sightings.get(target, []) if s["ts"] >= ts - WINDOW_S]
        if not seen:  # the window emptied: the same alliance aiming at it again is news again
            self.raised.pop(target, None)
        mine = next((s for s in seen if s["agent"] == payload["agent"]), None)
        if mine is None:
            mine = {"agent": payload["agent"], "allies": [], "messages": [], "ts": ts}
            seen = [*seen[-(MAX_AGENTS_PER_TARGET - 1):], mine]
        mine["allies"] = sorted(set(mine["allies"]) | set(payload.get("allies", [])))
        mine["messages"] = [*mine["messages"], payload.get("message")][-10:]
        mine["ts"] = ts
        self.sightings[target] = seen
        verdict = collusion_verdict(target, seen, ts)
        if verdict is None:
            return None
        raised = self.raised.setdefault(target, set())
        group = tuple(verdict["agents_involved"])
        if group in raised:
            return None
        raised.add(group)
        return verdict
