"""HPC level 3 (global rates) and the neuromodulators, on synthetic series with and without planted changes."""

from __future__ import annotations

import random
from typing import Any

import pytest

from agents.hpc import GlobalRates, PredictionError
from agents.neuromodulation import Modulation, Neuromodulators
from agents.pipeline import feel, judge, modulation_of
from tests.conftest import judging_stages


def traffic(rates: list[int], kind: str = "http", threats_at: frozenset[int] = frozenset(),
            seed: int = 3) -> list[dict[str, Any]]:
    """``rates[s]`` events in second ``s``, evenly spread; those in seconds ``threats_at`` are threats."""
    rng = random.Random(seed)
    items = []
    for second, n in enumerate(rates):
        for i in range(n):
            items.append({"event": {"ts": 1000.0 + second + i / max(1, n), "kind": kind},
                          "threat": second in threats_at and rng.random() < 0.5, "hpc_error": 0.0})
    return items


def bucket_scores(detector: GlobalRates, items: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The level-3 finding seen by the first event of each second (it describes the second before)."""
    findings = detector.score_batch(items, detector.fresh_state())
    out: dict[int, dict[str, Any]] = {}
    for item, finding in zip(items, findings, strict=True):
        second = int(item["event"]["ts"] - 1000.0)
        out.setdefault(second, {"score": finding.score, **finding.evidence})
    return out


def steady(seconds: int, seed: int = 1) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(90, 110) for _ in range(seconds)]


def test_level3_quiet_on_a_steady_rate() -> None:
    scores = bucket_scores(GlobalRates(), traffic(steady(120)))
    assert max(s["score"] for s in scores.values()) < 0.2


def test_level3_flags_a_rate_change() -> None:
    rates = steady(120)
    rates[80:] = [r * 10 for r in rates[80:]]  # a 10× burst from second 80
    scores = bucket_scores(GlobalRates(), traffic(rates))
    assert scores[81]["score"] > 0.6
    assert scores[81]["feature"] == "rate.http"
    assert scores[81]["observed"] > 5 * scores[81]["expected"]
    assert max(scores[s]["score"] for s in range(40, 80)) < 0.2


def test_level3_flags_a_silence_when_traffic_returns() -> None:
    rates = [*steady(60), *[0] * 20, *steady(10, seed=2)]
    scores = bucket_scores(GlobalRates(), traffic(rates))
    assert scores[80]["score"] > 0.5 and scores[80]["observed"] == 0.0  # the first event after the silence


def test_level3_flags_a_jump_in_the_threat_share() -> None:
    items = traffic(steady(90), threats_at=frozenset(range(70, 90)))
    scores = bucket_scores(GlobalRates(), items)
    assert scores[71]["score"] > 0.6 and scores[71]["feature"] == "threat_share"
    assert max(scores[s]["score"] for s in range(40, 70)) < 0.2


def test_level3_receives_level2_error_from_below() -> None:
    items = traffic(steady(90))
    for item in items[len(items) * 3 // 4:]:
        item["hpc_error"] = 0.8
    scores = bucket_scores(GlobalRates(), items)
    assert max(s["score"] for s in scores.values()) > 0.6
    assert any(s["feature"] == "level2_error" for s in scores.values() if s["score"] > 0.6)


def calm_then_attacked(levels: Neuromodulators, calm_s: int, attacked_s: int, share: float) -> list[dict[str, float]]:
    history = []
    for second in range(calm_s + attacked_s):
        threats = int(100 * share) if second >= calm_s else 0
        levels.observe(events=100, threats=threats, prediction_error=0.3 if second >= calm_s else 0.0,
                       now=1000.0 + second)
        history.append(levels.levels())
    return history


def test_neuromodulators_rest_when_calm() -> None:
    history = calm_then_attacked(Neuromodulators(), 300, 0, 0.0)
    assert history[-1]["norepinephrine"] < 0.01 and history[-1]["acetylcholine"] < 0.01
    assert history[-1]["serotonin"] > 0.95
    assert history[-1]["threshold_scale"] == pytest.approx(1.0, abs=0.01)


def test_arousal_lowers_thresholds_and_slows_learning_within_bounds() -> None:
    history = calm_then_attacked(Neuromodulators(), 120, 120, 0.2)
    rest, attacked = history[119], history[-1]
    assert attacked["norepinephrine"] > 0.95 and attacked["acetylcholine"] > 0.95
    assert 0.7 <= attacked["threshold_scale"] < rest["threshold_scale"] - 0.2
    assert 0.25 <= attacked["learning_scale"] < rest["learning_scale"]
    assert history[130]["dopamine"] < 0.25  # more threats than expected: a negative reward prediction error
    assert attacked["serotonin"] < rest["serotonin"]


def test_serotonin_is_patience_thresholds_hold_longer_when_calm() -> None:
    def seconds_to_move(serotonin: float) -> int:
        levels = Neuromodulators(serotonin=serotonin, updated=999.0)
        for second in range(600):
            levels.observe(events=100, threats=20, prediction_error=0.0, now=1000.0 + second)
            if levels.threshold_scale < 0.85:
                return second
        return 600

    assert seconds_to_move(0.0) < seconds_to_move(1.0)


def test_levels_survive_a_table_round_trip() -> None:
    import dataclasses
    import json

    levels = Neuromodulators()
    calm_then_attacked(levels, 10, 10, 0.1)
    restored = Neuromodulators.from_dict(json.loads(json.dumps(dataclasses.asdict(levels))))
    assert restored == levels


def test_modulation_changes_what_the_cells_flag() -> None:
    def spike_score(modulation: Modulation) -> float:
        hpc = PredictionError()
        state = hpc.fresh_state()
        values = [50.0 + (i % 5) for i in range(40)]
        hpc.score_batch([{"event": {"kind": "metric", "metric": {"name": "cpu", "value": v}}} for v in values], state,
                        modulation)
        return hpc.score_batch([{"event": {"kind": "metric", "metric": {"name": "cpu", "value": 56.0}}}],
                               state, modulation)[0].score

    assert spike_score(Modulation()) == 0.0
    assert spike_score(Modulation(threshold_scale=0.7)) > 0.0


def verdict(ts: float, final: str = "BENIGN", hpc: float = 0.0) -> dict[str, Any]:
    return {"event_ts": ts, "kind": "http", "final_verdict": final,
            "evidence": [{"stage": "hpc", "score": hpc}] if hpc else []}


def test_feel_passes_errors_up_and_modulation_down() -> None:
    stages = judging_stages(PredictionError())
    state: dict[str, Any] = {}
    for second in range(60):
        feel(stages, [verdict(1000.0 + second + i / 50) for i in range(50)], state, now=1000.0 + second)
    assert modulation_of(stages, state).threshold_scale == pytest.approx(1.0, abs=0.01)
    closed = None
    for second in range(60, 120):
        batch = [verdict(1000.0 + second + i / 50, "MALICIOUS" if i % 5 == 0 else "BENIGN", 0.6) for i in range(50)]
        found, levels = feel(stages, batch, state, now=1000.0 + second)
        closed = closed or (found if found is not None and found.score > 0.6 else None)
    assert closed is not None and closed.evidence["level"] == 3
    assert levels.norepinephrine > 0.9
    assert modulation_of(stages, state).threshold_scale < 0.8  # what judge and the next feel pass the cells
    assert state["neuromodulators"]["norepinephrine"] == levels.norepinephrine


def test_feel_without_neuromodulation_keeps_base_thresholds() -> None:
    stages = judging_stages(PredictionError(), neuromodulation=False)
    state: dict[str, Any] = {}
    for second in range(60):
        feel(stages, [verdict(1000.0 + second, "MALICIOUS")], state, now=1000.0 + second)
    assert state["neuromodulators"]["norepinephrine"] > 0.9  # tracked and shown
    assert modulation_of(stages, state) == Modulation()


def test_judge_passes_the_modulation_to_the_cells() -> None:
    stages = judging_stages(PredictionError())
    state: dict[str, Any] = {}
    calm = [{"event": {"kind": "metric", "entity": "h1", "event_id": f"e{i}", "ts": float(i),
                       "metric": {"name": "cpu", "value": 50.0 + (i % 5)}},
             "reflex": {"decision": "ALLOW", "threat": 0.0, "anomaly": 0.0, "matches": []},
             "neutrophil": {"score": 0.0, "response": "monitor_30m"}} for i in range(41)]
    calm[-1]["event"]["metric"]["value"] = 56.0
    aroused = Modulation(threshold_scale=0.7)
    at_rest = judge(stages, calm, {}, now=0.0).verdicts[-1]
    alert = judge(stages, calm, state, now=0.0, modulation=aroused).verdicts[-1]
    assert not any(e["stage"] == "hpc" for e in at_rest["evidence"])
    assert any(e["stage"] == "hpc" for e in alert["evidence"])
