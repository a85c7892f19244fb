"""What a worker holds open: one PostgreSQL pool, the command bus (NATS) and the output producer, opened on first
use (the servers may come up after the worker) and closed once, with the app."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from typing import Any

from schemas.settings import Settings
from streams.adapters.health import Result, check_components
from streams.commanding import CommandBus
from streams.emit import Emitter, TransactionalEmitter, output_check
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
    """The worker's connections, each one of a kind: ``database``, ``bus`` (NATS) and ``emitter`` (Kafka);
    ``intake_emitter`` is the telemetry intake's: the same emitter, or under exactly-once one of its own whose
    transactions hold triage's output alone. Its id names this worker (host and web port): a restarted worker
    fences and aborts what its predecessor left open."""

    def __init__(self, settings: Settings, metrics: PipelineMetrics, broker: str) -> None:
        self.database = Database(settings)
        self.bus = CommandBus(settings, metrics.confirmation_latency, metrics.command_timeouts)
        refused = metrics.dead_lettered.labels("emit", "produce_rejected").inc
        self.emitter = Emitter(broker, dlq_topic=settings.topic_dlq, dead_lettered=refused)
        self.intake_emitter = self.emitter if settings.processing_guarantee != "exactly_once" else \
            TransactionalEmitter(broker, f"{settings.app_id}-{settings.topic_telemetry}-{socket.gethostname()}-"
                                 f"{settings.web_port}", dlq_topic=settings.topic_dlq, dead_lettered=refused)

    async def check(self, settings: Settings) -> dict[str, Result]:
        """The health checks: Kafka, NATS and PostgreSQL as a client meets them, and whether this worker's output
        leaves (``output_check``)."""
        emitters = [self.emitter] if self.intake_emitter is self.emitter else [self.emitter, self.intake_emitter]
        return {**await check_components(settings), "output": output_check(emitters, time.monotonic())}

    async def close(self) -> None:
        """After the consumer stopped: what was produced leaves, then the connections close."""
        try:
            await asyncio.wait_for(self.emitter.flush(), CLOSE_FLUSH_S)
        except TimeoutError:  # uncommitted: the input is consumed again after a restart
            log.error("output not delivered within %.0f s of stopping; its input will be read again", CLOSE_FLUSH_S)
        await self.bus.close()
        await self.database.close()
