"""The one factory of a worker: ``create_app(settings)`` builds the Faust app, its topics and tables, the stage
cores, one object per agent and the web views, wired to one ``Resources`` and one ``WorkerState``.

Where an event travels: telemetry -> ``TriageAgent`` -> scored (co-partitioned with the entities table) ->
``ImmuneAgent`` -> verdicts (-> ``VerdictSink`` -> PostgreSQL), escalations (-> ``CortexAgent`` -> commands over
NATS) and cytokines (-> ``CytokineAgent`` -> correlation verdicts); refused input at any step -> DLQ.

The two high-volume topics a worker reads, telemetry and verdicts, are read in batches by ``BatchConsumer``s
(streams/intake.py), not by Faust agents: Faust's dispatch costs more per message than triage does per event.
Faust stays the application: it starts and stops them with its own agents, tables, timers and web server."""

from __future__ import annotations

import dataclasses
import functools
import logging
import sys
from pathlib import Path
from typing import Any

import faust
from prometheus_client import CollectorRegistry, GCCollector, PlatformCollector, ProcessCollector

from agents.nk import SilenceWatch
from agents.pipeline import Stages
from agents.reflex import DEFAULT_PACK
from agents.treg import Regulator
from models.cortex_model import CortexModel
from schemas.settings import Settings
from streams import access, breaking, cockpit, faust_compat, live, tuning, verdict_api, web
from streams.adapters import kafka
from streams.adapters.logs import JsonFormatter, Redactor
from streams.breaking import StageBreakers
from streams.commanding import protect_self
from streams.emit import Emitter
from streams.intake import BatchConsumer
from streams.learned import LearnedReflexes, ensure_pack
from streams.metrics import PipelineMetrics
from streams.outputs import Commanding, Outputs
from streams.pipeline import (
    SINK_CHUNK_BYTES,
    TRIAGE_CHUNK_BYTES,
    CortexAgent,
    CytokineAgent,
    ImmuneAgent,
    TriageAgent,
    VerdictSink,
)
from streams.reload import PackReloader
from streams.resources import Resources
from streams.state import WorkerState
from streams.timers import Timers
from streams.topics import Topics, declare_topics
from tables.entities import Tables, declare_tables


def faust_app(settings: Settings, worker_dir: Path, broker: str) -> faust.App:
    return faust.App(
        settings.app_id,
        broker=broker,
        store="rocksdb://",
        datadir=str(worker_dir),
        autodiscover=False,
        web_enabled=True,
        web_host=settings.web_host,
        web_port=settings.web_port,
        # Faust's own pages would serve the entity table (every entity's suspicion and baselines: a map for
        # evasion), the cluster's layout and sensor counters to anyone: off, the worker's own API is the only one
        web_router_enabled=False,
        web_tables_enabled=False,
        web_graph_enabled=False,
        web_stats_enabled=False,
        web_metrics_enabled=False,
        topic_partitions=settings.partitions,
        topic_disable_leader=True,
        broker_session_timeout=settings.kafka_session_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.kafka_session_timeout_s / 10),
        broker_rebalance_timeout=settings.kafka_session_timeout_s,
        consumer_auto_offset_reset="earliest",
        producer_linger_ms=5,
        # a DLQ record carries the rejected message base64-encoded: room for an oversize one
        producer_max_request_size=16 * 1024 * 1024,
        stream_buffer_maxsize=16384,
        table_cleanup_interval=60.0,
        # After a SIGKILL the local RocksDB can hold table writes whose changelog messages never left the
        # producer; Faust's check then refuses to start the worker at all. Starting and replaying the uncommitted
        # input is the lesser harm: detector state may count that tail twice, verdict ids do not change.
        recovery_consistency_check=False,
    )


def fresh_registry() -> CollectorRegistry:
    """A registry of the worker's own, with the process metrics the default one carries."""
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    PlatformCollector(registry=registry)
    GCCollector(registry=registry)
    return registry


def build_stages(settings: Settings, worker_dir: Path, learned_pack: Path) -> Stages:
    stages = Stages.default(
        max_message_bytes=settings.max_message_bytes, escalation_threshold=settings.escalation_threshold,
        dedup_window_s=settings.dedup_window_s, dedup_capacity=settings.dedup_capacity,
        cache_dir=worker_dir / "hscache", packs=[DEFAULT_PACK, *settings.rule_pack_paths(), learned_pack],
        profiles=Path(settings.hpc_profiles) if settings.hpc_profiles else None,
        neuromodulation=settings.neuromodulation,
        crs_rules=Path(settings.crs_rules) if settings.crs_rules else None, crs_paranoia=settings.crs_paranoia,
        crs_threshold=settings.crs_threshold,
    )
    if stages.intents is not None:  # the first embedding loads the word table (0.7 s): at start, not on the
        stages.intents.classify(["warm-up"])  # first messages' clock, where the narrative breaker reads slowness
    return stages


