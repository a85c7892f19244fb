"""Agents' output through librdkafka, flushed before every Faust commit, so no offset passes unsent output."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from confluent_kafka import KafkaException, Producer

from ops.kafka import bootstrap

log = logging.getLogger(__name__)
FLUSH_POLL_S = 1.0


class Emitter:
    """Sends a message for ``faust.Topic.send``'s fraction of the cost (measured: 70 µs per message through Faust
    and aiokafka, a few through librdkafka, whose I/O runs outside the GIL).

    Faust commits an offset only after ``app.producer.flush()``; ``hook_commits`` makes that flush wait for this
    producer too, so at-least-once holds. A message librdkafka gives up on (broker down past its timeout) is
    produced again at the next flush, which waits for it: the stream stalls instead of losing output. Keys are
    partitioned with murmur2 as Faust's producer does, so a topic keeps its co-partitioning with the tables.
    Under exactly-once the output must join Faust's transactions: every send goes through the topic instead."""

    def __init__(self, kafka_url: str, *, transactional: bool, config: dict[str, Any] | None = None) -> None:
        self.transactional = transactional
        self._failed: list[tuple[str, bytes | None, bytes]] = []
        self._producer: Producer | None = None if transactional else Producer({
            "bootstrap.servers": bootstrap(kafka_url), "linger.ms": 5, "partitioner": "murmur2_random",
            "message.max.bytes": 16 * 1024 * 1024, "logger": logging.getLogger("librdkafka"), **(config or {})})

    async def send(self, topic: Any, key: bytes | None, value: bytes) -> None:
        if self._producer is None:
            await topic.send(key=key, value=value)
            return
        self._produce(self._producer, topic.get_topic_name(), key, value)

    def _produce(self, producer: Producer, name: str, key: bytes | None, value: bytes) -> None:
        def delivered(err: Any, _msg: Any) -> None:
            if err is not None:
                self._failed.append((name, key, value))

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

    async def flush(self) -> None:
        """Wait until everything sent so far is acknowledged; what failed is produced again and waited for."""
        producer = self._producer
        if producer is None:
            return
        while True:
            while await asyncio.to_thread(producer.flush, FLUSH_POLL_S):
                pass
            if not self._failed:
                return
            failed, self._failed = self._failed, []
            log.warning("%d messages were not delivered; producing them again", len(failed))
            for name, key, value in failed:
                self._produce(producer, name, key, value)

    def hook_commits(self, app: Any) -> None:
        """Make Faust's pre-commit producer flush wait for this producer as well."""
        faust_producer = app.producer
        faust_flush = faust_producer.flush

        async def flush_both() -> None:
            await faust_flush()
            await self.flush()

        faust_producer.flush = flush_both
