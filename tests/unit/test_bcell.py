from typing import Any

from agents.bcell import memory_for
from agents.reflex import ReflexEngine, Rule, RulePack
from schemas.contracts import validate
from tests.conftest import make_event

PAYLOAD = "1 || (select pg_read_file('x'))"


def item(event: dict[str, Any], decision: str) -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision}}


def test_remembers_what_the_reflexes_missed_and_it_becomes_a_rule() -> None:
    from urllib.parse import quote

    from agents.bcell import learned_pack

    event = make_event(uri=f"/s?page=2&q={quote(PAYLOAD)}")
    memory = memory_for(item(event, "ALLOW"), {"final_verdict": "MALICIOUS", "score": 0.97, "category": "THREAT"})
    assert memory is not None and memory.literal == PAYLOAD and memory.field == "http.args"
    pack = learned_pack([{**memory.__dict__}])
    validate("rulepack", pack)
    engine = ReflexEngine(RulePack("learned", tuple(Rule.from_dict(r) for r in pack["rules"]), "h"))
    assert [m.rule_id for m in engine.scan(make_event(uri=f"/other?x={quote(PAYLOAD)}"))] == [memory.rule_id]
    assert engine.scan(make_event(uri="/other?x=1")) == []


def test_nothing_to_remember() -> None:
    event = make_event(uri="/s?q=" + "x" * 20)
    assert memory_for(item(event, "BLOCK"), {"final_verdict": "MALICIOUS"}) is None  # the reflexes had it
    assert memory_for(item(event, "ALLOW"), {"final_verdict": "SUSPICIOUS"}) is None
    assert memory_for(item(make_event("metric"), "ALLOW"), {"final_verdict": "MALICIOUS"}) is None
