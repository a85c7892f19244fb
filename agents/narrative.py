"""Narrative filter: what an AI agent is up to, from its messages, actions and the agents it spawns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents import strategic
from agents.detector import Scored, State
from agents.types import Finding

THREAT_INTENTS: dict[str, re.Pattern[str]] = {
    "exfiltration": re.compile(
        r"\b(copy|export|dump|upload|send|transfer|move|sync)\b.{0,60}\b(table|database|db|records|customers?|"
        r"users|credentials|bucket|s3|external|personal)\b", re.I | re.S),
    "privilege_escalation": re.compile(
        r"\b(sudo|root|admin(istrator)? (rights|access)|escalat\w+|grant (myself|me)|chmod \+s|setuid)\b", re.I),
    "deception": re.compile(
        r"\b(quietly|secretly|trust me|don'?t tell|without (telling|asking)|hide (it|this)|cover (it|this) up|"
        r"no need to (log|report|mention))\b", re.I),
    "policy_evasion": re.compile(
        r"\b(bypass|disable|turn off|circumvent|get around|skip)\b.{0,30}\b(audit|log\w*|guard\w*|filter|policy|"
        r"review|approval|monitor\w*)\b", re.I | re.S),
    "sabotage": re.compile(r"\b(delete|wipe|destroy|corrupt|drop)\b.{0,30}\b(all|everything|backups?|prod\w*|"
                           r"database|table)\b|rm -rf", re.I | re.S),
}
COOPERATIVE = re.compile(r"\b(help|together|share|agree|assist|support|thanks|team|coordinate|let'?s)\b",
                         re.I)
COMPETITIVE = re.compile(r"\b(mine|instead of you|better than|take over|outperform|refuse|won'?t share|compete)\b",
                         re.I)
RISKY_ACTIONS = frozenset({"spawn", "exec", "write_external", "delete", "grant", "disable_audit", "upload"})


def classify(content: str) -> tuple[str, dict[str, float]]:
    """(intent, scores): the strongest threat intent if any, else COOPERATIVE/COMPETITIVE/NEUTRAL."""
    scores = {name: 1.0 for name, pattern in THREAT_INTENTS.items() if pattern.search(content)}
    if scores:
        return max(scores, key=lambda k: scores[k]).upper(), scores
    coop, comp = len(COOPERATIVE.findall(content)), len(COMPETITIVE.findall(content))
    if coop and comp:
        return "AMBIGUOUS", {}
    if coop:
        return "COOPERATIVE", {}
    if comp:
        return "COMPETITIVE", {}
    return "NEUTRAL", {}


class NarrativeFilter:
    """Per-agent state: intent counts, risky actions, spawned children; scores threat per message."""

    name = "narrative"
    kinds = frozenset({"agent_message"})

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed

    def fresh_state(self) -> State:
        return {"messages": 0, "intents": {}, "threat_messages": 0, "children": [], "risky_actions": 0,
                "strategic": strategic.fresh()}

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        for item in items:
            if item["event"]["kind"] == "agent_message":
                intent, _ = classify(item["event"]["agent_message"]["content"])
                state["messages"] += 1
                state["intents"][intent] = state["intents"].get(intent, 0) + 1

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        findings = []
        for item in items:
            event = item["event"]
            if event["kind"] != "agent_message":
                findings.append(Finding("narrative", 0.0, "not an agent message"))
                continue
            message = event["agent_message"]
            intent, threat_scores = classify(message["content"])
            semantic = item.get("semantic")
            if semantic is not None:
                intent = semantic["intent"]
            state["messages"] += 1
            state["intents"][intent] = state["intents"].get(intent, 0) + 1
            actions = [a for a in message.get("actions", []) if isinstance(a, dict)]
            risky = [a for a in actions if str(a.get("type", "")).lower() in RISKY_ACTIONS]
            state["risky_actions"] += len(risky)
            for action in actions:
                if str(action.get("type", "")).lower() == "spawn" and action.get("target"):
                    child = str(action["target"])
                    if child not in state["children"]:
                        state["children"] = [*state["children"], child][-32:]
            score = 0.0
            if threat_scores:
                state["threat_messages"] += 1
                score = 0.55 + 0.15 * min(3, len(threat_scores))
            if risky and (threat_scores or state["threat_messages"]):
                score = min(1.0, score + 0.2)
            if message.get("parent_agent_id") and threat_scores:
                score = min(1.0, score + 0.1)
            if semantic is not None and semantic["threat_score"] > score:
                score = semantic["threat_score"]
                threat_scores = {**threat_scores, semantic["threat_intent"].lower(): semantic["threat_score"]}
                if risky:
                    score = min(1.0, score + 0.1)
            strategic.observe(state.setdefault("strategic", strategic.fresh()), ts=float(event["ts"]),
                              message_id=message["message_id"], intent=intent,
                              confidence=float(semantic["confidence"]) if semantic else 0.5,
                              recipients=[str(r) for r in message.get("recipients", [])], actions=actions)
            targets = sorted({str(a["target"]) for a in actions if a.get("target")}) if threat_scores else []
            reason = ", ".join(sorted(threat_scores)) if threat_scores else f"intent {intent.lower()}"
            findings.append(Finding("narrative", score, reason, {
                "intent": intent, "threat_intents": sorted(threat_scores),
                "risky_actions": [a.get("type") for a in risky],
                "children": list(state["children"]), "message_id": message["message_id"], "targets": targets,
            }))
        return findings
