"""The kill switch's layers: real signals, process-group termination and network quarantine."""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence

import psutil

LAYERS_FOR: dict[str, tuple[str, ...]] = {
    "MUTE": ("SOFTWARE",),
    "ISOLATE": ("SOFTWARE", "CONTAINER"),
    # the network quarantine goes on while the process still exists, then the process group goes
    "TERMINATE": ("SOFTWARE", "NETWORK", "CONTAINER"),
}


@dataclasses.dataclass(frozen=True, slots=True)
class AgentRecord:
    agent_id: str
    pid: int
    parent_agent_id: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class LayerResult:
    layer: str
    agent_id: str
    ok: bool
    detail: str


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def software_layer(agent: AgentRecord) -> LayerResult:
    """Stop the agent acting (SIGSTOP; its credentials are revoked by the caller first), then check it stopped."""
    try:
        os.kill(agent.pid, signal.SIGSTOP)
    except ProcessLookupError:
        return LayerResult("SOFTWARE", agent.agent_id, False, f"credentials revoked; pid {agent.pid} not found")
    for _ in range(50):
        try:
            status = psutil.Process(agent.pid).status()
        except psutil.NoSuchProcess:
            return LayerResult("SOFTWARE", agent.agent_id, True, "credentials revoked; process already gone")
        if status in (psutil.STATUS_STOPPED, psutil.STATUS_TRACING_STOP, psutil.STATUS_ZOMBIE):
            return LayerResult("SOFTWARE", agent.agent_id, True, f"credentials revoked; pid {agent.pid} stopped")
        time.sleep(0.01)
    return LayerResult("SOFTWARE", agent.agent_id, False, f"pid {agent.pid} did not stop (status {status})")


def container_layer(agent: AgentRecord, drain_timeout_s: float) -> LayerResult:
    """Terminate the agent's process group: SIGTERM, then SIGKILL after the drain timeout."""
    try:
        pgid = os.getpgid(agent.pid)
    except ProcessLookupError:
        return LayerResult("CONTAINER", agent.agent_id, True, f"pid {agent.pid} already gone")
    own_group = pgid == os.getpgrp()

    def send(sig: int) -> None:
        try:
            if own_group:  # never signal our own process group: only the agent itself
                os.kill(agent.pid, sig)
            else:
                os.killpg(pgid, sig)
        except ProcessLookupError:
            pass

    send(signal.SIGTERM)
    send(signal.SIGCONT)  # a muted (stopped) process must run to receive SIGTERM
    deadline = time.monotonic() + drain_timeout_s
    while time.monotonic() < deadline:
        if _gone(agent.pid):
            return LayerResult("CONTAINER", agent.agent_id, True, f"process group {pgid} terminated (SIGTERM)")
        time.sleep(0.02)
    send(signal.SIGKILL)
    for _ in range(100):
        if _gone(agent.pid):
            return LayerResult("CONTAINER", agent.agent_id, True, f"process group {pgid} killed (SIGKILL)")
        time.sleep(0.01)
    return LayerResult("CONTAINER", agent.agent_id, False, f"pid {agent.pid} survived SIGKILL")


def network_layer(agent: AgentRecord) -> LayerResult:
    """Drop all traffic in the agent's own network namespace with nftables; never claims what it did not do."""
    nft = shutil.which("nft")
    if nft is None:
        return LayerResult("NETWORK", agent.agent_id, False, "nftables (nft) is not installed on this host")
    try:
        theirs = os.stat(f"/proc/{agent.pid}/ns/net").st_ino
        ours = os.stat("/proc/self/ns/net").st_ino
    except (FileNotFoundError, PermissionError) as exc:
        return LayerResult("NETWORK", agent.agent_id, False, f"cannot read the agent's network namespace: {exc}")
    if theirs == ours:
        return LayerResult("NETWORK", agent.agent_id, False,
                           "agent shares the host network namespace; a host-wide drop rule was refused")
    script = ("add table inet vertice_quarantine\n"
              "add chain inet vertice_quarantine out { type filter hook output priority 0; policy drop; }\n"
              "add chain inet vertice_quarantine in { type filter hook input priority 0; policy drop; }\n")
    done = subprocess.run(["nsenter", "-t", str(agent.pid), "-n", nft, "-f", "-"], input=script.encode(),
                          capture_output=True, timeout=10, check=False)
    if done.returncode != 0:
        return LayerResult("NETWORK", agent.agent_id, False, f"nft failed: {done.stderr.decode()[:200]}")
    return LayerResult("NETWORK", agent.agent_id, True, "all traffic dropped in the agent's network namespace")


def execute(command_type: str, agents: Sequence[AgentRecord], *, drain_timeout_s: float) -> list[LayerResult]:
    """Run the command's layers against each agent (the target first, then its cascade)."""
    results = []
    for agent in agents:
        for layer in LAYERS_FOR[command_type]:
            if layer == "SOFTWARE":
                results.append(software_layer(agent))
            elif layer == "CONTAINER":
                results.append(container_layer(agent, drain_timeout_s))
            else:
                results.append(network_layer(agent))
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
