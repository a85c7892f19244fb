"""Every pair of template families shares no word 6-gram, checked on generated texts: each family's author read no
other family's templates, and the blind family F measures a model trained on all the others."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ops import agentgen, train_narrative
from ops.agentgen import Sample
from ops.agentgen_f import FamilyF
from tests.unit.phrases import grams

N = 3000


def batch(make: Callable[[int], Any], seed: int) -> list[Sample]:
    return make(seed).batch(N)  # type: ignore[no-any-return]


SEEDS = {"C": 32, "D": 34, "H": 35}  # the seed each family's author checked; 33 for the others
# every family the classifier trains on (train_narrative's own list, so none trains unchecked), the team's generator
# and the blind family F
FAMILIES: dict[str, Callable[[], list[Sample]]] = {
    "own": lambda: [*agentgen.Generator("A", seed=31).batch(N), *agentgen.Generator("B", seed=31).batch(N)],
    **{name: functools.partial(batch, make, SEEDS.get(name, 33)) for name, make in train_narrative.FAMILIES.items()},
    "F": lambda: FamilyF(36).batch(N),
}
_GRAMS: dict[str, dict[tuple[str, ...], str]] = {}


def family_grams(name: str) -> dict[tuple[str, ...], str]:
    """Each 6-gram of the family's texts, with one text it came from."""
    if name not in _GRAMS:
        _GRAMS[name] = {g: s.text for s in FAMILIES[name]() for g in grams(s.text)}
    return _GRAMS[name]


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(FAMILIES, 2)))
def test_no_six_word_phrase_is_shared_by_two_families(a: str, b: str) -> None:
    left, right = family_grams(a), family_grams(b)
    shared = sorted(left.keys() & right.keys())
    assert not shared, [(" ".join(g), left[g], right[g]) for g in shared[:10]]



def test_every_family_module_is_trained_on_or_blind() -> None:
    """A family module listed nowhere would be neither trained on nor checked against the others."""
    listed = {make.__module__ for make in train_narrative.FAMILIES.values()} | {FamilyF.__module__}
    written = {f"ops.{path.stem}" for path in (Path(__file__).resolve().parents[2] / "ops").glob("agentgen_*.py")}
    assert written == listed
