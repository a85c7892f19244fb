"""HPC: prediction-error anomaly scoring; each feature is predicted from its own running history."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, NamedTuple

from agents.detector import ALL_KINDS, NEUTRAL, NOTHING, Earlier, Scored, State
from agents.neuromodulation import Modulation
from agents.types import Finding

WARMUP = 8
MAX_PATHS = 128
MAX_FEATURES = 512
# The error distribution is learned over ~300 observations, the prediction over ~20: a level that drifts is
# followed, while what counts as a surprising error stays put.
ERROR_RATE = 0.003
# An error's spread is never taken below 1% of the level: on a constant series any change would be infinitely
# surprising, and a wider floor hides real shifts.
RELATIVE_FLOOR = 0.01
# A metric is also predicted by its usual value at this time of day (96 quarter-hours) and of the week (168 hours):
# a daily peak that fails to come, or comes at night, is surprising although the recent level explains it. Each
# slot follows its visits at SEASON_RATE; a season speaks after two periods and SEASON_WARMUP visits of the slot.
# Other kinds have no such rhythm to learn.
SEASON_RATE = 0.2
SEASON_WARMUP = 3
SLOT_VISITS_KEPT = max(SEASON_WARMUP, round(1 / SEASON_RATE))  # past it, neither the warm-up nor the rate changes
DAY_S = 86_400.0


class Season(NamedTuple):
    state_key: str  # where its profiles live in the entity's state
    label: str  # how the evidence names it
    period_s: float
    bins: int


SEASONS: tuple[Season, ...] = (Season("daily", "time_of_day", DAY_S, 96),
                               Season("weekly", "time_of_week", 7 * DAY_S, 168))
MAX_SEASONAL = 16  # metrics per entity with seasonal profiles (each holds up to 96 + 168 slots)

# A metric is a continuous signal, so its surprise is judged against its own history of surprise (Numenta's anomaly
# likelihood): the mean raw score of its last LIKELIHOOD_SHORT observations against the distribution of that mean
# over about LIKELIHOOD_HORIZON observations, scored as -log10 of its tail probability / 10 (0.6: one in a million).
# A noisy metric's usual surprises then score low and a quiet one's first break high, so one threshold serves every
# metric. After an alarm the metric rests REST observations (one incident, one alarm); a surprising value beyond its
# whole range so far (by more than RANGE_TOLERANCE of it) alarms regardless. Before LIKELIHOOD_WARMUP observations
# the raw score stands, since a new metric's first rise is new every time. Requests, processes and logins are
# separate acts and always scored. How these constants were chosen: docs/PERFORMANCE.md, "HPC on NAB".
LIKELIHOOD_SHORT = 10
LIKELIHOOD_HORIZON = 8640
LIKELIHOOD_WARMUP = 300
ALARM_LEVEL = 0.6
REST = 300
RANGE_TOLERANCE = 0.05


def ewma_update(stats: list[float], value: float, learning_rate: float,
                error_rate: float | None = None) -> list[float]:
    """``[mean, error variance, count]`` after one more observation. The mean is the prediction and follows at
    ``learning_rate``; the variance of its error, which calibrates surprise, follows at ``error_rate`` (default
    the same). Both are plain running means while there are fewer observations than one over their rate."""
    mean, var, count = stats
    rate = max(learning_rate, 1.0 / (count + 1))
    error_weight = max(learning_rate if error_rate is None else error_rate, 1.0 / (count + 1))
    delta = value - mean
    return [mean + rate * delta, (1 - error_weight) * (var + error_weight * delta * delta), count + 1]


def surprise_score(z: float, z_alarm: float) -> float:
    """A calibrated surprise as a score in [0, 1): 0 up to the alarm, then rising with the excess over it."""
    return 1.0 - math.exp(-max(0.0, z - z_alarm) / 6.0)


def observe(event: dict[str, Any]) -> tuple[dict[str, float], str | None]:
    """Numeric features of an event and its categorical 'place' (HTTP path, process name, metric name)."""
    kind = event["kind"]
    body = event.get(kind, {})
    if kind == "http":
        path, _, query = str(body["uri"]).partition("?")
        params = [p for p in query.split("&") if p]
        values = "".join(p.partition("=")[2] for p in params)
        symbols = sum(1 for ch in values if not ch.isalnum()) / max(1, len(values))
        place = f"{body['method']} {path}"
        # per endpoint: a session's search and its registration form have different shapes (prediction from the
        # context above the event, not from the entity's mix of endpoints)
        return {
            f"http.uri_length@{place}": float(len(body["uri"])), f"http.params@{place}": float(len(params)),
            f"http.body_length@{place}": float(len(body.get("body", ""))), f"http.value_symbols@{place}": symbols,
        }, place
    if kind == "process":
        return {"process.cmdline_length": float(len(body.get("cmdline", "")))}, str(body["name"])
    if kind == "network":
        return {"network.log_bytes_out": math.log1p(float(body.get("bytes_out", 0))),
                "network.dst_port": float(body["dst_port"])}, str(body.get("protocol", "tcp"))
    if kind == "auth":
        return {"auth.failure": 1.0 if body["outcome"] == "failure" else 0.0}, str(body.get("method", "password"))
    if kind == "metric":
        return {f"metric.{body['name']}": float(body["value"])}, None
    return {"agent_message.length": float(len(body.get("content", "")))}, None


class PredictionError:
    """Level 1: per-entity exponentially weighted mean/variance per feature (and, for metrics, the usual value at
    this time of day and of the week); surprise is the largest of the predictions' calibrated z. A metric reports
    how improbable its recent surprise is for it (its likelihood), rests after an alarm, and alarms beyond its range.
    The likelihood and the range learn only as metrics are scored, and stay put while frozen."""

    name = "hpc"
    stage = "hpc"
    kinds: frozenset[str]  # set per instance: mypyc compiles no class attribute but a literal
    reads: tuple[str, ...]
    feeds: frozenset[str]

    def __init__(self, learning_rate: float = 0.05, z_alarm: float = 3.0, frozen: bool = False,
                 error_rate: float = ERROR_RATE) -> None:
        self.kinds = ALL_KINDS
        self.reads = ()
        self.feeds = frozenset()
        self.learning_rate = learning_rate
        self.error_rate = error_rate
        self.z_alarm = z_alarm
        self.frozen = frozen

    def fresh_state(self) -> State:
        return {"features": {}, "places": [], "n": 0, "daily": {}, "weekly": {}, "alarms": {}}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        for item in items:
            features, place = observe(item["event"])
            self._update(state, features, place, _event_ts(item["event"]), modulation.learning_scale)

    def _update(self, state: State, features: dict[str, float], place: str | None, ts: float | None,
                learning_scale: float) -> None:
        if self.frozen:
            return
        state["n"] += 1
        for name, value in features.items():
            if ts is not None and name.startswith("metric."):
                for season in SEASONS:
                    _learn_season(state.setdefault(season.state_key, {}), season, name, value, ts, self.error_rate)
            stats = state["features"].get(name)
            if stats is None:
                if len(state["features"]) < MAX_FEATURES:  # bounded state per entity
                    state["features"][name] = [value, 1.0, 1]
                continue
            state["features"][name] = ewma_update(stats, value, self.learning_rate * learning_scale, self.error_rate)
        if place is not None and place not in state["places"]:
            state["places"] = [*state["places"], place][-MAX_PATHS:]

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        findings = []
        for item in items:
            # top-down: arousal lowers the alarm, attention lowers it further on an entity already surprising
            attention = 1.0 - 0.3 * modulation.attention * state.get("surprise", 0.0)
            z_alarm = self.z_alarm * modulation.threshold_scale * attention
            features, place = observe(item["event"])
            ts = _event_ts(item["event"])
            worst_name, worst_z, expected, observed = "", 0.0, 0.0, 0.0
            for name, value in features.items():
                stats = state["features"].get(name)
                if stats is None or stats[2] < WARMUP:
                    continue
                mean, var, _ = stats
                z = abs(value - mean) / math.sqrt(var + 1e-6 + (RELATIVE_FLOOR * abs(mean)) ** 2)
                if z > worst_z:
                    worst_name, worst_z, expected, observed = name, z, mean, value
                if ts is not None and name.startswith("metric."):
                    for season in SEASONS:
                        usual = _seasonal_surprise(state.get(season.state_key, {}), season, name, value, ts)
                        if usual is not None and usual[0] > worst_z:
                            worst_name, worst_z, expected, observed = f"{name}@{season.label}", *usual, value
            score = surprise_score(worst_z, z_alarm)
            alarm: dict[str, Any] = {}
            if item["event"]["kind"] == "metric":  # its one feature is the metric
                metric, reading = next(iter(features.items()))
                if "alarms" not in state:
                    state.pop("peaks", None)  # the episode peaks that alarms replace (states of earlier versions)
                score, alarm = _metric_alarm(state.setdefault("alarms", {}), metric, reading, score,
                                             learn=not self.frozen)
            if place is not None and state["n"] >= WARMUP and place not in state["places"]:
                if score < 0.3:
                    worst_name, expected, observed = "place", 0.0, 1.0
                score = max(score, 0.3)
            self._update(state, features, place, ts, modulation.learning_scale)
            state["surprise"] = round(0.9 * state.get("surprise", 0.0) + 0.1 * score, 4)
            evidence = {"level": 2, "feature": worst_name, "expected": round(expected, 4),
                        "observed": round(observed, 4), "z": round(worst_z, 3), "behaviour": state["surprise"]}
            reason = f"{worst_name} z={worst_z:.1f}" if worst_name else "as expected"
            evidence.update(alarm)
            if "range" in alarm:
                reason += f", beyond its range so far [{alarm['range'][0]:g}, {alarm['range'][1]:g}]"
            elif "suppressed" in alarm:
                reason += " (resting after this metric's alarm: one incident, one alarm)"
            elif "tail" in alarm:
                reason += f" (its recent surprise: 1 in {1 / max(alarm['tail'], 1e-10):.3g} for this metric)"
            findings.append(Finding("hpc", score, reason, evidence))
        return findings


def _metric_alarm(alarms: dict[str, Any], metric: str, value: float, raw: float,
                  learn: bool) -> tuple[float, dict[str, Any]]:
    """(the score to report for ``metric``'s ``value`` whose raw surprise score is ``raw``, what decided it:
    ``tail`` the tail probability of its recent surprise, ``suppressed`` resting after an alarm, ``range`` the
    [low, high] that a value beyond it broke). ``alarms[metric]`` holds its last raw scores, the learned mean,
    variance and count of their mean, the observations left to rest, and the range of its values."""
    alarm = alarms.get(metric)
    if alarm is None:
        alarm = alarms[metric] = {"recent": [], "mean": 0.0, "var": 0.0, "n": 0, "rest": 0, "low": value,
                                  "high": value}
    recent = alarm["recent"] = [*alarm["recent"][1 - LIKELIHOOD_SHORT:], round(raw, 4)]
    short = sum(recent) / len(recent)
    decided: dict[str, Any] = {}
    score = raw
    if alarm["n"] >= LIKELIHOOD_WARMUP:
        tail = 0.5 * math.erfc((short - alarm["mean"]) / math.sqrt(2.0 * max(alarm["var"], 1e-8)))
        score = max(0.0, -math.log10(tail + 1e-10) / 10.0)
        decided["tail"] = float(f"{tail:.3g}")
    low, high = alarm["low"], alarm["high"]
    margin = RANGE_TOLERANCE * (high - low)
    beyond = raw > 0.0 and alarm["n"] >= LIKELIHOOD_WARMUP and not low - margin <= value <= high + margin
    if learn:
        alarm["mean"], alarm["var"], alarm["n"] = ewma_update([alarm["mean"], alarm["var"], alarm["n"]], short,
                                                              1.0 / LIKELIHOOD_HORIZON)
        alarm["low"], alarm["high"] = min(low, value), max(high, value)
    if alarm["rest"] > 0:
        alarm["rest"] -= 1
        if score > 0.0:
            decided["suppressed"] = True
        score = 0.0
    elif score >= ALARM_LEVEL:
        alarm["rest"] = REST
    if beyond:
        decided["range"] = [low, high]
        score = 1.0
    return score, decided


def _event_ts(event: dict[str, Any]) -> float | None:
    ts = event.get("ts")
    return None if ts is None else float(ts)


def _slot(season: Season, ts: float) -> str:
    """The slot of ``season`` that ``ts`` falls in, as a table key (state is JSON: keys are text)."""
    return str(int(ts % season.period_s / season.period_s * season.bins))


def _seasonal_surprise(profiles: dict[str, Any], season: Season, name: str, value: float,
                       ts: float) -> tuple[float, float] | None:
    """(z of ``value`` against its usual value at this point of ``season``, that usual value), or None while
    unlearned."""
    profile = profiles.get(name)
    if profile is None or ts - profile["since"] < 2 * season.period_s or profile["errors"][1] < 50:
        return None
    slot = profile["slots"].get(_slot(season, ts))
    if slot is None or slot[1] < SEASON_WARMUP:
        return None
    usual = slot[0]
    return abs(value - usual) / math.sqrt(profile["errors"][0] + 1e-6 + (RELATIVE_FLOOR * abs(usual)) ** 2), usual


def _learn_season(profiles: dict[str, Any], season: Season, name: str, value: float, ts: float,
                  error_rate: float) -> None:
    """The slot's usual value follows its visits; the error against it is learned over the whole period."""
    profile = profiles.get(name)
    if profile is None:
        if len(profiles) >= MAX_SEASONAL:
            return
        profile = profiles[name] = {"since": ts, "slots": {}, "errors": [0.0, 0]}
    key = _slot(season, ts)
    slot = profile["slots"].get(key)
    if slot is None:
        profile["slots"][key] = [float(f"{value:.6g}"), 1]
        return
    usual, visits = slot
    if visits >= SEASON_WARMUP:
        variance, count = profile["errors"]
        weight = max(error_rate, 1.0 / (count + 1))
        error = value - usual
        profile["errors"] = [(1 - weight) * (variance + weight * error * error), count + 1]
    # 6 significant digits, and visits counted only as far as they change the rate: a metric's 264 slots stay small
    # in its entity's state
    slot[0] = float(f"{usual + max(SEASON_RATE, 1.0 / (visits + 1)) * (value - usual):.6g}")
    slot[1] = min(visits + 1, SLOT_VISITS_KEPT)


