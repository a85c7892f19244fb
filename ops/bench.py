"""Benchmarks behind `vertice bench …`: each measures its baseline in the same run and reports ratios."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from models.batcher import DynamicBatcher
from models.cortex_model import DEFAULT_MODEL, CortexModel
from ops.train_cortex import generate_incidents


def percentile_ms(seconds: list[float], q: float) -> float:
    ordered = sorted(seconds)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000.0, 4) if ordered else 0.0


async def _serve(model: CortexModel, rows: np.ndarray, concurrency: int, max_batch: int,
                 max_delay_ms: float) -> tuple[float, list[float], DynamicBatcher]:
    """``len(rows)`` independent callers, ``concurrency`` at a time, each submitting one incident."""
    batcher = DynamicBatcher(model.predict, max_batch=max_batch, max_delay_ms=max_delay_ms)
    batcher.warm_up(rows[0])
    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []

    async def one(row: np.ndarray) -> None:
        async with gate:
            t0 = time.perf_counter()
            await batcher.submit(row)
            latencies.append(time.perf_counter() - t0)

    started = time.perf_counter()
    await asyncio.gather(*(one(row) for row in rows))
    elapsed = time.perf_counter() - started
    batcher.close()
    return elapsed, latencies, batcher


def bench_cortex(incidents: int = 5000, concurrency: int = 256, max_batch: int = 64, max_delay_ms: float = 2.0,
                 require_gpu: bool = False) -> dict[str, Any]:
    """Decisions/s and latency through the serving path at batch size 1 against the dynamic batcher: same model,
    same rows, same concurrency, same run. Also the bare session at batch size 1, as a floor for the overhead."""
    model = CortexModel.load(DEFAULT_MODEL, require_gpu=require_gpu)
    rows, _ = generate_incidents(incidents, seed=99)
    for row in rows[:50]:
        model.predict(row[None, :])
    started = time.perf_counter()
    for row in rows:
        model.predict(row[None, :])
    direct_per_s = incidents / (time.perf_counter() - started)
    batch1_s, single, _ = asyncio.run(_serve(model, rows, concurrency, 1, 0.0))
    batched_s, latencies, batcher = asyncio.run(_serve(model, rows, concurrency, max_batch, max_delay_ms))
    batch1_per_s = incidents / batch1_s
    batched_per_s = incidents / batched_s
    return {
        "provider": model.provider, "model": model.version, "incidents": incidents,
        "batch1_per_s": round(batch1_per_s, 1), "batched_per_s": round(batched_per_s, 1),
        "speedup": round(batched_per_s / batch1_per_s, 2), "p50_ms": percentile_ms(latencies, 0.5),
        "p99_ms": percentile_ms(latencies, 0.99), "batch1_p50_ms": percentile_ms(single, 0.5),
        "batch1_p99_ms": percentile_ms(single, 0.99), "mean_batch": round(batcher.rows / max(1, batcher.batches), 1),
        "direct_batch1_per_s": round(direct_per_s, 1), "max_batch": max_batch, "max_delay_ms": max_delay_ms,
        "concurrency": concurrency,
    }


def bench_commands(count: int = 1000, rate: float = 200.0, command_type: str = "REVOKE_ACCESS") -> dict[str, Any]:
    """Command→confirmation latency over ``count`` signed commands offered at ``rate``/s to a real executor on
    the embedded stack (its own, started and stopped here), against a real registered process."""
    import secrets
    import subprocess
    import sys
    import tempfile

    from ops import stack

    with tempfile.TemporaryDirectory(prefix="vertice-bench-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        sleeper = subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(1)"],
                                   start_new_session=True)
        try:
            urls = embedded.start()
            key = secrets.token_urlsafe(32)
            embedded.spawn("executor", stack.executor_argv(),
                           env=urls.worker_env(folder, command_signing_key=key))
            return asyncio.run(_drive_commands(urls, key, sleeper.pid, count, rate, command_type))
        finally:
            sleeper.kill()
            sleeper.wait()
            embedded.stop()


async def _drive_commands(urls: Any, key: str, pid: int, count: int, rate: float,
                          command_type: str) -> dict[str, Any]:
    import orjson

    from agents import commands
    from streams.adapters import commandbus, db

    conn = await db.connect(urls.postgres)
    await db.register_agent(conn, "bench-agent", pid, None)
    await conn.close()
    nc = await commandbus.connect(urls.nats, urls.nats_token, "vertice-bench")
    js = nc.jetstream()
    await commandbus.ensure_streams(js)
    sent: dict[str, float] = {}
    confirmed: dict[str, float] = {}
    executions: list[float] = []
    all_confirmed = asyncio.Event()

    async def on_confirmation(msg: Any) -> None:
        doc = orjson.loads(msg.data)
        if doc["command_id"] in sent and doc["command_id"] not in confirmed:
            confirmed[doc["command_id"]] = time.perf_counter()
            executions.append(float(doc["execution_time_ms"]))
            if len(confirmed) == count:
                all_confirmed.set()

    await nc.subscribe(f"{commandbus.CONFIRMATION_SUBJECT}.>", cb=on_confirmation)
    for _ in range(20):  # warm-up: the executor's first commands pay for connections and plans
        warm = commands.build(command_type=command_type, targets=["bench-agent"], issuer="bench",
                              incident_id=f"warm-{time.time_ns()}", now=time.time(), deadline_s=60, key=key.encode())
        await commandbus.publish_command(js, warm)
    await asyncio.sleep(1.0)
    started = time.perf_counter()
    for index in range(count):
        due = started + index / rate
        if (pause := due - time.perf_counter()) > 0:
            await asyncio.sleep(pause)
        command = commands.build(command_type=command_type, targets=["bench-agent"], issuer="bench",
                                 incident_id=f"bench-{index}-{time.time_ns()}", now=time.time(), deadline_s=60,
                                 key=key.encode())
        sent[command["command_id"]] = time.perf_counter()
        await commandbus.publish_command(js, command)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(all_confirmed.wait(), timeout=60)
    await nc.drain()
    latencies = [confirmed[c] - sent[c] for c in confirmed]
    return {"commands": count, "confirmed": len(confirmed), "offered_per_s": rate, "command_type": command_type,
            "p50_ms": percentile_ms(latencies, 0.5), "p95_ms": percentile_ms(latencies, 0.95),
            "p99_ms": percentile_ms(latencies, 0.99),
            "execution_p50_ms": round(sorted(executions)[len(executions) // 2], 3) if executions else 0.0}


def _re_flags(flags: tuple[str, ...]) -> int:
    import re

    bits = 0
    for flag in flags:
        bits |= {"caseless": re.IGNORECASE, "dotall": re.DOTALL, "multiline": re.MULTILINE}.get(flag, 0)
    return bits


REFLEX_BATCH = 1000  # events per triage_batch call in batch mode, about what one worker micro-batch holds


def compiled_core() -> bool:
    """Whether the reflex core runs compiled (setup.py builds it with mypyc where a C compiler is found)."""
    from agents import reflex, transforms

    return all(Path(module.__file__ or "").suffix != ".py" for module in (reflex, transforms))


def bench_reflex(events: int = 20_000, crs_dir: Any = None, paranoia: int = 1, re_events: int = 2000,
                 traffic: Sequence[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Reflex scan + decision per event on one core with the default pack (plus the CRS pack when its rules are
    given), against the same patterns through Python's ``re`` in the same run. The events are the generated mix,
    or the first ``events`` of ``traffic`` when it is given (a user's own requests)."""
    import re
    import tempfile

    from agents.crs import import_crs
    from agents.reflex import DEFAULT_PACK, ReflexEngine, Rule, RulePack, extract_values, triage_batch
    from agents.transforms import TRANSFORMS
    from ops.scenario import demo_scenario
    from streams.tuning import tune_garbage_collector

    pack = RulePack.load(DEFAULT_PACK)
    if crs_dir is not None:
        imported, _ = import_crs(crs_dir, paranoia)
        pack = RulePack("default+crs", pack.rules + tuple(Rule.from_dict(r) for r in imported), "bench")
    if traffic is not None:
        sample = list(traffic[:events])
    else:
        sample = []
        seed = 0
        while len(sample) < events:
            sample += demo_scenario(seed=seed, benign_http=2000, attacks=100, now=0.0).events
            seed += 1
        sample = sample[:events]
    events = len(sample)
    tune_garbage_collector()  # as the worker runs: after its start-up
    with tempfile.TemporaryDirectory() as databases:
        # each mode starts from an empty memory of seen values, as a worker does, and meets each value first there
        engine = ReflexEngine(pack, Path(databases))
        triage_batch(ReflexEngine(pack, Path(databases)), sample[:200])
        latencies = []
        started = time.perf_counter()
        for event in sample:
            t0 = time.perf_counter()
            triage_batch(engine, [event])
            latencies.append(time.perf_counter() - t0)
        per_event_s = time.perf_counter() - started
        engine = ReflexEngine(pack, Path(databases))
        batch_s = []
        for _ in range(2):  # the second pass has seen every value before: the upper bound for repeated traffic
            started = time.perf_counter()
            for first in range(0, len(sample), REFLEX_BATCH):
                triage_batch(engine, sample[first:first + REFLEX_BATCH])
            batch_s.append(time.perf_counter() - started)

    by_group: dict[tuple[str, tuple[str, ...]], list[re.Pattern[str]]] = {}
    skipped = 0
    for rule in engine.rules.values():
        try:
            pattern = re.compile(rule.pattern, _re_flags(rule.flags))
        except re.error:
            skipped += 1
            continue
        for field in rule.fields:
            by_group.setdefault((field, rule.transforms), []).append(pattern)
    compiled = [(field, chain, patterns) for (field, chain), patterns in by_group.items()]
    subset = sample[:re_events]
    started = time.perf_counter()
    for event in subset:
        cache: dict[str, Any] = {}
        for field, transforms, patterns in compiled:
            for text in extract_values(event, field, cache):
                for name in transforms:
                    text = TRANSFORMS[name](text)
                for pattern in patterns:
                    pattern.search(text)
    re_per_s = len(subset) / (time.perf_counter() - started)
    events_per_s = events / batch_s[0]
    return {"events": events, "rules": len(engine.rules), "databases": len(engine.groups),
            "re_rules": len(engine.rules) - skipped,
            "p50_ms": percentile_ms(latencies, 0.5), "p99_ms": percentile_ms(latencies, 0.99),
            "events_per_s": round(events_per_s, 1), "one_at_a_time_per_s": round(events / per_event_s, 1),
            "repeat_events_per_s": round(events / batch_s[1], 1),
            "re_events_per_s": round(re_per_s, 1),
            "speedup_vs_re": round(events_per_s / re_per_s, 2),
            "compiled": compiled_core()}


