"""Health of every component, the one implementation behind the worker's /health and /status and `vertice health`.

Each check does what a client needs to work, not just open a port: NATS answers an authenticated JetStream
request, PostgreSQL runs a query, Kafka returns its metadata; each within a short timeout (a stopped server
accepts TCP connections and never answers)."""

from __future__ import annotations

import asyncio
import json
import urllib.request

from schemas.settings import Settings

TIMEOUT_S = 2.0
Result = tuple[bool, str]


async def nats_ok(url: str, token: str, timeout_s: float = TIMEOUT_S) -> Result:
    import nats

    from schemas.errors import Unavailable
    from streams.adapters import commandbus

    if not url:
        return False, "VERTICE_NATS_URL not set and no embedded stack running"

    async def probe() -> Result:
        nc = await commandbus.connect(url, token, "vertice-health", timeout_s=timeout_s)
        try:
            info = await nc.jetstream().account_info()
            return True, f"{url} JetStream: {info.streams} streams"
        finally:
            await nc.close()

    try:
        return await asyncio.wait_for(probe(), timeout_s + 0.5)
    except Unavailable as exc:
        return False, str(exc)
    except (TimeoutError, OSError, nats.errors.Error) as exc:
        return False, f"NATS at {url} did not answer a JetStream request within {timeout_s:.0f} s: " \
                      f"{exc or type(exc).__name__}"


async def postgres_ok(url: str, timeout_s: float = TIMEOUT_S) -> Result:
    import asyncpg

    if not url:
        return False, "VERTICE_DATABASE_URL not set and no embedded stack running"

    async def probe() -> Result:
        conn = await asyncpg.connect(url, timeout=timeout_s)
        try:
            return bool(await conn.fetchval("SELECT 1") == 1), "answered a query"
        finally:
            await conn.close(timeout=timeout_s)

    try:
        return await asyncio.wait_for(probe(), timeout_s + 0.5)
    except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        return False, f"PostgreSQL did not answer a query within {timeout_s:.0f} s: {exc or type(exc).__name__}"


async def kafka_ok(url: str, timeout_s: float = TIMEOUT_S) -> Result:
    from schemas.errors import Unavailable
    from streams.adapters import kafka

    try:
        brokers = await asyncio.wait_for(asyncio.to_thread(kafka.metadata, url, timeout_s), timeout_s + 1.0)
    except (TimeoutError, Unavailable) as exc:
        return False, str(exc) or f"Kafka at {url} gave no metadata within {timeout_s:.0f} s"
    return True, f"{url} metadata from {brokers} broker(s)"


async def check_components(settings: Settings, timeout_s: float = TIMEOUT_S) -> dict[str, Result]:
    """kafka, nats and postgres, checked concurrently: at most about ``timeout_s`` in all."""
    kafka, nats, postgres = await asyncio.gather(
        kafka_ok(settings.kafka_url or "kafka://127.0.0.1:9092", timeout_s),
        nats_ok(settings.nats_url, settings.nats_token.reveal(), timeout_s),
        postgres_ok(settings.database_url.reveal(), timeout_s))
    return {"kafka": kafka, "nats": nats, "postgres": postgres}


async def _worker(url: str) -> Result:
    def fetch() -> Result:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=TIMEOUT_S + 2) as response:  # noqa: S310
                doc = json.loads(response.read())
        except urllib.error.HTTPError as exc:  # 503: degraded, with its reasons
            doc = json.loads(exc.read() or b"{}")
        except OSError as exc:
            return False, f"{url} unreachable: {exc}"
        return doc.get("status") == "healthy", f"{url} {doc.get('status')}"

    return await asyncio.to_thread(fetch)


async def check_all(settings: Settings) -> dict[str, Result]:
    """Every component as seen from here, then the worker's own view (its /health runs the same checks)."""
    web = f"http://127.0.0.1:{settings.web_port}"
    components, worker = await asyncio.gather(check_components(settings), _worker(web))
    return {**components, "worker": worker}
