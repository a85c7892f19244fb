"""HPC: prediction-error anomaly scoring; each feature is predicted from its own running history."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from agents.detector import Scored, State
from agents.types import Finding

WARMUP = 8
MAX_PATHS = 128


def observe(event: dict[str, Any]) -> tuple[dict[str, float], str | None]:
    """Numeric features of an event and its categorical 'place' (HTTP path, process name, metric name)."""
    kind = event["kind"]
    body = event.get(kind, {})
    if kind == "http":
        path, _, query = str(body["uri"]).partition("?")
        params = [p for p in query.split("&") if p]
        values = "".join(p.partition("=")[2] for p in params)
        symbols = sum(1 for ch in values if not ch.isalnum()) / max(1, len(values))
        return {
            "http.uri_length": float(len(body["uri"])), "http.params": float(len(params)),
            "http.body_length": float(len(body.get("body", ""))), "http.value_symbols": symbols,
        }, f"{body['method']} {path}"
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
    """Level 1: per-entity exponentially weighted mean/variance per feature; surprise is a calibrated z."""

    name = "hpc"

    def __init__(self, learning_rate: float = 0.05, z_alarm: float = 3.0, frozen: bool = False, seed: int = 0) -> None:
        self.learning_rate = learning_rate
        self.z_alarm = z_alarm
        self.frozen = frozen
        self.seed = seed

    def fresh_state(self) -> State:
        return {"features": {}, "places": [], "n": 0}

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        for item in items:
            features, place = observe(item["event"])
            self._update(state, features, place)

    def _update(self, state: State, features: dict[str, float], place: str | None) -> None:
        if self.frozen:
            return
        state["n"] += 1
        for name, value in features.items():
            stats = state["features"].get(name)
            if stats is None:
                state["features"][name] = [value, 1.0, 1]
                continue
            mean, var, count = stats
            rate = max(self.learning_rate, 1.0 / (count + 1))
            delta = value - mean
            mean += rate * delta
            var = (1 - rate) * (var + rate * delta * delta)
            state["features"][name] = [mean, var, count + 1]
        if place is not None and place not in state["places"]:
            state["places"] = [*state["places"], place][-MAX_PATHS:]

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        findings = []
        for item in items:
            features, place = observe(item["event"])
            worst_name, worst_z, expected, observed = "", 0.0, 0.0, 0.0
            for name, value in features.items():
                stats = state["features"].get(name)
                if stats is None or stats[2] < WARMUP:
                    continue
                mean, var, _ = stats
                z = abs(value - mean) / math.sqrt(var + 1e-6 + (0.05 * abs(mean)) ** 2)
                if z > worst_z:
                    worst_name, worst_z, expected, observed = name, z, mean, value
            score = 1.0 - math.exp(-max(0.0, worst_z - self.z_alarm) / 6.0)
            if place is not None and state["n"] >= WARMUP and place not in state["places"]:
                if score < 0.3:
                    worst_name, expected, observed = "place", 0.0, 1.0
                score = max(score, 0.3)
            self._update(state, features, place)
            evidence = {"level": 2, "feature": worst_name, "expected": round(expected, 4),
                        "observed": round(observed, 4), "z": round(worst_z, 3)}
            findings.append(Finding("hpc", score, f"{worst_name} z={worst_z:.1f}" if worst_name else "as expected",
                                    evidence))
        return findings
