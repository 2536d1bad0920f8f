"""Reading the sentence model's weights from its ONNX file without the onnx package."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import onnx_weights
from knowledge.embedder import model_path
from knowledge.minilm import LAYERS, MiniLM


@pytest.fixture(scope="module")
def weights() -> onnx_weights.Weights:
    return onnx_weights.read(model_path())


def test_the_model_file_gives_every_weight_the_forward_pass_needs(weights):
    word = weights.tensors["inner.embeddings.word_embeddings.weight_q"]
    assert word.dtype == np.int8 and word.shape == (30522, 384)
    assert weights.tensors["inner.embeddings.word_embeddings.weight_scale"].shape == (30522, 1)
    dense = [n for n in weights.matmul_inputs if n + "_q" in weights.tensors]
    assert len(dense) == 6 * LAYERS
    query, intermediate = (weights.tensors[dense[i] + "_q"] for i in (0, 4))
    assert query.shape == (384, 384) and intermediate.shape == (384, 1536)  # in × out, as MatMul uses them
    assert weights.tensors["inner.encoder.layer.5.output.LayerNorm.bias"].dtype == np.float32


def test_the_weights_are_copies_not_views_of_the_file(weights):
    assert all(a.flags.owndata or a.base is None or a.base.flags.owndata for a in weights.tensors.values())
    assert all(a.flags.writeable for a in weights.tensors.values())


@pytest.mark.parametrize("content", [b"", b"\x0a\x03abc", b"\xff\xff\xff", b"\x3a\x05\x2a\x01"])
def test_a_file_that_is_not_an_onnx_model_is_a_clear_error(tmp_path, content):
    path = tmp_path / "model.onnx"
    path.write_bytes(content)
    with pytest.raises(ValueError):
        MiniLM(path)


def test_a_truncated_model_file_is_a_clear_error(tmp_path):
    path = tmp_path / "model.onnx"
    path.write_bytes(model_path().read_bytes()[:1_000_000])
    with pytest.raises(ValueError):
        MiniLM(path)
