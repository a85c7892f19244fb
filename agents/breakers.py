"""Circuit breakers: each stage can be bypassed at run time, by an operator or by its own latency budget.

A breaker is closed (the stage runs), open (it is skipped) or half-open (it runs once more, as a probe). It opens
when the stage's recent time per event exceeds its budget or when the stage raises; after ``cooldown_s`` the next
micro-batch is a probe: within budget it closes, over budget (or raising) it opens again. An operator may hold a
breaker open (no probe, until the operator closes it) or close it (back to automatic). Pure and synchronous:
every method takes ``now``; the worker decides once per micro-batch which stages run and then reports what they
cost. An "event" here is a unit of work: an event, or each 4 KiB of a larger one (``ingest.UNIT_BYTES``), so that
padding its payloads cannot make an attacker's traffic trip a breaker and bypass the stage.
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

STAGES: tuple[str, ...] = ("reflex", "neutrophil", "macrophage", "hpc", "narrative", "nk", "dendritic", "cortex")
CLOSED, HALF_OPEN, OPEN = "closed", "half_open", "open"
STATE_VALUE = {CLOSED: 0, HALF_OPEN: 1, OPEN: 2}  # the Prometheus gauge's encoding
WINDOW_BATCHES = 16  # the recent latency is the mean over this many micro-batches the stage ran on
MIN_EVENTS = 10  # below this many events in the window one slow batch (a GC pause) cannot trip a closed breaker


@dataclasses.dataclass(frozen=True)
class Transition:
    """One change of a breaker's state, with who or what caused it: ``budget``, ``error``, ``probe`` (the
    cool-down ended), ``recovered`` (a probe within budget), ``operator`` or ``restored`` (an operator's hold
    applied again as the worker starts)."""

    stage: str
    before: str
    after: str
    cause: str
    detail: str
    at: float
    who: str | None = None
    latency_s: float | None = None  # the per-event time that decided it, when one did
    budget_s: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class Breaker:
    def __init__(self, stage: str, budget_s: float, cooldown_s: float, window: int = WINDOW_BATCHES,
                 min_events: int = MIN_EVENTS) -> None:
        if budget_s <= 0 or cooldown_s < 0:
            raise ValueError(f"{stage}: the budget must be positive and the cool-down not negative")
        self.stage, self.budget_s, self.cooldown_s, self.min_events = stage, budget_s, cooldown_s, min_events
        self.state = CLOSED
        self.held: dict[str, Any] | None = None  # the operator's hold (who, why, when) while held open
        self.since = 0.0
        self.reason = ""
        self.samples: collections.deque[tuple[float, int]] = collections.deque(maxlen=window)

    def recent_per_event(self) -> float | None:
        """Seconds per event over the recent micro-batches the stage ran on; None before any."""
        events = sum(n for _, n in self.samples)
        return sum(s for s, _ in self.samples) / events if events else None

    def _move(self, after: str, cause: str, detail: str, now: float, who: str | None = None,
              latency_s: float | None = None) -> Transition:
        before, self.state, self.since, self.reason = self.state, after, now, detail
        if after != OPEN:  # a probe or a closed breaker is judged on what it costs from now on
            self.samples.clear()
        return Transition(self.stage, before, after, cause, detail, now, who, latency_s, self.budget_s)

    def admits(self, now: float) -> tuple[bool, Transition | None]:
        """Whether the stage runs on the micro-batch starting at ``now``; the cool-down ending is a transition."""
        if self.state == OPEN and self.held is None and now - self.since >= self.cooldown_s:
            return True, self._move(HALF_OPEN, "probe", "cool-down over: probing", now)
        return self.state != OPEN, None

    def observe(self, seconds: float, events: int, now: float) -> Transition | None:
        """The stage took ``seconds`` over ``events`` events it judged; opens or closes the breaker when that
        decides it. A probe (half-open) is decided by its own batch, a closed breaker by the recent window. A
        stage that works in two places (the narrative filter: embeddings in triage, the filter in the immune
        agent) reports its events once and the other part's seconds with ``events`` 0."""
        if self.state == OPEN:
            return None
        if events <= 0:
            if seconds > 0.0:
                self.samples.append((seconds, 0))
            return None
        if self.state == HALF_OPEN:
            per_event = seconds / events
            if per_event > self.budget_s:
                return self._move(OPEN, "budget", f"probe over budget: {_ms(per_event)} per event", now,
                                  latency_s=per_event)
            closed = self._move(CLOSED, "recovered", f"probe within budget: {_ms(per_event)} per event", now,
                                latency_s=per_event)
            self.samples.append((max(0.0, seconds), events))  # the window starts with the probe
            return closed
        self.samples.append((max(0.0, seconds), events))
        recent = self.recent_per_event()
        if recent is not None and recent > self.budget_s and sum(n for _, n in self.samples) >= self.min_events:
            return self._move(OPEN, "budget", f"{_ms(recent)} per event over the {_ms(self.budget_s)} budget", now,
                              latency_s=recent)
        return None

    def failed(self, error: BaseException | str, now: float) -> Transition | None:
        """The stage raised: open (a held breaker stays as the operator set it)."""
        if self.held is not None or self.state == OPEN:
            return None
        return self._move(OPEN, "error", f"raised {_error_text(error)}", now)

    def hold_open(self, now: float, who: str, reason: str) -> Transition | None:
        """An operator opens the breaker and keeps it open (no probes) until an operator closes it."""
        if self.held is not None:
            return None
        self.held = {"who": who, "reason": reason, "at": now}
        if self.state == OPEN:  # tripped already: the hold is still a change of who decides
            return Transition(self.stage, OPEN, OPEN, "operator", reason, now, who, None, self.budget_s)
        return self._move(OPEN, "operator", reason, now, who)

    def operator_would_change(self, open_: bool) -> bool:
        """Whether an operator's open (``open_``) or close would change anything."""
        return self.held is None if open_ else self.held is not None or self.state != CLOSED

    def release(self, now: float, who: str, reason: str) -> Transition | None:
        """An operator closes the breaker: the stage runs again, watched by its budget."""
        if self.held is None and self.state == CLOSED:
            return None
        self.held = None
        return self._move(CLOSED, "operator", reason, now, who)

    def snapshot(self) -> dict[str, Any]:
        recent = self.recent_per_event()
        return {"stage": self.stage, "state": self.state, "held_by_operator": self.held is not None,
                "since": self.since, "reason": self.reason, "budget_ms": round(self.budget_s * 1000.0, 4),
                "recent_ms_per_event": None if recent is None else round(recent * 1000.0, 4),
                "cooldown_s": self.cooldown_s, **({"hold": self.held} if self.held is not None else {})}


