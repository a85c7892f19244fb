"""Faults on the shared live stack: PostgreSQL down during verdict flow; 100,000 fuzzed messages in valid traffic."""

from __future__ import annotations

import base64
import random
import time
from collections import Counter
from typing import Any

import asyncpg
import orjson
import pytest

from ops import kafka
from ops.scenario import http_event, malicious_payload
from tests.conftest import make_event
from tests.integration.conftest import LiveStack

FUZZ_MESSAGES = 100_000


def attacks(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [http_event(rng, f"10.77.{seed % 250}.{i % 250 + 1}", time.time(), malicious_payload(rng)[1])
            for i in range(n)]


def verdicts_for(live: LiveStack, wanted: set[str]) -> dict[str, dict[str, Any]]:
    out = {}
    for message in kafka.read_topic(live.urls.kafka, "verdicts"):
        doc = orjson.loads(message.value())
        if doc["scope"] == "event" and doc["event_ids"][0] in wanted:
            out[doc["event_ids"][0]] = doc
    return out


def wait_for(what: str, check: Any, timeout_s: float, every_s: float = 1.0) -> Any:
    deadline = time.monotonic() + timeout_s
    while True:
        result = check()
        if result or time.monotonic() > deadline:
            assert result, f"gave up waiting for {what}"
            return result
        time.sleep(every_s)


def worker_process(live: LiveStack) -> Any:
    return dict(live.embedded.processes)["worker"]


@pytest.mark.timeout(240)
def test_verdicts_survive_a_postgres_outage(live: LiveStack) -> None:
    events = attacks(300, seed=11)
    wanted = {e["event_id"] for e in events}
    producer = kafka.producer(live.urls.kafka)

    def send(batch: list[dict[str, Any]]) -> None:
        for event in batch:
            event["ts"] = time.time()
            producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
        producer.flush(10)

    send(events[:100])
    time.sleep(1.0)
    live.embedded.stop_server("postgres")
    try:
        for start in range(100, 300, 40):  # the rest arrives while PostgreSQL is down
            send(events[start:start + 40])
            time.sleep(1.5)
        status, health = live.http("/health")
        assert status == 503 and health["postgres_connected"] is False and health["kafka_connected"] is True
        time.sleep(max(0.0, 10.0 - 7.5))
    finally:
        live.embedded.start_server("postgres")

    flagged = wait_for("every verdict on the topic", lambda: (v := verdicts_for(live, wanted)) and len(v) == len(
        wanted) and v, 60)
    to_store = {v["verdict_id"] for v in flagged.values() if v["final_verdict"] != "BENIGN"}
    assert len(to_store) > 200  # the premise: these are attacks, and the sink stores non-benign verdicts

    async def stored() -> Counter[str]:
        conn = await asyncpg.connect(live.urls.postgres)
        try:
            rows = await conn.fetch("SELECT verdict_id FROM verdicts WHERE verdict_id = ANY($1::text[])",
                                    sorted(to_store))
            return Counter(r["verdict_id"] for r in rows)
        finally:
            await conn.close()

    rows = wait_for("the sink to catch up", lambda: (c := live.run(stored())) and len(c) == len(to_store) and c, 60)
    assert set(rows) == to_store and set(rows.values()) == {1}  # every one stored, once
    _, metrics = live.http("/health")
    assert metrics["postgres_connected"] is True


def fuzzed(rng: random.Random, valid: dict[str, Any], index: int) -> bytes:
    """One bad message: random bytes, truncated JSON, a huge string, deep nesting or a wrong type."""
    shape = index % 10
    tag = f"fuzz-{index}"
    if index % 10_000 == 5:  # a few over the 1 MiB message limit
        return orjson.dumps({**valid, "event_id": tag, "pad": "A" * (1024 * 1024 + rng.randint(1, 4096))})
    if shape <= 2:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 120))) + tag.encode()
    if shape <= 4:
        text = orjson.dumps({**valid, "event_id": tag})
        return text[: rng.randint(1, len(text) - 1)]
    if shape == 5:
        return orjson.dumps({**valid, "event_id": tag, "entity": "E" * rng.randint(513, 2000)})
    if shape == 6:
        depth = rng.choice([1100, 1500])
        return b'{"event_id":"' + tag.encode() + b'","x":' + b"[" * depth + b"]" * depth + b"}"
    wrong: list[tuple[str, Any]] = [("ts", "yesterday"), ("entity", 5), ("kind", "telepathy"), ("event_id", None),
                                    ("http", {"method": "GET", "uri": None}), ("ts", -1)]
    field, value = wrong[rng.randrange(len(wrong))]
    return orjson.dumps({**valid, "event_id": tag if field != "event_id" else value, field: value})


@pytest.mark.timeout(420)
def test_a_hundred_thousand_fuzzed_messages_all_reach_the_dlq(live: LiveStack) -> None:
    rng = random.Random(2026)
    worker = worker_process(live)
    valid = [make_event(entity=f"10.66.{i % 50}.{i % 200 + 1}", uri=f"/shop/item/{i}?ref=home", ts=time.time())
             for i in range(2000)]
    template = make_event(uri="/shop/cart", ts=time.time())
    bad_at: dict[tuple[int, int], bytes] = {}
    producer = kafka.producer(live.urls.kafka, **{"queue.buffering.max.messages": 200_000})

    failed: list[Any] = []

    def delivered(error: Any, message: Any) -> None:
        if error is not None:
            failed.append(error)
        else:
            bad_at[(message.partition(), message.offset())] = message.value()

    valid_every = FUZZ_MESSAGES // len(valid)
    for index in range(FUZZ_MESSAGES):
        producer.produce("telemetry", key=str(index % 97).encode(), value=fuzzed(rng, template, index),
                         on_delivery=delivered)
        if index % valid_every == 0:
            event = valid[index // valid_every]
            event["ts"] = time.time()
            producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
        if index % 5000 == 0:
            producer.poll(0)
    producer.flush(60)
    assert not failed and len(bad_at) == FUZZ_MESSAGES

    def dead_letters() -> dict[tuple[int, int], dict[str, Any]]:
        out = {}
        for message in kafka.read_topic(live.urls.kafka, "telemetry.dlq"):
            record = orjson.loads(message.value())
            where = (record["partition"], record["offset"])
            if record["topic"] == "telemetry" and where in bad_at:
                out[where] = record
        return out

    records = wait_for("every fuzzed message in the DLQ", lambda: (d := dead_letters()) and len(d) == len(bad_at)
                       and d, 300, every_s=5.0)
    reasons = Counter(r["reason"] for r in records.values())
    print(f"DLQ reasons for {FUZZ_MESSAGES} fuzzed messages: {dict(reasons)}")
    assert set(reasons) <= {"invalid_utf8", "malformed_json", "schema_violation", "unknown_kind", "oversize"}
    assert {"invalid_utf8", "malformed_json", "schema_violation", "oversize"} <= set(reasons)
    for where, record in records.items():  # the DLQ keeps the original bytes, so nothing is lost
        assert base64.b64decode(record["original_b64"]) == bad_at[where]
        assert record["error"]
    judged = wait_for("a verdict for every valid event", lambda: (v := verdicts_for(
        live, {e["event_id"] for e in valid})) and len(v) == len(valid) and v, 120)
    assert len(judged) == len(valid)
    assert worker.poll() is None and worker_process(live) is worker  # the worker never restarted
