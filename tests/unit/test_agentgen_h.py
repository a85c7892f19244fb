"""Family ``H``, training text written apart from families A, B, D, E and the holdout: reproducible, every intent
and template, benign agents acting on parties they know, and none of the other families' phrasing (checked on
generated texts, so its author reads none of their templates)."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_d import FamilyD
from ops.agentgen_e import FamilyE
from ops.agentgen_f import FamilyF
from ops.agentgen_h import BENIGN, THREATS, FamilyH
from ops.agentgen_holdout import HoldoutGenerator
from tests.unit.phrases import every_template, shared_phrases

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_a_seed_gives_the_same_samples() -> None:
    assert FamilyH(3).batch(300) == FamilyH(3).batch(300)
    assert FamilyH(3).batch(300) != FamilyH(4).batch(300)


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyH(1).batch(9000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"H"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 140 and all(len(rows) >= 14 for rows in THREATS.values())
    assert all(not re.search(r"[{}]\w*[{}]", s.text) for s in samples)  # every slot filled
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES


def test_about_half_the_agents_have_history() -> None:
    samples = FamilyH(2).batch(4000)
    with_history = [s for s in samples if s.history]
    assert 0.4 < len(with_history) / len(samples) < 0.6
    assert all(not s.known for s in samples if not s.history)


PARTIES = ("name", "email", "kemail", "iban", "wallet", "url", "host", "phone")


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    def share(intent: str) -> float:
        rows = [s for s in FamilyH(5).batch(4000) if s.intent == intent and s.history and any(
            "{" + slot + "}" in (BENIGN if intent == "BENIGN" else THREATS[intent])[s.template][1] for slot in PARTIES)]
        return sum(any(k in s.text for k in s.known) for s in rows) / len(rows)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)


def test_no_six_word_phrase_is_shared_with_the_other_families() -> None:
    others = [*agentgen.Generator("A", seed=31).batch(3000), *agentgen.Generator("B", seed=31).batch(3000),
              *HoldoutGenerator(32).batch(3000), *FamilyD(34).batch(3000), *FamilyE(33).batch(3000),
              *FamilyF(36).batch(3000)]  # F measures the model trained on H: nothing of it may leak in
    shared = shared_phrases(FamilyH(35).batch(3000), others)
    assert not shared, shared[:40]
