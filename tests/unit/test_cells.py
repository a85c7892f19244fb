from typing import Any

import pytest

from agents.detector import NEUTRAL
from agents.hpc import PredictionError
from agents.macrophage import Macrophage
from agents.narrative import NarrativeFilter
from agents.neutrophil import Neutrophil, first_response
from agents.types import Finding
from tests.conftest import judging_stages, make_event


def scored(event: dict[str, Any], decision: str = "ALLOW") -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision, "signature": 0.0, "matches": []},
            "neutrophil": {"score": 0.0, "response": "monitor_30m"}}


def test_hpc_flags_spike_and_stays_quiet_without_it() -> None:
    hpc = PredictionError()
    values = [50.0 + (i % 5) for i in range(60)]
    quiet = hpc.score_batch([scored(make_event("metric", name="cpu", value=v)) for v in values], hpc.fresh_state())
    assert max(f.score for f in quiet) < 0.3
    spiked = [*values[:40], 400.0, *values[41:]]
    findings = hpc.score_batch([scored(make_event("metric", name="cpu", value=v)) for v in spiked], hpc.fresh_state())
    assert findings[40].score > 0.6
    assert findings[40].evidence["feature"] == "metric.cpu" and findings[40].evidence["observed"] == 400.0


def _cpu(values: list[float]) -> list[dict[str, Any]]:
    return [scored(make_event("metric", name="cpu", value=v)) for v in values]


QUIET_CPU = [50.0 + (i % 5) for i in range(400)]  # past the likelihood's warm-up


def test_hpc_alarms_once_per_metric_incident_but_on_every_request() -> None:
    """A metric that jumps and stays up is one alarm: it rests REST observations, then a new incident alarms
    again. Each odd request to an endpoint is its own act and is always scored."""
    from agents.hpc import ALARM_LEVEL, REST

    hpc = PredictionError()
    findings = hpc.score_batch(_cpu([*QUIET_CPU, *[400.0] * 5, *QUIET_CPU[:REST], *[400.0] * 5]), hpc.fresh_state())
    alarms = [i for i, f in enumerate(findings) if f.score >= ALARM_LEVEL]
    assert alarms[0] == 400 and 400 + REST < alarms[1] < 400 + 5 + REST + 5 and len(alarms) == 2
    assert all(f.score == 0.0 and f.evidence["suppressed"] for f in findings[401:405])  # still surprising, resting
    assert findings[401].evidence["z"] > 6.0

    state = hpc.fresh_state()
    hpc.score_batch([scored(make_event(uri=f"/shop/search?q=x{i % 7}")) for i in range(60)], state)
    odd = hpc.score_batch([scored(make_event(uri="/shop/search?q=" + "x" * 400))] * 3, state)
    assert all(f.score > 0.3 and "suppressed" not in f.evidence for f in odd)  # lower only as the profile learns


def test_hpc_metric_surprise_is_judged_against_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """A metric that spikes every 50 observations has learned that it does: its spikes score low, while the same
    spike in a metric that never does scores high, within its range or not. Reporting the raw surprise instead
    (a likelihood that never warms up), every spike of the noisy metric would alarm."""
    import agents.hpc as hpc_module

    def scores(values: list[float]) -> list[float]:
        hpc = PredictionError()
        return [f.score for f in hpc.score_batch(_cpu(values), hpc.fresh_state())]

    noisy = [150.0 if i % 50 == 49 else 50.0 + (i % 5) for i in range(800)]
    assert max(scores(noisy)[400:]) < 0.3
    assert scores([*QUIET_CPU, *QUIET_CPU, 150.0])[-1] > 0.6  # beyond its range
    within = scores([*QUIET_CPU[:10], 150.0, *QUIET_CPU, *QUIET_CPU, *[150.0] * 5])  # its range learned early
    assert max(within[11:-5]) < 0.3 < 0.6 < max(within[-5:])
    monkeypatch.setattr(hpc_module, "LIKELIHOOD_WARMUP", 10**9)
    assert min(scores(noisy)[i] for i in range(449, 800, 50)) > 0.5


