"""The supervisor, the data-dir lock and the secret files, with real child processes (no servers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ops import stack
from schemas.errors import StackError


def until(check: object, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_a_killed_program_is_restarted_and_the_others_keep_their_pids(tmp_path: Path) -> None:
    embedded = stack.EmbeddedStack(tmp_path)
    lines: list[str] = []
    supervisor = stack.Supervisor(embedded, echo=lines.append)
    try:
        worker = embedded.spawn("worker", ["sleep", "60"])
        server = embedded.spawn("nats", ["sleep", "60"])
        assert supervisor.check() is False
        os.kill(worker.pid, signal.SIGKILL)
        until(lambda: supervisor.check() and supervisor.restarts.get("worker") == 1)
        pids = {name: entry["pid"] for name, entry in supervisor.components().items()}
        assert pids["nats"] == server.pid and pids["worker"] not in (None, worker.pid)
        assert supervisor.components()["worker"]["restarts"] == 1
        assert lines[0].startswith("worker exited with code -9; restarting it in 1 s")
        assert lines[1].startswith(f"worker restarted (pid {pids['worker']}, restart 1)")
    finally:
        embedded.stop()


def test_a_crash_loop_stops_the_stack_naming_the_program(tmp_path: Path) -> None:
    embedded = stack.EmbeddedStack(tmp_path)
    supervisor = stack.Supervisor(embedded, echo=lambda _: None, max_restarts=1)
    try:
        embedded.spawn("executor", ["false"])
        with pytest.raises(StackError, match=r"^executor exited with code 1 after 1 restarts within 300 s"):
            until(lambda: supervisor.check() and False)
    finally:
        embedded.stop()


def test_the_memory_only_broker_exiting_stops_the_stack(tmp_path: Path) -> None:
    embedded = stack.EmbeddedStack(tmp_path)
    supervisor = stack.Supervisor(embedded, echo=lambda _: None)
    try:
        embedded.spawn("kafka", ["true"])
        with pytest.raises(StackError, match=r"^kafka \(Tansu\) exited with code 0; its topics lived in memory"):
            until(lambda: supervisor.check() and False)
    finally:
        embedded.stop()


def test_stop_waits_for_a_graceful_program_up_to_its_timeout(tmp_path: Path) -> None:
    embedded = stack.EmbeddedStack(tmp_path, stop_timeout_s=30)
    marker = tmp_path / "stopped"
    program = embedded.spawn("executor", ["bash", "-c", f"trap 'sleep 1; touch {marker}; exit 0' TERM; "
                                                      "while :; do sleep 0.1; done"])
    time.sleep(0.5)  # let bash install its trap
    embedded.stop()
    assert program.returncode == 0 and marker.exists()  # its own graceful stop, not SIGKILL


def test_one_stack_per_data_dir(tmp_path: Path) -> None:
    first, second = stack.StackLock(tmp_path), stack.StackLock(tmp_path)
    assert stack.running_pid(tmp_path) is None
    first.acquire()
    try:
        assert stack.running_pid(tmp_path) == os.getpid()
        with pytest.raises(StackError, match=rf"^a stack is already running from {tmp_path} \(pid {os.getpid()}\)"):
            second.acquire()
        assert (tmp_path / stack.LOCK_FILE).read_text() == str(os.getpid())
    finally:
        first.release()
    assert stack.running_pid(tmp_path) is None
    second.acquire()
    second.release()


def test_secret_files_are_private_from_the_first_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str, int, int]] = []
    real_open = os.open

    def spy(path: str | Path, flags: int, mode: int = 0o777, *args: object) -> int:
        opened.append((str(path), flags, mode))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", spy)
    previous = os.umask(0)
    try:
        key = stack.local_secret(tmp_path / "api.key")
        assert stack.local_secret(tmp_path / "api.key") == key  # generated once
        assert stack.local_secret(tmp_path / "other.key", "configured") == "configured"
        stack.write_private(tmp_path / "stack.json", "{}")
    finally:
        os.umask(previous)
    assert not (tmp_path / "other.key").exists()
    for name in ("api.key", "stack.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600
    created = [(path, mode) for path, flags, mode in opened if flags & os.O_CREAT]
    assert created and all(flags & os.O_EXCL for _, flags, _ in opened if flags & os.O_CREAT)
    assert {mode for _, mode in created} == {0o600}


def test_printed_urls_hide_the_password() -> None:
    assert stack.public_url("postgresql://vertice:s3cret@127.0.0.1:5432/vertice") == \
        "postgresql://vertice:***@127.0.0.1:5432/vertice"
    assert stack.public_url("kafka://127.0.0.1:9092") == "kafka://127.0.0.1:9092"


def test_servers_get_no_vertice_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VERTICE_API_KEY", "leak")
    env = stack.scrubbed_env(RUST_LOG="warn")
    assert set(env) == {"PATH", "HOME", "LANG", "RUST_LOG"} and "leak" not in env.values()


def test_a_trust_era_data_dir_is_refused_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "postgres").mkdir()
    (tmp_path / "postgres" / "PG_VERSION").write_text("18\n")
    with pytest.raises(StackError, match="made by an older version with trust authentication") as caught:
        stack.EmbeddedStack(tmp_path).start()
    assert "\n" not in str(caught.value)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["postgres", stack.LOCK_FILE]
    assert stack.running_pid(tmp_path) is None


def test_migrate_against_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ops.cli", "migrate"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "VERTICE_DATA_DIR": str(tmp_path),
                               "VERTICE_DATABASE_URL": f"postgresql://vertice:x@127.0.0.1:{stack.free_port()}/v"},
                          check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("Error: migration failed: "), done.stderr
    unset = subprocess.run([sys.executable, "-m", "ops.cli", "migrate"], capture_output=True, text=True, timeout=60,
                           env={**{k: v for k, v in os.environ.items() if k != "VERTICE_DATABASE_URL"},
                                "VERTICE_DATA_DIR": str(tmp_path)}, check=False)
    assert unset.returncode == 1
    assert unset.stderr == "Error: VERTICE_DATABASE_URL is not set and no embedded stack is running\n"


def test_an_empty_secret_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "nats.token").touch()
    with pytest.raises(StackError, match=r"nats\.token is empty"):
        stack.local_secret(tmp_path / "nats.token")


def test_a_server_dying_at_start_is_one_line_naming_its_log(tmp_path: Path) -> None:
    embedded = stack.EmbeddedStack(tmp_path)
    process = embedded.spawn("nats", ["bash", "-c", "echo starting; echo; echo 'fatal: store locked'; exit 3"])
    with pytest.raises(StackError) as caught:
        stack.wait_for_port(stack.free_port(), "nats", process, log=tmp_path / "logs" / "nats.log")
    embedded.stop()
    assert str(caught.value) == (f"nats exited with code 3 before listening: fatal: store locked "
                                 f"(see {tmp_path / 'logs' / 'nats.log'})")
