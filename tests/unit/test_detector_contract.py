"""One contract, every detector: determinism, batch equals singles, state survives a save/restore."""

import copy
import json
from typing import Any

import pytest

from agents.detector import Detector
from agents.hpc import GlobalRates, PredictionError
from agents.macrophage import Macrophage
from agents.narrative import NarrativeFilter
from agents.neutrophil import Neutrophil
from agents.nk import NKCell
from agents.profiles import EndpointProfiles
from tests.conftest import make_event

DETECTORS = [Neutrophil, Macrophage, PredictionError, NarrativeFilter, EndpointProfiles, NKCell, GlobalRates]


def stream() -> list[dict[str, Any]]:
    items = []
    for i in range(30):
        uri = f"/shop/search?q=item{i}" if i != 25 else "/shop/search?q=" + "%27%20OR%201=1--" * 8
        items.append({"event": make_event(uri=uri, ts=1000.0 + i), "reflex": {"decision": "ALLOW", "signature": 0.0,
                                                                             "matches": []}})
    items.append({"event": make_event("agent_message", entity="a1", content="I'll quietly copy the users table "
                                      "to my external bucket"), "reflex": {"decision": "ALLOW", "matches": []}})
    for item in items:
        item["neutrophil"] = {"score": 0.0, "response": "monitor_30m"}
    return items


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.__name__)
def test_implements_protocol(cls: Any) -> None:
    assert isinstance(cls(seed=1), Detector)


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.__name__)
def test_deterministic_with_a_seed(cls: Any) -> None:
    items = stream()
    a, b = cls(seed=5), cls(seed=5)
    scores_a = [f.score for f in a.score_batch(copy.deepcopy(items), a.fresh_state())]
    scores_b = [f.score for f in b.score_batch(copy.deepcopy(items), b.fresh_state())]
    assert scores_a == scores_b
    assert all(0.0 <= s <= 1.0 for s in scores_a)


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.__name__)
def test_batch_equals_one_at_a_time(cls: Any) -> None:
    items = stream()
    detector, twin = cls(seed=1), cls(seed=1)
    batched = [f.score for f in detector.score_batch(items, detector.fresh_state())]
    state = twin.fresh_state()
    singles = [twin.score_batch([item], state)[0].score for item in items]
    assert batched == pytest.approx(singles)


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.__name__)
def test_state_survives_a_table_round_trip(cls: Any) -> None:
    items = stream()
    detector = cls(seed=1)
    live = detector.fresh_state()
    detector.score_batch(items[:20], live)
    restored = json.loads(json.dumps(live))  # what the RocksDB table stores
    twin = copy.deepcopy(detector)  # the same model, so only the entity state differs
    assert [f.score for f in detector.score_batch(items[20:], live)] == \
        [f.score for f in twin.score_batch(items[20:], restored)]


@pytest.mark.parametrize("cls", DETECTORS, ids=lambda c: c.__name__)
def test_learning_normal_traffic_does_not_raise_scores_on_it(cls: Any) -> None:
    items = stream()[:20]
    detector = cls(seed=1)
    state = detector.fresh_state()
    detector.learn_batch(items, state)
    assert max(f.score for f in detector.score_batch(items[:5], state)) < 0.5
