"""Runs CRS's regression tests (go-ftw YAML) through the SecLang interpreter and compares the rules it logs."""

from __future__ import annotations

import base64
import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import yaml

from agents.seclang import TEST_SETUP, RuleSet, Transaction, crs_setup

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader


@dataclasses.dataclass
class Outcome:
    file: str
    rule_id: int
    test_id: Any
    passed: bool
    reason: str
    logged: list[int]
    expect: list[int]
    no_expect: list[int]


def parse_raw_request(raw: bytes) -> dict[str, Any]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("utf-8", "surrogateescape").split("\r\n")
    method, _, rest = lines[0].partition(" ")
    uri, _, version = rest.rpartition(" ") if rest.count(" ") else (rest, "", "HTTP/1.1")
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    return {"method": method, "uri": uri or "/", "version": version or "HTTP/1.1", "headers": headers,
            "body": body.decode("utf-8", "surrogateescape")}


def http_request(stage_input: dict[str, Any]) -> dict[str, Any]:
    """A go-ftw stage input as the request go-ftw sends (its autocompleted Content-Length and Connection too)."""
    if stage_input.get("encoded_request"):
        return parse_raw_request(base64.b64decode(stage_input["encoded_request"]))
    data = stage_input.get("data", "")
    if isinstance(data, list):
        data = "\r\n".join(str(line) for line in data)
    body = "" if data is None else str(data)
    headers = [(str(k), str(v)) for k, v in (stage_input.get("headers") or {}).items()]
    if stage_input.get("autocomplete_headers", True):
        names = {k.lower() for k, _ in headers}
        if body and "content-type" not in names:
            headers.append(("Content-Type", "application/x-www-form-urlencoded"))
        if body and "content-length" not in names:
            headers.append(("Content-Length", str(len(body.encode("utf-8", "surrogateescape")))))
        if "connection" not in names:
            headers.append(("Connection", "close"))
    return {"method": str(stage_input.get("method", "GET")), "uri": str(stage_input.get("uri", "/")),
            "version": str(stage_input.get("version", "HTTP/1.1")), "headers": headers, "body": body}


def reflected_response(request: dict[str, Any]) -> dict[str, Any] | None:
    """What the suite's backend (albedo) answers to ``/reflect``: the status, headers and body the request's
    JSON names; None for any other request (its response is not part of a test)."""
    if request["uri"].split("?")[0] != "/reflect" or not request["body"]:
        return None
    try:
        doc = orjson.loads(request["body"])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(doc, dict):
        return None
    body = doc.get("body", "")
    if doc.get("encodedBody"):
        body = base64.b64decode(doc["encodedBody"]).decode("utf-8", "surrogateescape")
    return {"status": int(doc.get("status", 200)), "headers": dict(doc.get("headers") or {}), "body": str(body)}


def load_tests(tests_dir: Path) -> Iterator[tuple[str, int, Any, list[dict[str, Any]]]]:
    for path in sorted(tests_dir.rglob("*.yaml")):
        doc = yaml.load(path.read_text("utf-8", errors="surrogateescape"), Loader=_Loader)  # noqa: S506 - safe
        if not isinstance(doc, dict) or "tests" not in doc or not str(doc.get("rule_id") or path.stem).isdigit():
            continue  # an engine's override file, not a test file
        rule_id = int(doc.get("rule_id") or path.stem)
        for index, test in enumerate(doc.get("tests") or [], start=1):
            stages = [s.get("stage", s) for s in test.get("stages") or []]
            yield path.parent.name, rule_id, test.get("test_id", index), stages


