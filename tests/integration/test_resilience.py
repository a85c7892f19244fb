"""Faults injected into the real stack (kill -9, SIGSTOP, wrong credentials, closed ports): commands survive an
executor crash, everything fails in one line within seconds, health tells the truth, nothing replays as new."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import orjson
import psutil
import pytest

from ops import stack
from ops.executor import Executor, ExecutorMetrics
from schemas.settings import Settings
from streams.adapters import commandbus, kafka
from tests.conftest import make_event
from tests.integration.conftest import LiveStack, on_postgres, wait_for

VERTICE = [sys.executable, "-m", "ops.cli"]
DEAF = "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nwhile True: time.sleep(0.2)\n"
SLEEPER = "import time\nwhile True: time.sleep(0.2)\n"
UNREACHABLE_KAFKA = "kafka://127.0.0.1:1"


def run_cli(args: list[str], env: dict[str, str], timeout: float = 30, **kwargs: Any) -> tuple[
        subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([*VERTICE, *args], env={**os.environ, **env}, capture_output=True, text=True,
                          timeout=timeout, check=False, **kwargs)
    return done, time.monotonic() - started


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def server(live: LiveStack, name: str) -> subprocess.Popen[bytes]:
    return dict(live.embedded.processes)[name]


@contextlib.contextmanager
def paused(process: subprocess.Popen[bytes]) -> Iterator[None]:
    """The server frozen (SIGSTOP): its port still accepts connections, nothing answers."""
    os.kill(process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(process.pid, signal.SIGCONT)


@contextlib.contextmanager
def own_executor(live: LiveStack, **env: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    """The stack's executor replaced by ones the test starts (with ``env`` on top); the usual one after."""
    live.embedded.stop_server("executor")
    started: list[subprocess.Popen[bytes]] = []
    try:
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.kill()
                process.wait()
        live.embedded.spawn("executor", stack.executor_argv(), env=live.env)


def spawn_executor(live: LiveStack, started: list[subprocess.Popen[bytes]], **env: str) -> subprocess.Popen[bytes]:
    process = live.embedded.spawn("executor-test", stack.executor_argv(), env={**live.env, **env})
    started.append(process)
    return process


def register(live: LiveStack, agent_id: str, pid: int) -> None:
    assert live.http("/api/v1/agents", "POST", {"agent_id": agent_id, "pid": pid}, live.api_key)[0] == 201


def command_state(live: LiveStack, command_id: str) -> dict[str, Any]:
    return dict(live.http(f"/api/v1/commands/{command_id}", key=live.read_key)[1])



def audit(live: LiveStack, command_id: str) -> list[tuple[str, str | None, str]]:
    rows = on_postgres(live.urls.postgres, lambda conn: conn.fetch(
        "SELECT action, layer, outcome FROM audit_log WHERE command_id = $1 ORDER BY seq", command_id))
    return [(r["action"], r["layer"], r["outcome"]) for r in rows]


