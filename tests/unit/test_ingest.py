import base64
from typing import Any

import orjson
import pytest

from agents.ingest import Deduplicator, ingest_batch
from agents.types import RawMessage
from schemas.contracts import validate


def raw(value: bytes, offset: int = 0) -> RawMessage:
    return RawMessage(value=value, topic="telemetry", partition=1, offset=offset)


def run(*values: bytes, max_bytes: int = 4096) -> Any:
    return ingest_batch([raw(v, i) for i, v in enumerate(values)], max_bytes=max_bytes,
                        dedup=Deduplicator(600, 1000), now=100.0)


def test_valid_single_and_envelope(event_factory: Any) -> None:
    a, b, c = event_factory(), event_factory("process"), event_factory("metric")
    result = run(orjson.dumps(a), orjson.dumps([b, c]))
    assert [e["event_id"] for e in result.events] == [a["event_id"], b["event_id"], c["event_id"]]
    assert result.rejections == []


def test_extra_fields_are_kept(event_factory: Any) -> None:
    event = {**event_factory(), "tenant": "acme"}
    assert run(orjson.dumps(event)).events[0]["tenant"] == "acme"


@pytest.mark.parametrize(("value", "reason"), [
    (b"{nope", "malformed_json"),
    (b"\xff\xfe{}", "invalid_utf8"),
    (b'{"event_id": "1", "ts": 1, "entity": "e", "kind": "teleport"}', "unknown_kind"),
    (b'{"event_id": "1", "ts": "x", "entity": "e", "kind": "metric", "metric": {"name": "a", "value": 1}}',
     "schema_violation"),
    (b'{"event_id": "1", "ts": 1, "entity": "e", "kind": "http"}', "schema_violation"),
    (b"[]", "schema_violation"),
    (b"42", "schema_violation"),
    (b'{"pad": "' + b"a" * 5000 + b'"}', "oversize"),
])
def test_each_bad_input_has_its_reason_and_original_bytes(value: bytes, reason: str) -> None:
    result = run(value)
    assert result.events == []
    [rejection] = result.rejections
    record = rejection.dlq_record(100.0)
    assert record["reason"] == reason
    assert base64.b64decode(record["original_b64"]) == value
    assert (record["topic"], record["partition"], record["offset"]) == ("telemetry", 1, 0)
    validate("dlq", record)


def test_bad_element_of_envelope_rejected_alone(event_factory: Any) -> None:
    good = event_factory()
    result = run(orjson.dumps([good, {"event_id": "x", "kind": "http"}]))
    assert [e["event_id"] for e in result.events] == [good["event_id"]]
    assert [(r.error.reason, r.error.index) for r in result.rejections] == [("schema_violation", 1)]


def test_duplicates_within_window(event_factory: Any) -> None:
    event = event_factory()
    result = run(orjson.dumps(event), orjson.dumps([event_factory(), event]))
    assert len(result.events) == 2
    [dup] = result.rejections
    assert (dup.error.reason, dup.error.index, dup.error.event_id) == ("duplicate_event", 1, event["event_id"])


def test_dedup_forgets_after_window_and_capacity() -> None:
    d = Deduplicator(window_s=10, capacity=2)
    assert not d.check_and_remember("a", 0, ("t", 0, 1, None))
    assert d.check_and_remember("a", 5, ("t", 0, 2, None))
    assert not d.check_and_remember("a", 20, ("t", 0, 3, None))
    d.check_and_remember("b", 21, ("t", 0, 4, None))
    d.check_and_remember("c", 22, ("t", 0, 5, None))
    assert len(d) <= 2


def test_redelivery_from_the_same_position_is_processed_again(event_factory: Any) -> None:
    """A rebalance re-reads the uncommitted tail: same offset, same event, not a producer duplicate."""
    first, second = event_factory(), event_factory()
    envelope = orjson.dumps([first, second])
    dedup = Deduplicator(600, 1000)
    message = RawMessage(value=envelope, topic="telemetry", partition=2, offset=41)
    once = ingest_batch([message], max_bytes=1 << 20, dedup=dedup, now=100.0)
    again = ingest_batch([message], max_bytes=1 << 20, dedup=dedup, now=130.0)
    assert [e["event_id"] for e in again.events] == [e["event_id"] for e in once.events] == [
        first["event_id"], second["event_id"]]
    assert again.rejections == []
    elsewhere = RawMessage(value=envelope, topic="telemetry", partition=2, offset=97)
    resent = ingest_batch([elsewhere], max_bytes=1 << 20, dedup=dedup, now=140.0)
    assert resent.events == []
    assert [r.error.reason for r in resent.rejections] == ["duplicate_event", "duplicate_event"]
