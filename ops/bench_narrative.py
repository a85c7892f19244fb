"""In-process cost of judging agent messages: the semantic step (triage) and the narrative cell (judge), per
message, on generated messages the classifier never trained on (split B, every text distinct so no cache hits).

``--baseline DIR`` also times an earlier filter in the same run, from ``DIR/old_semantic.py`` and
``DIR/old_narrative.py`` (e.g. ``git show main:agents/semantic.py``), interleaved with the current one, so the
ratio holds on a busy machine. Run: ``python -m ops.bench_narrative [--messages 2000] [--baseline DIR]``."""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import time
from pathlib import Path
from typing import Any

from agents.narrative import NarrativeFilter
from agents.semantic import default_model
from models.embedder import shared_embedder
from ops.agentgen import Generator
from ops.eval_narrative_holdout import item

BATCH = 64  # the worker's micro-batches are of this order


def run(intents: Any, cell: Any, texts: list[str]) -> float:
    """Messages per CPU second (this process's, so other work on a shared machine does not count) through classify
    (batches of ``BATCH``) and the cell (per agent state)."""
    items = [item(f"agent-{i % 50}", text, ts=1000.0 + i) for i, text in enumerate(texts)]
    states: dict[str, Any] = {}
    started = time.process_time()
    for start in range(0, len(items), BATCH):
        chunk = items[start:start + BATCH]
        for one, semantic in zip(chunk, intents.classify([i["event"]["agent_message"]["content"] for i in chunk]),
                                 strict=True):
            one["semantic"] = semantic
        for one in chunk:
            entity = one["event"]["entity"]
            cell.score_batch([one], states.setdefault(entity, cell.fresh_state()))
    return len(items) / (time.process_time() - started)


def load(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path)
    args = parser.parse_args()
    rounds = [[s.text for s in Generator("B", seed=100 + r).batch(args.messages)] for r in range(args.rounds)]
    embedder = shared_embedder()
    contenders: dict[str, tuple[Any, Any]] = {"current": (default_model(embedder), NarrativeFilter())}
    if args.baseline:
        old_semantic = load(args.baseline / "old_semantic.py", "old_semantic")
        old_narrative = load(args.baseline / "old_narrative.py", "old_narrative")
        contenders["baseline"] = (old_semantic.IntentModel(embedder), old_narrative.NarrativeFilter())
    rates: dict[str, list[float]] = {name: [] for name in contenders}
    for texts in rounds:
        for name, (intents, cell) in contenders.items():
            intents._cache.clear()
            rates[name].append(run(intents, cell, [f"{t} #{name}" for t in texts]))
    for name, values in rates.items():
        print(f"{name}: median {statistics.median(values):.0f} messages per CPU second over {args.rounds} rounds of "
              f"{args.messages} ({', '.join(f'{v:.0f}' for v in values)})")
    if "baseline" in rates:
        ratio = statistics.median(rates["current"]) / statistics.median(rates["baseline"])
        print(f"ratio current/baseline: {ratio:.2f}")


if __name__ == "__main__":
    main()
