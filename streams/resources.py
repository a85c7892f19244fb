"""What a worker holds open: one PostgreSQL pool, the command bus (NATS) and the output producer, opened on first
use (the servers may come up after the worker) and closed once, with the app."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from schemas.settings import Settings
from streams.commanding import CommandBus
from streams.emit import Emitter
from streams.metrics import PipelineMetrics

log = logging.getLogger(__name__)
CLOSE_FLUSH_S = 10.0  # a broker that is away cannot hold a stopping worker longer than this
POOL_SIZE = 4  # the sink, the outbox, the timers and the web views share it; each holds a connection briefly


class Database:
    """The worker's one connection pool to PostgreSQL."""

    def __init__(self, settings: Settings) -> None:
        self.configured = bool(settings.database_url)
        self._url = settings.database_url
        self._pool: Any = None
        self._lock = asyncio.Lock()

    async def pool(self) -> Any:
        async with self._lock:
            if self._pool is None:
                import asyncpg

                self._pool = await asyncpg.create_pool(self._url.reveal(), min_size=1, max_size=POOL_SIZE)
        return self._pool

    async def fetch(self, sql: str, *args: Any) -> list[Any]:
        """Rows of one parameterised query."""
        return list(await (await self.pool()).fetch(sql, *args))

    async def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await pool.close()


class Resources:
    """The worker's connections, each one of a kind: ``database``, ``bus`` (NATS) and ``emitter`` (Kafka)."""

    def __init__(self, settings: Settings, metrics: PipelineMetrics, broker: str) -> None:
        self.database = Database(settings)
        self.bus = CommandBus(settings, metrics.confirmation_latency, metrics.command_timeouts)
        self.emitter = Emitter(broker, dlq_topic=settings.topic_dlq,
                               dead_lettered=metrics.dead_lettered.labels("emit", "produce_rejected").inc)

    async def close(self) -> None:
        """After the consumer stopped: what was produced leaves, then the connections close."""
        try:
            await asyncio.wait_for(self.emitter.flush(), CLOSE_FLUSH_S)
        except TimeoutError:  # uncommitted: the input is consumed again after a restart
            log.error("output not delivered within %.0f s of stopping; its input will be read again", CLOSE_FLUSH_S)
        await self.bus.close()
        await self.database.close()
