"""The worker's agents, one class each: read a micro-batch, call the stage cores (agents/), send what they make.
Each holds its collaborators and its state as attributes; ``streams.worker`` builds them and attaches them to the
Faust app (triage and the verdict sink: their ``handle`` to a batch consumer, streams/intake.py)."""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any

from agents import cortex as cortex_core
from agents import cytokines, strategic
from agents.dendritic import Correlator, signatures_of
from agents.nk import SilenceWatch
from agents.pipeline import Stages, breaker_observations, feel, judge, modulation_of, triage, unjudged
from agents.strategic import CollusionWatch
from agents.types import RawMessage
from agents.verdict import Verdict
from models.batcher import DynamicBatcher
from models.cortex_model import CortexModel
from schemas.settings import Settings
from streams.breaking import StageBreakers
from streams.emit import DLQ_ORIGINAL_MAX, co_partitioned
from streams.faust_compat import writing_for
from streams.learned import LearnedReflexes
from streams.metrics import PipelineMetrics
from streams.outputs import Commanding, Outputs, raw_of
from streams.poison import dead_letter, retry_transient
from streams.resources import Database
from streams.state import WorkerState
from streams.topics import SCORED_PER_MESSAGE, scored_take
from tables.entities import EntityStates

log = logging.getLogger(__name__)
BENIGN_MARK = b'"final_verdict":"BENIGN"'  # as orjson writes it: no JSON parse needed to skip a benign verdict
GLOBAL_KEY = b"\xff\xfeglobal"  # not UTF-8, so no entity can be named this
GLOBAL_SAVE_S = 5.0
STORM_BACKLOG = 500  # cytokines waiting in the worker above which telemetry intake pauses during a storm
STORM_MAX_WAIT_S = 2.0
TRIAGE_STAGES = ("reflex", "neutrophil", "narrative")  # the breakers triage consults; the narrative filter's
IMMUNE_STAGES = ("macrophage", "hpc", "narrative", "nk", "dendritic")  # embeddings run in triage, its filter here
# Triage runs on the event loop, a chunk at a time (~1,700 typical events, ~0.1 s): in a thread it fought the
# immune agent for the GIL (docs/PERFORMANCE.md). A chunk this size keeps the loop's pauses short, and bounds the
# memory a backlog of large envelopes takes at once.
TRIAGE_CHUNK_BYTES = 512 * 1024
SINK_CHUNK_BYTES = 4 * 1024 * 1024  # verdicts per PostgreSQL write: about 2,500


async def hold_for_the_storm(state: Callable[[], str], backlog: Callable[[], int],
                             max_wait_s: float = STORM_MAX_WAIT_S, poll_s: float = 0.05) -> float:
    """Backpressure in a storm: while ``state()`` is INFLAMMATION and ``backlog()`` (cytokines not yet handled)
    is above ``STORM_BACKLOG``, wait (telemetry stays in Kafka, nothing is lost). Returns the seconds waited."""
    waited = 0.0
    while state() == "INFLAMMATION" and backlog() > STORM_BACKLOG and waited < max_wait_s:
        await asyncio.sleep(poll_s)
        waited += poll_s
    return waited


def charged(counter: Any, since: float, less: float = 0.0) -> float:
    """Add the thread's CPU since ``since`` (less ``less``, charged elsewhere) to ``counter``; returns now."""
    now = time.thread_time()
    counter.inc(now - since - less)
    return now


def observe_cells(metrics: PipelineMetrics, timings: dict[str, float], events: int) -> None:
    for cell, seconds in timings.items():
        metrics.cell_events.labels(cell).inc(events)
        if events:
            metrics.cell_latency.labels(cell).observe(seconds / events)