class Breakers:
    """One breaker per stage of a worker."""

    def __init__(self, budgets_s: Mapping[str, float], cooldown_s: float, window: int = WINDOW_BATCHES,
                 min_events: int = MIN_EVENTS) -> None:
        missing = set(STAGES) - set(budgets_s)
        if missing:
            raise ValueError(f"no budget for {sorted(missing)}")
        self.by_stage = {stage: Breaker(stage, budgets_s[stage], cooldown_s, window, min_events) for stage in STAGES}

    def __getitem__(self, stage: str) -> Breaker:
        return self.by_stage[stage]

    def bypassed(self, now: float, stages: Iterable[str] = STAGES) -> tuple[frozenset[str], list[Transition]]:
        """Of ``stages``, those to skip on the micro-batch starting at ``now``, and the probes that begin."""
        skipped, moved = set(), []
        for stage in stages:
            runs, transition = self.by_stage[stage].admits(now)
            if not runs:
                skipped.add(stage)
            if transition is not None:
                moved.append(transition)
        return frozenset(skipped), moved

    def observe(self, timings: Mapping[str, tuple[float, int]], now: float) -> list[Transition]:
        """``timings``: stage → (seconds, events) of the micro-batch that ran."""
        moved = (self.by_stage[stage].observe(seconds, events, now) for stage, (seconds, events) in timings.items()
                 if stage in self.by_stage)
        return [t for t in moved if t is not None]

    def failed(self, errors: Mapping[str, BaseException | str], now: float) -> list[Transition]:
        moved = (self.by_stage[stage].failed(error, now) for stage, error in errors.items() if stage in self.by_stage)
        return [t for t in moved if t is not None]

    def operate(self, stage: str, open_: bool, now: float, who: str, reason: str) -> Transition | None:
        breaker = self.by_stage[stage]
        return breaker.hold_open(now, who, reason) if open_ else breaker.release(now, who, reason)

    def held(self) -> dict[str, dict[str, Any]]:
        """The operators' holds (stage → who, why, when): what survives a restart of the worker."""
        return {stage: dict(b.held) for stage, b in self.by_stage.items() if b.held is not None}

    def restore(self, held: Mapping[str, Mapping[str, Any]], now: float) -> list[Transition]:
        """Hold open again what operators held open before a restart; unknown stages are ignored."""
        moved = (self.by_stage[stage].hold_open(now, str(hold.get("who", "operator")),
                                               str(hold.get("reason", "restored after a restart")))
                 for stage, hold in held.items() if stage in self.by_stage)
        return [dataclasses.replace(t, cause="restored") for t in moved if t is not None]

    def snapshot(self) -> list[dict[str, Any]]:
        return [b.snapshot() for b in self.by_stage.values()]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000.0:.3f} ms"


def _error_text(error: BaseException | str) -> str:
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return text[:300]
