"""Ingest: raw Kafka bytes to validated events, or DLQ records with the reason. Never raises on input."""

from __future__ import annotations

import base64
import collections
import dataclasses
import time
from collections.abc import Iterable
from typing import Any

import orjson

from agents.types import Event, RawMessage
from schemas.contracts import TELEMETRY_KINDS, ValidationError, telemetry_validator, validator
from schemas.errors import (
    DuplicateEvent,
    InvalidUTF8,
    MalformedJSON,
    OversizeMessage,
    RejectedEvent,
    SchemaViolation,
    UnknownKind,
)


@dataclasses.dataclass(frozen=True, slots=True)
class Rejection:
    """One rejected input (a whole message, or one element of a batch envelope)."""

    error: RejectedEvent
    message: RawMessage

    def dlq_record(self, now: float) -> dict[str, Any]:
        return {
            "reason": self.error.reason,
            "error": self.error.error,
            "topic": self.message.topic,
            "partition": self.message.partition,
            "offset": self.message.offset,
            "index": self.error.index,
            "event_id": self.error.event_id,
            "original_b64": base64.b64encode(self.message.value).decode("ascii"),
            "ts": now,
        }


@dataclasses.dataclass(slots=True)
class IngestResult:
    events: list[Event] = dataclasses.field(default_factory=list)
    rejections: list[Rejection] = dataclasses.field(default_factory=list)


Position = tuple[str, int, int, int | None]
"""Where an event was read: topic, partition, offset, index in its batch envelope."""


class Deduplicator:
    """Remembers event ids, and where each was read, for ``window_s`` seconds (at most ``capacity``).

    A producer duplicate is the same event id at another position. The same id read again at the
    *same* position is a redelivery (a rebalance or restart re-reads the uncommitted tail) and must be
    processed again: its first processing's output may not have survived, and verdict ids are
    deterministic, so the sinks drop whatever did."""

    def __init__(self, window_s: float, capacity: int) -> None:
        self.window_s = window_s
        self.capacity = capacity
        self._seen: collections.OrderedDict[str, tuple[float, Position]] = collections.OrderedDict()

    def check_and_remember(self, event_id: str, now: float, position: Position) -> bool:
        """True when ``event_id`` was already read at another position inside the window."""
        horizon = now - self.window_s
        seen = self._seen
        while seen:
            oldest_id, (oldest_ts, _) = next(iter(seen.items()))
            if oldest_ts >= horizon and len(seen) < self.capacity:
                break
            del seen[oldest_id]
        first = seen.get(event_id)
        if first is not None:
            return first[1] != position
        seen[event_id] = (now, position)
        return False

    def __len__(self) -> int:
        return len(self._seen)


def _validate_event(doc: Any, index: int | None) -> Event:
    if not isinstance(doc, dict):
        raise SchemaViolation(f"an event must be a JSON object, got {type(doc).__name__}", index=index)
    event_id = doc.get("event_id") if isinstance(doc.get("event_id"), str) else None
    kind = doc.get("kind")
    if isinstance(kind, str) and kind not in TELEMETRY_KINDS:
        raise UnknownKind(f"unknown kind {kind[:64]!r}; known: {', '.join(TELEMETRY_KINDS)}",
                          index=index, event_id=event_id)
    try:
        (telemetry_validator(kind) if kind in TELEMETRY_KINDS else validator("telemetry"))(doc)
    except ValidationError as exc:
        raise SchemaViolation(str(exc)[:500], index=index, event_id=event_id) from None
    return doc


def parse_message(
    message: RawMessage, max_bytes: int
) -> tuple[list[tuple[int | None, Event]], list[RejectedEvent]]:
    """Decode one message: a single event or a JSON array of events (a batch envelope).

    Events come back with their position in the envelope (``None`` for a single event)."""
    value = message.value
    if len(value) > max_bytes:
        return [], [OversizeMessage(f"message of {len(value)} bytes exceeds the limit of {max_bytes}")]
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [InvalidUTF8(f"invalid UTF-8 at byte {exc.start}")]
    try:
        doc = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        return [], [MalformedJSON(str(exc)[:300])]
    if isinstance(doc, list):
        if not doc:
            return [], [SchemaViolation("empty batch envelope")]
        items: Iterable[tuple[int | None, Any]] = enumerate(doc)
    else:
        items = [(None, doc)]
    events: list[tuple[int | None, Event]] = []
    errors: list[RejectedEvent] = []
    for index, item in items:
        try:
            events.append((index, _validate_event(item, index)))
        except RejectedEvent as exc:
            errors.append(exc)
    return events, errors


def ingest_batch(
    messages: Iterable[RawMessage], *, max_bytes: int, dedup: Deduplicator, now: float | None = None
) -> IngestResult:
    """Turn a micro-batch of raw messages into events and rejections; every input is accounted for."""
    clock = time.time() if now is None else now
    result = IngestResult()
    for message in messages:
        events, errors = parse_message(message, max_bytes)
        result.rejections.extend(Rejection(err, message) for err in errors)
        for index, event in events:
            position = (message.topic, message.partition, message.offset, index)
            if dedup.check_and_remember(event["event_id"], clock, position):
                err = DuplicateEvent(f"event_id {event['event_id']!r} already seen within "
                                     f"{dedup.window_s:.0f} s", index=index, event_id=event["event_id"])
                result.rejections.append(Rejection(err, message))
            else:
                result.events.append(event)
    return result
