"""The thin Faust agents: read a micro-batch, call the stage cores, emit. Registered explicitly by the app."""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from pathlib import Path
from typing import Any

import orjson

from agents import cortex as cortex_core
from agents import cytokines, strategic
from agents.dendritic import signatures_of
from agents.fastpath import FastPath
from agents.nk import SilenceWatch
from agents.pipeline import Stages, breaker_observations, feel, judge, modulation_of, triage, unjudged
from agents.strategic import CollusionWatch
from agents.treg import Regulator
from agents.types import RawMessage
from models.batcher import DynamicBatcher
from models.cortex_model import CortexModel
from ops import commandbus
from schemas.contracts import ValidationError, validator
from streams.breaking import StageBreakers
from streams.commanding import CommandBus, mark_timeouts, publish_outbox, timeout_verdict
from streams.emit import DLQ_ORIGINAL_MAX, Emitter, co_partitioned
from streams.learned import LearnedReflexes
from streams.metrics import PipelineMetrics
from streams.poison import dead_letter, retry_transient
from streams.reload import PackReloader
from streams.settings import Settings
from streams.topics import SCORED_PER_MESSAGE, Topics, scored_take
from streams.web import queue_depths
from tables.entities import Tables, writing_for

log = logging.getLogger(__name__)
BENIGN_MARK = b'"final_verdict":"BENIGN"'  # as orjson writes it: no JSON parse needed to skip a benign verdict
GLOBAL_KEY = b"\xff\xfeglobal"  # not UTF-8, so no entity can be named this
GLOBAL_SAVE_S = 5.0
STORM_BACKLOG = 500  # cytokines waiting in the worker above which telemetry intake pauses during a storm
STORM_MAX_WAIT_S = 2.0
TRIAGE_STAGES = ("reflex", "neutrophil", "narrative")  # the breakers triage consults; the narrative filter's
IMMUNE_STAGES = ("macrophage", "hpc", "narrative", "nk", "dendritic")  # embeddings run in triage, its filter here


# Triage runs on the event loop, a chunk at a time (~1,700 typical events, ~0.1 s). In a thread it ran beside
# the immune agent and both fought for the GIL: 225 µs per event in triage and 184 in immune, against 69 and 93
# with triage on the loop (same bench, 50,000 events). A chunk this size keeps the loop's pauses short.
TRIAGE_CHUNK_BYTES = 512 * 1024


def byte_chunks(messages: list[RawMessage], max_bytes: int) -> list[list[RawMessage]]:
    """``messages`` in order, cut into runs of at most ``max_bytes`` of values (a larger message alone)."""
    chunks: list[list[RawMessage]] = []
    size = 0
    for message in messages:
        if chunks and size + len(message.value) <= max_bytes:
            chunks[-1].append(message)
            size += len(message.value)
        else:
            chunks.append([message])
            size = len(message.value)
    return chunks


def _raw(event: Any) -> RawMessage:
    message = event.message
    return RawMessage(value=event.value or b"", topic=message.topic, partition=message.partition,
                      offset=message.offset, key=event.key)


async def hold_for_the_storm(state: Any, backlog: Any, max_wait_s: float = STORM_MAX_WAIT_S,
                             poll_s: float = 0.05) -> float:
    """Backpressure in a storm: while ``state()`` is INFLAMMATION and ``backlog()`` (cytokines not yet handled)
    is above ``STORM_BACKLOG``, wait (telemetry stays in Kafka, nothing is lost). Returns the seconds waited."""
    waited = 0.0
    while state() == "INFLAMMATION" and backlog() > STORM_BACKLOG and waited < max_wait_s:
        await asyncio.sleep(poll_s)
        waited += poll_s
    return waited


