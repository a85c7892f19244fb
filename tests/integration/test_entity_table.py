"""The entities table on the embedded stack (issue 24, condition 3): the immune agent's writes reach the changelog
at the worker's commits, in the partition of their entity's scored events, and a worker with no local state of its
own recovers them from it and goes on counting where the first worker stopped."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka.partitioner import DefaultPartitioner

from ops import stack
from ops.bench import _produce
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import event_verdicts

CHANGELOG = "vertice-entities-changelog"  # <app id>-<table>-changelog


def last_states(url: str) -> dict[bytes, tuple[int, dict[str, Any]]]:
    """The changelog's last record per entity key: its partition and the state it holds."""
    states: dict[bytes, tuple[int, dict[str, Any]]] = {}
    for message in kafka.read_topic(url, CHANGELOG):
        if message.value() is not None:
            states[message.key()] = (message.partition(), orjson.loads(message.value()))
    return states


def judged(url: str, events: list[dict[str, Any]]) -> None:
    wanted = {e["event_id"] for e in events}
    seen, _ = event_verdicts(url, wanted, timeout_s=120.0, every_s=1.0)
    assert set(seen) == wanted, f"{len(wanted - set(seen))} events without a verdict"


# Worker A's changelog writes reach the broker as one batch per partition (offsets 0-2), and Tansu reports each
# partition's high watermark as 1: recovery read to it restored 4 of the 8 entities only, until it read to the last
# record instead (streams.faust_compat.recover_to_the_last_record).
@pytest.mark.timeout(400)
def test_a_worker_without_local_state_recovers_the_table_from_the_changelog() -> None:
    entities = [f"10.9.0.{i}" for i in range(8)]
    with tempfile.TemporaryDirectory(prefix="vertice-table-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            producer = kafka.producer(urls.kafka)
            first = [make_event(entity=e, ts=time.time()) for _ in range(5) for e in entities]
            embedded.start_worker(urls.worker_env(Path(folder) / "a", stack.free_port(), command_signing_key="t",
                                                  reflex_commands="false"), name="worker-a", timeout_s=120)
            _produce(producer, first, 4)
            judged(urls.kafka, first)
            # while it runs: the immune agent keeps states between micro-batches and writes them as a commit starts
            keys, deadline = {e.encode() for e in entities}, time.monotonic() + 30.0
            while (counts := {key: state["macrophage"]["events"] for key, (_, state) in last_states(urls.kafka).items()
                              if key in keys}) != dict.fromkeys(keys, 5):
                assert time.monotonic() < deadline, f"the changelog holds {counts} 30 s after the last verdict"
                time.sleep(0.5)
            embedded.stop_server("worker-a")  # a clean stop: its output flushed, its offsets committed
            states = last_states(urls.kafka)
            every = list(range(4))
            place = DefaultPartitioner()
            for entity in entities:
                partition, state = states[entity.encode()]
                assert partition == place(entity.encode(), every, every)  # beside its scored events
                assert state["macrophage"]["events"] == 5 and state["hpc"]["n"] == 5

            # another data dir: nothing in RocksDB, the table comes from the changelog alone
            embedded.start_worker(urls.worker_env(Path(folder) / "b", stack.free_port(), command_signing_key="t",
                                                  reflex_commands="false"), name="worker-b", timeout_s=120)
            second = [make_event(entity=e, ts=time.time()) for _ in range(3) for e in entities]
            _produce(producer, second, 4)
            del producer
            judged(urls.kafka, second)
            embedded.stop_server("worker-b")
            states = last_states(urls.kafka)
            assert {e: states[e.encode()][1]["macrophage"]["events"] for e in entities} == dict.fromkeys(entities, 8)
        finally:
            embedded.stop()
