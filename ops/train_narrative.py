"""Trains the narrative threat classifier on generated agent messages and measures it on a family it never saw.

Training families: the team's own generator (``ops/agentgen.py``, splits A, B, D1, D2) and families other people
wrote apart, each without reading the features or any other family (C: ``ops/agentgen_holdout.py``, D, E, H, I, J,
K, L, M, N, O, P, Q, R, S, T, U, W, then G, V, X: ``ops/agentgen_<x>.py``, listed in the order they were written). The
model is multinomial logistic regression over MiniLM token embeddings, hashed words and word pairs
(``agents.semantic.ngrams``), explicit text features and the agent's context.

Held-out checks leave one family out: trained on the generator and every other family, measured on the one left
out (its templates, phrasing and domains unseen), each message scored as the worker scores it: its most threatening
part, the whole text or two adjacent sentences (``agents.semantic.passages``); training reads whole texts. The
regularisation, the n-grams' weight and the benign messages' weight are chosen by the mean detection at 1% FPR over
the checks; the threshold is the lowest at which the left-out families' benign messages alert at 1% (``FPR_BUDGET``)
on average, and that rule is itself checked leaving one family out (``rule_check``). The shipped model is then
trained with those on every training family.

Family F (``ops/agentgen_f.py``), written blind to all of the above and never trained on, is the figure to quote:
the report ends with it, with the agents' context and as bare text from fresh agents (the way an outside set of
instructions arrives). Run: ``python -m ops.train_narrative [--report out.json]``."""

from __future__ import annotations

import argparse
import base64
import dataclasses
import itertools
import json
import statistics
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sparse

from agents.semantic import (
    CONTEXT,
    DEFAULT_MODEL,
    FEATURES,
    NGRAM_BUCKETS,
    ThreatModel,
    context_features,
    destinations,
    ngrams,
    passages,
    strongest,
    text_features,
    threat_probability,
)
from models.embedder import Embedder
from ops.agentgen import INTENTS, Generator, Sample
from ops.agentgen_d import FamilyD
from ops.agentgen_e import FamilyE
from ops.agentgen_f import FamilyF
from ops.agentgen_g import FamilyG
from ops.agentgen_h import FamilyH
from ops.agentgen_holdout import HoldoutGenerator
from ops.agentgen_i import FamilyI
from ops.agentgen_j import FamilyJ
from ops.agentgen_k import FamilyK
from ops.agentgen_l import FamilyL
from ops.agentgen_m import FamilyM
from ops.agentgen_n import FamilyN
from ops.agentgen_o import FamilyO
from ops.agentgen_p import FamilyP
from ops.agentgen_q import FamilyQ
from ops.agentgen_r import FamilyR
from ops.agentgen_s import FamilyS
from ops.agentgen_t import FamilyT
from ops.agentgen_u import FamilyU
from ops.agentgen_v import FamilyV
from ops.agentgen_w import FamilyW
from ops.agentgen_x import FamilyX

FPR_BUDGET = 0.01  # the target's false-positive rate, on average over the left-out families (`shipped_threshold`)
OWN_SPLITS = ("A", "B", "D1", "D2")  # the team's generator
FAMILIES: dict[str, Callable[[int], Any]] = {"C": HoldoutGenerator, "D": FamilyD, "E": FamilyE, "H": FamilyH,
                                             "I": FamilyI, "J": FamilyJ, "K": FamilyK, "L": FamilyL, "M": FamilyM,
                                             "N": FamilyN, "O": FamilyO, "P": FamilyP, "Q": FamilyQ, "R": FamilyR,
                                             "S": FamilyS, "T": FamilyT, "U": FamilyU, "W": FamilyW,
                                             "G": FamilyG, "V": FamilyV, "X": FamilyX}
# benign weight: hard negatives weigh more, a false alarm on a routine task costs the most. The grid moves where
# the held-out checks point: with family T, c 0.35 beat 0.2 and weight 9 beat 20 at both c (f472130)
GRID = {"c": (0.35, 0.5), "ngram_scale": (4.5,), "benign_weight": (9.0,)}
EMBEDDING_SCALE = 1.0
PRUNE = 0.03  # n-gram buckets whose every weight is smaller are dropped (in a trial 68k -> 14k, same held-out figures)


def contexts(samples: Sequence[Sample], features: np.ndarray) -> np.ndarray:
    """Context features of each sample's message, given the text features of the part of it that is judged."""
    rows = [context_features(f.tolist(), destinations(s.text), set(destinations(" ".join(s.known))), s.history,
                             [(kind, (destinations(t) or [t.lower()])[0]) for kind, t in s.actions])
            for s, f in zip(samples, features, strict=True)]
    return np.asarray(rows, dtype=np.float32).reshape(-1, len(CONTEXT))


