"""The executor (`vertice executor`): a durable JetStream pull consumer that runs the kill switch."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import asyncpg
import nats
import orjson
from nats.js.api import AckPolicy, ConsumerConfig
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

from agents import commands, killswitch
from schemas.errors import CommandBusy, CommandRejected, ConfigError, Unavailable
from schemas.settings import Settings
from streams.adapters import audit, commandbus, db

log = logging.getLogger(__name__)
DURABLE = "vertice-executor"
COMMAND_STATUS = {"COMPLETED": "EXECUTED", "FAILED": "FAILED", "REJECTED": "REJECTED"}  # confirmation → commands row
COMMAND_LOCK = 7_310_003  # advisory lock space of command ids (hashtext), held while one is executed
CONNECT_TIMEOUT_S = 5.0
CLOSE_TIMEOUT_S = 1.5
T = TypeVar("T")
# what each layer is about to do, recorded before it acts
LAYER_ACTS = {"SOFTWARE": "sending SIGSTOP to pid {pid}",
              "NETWORK": "dropping all traffic in pid {pid}'s network namespace",
              "CONTAINER": "sending SIGTERM to pid {pid} and its descendants, SIGKILL after {drain} s"}


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
        await until_stopped(self.recover(), stop)
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
                    handled = await until_stopped(
                        self.handle(message.data, redelivered=message.metadata.num_delivered > 1), stop)
                    if handled is None:  # stopped mid-command: unacked, so the restart completes it
                        return
                    await message.ack()
                except (OSError, asyncpg.PostgresError, nats.errors.Error, CommandBusy) as exc:
                    log.warning("command not handled, it will be redelivered: %s", exc)
                    with contextlib.suppress(nats.errors.Error):
                        await message.nak(delay=1.0)

    async def recover(self) -> list[dict[str, Any]]:
        """Complete every command an earlier executor started and never confirmed (it was killed mid-way)."""
        rows = await self.pool.fetch("SELECT doc FROM commands WHERE started_at IS NOT NULL AND confirmation IS NULL "
                                     "ORDER BY started_at")
        done = []
        for row in rows:
            with contextlib.suppress(CommandBusy):  # another executor holds it: it is alive and finishing it
                done.append(await self._process(orjson.loads(row["doc"]), time.perf_counter(), redelivered=True))
        if done:
            log.info("completed %d command(s) interrupted by an earlier stop", len(done))
        return done

    async def handle(self, raw: bytes, redelivered: bool = False) -> dict[str, Any]:
        """Verify, execute once, audit, confirm. A redelivery of a command already executed re-sends its
        confirmation (the first may have been lost); one left unfinished is completed; a new message reusing a
        finished command's id is refused."""
        started = time.perf_counter()
        try:
            command = commands.verify(raw, self.key, time.time())
        except CommandRejected as exc:
            if exc.reason.startswith("expired") and exc.command_id:  # signature verified: ours, maybe started
                stored = await self.pool.fetchrow("SELECT doc, started_at FROM commands WHERE command_id = $1",
                                                  exc.command_id)
                if stored is not None and stored["started_at"] is not None:
                    return await self._process(orjson.loads(stored["doc"]), started, redelivered)
            return await self._reject(exc, raw, started)
        return await self._process(command, started, redelivered)

    async def _process(self, command: dict[str, Any], started: float, redelivered: bool) -> dict[str, Any]:
        command_id = command["command_id"]
        async with self.pool.acquire() as conn:
            # one executor per command at a time; a killed one's session lock goes with its connection
            if not await conn.fetchval("SELECT pg_try_advisory_lock($1, hashtext($2))", COMMAND_LOCK, command_id):
                raise CommandBusy(f"command {command_id} is being executed by another executor")
            try:
                # claim: a new id, or one an operator registered as PENDING; anything else was seen before
                claimed = await conn.fetchval(
                    "INSERT INTO commands (command_id, command_type, status, doc, started_at) "
                    "VALUES ($1, $2, 'EXECUTING', $3::jsonb, now()) ON CONFLICT (command_id) DO UPDATE "
                    "SET status = 'EXECUTING', started_at = now() WHERE commands.status = 'PENDING' "
                    "RETURNING command_id", command_id, command["command_type"], orjson.dumps(command).decode())
                if claimed is None:
                    stored = await conn.fetchrow("SELECT started_at, confirmation FROM commands WHERE command_id = $1",
                                                 command_id)
                    if stored["started_at"] is not None and stored["confirmation"] is None:
                        log.warning("resuming command %s, interrupted before it was confirmed", command_id)
                        await audit.append(conn, command_id=command_id, agent_id=command["targets"][0],
                                           action="RESUME", layer=None, outcome="RESUMED",
                                           detail={"reason": "an earlier executor stopped before confirming it"})
                        await conn.execute("UPDATE commands SET status = 'EXECUTING' WHERE command_id = $1",
                                           command_id)
                    elif redelivered and stored["confirmation"] is not None:
                        confirmation = orjson.loads(stored["confirmation"])
                        await commandbus.publish_confirmation(self.js, confirmation)
                        return dict(confirmation)
                    else:
                        duplicate = CommandRejected("duplicate: command id already executed", command_id)
                        return await self._reject(duplicate, orjson.dumps(command), started, publish=False)
                confirmation = await self._execute(conn, command, started)
                await conn.execute("UPDATE commands SET status = $2, confirmation = $3::jsonb WHERE command_id = $1",
                                   command_id, COMMAND_STATUS[confirmation["status"]],
                                   orjson.dumps(confirmation).decode())
                await self._anchor(conn)
            finally:
                if not conn.is_closed():
                    await conn.execute("SELECT pg_advisory_unlock($1, hashtext($2))", COMMAND_LOCK, command_id)
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
            journal = LayerJournal(self, conn, command_id, command_type, asyncio.get_running_loop())
            await journal.load()
            results = await in_daemon_thread(killswitch.execute, command_type, agents, protected=protected,
                                             drain_timeout_s=self.settings.drain_timeout_s, journal=journal)
        refused = {r.agent_id for r in results if r.refused}
        for result in results:
            if result.refused or command_type == "REVOKE_ACCESS":  # the journal recorded each layer run
                await self._record(conn, command_id, command_type, result)
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

    async def _record(self, conn: asyncpg.Connection, command_id: str, action: str,
                      result: killswitch.LayerResult) -> None:
        await audit.append(conn, command_id=command_id, agent_id=result.agent_id, action=action,
                           layer=None if result.refused else result.layer,
                           outcome="REJECTED" if result.refused else "SUCCESS" if result.ok else "FAILED",
                           detail={"reason" if result.refused else "detail": result.detail})
        if not result.ok:
            self.metrics.failures.inc()

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


