"""`python -m tests.unit.compiled_digest MESSAGES [--interpreted]`: one line of JSON describing what the stage cores
make of MESSAGES (a JSON list of base64 Kafka values) and of random texts, as built or, with --interpreted, with every
module setup.py compiles loaded from its source instead."""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import random
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT


def compiled_sources() -> dict[str, Path]:
    """The modules setup.py compiles (its COMPILED list), by module name."""
    tree = ast.parse((ROOT / "setup.py").read_text())
    [listed] = [node.value for node in tree.body if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == "COMPILED" for t in node.targets)]
    return {path.removesuffix(".py").replace("/", "."): ROOT / path for path in ast.literal_eval(listed)}


class _Sources(importlib.abc.MetaPathFinder):
    """Finds each compiled module's .py source ahead of its build."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(name)
        return None if source is None else importlib.util.spec_from_file_location(name, source)


def _clean(value: Any) -> Any:
    """Without what differs from run to run (latencies)."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k != "latency_ms"}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def digest(messages: list[bytes]) -> dict[str, Any]:
    import orjson

    from agents import transforms
    from agents.pipeline import Stages, judge, triage
    from agents.types import RawMessage

    rng = random.Random(11)
    alphabet = "aZ09 %+&#;<>/\\.*-'\"^,\t\n\x00éß\u3000=u"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(2000)]
    names = frozenset(transforms.TRANSFORMS)
    transformed = [[fn(text) for fn in transforms.TRANSFORMS.values()] + sorted(transforms.changing(names, text))
                   for text in texts]
    stages = Stages.default(dedup_capacity=100_000)
    states: dict[str, dict[str, Any]] = {}
    records: list[Any] = []
    matches = dead_lettered = 0
    for start in range(0, len(messages), 200):
        raw = [RawMessage(m, "telemetry", 0, start + i) for i, m in enumerate(messages[start:start + 200])]
        out = triage(stages, raw, now=2000.0)
        records.append(_clean(out.dlq))
        dead_lettered += len(out.dlq)
        for entity, items in sorted(out.by_entity.items()):
            matches += sum(len(item["reflex"]["matches"]) for item in items)
            records.append(_clean(judge(stages, items, states.setdefault(entity, {}), now=2000.0).verdicts))
    # repr for the texts: url_decode keeps undecodable bytes as surrogates, which JSON cannot carry
    document = repr(transformed).encode("utf-8", "surrogatepass") + orjson.dumps(
        records, option=orjson.OPT_SORT_KEYS | orjson.OPT_SERIALIZE_NUMPY)
    modules = compiled_sources()
    return {"digest": hashlib.sha256(document).hexdigest(), "matches": matches, "dlq": dead_lettered,
            "interpreted": sorted(n for n in modules if Path(sys.modules[n].__file__ or "").suffix == ".py")}


if __name__ == "__main__":
    import orjson

    if "--interpreted" in sys.argv:
        sys.meta_path.insert(0, _Sources(compiled_sources()))
    print(orjson.dumps(digest([base64.b64decode(m) for m in orjson.loads(Path(sys.argv[1]).read_bytes())])).decode())
