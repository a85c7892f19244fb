"""Every Grafana panel query names metrics the worker or the executor really exports."""

import json
from pathlib import Path

import pytest

from tests.unit.test_alerts import exported_names, metric_names

DASHBOARDS = sorted((Path(__file__).resolve().parents[2] / "ops" / "grafana").glob("*.json"))


def test_the_five_dashboards_exist() -> None:
    assert {p.stem for p in DASHBOARDS} == {"overview", "reflex", "immune", "cortex", "cockpit"}


@pytest.mark.parametrize("path", DASHBOARDS, ids=lambda p: p.stem)
def test_panel_queries_name_exported_metrics(path: Path) -> None:
    exported = exported_names()
    doc = json.loads(path.read_text())
    assert doc["panels"]
    for panel in doc["panels"]:
        for target in panel["targets"]:
            names = metric_names(target["expr"])
            assert names, panel["title"]
            assert names <= exported, f"{path.stem}/{panel['title']}: {names - exported}"
