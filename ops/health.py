"""Health checks of every component, for `vertice health`."""

from __future__ import annotations

import asyncio
import json
import urllib.request

from streams.settings import Settings
from streams.web import postgres_ok, reachable


async def _worker(url: str) -> tuple[bool, str]:
    def fetch() -> tuple[bool, str]:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:  # noqa: S310 - loopback/configured
                doc = json.loads(response.read())
                return doc.get("status") == "healthy", f"{url} {doc.get('status')}"
        except OSError as exc:
            return False, f"{url} unreachable: {exc}"

    return await asyncio.to_thread(fetch)


async def check_all(settings: Settings) -> dict[str, tuple[bool, str]]:
    kafka = settings.kafka_url or "kafka://127.0.0.1:9092"
    results: dict[str, tuple[bool, str]] = {}
    ok = await reachable(kafka.replace("kafka://", "tcp://"))
    results["kafka"] = (ok, kafka)
    if settings.nats_url:
        results["nats"] = (await reachable(settings.nats_url), settings.nats_url)
    else:
        results["nats"] = (False, "VERTICE_NATS_URL not set and no embedded stack running")
    if settings.database_url:
        results["postgres"] = (await postgres_ok(settings.database_url.reveal()), "configured")
    else:
        results["postgres"] = (False, "VERTICE_DATABASE_URL not set and no embedded stack running")
    stack_file = settings.data_dir / "stack.json"
    web = json.loads(stack_file.read_text()).get("web", "") if stack_file.exists() else ""
    web = web or f"http://127.0.0.1:{settings.web_port}"
    results["worker"] = await _worker(web)
    return results
