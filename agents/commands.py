"""C2L commands: building them with ids derived from the incident, signing and verifying (HMAC-SHA256)."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import orjson

from schemas.contracts import ValidationError, validator
from schemas.errors import CommandRejected, ConfigError

AGENT_COMMANDS = ("MUTE", "ISOLATE", "TERMINATE", "SNAPSHOT_STATE", "REVOKE_ACCESS", "INJECT_CONSTRAINT")
REFLEX_COMMANDS = ("block_ip", "kill_process", "isolate_host", "quarantine_file", "redirect_honeypot")
COMMAND_TYPES = AGENT_COMMANDS + REFLEX_COMMANDS
UNSIGNED_FIELDS = ("signature", "status")


def canonical(command: dict[str, Any]) -> bytes:
    """Sorted-key compact JSON of every field but the signature and the mutable status."""
    return orjson.dumps({k: v for k, v in command.items() if k not in UNSIGNED_FIELDS}, option=orjson.OPT_SORT_KEYS)


def sign(command: dict[str, Any], key: bytes) -> dict[str, Any]:
    if not key:
        raise ConfigError("VERTICE_COMMAND_SIGNING_KEY", "not set: no command is signed with an empty key")
    return {**command, "signature": hmac.new(key, canonical(command), hashlib.sha256).hexdigest()}


def command_id_for(incident_id: str, command_type: str, target: str) -> str:
    """Derived from the incident, so a replayed decision publishes the same id and JetStream drops it."""
    digest = hashlib.sha256(f"{incident_id}|{command_type}|{target}".encode()).hexdigest()
    return "c-" + digest[:32]


def build(*, command_type: str, targets: list[str], issuer: str, incident_id: str, now: float, deadline_s: float,
          key: bytes, parameters: dict[str, Any] | None = None, command_id: str | None = None) -> dict[str, Any]:
    command = {
        "command_id": command_id or command_id_for(incident_id, command_type, ",".join(targets)), "ts": now,
        "issuer": issuer,
        "command_type": command_type, "targets": targets, "parameters": parameters or {},
        "deadline": now + deadline_s, "status": "PENDING",
    }
    return sign(command, key)


def verify(raw: bytes, key: bytes, now: float) -> dict[str, Any]:
    """The command in ``raw`` if it is well-formed, correctly signed and not past its deadline."""
    if not key:
        raise ConfigError("VERTICE_COMMAND_SIGNING_KEY", "not set: no command is verified against an empty key")
    try:
        command = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CommandRejected(f"malformed: {exc}") from None
    command_id = command.get("command_id") if isinstance(command, dict) else None
    if not isinstance(command, dict) or not command.get("signature"):
        raise CommandRejected("unsigned", command_id)
    try:
        validator("command")(command)
    except ValidationError as exc:
        raise CommandRejected(f"malformed: {exc}", command_id) from None
    expected = hmac.new(key, canonical(command), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, str(command["signature"])):
        raise CommandRejected("forged: signature does not verify", command_id)
    if float(command["deadline"]) < now:
        raise CommandRejected(f"expired: deadline passed {now - float(command['deadline']):.1f} s ago", command_id)
    return command
