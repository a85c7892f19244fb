"""The kill switch acts only on what was registered: refusals at the API, the CLI, the database and, whatever the
database says, in the executor; real processes of a real unprivileged user and of root."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import orjson
import psutil
import pytest

from agents import killswitch
from ops import stack
from tests.integration.conftest import LiveStack, on_postgres
from tests.integration.test_command_bus import audit_rows, make, publish_and_confirm
from tests.unit.test_killswitch import SLEEPER, Spawn, shell_with_group_member

pytestmark = pytest.mark.integration
MISSING = 999999  # above this host's pid_max (checked): no process has it


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    started: list[subprocess.Popen[bytes]] = []

    def start(*argv: str, **kwargs: Any) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(list(argv) or [sys.executable, "-c", SLEEPER], start_new_session=True,
                                   **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


def own_pid(live: LiveStack, role: str) -> int:
    """The pid of the stack's worker or executor once it has recorded itself as protected."""
    pid = next(p.pid for name, p in reversed(live.embedded.processes) if name == role and p.poll() is None)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        rows = on_postgres(live.urls.postgres, lambda conn: conn.fetch(
            "SELECT pid FROM protected_processes WHERE pid = $1 AND role = $2", pid, role))
        if rows:
            return pid
        time.sleep(0.2)
    raise AssertionError(f"the {role} (pid {pid}) never recorded itself in protected_processes")


def register_cli(live: LiveStack, agent_id: str, pid: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ops.cli", "agents", "register", "--agent-id", agent_id,
                           "--pid", str(pid)], env={**os.environ, **live.env}, capture_output=True, text=True,
                          timeout=60, check=False)


def orphan_root_daemon(spawn: Spawn) -> int | None:
    """A root ``sleep`` whose parent exited: init adopts it, as it does a system daemon. Run by a normal user, a root
    process init started that is no ancestor of this test's (so not refused as VÉRTICE's), if the host has one."""
    if os.geteuid() != 0:
        own = {p.pid for p in psutil.Process().parents()}
        return next((p.pid for p in psutil.process_iter(["uids", "ppid"]) if p.info["ppid"] == 1 and p.info["uids"]
                     and p.info["uids"].real == 0 and p.pid not in own), None)
    spawn("sh", "-c", "sleep 3004 & echo started").wait(5)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for process in psutil.process_iter(["cmdline", "ppid"]):
            if process.info["cmdline"] == ["sleep", "3004"] and process.info["ppid"] == 1:
                return process.pid
        time.sleep(0.02)
    pytest.fail("the orphaned sleep was not adopted by init (a subreaper on this host?)")


def test_the_api_refuses_unsafe_pids(live: LiveStack, spawn: Spawn) -> None:
    assert not psutil.pid_exists(MISSING) and int(Path("/proc/sys/kernel/pid_max").read_text()) < MISSING
    kernel_thread = next(p.pid for p in psutil.process_iter(["ppid"]) if p.info["ppid"] == 2)
    daemon = orphan_root_daemon(spawn)
    try:
        cases = {0: "", 1: "", -1: "", 2: "", 2**31: "", 2**64: "", MISSING: "no such process",
                 kernel_thread: "kernel thread", own_pid(live, "worker"): "a VÉRTICE process",
                 own_pid(live, "executor"): "a VÉRTICE process", **({daemon: "system daemon"} if daemon else {})}
        tag = uuid.uuid4().hex[:6]
        for pid, reason in cases.items():
            status, body = live.http("/api/v1/agents", "POST", {"agent_id": f"bad-{tag}", "pid": pid}, live.api_key)
            assert status == 422 and reason in body["error"], (pid, status, body)
        stored = on_postgres(live.urls.postgres, lambda conn: conn.fetchval(
            "SELECT count(*) FROM agents WHERE agent_id = $1", f"bad-{tag}"))
        assert stored == 0
    finally:
        if daemon is not None and os.geteuid() == 0:  # the one this test started
            os.kill(daemon, signal.SIGKILL)


def test_the_cli_refuses_unsafe_pids_in_one_line(live: LiveStack) -> None:
    for pid, reason in {0: "init or invalid", 1: "init or invalid", -1: "init or invalid",
                        MISSING: "no such process", 2**31: "largest pid", 2: "kernel thread",
                        own_pid(live, "worker"): "a VÉRTICE process",
                        own_pid(live, "executor"): "a VÉRTICE process"}.items():
        done = register_cli(live, "bad-cli", pid)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1, (pid, done.stdout, done.stderr)
        assert lines[0].startswith(f"Error: pid {pid}: ") and reason in lines[0], (pid, lines)