# -- finding 2: commands that survive a crash; a prompt stop ------------------------------------------------------
def test_executor_killed_in_a_drain_wait_completes_the_command_after_restart(live: LiveStack) -> None:
    target = subprocess.Popen([sys.executable, "-c", DEAF], start_new_session=True)
    agent = f"deaf-{uuid.uuid4().hex[:6]}"
    try:
        register(live, agent, target.pid)
        with own_executor(live) as started:
            first = spawn_executor(live, started, VERTICE_DRAIN_TIMEOUT_S="600")
            body = {"command_type": "ISOLATE", "targets": [agent], "command_id": f"crash-{uuid.uuid4().hex}",
                    "deadline_s": 5}
            assert live.http("/api/v1/commands", "POST", body, live.api_key)[0] == 202
            wait_for(lambda: ("ISOLATE", "CONTAINER", "STARTED") in audit(live, body["command_id"]), 30,
                     "the drain wait")
            first.kill()  # kill -9 while it waits for the deaf target to drain
            first.wait()
            assert command_state(live, body["command_id"])["status"] in ("EXECUTING", "TIMEOUT")
            assert target.poll() is None
            time.sleep(5)  # past the command's deadline: its redelivery would be refused as expired
            spawn_executor(live, started, VERTICE_DRAIN_TIMEOUT_S="1")
            state = wait_for(lambda: (s := command_state(live, body["command_id"]))["status"] == "EXECUTED" and s,
                             30, "the command's completion")
            assert state["confirmation"]["status"] == "COMPLETED"
            assert state["confirmation"]["executed_layers"] == ["SOFTWARE", "CONTAINER"]
            assert target.wait(5) is not None  # SIGKILLed after the drain timeout
            assert audit(live, body["command_id"]) == [
                ("ISOLATE", "SOFTWARE", "STARTED"), ("ISOLATE", "SOFTWARE", "SUCCESS"),  # the SIGSTOP, audited
                ("ISOLATE", "CONTAINER", "STARTED"), ("RESUME", None, "RESUMED"),
                ("ISOLATE", "CONTAINER", "STARTED"), ("ISOLATE", "CONTAINER", "SUCCESS")]

            async def redeliver() -> dict[str, Any]:
                """The message the killed executor never acknowledged, as JetStream redelivers it."""
                import asyncpg

                raw = orjson.dumps(state["command"])
                nc = await commandbus.connect(live.urls.nats, live.urls.nats_token, "test-redelivery")
                pool = await asyncpg.create_pool(live.urls.postgres, min_size=1, max_size=2)
                try:
                    executor = Executor(Settings.from_env(live.env), pool, nc.jetstream(), ExecutorMetrics(
                        __import__("prometheus_client").CollectorRegistry()))
                    return await executor.handle(raw, redelivered=True)
                finally:
                    await pool.close()
                    await nc.close()

            assert live.run(redeliver())["status"] == "COMPLETED"  # its confirmation again, never REJECTED
            assert [row for row in audit(live, body["command_id"]) if row[2] == "REJECTED"] == []
    finally:
        target.kill()
        target.wait()


def test_executor_stops_promptly_on_sigterm_even_mid_command(live: LiveStack) -> None:
    target = subprocess.Popen([sys.executable, "-c", DEAF], start_new_session=True)
    agent = f"deaf-{uuid.uuid4().hex[:6]}"
    try:
        register(live, agent, target.pid)
        with own_executor(live) as started:
            executor = spawn_executor(live, started, VERTICE_DRAIN_TIMEOUT_S="600")
            body = {"command_type": "ISOLATE", "targets": [agent], "command_id": f"term-{uuid.uuid4().hex}",
                    "deadline_s": 600}
            assert live.http("/api/v1/commands", "POST", body, live.api_key)[0] == 202
            wait_for(lambda: ("ISOLATE", "CONTAINER", "STARTED") in audit(live, body["command_id"]), 30,
                     "the drain wait")
            executor.send_signal(signal.SIGTERM)
            assert executor.wait(5) == 0  # was 30.7 s, past `vertice up`'s 10 s before SIGKILL
            spawn_executor(live, started, VERTICE_DRAIN_TIMEOUT_S="1")
            wait_for(lambda: command_state(live, body["command_id"])["status"] == "EXECUTED", 30, "completion")
            assert target.wait(5) is not None
    finally:
        target.kill()
        target.wait()


# -- finding 5: wrong credentials and unreachable servers fail in one line -------------------------------------
@pytest.mark.parametrize("nats", ["wrong-token", "closed-port"])
def test_executor_and_audit_verify_fail_in_one_line(live: LiveStack, nats: str) -> None:
    env = ({"VERTICE_NATS_TOKEN": "not-the-token"} if nats == "wrong-token" else
           {"VERTICE_NATS_URL": f"nats://127.0.0.1:{stack.free_port()}"})
    for args in (["executor"], ["audit", "verify"]):
        done, seconds = run_cli(args, {**live.env, **env}, timeout=20)
        assert done.returncode == 1 and seconds < 10, (args, seconds)
        line = one_line(done.stderr)
        assert line.startswith("Error: NATS at ")
        assert ("refused the token" if nats == "wrong-token" else "not reachable") in line
        assert live.urls.nats_token not in done.stderr + done.stdout


def test_executor_with_postgres_unreachable_fails_in_one_line(live: LiveStack) -> None:
    url = f"postgresql://postgres@127.0.0.1:{stack.free_port()}/postgres"
    done, seconds = run_cli(["executor"], {**live.env, "VERTICE_DATABASE_URL": url}, timeout=20)
    assert done.returncode == 1 and seconds < 10
    assert one_line(done.stderr).startswith("Error: PostgreSQL not reachable")


