"""Hot reload of rule packs: compiled aside, swapped between micro-batches."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.pipeline import Stages
from agents.reflex import ReflexEngine, RulePack

log = logging.getLogger(__name__)


def fingerprint(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...]:
    out = []
    for path in paths:
        try:
            stat = path.stat()
            out.append((str(path), stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            out.append((str(path), 0, 0))
    return tuple(out)


class PackReloader:
    """Checks the pack files; a changed pack is compiled in a thread and replaces the engine in one assignment,
    so a micro-batch is scanned entirely by the old engine or entirely by the new one. A pack that fails to
    load or compile is reported and the running engine stays."""

    def __init__(self, stages: Stages, paths: Sequence[Path], cache_dir: Path | None, reloads: Any,
                 failures: Any) -> None:
        self.stages = stages
        self.paths = list(paths)
        self.cache_dir = cache_dir
        self.seen = fingerprint(self.paths)
        self.reloads = reloads
        self.failures = failures

    async def check(self) -> bool:
        current = fingerprint(self.paths)
        if current == self.seen:
            return False
        self.seen = current
        try:
            engine = await asyncio.to_thread(lambda: ReflexEngine(RulePack.load_all(self.paths), self.cache_dir,
                                                                  previous=self.stages.engine))
        except Exception as exc:
            self.failures.inc()
            log.error("rule pack reload failed, keeping %d rules: %s", len(self.stages.engine.rules), exc)
            return False
        self.stages.engine = engine
        self.reloads.inc()
        log.info("rule packs reloaded: %d rules in %d databases", len(engine.rules), len(engine.groups))
        return True
