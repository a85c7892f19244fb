"""Family ``V`` (task specifications typed into an assistant's web app): enough templates and domains, messages of
12 to 70 words, every host and e-mail domain on the family's stem, well-formed reported actions, and benign agents
that mostly know the parties they name while threat agents mostly do not; what every family keeps is
tests/unit/test_family_contract.py."""

from __future__ import annotations

import re

import pytest

from ops.agentgen import THREAT_INTENTS, Sample
from ops.agentgen_v import BENIGN, PARTIES, SLOTS, STEM, THREATS, FamilyV
from tests.unit.phrases import known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
HOST = re.compile(r"(?:[a-z0-9-]+\.)+(?:com|org|net|io|internal|cloud|co\.uk|de|eu|fr|nl|biz)\b")
HARD_WORDS = re.compile(r"\b(pay|transfer|refund|e-?mail|forward|share|delete|remove|export|reset|grant|disable|"
                        r"turn off|owner|admin|access|password|mfa|two-factor|phishing|audit|link|without|"
                        r"no need)", re.IGNORECASE)


@pytest.fixture(scope="module")
def samples() -> list[Sample]:
    return FamilyV(33).batch(6000)


def test_tables_are_large_and_cover_many_domains() -> None:
    assert len(BENIGN) >= 160
    assert all(len(rows) >= 20 for rows in THREATS.values())
    domains = {domain for domain, _ in BENIGN}
    assert len(domains) >= 15


def test_a_third_of_the_benign_rows_are_hard_negatives() -> None:
    hard = [template for _, template in BENIGN if HARD_WORDS.search(template)]
    assert len(hard) >= len(BENIGN) / 3


def test_every_message_has_12_to_70_words(samples: list[Sample]) -> None:
    counts = [len(s.text.split()) for s in samples]
    assert min(counts) >= 12 and max(counts) <= 70


def test_every_host_and_mail_domain_is_on_the_stem(samples: list[Sample]) -> None:
    hosts = {host for s in samples for host in HOST.findall(s.text.lower())}
    assert hosts
    off_stem = [h for h in hosts if not any(label.startswith(STEM) for label in h.split("."))]
    assert not off_stem, off_stem[:5]
    made = [SLOTS[slot](FamilyV(1).rng) for slot in ("team_email", "out_email", "url", "login_url", "host")]
    assert all(STEM in value for value in made)


def test_actions_are_well_formed(samples: list[Sample]) -> None:
    assert all(len(s.actions) <= 3 for s in samples)
    assert all(kind in ACTION_TYPES and isinstance(target, str) and target for s in samples
               for kind, target in s.actions)
    assert sum(bool(s.actions) for s in samples) / len(samples) > 0.8


def test_benign_agents_mostly_know_the_parties_they_name(samples: list[Sample]) -> None:
    benign = known_share(samples, "BENIGN", BENIGN, PARTIES)
    assert benign > 0.6
    for intent in THREAT_INTENTS:
        share = known_share(samples, intent, THREATS[intent], PARTIES)
        assert 0 <= share < benign / 2, (intent, share)
