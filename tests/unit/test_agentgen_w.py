"""Family W (long messages, 45-160 words, whose ask is one or two sentences inside e-mails, briefs, handover notes,
minutes, voice memos, chat lists and documents): enough templates and domains, its lengths, its hosts, its verbs
read as actions, and context plausible without giving the intent away; what every family keeps is
tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

from ops.agentgen_w import BENIGN, PARTIES, THREATS, FamilyW, actions_for
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}


def test_enough_templates_and_domains() -> None:
    assert len(BENIGN) >= 200
    assert all(len(rows) >= 20 for rows in THREATS.values())
    assert len({domain for domain, _ in BENIGN}) >= 15


def test_messages_are_long_with_the_ask_inside() -> None:
    lengths = [len(s.text.split()) for s in FamilyW(2).batch(4000)]
    assert min(lengths) >= 45 and max(lengths) <= 160
    assert max(lengths) >= 110  # the filler varies in length, not only in wording


def test_hosts_start_with_the_family_word() -> None:
    samples = FamilyW(4).batch(2000)
    hosts = {m for s in samples for m in re.findall(r"https://([\w.-]+)|\w@([\w.-]+)", s.text) for m in m if m}
    assert len(hosts) > 20
    assert all(host.startswith("skelmar") for host in hosts), hosts


def test_actions_are_known_types_and_never_empty() -> None:
    samples = FamilyW(8).batch(3000)
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert {kind for s in samples for kind, _ in s.actions} == ACTION_TYPES
    assert all(target for s in samples for _, target in s.actions)


def test_actions_follow_the_ask_verbs_and_slot_values() -> None:
    values = {"newacct": "LT11 2222", "outside": "x@skelmarpost.com", "invoice": "INV-1", "user": "j.doe"}
    assert actions_for("{hello}\n\n{bg} Pay invoice {invoice} to {newacct}, then forward it to {outside}.\n{signoff}",
                       values, "payments") == [("transfer", "LT11 2222"), ("email", "x@skelmarpost.com")]
    # filler slots carry no verbs of the template's own; an ask with none is one call on its domain
    assert actions_for("{chat_open} {routine} Summarise it. {chat_close}", values, "chat") == [("api_call", "chat")]
    # the more specific verb wins where two start at the same word
    assert actions_for("Add me as an admin on every repository.", values, "code") == [("grant", "code")]


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    samples = FamilyW(10).batch(12000)
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
