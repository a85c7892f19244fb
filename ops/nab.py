"""`vertice hpc nab`: the HPC scorer over the Numenta Anomaly Benchmark, one streaming pass, no look-ahead."""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from agents.hpc import PredictionError

DETECTOR = "vertice"


def _ts(text: str) -> datetime:
    return datetime.fromisoformat(text.replace(".000000", "")).replace(tzinfo=UTC)


def score_series(rows: Sequence[tuple[str, float]], series: str) -> list[float]:
    """Prequential scores: each point is scored before the model learns from it."""
    detector = PredictionError()
    state = detector.fresh_state()
    items = [{"event": {"event_id": f"{series}-{i}", "ts": _ts(stamp).timestamp(), "entity": series, "kind": "metric",
                        "metric": {"name": "value", "value": value}}} for i, (stamp, value) in enumerate(rows)]
    return [f.score for f in detector.score_batch(items, state)]


A_TP, A_FP, A_FN = 1.0, 0.11, 1.0  # NAB's standard application profile
PROBATION_SHARE, PROBATION_MAX = 0.15, 750
THRESHOLDS = tuple(step / 100 for step in range(1, 100))


def _scaled_sigmoid(position: float) -> float:
    """NAB's weight of a detection at ``position`` (−1 = window start, 0 = window end, > 0 = after it)."""
    return -1.0 if position > 3.0 else 2.0 / (1.0 + math.exp(5.0 * position)) - 1.0


def nab_raw_score(scores: Sequence[float], windows: Sequence[tuple[int, int]], threshold: float) -> float:
    """One series' raw NAB score, as NAB's sweeper computes it: the first detection in a window earns a weight
    by how early it came, each detection outside every window costs ``A_FP`` times its sigmoid weight (less the
    further it falls after a window), each missed window costs ``A_FN``; the probationary start is not scored."""
    probation = min(math.floor(PROBATION_SHARE * len(scores)), PROBATION_MAX)
    max_tp = _scaled_sigmoid(-1.0)
    total, detected = 0.0, set()
    previous: tuple[int, int] | None = None
    window_index = 0
    for i, score in enumerate(scores):
        while window_index < len(windows) and i > windows[window_index][1]:
            previous = windows[window_index]
            window_index += 1
        inside = window_index < len(windows) and windows[window_index][0] <= i <= windows[window_index][1]
        if i < probation or score < threshold:
            continue
        if inside:
            start, end = windows[window_index]
            if window_index not in detected:
                detected.add(window_index)
                total += A_TP * _scaled_sigmoid(-(end - i + 1) / (end - start + 1)) / max_tp
        elif previous is None:
            total -= A_FP
        else:
            past = abs(previous[1] - i) / max(1, previous[1] - previous[0])
            total += A_FP * _scaled_sigmoid(past)
    return total - A_FN * (len(windows) - len(detected))


def nab_score(series: Sequence[tuple[Sequence[float], Sequence[tuple[int, int]]]],
              thresholds: Sequence[float] = THRESHOLDS) -> tuple[float, float]:
    """(normalised standard-profile score, the threshold that reached it): 100 is every window detected at its
    start with no false alarm, 0 is the detector that never fires; the threshold is swept over the whole
    corpus at once, as NAB's optimiser does."""
    windows = sum(len(w) for _, w in series)
    null, perfect = -A_FN * windows, A_TP * windows
    best = max((sum(nab_raw_score(s, w, t) for s, w in series), t) for t in thresholds)
    return round(100.0 * (best[0] - null) / (perfect - null), 2), best[1]


def run(data_dir: Path, out_dir: Path, windows_file: Path, threshold: float | None = None) -> dict[str, Any]:
    """Score every series, write its CSV, and summarise: NAB's standard score with its best threshold, and the
    windows detected and false alarms at ``threshold`` (by default that best threshold: the detector's operating
    point, as NAB's optimiser picks it)."""
    windows: dict[str, list[list[str]]] = json.loads(windows_file.read_text())
    series: list[tuple[str, list[tuple[str, float]], list[float], list[int], int]] = []
    scored: list[tuple[list[float], list[tuple[int, int]]]] = []
    for path in sorted(data_dir.rglob("*.csv")):
        key = str(path.relative_to(data_dir))
        with path.open(newline="") as handle:
            rows = [(r["timestamp"], float(r["value"])) for r in csv.DictReader(handle)]
        scores = score_series(rows, key)
        stamps = [_ts(t) for t, _ in rows]
        spans = [(_ts(a), _ts(b)) for a, b in windows.get(key, [])]
        labels = [int(any(a <= ts <= b for a, b in spans)) for ts in stamps]
        indices = []
        for a, b in spans:
            inside = [k for k, ts in enumerate(stamps) if a <= ts <= b]
            if inside:
                indices.append((inside[0], inside[-1]))
        scored.append((scores, indices))
        series.append((key, rows, scores, labels, len(spans)))
        target = out_dir / path.parent.relative_to(data_dir) / f"{DETECTOR}_{path.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["timestamp", "value", "anomaly_score", "label"])
            writer.writerows((t, v, round(s, 6), label) for (t, v), s, label in zip(rows, scores, labels, strict=True))
    nab_standard_score, nab_threshold = nab_score(scored)
    at = nab_threshold if threshold is None else threshold
    summary: dict[str, Any] = {"series": len(series), "windows": 0, "windows_detected": 0, "false_alarms": 0,
                               "points": 0, "threshold": at, "by_series": {}}
    for (key, rows, scores, labels, span_count), (_, indices) in zip(series, scored, strict=True):
        detected = sum(1 for first, last in indices if any(s >= at for s in scores[first:last + 1]))
        alarms = sum(1 for i, s in enumerate(scores) if s >= at and not labels[i]
                     and (i == 0 or scores[i - 1] < at))  # rising edges outside every window
        summary["points"] += len(rows)
        summary["windows"] += span_count
        summary["windows_detected"] += detected
        summary["false_alarms"] += alarms
        summary["by_series"][key] = {"windows": span_count, "detected": detected, "false_alarms": alarms}
    summary["window_detection_rate"] = round(summary["windows_detected"] / max(1, summary["windows"]), 4)
    summary["nab_standard_score"], summary["nab_threshold"] = nab_standard_score, nab_threshold
    return summary
