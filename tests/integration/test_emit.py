"""The agents' librdkafka output: everything delivered by a flush, keys partitioned as Faust's producer does."""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import dataclasses
import logging
import re
import time
import uuid
from pathlib import Path

import jsonschema
import orjson
import pytest
from aiokafka.partitioner import DefaultPartitioner
from confluent_kafka.admin import AdminClient, NewTopic

from ops import stack
from streams.adapters import kafka
from streams.emit import Emitter, output_check
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
    emitter = Emitter(live.urls.kafka)
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
    emitter = Emitter(live.urls.kafka)

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
    refused: list[int] = []
    emitter = Emitter(f"kafka://127.0.0.1:{stack.free_port()}",
                      config={"message.timeout.ms": 300, "socket.connection.setup.timeout.ms": 1000},
                      dead_lettered=lambda: refused.append(1))

    async def send_and_flush() -> None:
        for i in range(3):
            await emitter.send(Named("nowhere"), b"k", f"v{i}".encode())
        await asyncio.wait_for(emitter.flush(), timeout=3.0)

    with caplog.at_level(logging.WARNING, logger="streams.emit"), pytest.raises(TimeoutError):
        asyncio.run(send_and_flush())
    assert any("3 messages were not delivered" in r.getMessage() for r in caplog.records)
    assert not refused  # a transport error: never dead-lettered


def test_a_flush_waiting_too_long_fails_the_output_check() -> None:
    """The worker's health has an output component: while a flush (so a commit) has waited past the bound, it
    fails naming the error the messages met, whether or not the broker answers; once no flush waits, it passes."""
    emitter = Emitter(f"kafka://127.0.0.1:{stack.free_port()}",
                      config={"message.timeout.ms": 300, "socket.connection.setup.timeout.ms": 1000})
    idle = Emitter(f"kafka://127.0.0.1:{stack.free_port()}")
    checks: list[tuple[bool, str]] = []

    async def stall() -> None:
        await emitter.send(Named("out.stalled"), b"k", b"v")
        flush = asyncio.create_task(emitter.flush())
        await asyncio.sleep(0.5)
        checks.append(output_check([idle, emitter], time.monotonic(), stall_s=1.0))  # waiting, not yet too long
        await asyncio.sleep(1.0)
        checks.append(output_check([idle, emitter], time.monotonic(), stall_s=1.0))
        flush.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await flush
        checks.append(output_check([idle, emitter], time.monotonic(), stall_s=1.0))

    asyncio.run(stall())
    waiting, stalled, after = checks
    assert waiting == (True, "delivering") and after == (True, "delivering")
    assert stalled[0] is False
    assert re.fullmatch(r"output undelivered for \d s and commits wait for it: out\.stalled: .*timed out", stalled[1])


def test_a_message_refused_for_good_is_dead_lettered_and_the_output_goes_on(live: LiveStack) -> None:
    """Too large for the producer, or for a topic whose name Kafka forbids (both refused before sending): no retry
    fixes either, so each leaves as a bounded DLQ record, is counted, and the flush (the commit) goes through."""
    tag = uuid.uuid4().hex[:8]
    dlq, out = f"emit.dlq.{tag}", Named(f"emit.after.{tag}")
    admin = AdminClient({"bootstrap.servers": kafka.bootstrap(live.urls.kafka)})
    for future in admin.create_topics([NewTopic(dlq, 1, 1), NewTopic(out.name, 1, 1)]).values():
        future.result(30)
    refused: list[int] = []
    emitter = Emitter(live.urls.kafka, dlq_topic=dlq, dead_lettered=lambda: refused.append(1))
    huge = b"v" * (17 * 1024 * 1024)  # over the producer's 16 MiB message.max.bytes

    async def send_all() -> None:
        await emitter.send(out, b"k", b"before")
        await emitter.send(out, b"k", huge)
        await emitter.send(Named("bad topic!"), b"k", b"for an invalid topic")
        await emitter.send(out, b"k", b"after")
        await asyncio.wait_for(emitter.flush(), timeout=60)  # a timeout, not a measure: it retried forever before

    asyncio.run(send_all())
    assert [m.value() for m in kafka.read_topic(live.urls.kafka, out.name, idle_s=5)] == [b"before", b"after"]
    records = [orjson.loads(m.value()) for m in kafka.read_topic(live.urls.kafka, dlq, idle_s=5)]
    assert [(r["reason"], r["topic"]) for r in records] == [("produce_rejected", out.name),
                                                            ("produce_rejected", "bad topic!")]
    too_large, invalid = records
    assert "MSG_SIZE_TOO_LARGE" in too_large["error"] and too_large["truncated"] is True
    assert base64.b64decode(too_large["original_b64"]) == huge[:16 * 1024]
    assert "TOPIC_EXCEPTION" in invalid["error"]
    assert base64.b64decode(invalid["original_b64"]) == b"for an invalid topic"
    assert "truncated" not in invalid and len(refused) == 2
    validator = jsonschema.Draft7Validator(orjson.loads(Path("schemas/json/dlq.v1.json").read_bytes()))
    for record in records:
        validator.validate(record)


def test_record_ends_reads_past_a_short_high_watermark(live: LiveStack) -> None:
    """Three records in one produce batch: the broker may report the partition's end short (Tansu reports 1); the
    records end at 3 whatever it reports, a partition written one record at a time also ends at 3, an empty one at
    0."""
    topic = f"ends.{uuid.uuid4().hex[:8]}"
    admin = AdminClient({"bootstrap.servers": kafka.bootstrap(live.urls.kafka)})
    admin.create_topics([NewTopic(topic, 3, 1)])[topic].result(10)
    producer = kafka.producer(live.urls.kafka, **{"linger.ms": 50})
    for i in range(3):
        producer.produce(topic, b"%d" % i, partition=0)
    producer.flush(10)
    for i in range(3):
        producer.produce(topic, b"%d" % i, partition=1)
        producer.flush(10)
    reported = {(topic, p): 1 for p in (0, 1)} | {(topic, 2): 0}
    assert kafka.record_ends(live.urls.kafka, reported) == {(topic, 0): 3, (topic, 1): 3, (topic, 2): 0}
    assert kafka.record_ends(live.urls.kafka, {(topic, 0): 0}) == {(topic, 0): 3}  # read from the start: the same
