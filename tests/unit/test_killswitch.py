"""The kill switch against real processes: no mocks, the processes really stop or go, and only those registered."""

import dataclasses
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from agents import commands, killswitch
from agents.killswitch import AgentRecord
from schemas.errors import ConfigError, UnsafeTarget

SLEEPER = "import time\nwhile True: time.sleep(0.2)\n"
Spawn = Callable[..., subprocess.Popen[bytes]]
NONE = killswitch.Protected()


@pytest.fixture
def spawn() -> Iterator[Spawn]:
    started: list[subprocess.Popen[bytes]] = []

    def start(*argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(list(argv) or [sys.executable, "-c", SLEEPER],  # type: ignore[call-overload]
                                   start_new_session=True, **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


def record(agent_id: str, pid: int, parent: str | None = None) -> AgentRecord:
    """A registration as ``vertice agents register`` makes it: bound to the process's start time and uid."""
    info = killswitch.check(pid, NONE)
    return AgentRecord(agent_id, pid, info.start_time, info.uid, parent)


def tree(agent: AgentRecord) -> killswitch.Tree:
    info = killswitch.verify(agent, NONE)
    result = killswitch.Tree(agent.agent_id, None if info is None else killswitch.Pinned.of(info), NONE)
    result.grow()
    return result


def unused_pid() -> int:
    """A pid no process can have on this host (above its pid_max), still within Linux's limit."""
    pid_max = int(Path("/proc/sys/kernel/pid_max").read_text())
    return min(pid_max + 1, killswitch.PID_MAX_LIMIT)


def test_read_process_parses_its_own_entry() -> None:
    me = killswitch.read_process(os.getpid())
    assert me is not None and me.pid == me.tgid == os.getpid() and me.ppid == os.getppid()
    assert me.uid == os.getuid() and not me.kernel_thread
    assert me.start_time == killswitch.read_process(os.getpid()).start_time  # type: ignore[union-attr]


@pytest.mark.parametrize("pid", [0, 1, -1, 2, 2**31, 2**63])
def test_init_invalid_and_kthreadd_pids_are_refused(pid: int) -> None:
    with pytest.raises(UnsafeTarget):
        killswitch.check(pid, NONE)


def test_a_missing_pid_is_refused() -> None:
    with pytest.raises(UnsafeTarget, match="no such process"):
        killswitch.check(unused_pid(), NONE)


def test_kernel_threads_are_refused() -> None:
    kernel_threads = [p.pid for p in psutil.process_iter(["ppid"]) if p.info["ppid"] == 2]
    assert kernel_threads, "no kernel thread visible in /proc"
    with pytest.raises(UnsafeTarget, match="kernel thread"):
        killswitch.check(kernel_threads[0], NONE)


def test_a_thread_id_is_not_a_process() -> None:
    ids: list[int] = []
    done = threading.Event()
    worker = threading.Thread(target=lambda: (ids.append(threading.get_native_id()), done.wait(5)))
    worker.start()
    try:
        while not ids:
            time.sleep(0.01)
        with pytest.raises(UnsafeTarget, match="thread of process"):
            killswitch.check(ids[0], NONE)
    finally:
        done.set()
        worker.join()


def test_own_process_and_ancestors_are_refused() -> None:
    protected = killswitch.Protected(killswitch.lineage(os.getpid()))
    assert {os.getpid(), os.getppid()} <= protected.pids
    for pid in (os.getpid(), os.getppid()):
        with pytest.raises(UnsafeTarget, match="a VÉRTICE process"):
            killswitch.check(pid, protected)


def test_descendants_of_a_protected_process_are_refused(spawn: Spawn) -> None:
    shell = spawn("bash", "-c", "sleep 3006 & wait")
    deadline = time.monotonic() + 5
    while not (children := psutil.Process(shell.pid).children()) and time.monotonic() < deadline:
        time.sleep(0.02)
    protected = killswitch.Protected(roots=frozenset({shell.pid}))
    for pid in (shell.pid, children[0].pid):
        with pytest.raises(UnsafeTarget, match="a VÉRTICE process"):
            killswitch.check(pid, protected)
    children[0].kill()


def test_root_daemons_started_by_init_are_refused(spawn: Spawn) -> None:
    process = spawn()
    info = killswitch.check(process.pid, NONE)  # a child of this test: allowed
    as_daemon = dataclasses.replace(info, uid=0, ppid=1)
    assert killswitch._refusal(process.pid, as_daemon, NONE) == ("a system daemon (owned by root, started "
                                                                         "by init)")


def test_a_reused_pid_or_changed_uid_is_refused(spawn: Spawn) -> None:
    process = spawn()
    agent = record("a", process.pid)
    assert killswitch.verify(agent, NONE) is not None
    with pytest.raises(UnsafeTarget, match="pid reused"):
        killswitch.verify(dataclasses.replace(agent, start_time=agent.start_time - 1), NONE)  # type: ignore[operator]
    with pytest.raises(UnsafeTarget, match="uid changed"):
        killswitch.verify(dataclasses.replace(agent, uid=12345), NONE)
    with pytest.raises(UnsafeTarget, match="register the agent again"):
        killswitch.verify(dataclasses.replace(agent, start_time=None), NONE)
    for pid in (0, 1, -1):
        with pytest.raises(UnsafeTarget):
            killswitch.verify(dataclasses.replace(agent, pid=pid), NONE)


def test_execute_refuses_a_reused_pid_and_leaves_the_process(spawn: Spawn) -> None:
    process = spawn()
    agent = record("a", process.pid)
    stale = dataclasses.replace(agent, start_time=agent.start_time - 1)  # type: ignore[operator]
    [result] = killswitch.execute("ISOLATE", [stale], protected=NONE, drain_timeout_s=1.0)
    assert result.refused and not result.ok and "pid reused" in result.detail
    assert process.poll() is None and psutil.Process(process.pid).status() != psutil.STATUS_STOPPED


def test_execute_refuses_protected_processes(spawn: Spawn) -> None:
    process = spawn()
    agent = record("a", process.pid)
    protected = killswitch.Protected(frozenset({process.pid}))
    [result] = killswitch.execute("MUTE", [agent], protected=protected, drain_timeout_s=1.0)
    assert result.refused and "a VÉRTICE process" in result.detail
    assert psutil.Process(process.pid).status() != psutil.STATUS_STOPPED


def test_software_layer_really_stops_the_process(spawn: Spawn) -> None:
    process = spawn()
    result = killswitch.software_layer(tree(record("a", process.pid)))
    assert result.ok
    assert psutil.Process(process.pid).status() == psutil.STATUS_STOPPED


def test_container_layer_really_ends_a_stopped_process(spawn: Spawn) -> None:
    process = spawn()
    agent = record("a", process.pid)
    killswitch.software_layer(tree(agent))
    result = killswitch.container_layer(tree(agent), drain_timeout_s=2.0)
    assert result.ok
    assert process.wait(5) is not None


def test_network_layer_never_claims_success_it_did_not_achieve(spawn: Spawn) -> None:
    process = spawn()
    result = killswitch.network_layer(tree(record("a", process.pid)))
    if not result.ok:
        assert result.detail  # a reason, e.g. no nft or a shared namespace
    assert psutil.Process(process.pid).is_running()


def test_missing_process_is_reported(spawn: Spawn) -> None:
    process = spawn()
    agent = record("ghost", process.pid)
    process.kill()
    process.wait()
    result = killswitch.software_layer(tree(agent))
    assert not result.ok and "not found" in result.detail


def test_an_exited_process_not_yet_reaped_is_gone_not_refused(spawn: Spawn) -> None:
    process = spawn()
    agent = record("zombie", process.pid)
    os.kill(process.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while psutil.Process(process.pid).status() != psutil.STATUS_ZOMBIE and time.monotonic() < deadline:
        time.sleep(0.01)  # not waited for: it stays a zombie, as an orphan does until init reaps it
    assert killswitch.verify(agent, NONE) is None
    as_orphan = dataclasses.replace(killswitch.read_process(process.pid), uid=0, ppid=1)  # type: ignore[arg-type]
    assert killswitch._refusal(process.pid, as_orphan, NONE) == "the process has exited"
    [software, container] = killswitch.execute("ISOLATE", [agent], protected=NONE, drain_timeout_s=1.0)
    assert not software.refused and "not found" in software.detail  # nothing left to stop: said, not claimed
    assert container.ok and "already gone" in container.detail
    with pytest.raises(UnsafeTarget, match="exited"):
        killswitch.check(process.pid, NONE)


def test_cascade_is_breadth_first_and_finite() -> None:
    registry = {r.agent_id: r for r in [AgentRecord("root", 10, 1, 0), AgentRecord("c1", 11, 1, 0, "root"),
                                        AgentRecord("c2", 12, 1, 0, "root"), AgentRecord("g1", 13, 1, 0, "c1"),
                                        AgentRecord("other", 14, 1, 0)]}
    assert [a.agent_id for a in killswitch.cascade("root", registry)] == ["root", "c1", "c2", "g1"]


def test_terminate_takes_the_children(spawn: Spawn) -> None:
    parent, child = spawn(), spawn()
    registry = {"p": record("p", parent.pid), "c": record("c", child.pid, "p")}
    results = killswitch.execute("TERMINATE", killswitch.cascade("p", registry), protected=NONE,
                                 drain_timeout_s=1.0)
    assert {(r.agent_id, r.layer) for r in results if r.ok} >= {("p", "SOFTWARE"), ("p", "CONTAINER"),
                                                                  ("c", "SOFTWARE"), ("c", "CONTAINER")}
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (parent.poll() is None or child.poll() is None):
        time.sleep(0.05)
    assert parent.poll() is not None and child.poll() is not None


def shell_with_group_member(spawn: Spawn) -> tuple[subprocess.Popen[bytes], list[int], int]:
    """The issue's ``setsid bash -c 'sleep 3001 & sleep 3002 & wait'``, plus ``sleep 3003`` started by a subshell
    that exits at once: a member of the shell's process group and session that is not its descendant."""
    shell = spawn("bash", "-c", "sleep 3001 & sleep 3002 & (sleep 3003 &); wait")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        in_group = [p for p in psutil.process_iter(["cmdline"]) if p.pid != shell.pid
                    and p.info["cmdline"] and p.info["cmdline"][0] == "sleep" and _pgid(p.pid) == shell.pid]
        children = sorted(c.pid for c in psutil.Process(shell.pid).children())
        members = [p.pid for p in in_group if p.pid not in children]
        if len(children) == 2 and members:
            return shell, children, members[0]
        time.sleep(0.02)
    raise AssertionError("the shell's processes did not start")


def _pgid(pid: int) -> int:
    try:
        return os.getpgid(pid)
    except ProcessLookupError:
        return -1


def test_isolate_ends_the_agent_and_its_descendants_but_not_its_group(spawn: Spawn) -> None:
    shell, children, member = shell_with_group_member(spawn)
    try:
        [stop, end] = killswitch.execute("ISOLATE", [record("shell", shell.pid)], protected=NONE,
                                         drain_timeout_s=1.0)
        assert stop.ok and end.ok, (stop, end)
        assert shell.wait(5) is not None
        for child in children:
            assert not psutil.pid_exists(child) or psutil.Process(child).status() == psutil.STATUS_ZOMBIE
        assert psutil.Process(member).status() not in (psutil.STATUS_ZOMBIE, psutil.STATUS_STOPPED)
        assert _pgid(member) == shell.pid  # it really was in the agent's process group
    finally:
        os.kill(member, signal.SIGKILL)


def test_mute_stops_the_descendants_too_and_not_the_group(spawn: Spawn) -> None:
    shell, children, member = shell_with_group_member(spawn)
    try:
        [result] = killswitch.execute("MUTE", [record("shell", shell.pid)], protected=NONE,
                                      drain_timeout_s=1.0)
        assert result.ok and "2 descendants stopped" in result.detail
        for pid in (shell.pid, *children):
            assert psutil.Process(pid).status() == psutil.STATUS_STOPPED
        assert psutil.Process(member).status() != psutil.STATUS_STOPPED
    finally:
        os.kill(member, signal.SIGKILL)
        for child in children:
            os.kill(child, signal.SIGKILL)


def test_an_unprivileged_users_process_is_registered_and_ended(spawn: Spawn) -> None:
    if os.getuid() != 0:
        pytest.skip("needs root to start a process as nobody")
    process = spawn("sleep", "300", user=65534, group=65534)  # the venv may not be readable by nobody
    agent = record("nobody-agent", process.pid)
    assert agent.uid == 65534
    results = killswitch.execute("ISOLATE", [agent], protected=NONE, drain_timeout_s=1.0)
    assert all(r.ok for r in results) and process.wait(5) is not None


def test_no_command_is_signed_or_verified_with_an_empty_key() -> None:
    with pytest.raises(ConfigError, match="VERTICE_COMMAND_SIGNING_KEY"):
        commands.build(command_type="MUTE", targets=["a"], issuer="cortex", incident_id="i", now=0.0,
                       deadline_s=30, key=b"")
    signed = commands.build(command_type="MUTE", targets=["a"], issuer="cortex", incident_id="i", now=0.0,
                            deadline_s=30, key=b"k")
    with pytest.raises(ConfigError, match="VERTICE_COMMAND_SIGNING_KEY"):
        commands.verify(b"{}", b"", 0.0)
    assert commands.verify(__import__("orjson").dumps(signed), b"k", 0.0)["command_id"] == signed["command_id"]


def test_the_worker_refuses_to_start_without_a_signing_key(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERTICE_")}
    env.update(VERTICE_DATA_DIR=str(tmp_path), VERTICE_PURE_PYTHON="1")
    done = subprocess.run([sys.executable, "-m", "faust", "-A", "streams.app", "worker"], env=env,
                          capture_output=True, timeout=120, check=False)
    assert done.returncode != 0
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "VERTICE_COMMAND_SIGNING_KEY is not set" in lines[0], lines
