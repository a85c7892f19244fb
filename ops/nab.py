"""`vertice hpc nab`: the HPC scorer over the Numenta Anomaly Benchmark, one streaming pass, no look-ahead."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from agents.hpc import PredictionError

DETECTOR = "vertice"


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text.replace(".000000", ""))


def score_series(rows: Sequence[tuple[str, float]], series: str) -> list[float]:
    """Prequential scores: each point is scored before the model learns from it."""
    detector = PredictionError()
    state = detector.fresh_state()
    items = [{"event": {"event_id": f"{series}-{i}", "ts": float(i), "entity": series, "kind": "metric",
                        "metric": {"name": "value", "value": value}}} for i, (_, value) in enumerate(rows)]
    return [f.score for f in detector.score_batch(items, state)]


def run(data_dir: Path, out_dir: Path, windows_file: Path, threshold: float = 0.5) -> dict[str, Any]:
    windows: dict[str, list[list[str]]] = json.loads(windows_file.read_text())
    summary: dict[str, Any] = {"series": 0, "windows": 0, "windows_detected": 0, "false_alarms": 0, "points": 0,
                               "threshold": threshold, "by_series": {}}
    for path in sorted(data_dir.rglob("*.csv")):
        key = str(path.relative_to(data_dir))
        with path.open(newline="") as handle:
            rows = [(r["timestamp"], float(r["value"])) for r in csv.DictReader(handle)]
        scores = score_series(rows, key)
        spans = [(_ts(a), _ts(b)) for a, b in windows.get(key, [])]
        labels = [int(any(a <= _ts(t) <= b for a, b in spans)) for t, _ in rows]
        target = out_dir / path.parent.relative_to(data_dir) / f"{DETECTOR}_{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["timestamp", "value", "anomaly_score", "label"])
            writer.writerows((t, v, round(s, 6), label) for (t, v), s, label in zip(rows, scores, labels, strict=True))
        detected = sum(1 for a, b in spans if any(a <= _ts(t) <= b and s >= threshold
                                                  for (t, _), s in zip(rows, scores, strict=True)))
        alarms = sum(1 for i, s in enumerate(scores) if s >= threshold and not labels[i]
                     and (i == 0 or scores[i - 1] < threshold))  # rising edges outside every window
        summary["series"] += 1
        summary["points"] += len(rows)
        summary["windows"] += len(spans)
        summary["windows_detected"] += detected
        summary["false_alarms"] += alarms
        summary["by_series"][key] = {"windows": len(spans), "detected": detected, "false_alarms": alarms}
    summary["window_detection_rate"] = round(summary["windows_detected"] / max(1, summary["windows"]), 4)
    return summary
