from typing import Any

from agents.bcell import memory_for
from agents.neutrophil import Neutrophil
from agents.reflex import ReflexEngine, Rule, RulePack
from schemas.contracts import validate
from tests.conftest import make_event

PAYLOAD = "1 || (select pg_read_file('x'))"
SCORE = Neutrophil().score_texts


def item(event: dict[str, Any], decision: str) -> dict[str, Any]:
    return {"event": event, "reflex": {"decision": decision}}


def test_remembers_what_the_reflexes_missed_and_it_becomes_a_rule() -> None:
    from urllib.parse import quote

    from agents.bcell import learned_pack

    event = make_event(uri=f"/s?page=2&q={quote(PAYLOAD)}")
    memory = memory_for(item(event, "ALLOW"), {"final_verdict": "MALICIOUS", "score": 0.97, "category": "THREAT"},
                        SCORE)
    assert memory is not None and memory.literal == PAYLOAD and memory.field == "http.args"
    pack = learned_pack([{**memory.__dict__}])
    validate("rulepack", pack)
    engine = ReflexEngine(RulePack("learned", tuple(Rule.from_dict(r) for r in pack["rules"]), "h"))
    assert [m.rule_id for m in engine.scan(make_event(uri=f"/other?x={quote(PAYLOAD)}"))] == [memory.rule_id]
    assert engine.scan(make_event(uri="/other?x=1")) == []


def test_nothing_to_remember() -> None:
    event = make_event(uri="/s?q=" + "x" * 20)
    assert memory_for(item(event, "BLOCK"), {"final_verdict": "MALICIOUS"}, SCORE) is None  # the reflexes had it
    assert memory_for(item(event, "ALLOW"), {"final_verdict": "SUSPICIOUS"}, SCORE) is None
    assert memory_for(item(make_event("metric"), "ALLOW"), {"final_verdict": "MALICIOUS"}, SCORE) is None


def test_remembers_the_malicious_value_not_the_longest_and_nothing_when_none_is() -> None:
    from urllib.parse import quote

    confirmed = {"final_verdict": "MALICIOUS", "score": 0.9, "category": "ANOMALY"}
    mixed = make_event(uri=f"/shop/add?name={quote('Jamón Ibérico de bellota')}&id={quote(PAYLOAD)}&b=Confirmar")
    memory = memory_for(item(mixed, "ALLOW"), confirmed, SCORE)
    assert memory is not None and memory.literal == PAYLOAD
    # flagged for its shape (a tampered number) or its entity's history: no value is malicious on its own
    tampered = make_event(uri=f"/shop/add?name={quote('Jamón Ibérico de bellota')}&price=-396013493&b=Confirmar")
    assert memory_for(item(tampered, "ALLOW"), confirmed, SCORE) is None


def test_never_learns_a_value_normal_traffic_sent_to_that_endpoint() -> None:
    """A campaign's value that the endpoint also receives from normal users (a search for a SQL book, say) is
    no learned reflex; the same campaign value, never seen there and anomalous for its parameter, is."""
    from urllib.parse import quote

    from agents.profiles import EndpointProfiles

    common = "1 or 1=1 select books"
    profiles = EndpointProfiles()
    profiles.train([{"event": make_event(uri=f"/s?page={i % 5}&q={quote(v)}")}
                    for i, v in enumerate([common, *(f"red shoes {n}" for n in range(300))])])
    verdict = {"final_verdict": "MALICIOUS", "score": 0.97, "category": "THREAT"}
    seen = make_event(uri=f"/s?page=2&q={quote(common)}")
    assert memory_for(item(seen, "ALLOW"), verdict, lambda values: [0.99] * len(values)) is not None  # unguarded
    assert memory_for(item(seen, "ALLOW"), verdict, lambda values: [0.99] * len(values), profiles) is None
    fresh = make_event(uri=f"/s?page=2&q={quote(PAYLOAD)}")
    memory = memory_for(item(fresh, "ALLOW"), verdict, SCORE, profiles)
    assert memory is not None and memory.literal == PAYLOAD
