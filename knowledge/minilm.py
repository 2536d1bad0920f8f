"""all-MiniLM-L6-v2's forward pass in numpy, from the int8 ONNX file's own weights.

The file stores every weight as int8 with a float scale (per output column; per row for the word embeddings),
dequantised by the graph itself, so the arithmetic is float32 throughout. onnxruntime folds those weights into
float32 copies and holds both, about 160 MB for a 23 MB file; here the six layers are dequantised once (42 MB)
and the word embeddings stay int8 (12 MB), each row dequantised when a text uses it. The layers are BERT's:
embeddings (word + position + token type 0) and LayerNorm, then six times self-attention (12 heads of 32) and a
GELU feed-forward, each with a residual LayerNorm (epsilon 1e-12). The output equals onnxruntime's to within
4e-6 (measured on 2026-12-05 with onnxruntime 1.32; tests/understanding/test_meaning.py keeps the
similarities it gave).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge import onnx_weights

LAYERS = 6
HEADS = 12
HEAD_SIZE = 32
HIDDEN = HEADS * HEAD_SIZE
_EPSILON = np.float32(1e-12)
_MASKED = np.float32(np.finfo(np.float32).min)


def _gelu(x: np.ndarray) -> np.ndarray:
    """x·Φ(x), BERT's GELU, in place: Φ from the error function by Abramowitz & Stegun 7.1.26 (absolute error
    ≤ 1.5e-7), written as in-place steps because this runs over every token's 1,536 features six times."""
    a = np.abs(x)
    a *= np.float32(1 / np.sqrt(2))
    t = a * np.float32(0.3275911)
    t += 1
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a  # 1 - erf(|x|/√2)
    np.subtract(1, poly, out=poly)
    np.copysign(poly, x, out=poly)  # erf(x/√2)
    poly += 1
    poly *= 0.5
    x *= poly
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """LayerNorm over the features (axis 0: one column per token), in place."""
    x -= x.mean(0)
    variance = np.einsum("ij,ij->j", x, x) / np.float32(x.shape[0])
    x /= np.sqrt(variance + _EPSILON)
    x *= weight
    x += bias
    return x


class MiniLM:
    """Token ids and attention mask (batch × sequence) → last hidden state (batch × sequence × 384)."""

    def __init__(self, path: Path) -> None:
        try:
            self._load(onnx_weights.read(path))
        except KeyError as exc:
            raise onnx_weights.FormatError(f"{path}: the model has no weight {exc}") from None
        except onnx_weights.FormatError as exc:
            raise onnx_weights.FormatError(f"{path}: {exc}") from None

    def _load(self, model: onnx_weights.Weights) -> None:
        weights = model.tensors
        # The dense weights in the order the graph multiplies by them: per layer query, key, value, attention
        # output, intermediate, output.
        dense = [name for name in model.matmul_inputs if name + "_q" in weights]
        if len(dense) != 6 * LAYERS:
            raise onnx_weights.FormatError(f"expected {6 * LAYERS} dense weights, found {len(dense)}")

        def dequantised(name: str) -> np.ndarray:
            return weights[name + "_q"].astype(np.float32) * weights[name + "_scale"]

        def transposed(name: str) -> np.ndarray:  # (out, in): weight @ hidden, one column per token
            return np.ascontiguousarray(dequantised(name).T)

        embeddings = "inner.embeddings."
        self.word = weights[embeddings + "word_embeddings.weight_q"]
        self.word_scale = weights[embeddings + "word_embeddings.weight_scale"]
        self.position = dequantised(embeddings + "position_embeddings.weight")
        self.token_type = weights[embeddings + "token_type_embeddings.weight"][0]
        self.norm = (_column(weights[embeddings + "LayerNorm.weight"]), _column(weights[embeddings + "LayerNorm.bias"]))
        self.layers: list[tuple] = []  # per layer: qkv weight and bias, attention out, its norm, mid, out, norm
        for i in range(LAYERS):
            p = f"inner.encoder.layer.{i}."
            query, key, value, attention_out, intermediate, out = (transposed(n) for n in dense[6 * i:6 * i + 6])
            self.layers.append((
                np.concatenate([query, key, value]),
                _column(np.concatenate([weights[p + f"attention.self.{k}.bias"] for k in ("query", "key", "value")])),
                attention_out, _column(weights[p + "attention.output.dense.bias"]),
                (_column(weights[p + "attention.output.LayerNorm.weight"]),
                 _column(weights[p + "attention.output.LayerNorm.bias"])),
                intermediate, _column(weights[p + "intermediate.dense.bias"]),
                out, _column(weights[p + "output.dense.bias"]),
                (_column(weights[p + "output.LayerNorm.weight"]), _column(weights[p + "output.LayerNorm.bias"])),
            ))

    def __call__(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        batch, length = ids.shape
        tokens = batch * length
        x = self.word[ids].astype(np.float32)
        x *= self.word_scale[ids]
        x += self.position[:length]
        x += self.token_type
        # The hidden state is held one column per token (features × tokens): a dense layer is then one
        # weight @ hidden product, which BLAS runs about twice as fast as hidden @ weight for a short text.
        x = _layer_norm(np.ascontiguousarray(x.reshape(tokens, HIDDEN).T), *self.norm)
        padded = not mask.all()
        masked = np.where(mask[:, None, None, :] > 0, np.float32(0), _MASKED) if padded else None
        scale = np.float32(1 / np.sqrt(HEAD_SIZE))
        for qkv_w, qkv_b, att_w, att_b, att_norm, mid_w, mid_b, out_w, out_b, out_norm in self.layers:
            qkv = qkv_w @ x
            qkv += qkv_b
            q, k, v = qkv.reshape(3, HEADS, HEAD_SIZE, batch, length).transpose(0, 3, 1, 4, 2)
            scores = q @ k.transpose(0, 1, 3, 2)
            scores *= scale
            if masked is not None:
                scores += masked
            scores -= scores.max(-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 3, 0, 2).reshape(HIDDEN, tokens)
            y = att_w @ context
            y += att_b
            y += x
            x = _layer_norm(y, *att_norm)
            h = mid_w @ x
            h += mid_b
            _gelu(h)
            y = out_w @ h
            y += out_b
            y += x
            x = _layer_norm(y, *out_norm)
        return x.T.reshape(batch, length, HIDDEN)


def _column(vector: np.ndarray) -> np.ndarray:
    """A per-feature vector as a column, to broadcast over the tokens."""
    return np.ascontiguousarray(vector.reshape(-1, 1))
