"""The narrative evaluation's pipeline pass: bare texts through every stage, counted as an outsider reading the
verdicts topic counts them."""

from __future__ import annotations

from ops.agentgen import Generator
from ops.eval_narrative_holdout import through_pipeline


def test_every_sample_gets_one_verdict_and_its_alerts_are_explained() -> None:
    samples = Generator("A", seed=5).batch(60)
    out = through_pipeline(samples)
    assert set(out["alerted"]) == {"benign", "malicious"} | {s.intent for s in samples}
    malicious = sum(1 for s in samples if s.label)
    # every non-BENIGN verdict names the stage with its top score
    for label, total in (("malicious", malicious), ("benign", len(samples) - malicious)):
        assert sum(out["top_stage"][label].values()) == round(out["alerted"][label] * total)
    # texts of a family the model trained on: threats alert far more often than routine tasks
    assert out["alerted"]["malicious"] > 0.5 > out["alerted"]["benign"]
