from pathlib import Path
from typing import Any

import numpy as np
import pytest

from agents import cortex
from agents.pipeline import Stages, judge, triage
from agents.types import Finding, RawMessage
from agents.verdict import fuse, join, verdict_id_for
from models.cortex_model import ACTIONS, CortexModel, ModelMismatch
from schemas.contracts import validate


def item(event: dict[str, Any], decision: str = "ALLOW", threat: float = 0.0) -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision, "threat": threat, "matches": [], "anomaly": 0.0},
            "neutrophil": {"score": 0.0, "response": "monitor_30m"}}


def test_verdict_ids_are_deterministic() -> None:
    assert verdict_id_for("e1") == verdict_id_for("e1") != verdict_id_for("e2")


def test_benign_and_malicious_verdicts_are_schema_valid(event_factory: Any) -> None:
    benign, none = join(item(event_factory()), [Finding("hpc", 0.1)], now=1.0, escalation_threshold=0.8)
    assert benign["final_verdict"] == "BENIGN" and none is None
    bad, escalation = join(item(event_factory(), "BLOCK", 0.9), [Finding("neutrophil", 0.9)], now=1.0,
                           escalation_threshold=0.8)
    assert bad["final_verdict"] == "MALICIOUS" and bad["scope"] == "event"
    assert benign["iocs"] == {}
    assert escalation is not None and escalation["verdict_id"] == bad["verdict_id"]
    validate("verdict", benign)
    validate("verdict", bad)
    validate("escalation", escalation)


def test_fuse_accumulates_independent_evidence() -> None:
    one = fuse([Finding("hpc", 0.5)])
    assert fuse([Finding("hpc", 0.5), Finding("macrophage", 0.5)]) > one > 0


def test_pipeline_in_process_gives_one_verdict_per_event(event_factory: Any) -> None:
    import orjson

    stages = Stages.default()
    events = [event_factory(entity=f"10.0.0.{i % 3}") for i in range(12)]
    out = triage(stages, [RawMessage(orjson.dumps(events), "telemetry", 0, 0)])
    verdicts = []
    for entity_items in out.by_entity.values():
        verdicts += judge(stages, entity_items, {})[0]
    assert sorted(v["event_ids"][0] for v in verdicts) == sorted(e["event_id"] for e in events)


def test_cortex_model_loads_with_its_schema_and_decides() -> None:
    model = CortexModel.load()
    assert model.provider in ("CPUExecutionProvider", "CUDAExecutionProvider")
    incidents = [
        {"incident_id": "i1", "entity": "a", "agent_id": "a",
         "features": {"narrative": 0.95, "children": 1.0, "is_agent": 1.0, "score": 0.97}},
        {"incident_id": "i2", "entity": "10.0.0.1", "agent_id": None,
         "features": {"reflex": 0.97, "score": 0.97, "is_agent": 0.0}},
    ]
    decisions = cortex.decide(incidents, model.predict(cortex.features_of(incidents)))
    assert [d.action for d in decisions] == ["TERMINATE", "MONITOR"]
    planner = cortex.CommandPlanner(b"k", 30.0)
    planned = planner.plan(decisions, 1.0)
    assert [(c["command_type"], c["targets"]) for c in planned] == [("TERMINATE", ["a"])]
    assert planner.plan(decisions, 2.0) == []  # once per (agent, action)
    again = planner.plan(decisions, 1.0 + cortex.REPEAT_AFTER_S)  # a respawned agent misbehaving later
    assert [(c["command_type"], c["targets"]) for c in again] == [("TERMINATE", ["a"])]


def test_planner_remembers_a_bounded_number_of_agents() -> None:
    planner = cortex.CommandPlanner(b"k", 30.0, capacity=100)
    flood = [cortex.Decision(incident_id=f"i{n}", entity=f"agent-{n}", agent_id=f"agent-{n}", action="TERMINATE",
                             confidence=0.9, evidence={}, severity="HIGH") for n in range(1000)]
    assert len(planner.plan(flood, 5.0)) == 1000 and len(planner._issued) == 100


def test_model_with_wrong_schema_is_refused(tmp_path: Path) -> None:
    import onnx

    model = onnx.load(str(Path(CortexModel.load.__globals__["DEFAULT_MODEL"])))
    for prop in model.metadata_props:
        if prop.key == "input_features":
            prop.value = "something,else"
    broken = tmp_path / "broken.onnx"
    onnx.save(model, str(broken))
    with pytest.raises(ModelMismatch):
        CortexModel.load(broken)


def test_action_vocabulary_is_stable() -> None:
    assert ACTIONS[0] == "NONE" and "TERMINATE" in ACTIONS
    assert np.asarray([1]).dtype.kind == "i"


def test_the_calibration_keeps_the_ranking_and_puts_the_threshold_at_the_fitted_rate() -> None:
    import random

    from agents.verdict import MIN_CUT, THRESHOLD, calibrate, fit_calibration

    rng = random.Random(8)
    normal = [rng.betavariate(2, 8) for _ in range(20_000)]
    knots = fit_calibration(normal)
    cut = knots[1][0]
    above = sum(1 for x in normal if calibrate(x, knots) >= THRESHOLD)
    assert 0 < above <= 20  # at most 0.1% of what it was fitted on (two Poisson deviations under: 11 of 20)
    new = [rng.betavariate(2, 8) for _ in range(20_000)]
    assert sum(1 for x in new if calibrate(x, knots) >= THRESHOLD) <= 30  # new traffic stays about there
    xs = sorted(rng.random() for _ in range(500))
    ys = [calibrate(x, knots) for x in xs]
    assert ys == sorted(ys) and calibrate(0.0, knots) == 0.0 and calibrate(1.0, knots) == 1.0
    assert calibrate(cut, knots) < THRESHOLD <= calibrate(cut + 0.001, knots)
    quiet = fit_calibration([0.01] * 5000)  # nothing normal scores: the cut still needs real evidence
    assert quiet[1][0] == MIN_CUT and calibrate(0.15, quiet) < THRESHOLD


def test_a_probe_the_profile_never_served_is_not_fused_below_the_threshold() -> None:
    from agents.profiles import PROBE
    from agents.verdict import calibrate, fuse

    knots = [[0.0, 0.0], [0.47, 0.4999], [0.4701, 0.5], [1.0, 1.0]]  # as fitted on the CSIC proxy
    assert calibrate(fuse([Finding("hpc_profile", PROBE)]), knots) >= 0.5
