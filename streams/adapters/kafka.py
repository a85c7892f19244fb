"""confluent-kafka helpers for the CLI: producing telemetry and reading topics to their end."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException, Producer, TopicPartition

from schemas.errors import TopicMissing, Unavailable

LOCAL_CONSUMER = {"session.timeout.ms": 6000, "heartbeat.interval.ms": 500}
CONNECT_TIMEOUT_S = 5.0
# librdkafka prints every failed connection attempt to stderr: the CLI reports the cause once itself
QUIET = {"log_level": 0}


def bootstrap(url: str) -> str:
    """``kafka://h1:9092;h2:9092`` (Faust's form) to ``h1:9092,h2:9092``."""
    return ",".join(part.removeprefix("kafka://") for part in url.replace(";", ",").split(","))


def metadata(url: str, timeout_s: float = CONNECT_TIMEOUT_S, topic: str | None = None) -> int:
    """The number of brokers in the cluster's metadata; Unavailable when none answers within ``timeout_s``,
    TopicMissing when ``topic`` is named and absent."""
    consumer = Consumer({"bootstrap.servers": bootstrap(url), "group.id": "vertice-cli", **QUIET})
    try:
        check_topic(consumer, url, topic, timeout_s)
        return len(consumer.list_topics(timeout=timeout_s).brokers)
    finally:
        consumer.close()


def check_topic(consumer: Consumer, url: str, topic: str | None, timeout_s: float = CONNECT_TIMEOUT_S) -> None:
    try:
        meta = consumer.list_topics(topic, timeout=timeout_s) if topic else consumer.list_topics(timeout=timeout_s)
    except KafkaException as exc:
        raise Unavailable(f"Kafka at {url} gave no metadata within {timeout_s:.0f} s: {exc.args[0].str()}") from None
    if topic is None:
        return
    found = meta.topics.get(topic)
    if found is None or (found.error is not None and found.error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART):
        raise TopicMissing(f"topic {topic!r} does not exist on {url} (nothing has been written to it yet?)")


def producer(url: str, **extra: Any) -> Producer:
    return Producer({"bootstrap.servers": bootstrap(url), "linger.ms": 5, "message.max.bytes": 8 * 1024 * 1024,
                     "enable.idempotence": False, **extra})


def partitions_of(consumer: Consumer, topic: str, timeout_s: float = 10.0) -> list[int]:
    deadline = time.monotonic() + timeout_s
    while True:
        meta = consumer.list_topics(topic, timeout=timeout_s)
        found = meta.topics.get(topic)
        if found is not None and found.error is None and found.partitions:
            return sorted(found.partitions)
        if time.monotonic() > deadline:
            return []
        time.sleep(0.2)


def read_topic(url: str, topic: str, *, follow: bool = False, idle_s: float = 1.0,
               stop_after_s: float | None = None, connect_timeout_s: float = CONNECT_TIMEOUT_S) -> Iterator[Any]:
    """Every message of ``topic`` from the beginning (no consumer group); stops at the end unless following.
    Raises Unavailable when the broker does not answer within ``connect_timeout_s`` (or, following, once every
    broker has gone), TopicMissing when the topic does not exist."""
    gone: list[str] = []

    def on_error(error: KafkaError) -> None:
        if error.code() == KafkaError._ALL_BROKERS_DOWN:
            gone.append(error.str())

    consumer = Consumer({"bootstrap.servers": bootstrap(url), "group.id": "vertice-cli", "enable.auto.commit": False,
                         "enable.partition.eof": True, "error_cb": on_error, **QUIET})
    try:
        check_topic(consumer, url, topic, connect_timeout_s)
        parts = partitions_of(consumer, topic, connect_timeout_s)
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in parts])
        at_end: set[int] = set()
        started = time.monotonic()
        last = time.monotonic()
        while True:
            if stop_after_s is not None and time.monotonic() - started > stop_after_s:
                return
            message = consumer.poll(0.2)
            if gone:
                raise Unavailable(f"Kafka at {url} went away: {gone[0]}")
            if message is None:
                if not follow and (len(at_end) == len(parts) or time.monotonic() - last > idle_s * 5):
                    return
                continue
            error = message.error()
            if error is not None:
                if error.code() == KafkaError._PARTITION_EOF:
                    at_end.add(int(message.partition() or 0))
                    if not follow and len(at_end) == len(parts):
                        return
                continue
            at_end.discard(int(message.partition() or 0))
            last = time.monotonic()
            yield message
    finally:
        consumer.close()


Ends = dict[tuple[str, int], int]  # (topic, partition) -> the offset after its last record


def record_ends(url: str, reported: Mapping[tuple[str, int], int], timeout_s: float = 10.0) -> Ends:
    """Per ``(topic, partition)``, the offset after its last record, read from one before the ``reported`` end (a
    high watermark) on: a broker may report it short. The embedded Tansu (0.6) reports one past the first offset of
    a partition's last produce batch, so three records written in one batch read as one. Where no end of partition
    is seen within ``timeout_s``, the partition keeps the later of the reported end and the records read."""
    ends = dict(reported)
    if not reported:
        return ends
    consumer = Consumer({"bootstrap.servers": bootstrap(url), "group.id": "vertice-ends", "enable.auto.commit": False,
                         "enable.partition.eof": True, "auto.offset.reset": "earliest", "fetch.wait.max.ms": 10,
                         "isolation.level": "read_committed",  # what Faust's recovery consumer can read
                         **QUIET})
    try:
        consumer.assign([TopicPartition(topic, partition, max(0, end - 1)) for (topic, partition), end in ends.items()])
        pending = set(ends)
        deadline = time.monotonic() + timeout_s
        while pending and time.monotonic() < deadline:
            for message in consumer.consume(1000, 0.2):
                key = (str(message.topic()), int(message.partition() or 0))
                error = message.error()
                if error is None:
                    ends[key] = max(ends[key], int(message.offset() or 0) + 1)
                elif error.code() == KafkaError._PARTITION_EOF:
                    pending.discard(key)
    finally:
        consumer.close()
    return ends
