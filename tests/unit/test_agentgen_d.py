"""Family ``D``, extra training text for the narrative filter: reproducible, every intent and template, and none
of the phrasing of families A, B (trained on too) and C (the blind measuring set), checked on generated texts so
its author never reads their templates."""

from __future__ import annotations

from ops import agentgen
from ops.agentgen_d import BENIGN, THREATS, FamilyD
from tests.unit.phrases import every_template


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyD(1).batch(8000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"D"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == every_template(BENIGN, THREATS)
    assert len(BENIGN) >= 120 and all(len(rows) >= 12 for rows in THREATS.values())
    assert set(THREATS) == set(agentgen.THREAT_INTENTS)


def test_context_is_plausible_not_a_giveaway() -> None:
    samples = FamilyD(5).batch(4000)
    with_history = [s for s in samples if s.history]
    assert 0.35 < len(with_history) / len(samples) < 0.65
    assert all(s.known for s in with_history) and not any(s.known for s in samples if not s.history)
    for label in (0, 1):  # benign agents mostly act on known parties, threats mostly not, neither always
        rows = [s for s in with_history if s.label == label and s.actions
                and s.actions[0][0] not in ("delete", "exec", "disable_audit")]
        share = sum(s.actions[0][1] in s.known for s in rows) / len(rows)
        assert (0.6 < share < 0.95) if label == 0 else (0.1 < share < 0.45)
