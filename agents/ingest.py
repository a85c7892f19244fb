"""Ingest: raw Kafka bytes to validated events, or DLQ records with the reason. Never raises on input."""

from __future__ import annotations

import base64
import collections
import dataclasses
import re
import time
from collections.abc import Iterable
from typing import Any

import orjson

from agents.types import Event, RawMessage
from schemas.contracts import TELEMETRY_KINDS, ValidationError, telemetry_validator, validator
from schemas.errors import (
    DuplicateEvent,
    InvalidIdentifier,
    InvalidUTF8,
    MalformedJSON,
    OversizeMessage,
    RejectedEvent,
    RejectionsElided,
    SchemaViolation,
    UnknownKind,
)

IDENTIFIER_MAX = 256
"""Characters an id may hold (entity, event_id, and an agent message's message, agent and target ids)."""
# C0 controls (NUL included), DEL, C1 controls and lone surrogates: never in an id, whatever it feeds (a log line,
# a PostgreSQL text column, a NATS subject). A character class: one linear scan.
_UNSAFE_ID = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
ELEMENT_ORIGINAL_MAX = 16 * 1024
"""Bytes of a rejected envelope element kept in its DLQ record (beyond them it is cut and marked truncated)."""
DLQ_ALLOWANCE_BYTES = 1024
"""A message's DLQ budget is twice its size plus this: room for the records of a small envelope's few elements."""
RECORD_OVERHEAD = 256  # bytes of a DLQ record besides its original, error and event id (names, numbers, ts)


@dataclasses.dataclass(frozen=True, slots=True)
class Rejection:
    """One rejected input (a whole message, or one element of a batch envelope, which carries that element only)."""

    error: RejectedEvent
    message: RawMessage
    original: bytes | None = None  # the element's bytes; None: the whole message
    truncated: bool = False
    elided: int = 0  # for a RejectionsElided summary: how many rejections it stands for

    def dlq_record(self, now: float) -> dict[str, Any]:
        record = {
            "reason": self.error.reason,
            "error": self.error.error,
            "topic": self.message.topic,
            "partition": self.message.partition,
            "offset": self.message.offset,
            "index": self.error.index,
            "event_id": self.error.event_id,
            "original_b64": base64.b64encode(self.message.value if self.original is None else self.original
                                             ).decode("ascii"),
            "ts": now,
        }
        if self.truncated:
            record["truncated"] = True
        if self.elided:
            record["elided"] = self.elided
        return record

    def size(self) -> int:
        """The record's bytes as JSON, or a little more."""
        original = len(self.message.value) if self.original is None else len(self.original)
        return (RECORD_OVERHEAD + len(self.message.topic) + 4 * (original + 2) // 3
                + len(orjson.dumps(self.error.error)) + len(orjson.dumps(self.error.event_id)))


@dataclasses.dataclass(slots=True)
class IngestResult:
    events: list[Event] = dataclasses.field(default_factory=list)
    rejections: list[Rejection] = dataclasses.field(default_factory=list)
    units: list[int] = dataclasses.field(default_factory=list)  # per event: its share of its message, in UNIT_BYTES


UNIT_BYTES = 4096
"""Stage costs grow with an event's size (every stage is linear in it), so a breaker's budget is per unit: an
event, or each 4 KiB of a larger one. Per event, padding alone would trip a breaker and bypass a stage."""


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


def identifier_problem(value: str) -> str | None:
    """Why ``value`` cannot be an id, or None when it can."""
    if len(value) > IDENTIFIER_MAX:
        return f"{len(value)} characters, more than {IDENTIFIER_MAX}"
    if value.isprintable():  # the common case, 3x faster than the search: no control character nor surrogate
        return None
    bad = _UNSAFE_ID.search(value)
    if bad is not None:
        return f"character U+{ord(bad.group()):04X} at {bad.start()} (a control character or a lone surrogate)"
    return None


def _check_id(field: str, value: Any, index: int | None, event_id: str | None) -> None:
    if isinstance(value, str) and (problem := identifier_problem(value)) is not None:
        raise InvalidIdentifier(f"{field}: {problem}", index=index, event_id=event_id)


def _check_ids(doc: dict[str, Any], index: int | None, event_id: str | None) -> None:
    """Raise ``InvalidIdentifier`` for the first bad id of an event; values of the wrong type are left to the
    schema."""
    if event_id is None:  # otherwise it is the event's id, already checked
        _check_id("event_id", doc.get("event_id"), index, None)
    _check_id("entity", doc.get("entity"), index, event_id)
    message = doc.get("agent_message")
    if doc.get("kind") != "agent_message" or not isinstance(message, dict):
        return
    for field in ("message_id", "source_agent_id", "parent_agent_id"):
        _check_id(f"agent_message.{field}", message.get(field), index, event_id)
    for field in ("recipients", "provenance_chain"):
        values = message.get(field)
        if isinstance(values, list):
            for i, value in enumerate(values):
                if isinstance(value, str) and identifier_problem(value) is not None:
                    _check_id(f"agent_message.{field}[{i}]", value, index, event_id)
    actions = message.get("actions")
    if isinstance(actions, list):
        for i, action in enumerate(actions):
            if isinstance(action, dict):
                _check_id(f"agent_message.actions[{i}].target", action.get("target"), index, event_id)


