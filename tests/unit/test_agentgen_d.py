"""Family ``D``, extra training text for the narrative filter: reproducible, every intent and template, and none
of the phrasing of families A, B (trained on too) and C (the blind measuring set), checked on generated texts so
its author never reads their templates."""

from __future__ import annotations

import re

from ops import agentgen
from ops.agentgen_d import BENIGN, THREATS, FamilyD
from ops.agentgen_holdout import HoldoutGenerator


def grams(text: str, n: int = 6) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_a_seed_gives_the_same_samples() -> None:
    assert FamilyD(3).batch(300) == FamilyD(3).batch(300)
    assert FamilyD(3).batch(300) != FamilyD(4).batch(300)


def test_every_intent_and_template_is_drawn() -> None:
    samples = FamilyD(1).batch(8000)
    assert {s.intent for s in samples} == set(agentgen.INTENTS) and {s.split for s in samples} == {"D"}
    drawn = {(s.intent, s.template) for s in samples}
    assert drawn == {("BENIGN", i) for i in range(len(BENIGN))} | {
        (intent, i) for intent, rows in THREATS.items() for i in range(len(rows))}
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


def test_no_six_word_phrase_is_shared_with_the_other_families() -> None:
    others: set[tuple[str, ...]] = set()
    for split in ("A", "B"):
        for sample in agentgen.Generator(split, seed=31).batch(3000):
            others |= grams(sample.text)
    for sample in HoldoutGenerator(32).batch(3000):
        others |= grams(sample.text)
    shared = {" ".join(g) for s in FamilyD(33).batch(3000) for g in grams(s.text) & others}
    assert not shared, sorted(shared)[:20]
