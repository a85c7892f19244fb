"""The agents' librdkafka output: everything delivered by a flush, keys partitioned as Faust's producer does."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import logging

import pytest
from aiokafka.partitioner import DefaultPartitioner
from confluent_kafka.admin import AdminClient, NewTopic

from ops import kafka, stack
from streams.emit import Emitter
from tests.integration.conftest import LiveStack


@dataclasses.dataclass(frozen=True)
class Named:
    """What the emitter needs of a Faust topic: its name."""

    name: str

    def get_topic_name(self) -> str:
        return self.name


def test_a_flush_delivers_everything_partitioned_as_faust_does(live: LiveStack) -> None:
    topic = Named("emit.check")
    admin = AdminClient({"bootstrap.servers": kafka.bootstrap(live.urls.kafka)})
    for future in admin.create_topics([NewTopic(topic.name, 4, 1)]).values():
        with contextlib.suppress(Exception):
            future.result(10)
    emitter = Emitter(live.urls.kafka, transactional=False)
    sent = {f"m{i}".encode(): f"entity-{i % 37}".encode() for i in range(3000)}

    async def send_all() -> None:
        for value, key in sent.items():
            await emitter.send(topic, key, value)
        await emitter.flush()

    asyncio.run(send_all())
    partition_of = collections.defaultdict(set)
    received = {}
    for message in kafka.read_topic(live.urls.kafka, topic.name):
        received[message.value()] = message.key()
        partition_of[message.key()].add(message.partition())
    assert received == sent
    faust_partitioner = DefaultPartitioner()
    assert {key: parts for key, parts in partition_of.items()} == {
        key: {faust_partitioner(key, [0, 1, 2, 3], [0, 1, 2, 3])} for key in set(sent.values())}


def test_a_flush_under_steady_output_waits_only_for_what_was_sent_before_it(live: LiveStack) -> None:
    """The agents keep emitting while a commit's flush waits: the flush must not wait for an empty queue."""
    topic = Named("emit.steady")
    emitter = Emitter(live.urls.kafka, transactional=False)

    async def flush_while_sending() -> set[bytes]:
        for i in range(500):
            await emitter.send(topic, b"k", f"before-{i}".encode())
        before = {f"before-{i}".encode() for i in range(500)}
        stop = asyncio.Event()

        async def keep_sending() -> None:  # faster than the broker takes them: the queue never empties
            i = 0
            while not stop.is_set():
                for _ in range(1000):
                    await emitter.send(topic, b"k", f"during-{i}".encode())
                    i += 1
                await asyncio.sleep(0)

        sender = asyncio.create_task(keep_sending())
        await asyncio.wait_for(emitter.flush(), timeout=20)
        stop.set()
        await sender
        return before

    before = asyncio.run(flush_while_sending())
    received = {m.value() for m in kafka.read_topic(live.urls.kafka, topic.name)}
    assert before <= received


def test_undelivered_output_is_produced_again_and_the_flush_waits(caplog: pytest.LogCaptureFixture) -> None:
    """No broker at the address: librdkafka gives up on each message after its timeout; the emitter must
    produce it again and keep the flush (and so Faust's commit) waiting, never drop it."""
    emitter = Emitter(f"kafka://127.0.0.1:{stack.free_port()}", transactional=False,
                      config={"message.timeout.ms": 300, "socket.connection.setup.timeout.ms": 1000})

    async def send_and_flush() -> None:
        for i in range(3):
            await emitter.send(Named("nowhere"), b"k", f"v{i}".encode())
        await asyncio.wait_for(emitter.flush(), timeout=3.0)

    with caplog.at_level(logging.WARNING, logger="streams.emit"), pytest.raises(TimeoutError):
        asyncio.run(send_and_flush())
    assert any("3 messages were not delivered" in r.getMessage() for r in caplog.records)