def _bench_events(count: int, seed: int = 1, entities: int | None = None) -> list[dict[str, Any]]:
    """A realistic generated mix with unique ids: HTTP, process, auth, network, agent messages, metrics; with
    ``entities``, the events are spread over that many distinct entities in turn (to fill the tables)."""
    from ops.scenario import demo_scenario

    out: list[dict[str, Any]] = []
    while len(out) < count:
        batch = demo_scenario(seed=seed, benign_http=1500, attacks=30, now=0.0).events
        for event in batch:
            event["event_id"] = f"b{seed}-{event['event_id']}"
        out += batch
        seed += 1
    out = out[:count]
    if entities:
        for index, event in enumerate(out):
            event["entity"] = f"bench-{index % entities:07d}"
    return out


def bench_pipeline(events: int = 100_000, batch: int = 100, rate: float | None = None,
                   partitions: int = 4, timeout_s: float | None = None, workers: int = 1,
                   entities: int | None = None) -> dict[str, Any]:
    """The whole pipeline on the embedded stack against a confluent-kafka consume→produce copy of the same topic
    (the floor, on a topic of its own), in one run; with ``rate``, offered load and telemetry→verdict latency
    instead. ``workers`` workers share the topics (own data dirs and web ports); the events are produced, and the
    clock starts, once all of them read telemetry (the partitions split among them). ``entities``
    spreads the events over that many distinct entities (the tables' size); ``timeout_s`` defaults to 600 s or 1 ms
    per event, whichever is longer."""
    import shutil
    import tempfile

    from confluent_kafka.admin import AdminClient, NewTopic

    from ops import stack
    from streams.adapters import kafka

    sample = _bench_events(events, entities=entities)
    timeout_s = timeout_s if timeout_s is not None else max(600.0, events / 1000)
    with tempfile.TemporaryDirectory(prefix="vertice-bench-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        try:
            urls = embedded.start()
            admin = AdminClient({"bootstrap.servers": kafka.bootstrap(urls.kafka)})
            for future in admin.create_topics([NewTopic(t, partitions, 1) for t in
                                               ("telemetry", FLOOR_TOPIC, "bench.copy", "verdicts", "scored",
                                                "escalations")]
                                              ).values():
                with contextlib.suppress(Exception):
                    future.result(10)
            producer = kafka.producer(urls.kafka, **{"linger.ms": 20, "batch.num.messages": 10000})
            result: dict[str, Any] = {"events": events, "batch": batch, "partitions": partitions, "workers": workers,
                                      "entities": entities or len({e["entity"] for e in sample})}
            if rate is None:
                messages = _produce(producer, sample, batch, topic=FLOOR_TOPIC)
                result["passthrough_eps"] = round(events / _copy_floor(urls.kafka, messages), 1)
            envs = [urls.worker_env(folder, stack.free_port(), partitions=str(partitions), command_signing_key="bench")
                    for _ in range(workers)]
            embedded.spawn("executor", stack.executor_argv(), env=envs[0])
            pids = [embedded.start_worker(env, name="worker" if i == 1 else f"worker-{i}", timeout_s=120).pid
                    for i, env in enumerate(envs, start=1)]
            # every worker up and the partitions split before the first event: a rebalance inside a run of a few
            # seconds would be measured as the second worker's cost
            ports = [int(env["VERTICE_WEB_PORT"]) for env in envs]
            _wait_for_telemetry(ports, partitions)
            ready = time.time()
            parts_before, batches_before = _worker_counters(ports)
            sampler = _WorkerSampler(pids)
            _produce(producer, sample, batch, rate=rate)
            del producer  # librdkafka clients must go before the broker does, or they log its disappearance
            verdicts = _collect_verdicts(urls.kafka, {e["event_id"] for e in sample}, timeout_s, sampler)
            parts_after, batches_after = _worker_counters(ports)
            parts = {part: s - parts_before.get(part, 0.0) for part, s in parts_after.items()}
            batches = {stage: n - batches_before.get(stage, 0.0) for stage, n in batches_after.items()}
            result.update(_verdict_figures(verdicts, sample, ready, rate))
            result["rss_mb"] = round(sampler.peak / 2**20, 1)
            result["worker_cpu_us_per_event"] = round(sampler.cpu_s / events * 1e6, 1)
            result["worker_main_thread_share"] = round(sampler.main_thread_cpu_s / max(sampler.cpu_s, 1e-9), 3)
            result["worker_cpu_us_by_part"] = _by_part(parts, sampler.cpu_s, events)
            result["events_per_batch"] = {stage: round(events / n, 1) for stage, n in batches.items() if n}
            result["stage_cpu_us_per_event"], result["stage_cpu_us_by_stage"] = _stage_cpu_us_per_event(sample)
            result["framework_overhead"] = round(result["worker_cpu_us_per_event"] / result["stage_cpu_us_per_event"],
                                                 2)
            if result["missing"]:  # keep the servers' and workers' logs for the diagnosis
                kept = Path(tempfile.mkdtemp(prefix="vertice-bench-missing-"))
                shutil.copytree(Path(folder) / "logs", kept / "logs")
                result["logs"] = str(kept / "logs")
            if "passthrough_eps" in result:
                result["ratio"] = round(result["pipeline_eps"] / result["passthrough_eps"], 3)
            return result
        finally:
            embedded.stop()


def _worker_counters(web_ports: Sequence[int]) -> tuple[dict[str, float], dict[str, float]]:
    """The workers' ``vertice_worker_cpu_seconds_total`` by part and their micro-batches by stage, each summed over
    the workers."""
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    parts: dict[str, float] = {}
    batches: dict[str, float] = {}
    for port in web_ports:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as response:
            text = response.read().decode()
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == "vertice_worker_cpu_seconds_total":
                    part = sample.labels["part"]
                    parts[part] = parts.get(part, 0.0) + sample.value
                elif sample.name == "vertice_stage_batch_seconds_count":
                    stage = sample.labels["stage"]
                    batches[stage] = batches.get(stage, 0.0) + sample.value
    return parts, batches


def _by_part(parts: dict[str, float], total_s: float, events: int) -> dict[str, float]:
    """µs per event of each part of the workers' CPU, and the rest of the process CPU as ``other``: Faust's
    dispatch, the Kafka clients (their threads included), the web server, timers, PostgreSQL writes."""
    out = {part: round(seconds / events * 1e6, 1) for part, seconds in parts.items()}
    out["other"] = round((total_s - sum(parts.values())) / events * 1e6, 1)
    return out


def _wait_for_telemetry(web_ports: Sequence[int], partitions: int, timeout_s: float = 120.0) -> None:
    """Until the workers read telemetry, every partition once and each worker some (when there are enough): a
    worker's intake joins a consumer group of its own after its Faust partitions are assigned (seconds on the
    embedded broker), and the clock starts when events can flow to all of them."""
    import json
    import urllib.request

    def telemetry_of(port: int) -> list[str]:
        with contextlib.suppress(OSError, ValueError), urllib.request.urlopen(f"http://127.0.0.1:{port}/status",
                                                                               timeout=1) as response:
            return [tp for tp in json.loads(response.read())["assigned_partitions"] if tp.startswith("telemetry:")]
        return []

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        held = [telemetry_of(port) for port in web_ports]
        busy = sum(1 for h in held if h)
        if sum(map(len, held)) == partitions == len(set().union(*held)) and busy == min(len(held), partitions):
            return
        time.sleep(0.2)
    raise TimeoutError(f"the workers did not split the {partitions} telemetry partitions within {timeout_s:.0f} s")


FLOOR_TOPIC = "bench.floor"  # the copy floor's own pre-filled topic: the workers' telemetry comes once they are up
STAGE_BATCH = 1000  # events per triage call in-process: about what a worker's triage chunk holds


def _stage_cpu_us_per_event(sample: list[dict[str, Any]]) -> tuple[float, dict[str, float]]:
    """CPU of the stage cores alone (triage and judgement, in-process, from empty state) per event of ``sample``:
    what a worker would spend with no framework around them. Process CPU, as the worker's is counted: the ONNX
    sessions' threads included. With it, each stage's and cell's share (its time per event of the sample; the rest
    of the cores, verdict fusion and grouping, as ``other``)."""
    import gc

    from agents.pipeline import Stages
    from streams.tuning import tune_garbage_collector

    stages = Stages.default(dedup_capacity=len(sample) + 10)
    _judge_pass(stages, sample[:2000], STAGE_BATCH, frozenset())  # models loaded, caches warm
    # the worker's collector settings, as bench_breakers uses: with CPython's defaults the full collections walk
    # this process's heap (the sample, the verdicts collected) and cost ~20 µs per event the worker never pays
    thresholds = gc.get_threshold()
    tune_garbage_collector()
    try:
        started = time.process_time()
        run = _judge_pass(stages, sample, STAGE_BATCH, frozenset())
        total = (time.process_time() - started) / len(sample) * 1e6
        by_stage = {stage: round(s / len(sample) * 1e6, 1) for stage, s in run["seconds_by_stage"].items()}
        by_stage["other"] = round(total - sum(by_stage.values()), 1)
        return round(total, 1), by_stage
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _produce(producer: Any, sample: list[dict[str, Any]], batch: int, rate: float | None = None,
             topic: str = "telemetry") -> int:
    import orjson

    started = time.perf_counter()
    messages = 0
    for index in range(0, len(sample), batch):
        chunk = sample[index:index + batch]
        if rate is not None:
            if (pause := started + index / rate - time.perf_counter()) > 0:
                time.sleep(pause)
            now = time.time()
            for event in chunk:
                event["ts"] = now
        else:
            for event in chunk:
                event["ts"] = time.time()
        value = orjson.dumps(chunk if batch > 1 else chunk[0])
        while True:
            try:
                producer.produce(topic, key=chunk[0]["entity"].encode(), value=value)
                break
            except BufferError:
                producer.poll(0.05)
        producer.poll(0)
        messages += 1
    producer.flush(60)
    return messages


def _copy_floor(url: str, messages: int) -> float:
    """Seconds a confluent-kafka consume→produce copy of the pre-filled topic takes, one process."""
    from streams.adapters import kafka

    consumer = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(url), "group.id": "bench-floor",
                               "enable.auto.commit": False, "fetch.wait.max.ms": 20})
    consumer.assign([kafka.TopicPartition(FLOOR_TOPIC, p, kafka.OFFSET_BEGINNING)
                     for p in kafka.partitions_of(consumer, FLOOR_TOPIC)])
    producer = kafka.producer(url, **{"linger.ms": 20})
    copied = 0
    started = time.perf_counter()
    while copied < messages and time.perf_counter() - started < 300:
        for message in consumer.consume(1000, 0.2):
            if message.error():
                continue
            while True:
                try:
                    producer.produce("bench.copy", key=message.key(), value=message.value())
                    break
                except BufferError:
                    producer.poll(0.05)
            copied += 1
        producer.poll(0)
    producer.flush(60)
    elapsed = time.perf_counter() - started
    consumer.close()
    return elapsed


