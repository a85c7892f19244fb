"""Stage circuit breakers: the state machine, its invariants under random use, and the stages bypassed in the
pipeline cores (one verdict per event, degraded stages named, the fusion over what ran)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import orjson
import pytest

from agents import cortex, verdict
from agents.breakers import CLOSED, HALF_OPEN, OPEN, STAGES, Breaker, Breakers
from agents.dendritic import Correlator
from agents.macrophage import Macrophage
from agents.nk import NKCell
from agents.pipeline import Stages, breaker_observations, judge, scored_problem, triage
from agents.types import Finding, RawMessage
from schemas.contracts import validator
from schemas.errors import ConfigError
from schemas.settings import Settings
from streams.breaking import load_held, save_held, validate_change
from tests.conftest import judging_stages, make_event

BUDGET = 0.001


def breaker(**kwargs: Any) -> Breaker:
    return Breaker("narrative", BUDGET, cooldown_s=30.0, **{"window": 4, "min_events": 10, **kwargs})


def test_a_closed_breaker_opens_when_its_recent_time_per_event_exceeds_the_budget() -> None:
    b = breaker()
    assert b.observe(0.0005 * 20, 20, now=1.0) is None and b.state == CLOSED
    t = b.observe(0.010 * 20, 20, now=2.0)  # recent mean over the window: (0.01 + 0.2) / 40 > 1 ms
    assert t is not None and (t.before, t.after, t.cause) == (CLOSED, OPEN, "budget")
    assert t.latency_s == pytest.approx(0.21 / 40) and b.admits(3.0) == (False, None)


def test_one_slow_event_alone_does_not_trip_a_closed_breaker() -> None:
    b = breaker()
    assert b.observe(0.5, 1, now=1.0) is None  # a GC pause on a one-event batch: under min_events
    assert b.state == CLOSED


def test_after_the_cool_down_a_probe_runs_and_decides() -> None:
    b = breaker()
    b.failed(RuntimeError("boom"), now=10.0)
    assert b.state == OPEN and b.admits(39.0) == (False, None)
    runs, probe = b.admits(40.0)
    assert runs and probe is not None and (probe.after, probe.cause) == (HALF_OPEN, "probe")
    back = b.observe(0.002, 1, now=40.1)  # over budget: open again, a new cool-down
    assert back is not None and (back.after, back.cause) == (OPEN, "budget") and b.since == 40.1
    assert b.admits(71.0)[0] and b.state == HALF_OPEN
    closed = b.observe(0.0001 * 5, 5, now=71.2)
    assert closed is not None and (closed.after, closed.cause) == (CLOSED, "recovered")
    assert b.recent_per_event() == pytest.approx(0.0001)  # judged from the probe on, not the slow past


def test_an_error_in_a_probe_opens_again() -> None:
    b = breaker()
    b.failed("x", now=0.0)
    b.admits(31.0)
    t = b.failed(ValueError("again"), now=31.5)
    assert t is not None and (t.before, t.after, t.cause) == (HALF_OPEN, OPEN, "error")
    assert "ValueError: again" in t.detail


def test_an_operator_hold_survives_cool_downs_and_errors_until_released() -> None:
    b = breaker()
    t = b.hold_open(5.0, "alice", "storm")
    assert t is not None and (t.after, t.cause, t.who) == (OPEN, "operator", "alice")
    assert b.admits(10_000.0) == (False, None) and b.failed("boom", 10_001.0) is None
    assert b.hold_open(6.0, "bob", "again") is None and not b.operator_would_change(True)
    assert b.operator_would_change(False)
    released = b.release(7.0, "bob", "over")
    assert released is not None and (released.before, released.after, released.who) == (OPEN, CLOSED, "bob")
    assert b.release(8.0, "bob", "twice") is None and not b.operator_would_change(False)


def test_holding_a_tripped_breaker_is_a_change_and_closing_a_tripped_one_restores_it() -> None:
    b = breaker()
    b.failed("boom", 1.0)
    assert b.operator_would_change(True)
    held = b.hold_open(2.0, "op", "keep it off")
    assert held is not None and (held.before, held.after) == (OPEN, OPEN) and b.held is not None
    b2 = breaker()
    b2.failed("boom", 1.0)
    assert b2.operator_would_change(False) and b2.release(2.0, "op", "it is fine") is not None
    assert b2.state == CLOSED


def test_random_use_keeps_the_invariants() -> None:
    """Property check over random sequences: the state is one of three, a hold means open, the stage runs
    exactly when the breaker is not open, each transition starts where the previous ended, and a breaker that only
    ever sees costs within budget and no error opens only by an operator."""
    for seed in range(200):
        rng = random.Random(seed)
        b = breaker(window=rng.randint(1, 8), min_events=rng.randint(1, 20))
        within_only = rng.random() < 0.3
        now, last = 0.0, CLOSED
        for _ in range(60):
            now += rng.choice([0.1, 1.0, 10.0, 40.0])
            action = rng.random()
            if action < 0.4:
                runs, t = b.admits(now)
                assert runs == (b.state != OPEN)
            elif action < 0.8:
                events = rng.randint(0, 50)
                per = rng.uniform(0, BUDGET) if within_only else rng.uniform(0, 3 * BUDGET)
                t = b.observe(per * events, events, now)
            elif action < 0.87 and not within_only:
                t = b.failed("boom", now)
            elif action < 0.94:
                t = b.hold_open(now, "op", "r")
            else:
                t = b.release(now, "op", "r")
            assert b.state in (CLOSED, HALF_OPEN, OPEN)
            assert b.held is None or b.state == OPEN
            if t is not None:
                assert t.before == last, (seed, t)
                if within_only and t.after == OPEN:
                    assert t.cause == "operator", (seed, t)
                last = t.after
            assert b.state == last


def test_every_stage_has_a_breaker_and_holds_restore_after_a_restart(tmp_path: Path) -> None:
    settings = Settings()
    board = Breakers(settings.stage_budgets_s(), settings.breaker_cooldown_s)
    assert [s["stage"] for s in board.snapshot()] == list(STAGES)
    board.operate("dendritic", True, 1.0, "alice", "noisy")
    board["reflex"].failed("boom", 1.0)  # an automatic trip is not kept
    path = tmp_path / "worker" / "breakers.json"
    save_held(path, board.held())
    again = Breakers(settings.stage_budgets_s(), settings.breaker_cooldown_s)
    moved = again.restore(load_held(path), 2.0)
    assert [(t.stage, t.after, t.who, t.cause) for t in moved] == [("dendritic", OPEN, "alice", "restored")]
    assert again.bypassed(3.0)[0] == frozenset({"dendritic"})
    path.write_text("{not json")
    assert load_held(path) == {} and load_held(tmp_path / "missing.json") == {}


def test_settings_budgets_and_their_validation() -> None:
    budgets = Settings.from_env({"VERTICE_BUDGET_NARRATIVE_MS": "2.5"}).stage_budgets_s()
    assert set(budgets) == set(STAGES) and budgets["narrative"] == pytest.approx(0.0025)
    with pytest.raises(ConfigError, match="VERTICE_BUDGET_NK_MS"):
        Settings.from_env({"VERTICE_BUDGET_NK_MS": "0"})


def test_the_operators_request_is_checked() -> None:
    assert validate_change({"state": "open", "reason": "storm"}) == (True, "storm", "operator")
    assert validate_change({"state": "closed", "reason": "ok", "operator": "alice"}) == (False, "ok", "alice")
    for body in ({"state": "half_open", "reason": "x"}, {"state": "open"}, {"state": "open", "reason": "a\x00"}, []):
        with pytest.raises(Exception, match=r"state|reason"):
            validate_change(body)


def test_breaker_observations_count_the_narrative_filters_events_once() -> None:
    seen = breaker_observations({"ingest": 1.0, "reflex": 0.1, "semantic": 0.4}, {"reflex": 10, "narrative": 2}, {})
    assert seen == {"reflex": (0.1, 10), "narrative": (0.4, 2)}
    later = breaker_observations({"macrophage": 0.2, "hpc": 0.1, "hpc_profile": 0.1, "narrative": 0.05},
                                 {}, {"macrophage": 10, "hpc": 10, "hpc_profile": 3, "narrative": 2})
    assert later == {"macrophage": (0.2, 10), "hpc": (0.2, 10), "narrative": (0.05, 0)}


def test_a_large_event_counts_once_per_4_kib_so_padding_cannot_trip_a_breaker() -> None:
    stages = Stages.default()
    small = [make_event(entity=f"pad-{i}") for i in range(3)]
    padded = make_event(entity="pad-big", uri="/q?x=" + "a" * (64 * 1024))
    envelope = [make_event(entity=f"env-{i}") for i in range(50)]  # many small events share one message
    messages = [RawMessage(orjson.dumps(e), "t", 0, i) for i, e in enumerate([*small, padded])]
    messages.append(RawMessage(orjson.dumps(envelope), "t", 0, 9))
    out = triage(stages, messages, now=1.0)
    items = {i["event"]["entity"]: i for group in out.by_entity.values() for i in group}
    assert items["pad-big"]["units"] == 17  # 64 KiB of payload and its fields: 17 units of 4 KiB
    assert not any("units" in items[e["entity"]] for e in [*small, *envelope])
    assert out.counts["reflex"] == 3 + 17 + 50 and out.counts["neutrophil"] == 3 + 17 + 50
    assert scored_problem(items["pad-big"]) is None  # the immune agent takes it from the scored topic
    for bad in (0, -1, "3", True, 10**9, 2.5):
        assert "units" in (scored_problem({**items["pad-big"], "units": bad}) or ""), bad
    counts: dict[str, int] = {}
    judge(stages, [items["pad-big"]], {}, now=1.0, counts=counts)
    assert counts["macrophage"] == 17 and counts["hpc"] == 17


def test_with_the_core_rule_set_the_reflex_budget_is_at_least_its_cost(tmp_path: Path) -> None:
    assert Settings.from_env({}).stage_budgets_s()["reflex"] == pytest.approx(0.0025)
    with_crs = Settings.from_env({"VERTICE_CRS_RULES": str(tmp_path)}).stage_budgets_s()
    assert with_crs["reflex"] == pytest.approx(0.05)
    higher = Settings.from_env({"VERTICE_CRS_RULES": str(tmp_path), "VERTICE_BUDGET_REFLEX_MS": "80"})
    assert higher.stage_budgets_s()["reflex"] == pytest.approx(0.08)


def scrutinised_item() -> tuple[Stages, dict[str, Any]]:
    correlator = Correlator()
    correlator.scrutiny["rule:1001"] = 1e12
    stages = judging_stages(Macrophage(), NKCell(), correlator=correlator)
    item = {"event": make_event(), "reflex": {"decision": "INVESTIGATE", "threat": 0.3, "anomaly": 0.0,
                                              "matches": [{"rule_id": 1001}]},
            "neutrophil": {"score": 0.2, "response": "monitor_30m"}}
    return stages, item


def test_a_bypassed_dendritic_cell_leaves_its_finding_out_and_says_so() -> None:
    stages, item = scrutinised_item()
    whole = judge(stages, [dict(item)], {}, now=1.0).verdicts[0]
    assert "dendritic" in [e["stage"] for e in whole["evidence"]] and "degraded" not in whole
    bypassed = judge(stages, [dict(item)], {}, now=1.0, bypass=frozenset({"dendritic"})).verdicts[0]
    assert "dendritic" not in [e["stage"] for e in bypassed["evidence"]]
    assert bypassed["degraded"] == ["dendritic"]
    assert bypassed["evidence"][-1] == {"stage": "breaker", "score": 0.0, "degraded": ["dendritic"],
                                        "detail": "bypassed (breaker open): dendritic"}
    assert bypassed["score"] < whole["score"]  # the fusion of what ran
    validator("verdict")(bypassed)


class Failing:
    name = stage = "nk"
    kinds = frozenset({"http"})
    reads: tuple[str, ...] = ()
    feeds: frozenset[str] = frozenset()

    def fresh_state(self) -> dict[str, Any]:
        return {}

    def learn_batch(self, items: Any, state: Any, modulation: Any = None) -> None:
        raise RuntimeError("broken cell")

    def score_batch(self, items: Any, state: Any, modulation: Any = None, earlier: Any = None) -> list[Finding]:
        raise RuntimeError("broken cell")


def test_a_cell_that_raises_is_left_out_and_reported_and_every_event_keeps_its_verdict() -> None:
    stages = judging_stages(Macrophage(), Failing())
    items = [{"event": make_event(), "reflex": {"decision": "ALLOW", "threat": 0.0, "anomaly": 0.0, "matches": []},
              "neutrophil": {"score": 0.0, "response": "monitor_30m"}} for _ in range(3)]
    judged = judge(stages, items, {}, now=1.0)
    assert len(judged.verdicts) == 3 and set(judged.failed) == {"nk"}
    assert all(v["degraded"] == ["nk"] for v in judged.verdicts)


@pytest.fixture(scope="module")
def stages() -> Stages:
    return Stages.default(dedup_capacity=1000)


def messages(*events: dict[str, Any]) -> list[RawMessage]:
    return [RawMessage(orjson.dumps(e), "telemetry", 0, i) for i, e in enumerate(events)]


def test_a_bypassed_reflex_layer_falls_back_to_the_neutrophil(stages: Stages) -> None:
    attack = make_event(uri="/search?q=1%27%20UNION%20SELECT%20password%20FROM%20users--")
    out = triage(stages, messages(attack), 0.0, bypass=frozenset({"reflex"}))
    item = out.by_entity[attack["entity"]][0]
    assert item["reflex"]["decision"] == "BYPASSED" and item["degraded"] == ["reflex"]
    assert scored_problem(item) is None and out.counts["reflex"] == 1
    v = judge(stages, [item], {}, now=1.0).verdicts[0]
    assert "reflex" not in [e["stage"] for e in v["evidence"]] and v["degraded"] == ["reflex"]
    assert v["final_verdict"] != "BENIGN"  # the neutrophil still reads the payload
    assert scored_problem({**item, "degraded": ["spleen"]}) is not None


def test_a_bypassed_narrative_filter_is_named_only_on_agent_messages(stages: Stages) -> None:
    note, request = make_event("agent_message", entity="agent-1"), make_event()
    out = triage(stages, messages(note, request), 0.0, bypass=frozenset({"narrative"}))
    by_kind = {i["event"]["kind"]: i for items in out.by_entity.values() for i in items}
    assert "semantic" not in by_kind["agent_message"] and by_kind["agent_message"]["degraded"] == ["narrative"]
    assert "degraded" not in by_kind["http"] and out.counts["narrative"] == 0
    v = judge(stages, [by_kind["agent_message"]], {}, now=1.0, bypass=frozenset({"narrative"})).verdicts[0]
    assert v["degraded"] == ["narrative"] and "narrative" not in [e["stage"] for e in v["evidence"][:-1]]


def test_an_incident_the_cortex_did_not_decide_is_left_for_operators() -> None:
    incident = {"incident_id": "i-abc", "verdict_id": "v-abc", "entity": "10.0.0.9", "kind": "http",
                "category": "THREAT", "severity": "HIGH", "score": 0.9, "features": {}, "event_ids": ["e-1"],
                "ts": 5.0}
    left = cortex.left_for_operators(incident, "its breaker is open", 6.0)
    validator("verdict")(left)
    assert left["scope"] == "entity" and left["degraded"] == ["cortex"] and left["evidence_event_ids"] == ["e-1"]
    assert left == cortex.left_for_operators(incident, "its breaker is open", 6.0)  # a replay repeats it


def test_join_without_the_reflex_finding_fuses_what_ran() -> None:
    item = {"event": make_event(), "reflex": {"decision": "BYPASSED", "threat": 0.0, "anomaly": 0.0, "matches": []}}
    v, _ = verdict.join(item, [Finding("neutrophil", 0.9)], now=0.0, escalation_threshold=0.8,
                        degraded=["reflex"])
    assert v["score"] == pytest.approx(verdict.fuse([Finding("neutrophil", 0.9)]), abs=1e-4)
