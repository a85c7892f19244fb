"""The cortex's ONNX model: its input schema, loading with checks, and execution-provider selection."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from schemas.errors import ConfigError, VerticeError

log = logging.getLogger(__name__)

MODEL_FAMILY = "vertice-cortex"
INPUT_FEATURES: tuple[str, ...] = (
    "reflex", "neutrophil", "macrophage", "hpc", "narrative", "score", "is_agent", "children", "severity",
)
ACTIONS: tuple[str, ...] = ("NONE", "MONITOR", "MUTE", "ISOLATE", "TERMINATE")
DEFAULT_MODEL = Path(__file__).resolve().parent / "cortex.onnx"


class ModelMismatch(VerticeError, ValueError):
    """The model file's version or input schema is not the one this code was written for."""


@dataclasses.dataclass
class CortexModel:
    session: Any
    version: str
    provider: str

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL, *, require_gpu: bool = False, threads: int = 1) -> CortexModel:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        wanted = [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in ort.get_available_providers()]
        session = ort.InferenceSession(str(path), sess_options=options, providers=wanted)
        meta = session.get_modelmeta().custom_metadata_map
        if meta.get("family") != MODEL_FAMILY:
            raise ModelMismatch(f"{path}: not a {MODEL_FAMILY} model (family={meta.get('family')!r})")
        if meta.get("input_features") != ",".join(INPUT_FEATURES) or meta.get("actions") != ",".join(ACTIONS):
            raise ModelMismatch(f"{path}: input schema {meta.get('input_features')!r} does not match this code")
        provider = session.get_providers()[0]
        log.info("cortex model %s loaded on %s (asked for %s)", meta.get("version"), provider, wanted)
        if require_gpu and provider != "CUDAExecutionProvider":
            raise ConfigError("VERTICE_REQUIRE_GPU", f"CUDA was required but the session runs on {provider}")
        return cls(session=session, version=str(meta.get("version")), provider=provider)

    def predict(self, features: np.ndarray) -> list[tuple[int, np.ndarray]]:
        """(action index, probabilities) per row of a float32 matrix of INPUT_FEATURES columns."""
        name = self.session.get_inputs()[0].name
        labels, probabilities = self.session.run(None, {name: features.astype(np.float32, copy=False)})
        return [(int(label), np.asarray(probs)) for label, probs in zip(labels, probabilities, strict=True)]


def feature_matrix(rows: Sequence[dict[str, float]]) -> np.ndarray:
    return np.asarray([[float(r.get(name, 0.0)) for name in INPUT_FEATURES] for r in rows], dtype=np.float32)
