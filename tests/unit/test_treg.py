import orjson

from agents import commands
from agents.treg import Regulator

KEY = b"k"


def command(kind: str, target: str) -> dict[str, object]:
    return commands.build(command_type=kind, targets=[target], issuer="cortex", incident_id=f"i-{target}-{kind}",
                          now=0.0, deadline_s=30, key=KEY)


def test_friendly_fire_is_suppressed_with_its_reason() -> None:
    approved, suppressed = Regulator(allowlist=["agent-ci"], key=KEY).review([command("TERMINATE", "agent-ci")], 0.0)
    assert approved == [] and "friendly fire" in suppressed[0].reason


def test_critical_assets_get_a_softer_action_still_signed() -> None:
    [softer], _ = Regulator(critical_assets=["db-1"], key=KEY).review([command("TERMINATE", "db-1")], 0.0)
    assert softer["command_type"] == "MUTE" and softer["parameters"]["downgraded_from"] == "TERMINATE"
    commands.verify(orjson.dumps(softer), KEY, 1.0)
    _, [blocked] = Regulator(critical_assets=["db-1"], key=KEY).review([command("kill_process", "db-1")], 0.0)
    assert "needs an operator" in blocked.reason


def test_hourly_and_daily_caps_hold() -> None:
    regulator = Regulator(hourly_cap=3, daily_cap=5, key=KEY)
    approved, suppressed = regulator.review([command("MUTE", f"a{i}") for i in range(5)], 0.0)
    assert len(approved) == 3 and all("hourly cap" in s.reason for s in suppressed)
    approved, suppressed = regulator.review([command("MUTE", f"b{i}") for i in range(5)], 4000.0)
    assert len(approved) == 2 and "daily cap" in suppressed[-1].reason
    assert len(regulator.review([command("MUTE", "c")], 90_000.0)[0]) == 1  # a day later the window moved on