@dataclasses.dataclass
class Agents:
    triage: TriageAgent
    immune: ImmuneAgent
    cytokines: CytokineAgent
    cortex: CortexAgent
    sink: VerdictSink | None


class Worker:
    """One worker: the Faust ``app`` and everything it runs, as named attributes."""

    def __init__(self, settings: Settings, registry: CollectorRegistry | None = None) -> None:
        self.settings = settings
        self.worker_dir = settings.data_dir.resolve() / f"worker-{settings.web_port}"
        self.broker = broker = settings.kafka_url or "kafka://127.0.0.1:9092"
        self.app = faust_app(settings, self.worker_dir, broker)
        self.topics: Topics = declare_topics(self.app, settings)
        self.tables: Tables = declare_tables(self.app, settings)
        self.metrics = PipelineMetrics(registry if registry is not None else fresh_registry())
        self.state = WorkerState()
        self.resources = Resources(settings, self.metrics, broker)
        self.learned_pack = ensure_pack(self.worker_dir / "learned-reflexes.yaml")
        self.stages = build_stages(settings, self.worker_dir, self.learned_pack)
        model = CortexModel.load(settings.cortex_model, require_gpu=settings.require_gpu)
        self.state.cortex_provider = model.provider
        self.metrics.cortex_provider.labels(model.provider).set(1)
        self.regulator = Regulator(allowlist=settings.names("allowlist"),
                                   critical_assets=settings.names("critical_assets"),
                                   hourly_cap=settings.hourly_action_cap, daily_cap=settings.daily_action_cap,
                                   key=settings.command_signing_key.reveal().encode())
        # operators' holds are this worker's own (its web port names its folder) and outlive a restart of it
        self.breakers = StageBreakers(settings, self.metrics, self.worker_dir / "breakers.json")
        self.outputs = Outputs(self.resources.emitter, self.topics, self.metrics)
        self.commanding = Commanding(settings, self.regulator, self.resources.bus, self.outputs, self.metrics)
        self.reloader = PackReloader(self.stages, [DEFAULT_PACK, *settings.rule_pack_paths(), self.learned_pack],
                                     self.stages.engine.cache_dir, self.metrics.rule_reloads,
                                     self.metrics.rule_reload_failures)
        self.learned = LearnedReflexes(self.resources.database, self.learned_pack, self.reloader,
                                       self.stages.neutrophil.score_texts, self.stages.profiles)
        silence = SilenceWatch()
        cytokine_backlog = lambda: faust_compat.queue_depths(self.app).get(settings.topic_cytokines, 0)  # noqa: E731
        self.agents = Agents(
            triage=TriageAgent(settings, self.stages, self.breakers, self.metrics,
                               Outputs(self.resources.intake_emitter, self.topics, self.metrics), self.commanding,
                               self.state, cytokine_backlog),
            immune=ImmuneAgent(settings, self.stages, self.tables.entities, self.breakers, self.metrics,
                               self.outputs, self.learned, silence, self.state),
            cytokines=CytokineAgent(settings, self.stages.correlator, self.breakers, self.metrics, self.outputs,
                                    self.state),
            cortex=CortexAgent(settings, model, self.breakers, self.metrics, self.outputs, self.commanding),
            sink=VerdictSink(settings, self.resources.database, self.metrics, self.outputs)
            if self.resources.database.configured else None,
        )
        self.consumers = self.batch_consumers(broker)
        self.timers = Timers(settings, self.reloader, self.learned, silence, self.resources, self.breakers,
                             self.outputs, self.metrics, self.state)
        self._attach()

    def batch_consumers(self, broker: str) -> list[BatchConsumer]:
        """Telemetry into triage and, with a database, verdicts into the sink (the alerts topic: the non-benign
        ones; every verdict with ``sink_benign``), each in a group of its own (its topic declared first); a
        partition the group never committed starts where the Faust agent that read it before left it."""
        settings, agents = self.settings, self.agents

        def consumer(topic: Any, handle: Any, emitter: Emitter | None = None, **options: Any) -> BatchConsumer:
            name = topic.get_topic_name()
            return BatchConsumer(broker, name, f"{settings.app_id}-{name}", handle, emitter or self.resources.emitter,
                                 declare=topic.maybe_declare, legacy_group=settings.app_id,
                                 session_timeout_s=settings.kafka_session_timeout_s,
                                 fetch_max_wait_ms=settings.kafka_fetch_max_wait_ms, **options)

        consumers = [consumer(self.topics.telemetry, agents.triage.handle, max_messages=settings.batch_size,
                              chunk_bytes=TRIAGE_CHUNK_BYTES, before=agents.triage.hold,
                              emitter=self.resources.intake_emitter, cpu=self.metrics.cpu["intake"])]
        if agents.sink is not None:
            sunk = self.topics.verdicts if settings.sink_benign else self.topics.alerts
            consumers.append(consumer(sunk, agents.sink.handle, max_messages=1000,
                                      chunk_bytes=SINK_CHUNK_BYTES, cpu=self.metrics.cpu["sink"]))
        return consumers

    def _attach(self) -> None:
        app, topics, agents = self.app, self.topics, self.agents
        app.on_worker_init.connect(self.refuse_without_signing_key)
        app.on_worker_init.connect(self.recover_to_the_last_record)
        app.on_before_shutdown.connect(self.close)
        app.on_partitions_revoked.connect(self.forget_states)
        app.on_partitions_assigned.connect(self.forget_states)
        app.task(self.prepare_output)
        app.task(self.harden_logging)
        if self.resources.database.configured:
            app.task(self.protect_own_process)
        for consumer in self.consumers:
            app.task(consumer.run)
        app.agent(topics.scored, name="immune")(agents.immune.run)
        app.agent(topics.cytokines, name="cytokines")(agents.cytokines.run)
        app.agent(topics.escalations, name="cortex")(agents.cortex.run)
        self.timers.attach(app)
        access.install(app, self.settings)
        web.register(app, self.settings, self.metrics, self.state, self.resources, self.consumers)
        verdict_api.register(app, self.resources.database, self.regulator)
        breaking.register(app, self.settings, self.breakers, self.resources.database)
        live.register(app, self.settings, self.resources.database)
        cockpit.register(app, self.metrics, self.resources.database)

    def refuse_without_signing_key(self, sender: Any, /, *args: Any, **kwargs: Any) -> None:
        """One line, before a worker starts: every command it issues is signed, none with an empty key. Checked
        when a worker starts, not when it is built, so tools and tests can build one."""
        if not self.settings.command_signing_key:
            sys.exit("VERTICE_COMMAND_SIGNING_KEY is not set: "
                     "the worker signs every command it issues and refuses to start")

    def recover_to_the_last_record(self, sender: Any, /, *args: Any, **kwargs: Any) -> None:
        """Table recovery reads each changelog partition to its last record, whatever end the broker reports."""
        faust_compat.recover_to_the_last_record(self.app, functools.partial(kafka.record_ends, self.broker))

    async def forget_states(self, sender: Any, /, *args: Any, **kwargs: Any) -> None:
        """Partitions moved: the immune agent's kept entity states are read from the table again."""
        self.agents.immune.states.forget()

    async def prepare_output(self) -> None:
        """As the worker starts, before its first commit: no commit during a rebalance, each commit writes the
        entity states first, Faust's pre-commit flush waits for the emitter's producer too, and every topic exists
        (the DLQ has no consumer to declare it)."""
        faust_compat.hold_commits_while_rebalancing(self.app)
        faust_compat.flush_before_commit(self.app, self.resources.emitter.flush)
        faust_compat.write_before_commit(self.app, self.agents.immune.write_states)
        for field in dataclasses.fields(self.topics):
            await getattr(self.topics, field.name).maybe_declare()

    async def protect_own_process(self) -> None:
        """Executors and the registration API refuse this worker's process and its ancestors as targets."""
        await protect_self(self.resources.database.pool)

    async def harden_logging(self) -> None:
        """Faust configured its log handlers before the app started: add the redactor (and JSON lines if asked)."""
        redactor = Redactor(self.settings.secret_values())
        for handler in logging.getLogger().handlers:
            handler.addFilter(redactor)
            if self.settings.log_json:
                handler.setFormatter(JsonFormatter())

    async def close(self, sender: Any, /, *args: Any, **kwargs: Any) -> None:
        """Faust's on_before_shutdown: its consumer has stopped; the batch consumers stop (committing what they
        handled), then nothing more is produced."""
        for consumer in self.consumers:
            await consumer.stop()
        await self.resources.close()


def create_app(settings: Settings, registry: CollectorRegistry | None = None) -> Worker:
    """A worker for ``settings``; its metrics go to ``registry`` (a fresh one, with process metrics, if None)."""
    faust_compat.check_version()
    faust_compat.configure_consumer(settings.kafka_fetch_max_wait_ms)
    worker = Worker(settings, registry)
    tuning.tune_garbage_collector()
    return worker
