"""Agents' output through librdkafka, flushed before every commit, so no offset passes unsent output."""

from __future__ import annotations

import asyncio
import base64
import collections
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import orjson
from aiokafka.partitioner import DefaultPartitioner
from confluent_kafka import KafkaError, KafkaException, Producer, TopicPartition

from schemas.settings import LEGAL_TOPIC
from streams.adapters.kafka import bootstrap

log = logging.getLogger(__name__)
FLUSH_POLL_S = 0.05
TRANSACTION_TIMEOUT_S = 10.0  # a transaction left open by a killed worker holds read_committed readers this long
DLQ_ORIGINAL_MAX = 16 * 1024  # bytes of a refused message its DLQ record keeps (a refused one may be huge)
# the way to the broker, not the message: librdkafka's local transport codes and the broker's leadership,
# timeout, replication and credential codes; a topic not yet known is one being created (topics are declared)
TRANSPORT_ERRORS = frozenset({
    KafkaError._TRANSPORT, KafkaError._ALL_BROKERS_DOWN, KafkaError._MSG_TIMED_OUT, KafkaError._TIMED_OUT,
    KafkaError._RESOLVE, KafkaError._AUTHENTICATION, KafkaError._UNKNOWN_TOPIC, KafkaError._UNKNOWN_PARTITION,
    KafkaError._WAIT_COORD, KafkaError.REQUEST_TIMED_OUT, KafkaError.NETWORK_EXCEPTION,
    KafkaError.NOT_LEADER_FOR_PARTITION, KafkaError.LEADER_NOT_AVAILABLE, KafkaError.BROKER_NOT_AVAILABLE,
    KafkaError.NOT_ENOUGH_REPLICAS, KafkaError.NOT_ENOUGH_REPLICAS_AFTER_APPEND, KafkaError.KAFKA_STORAGE_ERROR,
    KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError.SASL_AUTHENTICATION_FAILED, KafkaError.TOPIC_AUTHORIZATION_FAILED,
    KafkaError.COORDINATOR_NOT_AVAILABLE, KafkaError.NOT_COORDINATOR,
})


def is_transport(err: KafkaError) -> bool:
    """True when retrying the same message can succeed; False for the message's own fault (too large, invalid
    topic or record), which no retry fixes."""
    return err.code() in TRANSPORT_ERRORS or err.retriable()


def refused_record(err: KafkaError, topic: str, value: bytes, *, partition: int | None = None,
                   offset: int | None = None, error: str = "") -> dict[str, Any]:
    """A DLQ record (schemas/json/dlq.v1.json) for a message the producer or broker refused for good, or (with
    ``partition`` and ``offset``) for the input whose output was refused."""
    original = value[:DLQ_ORIGINAL_MAX]
    record: dict[str, Any] = {
        "reason": "produce_rejected", "error": f"{error}{err.name()}: {err.str()}"[:500], "topic": topic,
        "partition": partition, "offset": offset, "index": None, "event_id": None,
        "original_b64": base64.b64encode(original).decode("ascii"), "ts": time.time()}
    if len(original) < len(value):
        record["truncated"] = True
    return record


class _Epoch:
    """The messages sent between two flushes, and librdkafka's delivery report for each of them (this object is
    the ``on_delivery`` callback: one per epoch, not a closure per message). ``sent`` is counted on the event
    loop's thread only; reports are appended, atomically, on whichever thread polls, so no count is lost between
    threads. A message that failed is not reported delivered until it is produced again and delivered, or
    dead-lettered."""

    __slots__ = ("done", "failed", "sent")

    def __init__(self, failed: collections.deque[tuple[_Epoch, str, bytes | None, bytes, KafkaError]]) -> None:
        self.sent = 0
        self.done: list[None] = []
        self.failed = failed  # the emitter's: produced again or dead-lettered at the next flush

    def __call__(self, err: Any, msg: Any) -> None:
        if err is None:
            self.done.append(None)
        else:
            self.failed.append((self, msg.topic(), msg.key(), msg.value() or b"", err))

    def settled(self) -> bool:
        return len(self.done) >= self.sent


