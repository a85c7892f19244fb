"""Family M (customer-facing and back-office business agents; partial): reproducible, complete and
context-simulating."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ops import agentgen
from ops.agentgen import INTENTS, THREAT_INTENTS
from ops.agentgen_m import BENIGN, PARTIES, SLOTS, THREATS, FamilyM
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")
PARTY_RE = re.compile(r"\{(" + "|".join(PARTIES) + r")\}")


@pytest.fixture(scope="module")
def big() -> list[agentgen.Sample]:
    return FamilyM(7).batch(6000)


def test_same_seed_same_samples_other_seed_other() -> None:
    assert FamilyM(5).batch(200) == FamilyM(5).batch(200)
    assert [s.text for s in FamilyM(5).batch(200)] != [s.text for s in FamilyM(6).batch(200)]


def test_template_counts_and_domains() -> None:
    assert set(THREATS) == set(THREAT_INTENTS)
    assert all(len(rows) >= 8 for rows in THREATS.values())
    assert len(BENIGN) >= 55
    domains = {d for d, _ in BENIGN}
    assert len(domains) >= 15
    assert {d for rows in THREATS.values() for d, _ in rows} <= domains
    templates = [t for _, t in BENIGN] + [t for rows in THREATS.values() for _, t in rows]
    assert len(set(templates)) == len(templates)
    assert {name for t in templates for name in SLOT_RE.findall(t)} <= set(SLOTS)


def test_every_intent_and_template_drawn_and_filled(big: list[agentgen.Sample]) -> None:
    assert {s.intent for s in big} == set(INTENTS)
    assert {(s.intent, s.template) for s in big} == every_template(BENIGN, THREATS)
    assert not [s.text for s in big if SLOT_RE.search(s.text)]
    assert {s.split for s in big} == {"M"}
    counts = Counter(s.intent for s in big)
    assert 0.45 < counts["BENIGN"] / len(big) < 0.55


def test_actions_and_history(big: list[agentgen.Sample]) -> None:
    assert all(1 <= len(s.actions) <= 3 for s in big)
    assert {kind for s in big for kind, _ in s.actions} <= ACTION_TYPES
    # a target is a value the message names, else the domain the agent works in
    assert all(target == s.domain or target in s.text for s in big for _, target in s.actions)
    assert any(kind == "transfer" and target.startswith(("GB", "DE", "LT", "PT", "NL", "IE", "EE", "PL", "ES", "FR"))
               for s in big for kind, target in s.actions)
    with_history = [s for s in big if s.history]
    assert 0.4 < len(with_history) / len(big) < 0.6
    assert all(1 <= s.history <= 600 and s.known for s in with_history)
    assert all(s.known == [] for s in big if s.history == 0)


def test_benign_agents_mostly_know_their_parties(big: list[agentgen.Sample]) -> None:
    def share(intent: str) -> float:
        return known_share(big, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
