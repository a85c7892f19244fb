"""A dynamic batcher: callers submit one row at a time, the model sees padded batches of a few fixed sizes."""

from __future__ import annotations

import asyncio
import bisect
import concurrent.futures
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

DEFAULT_MAX_BATCH = 64
DEFAULT_MAX_DELAY_MS = 2.0
DEFAULT_PAD_SIZES = (1, 8, 32, 64)


class DynamicBatcher:
    """Collects rows until ``max_batch`` are waiting or the oldest has waited ``max_delay_ms``, pads the batch to
    the next of ``pad_sizes`` (so a GPU provider does not re-plan for every shape) and runs ``infer`` on one
    worker thread, off the event loop and without competing with it for more than one core."""

    def __init__(self, infer: Callable[[np.ndarray], Sequence[Any]], *, max_batch: int = DEFAULT_MAX_BATCH,
                 max_delay_ms: float = DEFAULT_MAX_DELAY_MS, pad_sizes: Sequence[int] = DEFAULT_PAD_SIZES) -> None:
        if max_batch < 1 or max_delay_ms < 0:
            raise ValueError("max_batch must be ≥ 1 and max_delay_ms ≥ 0")
        self.infer = infer
        self.max_batch = max_batch
        self.max_delay_s = max_delay_ms / 1000.0
        self.pad_sizes = sorted({*(s for s in pad_sizes if s <= max_batch), max_batch})
        self._pending: list[tuple[np.ndarray, asyncio.Future[Any]]] = []
        self._wakeup: asyncio.Event | None = None
        self._runner: asyncio.Task[None] | None = None
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="batcher")
        self.batches = 0
        self.rows = 0

    def padded_size(self, n: int) -> int:
        return self.pad_sizes[min(bisect.bisect_left(self.pad_sizes, n), len(self.pad_sizes) - 1)]

    def run_now(self, rows: np.ndarray) -> list[Any]:
        """Pad, infer and unpad synchronously (the batcher's own worker calls this)."""
        n = len(rows)
        size = self.padded_size(n)
        if size > n:
            rows = np.concatenate([rows, np.repeat(rows[-1:], size - n, axis=0)])
        return list(self.infer(rows))[:n]

    def warm_up(self, example_row: np.ndarray) -> None:
        """Run every padded shape once so the first real request does not pay for planning."""
        for size in self.pad_sizes:
            self.run_now(np.repeat(example_row[None, :], size, axis=0))

    async def submit(self, row: np.ndarray) -> Any:
        loop = asyncio.get_running_loop()
        if self._runner is None or self._runner.done():
            self._wakeup = asyncio.Event()
            self._runner = loop.create_task(self._run())
        future: asyncio.Future[Any] = loop.create_future()
        self._pending.append((row, future))
        assert self._wakeup is not None
        self._wakeup.set()
        return await future

    async def submit_many(self, rows: np.ndarray) -> list[Any]:
        return list(await asyncio.gather(*(self.submit(row) for row in rows)))

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            if not self._pending:
                continue
            deadline = time.monotonic() + self.max_delay_s
            while len(self._pending) < self.max_batch and time.monotonic() < deadline:
                await asyncio.sleep(min(0.0005, max(0.0, deadline - time.monotonic())))
            batch, self._pending = self._pending[:self.max_batch], self._pending[self.max_batch:]
            if self._pending:
                self._wakeup.set()
            rows = np.stack([row for row, _ in batch])
            try:
                results = await loop.run_in_executor(self._pool, self.run_now, rows)
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            self.batches += 1
            self.rows += len(batch)
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)

    def close(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
        self._pool.shutdown(wait=False)