def test_the_database_refuses_unbound_and_impossible_registrations(live: LiveStack) -> None:
    async def insert(conn: asyncpg.Connection, pid: int, start_time: int | None, uid: int | None) -> str:
        try:
            await conn.execute("INSERT INTO agents (agent_id, pid, start_time, uid) VALUES ($1, $2, $3, $4)",
                               f"db-{uuid.uuid4().hex}", pid, start_time, uid)
        except asyncpg.CheckViolationError as exc:
            return exc.constraint_name or "check"
        return "accepted"

    for pid in (0, 1, -1):
        assert on_postgres(live.urls.postgres, lambda c, p=pid: insert(c, p, 1, 0)) == "agents_pid_range"
    assert on_postgres(live.urls.postgres, lambda c: insert(c, 4242, None, None)) == "agents_bound_to_process"
    assert on_postgres(live.urls.postgres, lambda c: insert(c, 4242, 1, -1)) == "agents_bound_to_process"


def insert_row(live: LiveStack, agent_id: str, pid: int, start_time: int, uid: int) -> None:
    """What anyone who can write the database can do: no API, no checks."""
    on_postgres(live.urls.postgres, lambda conn: conn.execute(
        "INSERT INTO agents (agent_id, pid, start_time, uid) VALUES ($1, $2, $3, $4)",
        agent_id, pid, start_time, uid))


def test_the_executor_refuses_the_worker_and_itself_whatever_the_database_says(live: LiveStack) -> None:
    worker, executor = own_pid(live, "worker"), own_pid(live, "executor")
    tag = uuid.uuid4().hex[:6]
    sent = []
    for role, pid in (("worker", worker), ("executor", executor)):
        info = killswitch.read_process(pid)
        assert info is not None
        insert_row(live, f"{role}-{tag}", pid, info.start_time, info.uid)
        sent.append(make(live, "MUTE", f"{role}-{tag}"))
    try:
        got = publish_and_confirm(live, [(orjson.dumps(c), c["command_id"]) for c in sent],
                                  {c["command_id"] for c in sent})
        for command in sent:
            confirmation = got[command["command_id"]]
            assert confirmation["status"] == "REJECTED", confirmation
            assert "a VÉRTICE process" in confirmation["error"]
            [row] = audit_rows(live, command["command_id"])
            assert row["outcome"] == "REJECTED" and "a VÉRTICE process" in row["detail"]
        for pid in (worker, executor):
            assert psutil.Process(pid).status() != psutil.STATUS_STOPPED
    finally:
        for pid in (worker, executor):  # the old executor stopped them: let the rest of the session run
            os.kill(pid, signal.SIGCONT)


def test_the_executor_refuses_a_reused_pid(live: LiveStack, spawn: Spawn) -> None:
    agent = f"reused-{uuid.uuid4().hex[:6]}"
    first = spawn()
    assert live.http("/api/v1/agents", "POST", {"agent_id": agent, "pid": first.pid}, live.api_key)[0] == 201
    first.kill()
    first.wait()
    time.sleep(0.05)  # start times count in 10 ms ticks: two processes forked in one tick would look the same
    second = spawn()  # the pid the registry names now belongs to another process
    on_postgres(live.urls.postgres, lambda conn: conn.execute("UPDATE agents SET pid = $2 WHERE agent_id = $1",
                                                             agent, second.pid))
    command = make(live, "TERMINATE", agent)
    got = publish_and_confirm(live, [(orjson.dumps(command), command["command_id"])], {command["command_id"]})
    confirmation = got[command["command_id"]]
    assert confirmation["status"] == "REJECTED" and "pid reused" in confirmation["error"], confirmation
    assert [r["outcome"] for r in audit_rows(live, command["command_id"])] == ["REJECTED"]
    assert second.poll() is None and psutil.Process(second.pid).status() != psutil.STATUS_STOPPED
    status = on_postgres(live.urls.postgres, lambda conn: conn.fetchval(
        "SELECT status FROM commands WHERE command_id = $1", command["command_id"]))
    assert status == "REJECTED"


def test_an_unprivileged_users_and_a_root_process_are_registered_and_ended(live: LiveStack, spawn: Spawn) -> None:
    if os.getuid() != 0:
        pytest.skip("needs root to start a process as nobody")
    tag = uuid.uuid4().hex[:6]
    nobody = spawn("sleep", "3005", user=65534, group=65534)
    root = spawn()
    done = register_cli(live, f"nobody-{tag}", nobody.pid)
    assert done.returncode == 0 and "uid 65534" in done.stdout, done.stderr
    status, body = live.http("/api/v1/agents", "POST", {"agent_id": f"root-{tag}", "pid": root.pid}, live.api_key)
    assert status == 201 and body["uid"] == 0 and body["start_time"] > 0
    sent = [make(live, "ISOLATE", f"nobody-{tag}"), make(live, "ISOLATE", f"root-{tag}")]
    got = publish_and_confirm(live, [(orjson.dumps(c), c["command_id"]) for c in sent],
                              {c["command_id"] for c in sent})
    assert [got[c["command_id"]]["status"] for c in sent] == ["COMPLETED", "COMPLETED"], got
    assert nobody.wait(5) is not None and root.wait(5) is not None