class _WorkerSampler:
    """Peak resident memory of the busiest of the worker processes added, and the CPU seconds they used since each
    was added (a cost that, unlike events/s, hardly moves with what else runs on a shared machine), in all and on
    their main threads (the event loop every agent runs on: one core's worth is a worker's ceiling)."""

    def __init__(self, pids: Sequence[int] = ()) -> None:
        self.processes: list[Any] = []
        self._start: dict[int, tuple[float, float]] = {}
        self.peak = 0
        self.cpu_s = 0.0
        self.main_thread_cpu_s = 0.0
        for pid in pids:
            self.add(pid)

    def add(self, pid: int) -> None:
        import psutil

        process = psutil.Process(pid)
        self.processes.append(process)
        self._start[pid] = self._cpu(process)

    @staticmethod
    def _cpu(process: Any) -> tuple[float, float]:
        """(CPU seconds of all its threads, of its main thread)."""
        times = process.cpu_times()
        return (times.user + times.system,
                sum(t.user_time + t.system_time for t in process.threads() if t.id == process.pid))

    def sample(self) -> None:
        import psutil

        total = main = 0.0
        for process in self.processes:
            with contextlib.suppress(psutil.Error):
                self.peak = max(self.peak, process.memory_info().rss)
                now_total, now_main = self._cpu(process)
                start_total, start_main = self._start[process.pid]
                total, main = total + now_total - start_total, main + now_main - start_main
        if total >= self.cpu_s:  # a process that ended reads as nothing: keep the last full reading
            self.cpu_s, self.main_thread_cpu_s = total, main


