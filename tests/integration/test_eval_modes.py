"""`vertice eval` gives the same verdicts through the real pipeline as in process."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ops import evaluate as ev


@pytest.mark.timeout(300)
def test_pipeline_and_in_process_agree(tmp_path: Path) -> None:
    data = tmp_path / "payloads.csv"
    with data.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["payload", "attack_type", "label"])
        writer.writerows([[f"item {i}", "norm", "norm"] for i in range(40)] +
                         [["1' OR '1'='1", "sqli", "anom"], ["<script>alert(1)</script>", "xss", "anom"],
                          ["../../../etc/passwd", "path-traversal", "anom"], ["; cat /etc/shadow", "cmdi", "anom"]])
    problems: list[ev.ParseProblem] = []
    samples = ev.load([data], "csv-payload", False, problems) + ev.load([data], "csv-payload", True, problems)
    stages = ev.Stages.default(dedup_capacity=10)
    stages.profiles = ev.learn_profiles([s for s in samples if not s.malicious][:30])  # the worker loads these
    local = {v["verdict_id"]: (v["final_verdict"], v["severity"], [e["stage"] for e in v["evidence"]]) for v in
             ev.run_in_process(stages, samples)}
    remote = {v["verdict_id"]: (v["final_verdict"], v["severity"], [e["stage"] for e in v["evidence"]]) for v in
              ev.run_on_stack(samples, stages.profiles)}
    assert len(local) == len(samples) == len(remote)
    assert remote == local
    assert any("hpc_profile" in stages_seen for _, _, stages_seen in local.values())  # the profiles did score