class Emitter:
    """Sends a message for ``faust.Topic.send``'s fraction of the cost (measured: 70 µs per message through Faust
    and aiokafka, a few through librdkafka, whose I/O runs outside the GIL).

    Faust commits an offset only after ``app.producer.flush()``; ``faust_compat.flush_before_commit`` makes that
    flush wait for every message this emitter was given before it, so at-least-once holds; the batch consumers
    (streams/intake.py) commit only after a ``flush`` of their own. It waits for those only, not for an empty
    queue: the agents keep producing while a commit waits, and under steady load the queue is never empty. Each
    flush closes an epoch (the messages sent since the last one) and waits for it and the epochs before it. A
    message librdkafka gives up on for a transport error (broker down past its timeout) is produced again and
    still holds the flush: the commit stalls instead of passing lost output. One refused for good (too large,
    invalid topic) is dead-lettered in its place, in its epoch, and the stream goes on. Keys are partitioned with
    murmur2 as Faust's producer does, so a topic keeps its co-partitioning with the tables."""

    def __init__(self, kafka_url: str, *, config: dict[str, Any] | None = None,
                 dlq_topic: str = "telemetry.dlq", dead_lettered: Callable[[], None] | None = None) -> None:
        self._dlq_topic = dlq_topic
        self._dead_lettered = dead_lettered  # counts each message refused for good (vertice_dead_lettered_total)
        # appended on the polling thread, taken (popleft, atomic) on the loop's
        self._failed: collections.deque[tuple[_Epoch, str, bytes | None, bytes, KafkaError]] = collections.deque()
        self._epochs: collections.deque[_Epoch] = collections.deque([_Epoch(self._failed)])  # oldest unsettled first
        self._flushing: list[float] = []  # when each flush still waiting began (monotonic clock)
        self.last_failure = ""  # the latest transport error a message met: what a stalled flush is waiting out
        self._producer = Producer({
            "bootstrap.servers": bootstrap(kafka_url), "linger.ms": 5, "partitioner": "murmur2_random",
            "message.max.bytes": 16 * 1024 * 1024, "logger": logging.getLogger("librdkafka"), **(config or {})})

    async def send(self, topic: Any, key: bytes | None, value: bytes) -> None:
        epoch = self._epochs[-1]
        epoch.sent += 1
        self._produce(self._producer, epoch, topic.get_topic_name(), key, value)

    def _produce(self, producer: Producer, epoch: _Epoch, name: str, key: bytes | None, value: bytes) -> None:
        if not LEGAL_TOPIC.fullmatch(name):  # else librdkafka's _UNKNOWN_TOPIC, retried as "being created"
            self._refused_unsent(producer, epoch, name, value,
                                 KafkaError(KafkaError.TOPIC_EXCEPTION, f"illegal topic name {name[:100]!r}"))
            return
        while True:
            try:
                producer.produce(name, value, key, on_delivery=epoch)
                break
            except BufferError:  # librdkafka's queue is full: serve deliveries until there is room
                producer.poll(0.05)
            except KafkaException as exc:  # refused before sending: too large, invalid topic, or no broker yet
                err = exc.args[0]
                if not is_transport(err):
                    self._refused(producer, epoch, name, value, err)
                    break
                log.warning("producing %d bytes to %s failed, retrying: %s", len(value), name, exc)
                self.last_failure = f"{name}: {err.str()}"
                producer.poll(0.5)
        producer.poll(0)

    def _refused_unsent(self, producer: Producer, epoch: _Epoch, name: str, value: bytes, err: KafkaError) -> None:
        """A message refused before it reached librdkafka: as one the broker refused."""
        self._refused(producer, epoch, name, value, err)

    def _refused(self, producer: Producer, epoch: _Epoch, name: str, value: bytes, err: KafkaError) -> None:
        """Dead-letter a message refused for good; its DLQ record takes its place in its epoch, so the commit
        still waits for the record. A refused DLQ record (it is bounded, so never for its size) is dropped,
        loudly."""
        if self._dead_lettered is not None:
            self._dead_lettered()
        if name == self._dlq_topic:
            log.error("the DLQ refused a %d-byte record for good, dropping it: %s", len(value), err.str())
            epoch.done.append(None)
            return
        log.error("%s refused a %d-byte message for good, dead-lettering it: %s", name, len(value), err.str())
        self._produce(producer, epoch, self._dlq_topic, None, orjson.dumps(refused_record(err, name, value)))

    def _close_epoch(self) -> list[_Epoch]:
        """The epochs a flush now waits for; a new one takes the messages sent from now on."""
        waiting = list(self._epochs)
        self._epochs.append(_Epoch(self._failed))
        return waiting

    async def flush(self) -> None:
        """Wait until every message given before this call is delivered (or, refused for good, dead-lettered);
        one that failed for a transport error is produced again."""
        producer = self._producer
        waiting = self._close_epoch()
        started = time.monotonic()
        self._flushing.append(started)
        try:
            while not self._settled(producer, waiting):
                await asyncio.to_thread(producer.poll, FLUSH_POLL_S)
        finally:
            self._flushing.remove(started)

    def waiting_s(self, now: float) -> float:
        """How long the oldest flush still waiting has waited at ``now`` (monotonic; 0 when none waits): a commit
        waits for its flush, so this is how long the input has not moved."""
        return now - min(self._flushing) if self._flushing else 0.0

    def flush_blocking(self, timeout_s: float) -> bool:
        """``flush`` for a caller that cannot await (a rebalance callback), on the event loop's thread: True once
        every message given before the call is delivered, False if ``timeout_s`` passed first."""
        producer = self._producer
        waiting = self._close_epoch()
        deadline = time.monotonic() + timeout_s
        while not self._settled(producer, waiting):
            if time.monotonic() > deadline:
                return False
            producer.poll(FLUSH_POLL_S)
        return True

    def _settled(self, producer: Producer, waiting: list[_Epoch]) -> bool:
        """True when every epoch in ``waiting`` is settled; failed messages are produced again (a transport
        error) or dead-lettered (refused for good) first."""
        if self._failed:
            failed = [self._failed.popleft() for _ in range(len(self._failed))]
            again = [f for f in failed if is_transport(f[4])]
            if again:
                log.warning("%d messages were not delivered; producing them again (%s)", len(again),
                            again[0][4].str())
                self.last_failure = f"{again[0][1]}: {again[0][4].str()}"
            for epoch, name, key, value, err in failed:
                if is_transport(err):
                    self._produce(producer, epoch, name, key, value)
                else:
                    self._refused(producer, epoch, name, value, err)
        epochs = self._epochs
        while len(epochs) > 1 and epochs[0].settled():  # the newest stays: it takes the next messages
            epochs.popleft()
        return all(epoch.settled() for epoch in waiting)


