"""Shared value types passed between the stage cores."""

from __future__ import annotations

import dataclasses
from typing import Any

Event = dict[str, Any]
"""A validated telemetry event (see ``schemas/json/telemetry.v1.json``)."""


@dataclasses.dataclass(frozen=True, slots=True)
class RawMessage:
    """One Kafka message exactly as received, with where it came from."""

    value: bytes
    topic: str
    partition: int
    offset: int
    key: bytes | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Finding:
    """What one detector says about one event: a score in [0, 1], why, and the evidence."""

    stage: str
    score: float
    reason: str = ""
    evidence: dict[str, Any] = dataclasses.field(default_factory=dict)

    def as_evidence(self) -> dict[str, Any]:
        return {"stage": self.stage, "score": round(self.score, 4), "detail": self.reason, **self.evidence}
