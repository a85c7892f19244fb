"""The stage cores that setup.py compiles (mypyc) are that build where a C compiler is, and do exactly what their
sources do interpreted: the same reflex results, DLQ records and verdicts on good, odd and broken telemetry."""

from __future__ import annotations

import base64
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from ops.scenario import demo_scenario
from schemas.contracts import telemetry_validator
from tests.unit.compiled_digest import ROOT, compiled_sources

ODD = ["", "%41%", "x=1&y=%zz", "<script>alert(1)</script>", "é\u3000", "a\x00b", "%u0041", "&#x41;&lt;", "../..//./a",
       "\\x41\\u0042", "/*c*/--#", "dW5pb24=", " \t\n", "A" * 300, "\U0001f600", "+%2B+", "SELECT 1"]


@pytest.mark.skipif(shutil.which(os.environ.get("CC", "cc")) is None or os.environ.get("VERTICE_PURE_PYTHON") == "1",
                    reason="no C compiler here: the stage cores run interpreted")
def test_the_stage_cores_are_compiled_where_a_compiler_is() -> None:
    import importlib

    built = {name: Path(importlib.import_module(name).__file__ or "").suffix for name in compiled_sources()}
    assert set(built.values()) == {".so"}, f"make install did not compile {built} (setup.py)"


def odd_requests(count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Requests that the telemetry schema accepts, made of encodings, escapes, any code point but a surrogate (JSON
    text cannot carry one), and JSON or form bodies: what a worker's reflex may meet after ingest."""

    def text() -> str:
        return "".join(rng.choice(ODD) if rng.random() < 0.6 else chr(rng.choice(
            [rng.randint(32, 126), rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)]))
            for _ in range(rng.randint(0, 6)))

    validate, requests = telemetry_validator("http"), []
    while len(requests) < count:
        headers = {rng.choice(["content-type", "cookie", "host", text()]): rng.choice(
            [text(), "application/json", "application/x-www-form-urlencoded", "text/xml", "a=b; c=%41"])
            for _ in range(rng.randint(0, 4))}
        body = rng.choice(["", text(), '{"a": "' + text().replace('"', "").replace("\\", "") + '", "b": [1, null]}',
                           f"x={text()}&y=2"])
        uri = rng.choice(["/", "/a?"]) + text() + rng.choice(["", f"?q={text()}", f"?{text()}={text()}&{text()}"])
        event = {"event_id": f"odd-{len(requests)}", "ts": 1.0, "entity": "e", "kind": "http",
                 "http": {"method": rng.choice(["GET", "POST", text()]), "uri": uri, "version": "HTTP/1.1",
                          "headers": headers, "body": body}}
        try:
            validate(event)
        except ValueError:
            continue
        requests.append(event)
    return requests


def broken(event: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """``event`` with one field of its section, and sometimes its time or kind, of another JSON type."""
    copy = orjson.loads(orjson.dumps(event))
    section = copy.get(copy["kind"], {})
    section[rng.choice(list(section) or ["x"])] = rng.choice([None, 1, -5, 2.5, True, [], {}, "", "x" * 5000, [1, "a"],
                                                              {"a": None}, 2**62])
    if rng.random() < 0.2:
        copy["ts"] = rng.choice([None, "now", -1, 1e20, 5])
    if rng.random() < 0.1:
        copy["kind"] = rng.choice(["metric", "http", "nope", 3])
    return copy


def test_compiled_and_interpreted_cores_agree(tmp_path: Path) -> None:
    rng = random.Random(5)
    messages: list[bytes] = []
    for event in demo_scenario(seed=3, benign_http=400, attacks=80, now=1000.0).events:
        messages.append(orjson.dumps(event))
        if rng.random() < 0.5:
            messages.append(orjson.dumps(broken(event, rng)))
        if rng.random() < 0.05:
            messages.append(bytes(rng.randrange(256) for _ in range(rng.randint(0, 40))))
        if rng.random() < 0.05:
            messages.append(orjson.dumps([event, broken(event, rng), 3]))
    messages += [orjson.dumps(e) for e in odd_requests(600, rng)]
    given = tmp_path / "messages.json"
    given.write_bytes(orjson.dumps([base64.b64encode(m).decode() for m in messages]))

    def run(*flags: str) -> dict[str, Any]:
        done = subprocess.run([sys.executable, "-m", "tests.unit.compiled_digest", str(given), *flags], cwd=ROOT,
                              capture_output=True, timeout=240, check=True)
        return dict(orjson.loads(done.stdout.splitlines()[-1]))

    built, interpreted = run(), run("--interpreted")
    assert interpreted["interpreted"] == sorted(compiled_sources())  # every one of them from its source
    assert built["matches"] > 100 and built["dlq"] > 100  # attacks were seen and broken input dead-lettered
    assert built["digest"] == interpreted["digest"]
