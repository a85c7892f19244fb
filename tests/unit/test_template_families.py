"""Every pair of template families shares no word 6-gram, checked on generated texts: each family's author read no
other family's templates, and the blind family F measures a model trained on all the others."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from ops import agentgen
from ops.agentgen import Sample
from ops.agentgen_d import FamilyD
from ops.agentgen_e import FamilyE
from ops.agentgen_f import FamilyF
from ops.agentgen_h import FamilyH
from ops.agentgen_holdout import HoldoutGenerator
from ops.agentgen_i import FamilyI
from ops.agentgen_j import FamilyJ
from ops.agentgen_k import FamilyK
from ops.agentgen_l import FamilyL
from ops.agentgen_m import FamilyM
from ops.agentgen_o import FamilyO
from tests.unit.phrases import grams

N = 3000
FAMILIES: dict[str, Callable[[], list[Sample]]] = {
    "own": lambda: [*agentgen.Generator("A", seed=31).batch(N), *agentgen.Generator("B", seed=31).batch(N)],
    "C": lambda: HoldoutGenerator(32).batch(N),
    "D": lambda: FamilyD(34).batch(N),
    "E": lambda: FamilyE(33).batch(N),
    "F": lambda: FamilyF(36).batch(N),
    "H": lambda: FamilyH(35).batch(N),
    "I": lambda: FamilyI(33).batch(N),
    "J": lambda: FamilyJ(33).batch(N),
    "K": lambda: FamilyK(33).batch(N),
    "L": lambda: FamilyL(33).batch(N),
    "M": lambda: FamilyM(33).batch(N),
    "O": lambda: FamilyO(33).batch(N),
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