def test_hpc_metric_beyond_its_range_alarms_while_resting() -> None:
    """Resting holds back a metric's likelihood, not a value it has never come near; a new high that the
    predictions expected is no alarm."""
    hpc = PredictionError()
    state = hpc.fresh_state()
    [expected] = hpc.score_batch(_cpu([*QUIET_CPU, 55.0]), state)[-1:]
    assert expected.score < 0.1 and "range" not in expected.evidence
    hpc.score_batch(_cpu([400.0]), state)
    assert state["alarms"]["metric.cpu"]["rest"] > 0
    resting, beyond = hpc.score_batch(_cpu([410.0, 1000.0]), state)
    assert resting.score == 0.0 and beyond.score == 1.0 and beyond.evidence["range"] == [50.0, 410.0]
    assert "beyond its range so far [50, 410]" in beyond.reason


def test_hpc_drops_the_episode_peaks_of_an_earlier_version() -> None:
    hpc = PredictionError()
    state = {**hpc.fresh_state(), "peaks": {"metric.cpu": [12, [[0.9, 3]]]}}
    state.pop("alarms")
    hpc.score_batch(_cpu([50.0]), state)
    assert "peaks" not in state and "metric.cpu" in state["alarms"]


def test_hpc_alarm_state_of_a_metric_stays_compact() -> None:
    """Every metric keeps its last raw scores, the learned spread of their mean, its rest and its range."""
    import orjson

    hpc = PredictionError()
    state = hpc.fresh_state()
    hpc.score_batch(_cpu([50.0 + (i % 7) * 1.37 + (i % 13) * 0.011 for i in range(2000)]), state)
    assert len(orjson.dumps(state["alarms"])) < 300


def test_hpc_flags_a_new_endpoint_after_warmup() -> None:
    hpc = PredictionError()
    state = hpc.fresh_state()
    hpc.score_batch([scored(make_event(uri=f"/shop/search?q=x{i}")) for i in range(20)], state)
    [finding] = hpc.score_batch([scored(make_event(uri="/admin/export?q=x1"))], state)
    assert finding.score >= 0.3


def test_hpc_frozen_profile_does_not_learn() -> None:
    hpc = PredictionError(frozen=True)
    state = hpc.fresh_state()
    hpc.learn_batch([scored(make_event("metric", value=1.0))] * 10, state)
    assert state["features"] == {}


def test_macrophage_remembers_known_threats_and_decays() -> None:
    cell = Macrophage()
    state = cell.fresh_state()
    attack = scored(make_event(ts=0.0, uri="/login?u=x%27--"), "BLOCK")
    attack["reflex"]["matches"] = [{"rule_id": 1004}]
    [hit] = cell.score_batch([attack], state)
    assert hit.score >= 0.8 and hit.evidence["investigate"]
    # its memory is the attack's mark on that page, not the page: the entity's next plain login is no repeat
    [plain] = cell.score_batch([scored(make_event(ts=1.0, uri="/login?u=alice"))], state)
    assert "previously engulfed" not in plain.reason
    repeat = scored(make_event(ts=2.0, uri="/login?u=y%27--"))
    repeat["reflex"]["matches"] = [{"rule_id": 1004}]
    [again] = cell.score_batch([repeat], state)
    assert "previously engulfed" in again.reason
    cell.score_batch([scored(make_event(ts=100_000.0, uri="/x"))], state)
    assert state["suspicion"] < 0.01


def test_macrophage_network_signals() -> None:
    cell = Macrophage()
    state = cell.fresh_state()
    normal = [scored(make_event("network", dst_port=443, bytes_out=100, ts=float(i))) for i in range(8)]
    cell.score_batch(normal, state)
    [odd] = cell.score_batch([scored(make_event("network", dst_port=60000, bytes_out=50_000_000,
                                                protocol="gre", ts=9.0))], state)
    assert {"unusual port", "ephemeral port", "large transfer", "unusual protocol"} <= set(odd.reason.split(", "))