class TriageAgent:
    """Telemetry in: ingest, reflexes, the payload neutrophil and the narrative embeddings; scored events out,
    co-partitioned with the entity table; the reflex fast path's commands."""

    def __init__(self, settings: Settings, stages: Stages, breakers: StageBreakers, metrics: PipelineMetrics,
                 outputs: Outputs, commanding: Commanding, state: WorkerState, backlog: Callable[[], int]) -> None:
        self.settings = settings
        self.stages = stages
        self.breakers = breakers
        self.metrics = metrics
        self.outputs = outputs
        self.commanding = commanding
        self.state = state
        self.backlog = backlog  # cytokines fetched by this worker and not yet handled

    async def hold(self) -> None:
        """Before each batch: in a storm, telemetry waits in Kafka while the cytokines are handled."""
        if waited := await hold_for_the_storm(lambda: self.state.temperature.state, self.backlog):
            self.metrics.storm_backpressure.inc(waited)

    async def handle(self, messages: list[RawMessage]) -> None:
        started = time.perf_counter()
        cpu, mark = self.metrics.cpu, time.thread_time()  # nothing below suspends: the sends return at once
        timings: dict[str, float] = {}
        bypassed = self.breakers.bypassed(TRIAGE_STAGES, time.time())
        mark = charged(cpu["triage_output"], mark)
        out = triage(self.stages, messages, None, timings, bypassed)
        mark = charged(cpu["triage"], mark)
        self.breakers.failed(out.failed, time.time())
        self.breakers.observe(breaker_observations(timings, out.counts, {}), bypassed, time.time())
        self.metrics.stage_latency.labels("triage").observe(time.perf_counter() - started)
        observe_cells(self.metrics, timings, out.events)
        self.count(out, timings, bypassed)
        for record in out.dlq:
            await self.outputs.dead_letter(record)
        if self.settings.reflex_commands:
            for items in out.by_entity.values():
                await self.commanding.reflexes(items)
        for key, envelope in co_partitioned(out.by_entity, self.settings.partitions, SCORED_PER_MESSAGE):
            await self.outputs.send(self.outputs.topics.scored, key, envelope)
        charged(cpu["triage_output"], mark)  # the commands' publishing runs in tasks of its own

    def count(self, out: Any, timings: dict[str, float], bypassed: frozenset[str]) -> None:
        metrics = self.metrics
        if out.agent_messages:
            metrics.narrative_requests.inc(out.agent_messages)
            metrics.narrative_duration.observe(timings.get("semantic", 0.0))
            if out.semantic_failed:
                metrics.narrative_errors.inc()
        metrics.events.inc(out.events)
        for record in out.dlq:
            metrics.rejected.labels(record["reason"]).inc()
        decisions: collections.Counter[str] = collections.Counter()
        matched: collections.Counter[tuple[str, str]] = collections.Counter()
        scanned = "reflex" not in bypassed and "reflex" not in out.failed  # else no scan time to count
        for items in out.by_entity.values():
            for item in items:
                decisions[item["reflex"]["decision"]] += 1
                if scanned:
                    metrics.rte_scan.observe(item["reflex"]["latency_ms"] / 1000.0)
                    matched.update((match["category"], match["severity"]) for match in item["reflex"]["matches"])
        for decision, n in decisions.items():  # a labelled counter costs a lock and a lookup per call
            metrics.rte_decisions.labels(decision).inc(n)
        for (category, severity), n in matched.items():
            metrics.rte_matches.labels(category, severity).inc(n)


@dataclasses.dataclass
class Judged:
    """What the immune agent made of one micro-batch, in the order its items were judged."""

    items: list[Any] = dataclasses.field(default_factory=list)
    verdicts: list[Verdict] = dataclasses.field(default_factory=list)
    escalations: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    patterns: list[Verdict] = dataclasses.field(default_factory=list)
    aimed: list[dict[str, Any]] = dataclasses.field(default_factory=list)


