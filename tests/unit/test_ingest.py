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


def agent_event(event_factory: Any, **message: Any) -> dict[str, Any]:
    event = event_factory("agent_message")
    event["agent_message"].update(message)
    return event


BAD_IDS = ["a\x00b", "\x01", "tab\there", "new\nline", "del\x7f", "c1\x85", "c1\x9f", "x" * 257]


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize("where", ["entity", "event_id", "message_id", "source_agent_id", "parent_agent_id",
                                   "recipients", "provenance_chain", "actions"])
def test_ids_with_control_characters_or_too_long_are_dead_lettered(event_factory: Any, bad: str,
                                                                   where: str) -> None:
    event = agent_event(event_factory)
    if where in ("entity", "event_id"):
        event[where] = bad
    elif where in ("recipients", "provenance_chain"):
        event["agent_message"][where] = ["fine", bad]
    elif where == "actions":
        event["agent_message"]["actions"] = [{"type": "upload", "target": bad}]
    else:
        event["agent_message"][where] = bad
    result = run(orjson.dumps([event_factory(), event]))
    assert len(result.events) == 1
    [rejection] = result.rejections
    record = rejection.dlq_record(100.0)
    assert record["reason"] == "invalid_identifier" and record["index"] == 1
    assert where in record["error"] and bad not in record["error"]  # the reason names the field, not the value
    assert record["event_id"] == (None if where == "event_id" else event["event_id"])
    assert orjson.loads(base64.b64decode(record["original_b64"])) == event
    validate("dlq", record)


def test_a_lone_surrogate_never_becomes_an_id(event_factory: Any) -> None:
    from agents.ingest import identifier_problem

    assert identifier_problem("agent-\ud800") is not None  # what a lenient JSON parser could hand over
    raw_json = orjson.dumps(event_factory()).replace(b'"entity":"10.0.0.1"', b'"entity":"a\\ud800"')
    [rejection] = run(raw_json).rejections
    assert rejection.error.reason == "malformed_json"  # orjson already refuses it in the JSON text


@pytest.mark.parametrize("fine", ["agent 42", "a.>", "*", "é\u3000名前", "\U0001f600", "x" * 256, "%2E"])
def test_odd_but_printable_ids_are_accepted(event_factory: Any, fine: str) -> None:
    event = agent_event(event_factory, source_agent_id=fine, recipients=[fine])
    event["entity"] = fine
    assert run(orjson.dumps(event)).events == [event]


def test_a_bad_element_is_dead_lettered_alone_and_bounded(event_factory: Any) -> None:
    from agents.ingest import ELEMENT_ORIGINAL_MAX

    good, small_bad = event_factory(), {"event_id": "x", "kind": "http"}
    huge_bad = {**event_factory(), "ts": "late", "pad": "p" * (3 * ELEMENT_ORIGINAL_MAX)}
    envelope = orjson.dumps([good, small_bad, huge_bad])
    records = [r.dlq_record(1.0) for r in run(envelope, max_bytes=1 << 20).rejections]
    assert [r["index"] for r in records] == [1, 2]
    assert base64.b64decode(records[0]["original_b64"]) == orjson.dumps(small_bad) and "truncated" not in records[0]
    cut = base64.b64decode(records[1]["original_b64"])
    assert records[1]["truncated"] is True and len(cut) == ELEMENT_ORIGINAL_MAX
    assert orjson.dumps(huge_bad).startswith(cut)
    for record in records:
        validate("dlq", record)


def dlq_bytes(value: bytes) -> tuple[int, list[dict[str, Any]], int]:
    """(DLQ bytes, DLQ records, events accepted) for one message."""
    result = run(value, max_bytes=1 << 20)
    records = [r.dlq_record(1_763_800_000.123) for r in result.rejections]
    return sum(len(orjson.dumps(r)) for r in records), records, len(result.events)


def test_ten_thousand_bad_elements_cost_at_most_twice_their_bytes() -> None:
    envelope = orjson.dumps([1] * 10_000)  # 20 KB; each element used to carry the whole envelope: 269 MB
    size, records, _ = dlq_bytes(envelope)
    assert size <= 2 * len(envelope)
    *each, summary = records
    assert all(base64.b64decode(r["original_b64"]) == b"1" for r in each)
    assert summary["reason"] == "rejections_elided" and summary["elided"] == 10_000 - len(each)
    assert f"schema_violation {summary['elided']}" in summary["error"]
    validate("dlq", summary)


def test_dlq_bytes_stay_within_twice_the_input_plus_the_allowance(event_factory: Any) -> None:
    import random

    from agents.ingest import DLQ_ALLOWANCE_BYTES

    rng = random.Random(19)
    junk: list[Any] = [1, "x", None, [], {}, {"event_id": "e"}, {"kind": "teleport"}, "\u0000" * 40]
    for _ in range(300):
        elements: list[Any] = []
        for _ in range(rng.randint(1, 400)):
            pick = rng.random()
            if pick < 0.3:
                elements.append(event_factory(entity=rng.choice(["ok", "bad\x00", "y" * 300])))
            elif pick < 0.5:
                elements.append(elements[-1] if elements else event_factory())  # a duplicate in the envelope
            else:
                elements.append(rng.choice(junk))
        value = orjson.dumps(elements if rng.random() < 0.9 else elements[0])
        size, records, accepted = dlq_bytes(value)
        assert size <= 2 * len(value) + DLQ_ALLOWANCE_BYTES, (len(value), size)
        doc = orjson.loads(value)
        inputs = len(doc) if isinstance(doc, list) and doc else 1
        assert sum(r.get("elided", 1) for r in records) + accepted == inputs  # every element still accounted for
