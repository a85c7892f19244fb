"""The only place that creates the Faust app: ``faust -A streams.app worker -l info``."""

from __future__ import annotations

import collections
import dataclasses
import logging
import sys
from pathlib import Path
from typing import Any

import faust
from prometheus_client import REGISTRY

from agents.pipeline import Stages
from agents.treg import Regulator
from models.cortex_model import CortexModel
from ops.logs import JsonFormatter, Redactor
from streams import access, breaking, cockpit, live, pipeline, tuning, verdict_api, web
from streams.commanding import CommandBus, protect_self
from streams.emit import Emitter
from streams.learned import ensure_pack
from streams.metrics import PipelineMetrics
from streams.settings import load_settings
from streams.topics import declare_topics
from tables.entities import declare_tables

settings = load_settings()
tuning.set_fetch_max_wait(settings.kafka_fetch_max_wait_ms)
worker_dir = settings.data_dir.resolve() / f"worker-{settings.web_port}"
broker = settings.kafka_url or "kafka://127.0.0.1:9092"

app = faust.App(
    settings.app_id,
    broker=broker,
    store="rocksdb://",
    datadir=str(worker_dir),
    autodiscover=False,
    web_enabled=True,
    web_host=settings.web_host,
    web_port=settings.web_port,
    # Faust's own pages would serve the entity table (every entity's suspicion and baselines: a map for evasion),
    # the cluster's layout and sensor counters to anyone: off, the worker's own API is the only one
    web_router_enabled=False,
    web_tables_enabled=False,
    web_graph_enabled=False,
    web_stats_enabled=False,
    web_metrics_enabled=False,
    topic_partitions=settings.partitions,
    topic_disable_leader=True,
    processing_guarantee=settings.processing_guarantee,
    broker_session_timeout=settings.kafka_session_timeout_s,
    broker_heartbeat_interval=min(3.0, settings.kafka_session_timeout_s / 10),
    broker_rebalance_timeout=settings.kafka_session_timeout_s,
    consumer_auto_offset_reset="earliest",
    producer_linger_ms=5,
    # a DLQ record carries the rejected message base64-encoded: room for an oversize one
    producer_max_request_size=16 * 1024 * 1024,
    stream_buffer_maxsize=16384,
    table_cleanup_interval=60.0,
    # After a SIGKILL the local RocksDB can hold table writes whose changelog messages never left the producer;
    # Faust's check then refuses to start the worker at all. Starting and replaying the uncommitted input is
    # the lesser harm: detector state may count that tail twice, verdict ids do not change.
    recovery_consistency_check=False,
)


@app.on_worker_init.connect
def refuse_without_signing_key(sender: Any, /, *args: Any, signal: Any, **kwargs: Any) -> None:
    """One line, before a worker starts: every command it issues is signed, none with an empty key. Checked when a
    worker starts, not at import, so tools and tests can import the app."""
    if not settings.command_signing_key:
        sys.exit("VERTICE_COMMAND_SIGNING_KEY is not set: "
                 "the worker signs every command it issues and refuses to start")


topics = declare_topics(app, settings)
tables = declare_tables(app, settings)
metrics = PipelineMetrics(REGISTRY)
learned_pack = ensure_pack(worker_dir / "learned-reflexes.yaml")
stages = Stages.default(
    max_message_bytes=settings.max_message_bytes, escalation_threshold=settings.escalation_threshold,
    dedup_window_s=settings.dedup_window_s, dedup_capacity=settings.dedup_capacity, cache_dir=worker_dir / "hscache",
    packs=[*settings.rule_pack_paths(), learned_pack],
    profiles=Path(settings.hpc_profiles) if settings.hpc_profiles else None,
    neuromodulation=settings.neuromodulation,
    crs_rules=Path(settings.crs_rules) if settings.crs_rules else None, crs_paranoia=settings.crs_paranoia,
    crs_threshold=settings.crs_threshold,
)
if stages.intents is not None:  # the first embedding loads the word table (0.7 s): at start, not on the first
    stages.intents.classify(["warm-up"])  # messages' clock, where the narrative breaker would read it as slowness
cortex_model = CortexModel.load(settings.cortex_model, require_gpu=settings.require_gpu)

bus = CommandBus(settings, metrics.confirmation_latency, metrics.command_timeouts)
emitter = Emitter(broker, transactional=settings.processing_guarantee == "exactly_once", dlq_topic=settings.topic_dlq,
                  dead_lettered=metrics.dead_lettered.labels("emit", "produce_rejected").inc)



@app.task
async def prepare_output() -> None:
    """As the worker starts, before its first commit: no commit during a rebalance, Faust's pre-commit flush
    waits for the emitter's producer too, and every topic exists (the DLQ has no consumer to declare it)."""
    tuning.hold_commits_while_rebalancing(app)
    emitter.hook_commits(app)
    for field in dataclasses.fields(topics):
        await getattr(topics, field.name).maybe_declare()


@app.task
async def protect_own_process() -> None:
    """Executors and the registration API refuse this worker's process and its ancestors as kill-switch targets."""
    if settings.database_url:
        await protect_self(settings)


@app.task
async def harden_logging() -> None:
    """Faust configured its log handlers before the app started: add the redactor (and JSON lines if asked)."""
    redactor = Redactor(settings.secret_values())
    for handler in logging.getLogger().handlers:
        handler.addFilter(redactor)
        if settings.log_json:
            handler.setFormatter(JsonFormatter())


anomalies: collections.deque[dict[str, Any]] = collections.deque(maxlen=200)
global_state: dict[str, Any] = {}
regulator = Regulator(allowlist=settings.names("allowlist"), critical_assets=settings.names("critical_assets"),
                      hourly_cap=settings.hourly_action_cap, daily_cap=settings.daily_action_cap,
                      key=settings.command_signing_key.reveal().encode())
# operators' holds are this worker's own (its web port names its folder) and outlive a restart of it
breakers = breaking.StageBreakers(settings, metrics, worker_dir / "breakers.json")
pipeline.register(app, settings, topics, tables, metrics, stages, cortex_model, bus, emitter, learned_pack,
                  anomalies, global_state, regulator, breakers)
access.install(app, settings)
web.register(app, settings, metrics, bus, anomalies, global_state)
verdict_api.register(app, settings, regulator)
breaking.register(app, settings, breakers)
live.register(app, settings)
cockpit.register(app, settings, metrics)
tuning.tune_garbage_collector()
