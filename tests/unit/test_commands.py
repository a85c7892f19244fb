import orjson
import pytest

from agents import commands
from schemas.contracts import validate
from schemas.errors import CommandRejected

KEY = b"test-signing-key"


def command(now: float = 1000.0, **overrides: object) -> dict[str, object]:
    built = commands.build(command_type="MUTE", targets=["agent-1"], issuer="cortex", incident_id="i-1", now=now,
                           deadline_s=30, key=KEY)
    return {**built, **overrides}


def test_built_command_is_schema_valid_and_verifies() -> None:
    c = command()
    validate("command", c)
    assert commands.verify(orjson.dumps(c), KEY, 1001.0)["command_id"] == c["command_id"]


def test_ids_derive_from_the_incident() -> None:
    assert command()["command_id"] == command(now=5.0)["command_id"]
    assert commands.command_id_for("i-1", "MUTE", "a") != commands.command_id_for("i-2", "MUTE", "a")


@pytest.mark.parametrize(("raw", "reason"), [
    (orjson.dumps(command(command_type="TERMINATE")), "forged"),
    (orjson.dumps(command()), "forged"),  # verified with another key below
    (orjson.dumps({k: v for k, v in command().items() if k != "signature"}), "unsigned"),
    (b"{oops", "malformed"),
    (orjson.dumps(command(targets=[])), "malformed"),
])
def test_refusals(raw: bytes, reason: str) -> None:
    key = KEY if reason != "forged" or b"TERMINATE" in raw else b"another-key"
    with pytest.raises(CommandRejected) as info:
        commands.verify(raw, key, 1001.0)
    assert info.value.reason.startswith(reason)


def test_expired() -> None:
    with pytest.raises(CommandRejected, match="expired"):
        commands.verify(orjson.dumps(command()), KEY, 2000.0)


def test_status_change_does_not_break_signature() -> None:
    commands.verify(orjson.dumps(command(status="EXECUTING")), KEY, 1001.0)