def test_isolate_spares_an_unregistered_member_of_the_agents_process_group(live: LiveStack, spawn: Spawn) -> None:
    shell, children, member = shell_with_group_member(spawn)
    agent = f"shell-{uuid.uuid4().hex[:6]}"
    try:
        assert live.http("/api/v1/agents", "POST", {"agent_id": agent, "pid": shell.pid}, live.api_key)[0] == 201
        command = make(live, "ISOLATE", agent)
        got = publish_and_confirm(live, [(orjson.dumps(command), command["command_id"])], {command["command_id"]})
        assert got[command["command_id"]]["status"] == "COMPLETED", got
        assert shell.wait(5) is not None
        for child in children:
            assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE
        assert psutil.Process(member).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_STOPPED)
        assert os.getpgid(member) == shell.pid
    finally:
        os.kill(member, signal.SIGKILL)


def test_up_protects_the_stacks_servers(tmp_path: Path) -> None:
    up = subprocess.Popen([sys.executable, "-m", "ops.cli", "up", "--no-worker", "--data-dir", str(tmp_path)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "stack.json").exists() and up.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert (tmp_path / "stack.json").exists(), up.stderr.read() if up.poll() is not None else "no stack.json"
        servers = psutil.Process(up.pid).children()
        backends = [c for s in servers for c in s.children()]  # PostgreSQL's own processes
        assert len(servers) >= 3 and backends
        env = {**os.environ, "VERTICE_DATA_DIR": str(tmp_path)}
        env = {k: v for k, v in env.items() if k not in ("VERTICE_DATABASE_URL", "VERTICE_KAFKA_URL",
                                                          "VERTICE_NATS_URL")}
        def register(pid: int) -> subprocess.CompletedProcess[str]:
            return subprocess.run([sys.executable, "-m", "ops.cli", "agents", "register", "--agent-id", "server",
                                   "--pid", str(pid)], env=env, capture_output=True, text=True, timeout=60,
                                  check=False)

        for process in [*servers, backends[0]]:
            done = register(process.pid)
            assert done.returncode == 1 and "a VÉRTICE process" in done.stderr, (process.name(), done.stderr)
        # a server the supervisor restarts is recorded again under its new pid
        [nats] = [s for s in servers if s.name().startswith("nats")]
        nats.kill()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            restarted = [c for c in psutil.Process(up.pid).children() if c.name().startswith("nats")
                         and c.pid != nats.pid]
            if restarted and "a VÉRTICE process" in register(restarted[0].pid).stderr:
                break
            time.sleep(0.5)
        else:
            raise AssertionError("the restarted NATS server was not protected")
    finally:
        up.send_signal(signal.SIGTERM)
        up.wait(30)


def test_the_embedded_stacks_servers_are_protected_and_again_after_a_restart(live: LiveStack) -> None:
    """EmbeddedStack (tests, demo, bench, evaluate) records its servers itself, not only `vertice up`."""
    def refused(pid: int) -> bool:
        status, body = live.http("/api/v1/agents", "POST", {"agent_id": f"server-{pid}", "pid": pid}, live.api_key)
        return status == 422 and "a VÉRTICE process" in body["error"]

    servers = {name: process for name, process in live.embedded.processes if name in stack.SERVERS}
    assert set(servers) == set(stack.SERVERS)
    backend = psutil.Process(servers["postgres"].pid).children()[0]  # PostgreSQL's own processes too
    assert [name for name, process in servers.items() if not refused(process.pid)] == [] and refused(backend.pid)
    before = servers["nats"].pid
    live.embedded.stop_server("nats")
    live.embedded.start_server("nats")
    after = dict(live.embedded.processes)["nats"].pid
    assert after != before and refused(after) and not live.embedded.unprotected


def test_a_process_registers_the_agents_it_started(live: LiveStack, spawn: Spawn) -> None:
    """Its own descendants are not protected (only its ancestors are): the demo registers the fleet it spawns."""
    from streams.adapters import db

    child = spawn()
    registered = on_postgres(live.urls.postgres, lambda conn: db.register_agent(conn, "own-child", child.pid, None))
    assert registered["start_time"] == killswitch.read_process(child.pid).start_time  # type: ignore[union-attr]
