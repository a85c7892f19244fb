"""Every place the worker reaches into faust-streaming (or the aiokafka it drives) beyond its public API: here and
nowhere else, for the versions in ``SUPPORTED``, each checked against the real classes by tests/unit/
test_faust_compat.py. A new Faust release is adopted by running that test and widening the range."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import weakref
from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Any

import faust
from faust import streams as faust_streams
from faust.transport.drivers import aiokafka as faust_aiokafka

from schemas.errors import ConfigError
from streams.adapters.kafka import Ends

log = logging.getLogger(__name__)
SUPPORTED = ((0, 15, 3), (0, 16, 0))  # [low, high)
_create_consumer = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer


def version() -> tuple[int, ...]:
    return tuple(int(part) for part in faust.__version__.split(".")[:3] if part.isdigit())


def check_version() -> None:
    """One line when the installed faust-streaming is one these patches were not checked against."""
    low, high = SUPPORTED
    if not low <= version() < high:
        raise ConfigError("faust-streaming", f"version {faust.__version__} is installed; the worker is checked "
                          f"against {'.'.join(map(str, low))} up to {'.'.join(map(str, high))} (exclusive)")


def configure_consumer(milliseconds: int) -> None:
    """Faust hard-codes aiokafka's ``fetch_max_wait_ms=1500``; a broker that does not answer a long-poll fetch as
    soon as data arrives (the embedded Tansu) then adds up to 1.5 s per topic hop. And it reads committed
    messages only under its own exactly-once: the telemetry intake's transactions (streams/intake.py) need its
    readers of ``scored`` to skip what an aborted transaction wrote, whatever Faust's own guarantee."""

    def create(self: Any, transport: Any) -> Any:
        consumer = _create_consumer(self, transport)
        consumer._fetch_max_wait_ms = milliseconds  # both read by aiokafka's Fetcher when the consumer starts
        consumer._isolation_level = "read_committed"
        return consumer

    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = create  # type: ignore[method-assign]


def hold_commits_while_rebalancing(app: Any) -> None:
    """Faust's commit timer keeps running between a revocation and the next assignment, and commits offsets
    acked in that window, some for partitions it has just lost, whose messages it dropped unprocessed. A broker
    that accepts commits during a rebalance (the embedded Tansu does) then skips them for good (a two-worker bench
    lost a revoked partition's 3,828 events). Commits wait for the rebalance to end; Faust then discards those
    for partitions no longer assigned, and their new owner reads them again."""
    consumer = app.consumer
    commit = consumer.commit

    async def commit_unless_rebalancing(*args: Any, **kwargs: Any) -> bool:
        if app.rebalancing:
            return False
        return bool(await commit(*args, **kwargs))

    consumer.commit = commit_unless_rebalancing


def flush_before_commit(app: Any, flush: Callable[[], Awaitable[None]]) -> None:
    """Faust flushes its producer before every commit: make that flush also await ``flush`` (our own producer's),
    so no offset is committed past output still on its way."""
    producer = app.producer
    faust_flush = producer.flush

    async def flush_both() -> None:
        await faust_flush()
        await flush()

    producer.flush = flush_both


def write_before_commit(app: Any, write: Callable[[], object]) -> None:
    """Call ``write`` (synchronous: table writes) as each commit starts, after Faust chose the offsets and before
    its producer flush, so what ``write`` puts in the changelog's send buffer is sent before those offsets are
    committed. Not on a rebalance's flush: nothing is committed then."""
    consumer = app.consumer
    commit_offsets = consumer._commit_offsets

    async def write_then_commit(offsets: Any, start_new_transaction: bool = True) -> bool:
        write()
        return bool(await commit_offsets(offsets, start_new_transaction=start_new_transaction))

    consumer._commit_offsets = write_then_commit


def recover_to_the_last_record(app: Any, ends: Callable[[Ends], Ends]) -> None:
    """Faust's recovery reads each changelog partition up to the end the broker reports (its high watermark). The
    embedded Tansu reports it short, one past the first offset of the last produce batch: a worker taking over a
    partition restored only part of it, and 4 of 8 entities started again from nothing. ``ends`` (blocking, run in
    a thread) reads where each partition's records really end; recovery reads to the later of the two."""
    recovery = app.tables.recovery
    build = recovery._build_highwaters

    async def build_and_check(consumer: Any, tps: Any, destination: Any, title: str) -> None:
        await build(consumer, tps, destination, title)
        reported = {(tp.topic, tp.partition): destination[tp] + 1 for tp in tps}  # Faust keeps the last offset
        found = await asyncio.to_thread(ends, reported)
        for tp in tps:
            end = found[(tp.topic, tp.partition)]
            if end - 1 > destination[tp]:
                log.info("changelog %s:%d ends at offset %d, not %d as the broker reports",
                         tp.topic, tp.partition, end, destination[tp] + 1)
                destination[tp] = end - 1

    recovery._build_highwaters = build_and_check


@contextlib.contextmanager
def writing_for(event: Any) -> Iterator[None]:
    """Table writes go to the changelog partition of ``event``: Faust takes it from the current event, and a
    micro-batch (``take_events``) has none."""
    token = faust_streams._current_event.set(weakref.ref(event))
    try:
        yield
    finally:
        faust_streams._current_event.reset(token)


def queue_depths(app: Any) -> dict[str, int]:
    """Messages per topic fetched by this worker and not yet taken by its agents."""
    depths: dict[str, int] = {}
    for topic in app.topics._topics:  # the conductor's channels: one per agent's topic
        depths[topic.get_topic_name()] = depths.get(topic.get_topic_name(), 0) + topic.queue.qsize()
    return depths


def committed_offsets(app: Any, partitions: Iterable[Any]) -> dict[Any, int | None]:
    """Faust's own commit point per partition (the broker's may lag it)."""
    return {tp: app.consumer._committed_offset.get(tp) for tp in partitions}
