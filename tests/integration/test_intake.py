"""The batch intake on the real broker (issue 24): an offset is committed only after the output of its message is
delivered; a rebalance commits what the old owner handled and the new owner resumes exactly there; a second
worker joining mid-stream splits the partitions and loses nothing; under exactly_once a SIGKILL leaves each
input's triage output written once."""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import dataclasses
import os
import re
import signal
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from confluent_kafka.admin import AdminClient, NewTopic

from agents.types import RawMessage
from ops import stack
from ops.bench import _bench_events, _produce
from streams import intake
from streams.adapters import kafka
from streams.emit import Emitter, TransactionalEmitter
from streams.intake import BatchConsumer
from tests.integration.conftest import LiveStack, event_verdicts, http_json, wait_for

PARTITIONS = 4


@dataclasses.dataclass(frozen=True)
class Named:
    """What the emitter needs of a Faust topic: its name."""

    name: str

    def get_topic_name(self) -> str:
        return self.name


class Copier:
    """A handler: records each message it is given and emits one output for it, keyed and valued alike."""

    def __init__(self, emitter: Emitter, out: str) -> None:
        self.emitter = emitter
        self.out = Named(out)
        self.handled: list[tuple[int, int, bytes]] = []

    async def __call__(self, messages: list[RawMessage]) -> None:
        for message in messages:
            self.handled.append((message.partition, message.offset, message.value))
            await self.emitter.send(self.out, message.key, message.value)


def create_topics(url: str, *names: str) -> None:
    admin = AdminClient({"bootstrap.servers": kafka.bootstrap(url)})
    for future in admin.create_topics([NewTopic(name, PARTITIONS, 1) for name in names]).values():
        future.result(30)


def produce(url: str, topic: str, values: list[bytes]) -> dict[int, int]:
    """``values`` keyed by themselves; the high watermark each partition reached."""
    producer = kafka.producer(url)
    ends: dict[int, int] = {}

    def delivered(error: Any, message: Any) -> None:
        assert error is None, error
        ends[message.partition()] = max(ends.get(message.partition(), 0), message.offset() + 1)

    for value in values:
        producer.produce(topic, key=value, value=value, on_delivery=delivered)
    producer.flush(30)
    return ends


def committed(url: str, group: str, topic: str) -> dict[int, int]:
    """The group's committed offset per partition (those it committed)."""
    consumer = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(url), "group.id": group})
    try:
        found = consumer.committed([kafka.TopicPartition(topic, p) for p in range(PARTITIONS)], timeout=10)
    finally:
        consumer.close()
    return {tp.partition: tp.offset for tp in found if tp.offset >= 0}


def read_values(url: str, topic: str, count: int) -> collections.Counter[bytes]:
    """Every value of ``topic`` once ``count`` have arrived, and a second more (to catch duplicates)."""
    values: collections.Counter[bytes] = collections.Counter()

    def arrived() -> bool:
        values.clear()
        values.update(message.value() for message in kafka.read_topic(url, topic))
        return sum(values.values()) >= count

    wait_for(arrived, 60, f"{count} messages on {topic}")
    time.sleep(1.0)
    arrived()
    return values


def consumer_for(url: str, topic: str, group: str, handle: Copier, **options: Any) -> BatchConsumer:
    return BatchConsumer(url, topic, group, handle, handle.emitter, max_messages=50, chunk_bytes=4096,
                         session_timeout_s=6.0, **options)


