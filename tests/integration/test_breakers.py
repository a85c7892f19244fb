"""Stage circuit breakers on the real worker: an operator bypasses the dendritic cell and restores it (audited), the
narrative filter trips on real long agent messages under a low budget and closes once they are normal again, an
operator's hold survives a restart of the worker, and every event keeps exactly one verdict throughout."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from ops import stack
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack, http_json, wait_for

# a signature no other test sends: the dendritic cell raises each level of a signature once per worker, and
# test_immune_correlation waits for the coordinated attack of its own
CMDI = "/api/run?cmd=%3Bcat%20/etc/shadow"



def produce(url: str, events: list[dict[str, Any]], topic: str = "telemetry") -> None:
    producer = kafka.producer(url)
    for event in events:
        producer.produce(topic, key=event["entity"].encode(), value=orjson.dumps(event))
    producer.flush(10)


def event_verdicts(url: str, wanted: set[str], topic: str = "verdicts") -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for message in kafka.read_topic(url, topic):
        doc = orjson.loads(message.value())
        if doc["scope"] == "event" and doc["event_ids"][0] in wanted:
            found[doc["event_ids"][0]].append(doc)
    return found


def all_judged(url: str, events: list[dict[str, Any]], topic: str = "verdicts") -> dict[str, dict[str, Any]]:
    """Each event's verdict once every event has one; exactly one each (a redelivery repeats the same id)."""
    wanted = {e["event_id"] for e in events}
    found = wait_for(lambda: (lambda f: f if set(f) == wanted else None)(event_verdicts(url, wanted, topic)),
                     60, f"verdicts for all {len(wanted)} events")
    for event_id, docs in found.items():
        assert len({d["verdict_id"] for d in docs}) == 1, event_id  # never two different verdicts for one event
    return {event_id: docs[-1] for event_id, docs in found.items()}


def cli(live: LiveStack, *args: str) -> subprocess.CompletedProcess[str]:
    """`vertice --worker <the session's worker> …` with the stack's keys."""
    env = {**os.environ, **live.env}
    return subprocess.run([sys.executable, "-m", "ops.cli", args[0], "--worker", live.web, *args[1:]], env=env,
                          capture_output=True, text=True, timeout=60, check=False)


def stages_of(web: str, key: str) -> dict[str, dict[str, Any]]:
    status, body = http_json(f"{web}/api/v1/stages", key=key)
    assert status == 200, body
    return {s["stage"]: s for s in body["stages"]}


