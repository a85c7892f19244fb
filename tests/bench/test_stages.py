"""Pure-core micro-benchmarks (pytest-benchmark; `make bench`): which stage costs what, per 1,000 events."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from agents.pipeline import Stages, judge, triage
from agents.reflex import triage_batch
from agents.types import RawMessage
from models.cortex_model import CortexModel
from ops.scenario import demo_scenario
from ops.train_cortex import generate_incidents
from tests.conftest import make_event

EVENTS = demo_scenario(seed=5, benign_http=800, attacks=40, now=0.0).events[:1000]


@pytest.fixture(scope="module")
def stages() -> Stages:
    return Stages.default(dedup_capacity=10)


def test_ingest_and_triage(benchmark: Any, stages: Stages) -> None:
    messages = [RawMessage(orjson.dumps(e), "telemetry", 0, i) for i, e in enumerate(EVENTS)]
    benchmark(lambda: triage(stages, messages))


def test_reflex_only(benchmark: Any, stages: Stages) -> None:
    benchmark(lambda: triage_batch(stages.engine, EVENTS))


def test_immune_judgement(benchmark: Any, stages: Stages) -> None:
    out = triage(stages, [RawMessage(orjson.dumps(EVENTS), "telemetry", 0, 0)])

    def judge_all() -> None:
        for items in out.by_entity.values():
            judge(stages, items, {})

    benchmark(judge_all)


def test_cortex_batch_of_64(benchmark: Any) -> None:
    model = CortexModel.load()
    rows, _ = generate_incidents(64)
    benchmark(lambda: model.predict(rows))


@pytest.mark.parametrize("size", [1 << 16, 1 << 18, 1 << 20])
def test_reflex_scales_linearly_on_adversarial_input(benchmark: Any, stages: Stages, size: int) -> None:
    """Compare the means across sizes: 4x the input should cost about 4x, not 16x."""
    event = make_event(method="POST", uri="/x", body="q=" + "%27OR%20" * (size // 9))
    benchmark(lambda: stages.engine.scan(event))
