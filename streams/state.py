"""What a worker knows about itself that its web views show: kept here, never read back from Prometheus."""

from __future__ import annotations

import collections
import dataclasses
from typing import Any

from agents import cytokines

ANOMALIES_KEPT = 200


@dataclasses.dataclass
class WorkerState:
    """``anomalies``: the latest HPC anomalies, newest first (GET /hpc/anomalies); ``global_state``: HPC level 3 and
    the neuromodulators, saved in the entities table; ``temperature``: the cytokine agent's, which triage reads
    for backpressure; ``checked``: the latest health checks by component; ``cortex_provider``: where the cortex
    model runs."""

    cortex_provider: str = ""
    anomalies: collections.deque[dict[str, Any]] = dataclasses.field(
        default_factory=lambda: collections.deque(maxlen=ANOMALIES_KEPT))
    global_state: dict[str, Any] = dataclasses.field(default_factory=dict)
    global_loaded: bool = False
    global_saved_at: float = 0.0
    temperature: cytokines.Temperature = dataclasses.field(default_factory=cytokines.Temperature)
    checked: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)

    def record_checks(self, components: dict[str, tuple[bool, str]], now: float) -> None:
        """The latest health checks (``streams.resources.Resources.check``), for /status and /health."""
        self.checked.update({name: {"ok": ok, "detail": detail, "checked_at": now}
                             for name, (ok, detail) in components.items()})
