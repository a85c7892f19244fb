"""Family ``E``, training text written apart from families A, B and C: reproducible, every intent and template,
and none of their phrasing (checked on generated texts, so its author reads neither their templates nor C's)."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_e import BENIGN, THREATS, FamilyE
from tests.unit.phrases import every_template, known_share


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyE(1).batch(8000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"E"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 120 and all(len(rows) >= 12 for rows in THREATS.values())
    assert all(not re.search(r"[{}]\w*[{}]", s.text) for s in samples)  # every slot filled


PARTIES = ("name", "email", "kemail", "iban", "wallet", "url", "host", "phone")


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyE(5).batch(4000)

    def share(intent: str) -> float:
        return known_share(samples, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
