"""A worker killed with SIGKILL mid-stream and restarted: every event ends with exactly one verdict id (a
redelivery may repeat it, never change it), tables come back from their changelog, nothing is lost."""

from __future__ import annotations

import os
import signal
import tempfile
import time
from pathlib import Path

import pytest

from ops import stack
from ops.bench import _bench_events, _produce
from streams.adapters import kafka
from tests.integration.conftest import event_verdicts


@pytest.mark.timeout(400)
def test_sigkill_mid_stream_loses_nothing() -> None:
    with tempfile.TemporaryDirectory(prefix="vertice-crash-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            port = stack.free_port()
            env = urls.worker_env(folder, port, command_signing_key="crash", reflex_commands="false")
            events = _bench_events(6000, seed=77)
            wanted = {e["event_id"] for e in events}
            producer = kafka.producer(urls.kafka)
            _produce(producer, events[:3000], 20)
            worker = embedded.start_worker(env, timeout_s=120)
            time.sleep(1.0)  # mid-stream
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(10)
            _produce(producer, events[3000:], 20)
            del producer
            embedded.start_worker(env, name="worker-2", timeout_s=120)

            seen, deliveries = event_verdicts(urls.kafka, wanted, every_s=1.0)
            assert set(seen) == wanted, f"{len(wanted - set(seen))} events lost; see {folder}/logs/worker-2.log"
            assert all(len(ids) == 1 for ids in seen.values())  # never two different verdicts for one event
            redelivered = sum(n - 1 for n in deliveries.values())
            print(f"redelivered verdict messages after SIGKILL: {redelivered} of {len(wanted)}")
            assert redelivered < len(wanted)  # a replay of the uncommitted tail, not of everything
        finally:
            embedded.stop()
