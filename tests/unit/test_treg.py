import orjson

from agents import commands
from agents.helper_t import plan
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


def planned(kind: str, target: str, severity: str = "MEDIUM", family: str = "unknown",
            incident: str | None = None) -> dict[str, object]:
    return commands.build(command_type=kind, targets=[target], issuer="cortex", incident_id=incident or target,
                          now=0.0, deadline_s=30, key=KEY,
                          parameters={"severity": severity, "family": family, "incident_id": incident or target})


def test_helper_t_strategies_and_intensity_follow_severity_correlation_and_family() -> None:
    assert plan("CRITICAL", 0, "sqli") == plan("CRITICAL", 0, "sqli")
    assert plan("CRITICAL", 0, "sqli").strategy == "Th1" and plan("CRITICAL", 0, "sqli").intensity == 4
    assert plan("MEDIUM", 0, "rce").strategy == "Th1"  # a dangerous family
    assert plan("MEDIUM", 12, "sqli").strategy == "Th1" and plan("MEDIUM", 12, "sqli").intensity == 4  # coordinated
    assert plan("MEDIUM", 0, "scanner").strategy == "Th2" and plan("LOW", 0, "sqli").strategy == "Th2"
    balanced = plan("HIGH", 0, "sqli")
    assert balanced.strategy == "balanced" and balanced.max_actions == balanced.intensity == 3
    assert balanced.allows("ISOLATE") and not balanced.allows("TERMINATE")
    assert not plan("MEDIUM", 0, "scanner").allows("block_ip") and plan("MEDIUM", 0, "scanner").allows("MUTE")


def test_each_command_carries_its_strategy_and_risk_and_th2_downgrades() -> None:
    regulator = Regulator(key=KEY)
    [strong], _ = regulator.review([planned("TERMINATE", "rogue", "CRITICAL", "deception")], 0.0)
    assert strong["command_type"] == "TERMINATE" and strong["parameters"]["response"]["strategy"] == "Th1"
    [mild], _ = regulator.review([planned("TERMINATE", "noisy", "LOW", "scanner")], 0.0)
    assert mild["command_type"] == "MUTE" and mild["parameters"]["downgraded_from"] == "TERMINATE"
    commands.verify(orjson.dumps(mild), KEY, 1.0)


def test_per_incident_caps_hold_and_are_reasoned() -> None:
    regulator = Regulator(key=KEY)
    batch = [planned("MUTE", f"agent-{i}", "MEDIUM", "sqli", incident="i-1") for i in range(5)]
    approved, suppressed = regulator.review(batch, 0.0)
    assert len(approved) == 2 and all("incident cap reached (2 actions for balanced" in s.reason for s in suppressed)
    regulator.review([], 86_401.0)  # a day later the incident's count is gone, not kept as a zero
    assert "i-1" not in regulator.per_incident


def test_false_positive_history_raises_the_risk_until_treg_suppresses() -> None:
    regulator = Regulator(critical_assets=["db-1"], key=KEY)
    _, parts = regulator.risk(planned("ISOLATE", "db-1"), plan("HIGH", 0, ""), 0.0)
    assert parts["critical_asset"] == 1.0 and parts["false_positives"] == 0.0
    for _ in range(3):
        regulator.record_false_positive("db-1")
    _, [suppressed] = regulator.review([planned("ISOLATE", "db-1", "HIGH")], 0.0)
    assert suppressed.reason.startswith("risk ") and "false_positives 1.00" in suppressed.reason
