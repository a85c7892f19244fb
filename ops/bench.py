"""Benchmarks behind `vertice bench …`: each measures its baseline in the same run and reports ratios."""

from __future__ import annotations

import asyncio
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
