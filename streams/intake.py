"""High-volume topics read in batches by confluent-kafka on the worker's event loop, not through Faust's
per-message dispatch (about 115 µs a message, twice the stage cores' cost per event: issue 24).

A ``BatchConsumer`` owns one librdkafka consumer in a consumer group of its own, ``<app id>-<topic>``: Faust's
group runs Faust's own assignor over the topics its agents read, and a member speaking another protocol cannot
join it. Every worker joins the same group, so the partitions split across workers as Faust's do, and a
partition's next owner starts at the group's committed offset. Offsets are committed only for messages whose
handler returned and whose every output the emitter has delivered (``Emitter.flush``): at least once, never past
unsent output. The consumer is served only on the loop's thread, between batches, so a rebalance (served inside
``consume``) never finds a batch half handled: a revocation flushes the emitter and commits what was handled,
before the partitions go.

With a ``TransactionalEmitter`` each batch is one Kafka transaction instead: its output and its offsets are
committed together or not at all (an aborted batch is read again), so a read_committed reader sees each input's
output exactly once, through crashes and rebalances."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from confluent_kafka import OFFSET_INVALID, Consumer, KafkaError, KafkaException, TopicPartition

from agents.types import RawMessage
from streams.adapters.kafka import bootstrap
from streams.emit import Emitter, TransactionalEmitter, refused_record

log = logging.getLogger(__name__)
IDLE_S = 0.01  # nothing fetched: wait this long before asking again (librdkafka fetches in its own threads)
COMMIT_EVERY_S = 1.0  # between commits; each waits for the emitter's deliveries (a few ms)
# a revocation or a stop waits this long for the handled messages' output, else leaves them uncommitted (read
# again): a broker that is away cannot hold a rebalance or a stop longer
FLUSH_WAIT_S = 10.0
# prefetched messages librdkafka holds for the worker (its one queue, all partitions): the memory bound that
# Faust's stream buffer was. Once it is full librdkafka fetches again only after fetch.queue.backoff.ms, 1 s by
# default: 32 MiB is ~650 messages of 100 events, less than one batch takes, so a backlog of large envelopes
# stalled the intake a second at a time (a 100,000-event bench ran at half speed, its worker idle half the time)
QUEUED_KBYTES = 32 * 1024

Handler = Callable[[list[RawMessage]], Awaitable[None]]


def byte_chunks(messages: list[RawMessage], max_bytes: int) -> list[list[RawMessage]]:
    """``messages`` in order, cut into runs of at most ``max_bytes`` of values (a larger message alone)."""
    out: list[list[RawMessage]] = []
    size = 0
    for message in messages:
        if out and size + len(message.value) <= max_bytes:
            out[-1].append(message)
            size += len(message.value)
        else:
            out.append([message])
            size = len(message.value)
    return out


async def _dead_letter(emitter: TransactionalEmitter, record: dict[str, Any], _: list[RawMessage]) -> None:
    """A handler that sends ``record`` in place of handling the messages."""
    await emitter.dead_letter(record)


class BatchConsumer:
    """``topic`` in batches of at most ``max_messages``, handed to ``handle`` in chunks of at most ``chunk_bytes``
    (a larger message alone); ``before`` is awaited before each batch is taken (backpressure: the messages wait
    in Kafka). ``run`` is the worker's task; ``stop`` ends it, committing what was handled and delivered.

    A partition the group has no offset for yet starts at ``legacy_group``'s committed offset when it has one (the
    Faust group that read the topic before this consumer did), else at the earliest message. ``declare`` creates
    the topic if it is missing, before subscribing: librdkafka looks for a missing subscribed topic again only
    with its next metadata refresh (every 5 minutes)."""

    def __init__(self, kafka_url: str, topic: str, group: str, handle: Handler, emitter: Emitter, *,
                 max_messages: int, chunk_bytes: int, before: Callable[[], Awaitable[None]] | None = None,
                 declare: Callable[[], Awaitable[Any]] | None = None,
                 legacy_group: str | None = None, session_timeout_s: float = 30.0, fetch_max_wait_ms: int = 20,
                 commit_every_s: float = COMMIT_EVERY_S, config: dict[str, Any] | None = None,
                 cpu: Any = None) -> None:
        self.topic = topic
        self.group = group
        self.handle = handle
        self.emitter = emitter
        self.max_messages = max_messages
        self.chunk_bytes = chunk_bytes
        self.before = before
        self.declare = declare
        self.commit_every_s = commit_every_s
        self.cpu = cpu  # a counter charged with the CPU of reading the messages (PipelineMetrics.cpu)
        self._legacy_group = legacy_group
        self._config = {
            "bootstrap.servers": bootstrap(kafka_url), "group.id": group, "enable.auto.commit": False,
            "auto.offset.reset": "earliest", "session.timeout.ms": int(session_timeout_s * 1000),
            "heartbeat.interval.ms": int(min(3.0, session_timeout_s / 10) * 1000),
            "fetch.wait.max.ms": fetch_max_wait_ms, "queued.max.messages.kbytes": QUEUED_KBYTES,
            "fetch.queue.backoff.ms": fetch_max_wait_ms,
            "logger": logging.getLogger("librdkafka"), **(config or {})}
        self._consumer: Consumer | None = None
        self._handled: dict[int, int] = {}  # partition -> next offset after the last handled message
        self._generation = 0  # rebalances so far
        self._committed: dict[int, int] = {}  # partition -> the group's committed offset, as far as we know
        self._assigned: list[int] = []
        self._running = False
        self._stopping = False
        self._done = asyncio.Event()

    async def run(self) -> None:
        self._running = True
        if self.declare is not None:
            await self.declare()
        consumer = Consumer(self._config)
        self._consumer = consumer
        consumer.subscribe([self.topic], on_assign=self._on_assign, on_revoke=self._on_revoke,
                           on_lost=self._on_lost)
        committer = asyncio.create_task(self._commit_every())
        stopped = False
        try:
            while not self._stopping:
                if self.before is not None:
                    await self.before()
                started = time.thread_time()
                messages = consumer.consume(self.max_messages, 0)
                raws = [raw for raw in map(self._raw, messages) if raw is not None]
                if self.cpu is not None:
                    self.cpu.inc(time.thread_time() - started)
                if isinstance(self.emitter, TransactionalEmitter):
                    if raws:
                        await self._transact(consumer, self.emitter, raws)
                elif raws:
                    for chunk in byte_chunks(raws, self.chunk_bytes):
                        await self.handle(chunk)
                        for raw in chunk:
                            self._handled[raw.partition] = raw.offset + 1
                        await asyncio.sleep(0)  # the agents, heartbeats and the web server run between chunks
                if not messages:
                    await asyncio.sleep(IDLE_S)
            stopped = True
        finally:
            committer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await committer
            try:
                if stopped:  # not after a failure: the chunk in hand may be half handled
                    await asyncio.wait_for(self._commit(), FLUSH_WAIT_S)
            except TimeoutError:
                log.warning("%s: output not delivered within %.0f s of stopping; the messages after the last "
                            "commit will be read again", self.topic, FLUSH_WAIT_S)
            finally:
                self._consumer = None
                self._handled = {}
                consumer.close()  # leaves the group; its revocation has nothing left to commit
                self._done.set()

    async def _transact(self, consumer: Consumer, emitter: TransactionalEmitter, raws: list[RawMessage]) -> None:
        """``raws`` handled in one transaction with their offsets; after an abort, read from their first again.
        When the broker refused an output for good, the same input would make it again and no transaction of the
        batch could ever commit: each message is then handled in a transaction of its own, and the one whose
        output is refused leaves as a DLQ record, committed with its offset."""
        if await self._one_transaction(consumer, emitter, raws, self.handle):
            return
        if emitter.refusal is None:
            self._seek(consumer, raws)
            return
        for i, raw in enumerate(raws):
            if await self._one_transaction(consumer, emitter, [raw], self.handle):
                continue
            if emitter.refusal is not None and await self._dead_letter_alone(consumer, emitter, raw, *emitter.refusal):
                continue
            self._seek(consumer, raws[i:])
            return

    async def _dead_letter_alone(self, consumer: Consumer, emitter: TransactionalEmitter, raw: RawMessage,
                                 refuser: str, err: KafkaError) -> bool:
        """``raw``, whose output ``refuser`` refused for good, as a DLQ record in a transaction with its offset:
        True once committed."""
        log.error("%s refused for good the output of %s:%d@%d, dead-lettering the input: %s", refuser, self.topic,
                  raw.partition, raw.offset, err.str())
        record = refused_record(err, self.topic, raw.value, partition=raw.partition, offset=raw.offset,
                                error=f"{refuser} refused its output: ")
        return await self._one_transaction(consumer, emitter, [raw], functools.partial(_dead_letter, emitter, record))

    def _seek(self, consumer: Consumer, raws: list[RawMessage]) -> None:
        """Read ``raws`` again: each partition from its first message among them."""
        first: dict[int, int] = {}
        for raw in raws:
            first.setdefault(raw.partition, raw.offset)
        for partition, offset in first.items():
            consumer.seek(TopicPartition(self.topic, partition, offset))

    async def _one_transaction(self, consumer: Consumer, emitter: TransactionalEmitter, raws: list[RawMessage],
                               handle: Handler) -> bool:
        """``handle(raws)`` and the offsets after ``raws`` in one transaction: True once committed."""
        after = {raw.partition: raw.offset + 1 for raw in raws}
        await asyncio.to_thread(emitter.begin)
        for chunk in byte_chunks(raws, self.chunk_bytes):
            await handle(chunk)
            await asyncio.sleep(0)
        offsets = [TopicPartition(self.topic, partition, offset) for partition, offset in after.items()]
        if not await asyncio.to_thread(emitter.commit, offsets, consumer.consumer_group_metadata()):
            return False
        self._committed.update(after)
        return True

    async def stop(self) -> None:
        """End ``run`` after the chunk in hand; what was handled is delivered and committed, then the consumer
        leaves its group. Returns at once when ``run`` never started."""
        self._stopping = True
        if self._running:
            await self._done.wait()

    def _raw(self, message: Any) -> RawMessage | None:
        error = message.error()
        if error is not None:  # not a message: a fetch or partition error, which librdkafka retries itself
            if error.code() != KafkaError._PARTITION_EOF:
                log.warning("%s: %s", self.topic, error.str())
            return None
        return RawMessage(value=message.value() or b"", topic=message.topic(), partition=message.partition(),
                          offset=message.offset(), key=message.key())

    async def _commit_every(self) -> None:
        """Commits beside the handling, so that a slow flush (a broker partly away) holds commits, not input."""
        while True:
            await asyncio.sleep(self.commit_every_s)
            await self._commit()

    async def _commit(self) -> None:
        """What was handled so far, once its output is delivered, unless a rebalance came during the flush (its
        revocation committed what it could: this worker may no longer own those partitions)."""
        wanted = {p: o for p, o in self._handled.items() if o > self._committed.get(p, -1)}
        if not wanted:
            return
        generation = self._generation
        await self.emitter.flush()
        if generation == self._generation:
            self._commit_now(wanted)

    def _commit_now(self, handled: dict[int, int]) -> None:
        consumer = self._consumer
        if not handled or consumer is None:
            return
        offsets = [TopicPartition(self.topic, partition, offset) for partition, offset in handled.items()]
        try:
            consumer.commit(offsets=offsets, asynchronous=False)
        except KafkaException as exc:  # the messages are read again after a restart or rebalance: at least once
            log.warning("committing %s offsets failed: %s", self.topic, exc.args[0].str())
            return
        self._committed.update(handled)

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self._assigned = sorted(tp.partition for tp in partitions)
        committed = consumer.committed(partitions, timeout=10.0)
        self._committed = {tp.partition: tp.offset for tp in committed if tp.offset >= 0}
        fresh = [tp for tp in committed if tp.offset < 0]
        if fresh and self._legacy_group:
            seeded = self._legacy_offsets(fresh)
            if seeded:
                log.info("%s: %d partitions start where group %s left them", self.topic, len(seeded),
                         self._legacy_group)
                consumer.assign([TopicPartition(self.topic, tp.partition, seeded.get(tp.partition, OFFSET_INVALID))
                                 for tp in partitions])
        log.info("%s: assigned partitions %s", self.topic, self._assigned)

    def _legacy_offsets(self, partitions: list[TopicPartition]) -> dict[int, int]:
        """The legacy group's committed offsets of ``partitions`` (asked without joining that group)."""
        legacy = Consumer({**self._config, "group.id": self._legacy_group, "logger": logging.getLogger("librdkafka")})
        try:
            found = legacy.committed([TopicPartition(self.topic, tp.partition) for tp in partitions], timeout=10.0)
        except KafkaException as exc:
            log.warning("%s: the offsets of group %s could not be read: %s", self.topic, self._legacy_group, exc)
            return {}
        finally:
            legacy.close()
        return {tp.partition: tp.offset for tp in found if tp.offset >= 0}

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        """Before the partitions go: the output of what was handled is delivered, then its offsets committed.
        Output not delivered in time leaves its offsets uncommitted; the next owner reads those messages again."""
        revoked = {tp.partition for tp in partitions}
        self._generation += 1
        handled = {p: o for p, o in self._handled.items() if p in revoked and o > self._committed.get(p, -1)}
        self._handled = {p: o for p, o in self._handled.items() if p not in revoked}
        if handled:
            if self.emitter.flush_blocking(FLUSH_WAIT_S):
                self._commit_now(handled)
            else:
                log.warning("%s: output not delivered within %.0f s of a rebalance; %d partitions' last messages "
                            "will be read again", self.topic, FLUSH_WAIT_S, len(handled))
        self._forget(revoked)

    def _on_lost(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        """Partitions taken away without a revocation (this worker missed its session): no commit is possible."""
        lost = {tp.partition for tp in partitions}
        self._generation += 1
        self._handled = {p: o for p, o in self._handled.items() if p not in lost}
        self._forget(lost)

    def _forget(self, partitions: set[int]) -> None:
        self._assigned = [p for p in self._assigned if p not in partitions]
        self._committed = {p: o for p, o in self._committed.items() if p not in partitions}

    def status(self) -> tuple[list[str], dict[str, int]]:
        """``topic:partition`` assigned to this worker, and per partition the messages not yet committed (from
        the high watermark of the latest fetch)."""
        consumer = self._consumer
        names = [f"{self.topic}:{p}" for p in self._assigned]
        lag: dict[str, int] = {}
        if consumer is None:
            return names, lag
        for partition in self._assigned:
            try:
                _, high = consumer.get_watermark_offsets(TopicPartition(self.topic, partition), cached=True)
            except KafkaException:
                continue
            if high >= 0:
                lag[f"{self.topic}:{partition}"] = max(0, high - self._committed.get(partition, 0))
        return names, lag
