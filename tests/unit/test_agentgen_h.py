"""Family ``H``, training text written apart from families A, B, D, E and the holdout: reproducible, every intent
and template, benign agents acting on parties they know, and none of the other families' phrasing (checked on
generated texts, so its author reads none of their templates)."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_h import BENIGN, THREATS, FamilyH
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyH(1).batch(9000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"H"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 140 and all(len(rows) >= 14 for rows in THREATS.values())
    assert all(not re.search(r"[{}]\w*[{}]", s.text) for s in samples)  # every slot filled
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES


PARTIES = ("name", "email", "kemail", "iban", "wallet", "url", "host", "phone")


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyH(5).batch(4000)

    def share(intent: str) -> float:
        return known_share(samples, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
