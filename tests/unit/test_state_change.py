"""Entity-scope verdicts when the macrophage starts and stops investigating an entity."""

from __future__ import annotations

from typing import Any

from agents.macrophage import Macrophage
from agents.pipeline import Stages, judge
from tests.conftest import judging_stages, make_event


def item(ts: float, decision: str, uri: str = "/shop/search?q=1") -> dict[str, Any]:
    return {"event": make_event(entity="10.9.9.9", ts=ts, uri=uri),
            "reflex": {"decision": decision, "threat": 0.9 if decision == "BLOCK" else 0.0, "anomaly": 0.0,
                       "matches": []},
            "neutrophil": {"score": 0.0, "response": "monitor_30m"}}


def stages() -> Stages:
    return judging_stages(Macrophage())


def test_investigation_start_and_end_are_entity_verdicts_naming_their_evidence() -> None:
    state: dict[str, Any] = {}
    calm = [item(1000.0 + i, "ALLOW") for i in range(5)]
    assert judge(stages(), calm, state).patterns == []
    attack = [item(1010.0, "INVESTIGATE", "/admin"), item(1011.0, "BLOCK", "/etc/passwd")]
    [started] = judge(stages(), attack, state).patterns
    assert started["scope"] == "entity" and started["entity"] == "10.9.9.9"
    assert started["final_verdict"] in ("SUSPICIOUS", "MALICIOUS") and "investigation" in started["title"]
    assert started["evidence_event_ids"] == [i["event"]["event_id"] for i in attack]
    assert "known threat" in started["evidence"][0]["detail"]
    assert judge(stages(), [item(1012.0, "ALLOW")], state).patterns == []  # no change, no new verdict
    [ended] = judge(stages(), [item(1012.0 + 3600, "ALLOW")], state).patterns  # an hour of decay later
    assert ended["final_verdict"] == "BENIGN" and ended["verdict_id"] != started["verdict_id"]


def test_a_replayed_batch_repeats_the_same_verdict_id() -> None:
    attack = [item(1010.0, "BLOCK", "/etc/passwd")]
    first = judge(stages(), attack, {}).patterns
    again = judge(stages(), attack, {}).patterns
    assert first and [v["verdict_id"] for v in first] == [v["verdict_id"] for v in again]


def test_a_replayed_copy_of_scored_items_is_not_judged_twice() -> None:
    """After a restart both the pre-crash and the replayed copy of an event's scored items arrive; only the
    first is judged. The same message read again at its own offset (a rebalance) is judged again."""
    import orjson

    from agents.pipeline import unjudged
    from agents.types import RawMessage

    first, second, third = item(1000.0, "ALLOW"), item(1001.0, "ALLOW"), item(1002.0, "ALLOW")
    copy = RawMessage(orjson.dumps([first, second]), "scored", 2, 10)
    replayed = RawMessage(orjson.dumps([second, third]), "scored", 2, 57)
    pipeline = stages()
    kept, skipped, refused = unjudged(pipeline, [copy, replayed], now=5.0)
    assert [[i["event"]["event_id"] for i in batch] for batch in kept] == [
        [first["event"]["event_id"], second["event"]["event_id"]], [third["event"]["event_id"]]]
    assert skipped == 1 and refused == []
    again, skipped, _ = unjudged(pipeline, [copy], now=6.0)
    assert [len(batch) for batch in again] == [2] and skipped == 0
