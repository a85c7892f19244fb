"""Alert rules name only metrics the code exports, and promtool checks and unit-tests them."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import CollectorRegistry

from ops.executor import ExecutorMetrics
from streams.metrics import PipelineMetrics

PROMQL = {"sum", "max", "min", "avg", "rate", "increase", "histogram_quantile", "and", "or", "unless", "avg_over_time"}
RULES = Path(__file__).resolve().parents[2] / "ops" / "prometheus"


def exported_names() -> set[str]:
    registry = CollectorRegistry()
    PipelineMetrics(registry)
    ExecutorMetrics(registry)
    names = set()
    for metric in registry.collect():
        names.add(metric.name)
        if metric.type == "counter":
            names.add(metric.name + "_total")
        if metric.type == "histogram":
            names.update(metric.name + suffix for suffix in ("_bucket", "_sum", "_count"))
    return names


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression reads: label matchers, ranges, strings, `by (...)` and functions go."""
    stripped = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\"[^\"]*\"|\bby\s*\([^)]*\)", "", expr)
    return {n for n in re.findall(r"[a-z_][a-z0-9_]*", stripped) if n not in PROMQL}


def test_every_alert_names_real_metrics() -> None:
    exported = exported_names()
    doc = yaml.safe_load((RULES / "alerts.yml").read_text())
    for group in doc["groups"]:
        for rule in group["rules"]:
            named = metric_names(rule["expr"])
            assert named, rule["alert"]
            assert named <= exported, f"{rule['alert']} names {named - exported}"


@pytest.mark.parametrize("args", [["check", "rules", "alerts.yml"], ["test", "rules", "alerts_test.yml"]])
def test_promtool(args: list[str]) -> None:
    if shutil.which("promtool") is None:
        pytest.skip("promtool is not installed (make test installs Debian's prometheus package where it can)")
    done = subprocess.run(["promtool", *args], cwd=RULES, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
