"""The one error root of VÉRTICE; each subclass also inherits the matching built-in and carries its fields."""

from __future__ import annotations


class VerticeError(Exception):
    """Root of every error the project raises on purpose."""


class ConfigError(VerticeError, ValueError):
    """A setting that cannot be used."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable
        self.problem = problem


class StackError(VerticeError, RuntimeError):
    """The embedded stack could not start (a taken port, a missing binary, a server that never came up)."""


class Unavailable(VerticeError, ConnectionError):
    """A server that cannot be reached or refuses our credentials; the message names which and why."""


class TopicMissing(VerticeError, LookupError):
    """A Kafka topic that does not exist on the broker (nothing was ever written to it, or a wrong name)."""


class CommandBusy(VerticeError, RuntimeError):
    """Another live executor holds the command: retried later, never refused."""


class MalformedInput(VerticeError, ValueError):
    """A file given to a command that does not hold what its format says (a line that is not a JSON object…)."""

    def __init__(self, path: str, line: int, problem: str) -> None:
        super().__init__(f"{path} line {line}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class InvalidRequest(VerticeError, ValueError):
    """An HTTP request the API refuses with a 4xx and this reason: 422 for a bad value, 413 for a body over the
    limit."""

    def __init__(self, reason: str, status: int = 422) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class RejectedEvent(VerticeError, ValueError):
    """Telemetry that cannot be judged; ``reason`` is the DLQ reason, ``error`` the human detail."""

    reason = "rejected"

    def __init__(self, error: str, *, index: int | None = None, event_id: str | None = None) -> None:
        super().__init__(f"{self.reason}: {error}")
        self.error = error
        self.index = index
        self.event_id = event_id


class OversizeMessage(RejectedEvent):
    reason = "oversize"


class InvalidUTF8(RejectedEvent, UnicodeError):
    reason = "invalid_utf8"


class MalformedJSON(RejectedEvent):
    reason = "malformed_json"


class UnknownKind(RejectedEvent):
    reason = "unknown_kind"


class SchemaViolation(RejectedEvent):
    reason = "schema_violation"


class DuplicateEvent(RejectedEvent):
    reason = "duplicate_event"


class InvalidIdentifier(RejectedEvent):
    """An id (entity, event, message or agent id) with a control character, a lone surrogate or too long."""

    reason = "invalid_identifier"


class RejectionsElided(RejectedEvent):
    """The rest of an envelope's rejected elements, counted in one record: theirs would exceed the DLQ budget."""

    reason = "rejections_elided"


REJECTION_REASONS: tuple[str, ...] = tuple(
    cls.reason for cls in (OversizeMessage, InvalidUTF8, MalformedJSON, UnknownKind, SchemaViolation, DuplicateEvent,
                           InvalidIdentifier, RejectionsElided)
)
POISON_REASONS: tuple[str, ...] = ("sink_rejected", "publish_rejected", "produce_rejected")
"""DLQ reasons of output a sink or publisher refused for a non-transient reason (see streams/poison.py)."""


class InvalidSubject(VerticeError, ValueError):
    """A value that cannot become a NATS subject token (empty, or longer than the bound)."""


class CommandRejected(VerticeError, ValueError):
    """A command the executor refuses: unsigned, forged, malformed, expired or a duplicate."""

    def __init__(self, reason: str, command_id: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.command_id = command_id


class UnsafeTarget(VerticeError, ValueError):
    """A process the kill switch refuses to register or act on; ``reason`` says why in one line."""

    def __init__(self, pid: int, reason: str) -> None:
        super().__init__(f"pid {pid}: {reason}")
        self.pid = pid
        self.reason = reason


class AuditChainBroken(VerticeError, RuntimeError):
    """The audit log's hash chain does not verify; ``seq`` names the first broken record."""

    def __init__(self, seq: int, problem: str) -> None:
        super().__init__(f"audit record {seq}: {problem}")
        self.seq = seq
        self.problem = problem
