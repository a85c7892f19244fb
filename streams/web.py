"""The worker's HTTP endpoints: health, status, Prometheus metrics and the agent registry."""

from __future__ import annotations

import asyncio
import hmac
from typing import Any
from urllib.parse import urlsplit

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

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


def register(app: Any, settings: Settings, metrics: PipelineMetrics) -> None:
    import faust

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
        assignment = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment())
        providers = [s.labels["provider"] for metric in metrics.cortex_provider.collect() for s in metric.samples]
        return web.json({"version": VERSION, "assigned_partitions": assignment, "cortex_provider": providers})

    @app.page("/api/v1/agents")
    class Agents(faust.web.View):
        async def post(self, request: Any) -> Any:
            if not authorized(settings, request.headers.get("Authorization")):
                return self.json({"error": "unauthorized"}, status=401)
            if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
                return self.json({"error": "body too large"}, status=413)
            try:
                agent_id, pid, parent = validate_agent(await request.json())
            except ValueError as exc:
                return self.json({"error": str(exc)}, status=422)
            import asyncpg

            from ops import db

            conn = await asyncpg.connect(settings.database_url.reveal())
            try:
                await db.register_agent(conn, agent_id, pid, parent)
            finally:
                await conn.close()
            return self.json({"agent_id": agent_id, "pid": pid, "parent_agent_id": parent}, status=201)
