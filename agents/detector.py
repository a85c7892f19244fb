"""The one detector protocol shared by every immune cell and HPC scorer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from agents.types import Finding

Scored = dict[str, Any]
"""An event with what earlier stages said of it: ``{"event": {...}, "reflex": {...}, ...}``."""
State = dict[str, Any]
"""A detector's JSON-serialisable state for one entity (kept in a RocksDB table)."""
ALL_KINDS: frozenset[str] = frozenset({"http", "process", "network", "auth", "agent_message", "metric"})
"""Every telemetry kind (``schemas/json/telemetry.v1.json``)."""


@runtime_checkable
class Detector(Protocol):
    """Learn from events, score events; state is passed in, so one instance serves every entity."""

    name: str
    kinds: frozenset[str]
    """The telemetry kinds it judges: the pipeline gives it no other, and it scores no other 0."""

    def fresh_state(self) -> State:
        """The state of an entity never seen before."""
        ...

    def learn_batch(self, items: Sequence[Scored], state: State) -> None:
        """Update ``state`` from events known to be normal, without scoring them."""
        ...

    def score_batch(self, items: Sequence[Scored], state: State) -> list[Finding]:
        """Score each event in order (prequentially: predict, then learn), updating ``state``."""
        ...


def not_judged(stage: str, kind: str) -> Finding:
    """The finding of a stage for an event of a kind it does not judge."""
    return Finding(stage, 0.0, f"does not judge {kind}", {"judged": False})


def route(detector: Detector, items: Sequence[Scored], state: State) -> list[Finding]:
    """``detector.score_batch`` over the items of the kinds it judges, in order; the others score 0."""
    mine = [item for item in items if item["event"]["kind"] in detector.kinds]
    if len(mine) == len(items):
        return detector.score_batch(items, state)
    scored = iter(detector.score_batch(mine, state) if mine else [])
    return [next(scored) if item["event"]["kind"] in detector.kinds else not_judged(detector.name,
                                                                                   item["event"]["kind"])
            for item in items]
