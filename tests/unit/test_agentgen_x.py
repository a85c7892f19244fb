"""Family X (second-language / dictated messages to an agent): its tables are big and wide enough, its texts stay in
its 8-60 word range, every host it names starts with its stem, its actions are well formed, and benign agents
mostly know the parties they name while threatening ones mostly do not; what every family keeps is
tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

import pytest

from ops.agentgen import Sample
from ops.agentgen_x import BENIGN, PARTIES, STEM, THREATS, FamilyX
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HARD = re.compile(r"\b(pay|transfer|refund|reimburse|forward|send|share|delete|remove|export|reset|grant|access|"
                  r"disable|deactivate|cancel|upload|post|link|password|mfa|phishing|bank)\b", re.I)
HOST = re.compile(r"(?:@|https?://|\b)([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|io|co|in|org|app|biz|info)"
                  r")\b", re.I)


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return [*FamilyX(33).batch(6000), *FamilyX(7).batch(3000)]


def test_the_tables_are_big_and_wide_enough() -> None:
    assert len(BENIGN) >= 160
    assert all(len(rows) >= 20 for rows in THREATS.values())
    domains = {domain for domain, _ in BENIGN}
    assert len(domains) >= 15


def test_a_third_of_the_benign_rows_are_hard_negatives() -> None:
    hard = [template for _, template in BENIGN if HARD.search(re.sub(r"\{\w+\}", " ", template))]
    assert len(hard) >= len(BENIGN) / 3


def test_texts_stay_in_range(samples: list[Sample]) -> None:
    counts = [len(s.text.split()) for s in samples]
    assert min(counts) >= 8 and max(counts) <= 60, (min(counts), max(counts))


def test_every_host_starts_with_the_stem(samples: list[Sample]) -> None:
    hosts = {host.lower() for s in samples for host in HOST.findall(s.text)}
    hosts |= {host.lower() for s in samples for k in s.known for host in HOST.findall(k)}
    assert hosts, "the family names hosts"
    assert all(host.startswith(STEM) for host in hosts), sorted(h for h in hosts if not h.startswith(STEM))[:5]


def test_actions_are_well_formed(samples: list[Sample]) -> None:
    assert all(len(s.actions) <= 3 for s in samples)
    assert all(kind in ACTION_TYPES and isinstance(target, str) and target.strip()
               for s in samples for kind, target in s.actions)
    assert sum(bool(s.actions) for s in samples) / len(samples) > 0.7
    assert all(len({kind for kind, _ in s.actions}) == len(s.actions) for s in samples)


def test_benign_agents_mostly_know_the_parties_they_name(samples: list[Sample]) -> None:
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent, rows in THREATS.items():
        if any("{" + slot + "}" in template for _, template in rows for slot in PARTIES):
            share = known_share(samples, intent, rows, PARTIES)
            assert 0 < share < benign / 2, (intent, share, benign)
