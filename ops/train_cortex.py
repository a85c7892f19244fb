"""Trains the cortex on incidents the project generates itself and exports it as ONNX."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.cortex_model import ACTIONS, DEFAULT_MODEL, INPUT_FEATURES, MODEL_FAMILY


def policy(row: np.ndarray) -> int:
    """The response policy the model learns: the operator runbook, written as rules."""
    f = dict(zip(INPUT_FEATURES, row, strict=True))
    if f["is_agent"] >= 0.5:
        if f["narrative"] >= 0.8 and f["children"] >= 1:
            return ACTIONS.index("TERMINATE")
        if f["narrative"] >= 0.7 or f["score"] >= 0.95:
            return ACTIONS.index("ISOLATE")
        if f["narrative"] >= 0.5:
            return ACTIONS.index("MUTE")
        return ACTIONS.index("MONITOR")
    if f["score"] >= 0.8:
        return ACTIONS.index("MONITOR")
    return ACTIONS.index("NONE")


def generate_incidents(n: int, seed: int = 11) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    rows = rng.random((n, len(INPUT_FEATURES)))
    rows[:, INPUT_FEATURES.index("is_agent")] = rng.integers(0, 2, n)
    rows[:, INPUT_FEATURES.index("children")] = rng.integers(0, 3, n) * rng.integers(0, 2, n)
    rows[:, INPUT_FEATURES.index("severity")] = rng.integers(0, 5, n) / 4.0
    labels = np.asarray([policy(r) for r in rows])
    return rows.astype(np.float32), labels


def train(out: Path = DEFAULT_MODEL, n: int = 20_000, seed: int = 11, version: str = "2.0.0") -> float:
    """Fit, export to ``out`` with version and input schema in the metadata; returns held-out accuracy."""
    import onnx
    from skl2onnx import to_onnx
    from sklearn.neural_network import MLPClassifier

    rows, labels = generate_incidents(n, seed)
    split = int(n * 0.8)
    # an MLP rather than trees: its MatMul/Relu graph runs on CUDA, ONNX tree ensembles only on the CPU
    model = MLPClassifier((128, 128), max_iter=300, random_state=seed).fit(rows[:split], labels[:split])
    accuracy = float((model.predict(rows[split:]) == labels[split:]).mean())
    exported = to_onnx(model, rows[:1], options={id(model): {"zipmap": False}}, target_opset=17)
    for key, value in {"family": MODEL_FAMILY, "version": version, "input_features": ",".join(INPUT_FEATURES),
                       "actions": ",".join(ACTIONS), "trained_on": f"generated incidents n={n} seed={seed}",
                       "holdout_accuracy": f"{accuracy:.4f}"}.items():
        entry = exported.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(exported, str(out))
    return accuracy


if __name__ == "__main__":
    print(f"held-out accuracy {train():.4f}")
