"""Every Grafana panel query names metrics the worker or the executor really exports."""

import json
import re
from pathlib import Path

import pytest

from tests.unit.test_alerts import exported_names

DASHBOARDS = sorted((Path(__file__).resolve().parents[2] / "ops" / "grafana").glob("*.json"))
FUNCTIONS = {"sum", "rate", "increase", "histogram_quantile", "avg", "max", "min"}


def test_the_five_dashboards_exist() -> None:
    assert {p.stem for p in DASHBOARDS} == {"overview", "reflex", "immune", "cortex", "cockpit"}


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.stem)
def test_panel_queries_name_exported_metrics(path: Path) -> None:
    exported = exported_names()
    doc = json.loads(path.read_text())
    assert doc["panels"]
    for panel in doc["panels"]:
        for target in panel["targets"]:
            # drop label matchers, ranges, strings and `by (...)` groupings: what is left names metrics
            expr = re.sub(r"\{[^}]*\}|\[[^\]]*\]|\"[^\"]*\"|\bby\s*\([^)]*\)", "", target["expr"])
            names = {n for n in re.findall(r"[a-z_][a-z0-9_]*", expr) if n not in FUNCTIONS}
            assert names, panel["title"]
            assert names <= exported, f"{path.stem}/{panel['title']}: {names - exported}"
