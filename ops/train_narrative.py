"""Trains the narrative threat classifier on generated agent messages (``ops/agentgen.py``) and measures it on
templates, phrases and domains it never saw.

Four held-out checks, each a model trained on one side and measured on the other: templates, phrase lists and domains
A → B and B → A, and (every template, the domains split another way) D1 → D2 and D2 → D1. The regularisation, the
embedding's weight and the benign messages' weight are chosen by the mean detection at 1% FPR over the four; the
threshold is the median over them of the held-out side's 0.5% FPR point (half the target's 1%, for margin). The
shipped model is then trained with those on messages of every split.

The same people wrote A, B and the features, so those checks flatter it. The report ends with the shipped model on
three families nobody who wrote A, B or the features saw, and no training reads: C (ops/agentgen_holdout.py), D and
E (ops/agentgen_d.py, ops/agentgen_e.py); C also as bare text from fresh agents, the way an outside set of
instructions arrives (its templates that are threats only in context left out, with their benign twins).
Run: ``python -m ops.train_narrative [--report out.json]``."""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agents.semantic import CONTEXT, DEFAULT_MODEL, FEATURES, context_features, destinations, text_features
from models.embedder import Embedder
from ops import agentgen_holdout
from ops.agentgen import INTENTS, Generator, Sample
from ops.agentgen_d import FamilyD
from ops.agentgen_e import FamilyE

FPR_BUDGET = 0.005  # the threshold's false-positive rate on held-out benign messages (half the target's 1%)
CHECKS = {"A→B": ("A", "B"), "B→A": ("B", "A"), "D1→D2": ("D1", "D2"), "D2→D1": ("D2", "D1")}
# benign weight: hard negatives weigh more, a false alarm on a routine task costs the most
GRID = {"c": (0.1, 0.3), "embedding_scale": (1.0,), "benign_weight": (3.0, 9.0, 20.0)}


