"""Neutrophil: the stateless first-line cell, a small logistic model over lexical payload features."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence, Set
from pathlib import Path
from typing import Any

import numpy as np

from agents.detector import NEUTRAL, NOTHING, Earlier, Scored, State
from agents.features import FEATURE_NAMES, featurize, payload_text
from agents.neuromodulation import Modulation
from agents.types import Finding

DEFAULT_WEIGHTS = Path(__file__).resolve().parent.parent / "models" / "neutrophil.json"


@dataclasses.dataclass(frozen=True)
class NeutrophilModel:
    weights: np.ndarray
    threshold: float = 0.5
    version: str = "untrained"

    @classmethod
    def load(cls, path: Path = DEFAULT_WEIGHTS) -> NeutrophilModel:
        doc = json.loads(path.read_text("utf-8"))
        if tuple(doc["features"]) != FEATURE_NAMES:
            raise ValueError(f"{path}: feature list does not match this version's FEATURE_NAMES")
        return cls(np.asarray(doc["weights"], dtype=np.float64), float(doc["threshold"]), str(doc["version"]))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"version": self.version, "features": list(FEATURE_NAMES),
                                    "weights": [round(float(w), 6) for w in self.weights],
                                    "threshold": self.threshold}, indent=1) + "\n", "utf-8")

    def predict(self, matrix: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(matrix @ self.weights)))


def train_logistic(matrix: np.ndarray, labels: np.ndarray, *, seed: int = 7, epochs: int = 400,
                   learning_rate: float = 0.5, l2: float = 1e-3) -> np.ndarray:
    """Full-batch gradient descent on log-loss; deterministic for a given seed."""
    rng = np.random.default_rng(seed)
    weights = np.asarray(rng.normal(0.0, 0.01, size=matrix.shape[1]), dtype=np.float64)
    for _ in range(epochs):
        predictions = 1.0 / (1.0 + np.exp(-(matrix @ weights)))
        gradient = matrix.T @ (predictions - labels) / len(labels) + l2 * weights
        weights = weights - learning_rate * gradient
    return weights


def first_response(score: float, severity: str, kind: str, categories: Set[str]) -> str:
    """The seed's first response for a scored event."""
    if severity == "CRITICAL" or "malware" in categories:
        return "isolate_and_quarantine"
    if severity == "HIGH" or categories & {"sqli", "xss", "rce", "lfi", "rfi", "path_traversal", "exploit"}:
        return "block_network_1h"
    if kind == "process" and score >= 0.5:
        return "kill_process"
    return "monitor_30m"


class Neutrophil:
    """Stateless: its state argument is ignored, so every entity shares the one model."""

    name = "neutrophil"
    # the payloads it was trained on (HTTP parameters and command lines); prose is not a payload to it
    kinds = frozenset({"http", "process"})
    stage = "neutrophil"
    reads: tuple[str, ...] = ()
    feeds: frozenset[str] = frozenset()

    def __init__(self, model: NeutrophilModel | None = None) -> None:
        self.model = model or NeutrophilModel.load()

    def fresh_state(self) -> State:
        return {}

    def learn_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL) -> None:
        return None

    def score_texts(self, texts: Sequence[str]) -> list[float]:
        """The model's score of each text alone (no reflex context): is this value itself malicious?"""
        if not texts:
            return []
        return [float(s) for s in self.model.predict(np.asarray([featurize(t, 0.0) for t in texts]))]

    def score_batch(self, items: Sequence[Scored], state: State, modulation: Modulation = NEUTRAL,
                    earlier: Earlier = NOTHING, view_caches: Sequence[dict[str, Any]] | None = None) -> list[Finding]:
        if not items:
            return []
        caches = view_caches if view_caches is not None else [{} for _ in items]
        texts = [payload_text(item["event"], cache) if item["event"]["kind"] in self.kinds else ""
                 for item, cache in zip(items, caches, strict=True)]
        reflexes = [item.get("reflex") or {} for item in items]
        scores = self.model.predict(np.asarray([featurize(text, float(reflex.get("signature", 0.0)))
                                                for text, reflex in zip(texts, reflexes, strict=True)]))
        findings = []
        version = self.model.version
        for item, reflex, text, score in zip(items, reflexes, texts, scores.tolist(), strict=True):
            s = score if text else 0.0
            severity = "CRITICAL" if s >= 0.95 else "HIGH" if s >= 0.8 else "MEDIUM" if s >= 0.5 else "LOW"
            matches = reflex.get("matches")
            categories = {m["category"] for m in matches} if matches else _NO_CATEGORIES
            response = first_response(s, severity, item["event"]["kind"], categories)
            evidence = {"response": response, "model": version}
            reason = f"payload score {s:.2f}" if item["event"]["kind"] in self.kinds else \
                f"does not judge {item['event']['kind']}"
            findings.append(Finding("neutrophil", s, reason, evidence))
        return findings


_NO_CATEGORIES: frozenset[str] = frozenset()