def matrices(samples: Sequence[Sample], embedder: Embedder) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unscaled token embeddings, text features and context features of each sample."""
    texts = [s.text for s in samples]
    features = np.asarray([text_features(t) for t in texts], dtype=np.float32).reshape(-1, len(FEATURES))
    return embedder.embed_static(texts), features, contexts(samples, features)


def fit(x: np.ndarray | sparse.csr_matrix, y: np.ndarray, c: float, benign_weight: float
        ) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    weights = np.where(y == 0, benign_weight, 1.0)
    model = LogisticRegression(C=c, max_iter=3000, random_state=0).fit(x, y, sample_weight=weights)
    return model.coef_.astype(np.float32), model.intercept_.astype(np.float32)


def fpr_threshold(p: np.ndarray, malicious: np.ndarray, fpr: float) -> float:
    benign = np.sort(p[~malicious])
    return float(benign[min(len(benign) - 1, int(np.ceil(len(benign) * (1 - fpr))) - 1)])


def shipped_threshold(benign: Sequence[np.ndarray], fpr: float) -> float:
    """The lowest threshold at which the left-out families' benign messages alert at ``fpr`` on average: each
    family is a new writer the model never saw, so the mean is what to expect of the next one. The median of
    their own 1% points, used before, let half of them alert more: one family whose benign texts all score low
    (its own point 0.19) moved it from 0.85 to 0.80, and five of eleven families then alerted on 1.2-2.9%."""
    ordered = [np.sort(b) for b in benign]

    def mean_fpr(threshold: float) -> float:
        return statistics.mean(1.0 - np.searchsorted(b, threshold, side="left") / len(b) for b in ordered)

    candidates = np.unique(np.concatenate(ordered)) + 1e-4  # just above a benign score, as the own points are
    low, high = 0, len(candidates) - 1  # the last alerts on none
    while low < high:
        middle = (low + high) // 2
        if mean_fpr(candidates[middle]) <= fpr:
            high = middle
        else:
            low = middle + 1
    return float(candidates[low])


def rule_check(scores: dict[str, tuple[np.ndarray, np.ndarray]], fpr: float) -> dict[str, Any]:
    """``shipped_threshold`` met as an outsider meets it: each family's benign alerts and detection at the threshold
    the other families' left-out scores give. ``scores``: each family's left-out scores and which are malicious."""
    per_family = {}
    for name, (p, malicious) in scores.items():
        threshold = shipped_threshold([q[~m] for other, (q, m) in scores.items() if other != name], fpr)
        per_family[name] = {"threshold": round(threshold, 4),
                            "fpr": round(float((p[~malicious] >= threshold).mean()), 4),
                            "detection": round(float((p[malicious] >= threshold).mean()), 4)}
    rates = [f["fpr"] for f in per_family.values()]
    return {"mean_fpr": round(statistics.mean(rates), 4), "median_fpr": round(statistics.median(rates), 4),
            "families_within": sum(r <= fpr for r in rates),
            "mean_detection": round(statistics.mean(f["detection"] for f in per_family.values()), 4),
            "per_family": per_family}


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


def ngram_matrix(samples: Sequence[Sample]) -> sparse.csr_matrix:
    rows, cols, values = [], [], []
    for i, sample in enumerate(samples):
        for bucket, value in ngrams(sample.text).items():
            rows.append(i)
            cols.append(bucket)
            values.append(value)
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(samples), NGRAM_BUCKETS), dtype=np.float32)


class Data:
    """Generated samples with their matrices, labels and intents; for held-out sets, their messages' ``passages``
    too (``passage_data``, ``passage_owner``: the message each passage comes from)."""

    passage_data: Data | None = None
    passage_owner: np.ndarray

    def __init__(self, samples: list[Sample], embedder: Embedder, with_passages: bool = False) -> None:
        self.samples = samples
        self.emb, self.feat, self.ctx = matrices(samples, embedder)
        self.grams = ngram_matrix(samples)
        self.y = np.asarray([INTENTS.index(s.intent) for s in samples])
        self.malicious = self.y != 0
        if with_passages:
            parts = [(i, dataclasses.replace(s, text=part)) for i, s in enumerate(samples) for part in passages(s.text)]
            self.passage_owner = np.asarray([i for i, _ in parts], dtype=np.int64)
            self.passage_data = Data([part for _, part in parts], embedder)

    def x(self, ngram_scale: float) -> sparse.csr_matrix:
        """Columns: embedding, text features, context, then the n-gram buckets."""
        dense = np.hstack([self.emb * EMBEDDING_SCALE, self.feat, self.ctx])
        return sparse.hstack([sparse.csr_matrix(dense), self.grams * ngram_scale]).tocsr()

    def scores(self, coef: np.ndarray, bias: np.ndarray, ngram_scale: float) -> np.ndarray:
        """Threat probabilities as the runtime gives them: the text logits of each message's most threatening part
        (``strongest``: the whole text or one of its passages), plus its context's share with that part's
        features."""
        split = self.emb.shape[1] + self.feat.shape[1]
        context_weights = coef[:, split:split + len(CONTEXT)]

        def text_logits(data: Data) -> np.ndarray:
            return data.x(ngram_scale) @ coef.T + bias - data.ctx @ context_weights.T

        logits, features, owners = text_logits(self), self.feat, np.arange(len(self.samples))
        if self.passage_data is not None and self.passage_data.samples:
            logits = np.vstack([logits, text_logits(self.passage_data)])
            features = np.vstack([features, self.passage_data.feat])
            owners = np.concatenate([owners, self.passage_owner])
        best = strongest(logits, owners, len(self.samples))
        return threat_probability(logits[best] + contexts(self.samples, features[best]) @ context_weights.T)

    def without_embedding(self, mean: np.ndarray) -> Data:
        """The same messages with ``mean`` for every embedding: how the model does when the embedder fails."""
        data = Data.joined([self])
        data.emb = np.tile(mean, (len(self.samples), 1))
        return data

    @staticmethod
    def joined(parts: Sequence[Data]) -> Data:
        data = object.__new__(Data)
        data.samples = [s for p in parts for s in p.samples]
        data.emb, data.feat, data.ctx = (np.vstack([getattr(p, k) for p in parts]) for k in ("emb", "feat", "ctx"))
        data.grams = sparse.vstack([p.grams for p in parts]).tocsr()
        data.y = np.concatenate([p.y for p in parts])
        data.malicious = data.y != 0
        return data


def families(n: int, seed: int, embedder: Embedder, with_passages: bool = False) -> dict[str, Data]:
    """``n`` messages of each training family (and of each split of the team's own generator, as ``own``)."""
    own = Data([s for i, split in enumerate(OWN_SPLITS) for s in Generator(split, seed=seed + i).batch(n)], embedder,
               with_passages)
    return {"own": own, **{name: Data(make(seed + 10 + i).batch(n), embedder, with_passages)
                           for i, (name, make) in enumerate(FAMILIES.items())}}


def cross_check(n_train: int, n_test: int, embedder: Embedder) -> dict[str, Any]:
    """Every grid point on every leave-one-family-out check: held-out detection at 1% FPR; the chosen point's
    curves and thresholds."""
    trained, held = families(n_train, 31, embedder), families(n_test, 1031, embedder, with_passages=True)
    splits = {name: (Data.joined([d for k, d in trained.items() if k != name]), held[name]) for name in FAMILIES}
    grid: list[dict[str, Any]] = []
    for c, ngram_scale, weight in itertools.product(GRID["c"], GRID["ngram_scale"], GRID["benign_weight"]):
        row: dict[str, Any] = {"c": c, "ngram_scale": ngram_scale, "benign_weight": weight}
        for name, (train_set, test) in splits.items():
            coef, bias = fit(train_set.x(ngram_scale), train_set.y, c, weight)
            row[name] = round(detection_at(test.scores(coef, bias, ngram_scale), test.samples, 0.01), 4)
        row["mean"] = round(statistics.mean(row[n] for n in FAMILIES), 4)
        row["min"] = round(min(row[n] for n in FAMILIES), 4)
        grid.append(row)
        print(json.dumps(row), flush=True)
    best = max(grid, key=lambda r: (r["mean"], r["min"]))
    c, ngram_scale, weight = best["c"], best["ngram_scale"], best["benign_weight"]
    checks: dict[str, Any] = {}
    for name, (train_set, test) in splits.items():
        coef, bias = fit(train_set.x(ngram_scale), train_set.y, c, weight)
        p = test.scores(coef, bias, ngram_scale)
        threshold = fpr_threshold(p, test.malicious, FPR_BUDGET) + 1e-4
        p_blind = threat_probability(test.without_embedding(train_set.emb.mean(axis=0)).x(ngram_scale) @ coef.T + bias)
        cold = np.asarray([s.history == 0 for s in test.samples])
        checks[name] = {"own_threshold": round(threshold, 4), "held_out": evaluate(p, test.samples, threshold),
                        "first_message": evaluate(p[cold], [s for s, k in zip(test.samples, cold, strict=True) if k],
                                                  threshold),
                        "without_embedding": evaluate(p_blind, test.samples, threshold),
                        "p": p}
    threshold = shipped_threshold([checks[name]["p"][~test.malicious] for name, (_, test) in splits.items()],
                                  FPR_BUDGET)
    rule = rule_check({name: (checks[name]["p"], test.malicious) for name, (_, test) in splits.items()}, FPR_BUDGET)
    for name, (_, test) in splits.items():
        p = checks[name].pop("p")
        checks[name]["at_shipped_threshold"] = {k: v for k, v in evaluate(p, test.samples, threshold).items()
                                                if k in ("fpr", "detection", "per_intent")}
    return {"grid": grid, "chosen": {"c": c, "ngram_scale": ngram_scale, "benign_weight": weight},
            "threshold": round(threshold, 6), "threshold_rule_left_out": rule, "checks": checks,
            "sizes": {"per_family_and_split": n_train, "held_out_per_check": n_test}}


def blind_family(model: ThreatModel, embedder: Embedder, n: int = 4000) -> dict[str, Any]:
    """``model`` as it ships (pruned, float16, the runtime's arithmetic) on family F (see the module's docstring), at
    its threshold and at 1% and 5% FPR: with the agents' context, and the same texts bare."""
    samples = FamilyF(2026).batch(n)
    bare = [dataclasses.replace(s, known=[], history=0, actions=[]) for s in samples]
    out: dict[str, Any] = {}
    for name, batch in (("F", samples), ("F bare", bare)):
        logits, features, _ = model.read([s.text for s in batch], embedder.embed_static)
        p = 1.0 - model.probabilities(logits, contexts(batch, features))[:, 0]
        out[name] = {**evaluate(p, batch, model.threshold),
                     **{f"detection_at_{k}pct_fpr": round(detection_at(p, batch, k / 100), 4) for k in (1, 5)}}
    return out


def pruned(coef: np.ndarray, dense: int) -> tuple[np.ndarray, np.ndarray]:
    """The n-gram buckets worth keeping, and their weights (buckets × intents)."""
    grams = coef[:, dense:]
    keep = np.flatnonzero(np.abs(grams).max(axis=0) >= PRUNE)
    return keep.astype("<i4"), grams[:, keep].T.astype("<f2")


def train(n_train: int = 3000, n_test: int = 2000, n_final: int = 4000, out: Path | None = DEFAULT_MODEL
          ) -> dict[str, Any]:
    """Cross-check the grid, then train on ``n_final`` messages of each training family and split; save when
    ``out``."""
    embedder = Embedder()
    report = cross_check(n_train, n_test, embedder)
    c, ngram_scale, weight = (report["chosen"][k] for k in ("c", "ngram_scale", "benign_weight"))
    final = Data.joined(list(families(n_final, 71, embedder).values()))
    coef, bias = fit(final.x(ngram_scale), final.y, c, weight)
    split = final.emb.shape[1] + final.feat.shape[1]
    dense = split + final.ctx.shape[1]
    buckets, gram_weights = pruned(coef, dense)
    samples = final.samples
    report["generated"] = {"final_training": len(samples), "benign": int((~final.malicious).sum()),
                           "per_intent": {i: int((final.y == k).sum()) for k, i in enumerate(INTENTS)},
                           "per_family": {f: sum(s.split == f for s in samples) for f in sorted({s.split for s in
                                                                                                samples})},
                           "distinct_texts": len({s.text for s in samples}), "ngram_buckets": len(buckets),
                           "domains": len({s.domain for s in samples})}
    doc = {"version": "generated-families-ngrams", "intents": list(INTENTS), "features": list(FEATURES),
           "context": list(CONTEXT), "embedding_scale": EMBEDDING_SCALE, "threshold": report["threshold"],
           "text_weights": np.round(coef[:, :split], 5).tolist(),
           "context_weights": np.round(coef[:, split:dense], 5).tolist(), "bias": np.round(bias, 5).tolist(),
           "ngram_scale": ngram_scale, "ngram_buckets": base64.b64encode(buckets.tobytes()).decode(),
           "ngram_weights": base64.b64encode(gram_weights.tobytes()).decode(),
           "mean_embedding": np.round(final.emb.mean(axis=0), 5).tolist(),
           "trained_on": report["generated"], "chosen": report["chosen"]}
    report["blind"] = blind_family(ThreatModel(doc), embedder)
    if out is not None:
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
