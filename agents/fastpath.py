"""The reflex fast path: a BLOCK becomes a command at once, before layers 2 and 3, once per target."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agents import commands
from agents.types import Event


def reflex_command(event: Event) -> tuple[str, str, dict[str, Any]] | None:
    """(command type, target, parameters) chosen from the event's fields."""
    kind = event["kind"]
    body = event.get(kind, {})
    if kind == "http":
        return "block_ip", str(body.get("src_ip") or event["entity"]), {"uri": str(body.get("uri", ""))[:200]}
    if kind == "auth":
        return "block_ip", str(body.get("src_ip") or event["entity"]), {"user": body.get("user")}
    if kind == "process":
        return "kill_process", event["entity"], {"pid": body.get("pid"), "name": body.get("name")}
    if kind == "network":
        return "isolate_host", event["entity"], {"dst_ip": body.get("dst_ip"), "dst_port": body.get("dst_port")}
    if kind == "agent_message":
        return "redirect_honeypot", str(body.get("source_agent_id") or event["entity"]), {}
    return None


class FastPath:
    """Signed reflex commands, at most one per (command type, target) for this worker's lifetime (and JetStream
    drops repeats across workers: the command id derives from the target)."""

    def __init__(self, key: bytes, deadline_s: float, capacity: int = 100_000) -> None:
        self.key = key
        self.deadline_s = deadline_s
        self.capacity = capacity
        self._issued: set[tuple[str, str]] = set()

    def plan(self, items: Sequence[dict[str, Any]], now: float) -> list[dict[str, Any]]:
        planned = []
        for item in items:
            if item["reflex"]["decision"] != "BLOCK":
                continue
            chosen = reflex_command(item["event"])
            if chosen is None:
                continue
            command_type, target, parameters = chosen
            if (command_type, target) in self._issued:
                continue
            if len(self._issued) >= self.capacity:
                self._issued.clear()
            self._issued.add((command_type, target))
            matches = item["reflex"]["matches"]
            top = matches[0] if matches else {}
            planned.append(commands.build(
                command_type=command_type, targets=[target], issuer="reflex", incident_id=f"reflex|{target}",
                now=now, deadline_s=self.deadline_s, key=self.key,
                parameters={**parameters, "event_id": item["event"]["event_id"],
                            "rules": [m["rule_id"] for m in matches][:8], "incident_id": f"reflex|{target}",
                            "severity": top.get("severity", "HIGH"), "family": top.get("category", "unknown")}))
        return planned
