"""Agents' output through librdkafka, flushed before every Faust commit, so no offset passes unsent output."""

from __future__ import annotations

import asyncio
import heapq
import logging
from typing import Any

from aiokafka.partitioner import DefaultPartitioner
from confluent_kafka import KafkaException, Producer

from ops.kafka import bootstrap

log = logging.getLogger(__name__)
FLUSH_POLL_S = 0.05


class Emitter:
    """Sends a message for ``faust.Topic.send``'s fraction of the cost (measured: 70 µs per message through Faust
    and aiokafka, a few through librdkafka, whose I/O runs outside the GIL).

    Faust commits an offset only after ``app.producer.flush()``; ``hook_commits`` makes that flush wait for
    every message this emitter was given before it, so at-least-once holds. It waits for those only, not for
    an empty queue: the agents keep producing while a commit waits, and under steady load the queue is never
    empty. A message librdkafka gives up on (broker down past its timeout) is produced again and still holds
    the flush: the commit stalls instead of passing lost output. Keys are partitioned with murmur2 as Faust's
    producer does, so a topic keeps its co-partitioning with the tables. Under exactly-once the output must
    join Faust's transactions: every send goes through the topic instead."""

    def __init__(self, kafka_url: str, *, transactional: bool, config: dict[str, Any] | None = None) -> None:
        self._next = 0  # sequence number of the next message
        self._pending: list[int] = []  # heap of sequence numbers sent, some of them already delivered
        self._delivered: set[int] = set()  # delivered, still in the heap
        self._failed: list[tuple[int, str, bytes | None, bytes]] = []
        self._producer: Producer | None = None if transactional else Producer({
            "bootstrap.servers": bootstrap(kafka_url), "linger.ms": 5, "partitioner": "murmur2_random",
            "message.max.bytes": 16 * 1024 * 1024, "logger": logging.getLogger("librdkafka"), **(config or {})})

    async def send(self, topic: Any, key: bytes | None, value: bytes) -> None:
        if self._producer is None:
            await topic.send(key=key, value=value)
            return
        sequence = self._next
        self._next += 1
        heapq.heappush(self._pending, sequence)
        self._produce(self._producer, sequence, topic.get_topic_name(), key, value)

    def _produce(self, producer: Producer, sequence: int, name: str, key: bytes | None, value: bytes) -> None:
        def delivered(err: Any, _msg: Any) -> None:
            if err is None:
                self._delivered.add(sequence)
            else:
                self._failed.append((sequence, name, key, value))

        while True:
            try:
                producer.produce(name, value, key, on_delivery=delivered)
                break
            except BufferError:  # librdkafka's queue is full: serve deliveries until there is room
                producer.poll(0.05)
            except KafkaException as exc:  # refused before sending (size, unknown topic): retried, loudly
                log.error("producing %d bytes to %s failed, retrying: %s", len(value), name, exc)
                producer.poll(0.5)
        producer.poll(0)

    def _oldest_undelivered(self) -> int | None:
        pending, delivered = self._pending, self._delivered
        while pending and pending[0] in delivered:
            delivered.discard(heapq.heappop(pending))
        return pending[0] if pending else None

    async def flush(self) -> None:
        """Wait until every message given before this call is delivered; a failed one is produced again."""
        producer = self._producer
        if producer is None:
            return
        before = self._next
        while True:
            if self._failed:
                failed, self._failed = self._failed, []
                log.warning("%d messages were not delivered; producing them again", len(failed))
                for sequence, name, key, value in failed:
                    self._produce(producer, sequence, name, key, value)
            oldest = self._oldest_undelivered()
            if oldest is None or oldest >= before:
                return
            await asyncio.to_thread(producer.poll, FLUSH_POLL_S)

    def hook_commits(self, app: Any) -> None:
        """Make Faust's pre-commit producer flush wait for this producer as well."""
        faust_producer = app.producer
        faust_flush = faust_producer.flush

        async def flush_both() -> None:
            await faust_flush()
            await self.flush()

        faust_producer.flush = flush_both


def co_partitioned(groups: dict[str, list[Any]], partitions: int, per_message: int) -> list[tuple[bytes, list[Any]]]:
    """Envelopes of at most ``per_message`` items, each holding the items of keys that share a partition (as
    murmur2 places them) and keyed by one of those keys: a message per partition rather than per key (a batch
    of a thousand distinct entities is four messages on four partitions, not a thousand), while every key's
    items still land in its own partition, in order, beside its table state."""
    every = list(range(partitions))
    place = DefaultPartitioner()
    by_partition: dict[int, tuple[bytes, list[Any]]] = {}
    for key, items in groups.items():
        raw = key.encode()
        by_partition.setdefault(place(raw, every, every), (raw, []))[1].extend(items)
    return [(raw, items[first:first + per_message]) for raw, items in by_partition.values()
            for first in range(0, len(items), per_message)]
