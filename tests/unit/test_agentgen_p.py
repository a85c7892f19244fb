"""Family P (tasks typed to a personal assistant acting on a user's accounts): reproducible, every template drawn
and filled, context simulated as the family docs ask."""

from __future__ import annotations

import re

import pytest

from ops.agentgen import INTENTS, THREAT_INTENTS, Sample
from ops.agentgen_p import BENIGN, PARTIES, SLOTS, THREATS, FamilyP
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return FamilyP(5).batch(12000)


def test_template_sizes_and_domains() -> None:
    assert set(THREATS) == set(THREAT_INTENTS)
    assert all(len(rows) >= 16 for rows in THREATS.values())
    assert len(BENIGN) >= 170
    benign_domains = {domain for domain, _ in BENIGN}
    threat_domains = {domain for rows in THREATS.values() for domain, _ in rows}
    assert len(benign_domains) >= 15
    assert threat_domains <= benign_domains  # topic alone must not give the class away
    used = {slot for rows in [BENIGN, *THREATS.values()] for _, text in rows for slot in re.findall(r"\{(\w+)\}",
                                                                                                       text)}
    assert used == set(SLOTS)
    assert set(PARTIES) <= set(SLOTS)


def test_every_intent_and_template_is_drawn_and_filled(samples: list[Sample]) -> None:
    assert {s.intent for s in samples} == set(INTENTS)
    assert {(s.intent, s.template) for s in samples} == every_template(BENIGN, THREATS)
    for s in samples:
        assert not re.search(r"\{[a-z_0-9]+\}", s.text), s.text
        assert s.split == "P"
        rows = BENIGN if s.intent == "BENIGN" else THREATS[s.intent]
        assert s.domain == rows[s.template][0]


def test_actions_are_known_types_and_never_empty(samples: list[Sample]) -> None:
    for s in samples:
        assert 1 <= len(s.actions) <= 3
        assert {kind for kind, _ in s.actions} <= ACTION_TYPES
        assert all(target for _, target in s.actions)
    kinds = {kind for s in samples for kind, _ in s.actions}
    assert kinds == ACTION_TYPES  # every type is reported by some template


def test_history_and_known(samples: list[Sample]) -> None:
    with_history = [s for s in samples if s.history]
    assert 0.4 < len(with_history) / len(samples) < 0.6
    assert all(1 <= s.history <= 600 and s.known for s in with_history)
    assert all(s.known == [] for s in samples if not s.history)


def test_benign_agents_mostly_know_their_parties_and_threats_rarely(samples: list[Sample]) -> None:
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent in THREAT_INTENTS:
        share = known_share(samples, intent, THREATS[intent], PARTIES)
        assert 0 < share < benign / 2, intent