class TransactionalEmitter(Emitter):
    """An emitter whose output leaves in Kafka transactions, each committed with the input offsets it was made
    from (consume→produce→commit as one: exactly once on a broker with transactions, for read_committed readers).
    Used by one consumer only: its transactions hold no other agent's output.

    ``transactional_id`` must be stable across a restart of the same worker, so that the restarted one aborts
    what its predecessor left open (the broker fences the older producer), and unique among live workers."""

    def __init__(self, kafka_url: str, transactional_id: str, *, dlq_topic: str = "telemetry.dlq",
                 dead_lettered: Callable[[], None] | None = None, timeout_s: float = 30.0) -> None:
        super().__init__(kafka_url, dlq_topic=dlq_topic, dead_lettered=dead_lettered,
                         config={"transactional.id": transactional_id,
                                 "transaction.timeout.ms": int(TRANSACTION_TIMEOUT_S * 1000)})
        self._timeout_s = timeout_s
        self._initialised = False
        # (topic, error) of a message the broker refused for good in the last aborted transaction: the same input
        # would make it again, so its transaction can never commit
        self.refusal: tuple[str, KafkaError] | None = None
        self._unsent: tuple[str, KafkaError] | None = None  # an output of the open transaction refused before sending

    def begin(self) -> None:
        """Open a transaction (the first call first fences a predecessor with the same id, and aborts its own)."""
        if not self._initialised:
            self._producer.init_transactions(self._timeout_s)
            self._initialised = True
        self._unsent = None
        self._producer.begin_transaction()

    def commit(self, offsets: list[TopicPartition], group_metadata: Any) -> bool:
        """Commit what was sent since ``begin`` together with ``offsets`` (the next offset to read, per input
        partition) in ``group_metadata``'s group. False when the transaction had to be aborted (no offset moved
        and, on Kafka, nothing of it is visible to read_committed readers; the embedded Tansu shows them what it
        had flushed: the input is to be read again; ``refusal`` then names the output the broker refused for
        good, if that was the cause); a fatal error (this producer was fenced) raises. Blocking: a broker that is
        away holds it, retrying, as it holds a flush."""
        producer = self._producer
        committed = False
        self.refusal, self._unsent = self._unsent, None
        if self.refusal is not None:  # the transaction lacks an output: committing it would lose that output
            log.warning("an output was refused before sending, aborting the transaction (its input is read again): "
                        "%s", self.refusal[1].str())
            producer.abort_transaction(self._timeout_s)
        else:
            try:
                self._retrying(lambda: producer.send_offsets_to_transaction(offsets, group_metadata, self._timeout_s))
                self._retrying(lambda: producer.commit_transaction(self._timeout_s))
                committed = True
            except KafkaException as exc:
                if not exc.args[0].txn_requires_abort():
                    raise
                # the commit's flush served the delivery reports; the abort's purge adds its own errors after them
                self.refusal = next(((name, err) for _, name, _, _, err in self._failed if not is_transport(err)),
                                    None)
                log.warning("a transaction failed, aborting it (its input is read again): %s", exc.args[0].str())
                producer.abort_transaction(self._timeout_s)
        producer.poll(0)  # the last delivery reports (an aborted transaction's: purged, none to produce again)
        self._failed.clear()
        self._epochs = collections.deque([_Epoch(self._failed)])
        return committed

    def _refused_unsent(self, producer: Producer, epoch: _Epoch, name: str, value: bytes, err: KafkaError) -> None:
        """Kept for ``commit``, which aborts: the input is dead-lettered as for a refusal by the broker."""
        self._unsent = self._unsent or (name, err)
        epoch.done.append(None)  # nothing of it will report: no flush waits for it

    async def dead_letter(self, record: dict[str, Any]) -> None:
        """Send a DLQ record in the open transaction, counted as refused."""
        if self._dead_lettered is not None:
            self._dead_lettered()
        epoch = self._epochs[-1]
        epoch.sent += 1
        self._produce(self._producer, epoch, self._dlq_topic, None, orjson.dumps(record))

    @staticmethod
    def _retrying(call: Callable[[], None]) -> None:
        """``call`` until it succeeds or fails with an error that retrying cannot fix."""
        while True:
            try:
                call()
                return
            except KafkaException as exc:
                if not exc.args[0].retriable():
                    raise
                log.warning("a transaction step failed, trying again: %s", exc.args[0].str())


OUTPUT_STALL_S = 60.0  # a flush takes milliseconds and a broker's leader election seconds: a minute is a stall


def output_check(emitters: Sequence[Emitter], now: float, stall_s: float = OUTPUT_STALL_S) -> tuple[bool, str]:
    """Whether a worker's output reaches Kafka (a health check): not while one of its flushes has waited longer
    than ``stall_s``. Every commit waits for a flush, so its input has stopped too; a topic deleted under a running
    worker looks like this while the broker itself answers."""
    emitter = max(emitters, key=lambda e: e.waiting_s(now))
    waited = emitter.waiting_s(now)
    if waited <= stall_s:
        return True, "delivering"
    return False, (f"output undelivered for {waited:.0f} s and commits wait for it: "
                   f"{emitter.last_failure or 'no delivery error reported yet'}")


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
