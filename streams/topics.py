"""Every topic of the topology, declared in one place (raw bytes: JSON that any language can read)."""

from __future__ import annotations

import dataclasses
from typing import Any

from schemas.settings import Settings

SCORED_PER_MESSAGE = 256
"""Scored events per message at most: a micro-batch of 100-event envelopes can hold tens of thousands of one
partition's events, and a message must stay far below the broker's size limit (~1.5 KB per scored event)."""


def scored_take(settings: Settings) -> int:
    """Scored messages per immune micro-batch: about four telemetry micro-batches' worth of full envelopes."""
    return max(8, 4 * settings.batch_size // SCORED_PER_MESSAGE)


@dataclasses.dataclass(frozen=True)
class Topics:
    telemetry: Any
    dlq: Any
    scored: Any
    cytokines: Any
    escalations: Any
    verdicts: Any
    alerts: Any


def declare_topics(app: Any, settings: Settings) -> Topics:
    def topic(name: str, **options: Any) -> Any:
        return app.topic(name, key_serializer="raw", value_serializer="raw", partitions=settings.partitions,
                         **options)

    # the buffer ahead of an agent is counted in messages: a scored message can hold 256 events (~400 KB), so
    # its buffer is two micro-batches deep, not the app's default, or a backlog fills the worker's memory
    return Topics(
        telemetry=topic(settings.topic_telemetry), dlq=topic(settings.topic_dlq),
        scored=topic(settings.topic_scored, maxsize=2 * scored_take(settings)),
        cytokines=topic(settings.topic_cytokines), escalations=topic(settings.topic_escalations),
        verdicts=topic(settings.topic_verdicts), alerts=topic(settings.topic_alerts),
    )
