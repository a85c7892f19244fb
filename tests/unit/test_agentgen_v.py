"""Family V (short requests to an agent that acts, weighted to sabotage, policy evasion and fraud beside benign
look-alikes in the same words): enough templates and domains, every register used, its verbs read as actions, and
context plausible without giving the intent away; what every family keeps is tests/unit/test_family_contract.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from ops.agentgen_v import BENIGN, BENIGN_CORES, PARTIES, REGISTERS, THREATS, FamilyV, actions_for
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HEAVY = ("POLICY_EVASION", "FRAUD", "SABOTAGE")  # the intents family V is written for


def test_enough_templates_and_domains() -> None:
    assert all(len(rows) >= (45 if intent in HEAVY else 18) for intent, rows in THREATS.items())
    assert len(BENIGN) >= 240
    benign_domains = {domain for domain, _ in BENIGN}
    assert len(benign_domains) >= 15
    assert {domain for rows in THREATS.values() for domain, _ in rows} <= benign_domains
    lengths = [len(t.split()) for rows in [BENIGN, *THREATS.values()] for _, t in rows]
    assert 4 <= min(lengths) <= 10 and 45 <= max(lengths) <= 70


def test_every_register_says_every_intent() -> None:
    """A register never tells the intent: each one carries benign and threat rows of every intent."""
    for rows in [BENIGN, *THREATS.values()]:
        said = {next(i for i, say in enumerate(REGISTERS) if _said_by(say, t)) for _, t in rows}
        assert said == set(range(len(REGISTERS)))
    assert len(BENIGN) == 3 * len(BENIGN_CORES)


def _said_by(say: Callable[[str], str], template: str) -> bool:
    head, _, tail = say("9090909").partition("9090909")  # digits: no register recases them
    return template.startswith(head) and template.endswith(tail)


def test_hosts_use_the_family_stem() -> None:
    samples = FamilyV(4).batch(2000)
    hosts = {m for s in samples for m in re.findall(r"https://([\w.-]+)|@([\w.-]+)", s.text) for m in m if m}
    assert hosts
    assert all(host.startswith("brevlonde") for host in hosts), hosts


def test_actions_are_known_types_and_never_empty() -> None:
    samples = FamilyV(8).batch(3000)
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)


def test_actions_follow_the_template_verbs_and_slot_values() -> None:
    values = {"iban": "LT11 2222", "ext_email": "x@brevlondemail.net"}
    assert actions_for("pay it to {iban}, then e-mail {ext_email}", values, "finance") == [
        ("transfer", "LT11 2222"), ("email", "x@brevlondemail.net")]
    # a slot's own name is no verb, and a party named before the verb is not its target
    assert actions_for("ask {ext_email} to cancel the order", {"ext_email": "a@b"}, "events") == [
        ("delete", "events"), ("api_call", "events")]
    assert actions_for("look at the ledger", {}, "data") == [("api_call", "data")]


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyV(10).batch(12000)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
