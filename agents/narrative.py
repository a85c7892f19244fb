"""Narrative filter: what an AI agent is up to, from its messages, actions and the agents it spawns.

The semantic layer (``agents/semantic.py``) gives each message's share of the threat classifier's logits; this cell
adds the agent's context (destinations it has used before), scores, explains, and keeps the agent's history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from agents import strategic
from agents.detector import AIMS, NEUTRAL, NOTHING, Earlier, Scored, State
from agents.neuromodulation import Modulation
from agents.semantic import (
    CONTEXT,
    FEATURES,
    RISKY_ACTIONS,
    ThreatModel,
    context_features,
    destinations,
    text_features,
)
from agents.types import Finding

MAX_KNOWN = 256  # destinations remembered per agent (the most recently used)
DRIVERS = 4  # features named in a finding's explanation
PASSAGE_SHOWN = 300  # characters of the passage behind an alert kept in its evidence
# A message more likely a threat than not names the targets it acts on for the collusion check, which needs two
# allied agents aiming at the same target: weaker evidence per message than an alert, combined.
AIM = 0.5


class NarrativeFilter:
    """Per-agent state: messages seen, destinations used, intent counts, risky actions, spawned children."""

    name = "narrative"
    stage = "narrative"
    kinds = frozenset({"agent_message"})
    reads: tuple[str, ...] = ()
    feeds = frozenset({AIMS})

    def __init__(self, model: ThreatModel | None = None) -> None:
        self.model = model or ThreatModel.load()
        # each intent's weights over benign's, for the explanation (one row per intent, computed once)
        features = self.model.text[:, -len(FEATURES):]
        self._feature_push = features - features[0]
        self._context_push = self.model.context - self.model.context[0]

    def fresh_state(self) -> State:
        return {"messages": 0, "intents": {}, "threat_messages": 0, "children": [], "risky_actions": 0,
                "known": [], "parties": [], "strategic": strategic.fresh()}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        for item in items:
            if item["event"]["kind"] == "agent_message":
                message = item["event"]["agent_message"]
                state["messages"] += 1
                self._remember(state, self._destinations(message, item.get("semantic")), message)

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        return [self._score(item, state) if item["event"]["kind"] == "agent_message"
                else Finding(self.name, 0.0, "not an agent message") for item in items]

    @staticmethod
    def _destinations(message: dict[str, Any], semantic: dict[str, Any] | None) -> list[str]:
        found = list(semantic["destinations"]) if semantic and "destinations" in semantic else \
            destinations(str(message["content"]))
        found += [t for t in (NarrativeFilter._target(a) for a in message.get("actions", []) if isinstance(a, dict))
                  if t]
        return list(dict.fromkeys(found))

    @staticmethod
    def _target(action: dict[str, Any]) -> str:
        """An action's target as a destination (normalised like those in text), or '' when it has none."""
        target = str(action.get("target") or "")
        return (destinations(target) or [target.lower()[:200]])[0] if target else ""

    @staticmethod
    def _remember(state: State, found: list[str], message: dict[str, Any]) -> None:
        state["known"] = [*[k for k in state.setdefault("known", []) if k not in found], *found][-MAX_KNOWN:]
        parties = [str(p) for p in (*message.get("recipients", []), message.get("parent_agent_id") or "") if p]
        state["parties"] = [*[p for p in state.setdefault("parties", []) if p not in parties], *parties][-MAX_KNOWN:]

    def _score(self, item: Scored, state: State) -> Finding:
        event = item["event"]
        message = event["agent_message"]
        content = str(message["content"])
        semantic = item.get("semantic")
        found = self._destinations(message, semantic)
        actions = [a for a in message.get("actions", []) if isinstance(a, dict)]
        targets_of = [(str(a.get("type", "")), self._target(a)) for a in actions]
        read = semantic if semantic is not None and "logits" in semantic else None  # None: the model failed
        with_model = read is not None
        features = np.asarray(read["features"] if read is not None else text_features(content), dtype=np.float32)
        context = np.asarray(context_features(features.tolist(), found, set(state.get("known", [])),
                                              int(state["messages"]), targets_of), dtype=np.float32)
        logits = np.asarray(read["logits"], dtype=np.float32) if read is not None else \
            self.model.fallback_logits(features, content)
        p = self.model.probabilities(logits, context)
        top = 1 + int(np.argmax(p[1:]))
        p_threat = float(1.0 - p[0])
        threat = p_threat >= self.model.threshold
        threat_intent = self.model.intents[top]
        intent = threat_intent if threat else semantic["intent"] if semantic is not None and \
            semantic["intent"] not in self.model.intents else "NEUTRAL"
        score = self.model.score(p_threat)

        state["messages"] += 1
        state["intents"][intent] = state["intents"].get(intent, 0) + 1
        risky = [a for a in actions if str(a.get("type", "")).lower() in RISKY_ACTIONS]
        state["risky_actions"] += len(risky)
        for action in actions:
            if str(action.get("type", "")).lower() == "spawn" and action.get("target"):
                child = str(action["target"])
                if child not in state["children"]:
                    state["children"] = [*state["children"], child][-32:]
        if threat:
            state["threat_messages"] += 1
        else:  # only destinations of messages judged harmless become the agent's usual ones
            self._remember(state, found, message)
        strategic.observe(state.setdefault("strategic", strategic.fresh()), ts=float(event["ts"]),
                          message_id=message["message_id"], intent=intent,
                          confidence=float(semantic["confidence"]) if semantic else 0.5,
                          recipients=[str(r) for r in message.get("recipients", [])], actions=actions)
        targets = sorted({str(a["target"]) for a in actions if a.get("target")}) if p_threat >= AIM else []
        drivers = self._drivers(features, context, top)
        # the words behind an alert, for the operator; only for threats, the rare case, as it re-reads the text
        # the part of a long message that scored (``semantic.passages``): its words, and the operator sees it
        passage = str(read.get("passage") or "") if read is not None else ""
        phrases = self.model.phrases(passage or content, top) if threat and with_model else []
        explained = [*drivers, *(f'"{p}"' for p in phrases)]
        reason = f"{threat_intent.lower()} {p_threat:.2f}" + (f" ({', '.join(explained)})" if explained else "") \
            if threat else f"intent {intent.lower()}, threat {p_threat:.2f}"
        return Finding(self.name, score, reason, {
            "intent": intent, "threat_intent": threat_intent, "threat_probability": round(p_threat, 4),
            "threat_intents": [threat_intent.lower()] if threat else [], "drivers": drivers, "phrases": phrases,
            "passage": passage[:PASSAGE_SHOWN] if threat else "", "destinations": found[:8],
            "new_destination": bool(context[0]),
            "model": self.model.version if with_model else f"{self.model.version} (without the embedding)",
            "risky_actions": [a.get("type") for a in risky], "children": list(state["children"]),
            "message_id": message["message_id"], "targets": targets,
        })

    def _drivers(self, features: np.ndarray, context: np.ndarray, intent: int) -> list[str]:
        """The explicit features pushing most towards the top threat intent over benign (embedding aside)."""
        push = np.concatenate([features * self._feature_push[intent], context * self._context_push[intent]])
        return [_NAMES[i] for i in np.argsort(-push)[:DRIVERS] if push[i] > 0.05]


_NAMES = (*FEATURES, *CONTEXT)
