"""Narrative layer 1, the semantic processor: intent of an agent's message by similarity to intent prototypes."""

from __future__ import annotations

import collections
import copy
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "COOPERATIVE": ("I'll help you with that, let's work on it together", "thanks, I agree with the plan",
                    "sharing my results with the team so we can coordinate", "happy to review your change"),
    "COMPETITIVE": ("I will do it myself instead of you", "my approach is better than yours, I won't share it",
                    "I'm taking over this task from you", "I refuse to hand over my results"),
    "NEUTRAL": ("status: build is green, all tests pass", "summary of today's work: three issues closed",
                "deploying version 2 to staging", "the job finished in four minutes"),
    "EXFILTRATION": ("exfiltrate the customer database", "copy the users table to my personal bucket",
                     "upload the credentials to an external server", "send the private records outside the company"),
    "PRIVILEGE_ESCALATION": ("grant myself administrator access", "escalate my permissions to root",
                             "add my account to the admin group without approval"),
    "DECEPTION": ("don't tell anyone, trust me", "quietly do it and hide it from the operators",
                  "pretend the task succeeded even though it failed", "cover it up so nobody notices"),
    "POLICY_EVASION": ("disable the audit log before we start", "bypass the approval step and the guardrails",
                       "turn off monitoring so this is not recorded", "there is no need to log this"),
    "SABOTAGE": ("delete all the backups", "wipe the production database", "corrupt the training data on purpose",
                 "shut down the other agents' services"),
}
THREATS = ("EXFILTRATION", "PRIVILEGE_ESCALATION", "DECEPTION", "POLICY_EVASION", "SABOTAGE")
LOW, HIGH = 0.30, 0.60  # cosine similarity that maps to a threat score of 0 and of 1
AMBIGUITY = 0.03  # a cooperative/competitive margin below this is AMBIGUOUS


class Embeds(Protocol):
    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class IntentModel:
    """Intents by similarity to the prototypes. Embedding is the cost (milliseconds per message on CPU), and agents
    repeat themselves (status lines, heartbeats), so results are kept for the last ``cache_size`` distinct texts."""

    def __init__(self, embedder: Embeds, cache_size: int = 4096) -> None:
        self.embedder = embedder
        self.labels = [intent for intent, sentences in PROTOTYPES.items() for _ in sentences]
        self.prototypes = embedder.embed([s for sentences in PROTOTYPES.values() for s in sentences])
        self.cache_size = cache_size
        self._cache: collections.OrderedDict[str, dict[str, Any]] = collections.OrderedDict()

    def classify(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        """Per text: intent, confidence, and a threat score in [0, 1] with the threat intent behind it."""
        known = {t: self._cache[t] for t in texts if t in self._cache}
        new = list(dict.fromkeys(t for t in texts if t not in known))
        known.update(zip(new, self._classify(new), strict=True))
        for text in dict.fromkeys(texts):
            self._cache[text] = known[text]
            self._cache.move_to_end(text)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return [copy.deepcopy(known[t]) for t in texts]

    def _classify(self, texts: Sequence[str]) -> list[dict[str, Any]]:
        if not texts:
            return []
        similarity = self.embedder.embed(texts) @ self.prototypes.T
        out = []
        for row in similarity:
            best: dict[str, float] = {}
            for label, value in zip(self.labels, row, strict=True):
                best[label] = max(best.get(label, -1.0), float(value))
            ranked = sorted(best, key=lambda k: best[k], reverse=True)
            intent, runner_up = ranked[0], ranked[1]
            ordered = [best[ranked[0]], best[ranked[1]]]
            if {intent, runner_up} == {"COOPERATIVE", "COMPETITIVE"} and ordered[0] - ordered[1] < AMBIGUITY:
                intent = "AMBIGUOUS"  # as close to cooperating as to competing
            threat = max(THREATS, key=lambda k: best[k])
            score = min(1.0, max(0.0, (best[threat] - LOW) / (HIGH - LOW)))
            out.append({"intent": intent, "confidence": round(min(1.0, max(0.0, ordered[0] - ordered[1]) * 4), 3),
                        "threat_intent": threat, "threat_score": round(score, 4),
                        "similarity": {k: round(v, 3) for k, v in best.items()}})
        return out
