"""The executor (`vertice executor`): a durable JetStream pull consumer that runs the kill switch."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from typing import Any

import asyncpg
import nats
import orjson
from nats.js.api import AckPolicy, ConsumerConfig
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

from agents import commands, killswitch
from ops import audit, commandbus, db
from schemas.errors import CommandRejected, ConfigError
from streams.settings import Settings

log = logging.getLogger(__name__)
DURABLE = "vertice-executor"
COMMAND_STATUS = {"COMPLETED": "EXECUTED", "FAILED": "FAILED", "REJECTED": "REJECTED"}  # confirmation → commands row


class ExecutorMetrics:
    def __init__(self, registry: CollectorRegistry = REGISTRY) -> None:
        self.executed = Counter("command_bus_commands_executed_total", "Commands handled by the executor",
                                ["status"], registry=registry)
        self.failures = Counter("command_bus_kill_switch_failures_total", "Kill-switch layers that failed",
                                registry=registry)
        self.duration = Histogram("command_bus_execution_seconds", "Time to execute one command",
                                  registry=registry)


class Executor:
    def __init__(self, settings: Settings, pool: asyncpg.Pool, js: Any, metrics: ExecutorMetrics) -> None:
        self.settings = settings
        self.pool = pool
        self.js = js
        self.metrics = metrics
        self.key = settings.command_signing_key.reveal().encode()
        if not self.key:
            raise ConfigError("VERTICE_COMMAND_SIGNING_KEY", "not set: the executor refuses unsigned operation")

    async def run(self, stop: asyncio.Event) -> None:
        await commandbus.ensure_streams(self.js)
        await db.protect(self.pool, os.getpid(), "executor")
        subscription = await self.js.pull_subscribe(
            f"{commandbus.COMMAND_SUBJECT}.>", durable=DURABLE, stream=commandbus.COMMAND_STREAM,
            config=ConsumerConfig(ack_policy=AckPolicy.EXPLICIT, ack_wait=60, max_ack_pending=256),
        )
        log.info("executor consuming %s.>", commandbus.COMMAND_SUBJECT)
        while not stop.is_set():
            try:
                messages = await subscription.fetch(32, timeout=0.5)
            except TimeoutError:
                continue
            except nats.errors.Error as exc:  # NATS restarting: the client reconnects by itself
                log.warning("fetch failed, retrying: %s", exc)
                await asyncio.sleep(0.5)
                continue
            for message in messages:
                try:
                    await self.handle(message.data, redelivered=message.metadata.num_delivered > 1)
                    await message.ack()
                except (OSError, asyncpg.PostgresError, nats.errors.Error) as exc:
                    log.warning("command not handled, it will be redelivered: %s", exc)
                    with contextlib.suppress(nats.errors.Error):
                        await message.nak(delay=1.0)

    async def handle(self, raw: bytes, redelivered: bool = False) -> dict[str, Any]:
        """Verify, execute once, audit, confirm. A redelivery of a command already executed re-sends its
        confirmation (the first may have been lost); a new message reusing a command id is refused."""
        started = time.perf_counter()
        try:
            command = commands.verify(raw, self.key, time.time())
        except CommandRejected as exc:
            return await self._reject(exc, raw, started)
        async with self.pool.acquire() as conn:
            # claim: a new id, or one an operator registered as PENDING; anything else was already handled
            inserted = await conn.fetchval(
                "INSERT INTO commands (command_id, command_type, status, doc) VALUES ($1, $2, 'EXECUTING', $3::jsonb) "
                "ON CONFLICT (command_id) DO UPDATE SET status = 'EXECUTING' WHERE commands.status = 'PENDING' "
                "RETURNING command_id",
                command["command_id"], command["command_type"], orjson.dumps(command).decode())
            if inserted is None:
                stored = await conn.fetchval("SELECT confirmation FROM commands WHERE command_id = $1",
                                             command["command_id"])
                if redelivered and stored is not None:
                    confirmation = orjson.loads(stored)
                    await commandbus.publish_confirmation(self.js, confirmation)
                    return dict(confirmation)
                duplicate = CommandRejected("duplicate: command id already executed", command["command_id"])
                return await self._reject(duplicate, raw, started, publish=False)
            confirmation = await self._execute(conn, command, started)
            await conn.execute("UPDATE commands SET status = $2, confirmation = $3::jsonb WHERE command_id = $1",
                               command["command_id"], COMMAND_STATUS[confirmation["status"]],
                               orjson.dumps(confirmation).decode())
            await self._anchor(conn)
        await commandbus.publish_confirmation(self.js, confirmation)
        self.metrics.executed.labels(confirmation["status"]).inc()
        self.metrics.duration.observe(time.perf_counter() - started)
        return confirmation

    async def _execute(self, conn: asyncpg.Connection, command: dict[str, Any], started: float) -> dict[str, Any]:
        command_id, command_type = command["command_id"], command["command_type"]
        rows = await conn.fetch("SELECT agent_id, pid, start_time, uid, parent_agent_id FROM agents")
        registry = {r["agent_id"]: killswitch.AgentRecord(r["agent_id"], r["pid"], r["start_time"], r["uid"],
                                                         r["parent_agent_id"]) for r in rows}
        target = command["targets"][0]
        error: str | None = None
        if command_type not in killswitch.LAYERS_FOR and command_type != "REVOKE_ACCESS":
            error = (f"{command_type} is not supported by this executor: it acts on registered agents' processes "
                     "(MUTE, ISOLATE, TERMINATE, REVOKE_ACCESS) and has no firewall or file backend")
        elif target not in registry:
            error = f"agent {target!r} is not registered"
        if error is not None:
            await audit.append(conn, command_id=command_id, agent_id=target, action=command_type, layer=None,
                               outcome="FAILED", detail={"error": error})
            return self._confirmation(command_id, "FAILED", [], [], error, started)
        agents = killswitch.cascade(target, registry) if command_type == "TERMINATE" else [registry[target]]
        if command_type == "REVOKE_ACCESS":  # touches the registry only, no process
            await conn.execute("UPDATE agents SET credentials_revoked = true WHERE agent_id = $1", target)
            results = [killswitch.LayerResult("SOFTWARE", target, True, "credentials revoked")]
        else:
            # the registry rows are checked against /proc here, whoever wrote them; credentials go first
            protected = await db.protected_pids(conn)
            unsafe = {a.agent_id for a in agents if killswitch.refusal(a, protected) is not None}
            await conn.execute("UPDATE agents SET credentials_revoked = true WHERE agent_id = ANY($1::text[])",
                               [a.agent_id for a in agents if a.agent_id not in unsafe])
            results = await asyncio.to_thread(killswitch.execute, command_type, agents, protected=protected,
                                              drain_timeout_s=self.settings.drain_timeout_s)
        refused = {r.agent_id for r in results if r.refused}
        for result in results:
            await audit.append(conn, command_id=command_id, agent_id=result.agent_id, action=command_type,
                               layer=None if result.refused else result.layer,
                               outcome="REJECTED" if result.refused else "SUCCESS" if result.ok else "FAILED",
                               detail={"reason" if result.refused else "detail": result.detail})
            if not result.ok:
                self.metrics.failures.inc()
        layers = [r.layer for r in results if r.agent_id == target and r.ok]
        cascaded = [a.agent_id for a in agents[1:]]
        failed = [f"{r.layer} {r.agent_id}: {r.detail}" for r in results if not r.ok]
        status = "REJECTED" if target in refused else "FAILED" if failed else "COMPLETED"
        return self._confirmation(command_id, status, layers, cascaded, "; ".join(failed) or None, started)

    @staticmethod
    def _confirmation(command_id: str, status: str, layers: list[str], cascaded: list[str], error: str | None,
                      started: float) -> dict[str, Any]:
        return {
            "command_id": command_id, "status": status, "executed_layers": layers, "cascaded_agents": cascaded,
            "execution_time_ms": round((time.perf_counter() - started) * 1000, 3), "error": error, "ts": time.time(),
        }

    async def _anchor(self, conn: asyncpg.Connection) -> None:
        current = await audit.head(conn)
        if current is not None:
            await commandbus.publish_anchor(self.js, *current)

    async def _reject(self, exc: CommandRejected, raw: bytes, started: float, publish: bool = True) -> dict[str, Any]:
        """Audit the refusal and confirm it (a duplicate's confirmation was already published)."""
        command_id = exc.command_id or "unknown"
        log.warning("command %s rejected: %s", command_id, exc.reason)
        async with self.pool.acquire() as conn:
            await audit.append(conn, command_id=command_id, agent_id=None, action="REJECT", layer=None,
                               outcome="REJECTED", detail={"reason": exc.reason, "bytes": len(raw)})
            await self._anchor(conn)
        confirmation = {"command_id": command_id, "status": "REJECTED", "executed_layers": [], "cascaded_agents": [],
                        "execution_time_ms": round((time.perf_counter() - started) * 1000, 3),
                        "error": exc.reason, "ts": time.time()}
        if exc.command_id and publish:
            await commandbus.publish_confirmation(self.js, confirmation)
        self.metrics.executed.labels("REJECTED").inc()
        return confirmation


async def serve(settings: Settings, stop: asyncio.Event, registry: CollectorRegistry = REGISTRY) -> None:
    """Connect to NATS and PostgreSQL and run until ``stop`` is set."""
    nc = await commandbus.connect(settings.nats_url, settings.nats_token.reveal(), "vertice-executor")
    pool = await asyncpg.create_pool(settings.database_url.reveal(), min_size=1, max_size=4)
    try:
        await Executor(settings, pool, nc.jetstream(), ExecutorMetrics(registry)).run(stop)
    finally:
        await pool.close()
        await nc.drain()
