"""B-cell memory end to end: an attack caught by the later layers returns and is caught by a learned reflex."""

from __future__ import annotations

import time
import uuid
from urllib.parse import quote

import orjson

from agents.bcell import RULE_ID_BASE
from ops import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack

PAYLOAD = "1 || (select pg_read_file('x'))"  # no shipped rule matches it; the neutrophil does


def verdicts_for(live: LiveStack, event_ids: set[str]) -> dict[str, dict[str, object]]:
    out = {}
    for message in kafka.read_topic(live.urls.kafka, "verdicts"):
        doc = orjson.loads(message.value())
        if doc["event_ids"] and doc["event_ids"][0] in event_ids:
            out[doc["event_ids"][0]] = doc
    return out


def reflex_of(verdict: dict[str, object]) -> dict[str, object]:
    return next(e for e in verdict["evidence"] if e["stage"] == "reflex")  # type: ignore[attr-defined]


def test_second_occurrence_is_caught_in_layer_one(live: LiveStack) -> None:
    producer = kafka.producer(live.urls.kafka)
    first = make_event(entity=f"first-{uuid.uuid4().hex[:6]}", ts=time.time(), uri=f"/s?q={quote(PAYLOAD)}")
    producer.produce("telemetry", key=first["entity"].encode(), value=orjson.dumps(first))
    producer.flush(10)
    deadline = time.monotonic() + 30
    while not (seen := verdicts_for(live, {first["event_id"]})) and time.monotonic() < deadline:
        time.sleep(0.3)
    verdict = seen[first["event_id"]]
    assert verdict["final_verdict"] == "MALICIOUS" and reflex_of(verdict)["detail"] != "block"

    repeats: set[str] = set()
    caught = None
    deadline = time.monotonic() + 45
    while caught is None and time.monotonic() < deadline:
        again = make_event(entity=f"second-{uuid.uuid4().hex[:6]}", ts=time.time(),
                           uri=f"/api/items?filter={quote(PAYLOAD)}")
        repeats.add(again["event_id"])
        producer.produce("telemetry", key=again["entity"].encode(), value=orjson.dumps(again))
        producer.flush(10)
        time.sleep(2.0)
        for doc in verdicts_for(live, repeats).values():
            if any(rule >= RULE_ID_BASE for rule in reflex_of(doc).get("rules", [])):  # type: ignore[attr-defined]
                caught = doc
    assert caught is not None, "no repeat was caught by a learned reflex"
    assert reflex_of(caught)["detail"] == "block"
