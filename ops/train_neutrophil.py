"""Trains the neutrophil's logistic model on payloads the project generates itself (or a labelled CSV)."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from agents.features import featurize_matrix
from agents.neutrophil import DEFAULT_WEIGHTS, NeutrophilModel, train_logistic
from ops.scenario import labelled_payloads


def read_labelled_csv(path: Path) -> list[tuple[str, int]]:
    """Rows with ``payload`` and ``label`` (``norm``/``anom``) columns, as in HttpParamsDataset."""
    with path.open(newline="", encoding="utf-8", errors="replace") as handle:
        return [(row["payload"], 0 if row["label"].strip().lower() in ("norm", "normal", "0") else 1)
                for row in csv.DictReader(handle)]


def train(pairs: list[tuple[str, int]], out: Path = DEFAULT_WEIGHTS, version: str = "generated-1",
          holdout: float = 0.2) -> float:
    """Fit on all but the last ``holdout`` share, report accuracy on that share (nan when there is none), save
    the weights; returns that accuracy."""
    matrix = featurize_matrix([p for p, _ in pairs], [0.0] * len(pairs))
    labels = np.asarray([y for _, y in pairs], dtype=np.float64)
    split = len(pairs) - int(len(pairs) * holdout)
    weights = train_logistic(matrix[:split], labels[:split])
    model = NeutrophilModel(weights, 0.5, version)
    accuracy = float(((model.predict(matrix[split:]) >= 0.5) == (labels[split:] == 1)).mean()) \
        if split < len(pairs) else float("nan")
    model.save(out)
    return accuracy


if __name__ == "__main__":
    print(f"held-out accuracy {train(labelled_payloads(8000)):.4f}")
