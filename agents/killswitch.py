"""The kill switch: which processes it may act on, and its layers (signals, termination of the registered process
and its descendants, network quarantine). It reads /proc itself and trusts no registry row: a registration names a
pid, its start time and its uid, and a process that no longer matches all three is refused."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator, Sequence
from typing import Protocol

from schemas.errors import UnsafeTarget

LAYERS_FOR: dict[str, tuple[str, ...]] = {
    "MUTE": ("SOFTWARE",),
    "ISOLATE": ("SOFTWARE", "CONTAINER"),
    # the network quarantine goes on while the process still exists, then the process and its descendants go
    "TERMINATE": ("SOFTWARE", "NETWORK", "CONTAINER"),
}
PID_MAX_LIMIT = 4_194_304  # Linux's ceiling for pid_max on 64-bit: no pid is ever above it
PF_KTHREAD = 0x00200000  # /proc/<pid>/stat flags: a kernel thread
KTHREADD = 2
GROW_ROUNDS = 20  # walks of a stopping tree for children forked meanwhile


@dataclasses.dataclass(frozen=True, slots=True)
class ProcessInfo:
    pid: int
    tgid: int
    ppid: int
    start_time: int  # clock ticks after boot (/proc/<pid>/stat field 22): with the pid, one process per boot
    uid: int  # real uid
    kernel_thread: bool
    state: str


@dataclasses.dataclass(frozen=True, slots=True)
class Protected:
    """What the kill switch never touches: ``pids`` (VÉRTICE's own processes and their ancestors) and every
    descendant of ``roots`` (VÉRTICE's recorded processes: workers, executors, stack servers)."""

    pids: frozenset[int] = frozenset()
    roots: frozenset[int] = frozenset()

    def __contains__(self, pid: object) -> bool:
        return pid in self.pids or pid in self.roots

    def covers(self, info: ProcessInfo) -> bool:
        """``info`` is protected or descends from a root: its ancestors are walked (no scan of /proc)."""
        return info.pid in self or bool(self.roots and lineage(info.ppid) & self.roots)


@dataclasses.dataclass(frozen=True, slots=True)
class AgentRecord:
    agent_id: str
    pid: int
    start_time: int | None  # None: a registration from before start times were recorded, never acted on
    uid: int | None
    parent_agent_id: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class LayerResult:
    layer: str
    agent_id: str
    ok: bool
    detail: str
    refused: bool = False  # the target failed a safety check: nothing was done to it


def _read(path: str) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except (FileNotFoundError, ProcessLookupError):
        return None
    try:
        return os.read(fd, 4096)
    except ProcessLookupError:
        return None
    finally:
        os.close(fd)


def _stat(pid: int) -> list[bytes] | None:
    """The fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses); field n of
    the file is index n - 3 here."""
    raw = _read(f"/proc/{pid}/stat")
    return None if not raw else raw[raw.rindex(b")") + 2:].split()


def read_process(pid: int) -> ProcessInfo | None:
    """The process ``pid`` as /proc describes it, or None when there is none."""
    if not isinstance(pid, int) or isinstance(pid, bool) or not 0 < pid <= PID_MAX_LIMIT:
        return None
    fields = _stat(pid)
    raw_status = _read(f"/proc/{pid}/status")
    if fields is None or not raw_status:
        return None
    status = {key: value for key, _, value in (line.partition(b":") for line in raw_status.splitlines())}
    ppid = int(fields[1])
    return ProcessInfo(pid=pid, tgid=int(status[b"Tgid"]), ppid=ppid, start_time=int(fields[19]),
                       uid=int(status[b"Uid"].split()[0]),
                       kernel_thread=bool(int(fields[6]) & PF_KTHREAD) or KTHREADD in (pid, ppid),
                       state=fields[0].decode())


def lineage(pid: int) -> frozenset[int]:
    """``pid`` and every ancestor of it up to init."""
    seen: set[int] = set()
    current = pid
    while 0 < current <= PID_MAX_LIMIT and current not in seen:
        seen.add(current)
        fields = _stat(current)
        if fields is None:
            break
        current = int(fields[1])
    return frozenset(seen)


def _refusal(pid: int, info: ProcessInfo | None, protected: Protected) -> str | None:
    if pid <= 1:
        return "pid 1 and below are init or invalid, never a target"
    if pid > PID_MAX_LIMIT:
        return f"above {PID_MAX_LIMIT}, the largest pid Linux has"
    if info is None:
        return "no such process"
    if info.state in ("Z", "X"):
        return "the process has exited"
    if info.tgid != pid:
        return f"a thread of process {info.tgid}, not a process"
    if info.kernel_thread:
        return "a kernel thread"
    if protected.covers(info):
        return "a VÉRTICE process (worker, executor, stack server), or an ancestor or descendant of one"
    if info.uid == 0 and info.ppid == 1:
        return "a system daemon (owned by root, started by init)"
    return None


def check(pid: int, protected: Protected) -> ProcessInfo:
    """The process a registration of ``pid`` binds to, or UnsafeTarget saying why it may not be registered.
    ``protected``: VÉRTICE's own processes, refused with their ancestors and descendants."""
    info = read_process(pid) if 1 < pid <= PID_MAX_LIMIT else None
    reason = _refusal(pid, info, protected)
    if reason is not None or info is None:
        raise UnsafeTarget(pid, reason or "no such process")
    return info


def verify(agent: AgentRecord, protected: Protected) -> ProcessInfo | None:
    """The registered process if it is still the one registered and safe to act on, None when it has exited;
    UnsafeTarget when the row is unsafe (a row may have been written by anyone who can write the database)."""
    if not 1 < agent.pid <= PID_MAX_LIMIT:
        raise UnsafeTarget(agent.pid, _refusal(agent.pid, None, protected) or "out of range")
    if agent.start_time is None or agent.uid is None:
        raise UnsafeTarget(agent.pid, "the registration has no start time and uid: register the agent again")
    info = read_process(agent.pid)
    if info is None or info.state in ("Z", "X"):
        # a zombie has exited and waits to be reaped: nothing to act on. Orphaned, it is init's child, and as
        # root's it would read as a system daemon: a cascade after its parent's TERMINATE was refused as one
        return None
    if info.start_time != agent.start_time:
        raise UnsafeTarget(agent.pid, f"pid reused: registered start time {agent.start_time}, the process there "
                                      f"now started at {info.start_time}")
    if info.uid != agent.uid:
        raise UnsafeTarget(agent.pid, f"uid changed: registered {agent.uid}, now {info.uid}")
    reason = _refusal(agent.pid, info, protected)
    if reason is not None:
        raise UnsafeTarget(agent.pid, reason)
    return info


def refusal(agent: AgentRecord, protected: Protected) -> str | None:
    """Why the kill switch refuses ``agent`` now, or None."""
    try:
        verify(agent, protected)
    except UnsafeTarget as exc:
        return exc.reason
    return None


def children_map() -> dict[int, list[int]]:
    """Parent pid → child pids, from one scan of /proc."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            fields = _stat(int(name))
            if fields is not None:
                children.setdefault(int(fields[1]), []).append(int(name))
    return children


def descendants(root: ProcessInfo, protected: Protected,
                children: dict[int, list[int]] | None = None) -> list[ProcessInfo]:
    """Every living descendant of ``root``, breadth first; never a kernel thread or a protected process.
    ``children``: a parent → children map from ``children_map()`` to reuse (one scan of /proc for many roots)."""
    children = children_map() if children is None else children
    found: list[ProcessInfo] = []
    queue = [root]
    seen = {root.pid}
    while queue:
        parent = queue.pop(0)
        for pid in children.get(parent.pid, ()):
            info = read_process(pid)
            # a child starts after its parent: an older one is a pid the scan saw before it was reused
            if (pid in seen or info is None or info.ppid != parent.pid or info.start_time < parent.start_time
                    or info.kernel_thread or pid in protected):
                continue
            seen.add(pid)
            found.append(info)
            queue.append(info)
    return found


class Pinned:
    """A process held by a pidfd: its signals reach that process only, even once its pid is reused."""

    def __init__(self, info: ProcessInfo, fd: int) -> None:
        self.info = info
        self.fd = fd

    @classmethod
    def of(cls, info: ProcessInfo) -> Pinned | None:
        """None when the process has gone or its pid already names another process."""
        try:
            fd = os.pidfd_open(info.pid)
        except ProcessLookupError:
            return None
        now = read_process(info.pid)
        if now is None or now.start_time != info.start_time:
            os.close(fd)
            return None
        return cls(now, fd)

    def send(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            signal.pidfd_send_signal(self.fd, sig)

    def exited(self, timeout_s: float = 0.0) -> bool:
        poller = select.poll()
        poller.register(self.fd, select.POLLIN)
        return bool(poller.poll(max(0, int(timeout_s * 1000))))

    def state(self) -> str:
        """The /proc state letter while this is still the pinned process, else "X" (gone)."""
        fields = _stat(self.info.pid)
        return fields[0].decode() if fields is not None and int(fields[19]) == self.info.start_time else "X"


class Tree:
    """A registered agent's process and its descendants, each pinned: what its layers may act on, nothing else."""

    def __init__(self, agent_id: str, root: Pinned | None, protected: Protected) -> None:
        self.agent_id = agent_id
        self.root = root
        self.protected = protected
        self.members: dict[int, Pinned] = {} if root is None else {root.info.pid: root}

    def grow(self) -> list[Pinned]:
        """Pin descendants not pinned yet (children forked since the last walk); returns them."""
        if self.root is None or self.root.exited():
            return []
        new = []
        for info in descendants(self.root.info, self.protected):
            if info.pid not in self.members and (pinned := Pinned.of(info)) is not None:
                self.members[info.pid] = pinned
                new.append(pinned)
        return new

    def close(self) -> None:
        for pinned in self.members.values():
            os.close(pinned.fd)
        self.members.clear()


def software_layer(tree: Tree) -> LayerResult:
    """Stop the agent and its descendants acting (SIGSTOP; its credentials are revoked by the caller first), then
    check they stopped. Walks again for children forked while it stopped their parents."""
    if tree.root is None:
        return LayerResult("SOFTWARE", tree.agent_id, False, "credentials revoked; process not found")
    pid = tree.root.info.pid
    fresh = list(tree.members.values())
    for _ in range(GROW_ROUNDS):
        for pinned in fresh:
            pinned.send(signal.SIGSTOP)
        fresh = tree.grow()
        if not fresh:
            break
    for _ in range(50):
        states = {p.info.pid: p.state() for p in tree.members.values()}
        if all(s in "tTZX" for s in states.values()):
            if states[pid] in "ZX":
                return LayerResult("SOFTWARE", tree.agent_id, True, "credentials revoked; process already gone")
            return LayerResult("SOFTWARE", tree.agent_id, True,
                               f"credentials revoked; pid {pid} and {len(states) - 1} descendants stopped")
        time.sleep(0.01)
    running = sorted(p for p, s in states.items() if s not in "tTZX")
    return LayerResult("SOFTWARE", tree.agent_id, False, f"pids {running} did not stop")


def container_layer(tree: Tree, drain_timeout_s: float) -> LayerResult:
    """Terminate the agent's process and its descendants, each by its pidfd: SIGTERM, then SIGKILL after the
    drain timeout. Other members of its process group or session are left alone."""
    if tree.root is None:
        return LayerResult("CONTAINER", tree.agent_id, True, "process already gone")
    tree.grow()
    members = list(tree.members.values())
    for sig in (signal.SIGTERM, signal.SIGCONT):  # a muted (stopped) process must run to receive SIGTERM
        for pinned in members:
            pinned.send(sig)
    deadline = time.monotonic() + drain_timeout_s
    alive = [p for p in members if not p.exited(max(0.0, deadline - time.monotonic()))]
    if not alive:
        return LayerResult("CONTAINER", tree.agent_id, True,
                           f"pid {tree.root.info.pid} and {len(members) - 1} descendants terminated (SIGTERM)")
    for pinned in alive:
        pinned.send(signal.SIGKILL)
    survivors = [p.info.pid for p in alive if not p.exited(2.0)]
    if survivors:
        return LayerResult("CONTAINER", tree.agent_id, False, f"pids {survivors} survived SIGKILL")
    return LayerResult("CONTAINER", tree.agent_id, True,
                       f"pid {tree.root.info.pid} and {len(members) - 1} descendants killed ({len(alive)} by SIGKILL)")


def network_layer(tree: Tree) -> LayerResult:
    """Drop all traffic in the agent's own network namespace with nftables; never claims what it did not do."""
    nft = shutil.which("nft")
    if nft is None:
        return LayerResult("NETWORK", tree.agent_id, False, "nftables (nft) is not installed on this host")
    if tree.root is None:
        return LayerResult("NETWORK", tree.agent_id, False, "process not found")
    try:
        namespace = os.open(f"/proc/{tree.root.info.pid}/ns/net", os.O_RDONLY)
    except (FileNotFoundError, PermissionError, ProcessLookupError) as exc:
        return LayerResult("NETWORK", tree.agent_id, False, f"cannot read the agent's network namespace: {exc}")
    try:
        if tree.root.state() == "X":  # the namespace opened may be a later owner's of the pid
            return LayerResult("NETWORK", tree.agent_id, False, "process gone before its namespace was opened")
        if os.fstat(namespace).st_ino == os.stat("/proc/self/ns/net").st_ino:
            return LayerResult("NETWORK", tree.agent_id, False,
                               "agent shares the host network namespace; a host-wide drop rule was refused")
        script = ("add table inet vertice_quarantine\n"
                  "add chain inet vertice_quarantine out { type filter hook output priority 0; policy drop; }\n"
                  "add chain inet vertice_quarantine in { type filter hook input priority 0; policy drop; }\n")
        done = subprocess.run(["nsenter", f"--net=/proc/self/fd/{namespace}", nft, "-f", "-"], input=script.encode(),
                              capture_output=True, timeout=10, check=False, pass_fds=(namespace,))
    finally:
        os.close(namespace)
    if done.returncode != 0:
        return LayerResult("NETWORK", tree.agent_id, False, f"nft failed: {done.stderr.decode()[:200]}")
    return LayerResult("NETWORK", tree.agent_id, True, "all traffic dropped in the agent's network namespace")


@contextlib.contextmanager
def pinned(agent: AgentRecord, protected: Protected) -> Iterator[Tree]:
    """The agent's process tree, verified against its registration and pinned (UnsafeTarget when refused)."""
    info = verify(agent, protected)
    tree = Tree(agent.agent_id, None if info is None else Pinned.of(info), protected)
    try:
        yield tree  # the layers pin its descendants: SOFTWARE after stopping the root, so that none forks unseen
    finally:
        tree.close()


class Journal(Protocol):
    """Where the executor records each layer: before it acts and after, so an interrupted run can be completed."""

    def recorded(self, agent: AgentRecord, layer: str) -> LayerResult | None:
        """The result an earlier, interrupted run recorded for this layer, if it finished it."""

    def starting(self, agent: AgentRecord, layer: str) -> None: ...

    def finished(self, result: LayerResult) -> None: ...


def execute(command_type: str, agents: Sequence[AgentRecord], *, protected: Protected,
            drain_timeout_s: float, journal: Journal | None = None) -> list[LayerResult]:
    """Run the command's layers against each agent (the target first, then its cascade); an agent that fails
    a safety check gets one refused result and nothing else. With a ``journal``, layers an interrupted run
    finished are not redone (an agent with all of them done is not even looked up: it may be gone by now), and
    the one it was cut short in is run again: every layer is safe to repeat."""
    results: list[LayerResult] = []
    for agent in agents:
        layers = LAYERS_FOR[command_type]
        recorded = {layer: journal.recorded(agent, layer) for layer in layers} if journal is not None else {}
        if recorded and all(result is not None for result in recorded.values()):
            results.extend(result for result in recorded.values() if result is not None)
            continue
        try:
            with pinned(agent, protected) as tree:
                for layer in layers:
                    earlier = recorded.get(layer)
                    if earlier is not None:
                        results.append(earlier)
                        continue
                    if journal is not None:
                        journal.starting(agent, layer)
                    if layer == "SOFTWARE":
                        results.append(software_layer(tree))
                    elif layer == "CONTAINER":
                        results.append(container_layer(tree, drain_timeout_s))
                    else:
                        results.append(network_layer(tree))
                    if journal is not None:
                        journal.finished(results[-1])
        except UnsafeTarget as exc:
            results.append(LayerResult("VERIFY", agent.agent_id, False, f"refused: {exc}", refused=True))
    return results


def cascade(target: str, registry: dict[str, AgentRecord]) -> list[AgentRecord]:
    """The target and, recursively, every agent it spawned (breadth first, each once)."""
    order = [registry[target]]
    seen = {target}
    index = 0
    while index < len(order):
        parent = order[index].agent_id
        for record in registry.values():
            if record.parent_agent_id == parent and record.agent_id not in seen:
                seen.add(record.agent_id)
                order.append(record)
        index += 1
    return order
