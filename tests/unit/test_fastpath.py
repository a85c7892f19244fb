from typing import Any

from agents.fastpath import FastPath, reflex_command
from schemas.contracts import validate
from tests.conftest import make_event


def blocked(event: dict[str, Any], decision: str = "BLOCK") -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision, "matches": [{"rule_id": 1001}]}}


def test_command_follows_the_event_kind() -> None:
    assert reflex_command(make_event(src_ip="203.0.113.7"))[:2] == ("block_ip", "203.0.113.7")  # type: ignore[index]
    assert reflex_command(make_event("process", entity="host-3"))[:2] == ("kill_process", "host-3")  # type: ignore[index]
    assert reflex_command(make_event("network", entity="host-1"))[:2] == ("isolate_host", "host-1")  # type: ignore[index]
    assert reflex_command(make_event("agent_message", entity="a"))[:2] == ("redirect_honeypot", "a")  # type: ignore[index]


def test_only_blocks_and_once_per_target() -> None:
    fast = FastPath(b"k", 30)
    items = [blocked(make_event(src_ip="198.51.100.1")), blocked(make_event(src_ip="198.51.100.1")),
             blocked(make_event(src_ip="198.51.100.2"), "INVESTIGATE")]
    [command] = fast.plan(items, 1.0)
    validate("command", command)
    assert (command["issuer"], command["targets"]) == ("reflex", ["198.51.100.1"])
    assert command["parameters"]["rules"] == [1001]
    assert fast.plan(items, 2.0) == []
    assert FastPath(b"k", 30).plan(items, 3.0)[0]["command_id"] == command["command_id"]  # another worker: same id
