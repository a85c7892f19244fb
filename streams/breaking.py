"""The worker's stage breakers (agents.breakers) with what surrounds them: Prometheus, the audit log, the file that
keeps operators' holds across a restart, and the operators' API (``/api/v1/stages``)."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from agents.breakers import STAGES, STATE_VALUE, Breakers, Transition
from schemas.errors import InvalidRequest
from schemas.settings import Settings
from streams.metrics import PipelineMetrics

log = logging.getLogger(__name__)
AUDIT_ACTION = "STAGE_BREAKER"
AUDIT_PREFIX = "stage:"  # audit records of stage ``x`` carry command_id ``stage:x``
MAX_REASON_CHARS = 512


def audit_id(stage: str) -> str:
    return AUDIT_PREFIX + stage


class StageBreakers:
    """One worker's breakers. Every transition is counted and logged and, once written by ``flush_audit`` (the
    worker's timer) or at once for an operator's change, audited; operators' holds are kept in ``path``."""

    def __init__(self, settings: Settings, metrics: PipelineMetrics, path: Path) -> None:
        self.breakers = Breakers(settings.stage_budgets_s(), settings.breaker_cooldown_s)
        self.metrics = metrics
        self.path = path
        self.worker = f"{socket.gethostname()}:{settings.web_port}"
        self.unaudited: list[Transition] = []
        for stage in STAGES:
            metrics.breaker_state.labels(stage).set(0)
        self.record(self.breakers.restore(load_held(path), time.time()))

    def record(self, transitions: Iterable[Transition], audited: bool = False) -> None:
        for t in transitions:
            self.metrics.breaker_state.labels(t.stage).set(STATE_VALUE[t.after])
            self.metrics.breaker_transitions.labels(t.stage, t.after, t.cause).inc()
            log.warning("stage %s breaker %s -> %s (%s%s): %s", t.stage, t.before, t.after, t.cause,
                        f" by {t.who}" if t.who else "", t.detail)
            if not audited:
                self.unaudited.append(t)

    def bypassed(self, stages: Iterable[str], now: float) -> frozenset[str]:
        skipped, moved = self.breakers.bypassed(now, stages)
        self.record(moved)
        return skipped

    def observe(self, observations: Mapping[str, tuple[float, int]], bypassed: frozenset[str], now: float) -> None:
        """What the stages that ran on a micro-batch cost (those in ``bypassed`` did not run)."""
        self.record(self.breakers.observe({s: o for s, o in observations.items() if s not in bypassed}, now))

    def failed(self, errors: Mapping[str, BaseException], now: float) -> None:
        self.record(self.breakers.failed(errors, now))

    async def operate(self, pool: Any, stage: str, open_: bool, who: str, reason: str) -> bool:
        """An operator's change, audited before it takes effect (no audit, no change) and kept in ``path``;
        False when the breaker was already so."""
        breaker = self.breakers[stage]
        if not breaker.operator_would_change(open_):
            return False
        now = time.time()
        after = "open" if open_ else "closed"
        async with pool.acquire() as conn:
            await append_audit(conn, Transition(stage, breaker.state, after, "operator", reason, now, who,
                                                None, breaker.budget_s), self.worker)
        transition = self.breakers.operate(stage, open_, now, who, reason)
        save_held(self.path, self.breakers.held())
        self.record([transition] if transition is not None else [], audited=True)
        return True

    async def flush_audit(self, pool: Any) -> None:
        """Audit the automatic transitions recorded since the last flush (kept for the next one on failure)."""
        pending, self.unaudited = self.unaudited, []
        try:
            async with pool.acquire() as conn:
                while pending:
                    await append_audit(conn, pending[0], self.worker)
                    pending.pop(0)
        finally:
            self.unaudited = pending + self.unaudited


async def append_audit(conn: Any, t: Transition, worker: str) -> None:
    from streams.adapters import audit

    await audit.append(conn, command_id=audit_id(t.stage), agent_id=None, action=AUDIT_ACTION, layer=t.stage,
                       outcome=t.after.upper(), ts=t.at,
                       detail={"who": t.who or "worker", "reason": t.detail, "cause": t.cause, "before": t.before,
                               "worker": worker, "budget_ms": round(t.budget_s * 1000.0, 4),
                               "latency_ms_per_event": None if t.latency_s is None else round(t.latency_s * 1000, 4)})


def load_held(path: Path) -> dict[str, dict[str, Any]]:
    """Operators' holds saved by ``save_held``; none when the file is missing or unreadable (said in the log:
    automatic trips start closed, and so does a stage whose hold cannot be read)."""
    try:
        held = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.error("operators' breaker holds in %s not read, every stage starts closed: %s", path, exc)
        return {}
    return {k: v for k, v in held.items() if k in STAGES and isinstance(v, dict)} if isinstance(held, dict) else {}


def save_held(path: Path, held: Mapping[str, Mapping[str, Any]]) -> None:
    """Atomically: a crash mid-write leaves the previous file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(held, sort_keys=True), "utf-8")
    os.replace(temporary, path)


def validate_change(body: Any) -> tuple[bool, str, str]:
    """(open?, reason, operator) of ``POST /api/v1/stages/{stage}``."""
    from streams.web import text_param

    if not isinstance(body, dict) or body.get("state") not in ("open", "closed"):
        raise InvalidRequest("state must be open or closed")
    reason = text_param(body.get("reason"), "reason", max_chars=MAX_REASON_CHARS)
    who = text_param(body.get("operator", "operator"), "operator", max_chars=128)
    assert reason is not None and who is not None
    return body["state"] == "open", reason, who


def register(app: Any, settings: Settings, board: StageBreakers, database: Any) -> None:
    """``GET /api/v1/stages`` and ``POST /api/v1/stages/{stage}`` (an operator's change, audited in ``database``)."""
    import faust

    from streams.web import json_body

    @app.page("/api/v1/stages")
    async def stages(web: Any, request: Any) -> Any:
        return web.json({"worker": board.worker, "stages": board.breakers.snapshot()})

    @app.page("/api/v1/stages/{stage}")
    class Stage(faust.web.View):
        async def post(self, request: Any, stage: str) -> Any:
            if stage not in STAGES:
                return self.json({"error": f"no such stage; stages are {', '.join(STAGES)}"}, status=404)
            open_, reason, who = validate_change(await json_body(request))
            if not database.configured:
                return self.json({"error": "no database to audit the change in: nothing changed"}, status=503)
            changed = await board.operate(await database.pool(), stage, open_, who, reason)
            return self.json({"changed": changed, "stage": board.breakers[stage].snapshot()})
