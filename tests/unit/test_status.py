"""The consumer-lag arithmetic behind /status."""

from __future__ import annotations

from faust.types import TP

from streams.web import consumer_lag, log_ends


def test_lag_is_log_end_minus_next_offset_to_process() -> None:
    a, b, c = TP("telemetry", 0), TP("telemetry", 1), TP("scored", 0)
    lag = consumer_lag({a: 120, b: 50, c: 7}, {a: 100, b: None, c: 9})
    assert lag == {"telemetry:0": 20, "telemetry:1": 50, "scored:0": 0}


def test_the_log_end_is_the_later_of_the_listed_and_the_fetched() -> None:
    # Tansu lists one past the first record of the last produce batch (3 records at 0-2 listed as 1); the fetch
    # carries the right end; a partition not fetched yet has none
    a, b, c = TP("scored", 0), TP("scored", 1), TP("scored", 2)
    fetched = {a: 3, b: 40, c: None}
    assert log_ends({a: 1, b: 42, c: 7}, fetched.get) == {a: 3, b: 42, c: 7}