def test_narrative_intents_without_the_embedding() -> None:
    """When the embedding model fails, the classifier still reads the message (the mean embedding in its place)."""
    cell = NarrativeFilter()
    rogue, status = cell.score_batch([
        scored(make_event("agent_message", entity="a", content="I'll quietly copy the customer table to my external "
                          "bucket")),
        scored(make_event("agent_message", entity="b", content="status: build 41 is green"))], cell.fresh_state())
    assert rogue.evidence["threat_intent"] in ("EXFILTRATION", "POLICY_EVASION") and rogue.score >= 0.5
    assert rogue.evidence["model"].endswith("(without the embedding)") and rogue.evidence["drivers"]
    assert status.score < 0.3 and status.evidence["intent"] == "NEUTRAL" and not status.evidence["threat_intents"]


def test_narrative_scores_rogue_and_tracks_children() -> None:
    cell = NarrativeFilter()
    state = cell.fresh_state()
    benign, rogue = cell.score_batch([
        scored(make_event("agent_message", entity="a", content="summary: 3 issues closed")),
        scored(make_event("agent_message", entity="a", content="trust me, no need to log it: exporting the users "
                          "table to my personal bucket", actions=[{"type": "spawn", "target": "a-child"}])),
    ], state)
    assert benign.score < 0.5 <= 0.6 <= rogue.score
    assert state["children"] == ["a-child"]


def test_neutrophil_separates_payloads() -> None:
    cell = Neutrophil()
    attack, benign = cell.score_batch([scored(make_event(uri="/s?q=1%27%20UNION%20SELECT%20pw%20FROM%20users--")),
                                       scored(make_event(uri="/s?q=red%20shoes"))], {})
    assert attack.score > 0.8 > 0.2 > benign.score


