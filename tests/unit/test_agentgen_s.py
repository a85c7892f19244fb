"""Family S (back-office agents): enough templates and domains, its verbs read as actions, and context (history, known
parties) plausible without giving the intent away; what every family keeps is tests/unit/test_family_contract.py."""

from __future__ import annotations

from ops.agentgen_s import BENIGN, PARTIES, THREATS, FamilyS, actions_for
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HEAVY = ("POLICY_EVASION", "FRAUD", "SABOTAGE")  # where the classifier was weakest, so written at twice the count


def test_enough_templates_and_domains() -> None:
    assert all(len(rows) >= (32 if intent in HEAVY else 18) for intent, rows in THREATS.items())
    assert len(BENIGN) >= 200
    benign_domains = {domain for domain, _ in BENIGN}
    assert len(benign_domains) >= 15


def test_actions_are_known_types_and_never_empty() -> None:
    samples = FamilyS(8).batch(3000)
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)


def test_actions_follow_the_template_verbs_and_slot_values() -> None:
    values = {"iban": "GB11 2222", "email": "x@y.example"}
    assert actions_for("pay it to {iban}, then email {email}", values, "payables") == [
        ("transfer", "GB11 2222"), ("email", "x@y.example")]
    assert actions_for("look at the ledger", {}, "treasury") == [("api_call", "treasury")]


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyS(10).batch(12000)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