class ImmuneAgent:
    """Scored events in, grouped by entity: the stateful cells over each entity's table state, one verdict per
    event, escalations to the cortex, cytokines to the dendritic layer; the worker-wide HPC level 3."""

    def __init__(self, settings: Settings, stages: Stages, entities: Any, breakers: StageBreakers,
                 metrics: PipelineMetrics, outputs: Outputs, learned: LearnedReflexes, silence: SilenceWatch,
                 state: WorkerState) -> None:
        self.settings = settings
        self.stages = stages
        self.entities = entities  # the Faust table, co-partitioned with the scored topic
        self.states = EntityStates(entities, writing_for)  # kept between micro-batches, written at commits
        self.breakers = breakers
        self.metrics = metrics
        self.outputs = outputs
        self.learned = learned
        self.silence = silence
        self.state = state

    async def run(self, stream: Any) -> None:
        async for events in stream.take_events(scored_take(self.settings), within=self.settings.batch_within_s):
            await self.handle(events)

    async def handle(self, events: list[Any]) -> None:
        started, started_at = time.perf_counter(), time.time()
        cpu, mark = self.metrics.cpu, time.thread_time()  # nothing below suspends: the sends return at once
        groups, last_event = await self.grouped(events, started_at)
        mark = charged(cpu["immune_input"], mark)
        tables = 0.0
        bypassed = self.breakers.bypassed(IMMUNE_STAGES, started_at)
        timings: dict[str, float] = {}
        counts: dict[str, int] = {}
        failed: dict[str, BaseException] = {}
        judged = Judged()
        modulation = modulation_of(self.stages, self.global_state())  # the neuromodulators, as the last batch left them
        for key, items in groups.items():
            table_started = time.thread_time()
            state = self.states.get(key)
            tables += time.thread_time() - table_started
            judgement = judge(self.stages, items, state, timings=timings, bypass=bypassed, counts=counts,
                              modulation=modulation)
            failed.update(judgement.failed)
            if "nk" in state and any(SilenceWatch.watches(item["event"]) for item in items):
                self.silence.observe(items[0]["event"]["entity"], state["nk"])
            self.learned.record(items, judgement.verdicts)
            judged.items.extend(items)
            judged.verdicts.extend(judgement.verdicts)
            judged.escalations.extend(judgement.escalations)
            judged.patterns.extend(judgement.patterns)
            judged.aimed.extend(judgement.targets)
            table_started = time.thread_time()
            self.states.put(key, state, last_event[key])
            tables += time.thread_time() - table_started
        now = time.time()
        self.breakers.failed(failed, now)
        self.breakers.observe(breaker_observations(timings, {}, counts), bypassed, now)
        cpu["tables"].inc(tables)
        mark = charged(cpu["immune"], mark, tables)
        self.feel(judged.verdicts, events[0], now)
        mark = charged(cpu["feel"], mark)
        await self.send(judged, now)
        self.metrics.stage_latency.labels("immune").observe(time.perf_counter() - started)
        observe_cells(self.metrics, timings, len(judged.items))
        charged(cpu["immune_output"], mark)

    async def grouped(self, events: list[Any], now: float) -> tuple[dict[bytes, list[Any]], dict[bytes, Any]]:
        """The fresh items by entity key, with the last event of each (whose partition its table write takes);
        a replayed copy is skipped and junk on the topic (the broker takes any producer's message) dead-lettered."""
        raws = [raw_of(e) for e in events]
        fresh, replayed, refused = unjudged(self.stages, raws, now)
        self.metrics.replayed.inc(replayed)
        for rejected in refused:
            raw = raws[rejected.message]
            self.metrics.dead_lettered.labels("immune", rejected.error.reason).inc()
            record = dead_letter(rejected.error.reason, rejected.error, rejected.original[:DLQ_ORIGINAL_MAX],
                                 topic=raw.topic, partition=raw.partition, offset=raw.offset)
            record["index"] = rejected.item
            if len(rejected.original) > DLQ_ORIGINAL_MAX:
                record["truncated"] = True
            await self.outputs.dead_letter(record)
        groups: dict[bytes, list[Any]] = {}
        last_event: dict[bytes, Any] = {}
        for event, items in zip(events, fresh, strict=True):
            for item in items:  # a message holds several entities of its partition
                key = str(item["event"]["entity"]).encode()
                groups.setdefault(key, []).append(item)
                last_event[key] = event
        return groups, last_event

    def write_states(self) -> None:
        """As a commit starts: the entity states this agent changed since the last one go to the table."""
        mark = time.thread_time()
        self.states.flush()
        charged(self.metrics.cpu["tables"], mark)

    def feel(self, verdicts: list[Verdict], event: Any, now: float) -> None:
        """HPC levels 2 and 3 and the neuromodulators: gauges, the anomaly ring, the global state (saved in the
        entities table every GLOBAL_SAVE_S)."""
        self.record_anomalies(verdicts)
        state = self.state
        level3, levels = feel(self.stages, verdicts, self.global_state(), now)
        for name, value in levels.levels().items():
            self.metrics.neuromodulation.labels(name).set(value)
        if level3 is not None:
            self.metrics.hpc_error.labels("3").set(level3.score)
            if level3.score >= 0.5:
                self.metrics.hpc_anomalies.labels("3").inc()
                state.anomalies.appendleft({
                    "ts": now, "entity": None, "event_id": None, "level": "3", "score": level3.score,
                    "feature": level3.evidence["feature"], "expected": level3.evidence["expected"],
                    "observed": level3.evidence["observed"], "detail": level3.reason})
        if now - state.global_saved_at >= GLOBAL_SAVE_S:
            with writing_for(event):
                self.entities[GLOBAL_KEY] = state.global_state
            state.global_saved_at = now

    def global_state(self) -> dict[str, Any]:
        """HPC level 3 and the neuromodulators, restored from the entities table on first use."""
        if not self.state.global_loaded:
            self.state.global_state.update(self.entities.get(GLOBAL_KEY) or {})
            self.state.global_loaded = True
        return self.state.global_state

    def record_anomalies(self, verdicts: list[Verdict]) -> None:
        """HPC levels 1-2: gauge of the batch's mean error, counter and ring of anomalies (GET /hpc/anomalies)."""
        levels: dict[str, list[float]] = {}
        for v in verdicts:
            for e in v["evidence"]:
                if e["stage"] in ("hpc", "hpc_profile"):
                    level = str(e.get("level", 2 if e["stage"] == "hpc" else 1))
                    levels.setdefault(level, []).append(e["score"])
                    if e["score"] >= 0.5:
                        self.metrics.hpc_anomalies.labels(level).inc()
                        self.state.anomalies.appendleft({
                            "ts": v["ts"], "entity": v["entity"], "event_id": v["event_ids"][0], "level": level,
                            "score": e["score"], "feature": e.get("feature"), "expected": e.get("expected"),
                            "observed": e.get("observed"), "detail": e.get("detail")})
        for level, scores in levels.items():
            self.metrics.hpc_error.labels(level).set(sum(scores) / len(verdicts))

    async def send(self, judged: Judged, now: float) -> None:
        metrics, outputs, topics = self.metrics, self.outputs, self.outputs.topics
        for final, n in collections.Counter(v["final_verdict"] for v in judged.verdicts).items():
            metrics.verdicts.labels(final).inc(n)
        for stage, n in collections.Counter(d for v in judged.verdicts for d in v.get("degraded", ())).items():
            metrics.bypassed.labels(stage).inc(n)
        for v in judged.verdicts:
            metrics.telemetry_to_verdict.observe(max(0.0, now - v["event_ts"]))
            if self.settings.emit_benign or v["final_verdict"] != "BENIGN":
                await outputs.verdict(v)
        for incident in judged.escalations:
            metrics.escalations.inc()
            await outputs.send(topics.escalations, incident["entity"].encode(), incident)
        for pattern in judged.patterns:
            await outputs.verdict(pattern)
        for v, item in zip(judged.verdicts, judged.items, strict=True):
            signatures = signatures_of(item, v["evidence"], self.stages.profiles) \
                if v["final_verdict"] != "BENIGN" else []
            for cytokine in cytokines.for_verdict(v, signatures, now):
                await outputs.send(topics.cytokines, (cytokine["payload"]["signature"] or v["entity"]).encode(),
                                   cytokine)
        for threat in judged.aimed:  # keyed by target: one cytokine agent sees every agent aiming at it
            signal = cytokines.make("IFNG", "narrative", 8, {**threat, "signature": f"target:{threat['target']}",
                                                             "entity": threat["agent"], "event_id": None},
                                    "dendritic", strategic.WINDOW_S, now)
            await outputs.send(topics.cytokines, signal["payload"]["signature"].encode(), signal)