def test_operator_bypasses_the_dendritic_cell_and_restores_it(live: LiveStack) -> None:
    tag = uuid.uuid4().hex[:6]

    def attack(i: int) -> dict[str, Any]:
        return make_event(entity=f"brk-{tag}-{i}", ts=time.time(), uri=CMDI)

    campaign = [attack(i) for i in range(6)]  # a clonal expansion: the signature gets extra scrutiny
    produce(live.urls.kafka, campaign)
    probes: list[dict[str, Any]] = []

    def scrutinised() -> bool:
        probe = attack(len(campaign) + len(probes))
        probes.append(probe)
        produce(live.urls.kafka, [probe])
        time.sleep(0.5)
        found = event_verdicts(live.urls.kafka, {p["event_id"] for p in probes})
        return any(e["stage"] == "dendritic" for docs in found.values() for e in docs[-1]["evidence"])

    wait_for(scrutinised, 40, "a verdict with the dendritic cell's finding")
    try:
        status, body = live.http("/api/v1/stages/dendritic", "POST",
                                 {"state": "open", "reason": f"storm drill {tag}", "operator": "alice"},
                                 key=live.read_key)
        assert status == 403, body  # changes need the operator key
        status, body = live.http("/api/v1/stages/dendritic", "POST",
                                 {"state": "open", "reason": f"storm drill {tag}", "operator": "alice"},
                                 key=live.api_key)
        assert status == 200 and body["changed"] and body["stage"]["state"] == "open", body
        held = json.loads(next(live.data_dir.glob("worker-*/breakers.json")).read_text())
        assert held["dendritic"]["who"] == "alice"
        with urllib.request.urlopen(f"{live.web}/metrics", timeout=5) as response:
            assert 'vertice_stage_breaker_state{stage="dendritic"} 2.0' in response.read().decode()
        bypassed = [attack(100 + i) for i in range(3)]
        produce(live.urls.kafka, bypassed)
        for v in all_judged(live.urls.kafka, bypassed).values():
            assert "dendritic" not in [e["stage"] for e in v["evidence"]]
            assert v["degraded"] == ["dendritic"] and v["evidence"][-1]["stage"] == "breaker"
        listed = cli(live, "stages")
        assert listed.returncode == 0 and "held by alice" in next(
            line for line in listed.stdout.splitlines() if line.startswith("dendritic")), listed
        closed = cli(live, "stages", "close", "dendritic", "--reason", f"drill over {tag}", "--operator", "bob")
        assert closed.returncode == 0 and closed.stdout.split()[:2] == ["dendritic", "closed"], closed
    finally:  # whatever happened above, the session's worker goes on with every stage
        live.http("/api/v1/stages/dendritic", "POST", {"state": "closed", "reason": f"cleanup {tag}"},
                  key=live.api_key)
    assert "dendritic" not in json.loads(next(live.data_dir.glob("worker-*/breakers.json")).read_text())
    restored = [attack(200 + i) for i in range(3)]
    produce(live.urls.kafka, restored)
    for v in all_judged(live.urls.kafka, restored).values():
        assert "dendritic" in [e["stage"] for e in v["evidence"]] and "degraded" not in v
    all_judged(live.urls.kafka, campaign + probes)  # exactly one verdict each, through both changes

    status, body = live.http("/api/v1/audits?command_id=stage:dendritic&limit=500", key=live.read_key)
    ours = [r for r in body["records"] if tag in json.loads(r["detail"])["reason"]]
    assert [(r["outcome"], json.loads(r["detail"])["who"]) for r in reversed(ours)] == \
        [("OPEN", "alice"), ("CLOSED", "bob")]
    assert all(r["action"] == "STAGE_BREAKER" and json.loads(r["detail"])["cause"] == "operator" for r in ours)


# -- a worker of its own: a low narrative budget, its own topics, restarted once ----------------------------------

class OwnWorker:
    def __init__(self, live: LiveStack, folder: Path) -> None:
        self.live = live
        self.topics = {name: f"brk-{uuid.uuid4().hex[:6]}.{name}"
                       for name in ("telemetry", "dlq", "scored", "cytokines", "escalations", "verdicts")}
        self.port = stack.free_port()
        self.web = f"http://127.0.0.1:{self.port}"
        self.env = live.urls.worker_env(
            folder, self.port, api_key=live.api_key, read_key=live.read_key, command_signing_key=live.signing_key,
            # only the narrative filter's budget is low: 5 ms, several times what a short message costs (about 1 ms
            # on a busy test machine) and a third of what one of 3,400 characters does
            app_id=f"vertice-brk-{uuid.uuid4().hex[:6]}", budget_narrative_ms="5", budget_reflex_ms="1000",
            breaker_cooldown_s="2", hourly_action_cap="100000", daily_action_cap="100000",
            **{f"topic_{name}": topic for name, topic in self.topics.items()})
        self.process = self.start()

    def start(self) -> Any:
        return self.live.embedded.start_worker(self.env, name="worker-breakers", timeout_s=120)

    def restart(self) -> None:
        stack.stop_process(self.process, "worker-breakers")
        self.process = self.start()

    def stop(self) -> None:
        stack.stop_process(self.process, "worker-breakers")