class GlobalRates:
    """Level 3: events per second of each kind, the share of threats and the mean level-2 error, each predicted
    from its own history (exponentially weighted mean and variance over event-time buckets); the surprise of a
    closed bucket is a calibrated z with a Poisson floor, so a quiet series does not alarm on counting noise."""

    name = "hpc_global"
    stage = "hpc_global"
    kinds: frozenset[str]
    reads: tuple[str, ...]
    feeds: frozenset[str]

    def __init__(self, bucket_s: float = 1.0, learning_rate: float = 0.05, z_alarm: float = 4.0,
                 warmup_buckets: int = 30, max_gap_buckets: int = 60) -> None:
        self.kinds = ALL_KINDS
        self.reads = ()
        self.feeds = frozenset()
        self.bucket_s = bucket_s
        self.learning_rate = learning_rate
        self.z_alarm = z_alarm
        self.warmup_buckets = warmup_buckets
        self.max_gap_buckets = max_gap_buckets

    def fresh_state(self) -> State:
        return {"bucket": None, "counts": {}, "threats": 0, "errors": 0.0, "stats": {}, "closed": 0,
                "last": {"score": 0.0, "series": "", "expected": 0.0, "observed": 0.0, "z": 0.0}}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        self._run(items, state, modulation, scoring=False)

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        """Each event gets the surprise of the latest closed bucket at the time it arrived: global context."""
        return self._run(items, state, modulation, scoring=True)

    def _run(self, items: Sequence[Scored], state: State, modulation: Modulation, scoring: bool) -> list[Finding]:
        findings = []
        for item in items:
            bucket = math.floor(float(item["event"]["ts"]) / self.bucket_s)
            if state["bucket"] is None:
                state["bucket"] = bucket
            elif bucket > state["bucket"]:
                self._close(state, bucket, modulation, scoring)
            kind = item["event"]["kind"]
            state["counts"][kind] = state["counts"].get(kind, 0) + 1
            state["threats"] += 1 if item.get("threat") else 0
            state["errors"] += float(item.get("hpc_error", 0.0))
            if scoring:
                last = state["last"]
                findings.append(Finding(self.name, last["score"],
                                        f"{last['series']} z={last['z']:.1f}" if last["series"] else "as expected",
                                        {"level": 3, "feature": last["series"], "expected": last["expected"],
                                         "observed": last["observed"], "z": last["z"]}))
        return findings

    def _close(self, state: State, next_bucket: int, modulation: Modulation, scoring: bool) -> None:
        """Observe the finished bucket (and the empty ones after it, up to a cap), then open ``next_bucket``."""
        total = sum(state["counts"].values())
        observations = {f"rate.{kind}": n / self.bucket_s for kind, n in state["counts"].items()}
        for kind in state["stats"]:
            if kind.startswith("rate.") and kind not in observations:
                observations[kind] = 0.0
        observations["threat_share"] = state["threats"] / total if total else 0.0
        observations["level2_error"] = state["errors"] / total if total else 0.0
        worst: dict[str, Any] = {"score": 0.0, "series": "", "expected": 0.0, "observed": 0.0, "z": 0.0}
        gap = min(self.max_gap_buckets, next_bucket - state["bucket"] - 1)
        for _ in range(1 + gap):
            for series, observed in observations.items():
                z = self._update(state["stats"], series, observed, total, modulation.learning_scale)
                if z is not None and z > worst["z"]:
                    mean = state["stats"][series][0]
                    worst = {"score": 0.0, "series": series, "expected": round(mean, 4), "observed": round(observed, 4),
                             "z": round(z, 3)}
            observations = {k: 0.0 for k in observations if k.startswith("rate.")}
            state["closed"] += 1
        alarm = self.z_alarm * modulation.threshold_scale
        worst["score"] = round(surprise_score(worst["z"], alarm), 4) if scoring else 0.0
        state["last"] = worst
        state["bucket"], state["counts"], state["threats"], state["errors"] = next_bucket, {}, 0, 0.0

    def _update(self, stats: dict[str, list[float]], series: str, observed: float, events: int,
                learning_scale: float) -> float | None:
        """Update one series' mean and variance; its z before the update (None while warming up). The sampling
        noise floor is Poisson for a rate and binomial for a share or mean score over ``events`` events."""
        if series not in stats:
            stats[series] = [observed, 0.0, 1]
            return None
        mean, var, count = stats[series]
        if series.startswith("rate."):
            noise = mean / self.bucket_s + 1e-3
        else:
            n = max(1, events)
            noise = (mean * (1.0 - mean) + 1.0 / n) / n
        z = abs(observed - mean) / math.sqrt(var + noise) if count >= self.warmup_buckets else None
        stats[series] = ewma_update(stats[series], observed, self.learning_rate * learning_scale)
        return z
