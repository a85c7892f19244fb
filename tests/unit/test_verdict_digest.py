"""The stage cores judge the bench mix as they did when verdict_digest.json was written: restructuring code must not
change a verdict (`python -m tests.unit.verdict_digest --write` records an intended change)."""

import orjson

from tests.unit.verdict_digest import EXPECTED, digest


def test_bench_mix_verdicts_are_unchanged() -> None:
    assert digest() == orjson.loads(EXPECTED.read_bytes())
