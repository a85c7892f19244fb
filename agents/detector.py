"""The one detector protocol shared by every immune cell and HPC scorer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from agents.types import Finding

Scored = dict[str, Any]
"""An event with what earlier stages said of it: ``{"event": {...}, "reflex": {...}, ...}``."""
State = dict[str, Any]
"""A detector's JSON-serialisable state for one entity (kept in a RocksDB table)."""


@runtime_checkable
class Detector(Protocol):
    """Learn from events, score events; state is passed in, so one instance serves every entity."""

    name: str

    def fresh_state(self) -> State:
        """The state of an entity never seen before."""
        ...

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        """Update ``state`` from events known to be normal, without scoring them."""
        ...

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        """Score each event in order (prequentially: predict, then learn), updating ``state``."""
        ...