def register(app: Any, settings: Settings, topics: Topics, tables: Tables, metrics: PipelineMetrics,
             stages: Stages, cortex_model: CortexModel, bus: CommandBus, emitter: Emitter, learned_pack: Path,
             anomalies: collections.deque[dict[str, Any]], global_state: dict[str, Any],
             regulator: Regulator, breakers: StageBreakers) -> None:
    """Declare the worker's agents on ``app``; ``anomalies`` receives the latest HPC anomalies and
    ``global_state`` holds HPC level 3 and the neuromodulators (saved in the entities table). ``breakers``
    decide, once per micro-batch, which stages run."""
    metrics.cortex_provider.labels(cortex_model.provider).set(1)

    reloader = PackReloader(stages, [*settings.rule_pack_paths(), learned_pack], stages.engine.cache_dir,
                            metrics.rule_reloads, metrics.rule_reload_failures)
    learned = LearnedReflexes(settings, learned_pack, reloader, stages.neutrophil.score_texts, stages.profiles)

    @app.timer(settings.rule_reload_interval_s)
    async def reload_rule_packs() -> None:
        if not await learned.sync():
            await reloader.check()

    fast_path = FastPath(settings.command_signing_key.reveal().encode(), settings.command_deadline_s)

    async def reviewed(planned: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Treg's review; each suppression is counted, logged and recorded as an IL10 cytokine."""
        approved, suppressed = regulator.review(planned, time.time())
        for item in suppressed:
            metrics.suppressions.labels(item.kind).inc()
            log.info("Treg suppressed %s to %s: %s", item.command["command_type"], item.command["targets"],
                     item.reason)
            record = cytokines.make("IL10", "treg", 6, {"command": item.command, "reason": item.reason,
                                                        "entity": item.command["targets"][0], "signature": None,
                                                        "event_id": None}, "systemic", 3600.0, time.time())
            await emitter.send(topics.cytokines, item.command["targets"][0].encode(), orjson.dumps(record))
        return approved
    in_flight: set[asyncio.Task[bool]] = set()

    async def publish(command: dict[str, Any], what: str) -> bool:
        """Publish ``command``, retrying while NATS is unreachable; one NATS refuses (a target that cannot be a
        subject token, a payload over its limit) is dead-lettered and counted, and the next one goes out."""
        error = await retry_transient(what, lambda: bus.publish(command), metrics.publish_failures.inc)
        if error is None:
            return True
        metrics.dead_lettered.labels("command_publish", "publish_rejected").inc()
        await emitter.send(topics.dlq, None, orjson.dumps(dead_letter(
            "publish_rejected", error, orjson.dumps(command), topic=commandbus.COMMAND_SUBJECT)))
        return False

    async def send_reflex_commands(items: list[Any]) -> None:
        """Published in the background: the fast path never waits on NATS, and retries until it is back."""
        for command in await reviewed(fast_path.plan(items, time.time())):
            metrics.commands.labels(command["command_type"]).inc()
            task = asyncio.create_task(publish(command, "reflex command publish"))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)

    def record_anomalies(verdicts: list[dict[str, Any]]) -> None:
        """HPC levels: gauge of the batch's mean error, counter and ring buffer of anomalies (GET /hpc/anomalies)."""
        levels: dict[str, list[float]] = {}
        for v in verdicts:
            for e in v["evidence"]:
                if e["stage"] in ("hpc", "hpc_profile"):
                    level = str(e.get("level", 2 if e["stage"] == "hpc" else 1))
                    levels.setdefault(level, []).append(e["score"])
                    if e["score"] >= 0.5:
                        metrics.hpc_anomalies.labels(level).inc()
                        anomalies.appendleft({"ts": v["ts"], "entity": v["entity"], "event_id": v["event_ids"][0],
                                              "level": level, "score": e["score"], "feature": e.get("feature"),
                                              "expected": e.get("expected"), "observed": e.get("observed"),
                                              "detail": e.get("detail")})
        for level, scores in levels.items():
            metrics.hpc_error.labels(level).set(sum(scores) / len(verdicts))

    saved = {"at": 0.0, "loaded": False}

    def record_global(level3: Any, levels: Any, now: float) -> None:
        for name, value in levels.levels().items():
            metrics.neuromodulation.labels(name).set(value)
        if level3 is None:
            return
        metrics.hpc_error.labels("3").set(level3.score)
        if level3.score >= 0.5:
            metrics.hpc_anomalies.labels("3").inc()
            anomalies.appendleft({"ts": now, "entity": None, "event_id": None, "level": "3", "score": level3.score,
                                  "feature": level3.evidence["feature"], "expected": level3.evidence["expected"],
                                  "observed": level3.evidence["observed"], "detail": level3.reason})

    def observe_cells(timings: dict[str, float], events: int) -> None:
        for cell, seconds in timings.items():
            metrics.cell_events.labels(cell).inc(events)
            if events:
                metrics.cell_latency.labels(cell).observe(seconds / events)

    async def refuse(stage: str, reason: str, error: BaseException, raw: RawMessage) -> None:
        metrics.dead_lettered.labels(stage, reason).inc()
        await emitter.send(topics.dlq, None, orjson.dumps(dead_letter(
            reason, error, raw.value, topic=raw.topic, partition=raw.partition, offset=raw.offset)))

    async def admitted(events: list[Any], schema: str, stage: str) -> list[tuple[RawMessage, dict[str, Any]]]:
        """The messages of an internal topic that hold what its schema says, each with its document; the others
        are dead-lettered. The broker takes any producer's message: one junk value crashed the agent, and the
        documents batched with it were never handled."""
        check = validator(schema)
        out = []
        for raw in map(_raw, events):
            try:
                doc = orjson.loads(raw.value)
                check(doc)
            except orjson.JSONDecodeError as exc:
                await refuse(stage, "malformed_json", exc, raw)
            except ValidationError as exc:
                await refuse(stage, "schema_violation", exc, raw)
            else:
                out.append((raw, doc))
        return out

    temperature = cytokines.Temperature()
    silence = SilenceWatch()

    async def triage_and_emit(messages: list[RawMessage]) -> None:
        started = time.perf_counter()
        timings: dict[str, float] = {}
        bypassed = breakers.bypassed(TRIAGE_STAGES, time.time())
        out = triage(stages, messages, None, timings, bypassed)
        breakers.failed(out.failed, time.time())
        breakers.observe(breaker_observations(timings, out.counts, {}), bypassed, time.time())
        metrics.stage_latency.labels("triage").observe(time.perf_counter() - started)
        observe_cells(timings, out.events)
        if out.agent_messages:
            metrics.narrative_requests.inc(out.agent_messages)
            metrics.narrative_duration.observe(timings.get("semantic", 0.0))
            if out.semantic_failed:
                metrics.narrative_errors.inc()
        metrics.events.inc(out.events)
        for record in out.dlq:
            metrics.rejected.labels(record["reason"]).inc()
            await emitter.send(topics.dlq, None, orjson.dumps(record))
        decisions: collections.Counter[str] = collections.Counter()
        matched: collections.Counter[tuple[str, str]] = collections.Counter()
        for items in out.by_entity.values():
            if settings.reflex_commands:
                await send_reflex_commands(items)
            for item in items:
                decisions[item["reflex"]["decision"]] += 1
                if "reflex" in bypassed or "reflex" in out.failed:  # not scanned: no scan time to count
                    continue
                metrics.rte_scan.observe(item["reflex"]["latency_ms"] / 1000.0)
                matched.update((match["category"], match["severity"]) for match in item["reflex"]["matches"])
        for decision, count in decisions.items():  # a labelled counter costs a lock and a lookup per call
            metrics.rte_decisions.labels(decision).inc(count)
        for (category, severity), count in matched.items():
            metrics.rte_matches.labels(category, severity).inc(count)
        for key, envelope in co_partitioned(out.by_entity, settings.partitions, SCORED_PER_MESSAGE):
            await emitter.send(topics.scored, key, orjson.dumps(envelope))

    @app.agent(topics.telemetry, name="triage")
    async def triage_agent(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_within_s):
            if waited := await hold_for_the_storm(lambda: temperature.state,
                                                  lambda: queue_depths(app).get(settings.topic_cytokines, 0)):
                metrics.storm_backpressure.inc(waited)
            # a micro-batch counts messages, and a message can hold many events: triage at most
            # TRIAGE_CHUNK_BYTES of telemetry at once, so a backlog of large envelopes stays within memory
            # (one 200,000-event call held 1.1 GB) and the loop pauses briefly
            for chunk in byte_chunks([_raw(e) for e in events], TRIAGE_CHUNK_BYTES):
                await triage_and_emit(chunk)
                await asyncio.sleep(0)  # let the other agents, heartbeats and the web server run between chunks

    @app.agent(topics.scored, name="immune")
    async def immune_agent(stream: Any) -> None:
        async for events in stream.take_events(scored_take(settings), within=settings.batch_within_s):
            started, started_at = time.perf_counter(), time.time()
            groups: dict[bytes, list[Any]] = {}
            last_event: dict[bytes, Any] = {}
            raws = [_raw(e) for e in events]
            fresh, replayed, refused = unjudged(stages, raws, started_at)
            metrics.replayed.inc(replayed)
            for rejected in refused:  # junk on the topic (the broker takes any producer's message)
                raw = raws[rejected.message]
                metrics.dead_lettered.labels("immune", rejected.error.reason).inc()
                record = dead_letter(rejected.error.reason, rejected.error, rejected.original[:DLQ_ORIGINAL_MAX],
                                     topic=raw.topic, partition=raw.partition, offset=raw.offset)
                record["index"] = rejected.item
                if len(rejected.original) > DLQ_ORIGINAL_MAX:
                    record["truncated"] = True
                await emitter.send(topics.dlq, None, orjson.dumps(record))
            for event, items in zip(events, fresh, strict=True):
                for item in items:  # a message holds several entities of its partition
                    key = str(item["event"]["entity"]).encode()
                    groups.setdefault(key, []).append(item)
                    last_event[key] = event
            timings: dict[str, float] = {}
            judged_counts: dict[str, int] = {}
            failed: dict[str, BaseException] = {}
            bypassed = breakers.bypassed(IMMUNE_STAGES, started_at)
            verdicts: list[dict[str, Any]] = []
            all_items: list[Any] = []
            escalations: list[dict[str, Any]] = []
            patterns: list[dict[str, Any]] = []
            aimed: list[dict[str, Any]] = []
            modulation = modulation_of(stages, global_state)
            for key, items in groups.items():
                all_items.extend(items)
                state = tables.entities.get(key) or {}
                judged = judge(stages, items, state, timings=timings, bypass=bypassed, counts=judged_counts,
                               modulation=modulation)
                failed.update(judged.failed)
                if "nk" in state and any(SilenceWatch.watches(item["event"]) for item in items):
                    silence.observe(items[0]["event"]["entity"], state["nk"])
                learned.record(items, judged.verdicts)
                verdicts.extend(judged.verdicts)
                escalations.extend(judged.escalations)
                patterns.extend(judged.patterns)
                aimed.extend(judged.targets)
                with writing_for(last_event[key]):
                    tables.entities[key] = state
            now = time.time()
            breakers.failed(failed, now)
            breakers.observe(breaker_observations(timings, {}, judged_counts), bypassed, now)
            for final, count in collections.Counter(v["final_verdict"] for v in verdicts).items():
                metrics.verdicts.labels(final).inc(count)
            for stage, count in collections.Counter(d for v in verdicts for d in v.get("degraded", ())).items():
                metrics.bypassed.labels(stage).inc(count)
            for v in verdicts:
                metrics.telemetry_to_verdict.observe(max(0.0, now - v["event_ts"]))
                if settings.emit_benign or v["final_verdict"] != "BENIGN":
                    await emitter.send(topics.verdicts, v["entity"].encode(), orjson.dumps(v))
            for incident in escalations:
                metrics.escalations.inc()
                await emitter.send(topics.escalations, incident["entity"].encode(), orjson.dumps(incident))
            record_anomalies(verdicts)
            if not saved["loaded"]:
                global_state.update(tables.entities.get(GLOBAL_KEY) or {})
                saved["loaded"] = True
            record_global(*feel(stages, verdicts, global_state, now), now)
            if now - saved["at"] >= GLOBAL_SAVE_S:
                with writing_for(events[0]):
                    tables.entities[GLOBAL_KEY] = global_state
                saved["at"] = now
            for pattern in patterns:
                await emitter.send(topics.verdicts, pattern["entity"].encode(), orjson.dumps(pattern))
            for v, item in zip(verdicts, all_items, strict=True):
                signatures = signatures_of(item, v["evidence"], stages.profiles) if v["final_verdict"] != "BENIGN" \
                    else []
                for cytokine in cytokines.for_verdict(v, signatures, now):
                    key = (cytokine["payload"]["signature"] or v["entity"]).encode()
                    await emitter.send(topics.cytokines, key, orjson.dumps(cytokine))
            for threat in aimed:  # keyed by target: one cytokine agent sees every agent aiming at it
                signal = cytokines.make("IFNG", "narrative", 8, {**threat, "signature": f"target:{threat['target']}",
                                                                 "entity": threat["agent"], "event_id": None},
                                        "dendritic", strategic.WINDOW_S, now)
                await emitter.send(topics.cytokines, signal["payload"]["signature"].encode(), orjson.dumps(signal))
            metrics.stage_latency.labels("immune").observe(time.perf_counter() - started)
            observe_cells(timings, len(all_items))

    batcher = DynamicBatcher(cortex_model.predict, max_batch=settings.cortex_max_batch,
                             max_delay_ms=settings.cortex_max_delay_ms)
    batcher.warm_up(cortex_core.features_of([{"features": {}}])[0])
    correlator = stages.correlator  # its scrutiny reaches the judgement of the immune agent
    collusions = CollusionWatch()

    @app.agent(topics.cytokines, name="cytokines")
    async def cytokine_agent(stream: Any) -> None:
        async for events in stream.take_events(1000, within=settings.batch_within_s):
            now = time.time()
            signals = await admitted(events, "cytokine", "cytokines")
            raw_of = {id(doc): raw for raw, doc in signals}
            delivered, expired, misaddressed = cytokines.sort_out([doc for _, doc in signals], now)
            metrics.cytokines_dropped.labels("expired").inc(expired)
            metrics.cytokines_dropped.labels("misaddressed").inc(misaddressed)
            state = temperature.apply(delivered, now)
            metrics.temperature.set(temperature.celsius)
            if state == "INFLAMMATION":  # a storm: low-priority signals are aggregated, not handled one by one
                delivered, folded = cytokines.aggregate(delivered)
                metrics.cytokines_aggregated.inc(folded)
            dendritic = not breakers.bypassed(("dendritic",), now)
            for cytokine in delivered:
                metrics.cytokines.labels(cytokine["type"]).inc()
                payload = cytokine["payload"]
                if cytokine["target_area"] != "dendritic" or not payload.get("signature"):
                    continue
                if not dendritic:  # bypassed: no correlation across entities until its breaker closes
                    metrics.bypassed.labels("dendritic").inc()
                    continue
                try:  # the schema leaves a payload free: one without what the dendritic cell reads is refused
                    await present(cytokine, payload)
                except (KeyError, TypeError, AttributeError, ValueError) as exc:
                    raw = raw_of.get(id(cytokine))
                    if raw is not None:
                        await refuse("cytokines", "schema_violation", exc, raw)
                    else:  # folded in a storm: no single message to dead-letter
                        metrics.dead_lettered.labels("cytokines", "schema_violation").inc()
                        log.error("an aggregated cytokine could not be presented: %s", exc)

    async def present(cytokine: dict[str, Any], payload: dict[str, Any]) -> None:
        """A signature to the dendritic cell: a target aimed at by several agents, or a signature across entities."""
        if payload["signature"].startswith("target:"):
            collusion = collusions.observe(payload, float(cytokine["ts"]))
            if collusion is not None:
                await emitter.send(topics.verdicts, collusion["entity"].encode(), orjson.dumps(collusion))
            return
        for signature in payload.get("signatures") or [payload["signature"]]:
            raised = correlator.observe(signature, payload["entity"], payload["event_id"], float(cytokine["ts"]))
            if raised is not None:
                metrics.dendritic_alerts.labels(raised["title"].split(" of ")[0].split(": ")[1]).inc()
                await emitter.send(topics.verdicts, raised["entity"].encode(), orjson.dumps(raised))

    planner = cortex_core.CommandPlanner(settings.command_signing_key.reveal().encode(), settings.command_deadline_s)

    @app.agent(topics.escalations, name="cortex")
    async def cortex_agent(stream: Any) -> None:
        async for events in stream.take_events(64, within=settings.batch_within_s):
            started = time.perf_counter()
            incidents = [doc for _, doc in await admitted(events, "escalation", "cortex")]
            if not incidents:
                continue
            why = "its breaker is open" if breakers.bypassed(("cortex",), time.time()) else None
            decisions = []
            if why is None:
                try:
                    predictions = await batcher.submit_many(cortex_core.features_of(incidents))
                    decisions = cortex_core.decide(incidents, predictions)
                except Exception as exc:  # its breaker opens; the incidents go to operators instead
                    log.exception("the cortex failed on %d incidents", len(incidents))
                    breakers.failed({"cortex": exc}, time.time())
                    why = f"it raised {type(exc).__name__}"
                else:
                    breakers.observe({"cortex": (time.perf_counter() - started, len(incidents))}, frozenset(),
                                     time.time())
            if why is not None:
                metrics.bypassed.labels("cortex").inc(len(incidents))
                for incident in incidents:
                    left = cortex_core.left_for_operators(incident, why, time.time())
                    await emitter.send(topics.verdicts, left["entity"].encode(), orjson.dumps(left))
                continue
            metrics.cortex_decision.observe(time.perf_counter() - started)
            for command in await reviewed(planner.plan(decisions, time.time())):
                if await publish(command, "command publish"):
                    metrics.commands.labels(command["command_type"]).inc()

    @app.timer(5.0)
    async def silences() -> None:
        """NK: heartbeat and audit sources that went quiet are flagged while they are still quiet."""
        for verdict in silence.overdue(time.time()):
            await emitter.send(topics.verdicts, verdict["entity"].encode(), orjson.dumps(verdict))

    @app.timer(1.0)
    async def command_timeouts() -> None:
        late = bus.overdue(time.time())
        if not late:
            return
        if settings.database_url:
            error = await retry_transient("marking TIMEOUT", lambda: mark_timeouts(settings.database_url.reveal(),
                                                                                  late), metrics.sink_failures.inc)
            if error is not None:
                metrics.dead_lettered.labels("command_timeouts", "sink_rejected").inc(len(late))
                for command in late:
                    await emitter.send(topics.dlq, None, orjson.dumps(dead_letter(
                        "sink_rejected", error, orjson.dumps(command), topic="postgresql:commands")))
        for command in late:
            log.warning("command %s (%s) timed out", command["command_id"], command["command_type"])
            verdict = timeout_verdict(command, time.time())
            await emitter.send(topics.verdicts, verdict["entity"].encode(), orjson.dumps(verdict))

    if settings.database_url:
        import asyncpg

        from ops import db
        from streams.web import pool_for

        @app.timer(0.5)
        async def command_outbox() -> None:
            """Operator commands accepted into PostgreSQL go to NATS as soon as it answers."""
            try:
                await publish_outbox(await pool_for(settings), bus)
            except (OSError, asyncpg.PostgresError) as exc:  # PostgreSQL away: the next round retries
                log.warning("command outbox not read: %s", exc)

        pool_holder: dict[str, Any] = {}

        async def write(docs: list[dict[str, Any]]) -> None:
            if "pool" not in pool_holder:
                pool_holder["pool"] = await asyncpg.create_pool(settings.database_url.reveal(), min_size=1,
                                                                max_size=2)
            await db.upsert_verdicts(pool_holder["pool"], docs)

        async def sink_rejected(error: BaseException, raw: RawMessage) -> None:
            metrics.dead_lettered.labels("verdict_sink", "sink_rejected").inc()
            await emitter.send(topics.dlq, None, orjson.dumps(dead_letter(
                "sink_rejected", error, raw.value, topic=raw.topic, partition=raw.partition, offset=raw.offset)))

        async def store(raws: list[RawMessage]) -> None:
            """Write the batch; when it holds a verdict PostgreSQL refuses, write one at a time and dead-letter
            each refused one: a poison verdict leaves, the verdicts after it are stored."""
            docs: list[dict[str, Any]] = []
            parsed: list[RawMessage] = []
            for raw in raws:
                try:
                    docs.append(orjson.loads(raw.value))
                    parsed.append(raw)
                except orjson.JSONDecodeError as exc:
                    await sink_rejected(exc, raw)
            if not docs or await retry_transient("verdict sink", lambda: write(docs),
                                                 metrics.sink_failures.inc) is None:
                return
            for doc, raw in zip(docs, parsed, strict=True):
                one = [doc]
                error = await retry_transient("verdict sink (one verdict)", lambda: write(one),  # noqa: B023
                                              metrics.sink_failures.inc)
                if error is not None:
                    await sink_rejected(error, raw)

        @app.agent(topics.verdicts, name="verdict-sink")
        async def verdict_sink(stream: Any) -> None:
            async for events in stream.take_events(1000, within=0.2):
                # benign verdicts stay on the topic unless asked for: PostgreSQL keeps what operators work on
                raws = [raw for raw in map(_raw, events) if settings.sink_benign or BENIGN_MARK not in raw.value]
                if raws:
                    await store(raws)
