"""The worker's side of the command bus: publishing commands and tracking them to a confirmation or TIMEOUT."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any

import nats
import orjson

from agents.verdict import Severity, Verdict, make_verdict
from schemas.settings import Settings
from streams.adapters import commandbus

log = logging.getLogger(__name__)
TIMEOUT_GRACE_S = 2.0
OUTBOX_BATCH = 100


class CommandBus:
    """A lazily connected JetStream client that publishes commands and watches their confirmations."""

    def __init__(self, settings: Settings, confirmation_latency: Any, timeouts: Any) -> None:
        self.settings = settings
        self.confirmation_latency = confirmation_latency
        self.timeouts = timeouts
        self.nc: Any = None
        self.js: Any = None
        self.pending: dict[str, dict[str, Any]] = {}
        self._lock = asyncio.Lock()

    async def _connect(self) -> Any:
        async with self._lock:
            if self.nc is None or self.nc.is_closed:
                self.nc = await commandbus.connect(self.settings.nats_url, self.settings.nats_token.reveal(),
                                                   "vertice-worker")
                self.js = self.nc.jetstream()
                await commandbus.ensure_streams(self.js)
                await self.nc.subscribe(f"{commandbus.CONFIRMATION_SUBJECT}.>", cb=self._on_confirmation)
        return self.js

    async def publish(self, command: dict[str, Any]) -> bool:
        """Publish once (JetStream drops a repeated command id); False when it was a duplicate."""
        js = await self._connect()
        fresh = await commandbus.publish_command(js, command)
        if fresh:
            self.pending[command["command_id"]] = command
        return fresh

    async def _on_confirmation(self, msg: Any) -> None:
        doc = orjson.loads(msg.data)
        command = self.pending.pop(doc.get("command_id", ""), None)
        if command is not None:
            self.confirmation_latency.observe(max(0.0, float(doc.get("ts", time.time())) - float(command["ts"])))

    async def close(self) -> None:
        if self.nc is not None and not self.nc.is_closed:
            await self.nc.close()

    def overdue(self, now: float) -> list[dict[str, Any]]:
        """Commands with no confirmation past their deadline (plus a grace), removed from tracking."""
        late = [c for c in self.pending.values() if float(c["deadline"]) + TIMEOUT_GRACE_S < now]
        for command in late:
            del self.pending[command["command_id"]]
            self.timeouts.inc()
        return late


async def accept(pool: Any, command: dict[str, Any]) -> tuple[bool, dict[str, Any] | None]:
    """Durably accept an operator's command: its row and its outbox row in one transaction. Returns (True, None)
    when new, else (False, the stored command) for the caller to compare (a retry, or a reused id)."""
    async with pool.acquire() as conn, conn.transaction():
        fresh = await conn.fetchval(
            "INSERT INTO commands (command_id, command_type, status, doc) VALUES ($1, $2, 'PENDING', $3::jsonb) "
            "ON CONFLICT (command_id) DO NOTHING RETURNING command_id",
            command["command_id"], command["command_type"], orjson.dumps(command).decode())
        if fresh is None:
            stored = await conn.fetchval("SELECT doc FROM commands WHERE command_id = $1", command["command_id"])
            return False, orjson.loads(stored)
        await conn.execute("INSERT INTO command_outbox (command_id) VALUES ($1)", command["command_id"])
    return True, None


async def publish_outbox(pool: Any, bus: CommandBus) -> int:
    """Publish accepted commands not yet on NATS, oldest first; JetStream drops a repeat of a command id, so a
    publish whose acknowledgement was lost is harmless. Locked rows are another worker's. Returns how many."""
    published = 0
    async with pool.acquire() as conn, conn.transaction():
        rows = await conn.fetch(
            "SELECT o.command_id, c.doc FROM command_outbox o JOIN commands c USING (command_id) "
            "WHERE o.published_at IS NULL ORDER BY o.created_at LIMIT $1 FOR UPDATE OF o SKIP LOCKED", OUTBOX_BATCH)
        for row in rows:
            try:
                await bus.publish(orjson.loads(row["doc"]))
            except (OSError, TimeoutError, nats.errors.Error) as exc:  # NATS away: the row stays for the next round
                await conn.execute("UPDATE command_outbox SET attempts = attempts + 1, last_error = $2 "
                                   "WHERE command_id = $1", row["command_id"], str(exc)[:500] or type(exc).__name__)
                break
            await conn.execute("UPDATE command_outbox SET published_at = now(), attempts = attempts + 1 "
                               "WHERE command_id = $1", row["command_id"])
            published += 1
    return published


def timeout_verdict(command: dict[str, Any], now: float) -> Verdict:
    """An entity-scope verdict escalating a command that was never confirmed, keyed by the command."""
    target = command["targets"][0]
    return make_verdict(
        "entity", "command_bus", command["command_id"], entity=target, kind="command", category="THREAT",
        final="SUSPICIOUS", severity=Severity.HIGH, confidence=1.0, score=0.8,
        title=f"HIGH: {command['command_type']} to {target} was not confirmed by its deadline",
        evidence=[{"stage": "command_bus", "score": 0.8, "detail": f"command {command['command_id']} TIMEOUT"}],
        action="investigate_executor", status="ESCALATED", event_ts=float(command["ts"]), ts=now)


async def mark_timeouts(pool: Any, commands: list[dict[str, Any]]) -> None:
    async with pool.acquire() as conn:
        await conn.executemany(
            "INSERT INTO commands (command_id, command_type, status, doc) VALUES ($1, $2, 'TIMEOUT', $3::jsonb) "
            "ON CONFLICT (command_id) DO UPDATE SET status = 'TIMEOUT' "
            "WHERE commands.status IN ('PENDING', 'EXECUTING')",
            [(c["command_id"], c["command_type"], orjson.dumps(c).decode()) for c in commands])


async def protect_self(pool: Callable[[], Awaitable[Any]]) -> None:
    """Record this worker in ``protected_processes`` through the pool ``pool()`` opens, retrying while
    PostgreSQL is unreachable."""
    from streams.adapters import db
    from streams.poison import is_transient

    for attempt in itertools.count(1):
        try:
            async with (await pool()).acquire() as conn:
                await db.protect(conn, os.getpid(), "worker")
            return
        except Exception as exc:
            if not is_transient(exc):
                raise
            log.warning("recording the worker's process failed (attempt %d), retrying: %s", attempt, exc)
            await asyncio.sleep(min(5.0, 0.5 * attempt))
