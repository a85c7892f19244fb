"""Benchmarks behind `vertice bench …`: each measures its baseline in the same run and reports ratios."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

import numpy as np

from models.batcher import DynamicBatcher
from models.cortex_model import DEFAULT_MODEL, CortexModel
from models.train_cortex import generate_incidents


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
    from pathlib import Path

    from ops import stack

    with tempfile.TemporaryDirectory(prefix="vertice-bench-") as folder:
        embedded = stack.EmbeddedStack(Path(folder))
        sleeper = subprocess.Popen([sys.executable, "-c", "import time\nwhile True: time.sleep(1)"],
                                   start_new_session=True)
        try:
            urls = embedded.start()
            key = secrets.token_urlsafe(32)
            embedded.spawn("executor", stack.executor_argv(),
                           env={**urls.worker_env(), "VERTICE_COMMAND_SIGNING_KEY": key, "VERTICE_DATA_DIR": folder})
            return asyncio.run(_drive_commands(urls, key, sleeper.pid, count, rate, command_type))
        finally:
            sleeper.kill()
            sleeper.wait()
            embedded.stop()


async def _drive_commands(urls: Any, key: str, pid: int, count: int, rate: float,
                          command_type: str) -> dict[str, Any]:
    import orjson

    from agents import commands
    from ops import commandbus, db

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


def bench_reflex(events: int = 20_000, crs_dir: Any = None, paranoia: int = 1, re_events: int = 2000) -> dict[str, Any]:
    """Reflex scan + decision per event on one core with the default pack (plus the CRS pack when its rules are
    given), against the same patterns through Python's ``re`` in the same run."""
    import re

    from agents.crs import import_crs
    from agents.reflex import DEFAULT_PACK, ReflexEngine, Rule, RulePack, extract_values, triage_batch
    from agents.transforms import TRANSFORMS
    from ops.scenario import demo_scenario

    pack = RulePack.load(DEFAULT_PACK)
    if crs_dir is not None:
        imported, _ = import_crs(crs_dir, paranoia)
        pack = RulePack("default+crs", pack.rules + tuple(Rule.from_dict(r) for r in imported), "bench")
    engine = ReflexEngine(pack)
    sample: list[dict[str, Any]] = []
    seed = 0
    while len(sample) < events:
        sample += demo_scenario(seed=seed, benign_http=2000, attacks=100, now=0.0).events
        seed += 1
    sample = sample[:events]
    triage_batch(engine, sample[:200])
    latencies = []
    started = time.perf_counter()
    for event in sample:
        t0 = time.perf_counter()
        triage_batch(engine, [event])
        latencies.append(time.perf_counter() - t0)
    per_event_s = time.perf_counter() - started
    started = time.perf_counter()
    triage_batch(engine, sample)
    batch_s = time.perf_counter() - started

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
    events_per_s = events / batch_s
    return {"events": events, "rules": len(engine.rules), "databases": len(engine.groups),
            "re_rules": len(engine.rules) - skipped,
            "p50_ms": percentile_ms(latencies, 0.5), "p99_ms": percentile_ms(latencies, 0.99),
            "events_per_s": round(events_per_s, 1), "one_at_a_time_per_s": round(events / per_event_s, 1),
            "re_events_per_s": round(re_per_s, 1),
            "speedup_vs_re": round(events_per_s / re_per_s, 2)}