def _collect_verdicts(url: str, wanted: set[str], timeout_s: float, sampler: _WorkerSampler) -> list[dict[str, Any]]:
    import orjson

    from streams.adapters import kafka

    consumer = kafka.Consumer({"bootstrap.servers": kafka.bootstrap(url), "group.id": "bench-verdicts",
                               "enable.auto.commit": False, "fetch.wait.max.ms": 20})
    consumer.assign([kafka.TopicPartition("verdicts", p, kafka.OFFSET_BEGINNING)
                     for p in kafka.partitions_of(consumer, "verdicts")])
    seen: set[str] = set()
    verdicts: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout_s
    last_sample = 0.0
    while time.monotonic() < deadline and not wanted <= seen:
        for message in consumer.consume(2000, 0.2):
            if message.error():
                continue
            doc = orjson.loads(message.value() or b"{}")
            doc["_received"] = time.time()
            verdicts.append(doc)
            seen.update(doc.get("event_ids", []))
        if time.monotonic() - last_sample > 0.5:
            sampler.sample()
            last_sample = time.monotonic()
    sampler.sample()
    time.sleep(1.0)
    verdicts += [orjson.loads(m.value() or b"{}") for m in consumer.consume(5000, 0.5) if not m.error()]
    consumer.close()
    return verdicts


