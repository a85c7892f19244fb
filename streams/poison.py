"""Transport errors are retried; anything else a sink or publisher raises makes its message poison: dead-lettered
with the reason, counted, and left behind so the next message goes through."""

from __future__ import annotations

import asyncio
import base64
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
import nats.errors
import nats.js.errors

log = logging.getLogger(__name__)
RETRY_S = 0.5
ERROR_MAX = 500  # characters of an error kept in its DLQ record

TRANSIENT: tuple[type[BaseException], ...] = (
    OSError,  # refused, reset, unreachable, and TimeoutError (asyncio's, and nats.errors.TimeoutError)
    asyncpg.PostgresConnectionError,  # class 08, and a connection that went away
    asyncpg.exceptions.InsufficientResourcesError,  # class 53: too many connections, disk full
    asyncpg.exceptions.OperatorInterventionError,  # class 57: shutting down, cannot connect now
    asyncpg.exceptions.TransactionRollbackError,  # class 40: deadlock, serialization failure
    # refused credentials are the way to the server too (a rotated password): no message's fault, so retried
    asyncpg.exceptions.InvalidAuthorizationSpecificationError, nats.errors.AuthorizationError,
    nats.errors.NoServersError, nats.errors.ConnectionClosedError, nats.errors.ConnectionReconnectingError,
    nats.errors.ConnectionDrainingError, nats.errors.StaleConnectionError, nats.errors.OutboundBufferLimitError,
    nats.errors.FlushTimeoutError, nats.errors.NoRespondersError, nats.js.errors.ServiceUnavailableError,
)


def is_transient(exc: BaseException) -> bool:
    """True for errors of the way to a server (retrying can succeed); False for the message's own fault."""
    return isinstance(exc, TRANSIENT)


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:ERROR_MAX]


async def retry_transient(what: str, action: Callable[[], Awaitable[Any]], on_failure: Callable[[], Any],
                          retry_s: float = RETRY_S) -> BaseException | None:
    """Run ``action`` until it succeeds (None) or fails for a non-transient reason (that error, returned):
    transport errors are retried with a growing pause (backpressure: the stream waits, nothing is dropped)."""
    attempt = 0
    while True:
        try:
            await action()
            return None
        except Exception as exc:
            on_failure()
            if not is_transient(exc):
                log.error("%s failed for a non-transient reason, dead-lettering: %s", what, describe(exc))
                return exc
            attempt += 1
            log.warning("%s failed (attempt %d), retrying: %s", what, attempt, exc)
            await asyncio.sleep(min(5.0, retry_s * attempt))


def dead_letter(reason: str, exc: BaseException, original: bytes, *, topic: str, partition: int | None = None,
                offset: int | None = None, event_id: str | None = None) -> dict[str, Any]:
    """A DLQ record (schemas/json/dlq.v1.json) for output that a sink or publisher refused."""
    return {"reason": reason, "error": describe(exc), "topic": topic, "partition": partition, "offset": offset,
            "index": None, "event_id": event_id, "original_b64": base64.b64encode(original).decode("ascii"),
            "ts": time.time()}