class LayerJournal:
    """The audit log as the kill switch's journal: each layer is recorded before it acts (what it is about to
    send) and after (what happened), durably, from the kill switch's thread. A layer recorded as finished by an
    interrupted run is not redone; one recorded only as started is."""

    def __init__(self, executor: Executor, conn: asyncpg.Connection, command_id: str, action: str,
                 loop: asyncio.AbstractEventLoop) -> None:
        self.executor, self.conn, self.command_id, self.action, self.loop = executor, conn, command_id, action, loop
        self.done: dict[tuple[str, str], killswitch.LayerResult] = {}

    async def load(self) -> None:
        rows = await self.conn.fetch("SELECT agent_id, layer, outcome, detail FROM audit_log WHERE command_id = $1 "
                                     "AND layer IS NOT NULL AND outcome IN ('SUCCESS', 'FAILED') ORDER BY seq",
                                     self.command_id)
        for row in rows:
            self.done[(row["agent_id"], row["layer"])] = killswitch.LayerResult(
                row["layer"], row["agent_id"], row["outcome"] == "SUCCESS", orjson.loads(row["detail"])["detail"])

    def _wait(self, coro: Any) -> None:
        asyncio.run_coroutine_threadsafe(coro, self.loop).result()

    def recorded(self, agent: killswitch.AgentRecord, layer: str) -> killswitch.LayerResult | None:
        return self.done.get((agent.agent_id, layer))

    def starting(self, agent: killswitch.AgentRecord, layer: str) -> None:
        self._wait(audit.append(self.conn, command_id=self.command_id, agent_id=agent.agent_id, action=self.action,
                                layer=layer, outcome="STARTED", detail={"detail": LAYER_ACTS[layer].format(
                                    pid=agent.pid, drain=self.executor.settings.drain_timeout_s)}))

    def finished(self, result: killswitch.LayerResult) -> None:
        self._wait(self.executor._record(self.conn, self.command_id, self.action, result))


async def in_daemon_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``function`` in a daemon thread: a stop does not wait for a drain in progress (asyncio.to_thread's pool
    is joined at exit), and the command it was running stays unconfirmed for the restart to complete."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(value: Any, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)

    def target() -> None:
        value: Any = None
        error: BaseException | None = None
        try:
            value = function(*args, **kwargs)
        except BaseException as exc:  # handed to the awaiting coroutine
            error = exc
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
            loop.call_soon_threadsafe(settle, value, error)

    threading.Thread(target=target, name="kill-switch", daemon=True).start()
    return await future


async def until_stopped(work: Awaitable[T], stop: asyncio.Event) -> T | None:
    """``work``'s result, or None once ``stop`` is set first (``work`` is then cancelled)."""
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    return None


async def serve(settings: Settings, stop: asyncio.Event, registry: CollectorRegistry = REGISTRY) -> None:
    """Connect to NATS and PostgreSQL (each within seconds, else Unavailable naming it) and run until ``stop``
    is set; stopping takes at most a few seconds whatever is in flight."""
    nc = await commandbus.connect(settings.nats_url, settings.nats_token.reveal(), "vertice-executor")
    try:
        pool = await asyncio.wait_for(asyncpg.create_pool(settings.database_url.reveal(), min_size=1, max_size=4,
                                                          timeout=CONNECT_TIMEOUT_S), CONNECT_TIMEOUT_S + 1)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        await nc.close()
        raise Unavailable(f"PostgreSQL not reachable within {CONNECT_TIMEOUT_S:.0f} s: "
                          f"{exc or type(exc).__name__}") from None
    try:
        await Executor(settings, pool, nc.jetstream(), ExecutorMetrics(registry)).run(stop)
    finally:
        try:
            await asyncio.wait_for(pool.close(), CLOSE_TIMEOUT_S)
        except TimeoutError:
            pool.terminate()
        try:
            await asyncio.wait_for(nc.drain(), CLOSE_TIMEOUT_S)
        except (TimeoutError, nats.errors.Error):
            await nc.close()
