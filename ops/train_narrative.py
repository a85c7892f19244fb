"""Trains the narrative threat classifier on generated agent messages (``ops/agentgen.py``) and measures it on
templates and domains it never saw.

Trains on split A (its templates, phrase lists and domains); split B calibrates the operating threshold on its
benign messages only (a false-positive budget) and measures detection. The shipped weights are those trained on A,
so the held-out figures describe them. Run: ``python -m ops.train_narrative [--report out.json]``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agents.semantic import CONTEXT, DEFAULT_MODEL, FEATURES, context_features, destinations, text_features
from models.embedder import Embedder
from ops.agentgen import INTENTS, Generator, Sample

EMBEDDING_SCALE = 0.5  # the token embeddings' weight beside the features: lower generalises better across templates
BENIGN_WEIGHT = 3.0  # hard negatives weigh more: a false alarm on a routine task costs the most
FPR_BUDGET = 0.005  # the threshold's false-positive rate on held-out benign messages (half the target's 1%)


def matrices(samples: Sequence[Sample], embedder: Embedder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    texts = [s.text for s in samples]
    features = np.asarray([text_features(t) for t in texts], dtype=np.float32)
    context = np.asarray([context_features(f, destinations(s.text), set(destinations(" ".join(s.known))), s.history,
                                           [(kind, (destinations(t) or [t.lower()])[0]) for kind, t in s.actions])
                          for s, f in zip(samples, features, strict=True)], dtype=np.float32)
    return embedder.embed_static(texts) * EMBEDDING_SCALE, features, context


def fit(x: np.ndarray, y: np.ndarray, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    weights = np.where(y == 0, BENIGN_WEIGHT, 1.0)
    model = LogisticRegression(C=1.0, max_iter=3000, random_state=seed).fit(x, y, sample_weight=weights)
    return model.coef_.astype(np.float32), model.intercept_.astype(np.float32)


def threat_probability(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    odds = np.exp(logits)
    return 1.0 - odds[:, 0] / odds.sum(axis=1)


def curve(p: np.ndarray, malicious: np.ndarray) -> list[dict[str, float]]:
    """Detection at false-positive rates 0.1%..10% of the benign messages (thresholds from the benign scores)."""
    benign = np.sort(p[~malicious])
    points = []
    for fpr in (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1):
        threshold = float(benign[min(len(benign) - 1, int(np.ceil(len(benign) * (1 - fpr))) - 1)])
        points.append({"fpr": fpr, "threshold": round(threshold, 4),
                       "detection": round(float((p[malicious] > threshold).mean()), 4)})
    return points


def evaluate(p: np.ndarray, samples: Sequence[Sample], threshold: float) -> dict[str, Any]:
    intents = np.asarray([s.intent for s in samples])
    malicious = intents != "BENIGN"
    from sklearn.metrics import roc_auc_score

    return {"messages": len(samples), "malicious": int(malicious.sum()),
            "auc": round(float(roc_auc_score(malicious, p)), 4),
            "fpr": round(float((p[~malicious] >= threshold).mean()), 4),
            "detection": round(float((p[malicious] >= threshold).mean()), 4),
            "per_intent": {i: round(float((p[intents == i] >= threshold).mean()), 4) for i in INTENTS[1:]},
            "curve": curve(p, malicious)}


def train(n_train: int = 8000, n_test: int = 4000, out: Path | None = DEFAULT_MODEL, trained: str = "A",
          seed: int = 11) -> dict[str, Any]:
    """Train on split ``trained``, measure on fresh messages of it and on the other split; save when ``out``."""
    other = "B" if trained == "A" else "A"
    embedder = Embedder()
    train_set = Generator(trained, seed=seed).batch(n_train)
    same_templates = Generator(trained, seed=seed + 1).batch(n_test)  # fresh values, the training templates
    held_out = Generator(other, seed=seed + 2).batch(n_test)  # templates, phrase lists and domains never trained on
    y = np.asarray([INTENTS.index(s.intent) for s in train_set])
    emb, feat, ctx = matrices(train_set, embedder)
    coef, bias = fit(np.hstack([emb, feat, ctx]), y)
    fallback, fallback_bias = fit(np.hstack([feat, ctx]), y)
    split = emb.shape[1] + feat.shape[1]

    def probabilities(samples: Sequence[Sample], features_only: bool = False) -> np.ndarray:
        e, f, c = matrices(samples, embedder)
        if features_only:
            return threat_probability(np.hstack([f, c]) @ fallback.T + fallback_bias)
        return threat_probability(np.hstack([e, f, c]) @ coef.T + bias)

    p_held = probabilities(held_out)
    benign = np.sort(p_held[[s.intent == "BENIGN" for s in held_out]])
    threshold = float(benign[int(np.ceil(len(benign) * (1 - FPR_BUDGET))) - 1]) + 1e-4
    cold = [s.history == 0 for s in held_out]
    report = {
        "generated": {f"train_{trained}": len(train_set), f"test_{trained}": len(same_templates),
                      f"held_out_{other}": len(held_out),
                      "benign_share": 0.5, "intents": list(INTENTS)},
        "threshold": round(threshold, 4),
        f"in_distribution_{trained}": evaluate(probabilities(same_templates), same_templates, threshold),
        f"held_out_{other}": evaluate(p_held, held_out, threshold),
        f"held_out_{other}_first_message": evaluate(p_held[cold], [s for s, c in zip(held_out, cold, strict=True)
                                                                   if c], threshold),
        f"held_out_{other}_features_only": evaluate(probabilities(held_out, True), held_out, threshold),
    }
    if out is None:
        return report
    doc = {"version": f"generated-{trained}-1", "intents": list(INTENTS), "features": list(FEATURES),
           "context": list(CONTEXT),
           "embedding_scale": EMBEDDING_SCALE, "threshold": round(threshold, 6),
           "text_weights": np.round(coef[:, :split], 5).tolist(),
           "context_weights": np.round(coef[:, split:], 5).tolist(), "bias": np.round(bias, 5).tolist(),
           "fallback_weights": np.round(fallback, 5).tolist(), "fallback_bias": np.round(fallback_bias, 5).tolist(),
           "trained_on": report["generated"]}
    out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", "utf-8")
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="write the measurements here as JSON")
    args = parser.parse_args()
    result = {"shipped": train(), "reverse": train(out=None, trained="B", seed=21)}
    print(json.dumps(result, indent=1))
    if args.report:
        args.report.write_text(json.dumps(result, indent=1) + "\n", "utf-8")
