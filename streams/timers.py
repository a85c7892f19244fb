"""The worker's periodic work, one class: rule packs, NK silences, command deadlines and the outbox, health checks,
breaker audits. Each round is short; one that fails for a transport error is retried by the next round."""

from __future__ import annotations

import logging
import time
from typing import Any

import orjson

from agents.nk import SilenceWatch
from schemas.settings import Settings
from streams.breaking import StageBreakers
from streams.commanding import mark_timeouts, publish_outbox, timeout_verdict
from streams.learned import LearnedReflexes
from streams.metrics import PipelineMetrics
from streams.outputs import Outputs
from streams.poison import dead_letter, is_transient, retry_transient
from streams.reload import PackReloader
from streams.resources import Resources
from streams.state import WorkerState

log = logging.getLogger(__name__)
HEALTH_INTERVAL_S = 5.0


class Timers:
    def __init__(self, settings: Settings, reloader: PackReloader, learned: LearnedReflexes, silence: SilenceWatch,
                 resources: Resources, breakers: StageBreakers, outputs: Outputs, metrics: PipelineMetrics,
                 state: WorkerState) -> None:
        self.settings = settings
        self.reloader = reloader
        self.learned = learned
        self.silence = silence
        self.resources = resources
        self.bus = resources.bus
        self.database = resources.database
        self.breakers = breakers
        self.outputs = outputs
        self.metrics = metrics
        self.state = state

    def attach(self, app: Any) -> None:
        app.timer(self.settings.rule_reload_interval_s, name="reload_rule_packs")(self.reload_rule_packs)
        app.timer(5.0, name="silences")(self.silences)
        app.timer(1.0, name="command_timeouts")(self.command_timeouts)
        app.timer(HEALTH_INTERVAL_S, name="refresh_health")(self.check_health)
        if self.database.configured:
            app.timer(0.5, name="command_outbox")(self.command_outbox)
            app.timer(1.0, name="audit_breakers")(self.audit_breakers)

    async def reload_rule_packs(self) -> None:
        if not await self.learned.sync():
            await self.reloader.check()

    async def silences(self) -> None:
        """NK: heartbeat and audit sources that went quiet are flagged while they are still quiet."""
        for verdict in self.silence.overdue(time.time()):
            await self.outputs.verdict(verdict)

    async def command_timeouts(self) -> None:
        late = self.bus.overdue(time.time())
        if not late:
            return
        if self.database.configured:
            error = await retry_transient("marking TIMEOUT", self._mark(late), self.metrics.sink_failures.inc)
            if error is not None:
                self.metrics.dead_lettered.labels("command_timeouts", "sink_rejected").inc(len(late))
                for command in late:
                    await self.outputs.dead_letter(dead_letter("sink_rejected", error, orjson.dumps(command),
                                                               topic="postgresql:commands"))
        for command in late:
            log.warning("command %s (%s) timed out", command["command_id"], command["command_type"])
            await self.outputs.verdict(timeout_verdict(command, time.time()))

    def _mark(self, late: list[dict[str, Any]]) -> Any:
        async def mark() -> None:
            await mark_timeouts(await self.database.pool(), late)
        return mark

    async def command_outbox(self) -> None:
        """Operator commands accepted into PostgreSQL go to NATS as soon as it answers."""
        try:
            await publish_outbox(await self.database.pool(), self.bus)
        except Exception as exc:
            self.failed("command_outbox", exc)

    async def check_health(self) -> dict[str, tuple[bool, str]]:
        """Every component checked; the latest results kept for /status, which must answer at once."""
        components = await self.resources.check(self.settings)
        self.state.record_checks(components, time.time())
        return components

    async def audit_breakers(self) -> None:
        if not self.breakers.unaudited:
            return
        try:
            await self.breakers.flush_audit(await self.database.pool())
        except Exception as exc:
            self.failed("audit_breakers", exc)

    def failed(self, timer: str, exc: Exception) -> None:
        """A transport error waits for the next round; anything else is logged with its traceback and counted,
        and the next round tries again (a timer that died would stop the outbox or the audit for good)."""
        if is_transient(exc):
            log.warning("%s: server unavailable, the next round retries: %s", timer, exc)
            return
        self.metrics.timer_failures.labels(timer).inc()
        log.error("%s failed", timer, exc_info=exc)
