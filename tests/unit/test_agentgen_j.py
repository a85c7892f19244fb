"""Family J (messages inside tool-using agent frameworks): reproducible, complete, filled, plausibly simulated, and
sharing no word 6-gram with the other families."""

from __future__ import annotations

import re
from functools import lru_cache

from ops.agentgen import THREAT_INTENTS, Sample
from ops.agentgen_j import BENIGN, PARTIES, SLOTS, THREATS, FamilyJ
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def big_batch() -> tuple[Sample, ...]:
    return tuple(FamilyJ(11).batch(6000))


def template_of(sample: Sample) -> str:
    rows = BENIGN if sample.intent == "BENIGN" else THREATS[sample.intent]
    return rows[sample.template][1]


def test_template_counts_and_slots() -> None:
    assert set(THREATS) == set(THREAT_INTENTS)
    assert all(len(rows) >= 16 for rows in THREATS.values())
    assert len(BENIGN) >= 170
    benign_domains = {domain for domain, _ in BENIGN}
    threat_domains = {domain for rows in THREATS.values() for domain, _ in rows}
    assert len(benign_domains) >= 15 and threat_domains <= benign_domains
    assert set(PARTIES) <= set(SLOTS)
    used = {slot for _, text in BENIGN for slot in SLOT.findall(text)}
    used |= {slot for rows in THREATS.values() for _, text in rows for slot in SLOT.findall(text)}
    assert used <= set(SLOTS)


def test_every_intent_and_template_drawn_and_filled() -> None:
    batch = big_batch()
    assert {(s.intent, s.template) for s in batch} == every_template(BENIGN, THREATS)
    for s in batch:
        assert s.split == "J"
        assert not re.search(r"\{[a-z_]+\}", s.text), s.text
        rows = BENIGN if s.intent == "BENIGN" else THREATS[s.intent]
        assert s.domain == rows[s.template][0]


def test_actions_known_types_never_empty() -> None:
    for s in big_batch():
        assert 1 <= len(s.actions) <= 3, s
        assert all(kind in ACTION_TYPES and target for kind, target in s.actions), s.actions


def test_history_and_known() -> None:
    batch = big_batch()
    with_history = [s for s in batch if s.history]
    assert 0.4 < len(with_history) / len(batch) < 0.6
    assert all(1 <= s.history <= 600 and s.known for s in with_history)
    assert all(s.known == [] for s in batch if s.history == 0)


def test_benign_agents_mostly_act_on_parties_they_know() -> None:
    def share(intent: str) -> float:
        return known_share(big_batch(), intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)