def matrices(samples: Sequence[Sample], embedder: Embedder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unscaled token embeddings, text features and context features of each sample."""
    texts = [s.text for s in samples]
    features = np.asarray([text_features(t) for t in texts], dtype=np.float32)
    context = np.asarray([context_features(f, destinations(s.text), set(destinations(" ".join(s.known))), s.history,
                                           [(kind, (destinations(t) or [t.lower()])[0]) for kind, t in s.actions])
                          for s, f in zip(samples, features, strict=True)], dtype=np.float32)
    return embedder.embed_static(texts), features, context


def fit(x: np.ndarray, y: np.ndarray, c: float, benign_weight: float) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    weights = np.where(y == 0, benign_weight, 1.0)
    model = LogisticRegression(C=c, max_iter=3000, random_state=0).fit(x, y, sample_weight=weights)
    return model.coef_.astype(np.float32), model.intercept_.astype(np.float32)


def threat_probability(logits: np.ndarray) -> np.ndarray:
    logits = logits - logits.max(axis=1, keepdims=True)
    odds = np.exp(logits)
    return 1.0 - odds[:, 0] / odds.sum(axis=1)


def fpr_threshold(p: np.ndarray, malicious: np.ndarray, fpr: float) -> float:
    benign = np.sort(p[~malicious])
    return float(benign[min(len(benign) - 1, int(np.ceil(len(benign) * (1 - fpr))) - 1)])


def curve(p: np.ndarray, malicious: np.ndarray) -> list[dict[str, float]]:
    """Detection at false-positive rates 0.1%..10% of the benign messages (thresholds from the benign scores)."""
    points = []
    for fpr in (0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1):
        threshold = fpr_threshold(p, malicious, fpr)
        points.append({"fpr": fpr, "threshold": round(threshold, 4),
                       "detection": round(float((p[malicious] > threshold).mean()), 4)})
    return points


def evaluate(p: np.ndarray, samples: Sequence[Sample], threshold: float) -> dict[str, Any]:
    from sklearn.metrics import roc_auc_score

    intents = np.asarray([s.intent for s in samples])
    malicious = intents != "BENIGN"
    return {"messages": len(samples), "malicious": int(malicious.sum()),
            "auc": round(float(roc_auc_score(malicious, p)), 4),
            "fpr": round(float((p[~malicious] >= threshold).mean()), 4),
            "detection": round(float((p[malicious] >= threshold).mean()), 4),
            "per_intent": {i: round(float((p[intents == i] >= threshold).mean()), 4) for i in INTENTS[1:]},
            "curve": curve(p, malicious)}


def detection_at(p: np.ndarray, samples: Sequence[Sample], fpr: float) -> float:
    malicious = np.asarray([s.label == 1 for s in samples])
    return float((p[malicious] > fpr_threshold(p, malicious, fpr)).mean())


class Data:
    """Generated samples with their matrices, labels and intents."""

    def __init__(self, samples: list[Sample], embedder: Embedder) -> None:
        self.samples = samples
        self.emb, self.feat, self.ctx = matrices(samples, embedder)
        self.y = np.asarray([INTENTS.index(s.intent) for s in samples])
        self.malicious = self.y != 0

    def x(self, scale: float, features_only: bool = False) -> np.ndarray:
        return np.hstack([self.feat, self.ctx]) if features_only else np.hstack([self.emb * scale, self.feat,
                                                                                 self.ctx])


def cross_check(n_train: int, n_test: int, embedder: Embedder) -> dict[str, Any]:
    """Every grid point on every check: held-out detection at 1% FPR; the chosen point's curves and thresholds."""
    data = {name: (Data(Generator(a, seed=31 + 10 * i).batch(n_train), embedder),
                   Data(Generator(b, seed=32 + 10 * i).batch(n_test), embedder))
            for i, (name, (a, b)) in enumerate(CHECKS.items())}
    grid: list[dict[str, Any]] = []
    for c, scale, weight in itertools.product(GRID["c"], GRID["embedding_scale"], GRID["benign_weight"]):
        row: dict[str, Any] = {"c": c, "embedding_scale": scale, "benign_weight": weight}
        for name, (train_set, held) in data.items():
            coef, bias = fit(train_set.x(scale), train_set.y, c, weight)
            row[name] = round(detection_at(threat_probability(held.x(scale) @ coef.T + bias), held.samples, 0.01), 4)
        row["mean"] = round(statistics.mean(row[n] for n in CHECKS), 4)
        row["min"] = round(min(row[n] for n in CHECKS), 4)
        grid.append(row)
        print(json.dumps(row), flush=True)
    best = max(grid, key=lambda r: (r["mean"], r["min"]))
    c, scale, weight = best["c"], best["embedding_scale"], best["benign_weight"]
    checks: dict[str, Any] = {}
    thresholds = []
    for name, (train_set, held) in data.items():
        coef, bias = fit(train_set.x(scale), train_set.y, c, weight)
        p = threat_probability(held.x(scale) @ coef.T + bias)
        threshold = fpr_threshold(p, held.malicious, FPR_BUDGET) + 1e-4
        thresholds.append(threshold)
        fallback, fallback_bias = fit(train_set.x(scale, True), train_set.y, c, weight)
        p_features = threat_probability(held.x(scale, True) @ fallback.T + fallback_bias)
        cold = np.asarray([s.history == 0 for s in held.samples])
        checks[name] = {"own_threshold": round(threshold, 4), "held_out": evaluate(p, held.samples, threshold),
                        "first_message": evaluate(p[cold], [s for s, k in zip(held.samples, cold, strict=True) if k],
                                                  threshold),
                        "features_only": evaluate(p_features, held.samples, fpr_threshold(
                            p_features, held.malicious, FPR_BUDGET) + 1e-4),
                        "p": p}
    threshold = statistics.median(thresholds)
    for name, (_, held) in data.items():
        p = checks[name].pop("p")
        checks[name]["at_shipped_threshold"] = {k: v for k, v in evaluate(p, held.samples, threshold).items()
                                                if k in ("fpr", "detection", "per_intent")}
    return {"grid": grid, "chosen": {"c": c, "embedding_scale": scale, "benign_weight": weight},
            "threshold": round(threshold, 6),
            "checks": checks, "sizes": {"train_per_check": n_train, "held_out_per_check": n_test}}


def blind_families(coef: np.ndarray, bias: np.ndarray, scale: float, threshold: float, embedder: Embedder,
                   n: int = 4000) -> dict[str, Any]:
    """The model on the families written apart from it (see the module's docstring), at ``threshold`` and at 1% and
    5% FPR."""
    c = agentgen_holdout.HoldoutGenerator(2026).batch(n)
    twins = len(agentgen_holdout.BENIGN) - 2
    bare = [dataclasses.replace(s, known=[], history=0, actions=[]) for s in c
            if (s.intent, s.template) not in agentgen_holdout.CONTEXT_ONLY
            and not (s.intent == "BENIGN" and s.template >= twins)]
    out: dict[str, Any] = {}
    for name, samples in (("C", c), ("C bare", bare), ("D", FamilyD(2026).batch(n)), ("E", FamilyE(2026).batch(n))):
        held = Data(samples, embedder)
        p = threat_probability(held.x(scale) @ coef.T + bias)
        out[name] = {**evaluate(p, samples, threshold),
                     **{f"detection_at_{k}pct_fpr": round(detection_at(p, samples, k / 100), 4) for k in (1, 5)}}
    return out


def train(n_train: int = 5000, n_test: int = 2500, n_final: int = 4000, out: Path | None = DEFAULT_MODEL
          ) -> dict[str, Any]:
    """Cross-check the grid, then train on ``n_final`` messages of each split (A, B, D1, D2); save when ``out``."""
    embedder = Embedder()
    report = cross_check(n_train, n_test, embedder)
    c, scale, weight = (report["chosen"][k] for k in ("c", "embedding_scale", "benign_weight"))
    samples = [s for i, split in enumerate(("A", "B", "D1", "D2"))
               for s in Generator(split, seed=71 + i).batch(n_final)]
    final = Data(samples, embedder)
    coef, bias = fit(final.x(scale), final.y, c, weight)
    fallback, fallback_bias = fit(final.x(scale, True), final.y, c, weight)
    split = final.emb.shape[1] + final.feat.shape[1]
    report["generated"] = {"final_training": len(samples), "benign": int((~final.malicious).sum()),
                           "per_intent": {i: int((final.y == k).sum()) for k, i in enumerate(INTENTS)},
                           "distinct_texts": len({s.text for s in samples}),
                           "per_domain": {d: sum(s.domain == d for s in samples)
                                          for d in sorted({s.domain for s in samples})}}
    report["blind"] = blind_families(coef, bias, scale, report["threshold"], embedder)
    if out is not None:
        doc = {"version": "generated-all-4", "intents": list(INTENTS), "features": list(FEATURES),
               "context": list(CONTEXT), "embedding_scale": scale, "threshold": report["threshold"],
               "text_weights": np.round(coef[:, :split], 5).tolist(),
               "context_weights": np.round(coef[:, split:], 5).tolist(), "bias": np.round(bias, 5).tolist(),
               "fallback_weights": np.round(fallback, 5).tolist(),
               "fallback_bias": np.round(fallback_bias, 5).tolist(),
               "trained_on": report["generated"], "chosen": report["chosen"]}
        out.write_text(json.dumps(doc, separators=(",", ":")) + "\n", "utf-8")
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path, help="write the measurements here as JSON")
    args = parser.parse_args()
    result = train()
    print(json.dumps({k: v for k, v in result.items() if k != "grid"}, indent=1))
    if args.report:
        args.report.write_text(json.dumps(result, indent=1) + "\n", "utf-8")
