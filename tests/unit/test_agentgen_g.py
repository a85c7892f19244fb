"""Family G (terse chat commands to an assistant bot): its own size, style, hosts, actions and known parties; what
every family keeps is tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

import pytest

from ops import agentgen
from ops.agentgen_g import BENIGN, PARTIES, STEM, THREATS, FamilyG
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HOST = re.compile(r"https?://([a-z0-9.-]+)|@([a-z0-9.-]+\.[a-z]{2,})|\b([a-z0-9-]+(?:\.[a-z0-9-]+)*"
                  r"\.(?:com|net|org|io|co|me|info|cloud|app|dev))\b")
RISKY_WORDS = re.compile(r"\b(pay|send|fwd|share|delete|export|reset|give|disable|refund|remove|bcc|upload|"
                         r"cancel|revoke|invite|post|password|mfa|phishing|turn off|audit|wire|bank|admin)")


@pytest.fixture(scope="module")
def samples() -> list[agentgen.Sample]:
    return FamilyG(33).batch(12000)


def test_tables_are_big_enough_and_cover_the_domains() -> None:
    assert len(BENIGN) >= 160
    assert all(len(rows) >= 20 for rows in THREATS.values())
    benign_domains = {d for d, _ in BENIGN}
    assert len(benign_domains) >= 15
    # at least a third of the benign rows are hard negatives (they pay, send, share, delete, reset, grant...)
    assert sum(bool(RISKY_WORDS.search(t)) for _, t in BENIGN) >= len(BENIGN) / 3


def test_messages_are_terse_chat_lines(samples: list[agentgen.Sample]) -> None:
    lengths = [len(s.text.split()) for s in samples]
    assert min(lengths) >= 4 and max(lengths) <= 30
    assert not [s.text for s in samples if re.match(r"(hi|hello|hey there|dear|good morning)\b", s.text.lower())]
    assert not [s.text for s in samples if re.search(r"\b(regards|cheers|best wishes)\s*$", s.text.lower())]


def test_every_host_mail_domain_and_url_starts_with_the_stem(samples: list[agentgen.Sample]) -> None:
    hosts = {next(g for g in m.groups() if g) for s in samples for m in HOST.finditer(s.text.lower())}
    assert hosts
    assert all(h.startswith(STEM) for h in hosts), sorted(h for h in hosts if not h.startswith(STEM))[:10]


def test_actions_are_well_formed(samples: list[agentgen.Sample]) -> None:
    assert all(1 <= len(s.actions) <= 3 for s in samples)
    assert all(kind in ACTION_TYPES and isinstance(target, str) and target for s in samples
               for kind, target in s.actions)
    assert {kind for s in samples for kind, _ in s.actions} >= ACTION_TYPES - {"api_call"}


def test_benign_agents_mostly_know_the_parties_they_name(samples: list[agentgen.Sample]) -> None:
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in t for _, t in rows for slot in PARTIES):
            assert 0 < known_share(samples, intent, rows, PARTIES) < benign / 2, intent
