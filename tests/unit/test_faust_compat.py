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


def test_recovery_reads_to_the_last_record_not_to_a_short_high_watermark(app: Any) -> None:
    """Faust's own ``_build_highwaters`` with a consumer reporting ends of 1 and None; the records end at 3 in one
    partition, and the other's end stays where the broker put it."""
    from collections import Counter

    from faust.types import TP

    short, empty = TP("compat-changelog", 0), TP("compat-changelog", 1)

    class Reporting:  # the only call _build_highwaters makes on Faust's consumer
        async def highwaters(self, *tps: TP) -> dict[TP, int | None]:
            return {short: 1, empty: None}

    asked: list[dict[tuple[str, int], int]] = []

    def ends(reported: dict[tuple[str, int], int]) -> dict[tuple[str, int], int]:
        asked.append(dict(reported))
        return {**reported, ("compat-changelog", 0): 3}

    async def build() -> Counter[TP]:
        faust_compat.recover_to_the_last_record(app, ends)
        destination: Counter[TP] = Counter()
        await app.tables.recovery._build_highwaters(Reporting(), {short, empty}, destination, "active")
        return destination

    assert asyncio.run(build()) == {short: 2, empty: -1}  # Faust keeps the last offset, -1 for none
    assert asked == [{("compat-changelog", 0): 1, ("compat-changelog", 1): 0}]
