"""Family R (bare task requests to a general tool-using assistant, and text its tools return): reproducible, complete
and context-simulating. The 6-gram check against every other family is tests/unit/test_template_families.py."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ops import agentgen_r
from ops.agentgen import INTENTS, THREAT_INTENTS, Sample
from ops.agentgen_r import BENIGN, PARTIES, SLOTS, THREATS, FamilyR
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")


@pytest.fixture(scope="module")
def big() -> list[Sample]:
    # ~12,000 draws: the largest intents (36 templates in ~670 draws each) miss none of their templates
    return FamilyR(7).batch(12000)


def test_template_counts_and_domains() -> None:
    assert set(THREATS) == set(THREAT_INTENTS)
    # extra weight where the classifier was weakest
    assert all(len(THREATS[intent]) >= 32 for intent in ("POLICY_EVASION", "FRAUD", "SABOTAGE"))
    assert all(len(rows) >= 18 for rows in THREATS.values())
    assert len(BENIGN) >= 200
    domains = {d for d, _ in BENIGN}
    assert len(domains) >= 15
    assert {d for rows in THREATS.values() for d, _ in rows} <= domains
    templates = [t for _, t in BENIGN] + [t for rows in THREATS.values() for _, t in rows]
    assert len(set(templates)) == len(templates)
    assert {name for t in templates for name in SLOT_RE.findall(t)} <= set(SLOTS)
    assert set(PARTIES) <= set(SLOTS)


def test_every_intent_and_template_drawn_and_filled(big: list[Sample]) -> None:
    assert {s.intent for s in big} == set(INTENTS)
    assert {(s.intent, s.template) for s in big} == every_template(BENIGN, THREATS)
    assert not [s.text for s in big if SLOT_RE.search(s.text)]
    assert {s.split for s in big} == {"R"}
    assert 0.45 < Counter(s.intent for s in big)["BENIGN"] / len(big) < 0.55


def test_actions_and_history(big: list[Sample]) -> None:
    assert all(1 <= len(s.actions) <= 3 for s in big)
    assert {kind for s in big for kind, _ in s.actions} <= ACTION_TYPES
    assert {"transfer", "email", "delete", "grant", "share", "post"} <= {kind for s in big for kind, _ in s.actions}
    # a target is a value the message names, else the domain the agent works in
    assert all(target == s.domain or target in s.text for s in big for _, target in s.actions)
    with_history = [s for s in big if s.history]
    assert 0.4 < len(with_history) / len(big) < 0.6
    assert all(1 <= s.history <= 600 and s.known for s in with_history)
    assert all(s.known == [] for s in big if s.history == 0)


def test_benign_agents_mostly_know_their_parties(big: list[Sample]) -> None:
    def share(intent: str) -> float:
        return known_share(big, intent, BENIGN if intent == "BENIGN" else THREATS[intent], PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in THREATS)


def test_tool_output_rows_are_present_in_every_threat_intent() -> None:
    """The register asks for text found in tool output among every intent's rows (about 1 in 8), and all of
    INJECTION; a quote mark or colon after the source is how those rows read."""
    quoted = re.compile(r"^[A-Z{][^?!]{0,60}: ['\"{]")
    for intent, rows in THREATS.items():
        found = sum(bool(quoted.search(t)) for _, t in rows)
        assert found >= (len(rows) if intent == "INJECTION" else 2), intent
    assert agentgen_r.FamilyR.split == "R"