def run_test(ruleset: RuleSet, setup: dict[str, str], stages: list[dict[str, Any]]) -> tuple[bool, str, set[int],
                                                                                            list[int], list[int]]:
    expect: list[int] = []
    no_expect: list[int] = []
    logged: set[int] = set()
    judged = False
    regex_failures: list[str] = []
    for stage in stages:
        output = stage.get("output") or {}
        log = output.get("log") or {}
        expect += [int(i) for i in log.get("expect_ids") or []]
        no_expect += [int(i) for i in log.get("no_expect_ids") or []]
        request = http_request(stage.get("input") or {})
        transaction = Transaction(ruleset, request, setup).run(reflected_response(request))
        logged |= set(transaction.logged_ids)
        lines = "\n".join(entry.line() for entry in transaction.logged)
        if log.get("match_regex") and not re.search(log["match_regex"], lines):
            regex_failures.append(f"log lacks /{log['match_regex']}/")
        if log.get("no_match_regex") and re.search(log["no_match_regex"], lines):
            regex_failures.append(f"log has /{log['no_match_regex']}/")
        judged = judged or bool(log.get("expect_ids") or log.get("no_expect_ids") or log.get("match_regex")
                                or log.get("no_match_regex"))
    if not judged:
        return False, "judged by the HTTP status or response text only", logged, expect, no_expect
    if regex_failures:
        return False, "; ".join(regex_failures), logged, expect, no_expect
    missing = sorted(set(expect) - logged)
    unwanted = sorted(set(no_expect) & logged)
    if missing or unwanted:
        return False, f"missing {missing} unwanted {unwanted}".replace("missing [] ", "").replace(
            " unwanted []", ""), logged, expect, no_expect
    return True, "", logged, expect, no_expect


def run_tests(ruleset: RuleSet, tests_dir: Path, paranoia: int = 4) -> list[Outcome]:
    setup = crs_setup(paranoia, extra=TEST_SETUP)
    outcomes = []
    for file, rule_id, test_id, stages in load_tests(tests_dir):
        passed, reason, logged, expect, no_expect = run_test(ruleset, setup, stages)
        outcomes.append(Outcome(file, rule_id, test_id, passed, reason, sorted(logged), expect, no_expect))
    return outcomes


def summarise(outcomes: list[Outcome], failures: int = 50) -> dict[str, Any]:
    """Pass rate over every test (one the engine cannot judge counts as failed)."""
    passed = sum(o.passed for o in outcomes)
    by_file: dict[str, dict[str, Any]] = {}
    for o in outcomes:
        entry = by_file.setdefault(o.file, {"tests": 0, "passed": 0})
        entry["tests"] += 1
        entry["passed"] += int(o.passed)
    for entry in by_file.values():
        entry["pass_rate"] = round(entry["passed"] / entry["tests"], 4)
    return {
        "tests": len(outcomes), "passed": passed,
        "pass_rate": round(passed / len(outcomes), 4) if outcomes else 0.0, "by_file": by_file,
        "failures": [{"rule_id": o.rule_id, "test_id": o.test_id, "reason": o.reason, "logged": o.logged}
                     for o in outcomes if not o.passed][:failures],
    }


def exceptions_markdown(outcomes: list[Outcome], paranoia: int, load_report: dict[str, Any]) -> str:
    """The failing tests and the rules not loaded, each with its reason (docs/CRS_EXCEPTIONS.md)."""
    failed = [o for o in outcomes if not o.passed]
    passed = len(outcomes) - len(failed)
    lines = [
        "# CRS regression suite: exceptions",
        "",
        f"Generated by `vertice rules test-crs TESTS_DIR --paranoia {paranoia} --exceptions FILE`: "
        f"{passed} of {len(outcomes)} tests pass ({passed / len(outcomes):.1%}); a test the engine cannot judge "
        "counts as failed.",
        "",
        "## Rules not loaded",
        "",
    ]
    lines += [f"- {rule_id}: {reason}" for rule_id, reason in load_report["not_imported_rules"].items()] or ["none"]
    lines += ["", "## Failing tests", "",
              "\"Judged by the HTTP status or response text only\": the test expects the status a web server "
              "(Apache, nginx) gives a malformed request (400, 404, 505…) before or instead of the WAF; an engine fed "
              "parsed telemetry has no such status to give. \"missing\"/\"unwanted\": the rule's logging differs "
              "from libmodsecurity's on that request (typically a request the web server would have rewritten or "
              "refused: raw CR in a header, both Content-Length and Transfer-Encoding, HTTP/0.9).", "",
              "| rule | test | reason |", "|---|---|---|"]
    lines += [f"| {o.rule_id} | {o.test_id} | {o.reason.replace('|', '/')} |" for o in failed]
    return "\n".join(lines) + "\n"