# -- finding 5: health by authenticated requests, within a timeout -------------------------------------------------
def health_of(live: LiveStack, env: dict[str, str]) -> dict[str, Any]:
    done, _ = run_cli(["health", "--json"], {**live.env, **env}, timeout=30)
    return {name: ok for name, (ok, _) in json.loads(done.stdout).items()} | {"rc": done.returncode}


def test_health_uses_credentials_and_timeouts(live: LiveStack) -> None:
    port = {"VERTICE_WEB_PORT": live.web.rsplit(":", 1)[1]}
    assert health_of(live, port) == {"kafka": True, "nats": True, "postgres": True, "worker": True, "rc": 0}
    wrong = health_of(live, {**port, "VERTICE_NATS_TOKEN": "not-the-token"})
    assert wrong["nats"] is False and wrong["rc"] == 1 and wrong["kafka"] is True
    with paused(server(live, "nats")):
        started = time.monotonic()
        status, doc = live.http("/health")
        seconds = time.monotonic() - started
        assert status == 503 and doc["nats_connected"] is False and doc["postgres_connected"] is True
        assert seconds < 5  # the check's own timeout (2 s), not the client's
        assert doc["components"]["nats"]["ok"] is False
        assert live.http("/status")[1]["components"]["nats"]["ok"] is False  # /status shows the latest checks
    with paused(server(live, "postgres")):
        assert live.http("/health")[1]["postgres_connected"] is False
    status, doc = live.http("/health")
    assert status == 200 and doc["components"]["output"]["ok"] is True  # its output leaves (test_emit: when not)
    assert "output_connected" not in doc


# -- finding 6: commands accepted durably while NATS is away, executed once -------------------------------------
def test_command_accepted_while_nats_is_paused_runs_exactly_once(live: LiveStack) -> None:
    target = subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
    agent = f"paused-{uuid.uuid4().hex[:6]}"
    try:
        register(live, agent, target.pid)
        body = {"command_type": "MUTE", "targets": [agent], "command_id": f"outbox-{uuid.uuid4().hex}"}
        with paused(server(live, "nats")):
            started = time.monotonic()
            status, accepted = live.http("/api/v1/commands", "POST", body, live.api_key)
            assert status == 202 and time.monotonic() - started < 5
            assert accepted["status_url"] == f"/api/v1/commands/{body['command_id']}"
            assert live.http("/api/v1/commands", "POST", body, live.api_key) == (202, accepted)  # a retry
            time.sleep(3)
            assert command_state(live, body["command_id"])["status"] == "PENDING"
        wait_for(lambda: command_state(live, body["command_id"])["status"] == "EXECUTED", 30, "execution")
        assert psutil.Process(target.pid).status() == psutil.STATUS_STOPPED
        assert live.http("/api/v1/commands", "POST", body, live.api_key)[0] == 202  # still the same command
        time.sleep(2)  # room for a second execution, were there one
        assert audit(live, body["command_id"]) == [("MUTE", "SOFTWARE", "STARTED"), ("MUTE", "SOFTWARE", "SUCCESS")]

        async def published() -> int:
            nc = await commandbus.connect(live.urls.nats, live.urls.nats_token, "test-count")
            try:
                info = await nc.jetstream().stream_info(commandbus.COMMAND_STREAM,
                                                        subjects_filter=f"{commandbus.COMMAND_SUBJECT}.{agent}")
                return sum((info.state.subjects or {}).values())
            finally:
                await nc.close()

        assert live.run(published()) == 1
    finally:
        target.kill()
        target.wait()


# -- findings 7 and 10: bounded CLI failures ------------------------------------------------------------------------
def test_cli_fails_in_one_line_when_kafka_is_unreachable(live: LiveStack, tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(orjson.dumps(make_event(entity=f"e{i}")) for i in range(3)))
    env = {**live.env, "VERTICE_KAFKA_URL": UNREACHABLE_KAFKA}
    for args in (["produce", str(events)], ["verdicts"], ["verdicts", "--follow"], ["dlq"]):
        done, seconds = run_cli(args, env, timeout=30)
        assert done.returncode == 1 and seconds < 10, (args, seconds, done.stderr[-500:])
        assert one_line(done.stderr).startswith(f"Error: Kafka at {UNREACHABLE_KAFKA} gave no metadata"), args


