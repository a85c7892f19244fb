import asyncio

import numpy as np
import pytest

from models.batcher import DynamicBatcher


def recording_model(calls: list[int]):  # type: ignore[no-untyped-def]
    def infer(rows: np.ndarray) -> list[float]:
        calls.append(len(rows))
        return [float(r.sum()) for r in rows]

    return infer


def test_results_come_back_in_order_and_batches_are_padded() -> None:
    calls: list[int] = []
    batcher = DynamicBatcher(recording_model(calls), max_batch=8, max_delay_ms=5, pad_sizes=(1, 4, 8))
    rows = np.arange(30, dtype=np.float32).reshape(10, 3)

    results = asyncio.run(batcher.submit_many(rows))
    batcher.close()
    assert results == [float(r.sum()) for r in rows]
    assert all(size in (1, 4, 8) for size in calls)
    assert batcher.rows == 10 and batcher.batches < 10


def test_padded_size() -> None:
    batcher = DynamicBatcher(lambda rows: list(rows), max_batch=64, pad_sizes=(1, 8, 32))
    assert [batcher.padded_size(n) for n in (1, 2, 8, 9, 33, 64)] == [1, 8, 8, 32, 64, 64]
    batcher.close()


def test_a_failing_model_fails_every_caller_in_the_batch() -> None:
    def broken(rows: np.ndarray) -> list[float]:
        raise RuntimeError("model exploded")

    batcher = DynamicBatcher(broken, max_batch=4, max_delay_ms=1)

    async def run() -> list[object]:
        return await asyncio.gather(*(batcher.submit(np.ones(2)) for _ in range(3)), return_exceptions=True)

    outcomes = asyncio.run(run())
    batcher.close()
    assert all(isinstance(o, RuntimeError) for o in outcomes)


def test_bad_knobs() -> None:
    with pytest.raises(ValueError):
        DynamicBatcher(lambda rows: list(rows), max_batch=0)
