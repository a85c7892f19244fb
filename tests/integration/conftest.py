"""The real embedded stack (Tansu, NATS JetStream, PostgreSQL), a worker and the executor, once per session."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import json
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest

from ops import stack

pytestmark = pytest.mark.integration
T = TypeVar("T")


def on_postgres(url: str, use: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
    """What ``use`` returns, run on a fresh connection to ``url`` that is closed afterwards."""
    async def run() -> T:
        conn = await asyncpg.connect(url)
        try:
            return await use(conn)
        finally:
            await conn.close()

    return asyncio.run(run())


def wait_for(check: Callable[[], Any], timeout_s: float, what: str, every_s: float = 0.2) -> Any:
    """``check()``'s first truthy result within ``timeout_s``; an AssertionError naming ``what`` after it."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(every_s)
    raise AssertionError(f"{what}: not within {timeout_s:.0f} s")


def verdicts_where(kafka_url: str, predicate: Callable[[dict[str, Any]], bool], timeout_s: float = 40.0,
                   every_s: float = 0.5) -> list[dict[str, Any]]:
    """The verdicts ``predicate`` accepts, the topic read again until there are some or ``timeout_s`` passes (then
    none); a verdicts topic nothing has written yet holds none."""
    import orjson

    from schemas.errors import TopicMissing
    from streams.adapters import kafka

    def matching() -> list[dict[str, Any]]:
        try:
            docs = [orjson.loads(m.value()) for m in kafka.read_topic(kafka_url, "verdicts")]
        except TopicMissing:  # the first verdict creates the topic: a test that runs first can find none
            return []
        return [doc for doc in docs if predicate(doc)]

    with contextlib.suppress(AssertionError):  # none within the time: the callers assert on what they need
        return wait_for(matching, timeout_s, "matching verdicts", every_s=every_s)  # type: ignore[no-any-return]
    return []


def event_verdicts(kafka_url: str, wanted: set[str], timeout_s: float = 180.0,
                   every_s: float = 2.0) -> tuple[dict[str, set[str]], collections.Counter[str]]:
    """Reads the verdicts topic until every event in ``wanted`` has an event-scope verdict (or ``timeout_s``
    passes): the verdict ids seen per event, and how many verdict messages each had (a redelivery repeats one)."""
    import orjson

    from schemas.errors import TopicMissing
    from streams.adapters import kafka

    seen: dict[str, set[str]] = collections.defaultdict(set)
    deliveries: collections.Counter[str] = collections.Counter()

    def all_judged() -> bool:
        seen.clear()
        deliveries.clear()
        try:
            for message in kafka.read_topic(kafka_url, "verdicts"):
                doc = orjson.loads(message.value())
                if doc["scope"] == "event" and doc["event_ids"][0] in wanted:
                    seen[doc["event_ids"][0]].add(doc["verdict_id"])
                    deliveries[doc["event_ids"][0]] += 1
        except TopicMissing:  # no worker has written a verdict yet (one slow to start): nothing judged so far
            return False
        return set(seen) == wanted

    with contextlib.suppress(AssertionError):  # the callers assert on what arrived, naming what is missing
        wait_for(all_judged, timeout_s, "a verdict for every event", every_s=every_s)
    return seen, deliveries


def http_json(url: str, method: str = "GET", body: Any = None, key: str | None = None) -> tuple[int, Any]:
    """(status, JSON body) of one request; error statuses are answers too."""
    request = urllib.request.Request(url, method=method, data=None if body is None else json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {key}"} if key else {})})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@dataclasses.dataclass
class LiveStack:
    urls: stack.StackUrls
    env: dict[str, str]
    web: str
    data_dir: Path
    api_key: str
    signing_key: str
    embedded: stack.EmbeddedStack
    read_key: str

    def run(self, coro: Any) -> Any:
        return asyncio.run(coro)

    def http(self, path: str, method: str = "GET", body: Any = None, key: str | None = None) -> tuple[int, Any]:
        """(status, JSON body) of one request to the worker's web port."""
        return http_json(self.web + path, method, body, key)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    data_dir = tmp_path_factory.mktemp("stack")
    embedded = stack.EmbeddedStack(data_dir)
    urls = embedded.start()
    try:
        web_port = stack.free_port()
        api_key, read_key, signing_key = secrets.token_urlsafe(16), secrets.token_urlsafe(16), secrets.token_urlsafe(32)
        # the caps count every command of the session's one worker: tests must not use up each other's
        env = urls.worker_env(data_dir, web_port, api_key=api_key, read_key=read_key, command_signing_key=signing_key,
                              drain_timeout_s="1", ws_ping_interval_s="1", hourly_action_cap="100000",
                              daily_action_cap="100000")
        embedded.spawn("executor", stack.executor_argv(), env=env)
        embedded.start_worker(env)
        yield LiveStack(urls, env, f"http://127.0.0.1:{web_port}", data_dir, api_key, signing_key, embedded, read_key)
    finally:
        embedded.stop()