async def until(check: Any, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, f"{what}: not within {timeout_s:.0f} s"
        await asyncio.sleep(0.05)


def test_an_offset_is_committed_only_after_its_output_is_delivered(live: LiveStack,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    tag = uuid.uuid4().hex[:8]
    source, out, group = f"intake.in.{tag}", f"intake.out.{tag}", f"intake-{tag}"
    create_topics(live.urls.kafka, source, out)
    first = [f"a{i}".encode() for i in range(40)]
    ends = produce(live.urls.kafka, source, first)
    monkeypatch.setattr(intake, "FLUSH_WAIT_S", 1.0)  # the stop gives up on the unreachable broker sooner
    unreachable = Emitter(f"kafka://127.0.0.1:{stack.free_port()}",
                          config={"socket.connection.setup.timeout.ms": 1000})
    flushes: list[int] = []
    flush = unreachable.flush

    async def counted_flush() -> None:
        flushes.append(1)
        await flush()

    monkeypatch.setattr(unreachable, "flush", counted_flush)
    stranded = Copier(unreachable, out)

    async def output_never_delivered() -> None:
        consumer = consumer_for(live.urls.kafka, source, group, stranded, commit_every_s=0.0)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(stranded.handled) == len(first) and flushes, 60, "handled, a commit begun")
        lag.update(consumer.status()[1])  # every message handled and none committed: all of them lag
        await consumer.stop()
        await task

    lag: dict[str, int] = {}
    asyncio.run(output_never_delivered())
    assert committed(live.urls.kafka, group, source) == {}  # handled, but its output never left: nothing committed
    assert sum(lag.values()) == len(first), lag

    delivered = Copier(Emitter(live.urls.kafka), out)

    async def output_delivered() -> None:
        consumer = consumer_for(live.urls.kafka, source, group, delivered)
        task = asyncio.create_task(consumer.run())
        await until(lambda: len(delivered.handled) == len(first), 60, "read again from the start")
        await consumer.stop()
        await task

    asyncio.run(output_delivered())
    assert sorted(value for _, _, value in delivered.handled) == sorted(first)
    assert committed(live.urls.kafka, group, source) == ends
    assert read_values(live.urls.kafka, out, len(first)) == collections.Counter(first)

    then = [f"b{i}".encode() for i in range(10)]
    produce(live.urls.kafka, source, then)
    resumed = Copier(Emitter(live.urls.kafka), out)

    async def resume() -> None:
        consumer = consumer_for(live.urls.kafka, source, group, resumed)
        task = asyncio.create_task(consumer.run())
        await until(lambda: {value for _, _, value in resumed.handled} >= set(then), 60, "the new messages")
        await consumer.stop()
        await task

    asyncio.run(resume())
    assert sorted(value for _, _, value in resumed.handled) == sorted(then)  # exactly after the committed offsets


def test_a_rebalance_commits_what_was_handled_and_the_new_owner_resumes_there(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    source, out, group = f"intake.in.{tag}", f"intake.out.{tag}", f"intake-{tag}"
    create_topics(live.urls.kafka, source, out)
    before = [f"a{i}".encode() for i in range(200)]
    after = [f"b{i}".encode() for i in range(200)]
    ends = produce(live.urls.kafka, source, before)
    old, new = Copier(Emitter(live.urls.kafka), out), Copier(Emitter(live.urls.kafka), out)
    seen_before: dict[str, Any] = {}

    async def run() -> None:
        # no periodic commit: only a revocation (or a stop) commits
        owner = consumer_for(live.urls.kafka, source, group, old, commit_every_s=3600.0)
        joiner = consumer_for(live.urls.kafka, source, group, new, commit_every_s=3600.0)
        tasks = [asyncio.create_task(owner.run())]
        await until(lambda: len(old.handled) == len(before), 60, "the first owner handled everything")
        seen_before["committed"] = await asyncio.to_thread(committed, live.urls.kafka, group, source)
        tasks.append(asyncio.create_task(joiner.run()))

        def split() -> bool:
            mine, theirs = set(owner.status()[0]), set(joiner.status()[0])
            return bool(mine and theirs and not mine & theirs and len(mine | theirs) == PARTITIONS)

        await until(split, 90, "the partitions split across both")
        seen_before["split"] = (owner.status()[0], joiner.status()[0])
        seen_before["at_rebalance"] = await asyncio.to_thread(committed, live.urls.kafka, group, source)
        await asyncio.to_thread(produce, live.urls.kafka, source, after)
        await until(lambda: len({v for _, _, v in old.handled + new.handled}) == len(before) + len(after), 60,
                    "every message handled")
        for consumer in (owner, joiner):
            await consumer.stop()
        await asyncio.gather(*tasks)

    asyncio.run(run())
    assert seen_before["committed"] == {}  # the premise: handled, not yet committed when the second one joined
    assert seen_before["at_rebalance"] == ends  # the revocation committed everything handled, nothing beyond
    handled = collections.Counter((p, o) for p, o, _ in old.handled + new.handled)
    assert set(handled.values()) == {1}  # the new owner started exactly where the old one had committed
    assert {v for _, _, v in new.handled} <= set(after)
    assert read_values(live.urls.kafka, out, len(before) + len(after)) == collections.Counter(before + after)



def test_a_new_group_starts_where_the_faust_group_left_each_partition(live: LiveStack) -> None:
    """An upgraded deployment: the Faust group (the legacy group) committed offsets on the topic; the batch
    consumer's own group has none, so each partition starts at the legacy offset, not at the earliest message."""
    tag = uuid.uuid4().hex[:8]
    source, out, legacy = f"intake.in.{tag}", f"intake.out.{tag}", f"legacy-{tag}"
    create_topics(live.urls.kafka, source, out)
    old = [f"old{i}".encode() for i in range(40)]
    ends = produce(live.urls.kafka, source, old)
    faust_group = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(live.urls.kafka), "group.id": legacy})
    faust_group.commit(offsets=[kafka.TopicPartition(source, p, o) for p, o in ends.items()], asynchronous=False)
    faust_group.close()
    new = [f"new{i}".encode() for i in range(20)]
    produce(live.urls.kafka, source, new)
    copier = Copier(Emitter(live.urls.kafka), out)

    async def run() -> None:
        consumer = consumer_for(live.urls.kafka, source, f"intake-{tag}", copier, legacy_group=legacy)
        task = asyncio.create_task(consumer.run())
        await until(lambda: {v for _, _, v in copier.handled} >= set(new), 60, "the messages after the legacy offsets")
        await consumer.stop()
        await task

    asyncio.run(run())
    assert sorted(v for _, _, v in copier.handled) == sorted(new)


