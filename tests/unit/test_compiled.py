"""The reflex core that setup.py compiles (mypyc) is that build where a C compiler is, and agrees with its source
run interpreted."""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import sys
import types
from pathlib import Path

import pytest

from agents import reflex, transforms
from ops.bench import compiled_core
from ops.scenario import demo_scenario
from schemas.contracts import telemetry_validator

ODD = ["", "%41%", "x=1&y=%zz", "<script>alert(1)</script>", "é\u3000", "a\x00b", "%u0041", "&#x41;&lt;", "../..//./a",
       "\\x41\\u0042", "/*c*/--#", "dW5pb24=", " \t\n", "A" * 300, "\U0001f600", "+%2B+", "SELECT 1"]


def interpreted(module: types.ModuleType, **imports: types.ModuleType) -> types.ModuleType:
    """``module`` loaded again from its .py source under another name; ``imports`` stand in for the modules it
    imports while it loads (so an interpreted reflex uses interpreted transforms)."""
    source = Path(module.__file__ or "").with_name(module.__name__.rsplit(".", 1)[1] + ".py")
    name = f"interpreted_{module.__name__.replace('.', '_')}"
    spec = importlib.util.spec_from_file_location(name, source)
    assert spec is not None and spec.loader is not None
    loaded = importlib.util.module_from_spec(spec)
    saved = {key: sys.modules.get(key) for key in (*imports, name)}
    sys.modules.update({**imports, name: loaded})  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(loaded)
    finally:
        for key, previous in saved.items():
            if previous is None:
                sys.modules.pop(key, None)
            else:
                sys.modules[key] = previous
    return loaded


@pytest.mark.skipif(shutil.which(os.environ.get("CC", "cc")) is None or os.environ.get("VERTICE_PURE_PYTHON") == "1",
                    reason="no C compiler here: the reflex core runs interpreted")
def test_the_reflex_core_is_compiled_where_a_compiler_is() -> None:
    assert compiled_core(), "make install did not compile agents/reflex.py and agents/transforms.py (setup.py)"
    assert Path(reflex.__file__ or "").suffix == ".so"


def test_compiled_and_interpreted_transforms_agree() -> None:
    plain = interpreted(transforms)
    assert Path(plain.__file__ or "").suffix == ".py"
    rng = random.Random(11)
    alphabet = "aZ09 %+&#;<>/\\.*-'\"^,\t\n\x00éß\u3000=u"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    texts += ["%3Cscript%3E", "&lt;a&gt;&#x41;", "a/../b/./c", "dW5pb24gc2VsZWN0", "SELECT/**/1 -- x"]
    names = frozenset(transforms.TRANSFORMS)
    for text in texts:
        assert {name: fn(text) for name, fn in transforms.TRANSFORMS.items()} == \
            {name: fn(text) for name, fn in plain.TRANSFORMS.items()}, text
        assert transforms.changing(names, text) == plain.changing(names, text), text


def test_compiled_and_interpreted_reflex_agree() -> None:
    """Every reflex result but its latency, on the scenario's events (attacks among them) with the default pack."""
    plain = interpreted(reflex, **{"agents.transforms": interpreted(transforms)})
    assert Path(plain.__file__ or "").suffix == Path(plain.changing.__code__.co_filename).suffix == ".py"
    events = demo_scenario(seed=4, benign_http=1500, attacks=150, now=0.0).events
    compiled_results = reflex.triage_batch(reflex.ReflexEngine(reflex.RulePack.load(reflex.DEFAULT_PACK)), events)
    plain_results = plain.triage_batch(plain.ReflexEngine(plain.RulePack.load(plain.DEFAULT_PACK)), events)
    for result in (*compiled_results, *plain_results):
        del result["latency_ms"]
    assert sum(len(r["matches"]) for r in compiled_results) > 100  # the attacks were seen
    assert compiled_results == plain_results


def odd_requests(count: int, seed: int) -> list[dict[str, object]]:
    """Requests that the telemetry schema accepts, made of encodings, escapes, odd characters and JSON or form
    bodies: what a worker's reflex may meet after ingest."""
    rng = random.Random(seed)

    def character() -> str:  # any code point but a surrogate (JSON text cannot carry one)
        return chr(rng.choice([rng.randint(32, 126), rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]))

    def text() -> str:
        return "".join(rng.choice(ODD) if rng.random() < 0.6 else character() for _ in range(rng.randint(0, 6)))

    validate, requests = telemetry_validator("http"), []
    while len(requests) < count:
        headers = {rng.choice(["content-type", "cookie", "host", text()]): rng.choice(
            [text(), "application/json", "application/x-www-form-urlencoded", "text/xml", "a=b; c=%41"])
            for _ in range(rng.randint(0, 4))}
        body = rng.choice(["", text(), '{"a": "' + text().replace('"', "").replace("\\", "") + '", "b": [1, null]}',
                           f"x={text()}&y=2"])
        uri = rng.choice(["/", "/a?"]) + text() + rng.choice(["", f"?q={text()}", f"?{text()}={text()}&{text()}"])
        event = {"event_id": str(len(requests)), "ts": 1.0, "entity": "e", "kind": "http",
                 "http": {"method": rng.choice(["GET", "POST", text()]), "uri": uri, "version": "HTTP/1.1",
                          "headers": headers, "body": body}}
        try:
            validate(event)
        except ValueError:
            continue
        requests.append(event)
    return requests


def test_compiled_and_interpreted_reflex_agree_on_odd_requests() -> None:
    plain = interpreted(reflex, **{"agents.transforms": interpreted(transforms)})
    requests = odd_requests(1500, seed=2)
    compiled_results = reflex.triage_batch(reflex.ReflexEngine(reflex.RulePack.load(reflex.DEFAULT_PACK)), requests)
    plain_results = plain.triage_batch(plain.ReflexEngine(plain.RulePack.load(plain.DEFAULT_PACK)), requests)
    for result in (*compiled_results, *plain_results):
        del result["latency_ms"]
    assert sum(len(r["matches"]) for r in compiled_results) > 50
    assert compiled_results == plain_results
