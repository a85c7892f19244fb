"""Every input ends as exactly one verdict or one DLQ record with the right reason (real broker, real worker)."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Callable
from typing import Any

import orjson

from agents.verdict import verdict_id_for
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack, on_postgres


def collect(live: LiveStack, topic: str, done: Callable[[list[Any]], bool], timeout_s: float = 60.0,
            extra_s: float = 1.0) -> list[Any]:
    """Documents of ``topic`` from the beginning until ``done`` holds, then ``extra_s`` more to catch duplicates."""
    consumer = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(live.urls.kafka), "group.id": "t",
                               "enable.auto.commit": False})
    consumer.assign([kafka.TopicPartition(topic, p, kafka.OFFSET_BEGINNING)
                     for p in kafka.partitions_of(consumer, topic)])
    docs: list[Any] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not done(docs):
        docs += [orjson.loads(m.value()) for m in consumer.consume(500, 0.2) if not m.error()]
    settle = time.monotonic() + extra_s
    while time.monotonic() < settle:
        docs += [orjson.loads(m.value()) for m in consumer.consume(500, 0.2) if not m.error()]
    consumer.close()
    return docs


def test_each_input_gets_exactly_one_verdict_or_dlq_record(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:8]
    singles = [make_event(entity=f"{tag}-e{i % 4}", ts=time.time()) for i in range(40)]
    batched = [make_event("process", entity=f"{tag}-h{i % 3}", ts=time.time()) for i in range(60)]
    attack = make_event(entity=f"{tag}-attacker", ts=time.time(),
                        uri="/shop/search?q=1%27%20UNION%20SELECT%20password%20FROM%20users--")
    duplicate = singles[0]
    bad: dict[bytes, str] = {
        b"{broken json": "malformed_json",
        b"\xc3\x28 invalid": "invalid_utf8",
        orjson.dumps({**make_event(), "kind": "teleport"}): "unknown_kind",
        orjson.dumps({"event_id": f"{tag}-x", "ts": "now", "entity": "e", "kind": "metric"}): "schema_violation",
        orjson.dumps({**make_event(), "pad": "A" * (1024 * 1024 + 10)}): "oversize",
    }
    producer = kafka.producer(live.urls.kafka)
    for event in [*singles, attack]:
        producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
    for start in range(0, len(batched), 20):
        chunk = batched[start:start + 20]
        producer.produce("telemetry", key=chunk[0]["entity"].encode(), value=orjson.dumps(chunk))
    producer.flush(10)
    time.sleep(0.5)  # the duplicate arrives after its original
    producer.produce("telemetry", key=duplicate["entity"].encode(), value=orjson.dumps(duplicate))
    for raw in bad:
        producer.produce("telemetry", key=b"junk", value=raw)
    producer.flush(10)

    valid = [*singles, *batched, attack]
    wanted = {verdict_id_for(e["event_id"]): e["event_id"] for e in valid}
    verdicts = collect(live, "verdicts", lambda docs: set(wanted) <= {d["verdict_id"] for d in docs})
    mine = [v for v in verdicts if v["verdict_id"] in wanted]
    assert sorted(v["event_ids"][0] for v in mine) == sorted(wanted.values())  # exactly one each
    by_event = {v["event_ids"][0]: v for v in mine}
    assert by_event[attack["event_id"]]["final_verdict"] == "MALICIOUS"
    # the alerts topic (what the sink and the live feed read) holds each non-benign verdict once, as written to
    # verdicts, and no benign one
    alerting = {v["verdict_id"]: v for v in mine if v["final_verdict"] != "BENIGN"}
    alerts = [a for a in collect(live, "verdicts.alerts", lambda docs: set(alerting) <= {d["verdict_id"] for d in docs})
              if a["verdict_id"] in wanted]
    assert sorted(a["verdict_id"] for a in alerts) == sorted(alerting) and alerts
    assert all(a == alerting[a["verdict_id"]] for a in alerts)

    def all_dead_lettered(docs: list[Any]) -> bool:
        seen = {base64.b64decode(r["original_b64"]) for r in docs}
        return set(bad) <= seen and any(r["reason"] == "duplicate_event" for r in docs)

    dlq = collect(live, "telemetry.dlq", all_dead_lettered)
    originals = {base64.b64decode(r["original_b64"]): r for r in dlq}
    for raw, reason in bad.items():
        assert originals[raw]["reason"] == reason
        assert originals[raw]["topic"] == "telemetry" and originals[raw]["offset"] >= 0
    dup = [r for r in dlq if r["reason"] == "duplicate_event" and r["event_id"] == duplicate["event_id"]]
    assert len(dup) == 1
    assert sum(1 for r in dlq if base64.b64decode(r["original_b64"]) in bad) == len(bad)


def test_verdicts_reach_postgres_once(live: LiveStack) -> None:
    event = make_event(entity="pg-check", ts=time.time(), uri="/s?q=1%27%20UNION%20SELECT%20pw%20FROM%20users--")
    benign = make_event(entity="pg-check", ts=time.time())
    producer = kafka.producer(live.urls.kafka)
    producer.produce("telemetry", key=b"pg-check", value=orjson.dumps(event))
    producer.produce("telemetry", key=b"pg-check", value=orjson.dumps([event, benign]))  # a replay, and a benign one
    producer.flush(10)

    def count(event_id: str) -> int:
        return int(on_postgres(live.urls.postgres, lambda conn: conn.fetchval(
            "SELECT count(*) FROM verdicts WHERE verdict_id = $1", verdict_id_for(event_id))))

    deadline = time.monotonic() + 30
    while count(event["event_id"]) == 0 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)
    assert count(event["event_id"]) == 1
    assert count(benign["event_id"]) == 0  # VERTICE_SINK_BENIGN=false: benign stays on the topic
