"""No offset commit while a rebalance is under way (streams.faust_compat.hold_commits_while_rebalancing)."""

from __future__ import annotations

import asyncio
import types
from typing import Any

from streams.faust_compat import hold_commits_while_rebalancing


class Consumer:
    def __init__(self) -> None:
        self.committed: list[Any] = []

    async def commit(self, topics: Any = None, start_new_transaction: bool = True) -> bool:
        self.committed.append(topics)
        return True


def test_commits_wait_for_the_rebalance_to_end() -> None:
    consumer = Consumer()
    app = types.SimpleNamespace(consumer=consumer, rebalancing=False)
    hold_commits_while_rebalancing(app)
    assert asyncio.run(consumer.commit("a")) is True
    app.rebalancing = True
    assert asyncio.run(consumer.commit("b")) is False
    app.rebalancing = False
    assert asyncio.run(consumer.commit(start_new_transaction=False)) is True
    assert consumer.committed == ["a", None]
