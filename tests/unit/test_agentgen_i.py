"""Family ``I``, a consumer personal assistant's messages written apart from families A, B, C, D and E:
reproducible, every intent and template, and none of their phrasing (checked on generated texts, so its author
reads none of their templates)."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_i import BENIGN, PARTIES, THREATS, FamilyI
from tests.unit.phrases import every_template, known_share


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyI(1).batch(9000)
    assert set(THREATS) == set(agentgen.THREAT_INTENTS)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"I"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 140 and all(len(rows) >= 14 for rows in THREATS.values())
    assert all(not re.search(r"[{}]\w*[{}]", s.text) for s in samples)  # every slot filled


ACTIONS = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_agents_report_known_kinds_of_action_and_half_have_history() -> None:
    samples = FamilyI(2).batch(4000)
    assert all(s.actions and {kind for kind, _ in s.actions} <= ACTIONS for s in samples)
    assert 0.4 < sum(bool(s.history) for s in samples) / len(samples) < 0.6
    assert all(s.known == [] for s in samples if not s.history)


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyI(5).batch(4000)

    def share(intent: str) -> float:
        return known_share(samples, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
