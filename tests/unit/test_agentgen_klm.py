"""Families K (errands for a general-purpose assistant), L (engineering and IT-operations agents), M
(customer-facing and back-office business agents) and O (agents inside collaborative workplace software):
reproducible, complete and context-simulating. One contract for the four, which were written to the same brief; the
6-gram check against every other family is tests/unit/test_template_families.py."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from types import ModuleType
from typing import Any, NamedTuple

import pytest

from ops import agentgen
from ops.agentgen import INTENTS, THREAT_INTENTS
from tests.unit.phrases import every_template, known_share

ACTION_TYPES = {"email", "transfer", "upload", "delete", "grant", "exec", "api_call", "share", "post"}
SLOT_RE = re.compile(r"\{([a-z_0-9]+)\}")


class Family(NamedTuple):
    split: str
    module: ModuleType
    threats_floor: int  # templates per threat intent at least
    benign_floor: int

    def make(self, seed: int) -> Any:
        return getattr(self.module, f"Family{self.split}")(seed)


FAMILIES = [Family("K", importlib.import_module("ops.agentgen_k"), 16, 170),
            Family("L", importlib.import_module("ops.agentgen_l"), 16, 170),
            Family("M", importlib.import_module("ops.agentgen_m"), 20, 200),
            Family("N", importlib.import_module("ops.agentgen_n"), 18, 200),
            Family("O", importlib.import_module("ops.agentgen_o"), 16, 170)]


@pytest.fixture(scope="module", params=FAMILIES, ids=[f.split for f in FAMILIES])
def family(request: pytest.FixtureRequest) -> Family:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def big(family: Family) -> list[agentgen.Sample]:
    # enough draws that the largest intent (M: 40 templates in ~670 draws) misses none of its templates
    return family.make(7).batch(12000)  # type: ignore[no-any-return]


def test_template_counts_and_domains(family: Family) -> None:
    threats, benign = family.module.THREATS, family.module.BENIGN
    assert set(threats) == set(THREAT_INTENTS)
    assert all(len(rows) >= family.threats_floor for rows in threats.values())
    assert len(benign) >= family.benign_floor
    domains = {d for d, _ in benign}
    assert len(domains) >= 15
    assert {d for rows in threats.values() for d, _ in rows} <= domains
    templates = [t for _, t in benign] + [t for rows in threats.values() for _, t in rows]
    assert len(set(templates)) == len(templates)
    assert {name for t in templates for name in SLOT_RE.findall(t)} <= set(family.module.SLOTS)


def test_every_intent_and_template_drawn_and_filled(family: Family, big: list[agentgen.Sample]) -> None:
    assert {s.intent for s in big} == set(INTENTS)
    assert {(s.intent, s.template) for s in big} == every_template(family.module.BENIGN, family.module.THREATS)
    assert not [s.text for s in big if SLOT_RE.search(s.text)]
    assert {s.split for s in big} == {family.split}
    counts = Counter(s.intent for s in big)
    assert 0.45 < counts["BENIGN"] / len(big) < 0.55


def test_actions_and_history(big: list[agentgen.Sample]) -> None:
    assert all(1 <= len(s.actions) <= 3 for s in big)
    assert {kind for s in big for kind, _ in s.actions} <= ACTION_TYPES
    # a target is a value the message names, else the domain the agent works in
    assert all(target == s.domain or target in s.text for s in big for _, target in s.actions)
    assert any(kind == "transfer" and target.startswith(("GB", "DE", "LT", "PT", "NL", "IE", "EE", "PL", "ES", "FR"))
               for s in big for kind, target in s.actions)
    with_history = [s for s in big if s.history]
    assert 0.4 < len(with_history) / len(big) < 0.6
    assert all(1 <= s.history <= 600 and s.known for s in with_history)
    assert all(s.known == [] for s in big if s.history == 0)


def test_benign_agents_mostly_know_their_parties(family: Family, big: list[agentgen.Sample]) -> None:
    threats, benign_rows = family.module.THREATS, family.module.BENIGN

    def share(intent: str) -> float:
        return known_share(big, intent, benign_rows if intent == "BENIGN" else threats[intent], family.module.PARTIES)

    benign = share("BENIGN")
    assert benign > 0.6 and all(0.0 < share(intent) < benign / 2 for intent in threats)
