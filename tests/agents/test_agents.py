"""The thin agents under Faust's test_context (triage: its batch handler): micro-batches in, the right messages
out."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest

from tests.conftest import make_event


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[bytes | None, bytes]] = []

    async def send(self, key: bytes | None = None, value: bytes = b"", **_: Any) -> None:
        self.sent.append((key, value))


def record(monkeypatch: pytest.MonkeyPatch, worker: Any, topic: Any) -> Recorder:
    """What the agents emit to ``topic`` (every output goes through the app's emitter)."""
    emitter = worker.resources.emitter
    recorders: dict[str, Recorder] = emitter.__dict__.get("send_recorders") or {}
    if not recorders:
        async def send(to: Any, key: bytes | None, value: bytes) -> None:
            recorder = recorders.get(to.get_topic_name())
            if recorder is not None:
                await recorder.send(key, value)

        monkeypatch.setattr(emitter, "send", send, raising=False)
        monkeypatch.setattr(emitter, "send_recorders", recorders, raising=False)
    recorders[topic.get_topic_name()] = Recorder()
    return recorders[topic.get_topic_name()]


def agent(worker: Any, name: str) -> Any:
    return next(a for a in worker.app.agents.values() if a.name.endswith(name))


async def settle(predicate: Any, timeout_s: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not predicate() and loop.time() < deadline:
        await asyncio.sleep(0.02)


def test_triage_groups_by_entity_and_dead_letters(worker: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from aiokafka.partitioner import DefaultPartitioner

    from agents.types import RawMessage

    scored = record(monkeypatch, worker, worker.topics.scored)
    dlq = record(monkeypatch, worker, worker.topics.dlq)
    events = [make_event(entity="a"), make_event(entity="b"), make_event(entity="a")]

    [triage] = [c for c in worker.consumers if c.topic == "telemetry"]  # a batch consumer, not a Faust agent
    asyncio.run(triage.handle([RawMessage(orjson.dumps(events), "telemetry", 0, 0, b"a"),
                               RawMessage(b"{not json", "telemetry", 0, 1, b"x")]))
    every = list(range(worker.topics.scored.partitions))
    place = DefaultPartitioner()
    by_entity: dict[str, list[str]] = {}
    for key, value in scored.sent:  # one message per partition, each item in its own entity's partition
        for item in orjson.loads(value):
            assert place(item["event"]["entity"].encode(), every, every) == place(key, every, every)
            by_entity.setdefault(item["event"]["entity"], []).append(item["event"]["event_id"])
    assert by_entity == {"a": [events[0]["event_id"], events[2]["event_id"]], "b": [events[1]["event_id"]]}
    assert len(scored.sent) == len({place(key, every, every) for key, _ in scored.sent})
    first = orjson.loads(scored.sent[0][1])[0]
    assert {"reflex", "neutrophil"} <= set(first)
    [(_, raw_record)] = dlq.sent
    assert orjson.loads(raw_record)["reason"] == "malformed_json"


def test_cortex_plans_commands_for_rogue_agents(worker: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.commanding import CommandBus

    published: list[dict[str, Any]] = []

    async def publish(self: Any, command: dict[str, Any]) -> bool:
        published.append(command)
        return True

    monkeypatch.setattr(CommandBus, "publish", publish)
    incident = {"incident_id": "i-1", "verdict_id": "v-1", "entity": "agent-x", "kind": "agent_message",
                "agent_id": "agent-x", "severity": "CRITICAL", "score": 0.97, "event_ids": ["e"], "ts": 1.0,
                "features": {"narrative": 0.95, "children": 1.0, "is_agent": 1.0, "score": 0.97}}
    benign_host = {**incident, "incident_id": "i-2", "entity": "10.0.0.1", "agent_id": None,
                   "features": {"reflex": 0.97, "score": 0.97, "is_agent": 0.0}}

    async def run() -> None:
        async with agent(worker, "cortex").test_context() as ctx:
            await ctx.put(key=b"agent-x", value=orjson.dumps(incident))
            await ctx.put(key=b"10.0.0.1", value=orjson.dumps(benign_host))
            await settle(lambda: bool(published))
            await asyncio.sleep(0.2)

    asyncio.run(run())
    assert [(c["command_type"], c["targets"]) for c in published] == [("TERMINATE", ["agent-x"])]


def test_immune_emits_one_verdict_per_event_and_keeps_state(worker: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from agents.pipeline import triage
    from agents.types import RawMessage

    verdicts = record(monkeypatch, worker, worker.topics.verdicts)
    escalations = record(monkeypatch, worker, worker.topics.escalations)
    cytokines = record(monkeypatch, worker, worker.topics.cytokines)
    attack = make_event(entity="203.0.113.9", uri="/s?q=1%27%20UNION%20SELECT%20pw%20FROM%20users--")
    events = [make_event(entity="203.0.113.9"), attack]
    out = triage(worker.stages, [RawMessage(orjson.dumps(events), "telemetry", 0, 0)])
    [(entity, items)] = out.by_entity.items()

    async def run() -> None:
        async with agent(worker, "immune").test_context() as ctx:
            await ctx.put(key=entity.encode(), value=orjson.dumps(items))
            await settle(lambda: len(verdicts.sent) >= 3)
            assert worker.tables.entities.get(entity.encode()) is None  # kept, written as the next commit starts
            worker.agents.immune.write_states()

    asyncio.run(run())
    docs = [d for _, v in verdicts.sent if (d := orjson.loads(v))["scope"] == "event"]
    [investigation] = [d for _, v in verdicts.sent if (d := orjson.loads(v))["scope"] == "entity"]
    assert investigation["entity"] == entity and attack["event_id"] in investigation["evidence_event_ids"]
    assert sorted(d["event_ids"][0] for d in docs) == sorted(e["event_id"] for e in events)
    assert {d["event_ids"][0]: d["final_verdict"] for d in docs}[attack["event_id"]] == "MALICIOUS"
    assert [orjson.loads(v)["verdict_id"] for _, v in escalations.sent] == \
        [d["verdict_id"] for d in docs if d["event_ids"][0] == attack["event_id"]]
    assert [orjson.loads(v)["type"] for _, v in cytokines.sent] == ["TNF", "IL12"]  # and the macrophage presents it
    assert cytokines.sent[0][0].startswith(b"rule:")  # keyed by signature, for the dendritic cell
    state = worker.tables.entities[entity.encode()]
    assert state["macrophage"]["events"] == 2 and state["hpc"]["n"] == 2
