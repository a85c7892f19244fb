"""The kill switch's layers against real processes: no mocks, the processes really stop or go."""

import subprocess
import sys
import time
from collections.abc import Iterator

import psutil
import pytest

from agents import killswitch
from agents.killswitch import AgentRecord

SLEEPER = "import time\nwhile True: time.sleep(0.2)\n"


@pytest.fixture
def spawn() -> Iterator[object]:
    started: list[subprocess.Popen[bytes]] = []

    def start(**kwargs: object) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, "-c", SLEEPER], start_new_session=True, **kwargs)  # type: ignore[call-overload]
        started.append(process)
        return process

    yield start
    for process in started:
        process.kill()
        process.wait()


def test_software_layer_really_stops_the_process(spawn: object) -> None:
    process = spawn()  # type: ignore[operator]
    result = killswitch.software_layer(AgentRecord("a", process.pid))
    assert result.ok
    assert psutil.Process(process.pid).status() == psutil.STATUS_STOPPED


def test_container_layer_really_ends_a_stopped_process(spawn: object) -> None:
    process = spawn()  # type: ignore[operator]
    killswitch.software_layer(AgentRecord("a", process.pid))
    result = killswitch.container_layer(AgentRecord("a", process.pid), drain_timeout_s=2.0)
    assert result.ok
    assert process.wait(5) is not None


def test_network_layer_never_claims_success_it_did_not_achieve(spawn: object) -> None:
    process = spawn()  # type: ignore[operator]
    result = killswitch.network_layer(AgentRecord("a", process.pid))
    if not result.ok:
        assert result.detail  # a reason, e.g. no nft or a shared namespace
    assert psutil.Process(process.pid).is_running()


def test_missing_process_is_reported() -> None:
    result = killswitch.software_layer(AgentRecord("ghost", 2**22 - 3))
    assert not result.ok and "not found" in result.detail


def test_cascade_is_breadth_first_and_finite() -> None:
    registry = {r.agent_id: r for r in [AgentRecord("root", 10), AgentRecord("c1", 11, "root"),
                                        AgentRecord("c2", 12, "root"), AgentRecord("g1", 13, "c1"),
                                        AgentRecord("other", 14)]}
    assert [a.agent_id for a in killswitch.cascade("root", registry)] == ["root", "c1", "c2", "g1"]


def test_terminate_takes_the_children(spawn: object) -> None:
    parent, child = spawn(), spawn()  # type: ignore[operator]
    registry = {"p": AgentRecord("p", parent.pid), "c": AgentRecord("c", child.pid, "p")}
    results = killswitch.execute("TERMINATE", killswitch.cascade("p", registry), drain_timeout_s=1.0)
    assert {(r.agent_id, r.layer) for r in results if r.ok} >= {("p", "SOFTWARE"), ("p", "CONTAINER"),
                                                                  ("c", "SOFTWARE"), ("c", "CONTAINER")}
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and (parent.poll() is None or child.poll() is None):
        time.sleep(0.05)
    assert parent.poll() is not None and child.poll() is not None
