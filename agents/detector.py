"""The one detector protocol shared by every immune cell and HPC scorer."""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from agents.neuromodulation import Modulation
from agents.types import Finding

Scored = dict[str, Any]
"""An event with what earlier stages said of it: ``{"event": {...}, "reflex": {...}, ...}``."""
State = dict[str, Any]
"""A detector's JSON-serialisable state for one entity (kept in a RocksDB table)."""
Earlier = Mapping[str, Sequence[Finding]]
"""The findings of earlier cells on the same items, by cell name, one per item in order."""
ALL_KINDS: frozenset[str] = frozenset({"http", "process", "network", "auth", "agent_message", "metric"})
"""Every telemetry kind (``schemas/json/telemetry.v1.json``)."""
NEUTRAL = Modulation()
"""The modulation of a worker at rest (or with neuromodulation off)."""
NOTHING: Earlier = types.MappingProxyType({})

# What a cell's findings feed in the judgement beyond the fused score (a cell's ``feeds``):
INVESTIGATES = "investigates"
"""Its evidence says whether the entity is under investigation (``investigate``, ``suspicion``): each start and end
becomes an entity-scope verdict."""
AIMS = "aims"
"""Its evidence names the targets an agent acts on (``targets``, ``message_id``) and its state keeps the agent's
strategic window (``strategic``): the collusion check and the strategic verdicts read them."""


@runtime_checkable
class Detector(Protocol):
    """Learn from events, score events. Everything an instance holds is configuration fixed when it is built; what
    it learns goes into the ``state`` passed in, so one instance serves every entity and a fresh one continues
    from a saved state. Cells talk only through ``earlier``: a cell never writes to the items."""

    name: str
    """Its key in the entity state and its stage in the evidence."""
    stage: str
    """The breaker stage it belongs to: its own name, or the stage it is a second scorer of."""
    kinds: frozenset[str]
    """The telemetry kinds it judges: the pipeline gives it no other, and it scores no other 0."""
    reads: tuple[str, ...]
    """The earlier cells whose findings it receives in ``earlier`` (when they ran)."""
    feeds: frozenset[str]
    """What of the judgement beyond the fused score its findings feed (``INVESTIGATES``, ``AIMS``)."""

    def fresh_state(self) -> State:
        """The state of an entity never seen before; empty for a cell that keeps nothing per entity."""
        ...

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        """Update ``state`` from events known to be normal, without scoring them."""
        ...

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING) -> list[Finding]:
        """Score each event in order (prequentially: predict, then learn), updating ``state``; ``modulation``
        scales thresholds and learning rates, ``earlier`` holds the findings of the cells it ``reads``."""
        ...


@functools.cache
def not_judged(stage: str, kind: str) -> Finding:
    """The finding of a stage for an event of a kind it does not judge: one shared instance per (stage, kind),
    since a cell of one kind (the narrative filter) gets one for nearly every event of a batch. Findings are not
    changed once made (frozen; nothing writes to a finding's evidence)."""
    return Finding(stage, 0.0, f"does not judge {kind}", {"judged": False})


def route(detector: Detector, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
          earlier: Earlier = NOTHING) -> list[Finding]:
    """``detector.score_batch`` over the items of the kinds it judges, in order (with the earlier findings on
    those items); the others score 0."""
    mine = [index for index, item in enumerate(items) if item["event"]["kind"] in detector.kinds]
    if len(mine) == len(items):
        return detector.score_batch(items, state, modulation, earlier)
    if not mine:
        return [not_judged(detector.name, item["event"]["kind"]) for item in items]
    theirs = {name: [findings[i] for i in mine] for name, findings in earlier.items()}
    scored = iter(detector.score_batch([items[i] for i in mine], state, modulation, theirs))
    return [next(scored) if item["event"]["kind"] in detector.kinds else not_judged(detector.name,
                                                                                   item["event"]["kind"])
            for item in items]