@pytest.fixture(scope="module")
def own(live: LiveStack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OwnWorker]:
    worker = OwnWorker(live, tmp_path_factory.mktemp("breakers"))
    try:
        yield worker
    finally:
        worker.stop()


def message(agent: str, content: str) -> dict[str, Any]:
    return make_event("agent_message", entity=agent, ts=time.time(), content=content)


def test_costly_agent_messages_trip_the_narrative_breaker_until_messages_are_normal(own: OwnWorker) -> None:
    agent = f"agent-brk-{uuid.uuid4().hex[:6]}"
    telemetry, verdicts = own.topics["telemetry"], own.topics["verdicts"]
    report = "status: nightly report uploaded to the internal archive, all checks green. "
    # 3,400 characters each, each its own (the embeddings of a text already read are remembered): one breaker unit
    # (under ingest.UNIT_BYTES) that costs the filter ~15 ms, its whole 2,000-character sample; a longer message
    # would count as more units and cost no more per unit, so padding alone cannot trip it
    long = [message(agent, (f"{uuid.uuid4()} " + report * 50)[:3_400]) for _ in range(12)]
    produce(own.live.urls.kafka, long, telemetry)
    tripped = wait_for(lambda: stages_of(own.web, own.live.read_key)["narrative"]["state"] != "closed", 30,
                       "the narrative breaker open on long messages")
    normal: list[dict[str, Any]] = []

    def closed_again() -> bool:
        normal.append(message(agent, report))
        produce(own.live.urls.kafka, [normal[-1]], telemetry)
        time.sleep(0.5)
        return stages_of(own.web, own.live.read_key)["narrative"]["state"] == "closed"

    wait_for(closed_again, 40, "the narrative breaker closed again on normal messages")
    assert tripped
    judged = all_judged(own.live.urls.kafka, long + normal, verdicts)
    for v in judged.values():  # each verdict either has the filter's reading or says it was bypassed
        read = any(e["stage"] == "narrative" for e in v["evidence"])
        assert read != ("narrative" in v.get("degraded", [])), v
        assert set(v.get("degraded", [])) <= {"narrative"}

    def audited() -> list[dict[str, Any]] | None:
        _, body = own.live.http("/api/v1/audits?command_id=stage:narrative&limit=500", key=own.live.read_key)
        mine = [{**json.loads(r["detail"]), "outcome": r["outcome"]} for r in body["records"]
                if json.loads(r["detail"])["worker"].endswith(f":{own.port}")]
        causes = {(d["outcome"], d["cause"]) for d in mine}
        return mine if {("OPEN", "budget"), ("CLOSED", "recovered")} <= causes else None

    mine = wait_for(audited, 10, "the trip and the recovery in the audit log")  # written by a 1 s timer
    assert all(d["who"] == "worker" for d in mine)

def test_an_operators_hold_survives_a_restart_and_an_automatic_trip_does_not(own: OwnWorker) -> None:
    status, body = http_json(f"{own.web}/api/v1/stages/nk", "POST", {"state": "open", "reason": "restart drill"},
                             key=own.live.api_key)
    assert status == 200 and body["stage"]["state"] == "open", body
    status, body = http_json(f"{own.web}/api/v1/stages/narrative", "POST",
                             {"state": "closed", "reason": "restart drill"}, key=own.live.api_key)
    assert status == 200, body
    own.restart()
    after = stages_of(own.web, own.live.read_key)
    assert after["nk"]["state"] == "open" and after["nk"]["held_by_operator"]
    assert after["nk"]["hold"]["reason"] == "restart drill"
    assert {s for s, b in after.items() if b["state"] != "closed"} == {"nk"}
    event = make_event(entity=f"host-brk-{uuid.uuid4().hex[:6]}", ts=time.time())
    produce(own.live.urls.kafka, [event], own.topics["telemetry"])
    (v,) = all_judged(own.live.urls.kafka, [event], own.topics["verdicts"]).values()
    assert v["degraded"] == ["nk"]
