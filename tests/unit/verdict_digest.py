"""`python -m tests.unit.verdict_digest [--write]`: what the stage cores make of the bench mix (the generated events
`vertice bench` sends), reduced to what a refactor must not change; --write records it in verdict_digest.json.

A change that is meant to change verdicts (a detector, the generator, the thresholds) rewrites the file in the same
commit and says why in its body; a restructuring leaves it as it is."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import orjson

EXPECTED = Path(__file__).with_name("verdict_digest.json")
EVENTS = 3000
BATCH = 100


def summary(verdict: dict[str, Any], index: dict[str, int]) -> list[Any]:
    """The parts of a verdict operators act on: events by their place in the mix (the generator draws uuids), scores
    to 3 places (embeddings differ in their last bits between CPUs), no ids, timestamps or latencies."""
    evidence = sorted((e["stage"], round(float(e["score"]), 3)) for e in verdict["evidence"])
    return [verdict["entity"], [index[e] for e in verdict["event_ids"]], verdict["final_verdict"],
            verdict["severity"], verdict["category"], round(float(verdict["score"]), 3), evidence]


def digest() -> dict[str, Any]:
    from agents.pipeline import Stages, judge, triage
    from agents.types import RawMessage
    from ops.bench import _bench_events

    sample = _bench_events(EVENTS, seed=1)
    index = {event["event_id"]: i for i, event in enumerate(sample)}
    stages = Stages.default(dedup_capacity=EVENTS + 10)
    states: dict[str, dict[str, Any]] = {}
    rows: list[Any] = []
    finals: dict[str, int] = {}
    for first in range(0, len(sample), BATCH):
        messages = [RawMessage(orjson.dumps(e), "telemetry", 0, first + i)
                    for i, e in enumerate(sample[first:first + BATCH])]
        out = triage(stages, messages, now=0.0)
        rows.append([r["reason"] for r in out.dlq])
        for entity, items in sorted(out.by_entity.items()):
            for verdict in judge(stages, items, states.setdefault(entity, {}), now=0.0).verdicts:
                rows.append(summary(verdict, index))
                finals[verdict["final_verdict"]] = finals.get(verdict["final_verdict"], 0) + 1
    return {"events": EVENTS, "finals": dict(sorted(finals.items())),
            "digest": hashlib.sha256(orjson.dumps(rows)).hexdigest()}


if __name__ == "__main__":
    found = digest()
    if "--write" in sys.argv:
        EXPECTED.write_bytes(orjson.dumps(found, option=orjson.OPT_INDENT_2) + b"\n")
    print(orjson.dumps(found).decode())
