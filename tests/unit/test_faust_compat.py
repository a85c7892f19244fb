"""streams.faust_compat against the installed faust-streaming's real classes: what each patch or private read
relies on is there and behaves as assumed."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import faust
import pytest

from schemas.errors import ConfigError
from streams import faust_compat


@pytest.fixture
def app(tmp_path: Path) -> Any:
    app = faust.App("compat-test", broker="kafka://127.0.0.1:1", datadir=str(tmp_path), autodiscover=False,
                    web_enabled=False)
    app.topic("compat-in", value_serializer="raw")
    return app


def test_the_installed_version_is_supported(monkeypatch: pytest.MonkeyPatch) -> None:
    faust_compat.check_version()
    monkeypatch.setattr(faust, "__version__", "0.16.0")
    with pytest.raises(ConfigError, match=r"0\.16\.0 is installed"):
        faust_compat.check_version()


def test_fetch_wait_and_isolation_reach_the_aiokafka_consumer(monkeypatch: pytest.MonkeyPatch, app: Any) -> None:
    from faust.transport.drivers import aiokafka as driver

    monkeypatch.setattr(driver.AIOKafkaConsumerThread, "_create_worker_consumer", faust_compat._create_consumer)
    faust_compat.configure_consumer(20)

    async def build() -> Any:
        thread = driver.AIOKafkaConsumerThread(app.consumer, loop=asyncio.get_running_loop())
        return thread._create_worker_consumer(app.consumer.transport)

    consumer = asyncio.run(build())
    assert consumer._fetch_max_wait_ms == 20  # the attributes aiokafka's Fetcher reads
    assert consumer._isolation_level == "read_committed"


def test_commit_and_flush_hooks_replace_real_methods(app: Any) -> None:
    assert callable(app.consumer.commit) and app.rebalancing is False
    faust_compat.hold_commits_while_rebalancing(app)
    flushed: list[str] = []

    async def ours() -> None:
        flushed.append("ours")

    faust_compat.flush_before_commit(app, ours)
    asyncio.run(app.producer.flush())  # Faust's own flush of a producer never started: a no-op, then ours
    assert flushed == ["ours"]


def test_table_writes_follow_the_given_event() -> None:
    event = object.__new__(faust.Event)
    assert faust.current_event() is None
    with faust_compat.writing_for(event):
        assert faust.current_event() is event
    assert faust.current_event() is None


def test_private_reads_exist_on_the_real_objects(app: Any) -> None:
    agent_topic = app.topic("compat-agent", value_serializer="raw")

    @app.agent(agent_topic)
    async def reader(stream: Any) -> None:
        async for _ in stream:
            pass

    app.topics.add(agent_topic)
    assert faust_compat.queue_depths(app) == {"compat-agent": 0}
    assert faust_compat.committed_offsets(app, []) == {}
    assert isinstance(app.consumer._committed_offset, dict)