def test_produce_json_on_jsonl_and_verdicts_on_a_missing_topic(live: LiveStack, tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    events.write_bytes(b"\n".join(orjson.dumps(make_event(entity=f"e{i}")) for i in range(3)))
    done, _ = run_cli(["produce", "--format", "json", str(events)], live.env)
    assert done.returncode == 1 and "use --format jsonl" in one_line(done.stderr)
    assert "Traceback" not in done.stderr
    done, _ = run_cli(["verdicts"], {**live.env, "VERTICE_TOPIC_VERDICTS": f"absent-{uuid.uuid4().hex[:6]}"})
    assert done.returncode == 1 and "does not exist" in one_line(done.stderr)


def test_verdicts_follow_ends_when_kafka_goes_away_and_stops_on_sigterm(live: LiveStack, tmp_path: Path) -> None:
    port = stack.free_port()
    url = f"tcp://127.0.0.1:{port}"
    broker = subprocess.Popen([stack.tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url",
                               url, "--storage-engine", "memory://tansu/"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**os.environ, "RUST_LOG": "error"})
    try:
        stack.wait_for_port(port, "kafka", broker)
        producer = kafka.producer(f"kafka://127.0.0.1:{port}")
        producer.produce("verdicts", value=b"{}")
        producer.flush(10)
        env = {**os.environ, **live.env, "VERTICE_KAFKA_URL": f"kafka://127.0.0.1:{port}"}
        follow = subprocess.Popen([*VERTICE, "verdicts", "--follow", "--json"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True)
        assert follow.stdout is not None
        assert follow.stdout.readline().strip() == "{}"
        broker.kill()
        broker.wait()
        started = time.monotonic()
        _, err = follow.communicate(timeout=30)
        assert follow.returncode == 1 and time.monotonic() - started < 10
        assert one_line(err).startswith("Error: Kafka at ") and "went away" in err
        follow = subprocess.Popen([*VERTICE, "verdicts", "--follow"], env={**env, "VERTICE_KAFKA_URL": live.urls.kafka},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(3)
        assert follow.poll() is None
        follow.send_signal(signal.SIGTERM)
        follow.wait(5)
    finally:
        broker.kill()
        broker.wait()


# -- finding 8: the live stream starts at the live end ------------------------------------------------------------
def test_websocket_sends_only_new_verdicts_and_history_with_since(live: LiveStack) -> None:
    old_entity = f"old-{uuid.uuid4().hex[:6]}"
    attack = make_event(entity=old_entity, ts=time.time(), uri="/s?q=%3Cscript%3Ealert(1)%3C/script%3E")
    producer = kafka.producer(live.urls.kafka)
    producer.produce("telemetry", key=old_entity.encode(), value=orjson.dumps(attack))
    producer.flush(10)
    old = wait_for(lambda: on_postgres(live.urls.postgres, lambda conn: conn.fetchrow(
        "SELECT verdict_id, ts FROM verdicts WHERE entity = $1 ORDER BY ts LIMIT 1", old_entity)), 30,
        "the old verdict's sink")
    time.sleep(1.5)

    async def session(query: str, seconds: float) -> list[dict[str, Any]]:
        got: list[dict[str, Any]] = []
        async with aiohttp.ClientSession() as client, client.ws_connect(
                f"{live.web}/ws/verdicts{query}", headers={"Authorization": f"Bearer {live.read_key}"}) as ws:
            deadline = time.monotonic() + seconds
            with contextlib.suppress(TimeoutError):
                while (left := deadline - time.monotonic()) > 0:
                    got.append(json.loads((await ws.receive(timeout=left)).data))
        return [m["data"] for m in got if m["type"] == "verdict"]

    for _ in range(2):  # every connection, not just the first: nothing old arrives as new
        assert [v for v in asyncio.run(session("", 3.0)) if v["entity"] == old_entity] == []
    by_time = asyncio.run(session(f"?since={old['ts'] - 0.001}", 2.0))
    sunk = on_postgres(live.urls.postgres, lambda conn: conn.fetch(
        "SELECT verdict_id FROM verdicts WHERE entity = $1 ORDER BY ts, verdict_id", old_entity))
    assert [v["verdict_id"] for v in by_time if v["entity"] == old_entity] == [r["verdict_id"] for r in sunk]
    by_id = asyncio.run(session(f"?since={old['verdict_id']}", 2.0))
    assert old["verdict_id"] not in [v["verdict_id"] for v in by_id]  # only those after it


# -- finding 11: settings in a stack's folder ----------------------------------------------------------------------
def test_config_and_executor_in_a_stack_folder_use_its_files(live: LiveStack, tmp_path: Path) -> None:
    folder = tmp_path / ".vertice"
    folder.mkdir()
    (folder / "stack.json").write_text(json.dumps({**live.urls.as_json(), "web": live.web}))
    for name, value in (("api.key", live.api_key), ("signing.key", live.signing_key)):
        (folder / name).write_text(value)
        (folder / name).chmod(0o600)
    bare = {k: v for k, v in os.environ.items() if not k.startswith("VERTICE_")}
    done = subprocess.run([*VERTICE, "config"], env=bare, cwd=tmp_path, capture_output=True, text=True,
                          timeout=30, check=False)
    shown = dict(line.split("=", 1) for line in done.stdout.splitlines())
    assert shown["VERTICE_API_KEY"] == shown["VERTICE_COMMAND_SIGNING_KEY"] == "**********"
    assert shown["VERTICE_WEB_PORT"] == live.web.rsplit(":", 1)[1]
    assert shown["VERTICE_NATS_URL"] == live.urls.nats
    assert live.api_key not in done.stdout and live.signing_key not in done.stdout
    executor = subprocess.Popen([*VERTICE, "executor"], env=bare, cwd=tmp_path, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)
    try:
        assert executor.stdout is not None
        first = executor.stdout.readline()
        assert "executor consuming" in first or "completed" in first, first
    finally:
        executor.send_signal(signal.SIGTERM)
        assert executor.wait(5) == 0


# -- finding 12: the DLQ and the lists ----------------------------------------------------------------------------
def test_dlq_command_and_list_endpoints(live: LiveStack) -> None:
    marker = uuid.uuid4().hex
    producer = kafka.producer(live.urls.kafka)
    producer.produce("telemetry", key=b"junk", value=f"not json \x1b[31m {marker}".encode())
    producer.flush(10)

    def listed() -> str:
        done, _ = run_cli(["dlq", "--limit", "100000"], live.env)
        return done.stdout if marker in done.stdout else ""

    text = wait_for(listed, 30, "the DLQ record")
    line = next(entry for entry in text.splitlines() if marker in entry)
    assert line.startswith("malformed_json") and "\x1b" not in line
    done, _ = run_cli(["dlq", "--json", "--limit", "100000"], live.env)
    records = [orjson.loads(entry) for entry in done.stdout.splitlines()]
    mine = [r for r in records if marker.encode() in base64.b64decode(r["original_b64"])]
    assert [r["reason"] for r in mine] == ["malformed_json"]
    done, _ = run_cli(["dlq", "--limit", "1"], live.env)
    assert len(done.stdout.splitlines()) == 1

    agent = f"listed-{uuid.uuid4().hex[:6]}"
    sleeper = subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True)
    try:
        register(live, agent, sleeper.pid)
        register(live, agent + "-2", sleeper.pid)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert live.http("/api/v1/agents")[0] == 401
    assert live.http("/api/v1/commands")[0] == 401
    assert live.http("/api/v1/agents?limit=0", key=live.read_key)[0] == 422
    status, page = live.http("/api/v1/agents?limit=1", key=live.read_key)
    assert status == 200 and len(page["agents"]) == 1 and page["next_offset"] == 1
    agents: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = live.http(f"/api/v1/agents?limit=50&offset={offset}", key=live.read_key)[1]
        agents += [a["agent_id"] for a in page["agents"]]
        offset = page["next_offset"]
    assert agent in agents and len(agents) == len(set(agents))
    status, page = live.http("/api/v1/commands?limit=5", key=live.read_key)
    assert status == 200 and len(page["commands"]) <= 5
    assert all({"command_id", "status", "command_type", "targets"} <= set(c) for c in page["commands"])


@pytest.fixture(autouse=True)
def _no_paused_servers(live: LiveStack) -> Iterator[None]:
    """A failed test must not leave a server frozen for the next."""
    yield
    for name in ("nats", "postgres"):
        with contextlib.suppress(KeyError, ProcessLookupError):
            os.kill(server(live, name).pid, signal.SIGCONT)