@pytest.mark.timeout(400)
def test_a_second_worker_joining_mid_stream_splits_the_partitions_and_loses_nothing() -> None:
    with tempfile.TemporaryDirectory(prefix="vertice-join-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            ports = [stack.free_port(), stack.free_port()]
            envs = [urls.worker_env(folder, port, command_signing_key="join", reflex_commands="false")
                    for port in ports]
            embedded.start_worker(envs[0], timeout_s=120)
            events = _bench_events(6000, seed=91)
            producer = kafka.producer(urls.kafka)
            sending = threading.Thread(target=_produce, args=(producer, events, 1), kwargs={"rate": 1000.0})
            sending.start()
            time.sleep(2.0)  # mid-stream
            embedded.start_worker(envs[1], name="worker-2", timeout_s=120)
            sending.join()
            del producer

            def telemetry_of(port: int) -> set[str]:
                with contextlib.suppress(OSError):
                    status, body = http_json(f"http://127.0.0.1:{port}/status")
                    if status == 200:
                        return {tp for tp in body["assigned_partitions"] if tp.startswith("telemetry:")}
                return set()

            def split() -> tuple[set[str], set[str]] | None:
                a, b = telemetry_of(ports[0]), telemetry_of(ports[1])
                return (a, b) if a and b and not a & b and len(a | b) == PARTITIONS else None

            first, second = wait_for(split, 60, "the telemetry partitions split across both workers")

            wanted = {e["event_id"] for e in events}
            seen, deliveries = event_verdicts(urls.kafka, wanted)
            assert set(seen) == wanted, f"{len(wanted - set(seen))} events lost; see {folder}/logs"
            assert all(len(ids) == 1 for ids in seen.values())  # never two different verdicts for one event
            print(f"second worker mid-stream: telemetry {sorted(first)} / {sorted(second)}, "
                  f"{sum(n - 1 for n in deliveries.values())} verdict messages redelivered of {len(wanted)}")
        finally:
            embedded.stop()


class Refusing(Copier):
    """A handler whose output for a ``poison`` message the broker refuses for good, every time it is made. A real
    broker does that to a message over the topic's max.message.bytes; Tansu does not enforce that limit, so a
    topic whose name the broker refuses stands in: a fresh name each time, because librdkafka remembers a refused
    name and refuses it itself afterwards (as unknown, which reads as a topic still being created)."""

    async def __call__(self, messages: list[RawMessage]) -> None:
        for message in messages:
            self.handled.append((message.partition, message.offset, message.value))
            poisoned = message.value.startswith(b"poison")
            out = Named(f"bad topic! {len(self.handled)}") if poisoned else self.out
            await self.emitter.send(out, message.key, message.value)


def test_exactly_once_dead_letters_the_input_whose_output_the_broker_refuses(live: LiveStack) -> None:
    """A transaction holding an output the broker refuses can never commit, and the same input makes the same
    output again: the poison input leaves as one DLQ record with its offset, every other input's output is written
    exactly once, and the group's offsets reach the end (before, the batch was retried forever)."""
    tag = uuid.uuid4().hex[:8]
    source, out, dlq, group = f"eos.in.{tag}", f"eos.out.{tag}", f"eos.dlq.{tag}", f"eos-{tag}"
    create_topics(live.urls.kafka, source, out, dlq)
    good = [f"g{i}".encode() for i in range(60)]
    poison = [b"poison-1", b"poison-2"]
    ends = produce(live.urls.kafka, source, [*good[:20], poison[0], *good[20:45], poison[1], *good[45:]])
    refused: list[int] = []
    emitter = TransactionalEmitter(live.urls.kafka, f"eos-{tag}", dlq_topic=dlq,
                                   dead_lettered=lambda: refused.append(1))
    handler = Refusing(emitter, out)

    async def run() -> None:
        consumer = consumer_for(live.urls.kafka, source, group, handler)
        task = asyncio.create_task(consumer.run())
        await until(lambda: committed(live.urls.kafka, group, source) == ends, 120, "every offset committed")
        await consumer.stop()
        await task

    asyncio.run(run())
    # each input handled at most twice: in its batch's aborted transaction, then in one of its own. (Tansu shows
    # an aborted transaction's flushed records to read_committed readers, so ``out`` may hold a good one twice.)
    assert collections.Counter(value for _, _, value in handler.handled) <= collections.Counter([*good, *poison] * 2)
    assert set(read_values(live.urls.kafka, out, len(good))) == set(good)
    records = [orjson.loads(m.value()) for m in kafka.read_topic(live.urls.kafka, dlq, idle_s=2)]
    assert sorted(base64.b64decode(r["original_b64"]) for r in records) == poison
    assert {r["reason"] for r in records} == {"produce_rejected"} and {r["topic"] for r in records} == {source}
    assert all(re.match(r"bad topic! \d+ refused its output: TOPIC_EXCEPTION", r["error"]) for r in records), records
    offsets = {(p, o) for p, o, value in handler.handled if value in poison}
    assert {(r["partition"], r["offset"]) for r in records} <= offsets and len(refused) == len(poison)


@pytest.mark.timeout(400)
def test_exactly_once_triage_writes_each_input_once_through_a_sigkill() -> None:
    """Under exactly_once each telemetry batch is one transaction: killed mid-stream and restarted, the worker
    leaves each event in ``scored`` (as a read_committed reader sees it) and each bad message in the DLQ exactly
    once; the stages after triage are at least once, so a verdict may repeat, never change."""
    with tempfile.TemporaryDirectory(prefix="vertice-eos-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            env = urls.worker_env(folder, stack.free_port(), command_signing_key="eos", reflex_commands="false",
                                  processing_guarantee="exactly_once")
            events = _bench_events(6000, seed=57)
            bad = [f"{{broken {i}".encode() for i in range(30)]
            producer = kafka.producer(urls.kafka)
            _produce(producer, events[:4000], 20)
            for value in bad:
                producer.produce("telemetry", key=b"junk", value=value)
            producer.flush(10)
            worker = embedded.start_worker(env, timeout_s=120)

            def scored_ids() -> collections.Counter[str]:
                return collections.Counter(item["event"]["event_id"] for message in kafka.read_topic(
                    urls.kafka, "scored") for item in orjson.loads(message.value()))

            wait_for(lambda: sum(scored_ids().values()) >= 1000, 120, "triage under way")
            os.killpg(worker.pid, signal.SIGKILL)  # most likely inside a transaction: it is one per batch
            worker.wait(10)
            _produce(producer, events[4000:], 20)
            del producer
            embedded.start_worker(env, name="worker-2", timeout_s=120)

            wanted = {e["event_id"] for e in events}
            wait_for(lambda: set(scored_ids()) >= wanted, 180, "every event triaged")
            time.sleep(1.0)
            written = scored_ids()
            assert {i: n for i, n in written.items() if i in wanted and n != 1} == {}  # exactly once each

            def dead_letters() -> collections.Counter[bytes]:
                return collections.Counter(base64.b64decode(orjson.loads(m.value())["original_b64"])
                                           for m in kafka.read_topic(urls.kafka, "telemetry.dlq"))

            wait_for(lambda: set(dead_letters()) >= set(bad), 60, "every bad message dead-lettered")
            assert {value: n for value, n in dead_letters().items() if value in set(bad)} == dict.fromkeys(bad, 1)

            def verdict_ids() -> dict[str, set[str]]:
                seen: dict[str, set[str]] = collections.defaultdict(set)
                for message in kafka.read_topic(urls.kafka, "verdicts"):
                    doc = orjson.loads(message.value())
                    if doc["scope"] == "event" and doc["event_ids"][0] in wanted:
                        seen[doc["event_ids"][0]].add(doc["verdict_id"])
                return seen

            judged = wait_for(lambda: (v := verdict_ids()) and set(v) == wanted and v, 180, "a verdict for each")
            assert all(len(ids) == 1 for ids in judged.values())
        finally:
            embedded.stop()
