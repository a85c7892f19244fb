"""B-cell memory end to end: an attack caught by the later layers returns and is caught by a learned reflex;
operators' feedback on its verdicts retires it."""

from __future__ import annotations

import contextlib
import time
import uuid
from typing import Any
from urllib.parse import quote

import orjson

from agents.bcell import RULE_ID_BASE, learned_rules_in
from schemas.errors import TopicMissing
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack, on_postgres

PAYLOAD = "1 || (select pg_read_file('x'))"  # no shipped rule matches it; the neutrophil does


def verdicts_for(live: LiveStack, event_ids: set[str]) -> dict[str, dict[str, object]]:
    out, messages = {}, []
    with contextlib.suppress(TopicMissing):  # the first verdict of a fresh stack creates the topic
        messages = list(kafka.read_topic(live.urls.kafka, "verdicts"))
    for message in messages:
        doc = orjson.loads(message.value())
        if doc["event_ids"] and doc["event_ids"][0] in event_ids:
            out[doc["event_ids"][0]] = doc
    return out


def reflex_of(verdict: dict[str, object]) -> dict[str, object]:
    return next(e for e in verdict["evidence"] if e["stage"] == "reflex")  # type: ignore[attr-defined]


def judged(live: LiveStack, producer: Any, prefix: str, uri: str, timeout_s: float) -> dict[str, object]:
    """Send one event carrying the payload and wait for its verdict."""
    event = make_event(entity=f"{prefix}-{uuid.uuid4().hex[:6]}", ts=time.time(), uri=uri)
    producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
    producer.flush(10)
    deadline = time.monotonic() + timeout_s
    while not (seen := verdicts_for(live, {event["event_id"]})) and time.monotonic() < deadline:
        time.sleep(0.3)
    return seen[event["event_id"]]


def test_second_occurrence_is_caught_in_layer_one(live: LiveStack) -> None:
    producer = kafka.producer(live.urls.kafka)
    verdict = judged(live, producer, "first", f"/s?q={quote(PAYLOAD)}", 30)
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
    learned = learned_rules_in(caught)
    assert learned

    def memory() -> dict[str, int]:
        return dict(on_postgres(live.urls.postgres, lambda conn: conn.fetchrow(
            "SELECT feedbacks, false_positives FROM b_cell_memory WHERE rule_id = $1", learned[0])))

    deadline = time.monotonic() + 30  # the sink stores the verdict; dismissing it is false-positive feedback
    while (live.http(f"/api/v1/verdicts/{caught['verdict_id']}", key=live.read_key)[0] != 200
           and time.monotonic() < deadline):
        time.sleep(0.3)
    before = memory()
    status, body = live.http(f"/api/v1/verdicts/{caught['verdict_id']}/status", "PUT", {"status": "DISMISSED"},
                             live.api_key)
    assert status == 200 and body["feedback"] == {"rule_ids": learned, "false_positive": True}
    assert live.http(f"/api/v1/verdicts/{caught['verdict_id']}/status", "PUT", {"status": "DISMISSED"},
                     live.api_key)[1]["feedback"] is None  # the same judgement twice counts once
    after = memory()
    assert after == {"feedbacks": before["feedbacks"] + 1, "false_positives": before["false_positives"] + 1}

    on_postgres(live.urls.postgres, lambda conn: conn.execute(  # now 1 false positive in 10: not over a tenth
        "UPDATE b_cell_memory SET feedbacks = feedbacks + 9 WHERE rule_id = $1", learned[0]))
    status, body = live.http(f"/api/v1/verdicts/{caught['verdict_id']}/status", "PUT", {"status": "MITIGATED"},
                             live.api_key)
    assert body["feedback"] == {"rule_ids": learned, "false_positive": False}
    status, _ = live.http(f"/api/v1/verdicts/{caught['verdict_id']}/status", "PUT", {"status": "DISMISSED"},
                          live.api_key)  # 2 of 12: over 10%, the memory retires and its reflex is unloaded

    def still_learned() -> bool:
        return bool(learned_rules_in(judged(live, producer, "third", f"/x?v={quote(PAYLOAD)}", 20)))

    deadline = time.monotonic() + 40
    while still_learned() and time.monotonic() < deadline:
        time.sleep(1.0)
    assert not still_learned()