def _verdict_figures(verdicts: list[dict[str, Any]], sample: list[dict[str, Any]], ready: float,
                     rate: float | None) -> dict[str, Any]:
    import collections

    wanted = {e["event_id"] for e in sample}
    per_event = collections.Counter(i for v in verdicts if v.get("scope") == "event" for i in v["event_ids"])
    missing = len(wanted - set(per_event))
    distinct_ids = collections.defaultdict(set)
    for v in verdicts:
        for event_id in v.get("event_ids", []):
            distinct_ids[event_id].add(v["verdict_id"])
    conflicting = sum(1 for ids in distinct_ids.values() if len(ids) > 1)
    redelivered = sum(n - 1 for n in per_event.values() if n > 1)
    mine = [v for v in verdicts if v.get("scope") == "event" and v["event_ids"][0] in wanted]
    last = max((v["ts"] for v in mine), default=ready)
    # an event stamped before the clock started counts from when it did
    latencies = [v["ts"] - max(v["event_ts"], ready) for v in mine]
    out: dict[str, Any] = {"verdicts": len(set(per_event) & wanted), "missing": missing,
                           "conflicting_verdicts": conflicting, "redelivered": redelivered,
                           "latency_ms": {"p50": percentile_ms(latencies, 0.5), "p95": percentile_ms(latencies, 0.95),
                                          "p99": percentile_ms(latencies, 0.99)}}
    out["pipeline_eps"] = round(len(sample) / max(1e-6, last - ready), 1)
    if rate is not None:
        out["offered_eps"] = rate
    return out


