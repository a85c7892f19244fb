"""Runs the CRS regression tests (go-ftw YAML) through the reflex layer and compares the rules that fire."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from agents.reflex import ReflexEngine

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader


@dataclasses.dataclass
class Outcome:
    file: str
    rule_id: int
    test_id: Any
    applicable: bool
    passed: bool
    fired: list[int]
    expect: list[int]
    no_expect: list[int]


def parse_raw_request(raw: bytes) -> dict[str, Any]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, _, rest = lines[0].partition(" ")
    uri, _, version = rest.rpartition(" ") if rest.count(" ") else (rest, "", "HTTP/1.1")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip()] = value.strip()
    return {"method": method, "uri": uri or "/", "version": version or "HTTP/1.1", "headers": headers,
            "body": body.decode("latin-1")}


def http_event(stage_input: dict[str, Any], name: str) -> dict[str, Any]:
    """A go-ftw stage input as a telemetry http event."""
    if stage_input.get("encoded_request"):
        http = parse_raw_request(base64.b64decode(stage_input["encoded_request"]))
    else:
        data = stage_input.get("data", "")
        if isinstance(data, list):
            data = "\r\n".join(str(line) for line in data)
        headers = {str(k): str(v) for k, v in (stage_input.get("headers") or {}).items()}
        http = {"method": str(stage_input.get("method", "GET")), "uri": str(stage_input.get("uri", "/")),
                "version": str(stage_input.get("version", "HTTP/1.1")), "headers": headers,
                "body": "" if data is None else str(data)}
    return {"event_id": name, "ts": 0.0, "entity": str(stage_input.get("dest_addr", "ftw")), "kind": "http",
            "http": http}


def load_tests(tests_dir: Path) -> Iterator[tuple[str, int, Any, list[dict[str, Any]]]]:
    for path in sorted(tests_dir.rglob("*.yaml")):
        doc = yaml.load(path.read_text("utf-8", errors="replace"), Loader=_Loader)  # noqa: S506 - safe loader
        if not isinstance(doc, dict):
            continue
        rule_id = int(doc.get("rule_id") or path.stem)
        for test in doc.get("tests") or []:
            stages = [s.get("stage", s) for s in test.get("stages") or []]
            yield path.parent.name, rule_id, test.get("test_id"), stages


def run_tests(engine: ReflexEngine, tests_dir: Path) -> list[Outcome]:
    imported = set(engine.rules)
    outcomes = []
    for file, rule_id, test_id, stages in load_tests(tests_dir):
        expect: list[int] = []
        no_expect: list[int] = []
        fired: set[int] = set()
        for index, stage in enumerate(stages):
            log = (stage.get("output") or {}).get("log") or {}
            expect += [int(i) for i in log.get("expect_ids") or []]
            no_expect += [int(i) for i in log.get("no_expect_ids") or []]
            event = http_event(stage.get("input") or {}, f"{rule_id}-{test_id}-{index}")
            fired |= {m.rule_id for m in engine.scan(event, cap=None)}
        applicable = rule_id in imported and bool(expect or no_expect) and set(expect) <= imported
        passed = set(expect) <= fired and not (set(no_expect) & fired)
        outcomes.append(Outcome(file, rule_id, test_id, applicable, passed, sorted(fired & imported), expect,
                                no_expect))
    return outcomes


def summarise(outcomes: list[Outcome], failures: int = 50) -> dict[str, Any]:
    applicable = [o for o in outcomes if o.applicable]
    passed = sum(o.passed for o in applicable)
    by_file: dict[str, dict[str, Any]] = {}
    for o in applicable:
        entry = by_file.setdefault(o.file, {"applicable": 0, "passed": 0})
        entry["applicable"] += 1
        entry["passed"] += int(o.passed)
    for entry in by_file.values():
        entry["pass_rate"] = round(entry["passed"] / entry["applicable"], 4)
    return {
        "tests": len(outcomes), "applicable": len(applicable), "passed": passed,
        "pass_rate": round(passed / len(applicable), 4) if applicable else 0.0, "by_file": by_file,
        "failures": [{"rule_id": o.rule_id, "test_id": o.test_id, "expected": o.expect, "not_expected": o.no_expect,
                      "fired": o.fired} for o in applicable if not o.passed][:failures],
    }
