"""The consumer-lag arithmetic behind /status."""

from __future__ import annotations

from faust.types import TP

from streams.web import consumer_lag


def test_lag_is_log_end_minus_next_offset_to_process() -> None:
    a, b, c = TP("telemetry", 0), TP("telemetry", 1), TP("scored", 0)
    lag = consumer_lag({a: 120, b: 50, c: 7}, {a: 100, b: None, c: 9})
    assert lag == {"telemetry:0": 20, "telemetry:1": 50, "scored:0": 0}