def _judge_pass(stages: Any, sample: list[dict[str, Any]], batch: int, bypass: frozenset[str]) -> dict[str, Any]:
    """Triage and judgement of ``sample`` in micro-batches of ``batch`` messages, ``bypass`` skipped, from empty
    state: the seconds, and each breaker stage's seconds and events (what its breaker would observe)."""
    import orjson

    from agents import ingest
    from agents.pipeline import breaker_observations, judge, triage
    from agents.types import RawMessage

    stages.dedup = ingest.Deduplicator(600.0, len(sample) + 10)
    states: dict[str, dict[str, Any]] = {}
    spent: dict[str, float] = {}
    counts: dict[str, int] = {}
    cells: dict[str, int] = {}
    verdicts = 0
    started = time.perf_counter()
    for first in range(0, len(sample), batch):
        messages = [RawMessage(orjson.dumps(e), "telemetry", 0, first + i)
                    for i, e in enumerate(sample[first:first + batch])]
        out = triage(stages, messages, 0.0, spent, bypass)
        for stage, n in out.counts.items():
            counts[stage] = counts.get(stage, 0) + n
        for entity, items in out.by_entity.items():
            judged = judge(stages, items, states.setdefault(entity, {}), now=0.0, timings=spent, bypass=bypass,
                           counts=cells)
            verdicts += len(judged.verdicts)
    elapsed = time.perf_counter() - started
    observed = breaker_observations(spent, counts, cells)
    return {"seconds": elapsed, "verdicts": verdicts, "eps": len(sample) / elapsed,
            "us_per_event": {stage: round(s / n * 1e6, 2) for stage, (s, n) in observed.items() if n},
            "seconds_by_stage": dict(spent)}


