"""The real embedded stack (Tansu, NATS JetStream, PostgreSQL), a worker and the executor, once per session."""

from __future__ import annotations

import asyncio
import dataclasses
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ops import stack

pytestmark = pytest.mark.integration


@dataclasses.dataclass
class LiveStack:
    urls: stack.StackUrls
    env: dict[str, str]
    web: str
    data_dir: Path
    api_key: str
    signing_key: str
    embedded: stack.EmbeddedStack

    def run(self, coro: Any) -> Any:
        return asyncio.run(coro)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    data_dir = tmp_path_factory.mktemp("stack")
    embedded = stack.EmbeddedStack(data_dir)
    urls = embedded.start()
    try:
        web_port = stack.free_port()
        api_key, signing_key = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
        env = {**urls.worker_env(), "VERTICE_DATA_DIR": str(data_dir), "VERTICE_WEB_PORT": str(web_port),
               "VERTICE_API_KEY": api_key, "VERTICE_COMMAND_SIGNING_KEY": signing_key,
               "VERTICE_KAFKA_SESSION_TIMEOUT_S": str(stack.LOCAL_SESSION_TIMEOUT_S), "VERTICE_DRAIN_TIMEOUT_S": "1",
               "VERTICE_WS_PING_INTERVAL_S": "1"}
        worker = embedded.spawn("worker", stack.worker_argv(), env=env)
        embedded.spawn("executor", stack.executor_argv(), env=env)
        stack.wait_worker_ready(web_port, worker, log=data_dir / "logs" / "worker.log")
        yield LiveStack(urls, env, f"http://127.0.0.1:{web_port}", data_dir, api_key, signing_key, embedded)
    finally:
        embedded.stop()
