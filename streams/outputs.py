"""Where the worker's agents send what they make: documents to topics, refused input to the DLQ, commands over NATS
after Treg's review. Shared by every agent, so each agent class holds one ``Outputs`` and one ``Commanding``."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import orjson

from agents import cortex as cortex_core
from agents import cytokines
from agents.fastpath import FastPath
from agents.treg import Regulator
from agents.types import RawMessage
from agents.verdict import Verdict
from schemas.contracts import ValidationError, validator
from schemas.settings import Settings
from streams.adapters import commandbus
from streams.commanding import CommandBus
from streams.emit import Emitter
from streams.metrics import PipelineMetrics
from streams.poison import dead_letter, retry_transient
from streams.topics import Topics

log = logging.getLogger(__name__)


def raw_of(event: Any) -> RawMessage:
    """A Faust event as the stage cores take it."""
    message = event.message
    return RawMessage(value=event.value or b"", topic=message.topic, partition=message.partition,
                      offset=message.offset, key=event.key)


class Outputs:
    """Documents to topics through the emitter (flushed before every commit), and the DLQ with its counter."""

    def __init__(self, emitter: Emitter, topics: Topics, metrics: PipelineMetrics) -> None:
        self.emitter = emitter
        self.topics = topics
        self.metrics = metrics

    async def send(self, topic: Any, key: bytes | None, doc: Any) -> None:
        await self.emitter.send(topic, key, orjson.dumps(doc))

    async def verdict(self, verdict: Verdict) -> None:
        """Keyed by entity, as every verdict is; a non-benign one also to the alerts topic, so that the sink and
        the live feed read what they keep without reading every benign verdict back (measured: 9-22 µs of worker
        CPU per event, 7-19% of a worker's events/s, docs/PERFORMANCE.md)."""
        key, value = verdict["entity"].encode(), orjson.dumps(verdict)
        await self.emitter.send(self.topics.verdicts, key, value)
        if verdict["final_verdict"] != "BENIGN":
            await self.emitter.send(self.topics.alerts, key, value)

    async def dead_letter(self, record: dict[str, Any]) -> None:
        await self.send(self.topics.dlq, None, record)

    async def refuse(self, stage: str, reason: str, error: BaseException, raw: RawMessage) -> None:
        """``raw`` to the DLQ with ``reason``, counted under ``stage``."""
        self.metrics.dead_lettered.labels(stage, reason).inc()
        await self.dead_letter(dead_letter(reason, error, raw.value, topic=raw.topic, partition=raw.partition,
                                           offset=raw.offset))

    async def admitted(self, events: list[Any], schema: str, stage: str) -> list[tuple[RawMessage, dict[str, Any]]]:
        """The messages of an internal topic that hold what its schema says, each with its document; the others
        are dead-lettered. The broker takes any producer's message: one junk value crashed the agent, and the
        documents batched with it were never handled."""
        check = validator(schema)
        out = []
        for raw in map(raw_of, events):
            try:
                doc = orjson.loads(raw.value)
                check(doc)
            except orjson.JSONDecodeError as exc:
                await self.refuse(stage, "malformed_json", exc, raw)
            except ValidationError as exc:
                await self.refuse(stage, "schema_violation", exc, raw)
            else:
                out.append((raw, doc))
        return out


class Commanding:
    """Commands the worker issues itself: planned (reflex fast path, cortex), reviewed by Treg, published over NATS.
    Transport errors are retried; a command NATS refuses is dead-lettered and the next one goes out."""

    def __init__(self, settings: Settings, regulator: Regulator, bus: CommandBus, outputs: Outputs,
                 metrics: PipelineMetrics) -> None:
        key = settings.command_signing_key.reveal().encode()
        self.regulator = regulator
        self.bus = bus
        self.outputs = outputs
        self.metrics = metrics
        self.fast_path = FastPath(key, settings.command_deadline_s)
        self.planner = cortex_core.CommandPlanner(key, settings.command_deadline_s)
        self.in_flight: set[asyncio.Task[bool]] = set()

    async def reviewed(self, planned: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Treg's review; each suppression is counted, logged and recorded as an IL10 cytokine."""
        approved, suppressed = self.regulator.review(planned, time.time())
        for item in suppressed:
            target = item.command["targets"][0]
            self.metrics.suppressions.labels(item.kind).inc()
            log.info("Treg suppressed %s to %s: %s", item.command["command_type"], item.command["targets"],
                     item.reason)
            record = cytokines.make("IL10", "treg", 6, {"command": item.command, "reason": item.reason,
                                                        "entity": target, "signature": None, "event_id": None},
                                    "systemic", 3600.0, time.time())
            await self.outputs.send(self.outputs.topics.cytokines, target.encode(), record)
        return approved

    async def publish(self, command: dict[str, Any], what: str) -> bool:
        """Publish ``command``, retrying while NATS is unreachable; one NATS refuses (a target that cannot be a
        subject token, a payload over its limit) is dead-lettered and counted, and the next one goes out."""
        error = await retry_transient(what, lambda: self.bus.publish(command), self.metrics.publish_failures.inc)
        if error is None:
            return True
        self.metrics.dead_lettered.labels("command_publish", "publish_rejected").inc()
        await self.outputs.dead_letter(dead_letter("publish_rejected", error, orjson.dumps(command),
                                                   topic=commandbus.COMMAND_SUBJECT))
        return False

    async def reflexes(self, items: list[Any]) -> None:
        """The reflex fast path's commands, published in the background: triage never waits on NATS."""
        for command in await self.reviewed(self.fast_path.plan(items, time.time())):
            self.metrics.commands.labels(command["command_type"]).inc()
            task = asyncio.create_task(self.publish(command, "reflex command publish"))
            self.in_flight.add(task)
            task.add_done_callback(self.in_flight.discard)

    async def decided(self, decisions: list[Any]) -> None:
        """The cortex's decisions as commands, published in order."""
        for command in await self.reviewed(self.planner.plan(decisions, time.time())):
            if await self.publish(command, "command publish"):
                self.metrics.commands.labels(command["command_type"]).inc()
