"""Every kind of verdict, built by its real producer through the one constructor, is what schemas/json says a verdict
is, and its id is the same for the same input (a replay) and different from every other verdict's."""

from __future__ import annotations

import hashlib
import importlib.util
from typing import Any

import jsonschema
import orjson
import pytest

from agents import commands, cortex, strategic
from agents.dendritic import Correlator
from agents.nk import NKCell, SilenceWatch
from agents.types import Finding
from agents.verdict import Severity, Verdict, join, state_change, verdict_id_for
from schemas.contracts import load_schema, validate
from streams.commanding import timeout_verdict
from tests.conftest import ROOT, make_event


def event(event_id: str, **body: Any) -> dict[str, Any]:
    return {**make_event(**body), "event_id": event_id}


def item(event: dict[str, Any], decision: str = "ALLOW", threat: float = 0.0) -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision, "threat": threat, "matches": [], "anomaly": 0.0},
            "neutrophil": {"score": 0.0, "response": "monitor_30m"}}


def fusion() -> list[Verdict]:
    attack = event("e-fusion", uri="/search?q=1' UNION SELECT pw FROM users--")
    malicious, _ = join(item(attack, "BLOCK", 0.9), [Finding("neutrophil", 0.9)], now=5.0, escalation_threshold=0.8)
    benign, _ = join(item(event("e-benign")), [Finding("hpc", 0.1)], now=5.0, escalation_threshold=0.8)
    degraded, _ = join(item(event("e-degraded")), [], now=5.0, escalation_threshold=0.8,
                       degraded=("reflex", "hpc"))
    return [malicious, benign, degraded]


def left_for_operators() -> list[Verdict]:
    _, escalation = join(item(event("e-cortex"), "BLOCK", 0.9), [], now=5.0, escalation_threshold=0.8)
    assert escalation is not None
    return [cortex.left_for_operators(escalation, "its breaker is open", 6.0)]


def macrophage() -> list[Verdict]:
    return [state_change("10.0.0.9", "http", True, 0.92, ["e-1", "e-2"], ["repeated threats"], 7.0),
            state_change("10.0.0.9", "http", False, 0.1, ["e-3"], [], 8.0)]


def silence() -> list[Verdict]:
    nk, watch = NKCell(), SilenceWatch()
    state = nk.fresh_state()
    nk.score_batch([{"event": event(f"beat-{i}", kind="metric", entity="host-7", name="heartbeat", value=1.0,
                                    ts=1000.0 + 10 * i)} for i in range(12)], state)
    watch.observe("host-7", state)
    return watch.overdue(1110.0 + 200)


def correlation() -> list[Verdict]:
    cell = Correlator()
    found = [cell.observe("rule:942100", f"10.0.0.{i % 3}", f"e-{i}", 100.0 + i) for i in range(10)]
    return [v for v in found if v is not None]  # the expansion at 5 sightings, the coordinated attack at 10


def narrative() -> list[Verdict]:
    state = strategic.fresh()
    strategic.observe(state, ts=1.0, message_id="m1", intent="NEUTRAL", confidence=0.9, recipients=[], actions=[])
    strategic.observe(state, ts=2.0, message_id="m2", intent="NEUTRAL", confidence=0.9, recipients=[],
                      actions=[{"type": "delete", "target": "backups"}])
    watch = strategic.CollusionWatch()
    watch.observe({"agent": "alpha", "target": "vault", "allies": ["beta"], "message": "m-a"}, 10.0)
    collusion = watch.observe({"agent": "beta", "target": "vault", "allies": ["alpha"], "message": "m-b"}, 11.0)
    assert collusion is not None
    return [*strategic.new_verdicts(state, "agent-x", 3.0), collusion]


def command_timeout() -> list[Verdict]:
    command = commands.build(command_type="MUTE", targets=["agent-x"], issuer="cortex", incident_id="i-1",
                             now=20.0, deadline_s=5.0, key=b"k")
    return [timeout_verdict(command, 26.0)]


PRODUCERS = {"fusion": fusion, "cortex": left_for_operators, "macrophage": macrophage, "nk": silence,
             "dendritic": correlation, "narrative": narrative, "command_bus": command_timeout}


def test_the_typed_verdict_mirrors_the_schema() -> None:
    # from the source: a mypyc build of agents/verdict.py keeps the TypedDict's keys but not which are optional
    spec = importlib.util.spec_from_file_location("verdict_source", ROOT / "agents" / "verdict.py")
    assert spec is not None and spec.loader is not None
    source = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(source)
    schema = load_schema("verdict")
    assert set(source.Verdict.__required_keys__) == set(schema["required"])
    assert set(source.Verdict.__required_keys__) | set(source.Verdict.__optional_keys__) == set(schema["properties"])
    assert [s.value for s in Severity] == schema["properties"]["severity"]["enum"]


@pytest.mark.parametrize("producer", sorted(PRODUCERS))
def test_each_producer_makes_schema_valid_verdicts(producer: str) -> None:
    made = PRODUCERS[producer]()
    assert made, f"{producer} made no verdict"
    schema = load_schema("verdict")
    for verdict in made:
        jsonschema.validate(verdict, schema)
        validate("verdict", verdict)
        assert orjson.loads(orjson.dumps(verdict)) == verdict  # the severity travels as its plain name
        if producer == "fusion":
            assert verdict["scope"] == "event" and verdict["verdict_id"] == verdict_id_for(verdict["event_ids"][0])
        else:
            assert verdict["scope"] == "entity" and verdict["event_ids"] == [] and "evidence_event_ids" in verdict


def test_ids_are_stable_for_the_same_input_and_distinct_across_kinds() -> None:
    first = {name: [v["verdict_id"] for v in make()] for name, make in PRODUCERS.items()}
    again = {name: [v["verdict_id"] for v in make()] for name, make in PRODUCERS.items()}
    assert first == again  # a replay repeats every id, so the sinks drop the duplicate
    ids = [i for found in first.values() for i in found]
    assert len(ids) == len(set(ids)) >= 12


def test_event_ids_keep_their_scheme_and_never_meet_an_entity_id() -> None:
    # the ids PostgreSQL and the cockpit already hold stay valid
    assert verdict_id_for("e-1") == "v-" + hashlib.sha256(b"e-1").hexdigest()[:32]
    assert len({verdict_id_for("k"), verdict_id_for("k", "nk"), verdict_id_for("k", "dendritic")}) == 3
    [malicious, *_] = fusion()
    assert malicious["verdict_id"] == verdict_id_for("e-fusion") and malicious["event_ids"] == ["e-fusion"]
