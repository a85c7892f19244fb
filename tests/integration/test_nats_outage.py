"""NATS down for 10 s while the cortex issues commands: none lost, none executed twice."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
import uuid
from typing import Any

import asyncpg
import orjson
import psutil

from agents import cortex
from models.cortex_model import CortexModel
from streams.adapters import db, kafka
from tests.integration.conftest import LiveStack, on_postgres

SLEEPER = "import time\nwhile True: time.sleep(0.2)\n"
MUTE_FEATURES = {"narrative": 0.6, "score": 0.6, "is_agent": 1.0, "severity": 0.5}


def escalation(agent: str) -> dict[str, Any]:
    return {"incident_id": f"i-{uuid.uuid4().hex}", "verdict_id": f"v-{uuid.uuid4().hex}", "entity": agent,
            "kind": "agent_message", "agent_id": agent, "severity": "MEDIUM", "score": 0.6,
            "features": MUTE_FEATURES, "event_ids": [uuid.uuid4().hex], "ts": time.time()}


def metric(live: LiveStack, name: str) -> float:
    with urllib.request.urlopen(f"{live.web}/metrics", timeout=5) as response:
        text = response.read().decode()
    return sum(float(line.split()[-1]) for line in text.splitlines() if line.startswith(name + " "))


def test_commands_survive_a_nats_outage(live: LiveStack) -> None:
    model = CortexModel.load()
    [decision] = cortex.decide([escalation("x")], model.predict(cortex.features_of([escalation("x")])))
    assert decision.action == "MUTE"  # the premise of this test

    tag = uuid.uuid4().hex[:6]
    processes = {f"outage-{tag}-{i}": subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
                 for i in range(12)}
    try:
        async def register(conn: asyncpg.Connection) -> None:
            for agent, process in processes.items():
                await db.register_agent(conn, agent, process.pid, None)

        on_postgres(live.urls.postgres, register)
        agents = list(processes)
        producer = kafka.producer(live.urls.kafka)

        def send(batch: list[str]) -> None:
            for agent in batch:
                producer.produce("escalations", key=agent.encode(), value=orjson.dumps(escalation(agent)))
            producer.flush(10)

        failures_before = metric(live, "cortex_command_publish_failures_total")
        send(agents[:6])
        time.sleep(1.0)
        live.embedded.stop_server("nats")
        send(agents[6:])
        time.sleep(10.0)
        live.embedded.start_server("nats")

        def stopped() -> set[str]:
            out = set()
            for agent, process in processes.items():
                try:
                    if psutil.Process(process.pid).status() == psutil.STATUS_STOPPED:
                        out.add(agent)
                except psutil.NoSuchProcess:
                    pass
            return out

        deadline = time.monotonic() + 60
        while stopped() != set(agents) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert stopped() == set(agents)
        assert metric(live, "cortex_command_publish_failures_total") > failures_before  # the outage was felt

        time.sleep(2.0)  # room for a duplicate execution to show up, were there one
        rows = on_postgres(live.urls.postgres, lambda conn: conn.fetch(
            "SELECT agent_id, count(*) AS n, count(DISTINCT command_id) AS commands FROM audit_log "
            "WHERE agent_id = ANY($1::text[]) AND outcome <> 'STARTED' GROUP BY agent_id", agents))
        assert {r["agent_id"]: (r["n"], r["commands"]) for r in rows} == {agent: (1, 1) for agent in agents}
    finally:
        for process in processes.values():
            process.kill()
            process.wait()
