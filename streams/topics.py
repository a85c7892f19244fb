"""Every topic of the topology, declared in one place (raw bytes: JSON that any language can read)."""

from __future__ import annotations

import dataclasses
from typing import Any

from streams.settings import Settings


@dataclasses.dataclass(frozen=True)
class Topics:
    telemetry: Any
    dlq: Any
    scored: Any
    cytokines: Any
    escalations: Any
    verdicts: Any


def declare_topics(app: Any, settings: Settings) -> Topics:
    def topic(name: str) -> Any:
        return app.topic(name, key_serializer="raw", value_serializer="raw", partitions=settings.partitions)

    return Topics(
        telemetry=topic(settings.topic_telemetry), dlq=topic(settings.topic_dlq), scored=topic(settings.topic_scored),
        cytokines=topic(settings.topic_cytokines), escalations=topic(settings.topic_escalations),
        verdicts=topic(settings.topic_verdicts),
    )
