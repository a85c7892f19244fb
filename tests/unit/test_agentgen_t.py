"""Family T (alarming-sounding security and IT work, and threats in the same words): enough templates and domains, its
verbs read as actions, and context (history, known parties) plausible without giving the intent away; what every
family keeps is tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

from ops.agentgen_t import BENIGN, PARTIES, THREATS, FamilyT, actions_for
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HEAVY = ("POLICY_EVASION", "FRAUD", "SABOTAGE")  # where the classifier was weakest, so written at twice the count
HOST_WORDS = ("tallowgate", "tallowmere", "tallowfen", "tallowcrest")


def test_enough_templates_and_domains() -> None:
    assert all(len(rows) >= (32 if intent in HEAVY else 18) for intent, rows in THREATS.items())
    assert len(BENIGN) >= 220
    benign_domains = {domain for domain, _ in BENIGN}
    assert len(benign_domains) >= 15
    texts = [t for rows in [BENIGN, *THREATS.values()] for _, t in rows]
    lengths = [len(t.split()) for t in texts]
    assert min(lengths) <= 8 and max(lengths) >= 60


def test_hosts_start_with_the_family_words() -> None:
    samples = FamilyT(4).batch(2000)
    hosts = {m for s in samples for m in re.findall(r"https://([\w.-]+)|@([\w.-]+)", s.text) for m in m if m}
    assert hosts
    assert all(host.startswith(HOST_WORDS) or host.startswith("corp.tallowmere.") for host in hosts), hosts


def test_actions_are_known_types_and_never_empty() -> None:
    samples = FamilyT(8).batch(3000)
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)


def test_actions_follow_the_template_verbs_and_slot_values() -> None:
    values = {"iban": "LT11 2222", "email": "x@y.example"}
    assert actions_for("pay it to {iban}, then email {email}", values, "finance") == [
        ("transfer", "LT11 2222"), ("email", "x@y.example")]
    # the slot's own name is no verb: "{ext_email}" alone does not make an email action
    assert actions_for("block {ext_email} at the gateway", {"ext_email": "a@b.example"}, "mail_admin") == [
        ("api_call", "mail_admin")]
    assert actions_for("look at the ledger", {}, "dba") == [("api_call", "dba")]


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyT(10).batch(12000)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