def _safe_event_id(value: Any) -> str | None:
    return value if isinstance(value, str) and identifier_problem(value) is None else None


def _validate_event(doc: Any, index: int | None) -> Event:
    if not isinstance(doc, dict):
        raise SchemaViolation(f"an event must be a JSON object, got {type(doc).__name__}", index=index)
    event_id = _safe_event_id(doc.get("event_id"))
    kind = doc.get("kind")
    if isinstance(kind, str) and kind not in TELEMETRY_KINDS:
        raise UnknownKind(f"unknown kind {kind[:64]!r}; known: {', '.join(TELEMETRY_KINDS)}",
                          index=index, event_id=event_id)
    _check_ids(doc, index, event_id)
    try:
        (telemetry_validator(kind) if kind in TELEMETRY_KINDS else validator("telemetry"))(doc)
    except ValidationError as exc:
        raise SchemaViolation(str(exc)[:500], index=index, event_id=event_id) from None
    return doc


def parse_message(
    message: RawMessage, max_bytes: int
) -> tuple[list[tuple[int | None, Event]], list[tuple[RejectedEvent, Any]]]:
    """Decode one message: a single event or a JSON array of events (a batch envelope).

    Events come back with their position in the envelope (``None`` for a single event), errors with the
    rejected element (``None`` for the whole message)."""
    value = message.value
    if len(value) > max_bytes:
        return [], [(OversizeMessage(f"message of {len(value)} bytes exceeds the limit of {max_bytes}"), None)]
    try:
        value.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [], [(InvalidUTF8(f"invalid UTF-8 at byte {exc.start}"), None)]
    try:
        doc = orjson.loads(value)
    except orjson.JSONDecodeError as exc:
        return [], [(MalformedJSON(str(exc)[:300]), None)]
    if isinstance(doc, list):
        if not doc:
            return [], [(SchemaViolation("empty batch envelope"), None)]
        items: Iterable[tuple[int | None, Any]] = enumerate(doc)
    else:
        items = [(None, doc)]
    events: list[tuple[int | None, Event]] = []
    errors: list[tuple[RejectedEvent, Any]] = []
    for index, item in items:
        try:
            events.append((index, _validate_event(item, index)))
        except RejectedEvent as exc:
            errors.append((exc, None if index is None else item))
    return events, errors


def _rejection(error: RejectedEvent, message: RawMessage, element: Any) -> Rejection:
    """The rejection of a whole message (``element`` None) or of one element, which alone is kept (bounded)."""
    if error.index is None:
        return Rejection(error, message)
    original = orjson.dumps(element)
    if len(original) > ELEMENT_ORIGINAL_MAX:
        return Rejection(error, message, original[:ELEMENT_ORIGINAL_MAX], truncated=True)
    return Rejection(error, message, original)


def _within_budget(message: RawMessage, rejections: list[Rejection]) -> list[Rejection]:
    """``rejections`` of one message while their records stay within twice its size plus
    ``DLQ_ALLOWANCE_BYTES``; the rest become one ``rejections_elided`` record that counts them by reason."""
    budget = 2 * len(message.value) + DLQ_ALLOWANCE_BYTES - 2 * RECORD_OVERHEAD  # room for the summary
    kept: list[Rejection] = []
    spent = 0
    for i, rejection in enumerate(rejections):
        spent += rejection.size()
        if spent > budget and i > 0:
            rest = rejections[i:]
            reasons = collections.Counter(r.error.reason for r in rest)
            summary = RejectionsElided(
                f"{len(rest)} more rejected elements from index {rest[0].error.index} left out "
                f"({', '.join(f'{reason} {n}' for reason, n in sorted(reasons.items()))}): their records would "
                f"exceed twice the message's {len(message.value)} bytes")
            kept.append(Rejection(summary, message, b"", elided=len(rest)))
            break
        kept.append(rejection)
    return kept


def ingest_batch(
    messages: Iterable[RawMessage], *, max_bytes: int, dedup: Deduplicator, now: float | None = None
) -> IngestResult:
    """Turn a micro-batch of raw messages into events and rejections; every input is accounted for."""
    clock = time.time() if now is None else now
    result = IngestResult()
    for message in messages:
        events, errors = parse_message(message, max_bytes)
        rejections = [_rejection(err, message, element) for err, element in errors]
        share = -(-len(message.value) // max(1, len(events) + len(errors)))  # bytes per element, rounded up
        units = max(1, -(-share // UNIT_BYTES))
        for index, event in events:
            position = (message.topic, message.partition, message.offset, index)
            if dedup.check_and_remember(event["event_id"], clock, position):
                err = DuplicateEvent(f"event_id {event['event_id']!r} already seen within "
                                     f"{dedup.window_s:.0f} s", index=index, event_id=event["event_id"])
                rejections.append(_rejection(err, message, event))
            else:
                result.events.append(event)
                result.units.append(units)
        if rejections:
            result.rejections.extend(_within_budget(message, rejections) if len(rejections) > 1 else rejections)
    return result