class CytokineAgent:
    """Cytokines in: the worker's temperature (a storm folds low-priority signals), and signatures presented to the
    dendritic cell (correlation across entities) and to the collusion watch (agents aiming at one target)."""

    def __init__(self, settings: Settings, correlator: Correlator, breakers: StageBreakers,
                 metrics: PipelineMetrics, outputs: Outputs, state: WorkerState) -> None:
        self.settings = settings
        self.correlator = correlator  # the stages' own: its scrutiny reaches the immune agent's judgement
        self.collusions = CollusionWatch()
        self.breakers = breakers
        self.metrics = metrics
        self.outputs = outputs
        self.state = state

    async def run(self, stream: Any) -> None:
        async for events in stream.take_events(1000, within=self.settings.batch_within_s):
            await self.handle(events)

    async def handle(self, events: list[Any]) -> None:
        now = time.time()
        metrics = self.metrics
        signals = await self.outputs.admitted(events, "cytokine", "cytokines")
        raw_of_doc = {id(doc): raw for raw, doc in signals}
        delivered, expired, misaddressed = cytokines.sort_out([doc for _, doc in signals], now)
        metrics.cytokines_dropped.labels("expired").inc(expired)
        metrics.cytokines_dropped.labels("misaddressed").inc(misaddressed)
        state = self.state.temperature.apply(delivered, now)
        metrics.temperature.set(self.state.temperature.celsius)
        if state == "INFLAMMATION":  # a storm: low-priority signals are aggregated, not handled one by one
            delivered, folded = cytokines.aggregate(delivered)
            metrics.cytokines_aggregated.inc(folded)
        dendritic = not self.breakers.bypassed(("dendritic",), now)
        for cytokine in delivered:
            metrics.cytokines.labels(cytokine["type"]).inc()
            payload = cytokine["payload"]
            if cytokine["target_area"] != "dendritic" or not payload.get("signature"):
                continue
            if not dendritic:  # bypassed: no correlation across entities until its breaker closes
                metrics.bypassed.labels("dendritic").inc()
                continue
            try:  # the schema leaves a payload free: one without what the dendritic cell reads is refused
                await self.present(cytokine, payload)
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                raw = raw_of_doc.get(id(cytokine))
                if raw is not None:
                    await self.outputs.refuse("cytokines", "schema_violation", exc, raw)
                else:  # folded in a storm: no single message to dead-letter
                    metrics.dead_lettered.labels("cytokines", "schema_violation").inc()
                    log.error("an aggregated cytokine could not be presented: %s", exc)

    async def present(self, cytokine: dict[str, Any], payload: dict[str, Any]) -> None:
        """A signature to the dendritic cell: a target aimed at by several agents, or a signature across entities."""
        if payload["signature"].startswith("target:"):
            collusion = self.collusions.observe(payload, float(cytokine["ts"]))
            if collusion is not None:
                await self.outputs.verdict(collusion)
            return
        for signature in payload.get("signatures") or [payload["signature"]]:
            raised = self.correlator.observe(signature, payload["entity"], payload["event_id"], float(cytokine["ts"]))
            if raised is not None:
                self.metrics.dendritic_alerts.labels(raised["evidence"][0]["pattern"]).inc()
                await self.outputs.verdict(raised)


