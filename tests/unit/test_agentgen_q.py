"""Family Q (agents at work, agents talking to agents): enough templates and domains, its verbs read as actions, and
context (history, known parties) plausible without giving the intent away; what every family keeps is
tests/unit/test_family_contract.py."""

from __future__ import annotations

from ops.agentgen_q import BENIGN, PARTIES, THREATS, FamilyQ
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_enough_templates_and_domains() -> None:
    assert all(len(rows) >= 16 for rows in THREATS.values())
    assert len(BENIGN) >= 170
    benign_domains = {domain for domain, _ in BENIGN}
    assert len(benign_domains) >= 15


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
