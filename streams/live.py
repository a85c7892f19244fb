"""WebSocket /ws/verdicts: new verdicts as they are made, from every partition, to every connected client."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import threading
import time
from typing import Any

import orjson

from schemas.settings import Settings
from streams.resources import Database

log = logging.getLogger(__name__)
BENIGN_MARK = b'"final_verdict":"BENIGN"'
HISTORY_LIMIT = 1000


class VerdictHub:
    """Reads the alerts topic itself (the non-benign verdicts; all partitions, from the end, no consumer group), so
    a client sees every worker's alerts; a benign one is skipped, and so is anything written before the feed
    started (the embedded broker's "end" offset can lie behind the real end). History is the sink's, with
    ?since=."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.clients: set[asyncio.Queue[dict[str, Any]]] = set()
        self.counts: collections.Counter[str] = collections.Counter()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    def subscribe(self) -> asyncio.Queue[dict[str, Any]]:
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(maxsize=10_000)
        self.clients.add(queue)
        self._loop = asyncio.get_running_loop()
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._consume, name="ws-verdicts", daemon=True)
            self._thread.start()
        return queue

    def unsubscribe(self, queue: asyncio.Queue[dict[str, Any]]) -> None:
        self.clients.discard(queue)
        if not self.clients:
            self._stop.set()

    def _deliver(self, verdict: dict[str, Any]) -> None:
        self.counts[verdict["final_verdict"]] += 1
        for queue in list(self.clients):
            with contextlib.suppress(asyncio.QueueFull):  # a client that cannot keep up loses the oldest
                queue.put_nowait(verdict)

    def _consume(self) -> None:
        from confluent_kafka import OFFSET_END, TIMESTAMP_NOT_AVAILABLE, Consumer, TopicPartition

        from streams.adapters import kafka

        consumer = Consumer({"bootstrap.servers": kafka.bootstrap(self.settings.kafka_url),
                                   "group.id": "vertice-ws", "enable.auto.commit": False,
                                   "fetch.wait.max.ms": 50})
        try:
            parts = kafka.partitions_of(consumer, self.settings.topic_alerts)
            consumer.assign([TopicPartition(self.settings.topic_alerts, p, OFFSET_END) for p in parts])
            live_from_ms = (time.time() - 1.0) * 1000
            while not self._stop.is_set():
                for message in consumer.consume(500, 0.2):
                    value = message.value()
                    if message.error() or not value or BENIGN_MARK in value:
                        continue
                    kind, written_ms = message.timestamp()
                    if kind != TIMESTAMP_NOT_AVAILABLE and written_ms < live_from_ms:
                        continue
                    if self._loop is not None:
                        self._loop.call_soon_threadsafe(self._deliver, orjson.loads(value))
        except Exception:
            log.exception("verdict feed for WebSocket clients stopped")
        finally:
            consumer.close()


async def history(database: Database, since: str) -> list[dict[str, Any]]:
    """Sunk (non-benign) verdicts after ``since``: an epoch timestamp, or a verdict id (those after it), oldest
    first, at most HISTORY_LIMIT. ValueError when ``since`` is neither."""
    from streams.web import text_param

    if not database.configured:
        raise ValueError("no PostgreSQL configured: history is unavailable")
    text_param(since, "since")  # InvalidRequest, a ValueError, for control characters or an overlong id
    try:
        after: tuple[float, str] = (float(since), "")
    except ValueError:
        rows = await database.fetch("SELECT ts FROM verdicts WHERE verdict_id = $1", since)
        if not rows:
            raise ValueError("since must be an epoch timestamp or a known verdict_id") from None
        after = (float(rows[0]["ts"]), since)
    rows = await database.fetch("SELECT doc FROM verdicts WHERE (ts, verdict_id) > ($1, $2) "
                                 "ORDER BY ts, verdict_id LIMIT $3", after[0], after[1], HISTORY_LIMIT)
    return [orjson.loads(r["doc"]) for r in rows]


def envelope(kind: str, data: Any) -> str:
    return orjson.dumps({"type": kind, "data": data, "timestamp": time.time()}).decode()


def register(app: Any, settings: Settings, database: Database) -> VerdictHub:
    from aiohttp import WSMsgType, web

    from streams.access import WS_PROTOCOL

    hub = VerdictHub(settings)

    async def handler(request: Any) -> Any:
        # the key was checked before the upgrade (streams.access); a browser that sent it as a subprotocol gets
        # "vertice" back, never its key; a client only ever sends "stats", so its messages are capped small
        socket = web.WebSocketResponse(heartbeat=None, protocols=(WS_PROTOCOL,), max_msg_size=4096)
        await socket.prepare(request)
        queue = hub.subscribe()  # before the history, so nothing falls between (clients dedupe on verdict_id)
        await socket.send_str(envelope("stats", {"clients": len(hub.clients), "seen": dict(hub.counts)}))
        since = request.query.get("since")
        if since:
            try:
                for verdict in await history(database, since):
                    await socket.send_str(envelope("verdict", verdict))
            except ValueError as exc:
                await socket.send_str(envelope("error", str(exc)))

        async def pump() -> None:
            while True:
                try:
                    verdict = await asyncio.wait_for(queue.get(), timeout=settings.ws_ping_interval_s)
                except TimeoutError:
                    await socket.send_str(envelope("ping", None))
                    continue
                await socket.send_str(envelope("verdict", verdict))

        sender = asyncio.create_task(pump())
        try:
            async for message in socket:
                if message.type == WSMsgType.TEXT and message.data.strip().lower() == "stats":
                    await socket.send_str(envelope("stats", {"clients": len(hub.clients), "seen": dict(hub.counts)}))
                elif message.type == WSMsgType.TEXT:
                    await socket.send_str(envelope("error", "the only request understood is 'stats'"))
        finally:
            sender.cancel()
            hub.unsubscribe(queue)
        return socket

    app.web.web_app.router.add_get("/ws/verdicts", handler)
    return hub
