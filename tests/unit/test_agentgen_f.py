"""Family ``F``, agent messages written blind to the narrative classifier and to families A, B, C, D and E:
reproducible, every intent and template, context that tells benign agents from malicious ones only on the whole, and
none of the other families' phrasing (checked on generated texts, so its author read none of their templates)."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_f import BENIGN, PARTY_SLOTS, THREATS, FamilyF
from tests.unit.phrases import every_template, known_share


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyF(1).batch(9000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"F"}
    assert set(THREATS) == set(agentgen.THREAT_INTENTS)
    assert {(s.intent, s.template) for s in samples} == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 140 and all(len(rows) >= 14 for rows in THREATS.values())
    assert all(not re.search(r"[{}]\w*[{}]", s.text) for s in samples)  # every slot filled
    assert all(s.actions and all(kind in ACTION_TYPES for kind, _ in s.actions) for s in samples)


ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyF(5).batch(4000)

    def share(intent: str) -> float:
        return known_share(samples, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTY_SLOTS)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
    assert all(not s.known for s in samples if not s.history)