def bench_breakers(events: int = 20_000, batch: int = 500, stages_open: Sequence[str] = ("narrative",),
                   long_messages: int = 0) -> dict[str, Any]:
    """In-process triage + judgement over the generated mix: all breakers closed against each stage of
    ``stages_open`` bypassed (same run, same events, each pass from empty entity state after one warm-up pass),
    each paired with an all-closed pass just before it, with each stage's time per
    event it judged (what its breaker compares with its budget) and the cortex's per incident. With
    ``long_messages`` > 0, every agent message's content is repeated to about that many characters: the narrative
    filter driven over its budget by real input."""
    from agents.pipeline import Stages
    from models.cortex_model import CortexModel
    from streams.tuning import tune_garbage_collector

    sample = _bench_events(events)
    if long_messages:
        for event in sample:
            if event["kind"] == "agent_message":
                content = event["agent_message"]["content"] + " "
                event["agent_message"]["content"] = (content * (long_messages // len(content) + 1))[:long_messages]
    stages = Stages.default(dedup_capacity=events + 10)
    tune_garbage_collector()
    _judge_pass(stages, sample, batch, frozenset())  # models loaded, every value seen once: each pass alike
    baseline = _judge_pass(stages, sample, batch, frozenset())
    closed_eps = [baseline["eps"]]
    result: dict[str, Any] = {"events": events, "batch": batch, "long_messages": long_messages,
                              "compiled": compiled_core(), "us_per_event": baseline["us_per_event"], "open": {}}
    for index, stage in enumerate(stages_open):  # each against an all-closed pass just before it: machines drift
        closed = baseline if index == 0 else _judge_pass(stages, sample, batch, frozenset())
        if index:
            closed_eps.append(closed["eps"])
        bypassed = _judge_pass(stages, sample, batch, frozenset({stage}))
        result["open"][stage] = {"eps": round(bypassed["eps"], 1), "closed_eps": round(closed["eps"], 1),
                                 "ratio_vs_closed": round(bypassed["eps"] / closed["eps"], 3)}
    result["closed_eps"] = round(sorted(closed_eps)[len(closed_eps) // 2], 1)
    model = CortexModel.load()
    rows, _ = generate_incidents(6400, seed=7)
    model.predict(rows[:64])
    started = time.perf_counter()
    for first in range(0, len(rows), 64):
        model.predict(rows[first:first + 64])
    result["us_per_event"]["cortex"] = round((time.perf_counter() - started) / len(rows) * 1e6, 2)
    return result
