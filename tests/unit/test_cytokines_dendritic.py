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
    kinds = [c["type"] for c in for_verdict(verdict, "rule:1001", 1.0)]
    assert kinds == ["TNF", "IL12"]
    assert for_verdict({**verdict, "final_verdict": "BENIGN"}, None, 1.0) == []


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
