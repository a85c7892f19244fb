"""Treg and the cytotoxic caps: responses are reviewed before they leave; friendly fire is suppressed, strong
actions on critical assets are downgraded, and the hourly and daily caps hold. Every decision has a reason."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from agents import commands

DOWNGRADE = {"TERMINATE": "MUTE", "ISOLATE": "MUTE", "kill_process": None, "isolate_host": None}


@dataclasses.dataclass(frozen=True)
class Suppression:
    command: dict[str, Any]
    reason: str


class Regulator:
    def __init__(self, allowlist: Iterable[str] = (), critical_assets: Iterable[str] = (), hourly_cap: int = 100,
                 daily_cap: int = 1000, key: bytes = b"") -> None:
        self.allowlist = frozenset(allowlist)
        self.critical = frozenset(critical_assets)
        self.hourly_cap = hourly_cap
        self.daily_cap = daily_cap
        self.key = key
        self.issued: collections.deque[float] = collections.deque()

    def review(self, planned: Sequence[dict[str, Any]],
               now: float) -> tuple[list[dict[str, Any]], list[Suppression]]:
        """(commands to send, possibly downgraded and re-signed; suppressions with their reasons)."""
        while self.issued and self.issued[0] < now - 86_400:
            self.issued.popleft()
        approved: list[dict[str, Any]] = []
        suppressed: list[Suppression] = []
        for command in planned:
            targets = set(command["targets"])
            if targets & self.allowlist:
                friends = sorted(targets & self.allowlist)
                suppressed.append(Suppression(command, f"friendly fire: {friends} allowlisted"))
                continue
            last_hour = sum(1 for ts in self.issued if ts >= now - 3600)
            if last_hour >= self.hourly_cap or len(self.issued) >= self.daily_cap:
                cap = "hourly" if last_hour >= self.hourly_cap else "daily"
                limits = f"{self.hourly_cap}/h, {self.daily_cap}/day"
                suppressed.append(Suppression(command, f"{cap} cap reached ({limits})"))
                continue
            if targets & self.critical and command["command_type"] in DOWNGRADE:
                softer = DOWNGRADE[command["command_type"]]
                if softer is None:
                    suppressed.append(Suppression(command, f"critical asset {sorted(targets & self.critical)}: "
                                                           f"{command['command_type']} needs an operator"))
                    continue
                fields = {k: v for k, v in command.items() if k not in ("signature", "status")}
                command = commands.sign({**fields, "command_type": softer, "status": "PENDING",
                                         "parameters": {**command["parameters"],
                                                        "downgraded_from": command["command_type"]}}, self.key)
            self.issued.append(now)
            approved.append(command)
        return approved, suppressed
