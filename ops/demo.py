"""`vertice demo`: the whole organism on the embedded stack, against a scenario it generates itself."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import orjson
import psutil

from ops import scenario, stack
from ops.bench import percentile_ms
from streams.adapters import db, kafka

AGENT_PROGRAM = "import time\nwhile True:\n    time.sleep(1)\n"
ROGUE_PROGRAM = ("import subprocess, sys, time\n"
                 "child = subprocess.Popen([sys.executable, '-c', 'import time\\nwhile True: time.sleep(1)'])\n"
                 "print(child.pid, flush=True)\nwhile True:\n    time.sleep(1)\n")


@dataclasses.dataclass
class DemoResult:
    events: int
    verdicts: dict[str, int]
    dlq: int
    commands_issued: int
    commands_confirmed: int
    latency_ms: dict[str, float]
    agents_stopped: list[str]
    confirmations: list[dict[str, Any]]
    patterns: list[str]

    def summary(self) -> dict[str, Any]:
        return {"events": self.events, "verdicts": self.verdicts, "dlq": self.dlq,
                "commands_issued": self.commands_issued, "commands_confirmed": self.commands_confirmed,
                "latency_ms": self.latency_ms, "agents_stopped": self.agents_stopped,
                "entity_verdicts": self.patterns}


class AgentFleet:
    """Real processes standing in for AI agents; the rogue one really spawns its child."""

    def __init__(self) -> None:
        self.processes: dict[str, subprocess.Popen[bytes]] = {}
        self.pids: dict[str, int] = {}

    def spawn(self, agents: dict[str, str | None], rogue: str) -> None:
        for agent, parent in agents.items():
            if parent is not None:
                continue
            program = ROGUE_PROGRAM if agent == rogue else AGENT_PROGRAM
            process = subprocess.Popen([sys.executable, "-c", program], stdout=subprocess.PIPE,
                                       stdin=subprocess.DEVNULL, start_new_session=True)
            self.processes[agent] = process
            self.pids[agent] = process.pid
        for agent, parent in agents.items():
            if parent is not None:
                stdout = self.processes[parent].stdout
                assert stdout is not None
                self.pids[agent] = int(stdout.readline())

    def alive(self, agent: str) -> bool:
        try:
            status = psutil.Process(self.pids[agent]).status()
        except psutil.NoSuchProcess:
            return False
        return status not in (psutil.STATUS_ZOMBIE, psutil.STATUS_STOPPED)

    def stop_all(self) -> None:
        for process in self.processes.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)


async def _watch_commands(nats_url: str, token: str, issued: set[str], confirmed: dict[str, Any],
                          ready: asyncio.Event, stop: asyncio.Event) -> None:
    from streams.adapters import commandbus

    nc = await commandbus.connect(nats_url, token, "vertice-demo")

    async def on_command(msg: Any) -> None:
        issued.add(orjson.loads(msg.data)["command_id"])

    async def on_confirmation(msg: Any) -> None:
        doc = orjson.loads(msg.data)
        confirmed[doc["command_id"]] = doc

    await nc.subscribe(f"{commandbus.COMMAND_SUBJECT}.>", cb=on_command)
    await nc.subscribe(f"{commandbus.CONFIRMATION_SUBJECT}.>", cb=on_confirmation)
    await nc.flush()
    ready.set()
    await stop.wait()
    await nc.drain()


def run_demo(data_dir: Path, *, as_json: bool, timeout_s: float = 180.0, echo: Any = print) -> DemoResult:
    work = data_dir.resolve() / "demo"
    if work.exists():
        shutil.rmtree(work)
    env_secrets = {"VERTICE_API_KEY": secrets.token_urlsafe(24), "VERTICE_READ_KEY": secrets.token_urlsafe(24),
                   "VERTICE_COMMAND_SIGNING_KEY": secrets.token_urlsafe(32)}
    embedded = stack.EmbeddedStack(work)
    fleet = AgentFleet()
    say = (lambda *_: None) if as_json else echo
    try:
        urls = embedded.start()
        web_port = stack.free_port()
        env = {**urls.worker_env(work, web_port), **env_secrets}
        say(f"stack up: kafka {urls.kafka}  nats {urls.nats}  postgres 127.0.0.1")
        worker = embedded.spawn("worker", stack.worker_argv(), env=env)
        embedded.spawn("executor", stack.executor_argv(), env=env)
        plan = scenario.demo_scenario()
        fleet.spawn(plan.agents, plan.rogue)

        async def register() -> None:
            conn = await db.connect(urls.postgres)
            try:
                for agent, parent in plan.agents.items():
                    await db.register_agent(conn, agent, fleet.pids[agent], parent)
            finally:
                await conn.close()

        asyncio.run(register())
        say(f"{len(fleet.pids)} agent processes running and registered; waiting for the worker…")
        stack.wait_worker_ready(web_port, worker, log=work / "logs" / "worker.log")
        embedded.write_stack_json(web=f"http://127.0.0.1:{web_port}")
        read_key = work / "read.key"  # for the cockpit while the demo runs; removed with the demo's folder
        read_key.touch(mode=0o600)
        read_key.write_text(env_secrets["VERTICE_READ_KEY"])
        say(f"cockpit: http://127.0.0.1:{web_port}/ while the demo runs (read key in {read_key})")
        return asyncio.run(_drive(urls, plan, fleet, timeout_s, say))
    finally:
        fleet.stop_all()
        embedded.stop()


async def settle_commands(issued: Any, confirmed: Any, grace_s: float = 30.0) -> None:
    """Commands still on their way: wait until every issued one is confirmed and nothing new came for 2 s."""
    grace = time.monotonic() + grace_s
    quiet_since, last_seen = time.monotonic(), len(issued)
    while time.monotonic() < grace:
        if len(issued) != last_seen:
            quiet_since, last_seen = time.monotonic(), len(issued)
        if len(confirmed) >= len(issued) and time.monotonic() - quiet_since > 2.0:
            return
        await asyncio.sleep(0.1)


async def _drive(urls: stack.StackUrls, plan: scenario.Scenario, fleet: AgentFleet, timeout_s: float,
                 say: Any) -> DemoResult:
    issued: set[str] = set()
    confirmed: dict[str, Any] = {}
    stop, ready = asyncio.Event(), asyncio.Event()
    watcher = asyncio.create_task(_watch_commands(urls.nats, urls.nats_token, issued, confirmed, ready, stop))
    await asyncio.wait_for(ready.wait(), timeout=10)
    producer = kafka.producer(urls.kafka)
    batch: list[dict[str, Any]] = []
    for index, event in enumerate(plan.events):
        event["ts"] = time.time()
        if index % 3 == 0:  # a third as single-event messages, the rest in batch envelopes of up to 20
            producer.produce("telemetry", key=event["entity"].encode(), value=orjson.dumps(event))
        else:
            batch.append(event)
            if len(batch) == 20:
                producer.produce("telemetry", key=batch[0]["entity"].encode(), value=orjson.dumps(batch))
                batch = []
        producer.poll(0)
    if batch:
        producer.produce("telemetry", key=batch[0]["entity"].encode(), value=orjson.dumps(batch))
    for raw in plan.malformed:
        producer.produce("telemetry", key=b"malformed", value=raw)
    producer.flush(10)
    say(f"produced {len(plan.events)} events and {len(plan.malformed)} malformed messages")

    verdicts: dict[str, dict[str, Any]] = {}
    dlq = 0
    deadline = time.monotonic() + timeout_s
    consumer = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(urls.kafka), "group.id": "vertice-demo",
                               "enable.auto.commit": False})
    consumer.assign([kafka.TopicPartition("verdicts", p, kafka.OFFSET_BEGINNING)
                     for p in kafka.partitions_of(consumer, "verdicts")] +
                    [kafka.TopicPartition("telemetry.dlq", p, kafka.OFFSET_BEGINNING)
                     for p in kafka.partitions_of(consumer, "telemetry.dlq")])
    patterns: dict[str, dict[str, Any]] = {}
    last_print = 0.0
    last_progress = (0, 0, 0, 0)
    while time.monotonic() < deadline and (len(verdicts) < len(plan.events) or dlq < len(plan.malformed)):
        for message in await asyncio.to_thread(consumer.consume, 500, 0.2):
            if message.error():
                continue
            if message.topic() == "verdicts":
                doc = orjson.loads(message.value() or b"{}")
                if doc["scope"] == "event":
                    verdicts[doc["verdict_id"]] = doc
                else:  # about many events: a campaign across entities, a command that timed out
                    patterns[doc["verdict_id"]] = doc
            else:
                dlq += 1
        progress = (len(verdicts), dlq, len(issued), len(confirmed))
        if progress != last_progress and time.monotonic() - last_print > 0.5:
            last_print, last_progress = time.monotonic(), progress
            bad = sum(1 for v in verdicts.values() if v["final_verdict"] != "BENIGN")
            say(f"  verdicts {len(verdicts):5d}/{len(plan.events)}  flagged {bad:4d}  dlq {dlq}/{len(plan.malformed)}  "
                f"commands {len(confirmed)}/{len(issued)} confirmed")
    consumer.close()
    await settle_commands(issued, confirmed)
    stop.set()
    await watcher
    counts = {k: 0 for k in ("BENIGN", "SUSPICIOUS", "MALICIOUS")}
    for v in verdicts.values():
        counts[v["final_verdict"]] += 1
    latencies = [v["ts"] - v["event_ts"] for v in verdicts.values()]
    stopped = [agent for agent in fleet.pids if not fleet.alive(agent)]
    return DemoResult(
        events=len(plan.events), verdicts=counts, dlq=dlq, commands_issued=len(issued),
        commands_confirmed=len(confirmed),
        latency_ms={"p50": round(percentile_ms(latencies, 0.5), 2), "p99": round(percentile_ms(latencies, 0.99), 2)},
        agents_stopped=sorted(stopped), confirmations=list(confirmed.values()),
        patterns=sorted(v["title"] for v in patterns.values()),
    )
