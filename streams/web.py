"""The worker's HTTP endpoints: health, status, Prometheus metrics and the agent registry."""

from __future__ import annotations

import asyncio
import hmac
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from agents import cytokines
from agents.neuromodulation import Neuromodulators
from streams.metrics import PipelineMetrics
from streams.settings import Settings

VERSION = "0.1.0"
MAX_BODY_BYTES = 64 * 1024


def authorized(settings: Settings, header: str | None) -> bool:
    """Bearer token check in constant time; with no key configured every mutating call is refused."""
    key = settings.api_key.reveal()
    if not key or not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].encode(), key.encode())


async def reachable(url: str, timeout_s: float = 1.0) -> bool:
    parts = urlsplit(url)
    if not parts.hostname or not parts.port:
        return False
    try:
        _, writer = await asyncio.wait_for(asyncio.open_connection(parts.hostname, parts.port), timeout_s)
    except (OSError, TimeoutError):
        return False
    writer.close()
    return True


async def postgres_ok(url: str) -> bool:
    import asyncpg

    try:
        conn = await asyncpg.connect(url, timeout=1.0)
    except (OSError, TimeoutError, asyncpg.PostgresError):
        return False
    try:
        return bool(await conn.fetchval("SELECT 1") == 1)
    finally:
        await conn.close()


def consumer_lag(highwaters: Mapping[Any, int], positions: Mapping[Any, int | None]) -> dict[str, int]:
    """Messages not yet processed per ``topic:partition``: the log end minus the next offset to process."""
    return {f"{tp.topic}:{tp.partition}": max(0, end - (positions.get(tp) or 0)) for tp, end in highwaters.items()}


def queue_depths(app: Any) -> dict[str, int]:
    """Messages per topic fetched by this worker and not yet taken by its agents."""
    depths: dict[str, int] = {}
    for topic in app.topics._topics:  # Faust's conductor: the channels the agents read
        depths[topic.get_topic_name()] = depths.get(topic.get_topic_name(), 0) + topic.queue.qsize()
    return depths


def validate_agent(body: Any) -> tuple[str, int, str | None]:
    if not isinstance(body, dict):
        raise ValueError("body must be a JSON object")
    agent_id, pid, parent = body.get("agent_id"), body.get("pid"), body.get("parent_agent_id")
    if not isinstance(agent_id, str) or not agent_id or len(agent_id) > 256:
        raise ValueError("agent_id must be a non-empty string")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 1:
        raise ValueError("pid must be an integer above 1")
    if parent is not None and not isinstance(parent, str):
        raise ValueError("parent_agent_id must be a string")
    return agent_id, pid, parent


def validate_command_request(body: Any) -> dict[str, Any]:
    """The operator's fields of a command; the server adds ids, timestamps and the signature."""
    from agents.commands import COMMAND_TYPES

    if not isinstance(body, dict):
        raise ValueError("body must be a JSON object")
    command_type, targets = body.get("command_type"), body.get("targets")
    if command_type not in COMMAND_TYPES:
        raise ValueError(f"command_type must be one of {', '.join(COMMAND_TYPES)}")
    if not isinstance(targets, list) or not targets or not all(isinstance(t, str) and t for t in targets):
        raise ValueError("targets must be a non-empty list of agent ids")
    parameters = body.get("parameters", {})
    if not isinstance(parameters, dict):
        raise ValueError("parameters must be an object")
    deadline_s = body.get("deadline_s", 30)
    if not isinstance(deadline_s, int | float) or isinstance(deadline_s, bool) or not 0 < deadline_s <= 3600:
        raise ValueError("deadline_s must be a number of seconds in (0, 3600]")
    command_id = body.get("command_id")
    if command_id is not None and (not isinstance(command_id, str) or not 0 < len(command_id) <= 128):
        raise ValueError("command_id must be a string of at most 128 characters")
    return {"command_type": command_type, "targets": targets, "parameters": parameters,
            "deadline_s": float(deadline_s), "command_id": command_id}


_POOLS: dict[str, Any] = {}


async def pool_for(settings: Settings) -> Any:
    """One small connection pool per database for the web endpoints (a connection per request was the cost)."""
    import asyncpg

    url = settings.database_url.reveal()
    if url not in _POOLS:
        _POOLS[url] = await asyncpg.create_pool(url, min_size=1, max_size=4)
    return _POOLS[url]


async def fetch(settings: Settings, sql: str, *args: Any) -> list[Any]:
    """Rows of one parameterised query on the configured PostgreSQL."""
    return list(await (await pool_for(settings)).fetch(sql, *args))


async def json_body(request: Any) -> Any:
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise ValueError("body too large")
    try:
        return await request.json()
    except Exception:
        raise ValueError("body is not JSON") from None


