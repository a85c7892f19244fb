"""Family Q (agents at work, agents talking to agents): deterministic, every template reachable, slots filled, and
context (history, known parties, reported actions) plausible without giving the intent away."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_q import BENIGN, PARTIES, SLOTS, THREATS, FamilyQ
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_every_intent_and_template_is_drawn_with_slots_filled() -> None:
    samples = FamilyQ(33).batch(8000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS)
    assert {(s.intent, s.template) for s in samples} == every_template(BENIGN, THREATS)
    assert all(s.split == "Q" for s in samples)
    unfilled = [s.text for s in samples if re.search(r"\{\w+\}", s.text)]
    assert not unfilled, unfilled[:3]


def test_templates_name_only_known_slots_and_enough_of_them() -> None:
    assert set(THREATS) == set(agentgen.THREAT_INTENTS)
    assert all(len(rows) >= 16 for rows in THREATS.values())
    assert len(BENIGN) >= 170
    used = {name for rows in [BENIGN, *THREATS.values()] for _, t in rows for name in re.findall(r"\{(\w+)\}", t)}
    assert used <= set(SLOTS)
    assert set(PARTIES) <= set(SLOTS)
    benign_domains = {domain for domain, _ in BENIGN}
    assert len(benign_domains) >= 15
    assert {domain for rows in THREATS.values() for domain, _ in rows} <= benign_domains


def test_context_is_plausible_not_a_giveaway() -> None:
    samples = FamilyQ(33).batch(8000)
    assert all(s.actions and len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} <= ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)
    assert 0.4 < sum(bool(s.history) for s in samples) / len(samples) < 0.6
    assert all(s.known == [] for s in samples if not s.history)
    assert all(1 <= s.history <= 600 and s.known for s in samples if s.history)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
