"""Faust records mirroring the JSON Schemas, for Python consumers that want typed messages. A verdict is typed by
agents.verdict.Verdict, the TypedDict its one constructor returns."""

from __future__ import annotations

from typing import Any

import faust


class DeadLetter(faust.Record, serializer="json"):
    reason: str
    error: str
    topic: str
    partition: int | None  # None: output refused by NATS, which has no partitions
    offset: int | None
    original_b64: str
    ts: float
    index: int | None = None
    event_id: str | None = None
    truncated: bool = False
    elided: int = 0


class Cytokine(faust.Record, serializer="json"):
    cytokine_id: str
    type: str
    emitter: str
    priority: int
    payload: dict[str, Any]
    target_area: str
    ttl_s: float
    ts: float


class Escalation(faust.Record, serializer="json"):
    incident_id: str
    verdict_id: str
    entity: str
    kind: str
    severity: str
    score: float
    features: dict[str, float]
    event_ids: list[str]
    ts: float
    agent_id: str | None = None
    category: str | None = None


class Command(faust.Record, serializer="json"):
    command_id: str
    ts: float
    issuer: str
    command_type: str
    targets: list[str]
    parameters: dict[str, Any]
    deadline: float
    status: str
    signature: str


class Confirmation(faust.Record, serializer="json"):
    command_id: str
    status: str
    executed_layers: list[str]
    cascaded_agents: list[str]
    execution_time_ms: float
    error: str | None
    ts: float


class AuditRecord(faust.Record, serializer="json"):
    seq: int
    ts: float
    command_id: str
    agent_id: str | None
    action: str
    layer: str | None
    outcome: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


RECORD_FOR_SCHEMA: dict[str, type[faust.Record]] = {
    "dlq": DeadLetter, "cytokine": Cytokine, "escalation": Escalation, "command": Command,
    "confirmation": Confirmation, "audit": AuditRecord,
}
