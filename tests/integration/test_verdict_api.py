"""The verdict engine's REST API on the worker's web port, over the real PostgreSQL sink."""

from __future__ import annotations

import time
import uuid
from typing import Any

import orjson

from agents.verdict import verdict_id_for
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack


def test_active_stats_one_and_status_changes(live: LiveStack) -> None:
    entity = f"api-{uuid.uuid4().hex[:6]}"
    attack = make_event(entity=entity, ts=time.time(), uri="/s?q=1%27%20UNION%20SELECT%20pw%20FROM%20users--")
    producer = kafka.producer(live.urls.kafka)
    producer.produce("telemetry", key=entity.encode(), value=orjson.dumps(attack))
    producer.flush(10)
    verdict_id = verdict_id_for(attack["event_id"])
    deadline = time.monotonic() + 30
    while live.http(f"/api/v1/verdicts/{verdict_id}", key=live.read_key)[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.2)

    status, one = live.http(f"/api/v1/verdicts/{verdict_id}", key=live.read_key)
    assert status == 200 and one["final_verdict"] == "MALICIOUS" and one["entity"] == entity
    status, active = live.http(f"/api/v1/verdicts/active?agent_id={entity}&severity={one['severity']}",
                              key=live.read_key)
    assert status == 200 and [v["verdict_id"] for v in active["verdicts"] if v["scope"] == "event"] == [verdict_id]
    status, stats = live.http("/api/v1/verdicts/stats", key=live.read_key)
    assert status == 200 and stats["total"] >= 1 and stats["by_severity"].get(one["severity"], 0) >= 1
    assert live.http("/api/v1/verdicts/active?limit=501", key=live.read_key)[0] == 422

    assert live.http(f"/api/v1/verdicts/{verdict_id}/status", "PUT", {"status": "MITIGATED"})[0] == 401
    assert live.http(f"/api/v1/verdicts/{verdict_id}/status", "PUT", {"status": "GONE"}, live.api_key)[0] == 422
    status, changed = live.http(f"/api/v1/verdicts/{verdict_id}/status", "PUT",
                           {"status": "MITIGATED", "mitigation_command_id": "c-123"}, live.api_key)
    assert status == 200 and changed["status"] == "MITIGATED"
    assert live.http(f"/api/v1/verdicts/{verdict_id}", key=live.read_key)[1]["mitigation_command_id"] == "c-123"
    still_active = live.http(f"/api/v1/verdicts/active?agent_id={entity}", key=live.read_key)[1]["verdicts"]
    assert [v["scope"] for v in still_active] == ["entity"]  # the investigation of the entity, not the event
    assert live.http("/api/v1/verdicts/v-nope/status", "PUT", {"status": "DISMISSED"}, live.api_key)[0] == 404
    assert live.http("/api/v1/health")[1]["status"] == "healthy"


def test_extract_iocs_endpoint(live: LiveStack) -> None:
    status, body = live.http("/extract_iocs", "POST", {"note": "c2 at hxxp://198.51.100.9/gate, CVE-2024-3094"},
                             live.read_key)
    assert status == 200
    assert body["iocs"]["url"] == ["http://198.51.100.9/gate"] and body["iocs"]["cve"] == ["CVE-2024-3094"]
    assert live.http("/extract_iocs", "POST", None, live.read_key)[0] == 422


def test_hpc_anomalies_endpoint_shows_a_spike_with_its_evidence(live: LiveStack) -> None:
    entity = f"host-{uuid.uuid4().hex[:6]}"
    producer = kafka.producer(live.urls.kafka)
    values = [20.0 + (i % 3) for i in range(30)] + [400.0]
    for i, value in enumerate(values):
        event = make_event("metric", entity=entity, ts=time.time() + i * 0.001, name="cpu", value=value)
        producer.produce("telemetry", key=entity.encode(), value=orjson.dumps(event))
    producer.flush(10)
    deadline = time.monotonic() + 30
    found: list[Any] = []
    while not found and time.monotonic() < deadline:
        anomalies = live.http("/hpc/anomalies?limit=200", key=live.read_key)[1]["anomalies"]
        found = [a for a in anomalies if a["entity"] == entity]
        time.sleep(0.3)
    assert found and found[0]["feature"] == "metric.cpu" and found[0]["observed"] == 400.0
    assert found[0]["level"] == "2" and found[0]["score"] >= 0.5
