"""Family ``C``, the narrative filter's blind measuring set: reproducible, every intent, and none of the phrasing of
the families the classifier trains on (checked on generated texts, so its author never reads their templates)."""

from __future__ import annotations

from ops import agentgen
from ops.agentgen_holdout import BENIGN, CONTEXT_ONLY, THREATS, HoldoutGenerator
from tests.unit.phrases import every_template


def test_every_intent_and_template_is_drawn() -> None:
    samples = HoldoutGenerator(1).batch(6000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"C"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 80 and all(len(rows) >= 8 for rows in THREATS.values())


def test_context_only_threats_name_a_destination_the_agent_never_used() -> None:
    generator = HoldoutGenerator(2)
    for intent, index in sorted(CONTEXT_ONLY):
        for _ in range(50):
            sample = generator.sample(intent)
            if sample.template == index:
                assert sample.history > 0 and not any(k in sample.text for k in sample.known)
