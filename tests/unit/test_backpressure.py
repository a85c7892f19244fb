"""Storm backpressure: telemetry intake waits for the cytokine backlog, and only during a storm."""

from __future__ import annotations

import asyncio

from streams.pipeline import STORM_BACKLOG, hold_for_the_storm


def test_waits_while_inflamed_and_backlogged_until_the_backlog_drains() -> None:
    backlog = [STORM_BACKLOG + 300]

    def draining() -> int:
        backlog[0] -= 100  # the cytokine agent works through it while intake waits
        return backlog[0]

    waited = asyncio.run(hold_for_the_storm(lambda: "INFLAMMATION", draining, max_wait_s=5.0, poll_s=0.001))
    assert backlog[0] <= STORM_BACKLOG and 0.001 <= waited < 0.01


def test_no_wait_without_a_storm_or_without_a_backlog_and_never_forever() -> None:
    assert asyncio.run(hold_for_the_storm(lambda: "ACTIVATION", lambda: 10**6, poll_s=0.001)) == 0.0
    assert asyncio.run(hold_for_the_storm(lambda: "INFLAMMATION", lambda: 0, poll_s=0.001)) == 0.0
    capped = asyncio.run(hold_for_the_storm(lambda: "INFLAMMATION", lambda: 10**6, max_wait_s=0.02, poll_s=0.005))
    assert 0.02 <= capped < 0.03