def register(app: Any, settings: Settings, metrics: PipelineMetrics, bus: Any, anomalies: Any = (),
             global_state: Mapping[str, Any] | None = None) -> None:
    import faust
    import orjson

    from agents import commands, ioc
    from ops import db

    async def query(sql: str, *args: Any) -> list[Any]:
        return await fetch(settings, sql, *args)

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        kafka, nats_ok, pg = await asyncio.gather(
            reachable(settings.kafka_url.replace("kafka://", "tcp://")), reachable(settings.nats_url),
            postgres_ok(settings.database_url.reveal()) if settings.database_url else asyncio.sleep(0, False))
        healthy = kafka and nats_ok and pg
        return web.json({"status": "healthy" if healthy else "degraded", "version": VERSION,
                         "kafka_connected": kafka, "nats_connected": nats_ok, "postgres_connected": pg},
                        status=200 if healthy else 503)

    @app.page("/metrics")
    async def prometheus(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(metrics.registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    @app.page("/status")
    async def status(web: Any, request: Any) -> Any:
        assigned = sorted(app.consumer.assignment())
        consumed = [tp for tp in assigned if not tp.topic.endswith("-changelog")]  # changelogs are read on recovery
        highwaters = await app.consumer.highwaters(*consumed) if consumed else {}
        positions = {tp: app.consumer._committed_offset.get(tp) for tp in consumed}  # Faust's own commit point
        providers = [s.labels["provider"] for metric in metrics.cortex_provider.collect() for s in metric.samples]
        celsius = next(s.value for metric in metrics.temperature.collect() for s in metric.samples)
        state = cytokines.Temperature(celsius).state
        queues = queue_depths(app)
        levels = Neuromodulators.from_dict((global_state or {}).get("neuromodulators")).levels()
        return web.json({"version": VERSION, "assigned_partitions": [f"{tp.topic}:{tp.partition}" for tp in assigned],
                         "consumer_lag": consumer_lag(highwaters, positions), "queue_depth": queues,
                         "cortex_provider": providers,
                         "temperature_celsius": round(celsius, 2) or cytokines.BASELINE_C, "immune_state": state,
                         "neuromodulation": levels})

    @app.page("/hpc/anomalies")
    async def hpc_anomalies(web: Any, request: Any) -> Any:
        limit = request.query.get("limit", "50")
        count = min(200, int(limit)) if limit.isdigit() else 50
        return web.json({"anomalies": list(anomalies)[:count]})

    @app.page("/extract_iocs")
    class ExtractIocs(faust.web.View):
        async def post(self, request: Any) -> Any:
            try:
                document = await json_body(request)
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=422)
            return self.json({"iocs": ioc.extract(document)})

    @app.page("/api/v1/agents")
    class Agents(faust.web.View):
        async def post(self, request: Any) -> Any:
            if not authorized(settings, request.headers.get("Authorization")):
                return self.json({"error": "unauthorized"}, status=401)
            try:
                agent_id, pid, parent = validate_agent(await json_body(request))
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=422)
            await db.register_agent(await pool_for(settings), agent_id, pid, parent)
            return self.json({"agent_id": agent_id, "pid": pid, "parent_agent_id": parent}, status=201)

    @app.page("/api/v1/commands")
    class Commands(faust.web.View):
        async def post(self, request: Any) -> Any:
            if not authorized(settings, request.headers.get("Authorization")):
                return self.json({"error": "unauthorized"}, status=401)
            try:
                fields = validate_command_request(await json_body(request))
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=422)
            now = time.time()
            command = commands.build(
                command_type=fields["command_type"], targets=fields["targets"], issuer="operator",
                incident_id=f"operator-{now}", now=now, deadline_s=fields["deadline_s"],
                key=settings.command_signing_key.reveal().encode(), parameters=fields["parameters"],
                command_id=fields["command_id"])
            fresh = await (await pool_for(settings)).fetchval(
                "INSERT INTO commands (command_id, command_type, status, doc) "
                "VALUES ($1, $2, 'PENDING', $3::jsonb) ON CONFLICT (command_id) DO NOTHING RETURNING command_id",
                command["command_id"], command["command_type"], orjson.dumps(command).decode())
            if fresh is None:
                return self.json({"error": f"command {command['command_id']} already exists"}, status=409)
            try:
                published = await bus.publish(command)
            except Exception as exc:  # NATS unreachable: forget the claim so the same id can be retried
                await query("DELETE FROM commands WHERE command_id = $1 AND status = 'PENDING'", command["command_id"])
                return self.json({"error": f"command bus unavailable, retry with the same command_id: {exc}"},
                                 status=503)
            if not published:
                return self.json({"error": f"command {command['command_id']} already exists"}, status=409)
            return self.json(command, status=202)

    @app.page("/api/v1/commands/{command_id}")
    class CommandStatus(faust.web.View):
        async def get(self, request: Any, command_id: str) -> Any:
            rows = await query("SELECT status, doc, confirmation FROM commands WHERE command_id = $1", command_id)
            if rows:
                row = rows[0]
                return self.json({"command_id": command_id, "status": row["status"],
                                  "command": orjson.loads(row["doc"]),
                                  "confirmation": orjson.loads(row["confirmation"]) if row["confirmation"] else None})
            if command_id in bus.pending:
                return self.json({"command_id": command_id, "status": "PENDING", "command": bus.pending[command_id],
                                  "confirmation": None})
            return self.json({"error": "no such command"}, status=404)

    @app.page("/api/v1/audits")
    class Audits(faust.web.View):
        async def get(self, request: Any) -> Any:
            command_id = request.query.get("command_id")
            raw_limit = request.query.get("limit", "100")
            limit = min(500, int(raw_limit)) if raw_limit.isdigit() else 100
            rows = await query("SELECT * FROM audit_log WHERE ($1::text IS NULL OR command_id = $1) "
                               "ORDER BY seq DESC LIMIT $2", command_id, limit)
            return self.json({"records": [dict(r) for r in rows]})