class CortexAgent:
    """Escalated incidents in, batched through the ONNX cortex; its decisions out as commands. With its breaker
    open, or when the model fails, the incidents go to operators instead."""

    def __init__(self, settings: Settings, model: CortexModel, breakers: StageBreakers, metrics: PipelineMetrics,
                 outputs: Outputs, commanding: Commanding) -> None:
        self.settings = settings
        self.breakers = breakers
        self.metrics = metrics
        self.outputs = outputs
        self.commanding = commanding
        self.batcher = DynamicBatcher(model.predict, max_batch=settings.cortex_max_batch,
                                      max_delay_ms=settings.cortex_max_delay_ms)
        self.batcher.warm_up(cortex_core.features_of([{"features": {}}])[0])

    async def run(self, stream: Any) -> None:
        async for events in stream.take_events(64, within=self.settings.batch_within_s):
            incidents = [doc for _, doc in await self.outputs.admitted(events, "escalation", "cortex")]
            if incidents:
                await self.handle(incidents)

    async def handle(self, incidents: list[dict[str, Any]]) -> None:
        started = time.perf_counter()
        why = "its breaker is open" if self.breakers.bypassed(("cortex",), time.time()) else None
        decisions: list[Any] = []
        if why is None:
            try:
                predictions = await self.batcher.submit_many(cortex_core.features_of(incidents))
                decisions = cortex_core.decide(incidents, predictions)
            except Exception as exc:  # its breaker opens; the incidents go to operators instead
                log.exception("the cortex failed on %d incidents", len(incidents))
                self.breakers.failed({"cortex": exc}, time.time())
                why = f"it raised {type(exc).__name__}"
            else:
                self.breakers.observe({"cortex": (time.perf_counter() - started, len(incidents))}, frozenset(),
                                      time.time())
        if why is not None:
            self.metrics.bypassed.labels("cortex").inc(len(incidents))
            for incident in incidents:
                await self.outputs.verdict(cortex_core.left_for_operators(incident, why, time.time()))
            return
        self.metrics.cortex_decision.observe(time.perf_counter() - started)
        await self.commanding.decided(decisions)


