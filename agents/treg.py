"""Treg and the cytotoxic caps: every planned response gets a Helper T strategy and a risk score before it leaves;
friendly fire is suppressed, risky or excessive actions are downgraded or suppressed, and the hourly, daily and
per-incident caps hold. Every decision has a reason."""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from agents import commands, helper_t

DOWNGRADE = {"TERMINATE": "MUTE", "ISOLATE": "MUTE", "REVOKE_ACCESS": "MUTE", "kill_process": None,
             "isolate_host": None, "block_ip": None}
SUPPRESS_AT, DOWNGRADE_AT = 0.6, 0.25
WEIGHTS = {"critical_asset": 0.35, "excessive": 0.3, "target_diversity": 0.15, "false_positives": 0.2}
DIVERSE_TARGETS = 50  # distinct targets acted on in an hour that count as a response spraying everywhere
FALSE_POSITIVES = 3  # dismissed verdicts on a target that make acting on it again fully risky


@dataclasses.dataclass(frozen=True)
class Suppression:
    command: dict[str, Any]
    reason: str
    kind: str  # one of a few labels for the metric: friendly_fire, hourly_cap, daily_cap, incident_cap, risk, operator


class Regulator:
    def __init__(self, allowlist: Iterable[str] = (), critical_assets: Iterable[str] = (), hourly_cap: int = 100,
                 daily_cap: int = 1000, key: bytes = b"") -> None:
        self.allowlist = frozenset(allowlist)
        self.critical = frozenset(critical_assets)
        self.hourly_cap = hourly_cap
        self.daily_cap = daily_cap
        self.key = key
        self.issued: collections.deque[tuple[float, str, str]] = collections.deque()  # (ts, target, incident)
        self.per_incident: collections.Counter[str] = collections.Counter()
        self.false_positives: collections.Counter[str] = collections.Counter()

    def record_false_positive(self, target: str) -> None:
        """An operator dismissed a verdict on ``target``: acting on it again is riskier."""
        self.false_positives[target] += 1

    def risk(self, command: dict[str, Any], response: helper_t.Response, now: float) -> tuple[float, dict[str, float]]:
        """Risk in [0, 1] of sending ``command``, and its parts: critical asset, excess over the planned
        intensity, how many targets were acted on this hour, the target's false-positive history."""
        target = command["targets"][0]
        strength = helper_t.STRENGTH.get(command["command_type"], 1.0)
        recent_targets = {t for ts, t, _ in self.issued if ts >= now - 3600}
        parts = {"critical_asset": 1.0 if set(command["targets"]) & self.critical else 0.0,
                 "excessive": max(0.0, strength - response.intensity / 5),
                 "target_diversity": min(1.0, len(recent_targets) / DIVERSE_TARGETS),
                 "false_positives": min(1.0, self.false_positives[target] / FALSE_POSITIVES)}
        return round(sum(WEIGHTS[k] * v for k, v in parts.items()), 4), parts

    def review(self, planned: Sequence[dict[str, Any]],
               now: float) -> tuple[list[dict[str, Any]], list[Suppression]]:
        """(commands to send, each carrying its strategy and risk, possibly downgraded and re-signed;
        suppressions with their reasons)."""
        while self.issued and self.issued[0][0] < now - 86_400:
            incident = self.issued.popleft()[2]
            self.per_incident[incident] -= 1
            if self.per_incident[incident] <= 0:  # a day of distinct incidents must not stay behind as zeros
                del self.per_incident[incident]
        approved: list[dict[str, Any]] = []
        suppressed: list[Suppression] = []
        for command in planned:
            targets = set(command["targets"])
            if targets & self.allowlist:
                suppressed.append(Suppression(command, f"friendly fire: {sorted(targets & self.allowlist)} "
                                                       "allowlisted", "friendly_fire"))
                continue
            last_hour = sum(1 for ts, _, _ in self.issued if ts >= now - 3600)
            if last_hour >= self.hourly_cap or len(self.issued) >= self.daily_cap:
                cap = "hourly" if last_hour >= self.hourly_cap else "daily"
                suppressed.append(Suppression(command, f"{cap} cap reached ({self.hourly_cap}/h, "
                                                       f"{self.daily_cap}/day)", f"{cap}_cap"))
                continue
            parameters = command["parameters"]
            target, incident = command["targets"][0], str(parameters.get("incident_id", command["command_id"]))
            correlated = len({i for ts, t, i in self.issued if t == target and ts >= now - 3600})
            response = helper_t.plan(str(parameters.get("severity", "MEDIUM")), correlated,
                                     str(parameters.get("family", "unknown")))
            if self.per_incident[incident] >= response.max_actions:
                suppressed.append(Suppression(command, f"incident cap reached ({response.max_actions} actions for "
                                                       f"{response.strategy} intensity {response.intensity})",
                                              "incident_cap"))
                continue
            risk, parts = self.risk(command, response, now)
            if risk >= SUPPRESS_AT:
                shown = ", ".join(f"{k} {v:.2f}" for k, v in parts.items() if v)
                suppressed.append(Suppression(command, f"risk {risk:.2f} ({shown})", "risk"))
                continue
            kind = command["command_type"]
            softer = kind
            if risk >= DOWNGRADE_AT or parts["critical_asset"] or not response.allows(kind):
                softer = DOWNGRADE.get(kind, kind)
                if softer is None:
                    why = "critical asset" if parts["critical_asset"] else f"{response.strategy} response"
                    suppressed.append(Suppression(command, f"{why} {sorted(targets & self.critical) or target}: "
                                                           f"{kind} needs an operator (risk {risk:.2f})", "operator"))
                    continue
            extra = {"response": dataclasses.asdict(response), "risk": risk,
                     **({"downgraded_from": kind} if softer != kind else {})}
            fields = {k: v for k, v in command.items() if k not in commands.UNSIGNED_FIELDS}
            command = commands.sign({**fields, "command_type": softer, "status": "PENDING",
                                     "parameters": {**parameters, **extra}}, self.key)
            self.issued.append((now, target, incident))
            self.per_incident[incident] += 1
            approved.append(command)
        return approved, suppressed
