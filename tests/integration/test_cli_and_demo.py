"""The CLI against the real stack: up/stop, produce, verdicts, health, and the demo end to end."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import orjson
import psutil
import pytest

from tests.conftest import make_event
from tests.integration.conftest import LiveStack

VERTICE = [sys.executable, "-m", "ops.cli"]


def run_cli(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VERTICE, *args], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=timeout, check=False)


def test_produce_then_read_verdicts_and_health(live: LiveStack, tmp_path: Path) -> None:
    entity = f"cli-{uuid.uuid4().hex[:6]}"
    events = [make_event(entity=entity, ts=time.time()) for _ in range(5)]
    source = tmp_path / "events.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(e) for e in events))
    produced = run_cli(["produce", str(source), "--batch", "2", "--rate", "1000"], live.env)
    assert produced.returncode == 0, produced.stderr
    assert "produced 5 events in 3 messages" in produced.stderr
    wanted = {e["event_id"] for e in events}
    seen: set[str] = set()
    deadline = time.monotonic() + 30
    while seen != wanted and time.monotonic() < deadline:
        out = run_cli(["verdicts", "--json"], live.env)
        docs = [orjson.loads(line) for line in out.stdout.splitlines()]
        seen = {d["event_ids"][0] for d in docs if d["scope"] == "event"} & wanted  # entity verdicts list none
    assert seen == wanted
    health = run_cli(["health", "--json"], {**live.env, "VERTICE_WEB_PORT": live.web.rsplit(":", 1)[1]})
    assert health.returncode == 0, health.stdout + health.stderr
    assert {name: ok for name, (ok, _) in json.loads(health.stdout).items()} == {
        "kafka": True, "nats": True, "postgres": True, "worker": True}


def test_up_writes_stack_json_and_sigterm_leaves_nothing_running(tmp_path: Path) -> None:
    process = subprocess.Popen([*VERTICE, "up", "--no-worker", "--data-dir", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stack_file = tmp_path / "stack.json"
    deadline = time.monotonic() + 30
    while not stack_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert stack_file.exists(), process.stderr.read() if process.poll() is not None else "no stack.json"
    assert set(json.loads(stack_file.read_text())) >= {"kafka", "nats", "postgres", "web"}
    children = psutil.Process(process.pid).children(recursive=True)
    assert len(children) >= 3
    process.send_signal(signal.SIGTERM)
    process.wait(30)
    time.sleep(0.5)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    assert not stack_file.exists()


def test_up_with_worker_and_executor_serves_and_stops(tmp_path: Path) -> None:
    process = subprocess.Popen([*VERTICE, "up", "--data-dir", str(tmp_path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    stack_file = tmp_path / "stack.json"
    deadline = time.monotonic() + 90
    while not stack_file.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert stack_file.exists(), process.communicate(timeout=10)
    web = json.loads(stack_file.read_text())["web"]
    time.sleep(2.0)  # the executor must still be alive: it needs the signing key `up` provides
    assert process.poll() is None
    with urllib.request.urlopen(f"{web}/health", timeout=5) as response:
        assert json.loads(response.read())["status"] == "healthy"
    assert (tmp_path / "api.key").stat().st_mode & 0o077 == 0
    assert (tmp_path / "read.key").stat().st_mode & 0o077 == 0  # the worker got the read key `up` generated
    stats = f"{web}/api/v1/verdicts/stats"
    with urllib.request.urlopen(urllib.request.Request(stats, headers={
            "Authorization": f"Bearer {(tmp_path / 'read.key').read_text().strip()}"}), timeout=5) as response:
        assert response.status == 200
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(stats, timeout=5)
    assert refused.value.code == 401
    with urllib.request.urlopen(f"{web}/", timeout=5) as response:  # the page shell needs no key
        assert "VÉRTICE cockpit" in response.read().decode()
    process.send_signal(signal.SIGTERM)
    out, _ = process.communicate(timeout=30)
    assert f"cockpit   {web}/" in out


def test_missing_binary_is_one_line(tmp_path: Path) -> None:
    result = run_cli(["up", "--no-worker", "--data-dir", str(tmp_path)], {"CALF_TANSU_BIN": "/nonexistent/tansu"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: the Tansu broker binary is missing")


@pytest.mark.timeout(400)
def test_demo_end_to_end(tmp_path: Path) -> None:
    result = run_cli(["demo", "--json", "--data-dir", str(tmp_path)], {}, timeout=360)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(summary) >= {"events", "verdicts", "dlq", "commands_issued", "commands_confirmed", "latency_ms"}
    assert sum(summary["verdicts"].values()) == summary["events"]  # event-scope: exactly one each
    assert all(": " in title for title in summary["entity_verdicts"])  # patterns over many events, listed apart
    assert summary["dlq"] == 6
    assert summary["verdicts"]["MALICIOUS"] > 0 and summary["verdicts"]["BENIGN"] > summary["events"] // 2
    assert summary["commands_issued"] >= 1 and summary["commands_confirmed"] == summary["commands_issued"]
    assert "agent-ops" in summary["agents_stopped"] and "agent-ops-child" in summary["agents_stopped"]
    assert not [p for p in psutil.process_iter(["cmdline"])
                if str(tmp_path) in " ".join(p.info["cmdline"] or [])]
