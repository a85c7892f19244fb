"""The worker's side of B-cell memory: remember in PostgreSQL, publish as a learned-reflexes pack, hot-load."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from agents import bcell
from agents.verdict import Verdict
from streams.reload import PackReloader
from streams.resources import Database

log = logging.getLogger(__name__)
EMPTY_PACK = {"name": "learned-reflexes", "version": 1, "rules": []}


def ensure_pack(path: Path) -> Path:
    """The learned pack must exist before the engine first loads its packs."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(EMPTY_PACK))
    return path


class LearnedReflexes:
    def __init__(self, database: Database, path: Path, reloader: PackReloader,
                 score_values: Callable[[Sequence[str]], Sequence[float]],
                 normal: bcell.NormalTraffic | None = None) -> None:
        self.database = database
        self.score_values = score_values
        self.normal = normal
        self.path = path
        self.reloader = reloader
        self._tasks: set[asyncio.Task[None]] = set()

    def record(self, items: list[dict[str, Any]], verdicts: list[Verdict]) -> None:
        """Remember, in the background, what the later layers caught and the reflexes did not."""
        memories = [m for item, v in zip(items, verdicts, strict=True)
                    if (m := bcell.memory_for(item, v, self.score_values, self.normal))]
        if memories and self.database.configured:
            task = asyncio.create_task(self._remember(memories))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _remember(self, memories: list[bcell.Memory]) -> None:
        from streams.adapters import db

        try:
            await db.remember(await self.database.pool(), memories)
        except Exception as exc:  # memory is best effort: the verdicts themselves are already out
            log.warning("B-cell memory not stored: %s", exc)

    async def sync(self) -> bool:
        """Rewrite the learned pack from the living memories when they changed, and hot-load it (False when
        nothing changed or PostgreSQL cannot be read)."""
        if not self.database.configured:
            return False
        import asyncpg

        from streams.adapters import db

        try:
            document = bcell.learned_pack(await db.living_memories(await self.database.pool()))
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            log.warning("learned reflexes not synced, PostgreSQL unavailable: %s", exc)  # the next tick retries
            return False
        text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
        if self.path.exists() and self.path.read_text() == text:
            return False
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(self.path)
        log.info("learned reflexes: %d rules", len(document["rules"]))
        return await self.reloader.check()