class VerdictSink:
    """Verdicts in, stored in PostgreSQL (benign ones stay on the topic unless asked for: PostgreSQL keeps what
    operators work on). A verdict PostgreSQL refuses is dead-lettered; the ones after it are stored."""

    def __init__(self, settings: Settings, database: Database, metrics: PipelineMetrics, outputs: Outputs) -> None:
        self.settings = settings
        self.database = database
        self.metrics = metrics
        self.outputs = outputs

    async def handle(self, raws: list[RawMessage]) -> None:
        started = time.thread_time()
        wanted = [raw for raw in raws if self.settings.sink_benign or BENIGN_MARK not in raw.value]
        self.metrics.cpu["sink"].inc(time.thread_time() - started)
        if wanted:
            await self.store(wanted)

    async def write(self, docs: list[dict[str, Any]]) -> None:
        from streams.adapters import db

        await db.upsert_verdicts(await self.database.pool(), docs)

    async def store(self, raws: list[RawMessage]) -> None:
        """Write the batch; when it holds a verdict PostgreSQL refuses, write one at a time and dead-letter each
        refused one."""
        import orjson

        docs: list[dict[str, Any]] = []
        parsed: list[RawMessage] = []
        for raw in raws:
            try:
                docs.append(orjson.loads(raw.value))
                parsed.append(raw)
            except orjson.JSONDecodeError as exc:
                await self.outputs.refuse("verdict_sink", "sink_rejected", exc, raw)
        failures = self.metrics.sink_failures.inc
        if not docs or await retry_transient("verdict sink", lambda: self.write(docs), failures) is None:
            return
        for doc, raw in zip(docs, parsed, strict=True):
            one = [doc]
            error = await retry_transient("verdict sink (one verdict)", lambda: self.write(one),  # noqa: B023
                                          failures)
            if error is not None:
                await self.outputs.refuse("verdict_sink", "sink_rejected", error, raw)
