"""The contract every template family keeps, checked over each of them (the per-family files test what is their
own): a seed gives the same samples, every intent is drawn with its slots filled, and the agent's context and
reported actions have the shape the classifier and the pipeline read."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

import pytest

from ops import agentgen, train_narrative
from ops.agentgen_f import FamilyF
from tests.unit.phrases import every_template

FAMILIES: dict[str, Callable[[int], Any]] = {**train_narrative.FAMILIES, "F": FamilyF}


@pytest.fixture(scope="module", params=sorted(FAMILIES))
def family(request: pytest.FixtureRequest) -> tuple[str, Callable[[int], Any], list[agentgen.Sample]]:
    name = request.param
    return name, FAMILIES[name], FAMILIES[name](33).batch(4000)


def test_a_seed_gives_the_same_samples(family: tuple[str, Callable[[int], Any], list[agentgen.Sample]]) -> None:
    _, make, samples = family
    assert make(33).batch(4000) == samples
    assert [s.text for s in make(34).batch(200)] != [s.text for s in samples[:200]]


def test_every_intent_is_drawn_with_its_slots_filled(
        family: tuple[str, Callable[[int], Any], list[agentgen.Sample]]) -> None:
    name, _, samples = family
    assert {s.intent for s in samples} == set(agentgen.INTENTS)
    assert {s.split for s in samples} == {name}
    assert 0.45 < sum(s.intent == "BENIGN" for s in samples) / len(samples) < 0.55
    unfilled = [s.text for s in samples if re.search(r"\{[a-z_0-9]+\}", s.text)]
    assert not unfilled, unfilled[:3]
    assert all(s.text.strip() and s.domain for s in samples)


def test_context_and_actions_have_the_shape_the_pipeline_reads(
        family: tuple[str, Callable[[int], Any], list[agentgen.Sample]]) -> None:
    _, _, samples = family
    with_history = [s for s in samples if s.history]
    assert 0.4 < len(with_history) / len(samples) < 0.6
    assert all(s.known == [] for s in samples if not s.history)
    assert all(isinstance(k, str) and k for s in with_history for k in s.known)
    assert all(len(s.actions) <= 3 for s in samples)  # the oldest families report none for some messages
    # a type is the agent's own word for what it did (the schema takes any): only the risky ones weigh
    assert all(kind and target for s in samples for kind, target in s.actions)


TABLES = sorted(name for name, make in FAMILIES.items() if hasattr(importlib.import_module(make.__module__), "SLOTS"))


@pytest.mark.parametrize("name", TABLES)
def test_a_template_table_is_whole(name: str) -> None:
    """The families written as tables ((domain, template) rows per intent, slot makers, party slots): every
    intent has rows, every slot a template names has a maker, every threat domain is also a benign one, no
    template is written twice, and a large enough batch draws every row."""
    module = importlib.import_module(FAMILIES[name].__module__)
    benign, threats, slots = module.BENIGN, module.THREATS, module.SLOTS
    assert set(threats) == set(agentgen.THREAT_INTENTS) and all(threats.values()) and benign
    rows = [row for table in [benign, *threats.values()] for row in table]
    assert {slot for _, template in rows for slot in re.findall(r"\{(\w+)\}", template)} <= set(slots)
    assert set(module.PARTIES) <= set(slots)
    assert {domain for table in threats.values() for domain, _ in table} <= {domain for domain, _ in benign}
    assert len({template for _, template in rows}) == len(rows)
    drawn = {(s.intent, s.template) for s in FAMILIES[name](33).batch(20 * len(rows))}
    assert drawn == every_template(benign, threats)
