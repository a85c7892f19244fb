"""B cell: adaptive memory. A payload confirmed malicious by the later layers, not by a reflex, becomes a
literal rule in a "learned reflexes" pack, so its second occurrence is caught in layer 1."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from agents.reflex import extract_values
from agents.verdict import Verdict

RULE_ID_BASE = 5_000_000
MIN_LITERAL = 6
MAX_LITERAL = 512
MALICIOUS_VALUE = 0.5
FIELD_OF_KIND = {"http": "http.args", "agent_message": "agent_message.content", "process": "process.cmdline"}


class NormalTraffic(Protocol):
    """What the endpoint profiles know of normal traffic (agents.profiles.EndpointProfiles)."""

    def seen_value(self, event: dict[str, Any], value: str) -> bool: ...

    def anomalous_value(self, event: dict[str, Any], value: str) -> bool: ...


@dataclasses.dataclass(frozen=True)
class Memory:
    fingerprint: str
    rule_id: int
    field: str
    literal: str
    category: str
    affinity: float


def memory_for(item: dict[str, Any], verdict: Verdict,
               score_values: Callable[[Sequence[str]], Sequence[float]],
               normal: NormalTraffic | None = None) -> Memory | None:
    """What to remember of a MALICIOUS event the reflex layer did not block: its value that is malicious on its
    own (``score_values``, the neutrophil's model, at least ``MALICIOUS_VALUE``). None when no value is — the
    verdict then came from context (shape, history), and a literal rule would block the innocent values. With
    ``normal`` (the endpoint profiles), only a value rare on its endpoint and never sent there by normal traffic
    is remembered: a reflex learned from a campaign must not fire on what the endpoint normally receives."""
    if verdict["final_verdict"] != "MALICIOUS" or item["reflex"]["decision"] in ("BLOCK", "BYPASSED"):
        return None  # a bypassed reflex layer did not miss the payload: it never looked
    event = item["event"]
    field = FIELD_OF_KIND.get(event["kind"])
    if field is None:
        return None
    candidates = [v for v in extract_values(event, field) if MIN_LITERAL <= len(v) <= MAX_LITERAL
                  and (normal is None or (normal.anomalous_value(event, v) and not normal.seen_value(event, v)))]
    if not candidates:
        return None
    score, literal = max(zip(score_values(candidates), candidates, strict=True))
    if score < MALICIOUS_VALUE:
        return None
    digest = hashlib.sha256(f"{field}|{literal}".encode()).hexdigest()
    return Memory(fingerprint=digest[:32], rule_id=RULE_ID_BASE + int(digest[:8], 16) % 1_000_000, field=field,
                  literal=literal, category=verdict.get("category", "THREAT").lower(),
                  affinity=float(verdict.get("score", 0.8)))


def learned_pack(memories: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The pack document for the memories still alive (the caller selects those)."""
    return {"name": "learned-reflexes", "version": 1, "rules": [
        {"id": int(m["rule_id"]), "name": f"learned {m['fingerprint'][:12]}", "pattern": re.escape(m["literal"]),
         "severity": "CRITICAL", "category": "learned",  # confirmed malicious before: blocked on sight
         "fields": [m["field"]], "transforms": [], "tags": [f"b-cell/{m['fingerprint']}"]}
        for m in memories]}


RETIREMENT_SQL = ("expires_at > now() AND NOT (feedbacks >= 10 AND false_positives::float / feedbacks > 0.1)")
"""A memory lives 365 days, and is retired once over 10% of at least 10 feedbacks said it was a false positive."""


def learned_rules_in(verdict: dict[str, Any]) -> list[int]:
    """The learned reflexes (rule ids from ``RULE_ID_BASE``) that fired in a verdict: what an operator's
    judgement of that verdict is feedback on."""
    rules = (r for e in verdict.get("evidence", []) if e.get("stage") == "reflex" for r in e.get("rules", []))
    return sorted({r for r in rules if isinstance(r, int) and r >= RULE_ID_BASE})