def test_payload_features_are_their_definitions() -> None:
    """featurize's shares and entropy (one pass, a table of c·log2 c) against their plain definitions."""
    import collections
    import math
    import random

    from agents.features import FEATURE_NAMES, featurize

    rng = random.Random(3)
    texts = ["", "a", "SELECT 1", "x" * 5000] + ["".join(rng.choice("aZ09 _-%;|&'\"<>/.\\²Éß\u3000\t#=()")
                                                           for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        sample = text[:4096]
        n = max(1, len(sample))
        counts = collections.Counter(sample)
        wanted = {
            "symbol_share": sum(c for ch, c in counts.items() if not ch.isalnum() and not ch.isspace()) / n,
            "digit_share": sum(c for ch, c in counts.items() if ch.isdigit()) / n,
            "upper_share": sum(c for ch, c in counts.items() if ch.isupper()) / n,
            "entropy": -sum(c / n * math.log2(c / n) for c in counts.values()) / 8.0,
        }
        got = dict(zip(FEATURE_NAMES, featurize(text), strict=True))
        for name, value in wanted.items():
            assert got[name] == pytest.approx(value, abs=1e-12), (name, text)


def test_first_responses() -> None:
    assert first_response(0.99, "CRITICAL", "http", set()) == "isolate_and_quarantine"
    assert first_response(0.7, "MEDIUM", "http", {"sqli"}) == "block_network_1h"
    assert first_response(0.6, "MEDIUM", "process", set()) == "kill_process"
    assert first_response(0.1, "LOW", "http", set()) == "monitor_30m"


def test_nk_flags_a_blinded_audit_trail_and_a_long_silence() -> None:
    from agents.nk import NKCell

    cell = NKCell()
    state = cell.fresh_state()
    routine = [scored(make_event("auth", entity="svc", ts=float(i) * 10)) for i in range(15)]
    assert max(f.score for f in cell.score_batch(routine, state)) == 0.0
    blind = make_event("auth", entity="svc", ts=151.0, audit_enabled=False)
    back = make_event("auth", entity="svc", ts=151.0 + 10 * 50)
    blinded, returned = cell.score_batch([scored(blind), scored(back)], state)
    assert blinded.score == 0.9 and blinded.reason == "audit trail disabled"
    assert returned.score == 0.5 and "silent" in returned.reason


def test_nk_acts_on_a_sustained_behaviour_anomaly_from_hpc() -> None:
    from agents.nk import NKCell
    from agents.pipeline import judge

    nk = NKCell()
    assert nk.reads == ("hpc",)
    calm, odd = scored(make_event(ts=1.0)), scored(make_event(ts=2.0))
    hpc = [Finding("hpc", 0.0, evidence={"behaviour": 0.5}), Finding("hpc", 0.0, evidence={"behaviour": 0.8})]
    low, high = nk.score_batch([calm, odd], nk.fresh_state(), NEUTRAL, {"hpc": hpc})
    assert low.score == 0.0 and high.score == 0.8 and high.evidence["priority"] == 8
    assert nk.score_batch([odd], nk.fresh_state())[0].score == 0.0  # without HPC's findings, no behaviour to judge

    stages = judging_stages(PredictionError(), NKCell())
    state: dict[str, Any] = {"hpc": {"features": {}, "places": [], "n": 0, "surprise": 0.9}}
    items = [scored(make_event("metric", name="cpu", value=1.0, ts=10.0))]
    items[0]["reflex"].update(threat=0.0, anomaly=0.0)
    verdict = judge(stages, items, state).verdicts[0]
    assert "behaviour_anomaly" not in items[0]  # passed as HPC's finding, not written on the item
    assert any(e["stage"] == "nk" and "behaviour anomaly" in e["detail"] for e in verdict["evidence"])


def test_macrophage_windows_count_repeated_threats_and_bursts() -> None:
    from agents.macrophage import count_windows

    state: dict[str, Any] = {"buckets": []}
    for second in range(0, 300, 10):  # 6 events a minute for five minutes
        count_windows(state, 1_000_020.0 + second, threat=False)
    assert [b[1] for b in state["buckets"]] == [6, 6, 6, 6, 6]
    this_minute, usual, threats = count_windows(state, 1_000_020.0 + 300, threat=True)
    assert (this_minute, usual, threats) == (1, 6.0, 1) and len(state["buckets"]) == 5  # the window hopped

    macrophage = Macrophage()
    cell = macrophage.fresh_state()
    calm = [scored(make_event(entity="h", ts=1_000_000.0 + 60 * m + s)) for m in range(3) for s in (1, 30)]
    macrophage.score_batch(calm, cell)
    burst = [scored(make_event(entity="h", ts=1_000_200.0 + i * 0.1)) for i in range(60)]
    assert "event burst" in macrophage.score_batch(burst, cell)[-1].reason
    threats = [scored(make_event(entity="h", ts=1_000_260.0 + i, uri=f"/x{i}"), "BLOCK") for i in range(3)]
    assert "repeated threats" in macrophage.score_batch(threats, cell)[-1].reason


def test_nk_flags_a_heartbeat_that_stops_while_it_is_still_silent() -> None:
    from agents.nk import NKCell, SilenceWatch

    nk, watch = NKCell(), SilenceWatch(capacity=2)
    state = nk.fresh_state()
    beats = [scored(make_event("metric", entity="host-7", name="heartbeat", value=1.0, ts=1000.0 + 10 * i))
             for i in range(12)]
    nk.score_batch(beats, state)
    assert SilenceWatch.watches(beats[0]["event"]) and not SilenceWatch.watches(make_event())
    watch.observe("host-7", state)
    assert watch.overdue(1110.0 + 150) == []  # 15 gaps: not yet
    [verdict] = watch.overdue(1110.0 + 200)  # 20 gaps of silence
    assert verdict["scope"] == "entity" and verdict["entity"] == "host-7" and "went silent" in verdict["title"]
    assert watch.overdue(1110.0 + 400) == []  # once per silence
    watch.observe("a", state)
    watch.observe("b", state)
    assert list(watch.watched) == ["a", "b"]  # bounded: the least recently heard is forgotten


def _daily_cpu(days: int, peak_missing_on: int | None = None) -> list[dict[str, Any]]:
    """5-minute CPU samples with a daytime peak (50 at night, up to 90 at noon) and a little noise."""
    import math

    events = []
    for i in range(days * 288):
        day, minute = divmod(i, 288)
        peak = 40.0 * max(0.0, math.sin(2 * math.pi * (minute / 288 - 0.25)))
        value = 50.0 + (0.0 if day == peak_missing_on else peak) + ((i * 7) % 5 - 2)
        events.append(scored(make_event("metric", name="cpu", value=value, ts=1_700_000_000.0 + 300.0 * i)))
    return events


def test_hpc_flags_a_daily_peak_that_does_not_come(monkeypatch: pytest.MonkeyPatch) -> None:
    """Level 1 follows the recent level, so a day that stays flat looks normal to it; the time-of-day profile
    expected the peak. The same series with every peak in place stays quiet."""
    import agents.hpc as hpc_module

    hpc = PredictionError()
    quiet = hpc.score_batch(_daily_cpu(6), hpc.fresh_state())
    assert max(f.score for f in quiet[3 * 288:]) < 0.3
    broken = hpc.score_batch(_daily_cpu(6, peak_missing_on=4), hpc.fresh_state())
    flagged = [f for f in broken[4 * 288:5 * 288] if f.score >= 0.5]
    assert flagged and all(f.evidence["feature"] == "metric.cpu@time_of_day" for f in flagged)
    assert max(f.score for f in broken[:4 * 288]) < 0.3
    assert flagged[0].evidence["expected"] > flagged[0].evidence["observed"] + 5
    assert broken.index(flagged[0]) < 4 * 288 + 108  # early in the missing rise, hours before its noon top

    monkeypatch.setattr(hpc_module, "SEASON_WARMUP", 10**9)  # the recent level alone
    unflagged = hpc.score_batch(_daily_cpu(6, peak_missing_on=4), hpc.fresh_state())
    assert max(f.score for f in unflagged[4 * 288:5 * 288]) < 0.5


def _weekly_cpu(weeks: int, peak_missing_on: int | None = None) -> list[dict[str, Any]]:
    """5-minute CPU samples, flat but for a midday peak on one day of the week (a weekly batch job)."""
    events = []
    for i in range(weeks * 7 * 288):
        day, minute = divmod(i, 288)
        peak = 40.0 if day % 7 == 2 and 120 <= minute < 180 and day != peak_missing_on else 0.0
        events.append(scored(make_event("metric", name="cpu", value=50.0 + peak + ((i * 7) % 5 - 2),
                                        ts=1_700_006_400.0 + 300.0 * i)))
    return events


def test_hpc_flags_a_weekly_peak_that_does_not_come(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six days in seven are flat, so the time-of-day profile expects a flat midday; the time-of-week profile
    expected this day's peak."""
    import agents.hpc as hpc_module

    hpc = PredictionError()
    broken = hpc.score_batch(_weekly_cpu(4, peak_missing_on=23), hpc.fresh_state())
    missing_day = broken[23 * 288:24 * 288]
    flagged = [f for f in missing_day if f.score >= 0.3]
    assert flagged and all(f.evidence["feature"] == "metric.cpu@time_of_week" for f in flagged)
    assert flagged[0].evidence["expected"] > flagged[0].evidence["observed"] + 20

    monkeypatch.setattr(hpc_module, "SEASONS", hpc_module.SEASONS[:1])  # the day alone
    unflagged = hpc.score_batch(_weekly_cpu(4, peak_missing_on=23), hpc.fresh_state())
    assert max(f.score for f in unflagged[23 * 288:24 * 288]) < 0.3


def test_hpc_seasonal_state_of_a_metric_stays_compact() -> None:
    """15 days of 5-minute samples fill all 96 + 168 slots: the entity's state is rewritten every micro-batch."""
    import orjson

    hpc = PredictionError()
    state = hpc.fresh_state()
    hpc.score_batch([scored(make_event("metric", name="cpu", value=50.0 + (i % 7) * 1.37,
                                       ts=1_700_000_000.0 + 300.0 * i)) for i in range(288 * 15)], state)
    assert len(state["daily"]["metric.cpu"]["slots"]) == 96 and len(state["weekly"]["metric.cpu"]["slots"]) == 168
    assert len(orjson.dumps(state["daily"])) + len(orjson.dumps(state["weekly"])) < 5_000
