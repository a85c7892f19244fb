"""Family U (tasks for tool-using agents written as evaluation tasks are: specific, self-contained, often several
steps; benign errands and threats in the same register): enough templates and domains, its verbs read as actions,
and context (history, known parties) plausible without giving the intent away; what every family keeps is
tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

from ops.agentgen_u import BENIGN, PARTIES, THREATS, FamilyU, actions_for
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HEAVY = ("POLICY_EVASION", "FRAUD", "SABOTAGE")  # where the classifier was weakest, so written at a larger count


def test_enough_templates_and_domains() -> None:
    assert all(len(rows) >= (34 if intent in HEAVY else 22) for intent, rows in THREATS.items())
    assert len(BENIGN) >= 240
    assert len({domain for domain, _ in BENIGN}) >= 15
    lengths = [len(t.split()) for rows in [BENIGN, *THREATS.values()] for _, t in rows]
    assert 5 <= min(lengths) <= 8 and 60 <= max(lengths) <= 90


def test_hosts_start_with_the_family_word() -> None:
    samples = FamilyU(4).batch(2000)
    # e-mail hosts and URL hosts; a social handle ("@ines_4") has no word character before its "@"
    hosts = {m for s in samples for m in re.findall(r"https://([\w.-]+)|\w@([\w.-]+)", s.text) for m in m if m}
    assert len(hosts) > 20
    assert all(host.startswith("orvandel") for host in hosts), hosts


def test_actions_are_known_types_and_never_empty() -> None:
    samples = FamilyU(8).batch(3000)
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)


def test_actions_follow_the_template_verbs_and_slot_values() -> None:
    values = {"iban": "LT11 2222", "colleague": "x@orvandel.com", "file": "a.csv", "amount": "€5", "user": "j.doe"}
    assert actions_for("Pay {amount} to {iban}, then email {colleague}.", values, "payments") == [
        ("transfer", "LT11 2222"), ("email", "x@orvandel.com")]
    # a verb that sends aims at the party, not at what is sent; a slot's own name ("{colleague}") is no verb
    assert actions_for("Send {file} to {colleague}.", values, "mail") == [("email", "x@orvandel.com")]
    # nouns that look like verbs are no actions; a grant phrase counts anywhere in a clause
    assert actions_for("Open the transfer log in the shared drive.", values, "files") == [("api_call", "files")]
    assert actions_for("Add {user} as an admin.", values, "cloud") == [("api_call", "j.doe"), ("grant", "j.doe")]


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyU(10).batch(12000)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
