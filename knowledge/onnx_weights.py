"""The weights of an ONNX file, read straight from its protobuf encoding: initializers by name, and the order in
which the graph's MatMul nodes use them.

The ``onnx`` package reads the same, but its import takes 1.1 s and 20 MB of the bot's memory (ml_dtypes alone
is 0.9 s), to read a file whose few fields are fixed by the published schema (onnx/onnx.proto, stable since
IR version 3): ModelProto.graph = 7; GraphProto.node = 1, .initializer = 5; NodeProto.input = 1, .op_type = 4;
TensorProto.dims = 1, .data_type = 2, .float_data = 4, .name = 8, .raw_data = 9. Only what the model uses is
decoded (float32, int8, int64 tensors); anything else is an error, not a guess.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

_DTYPES = {1: np.float32, 3: np.int8, 7: np.int64}
"""TensorProto.DataType → numpy: FLOAT, INT8, INT64."""


class FormatError(ValueError):
    """The file is not an ONNX model this reader understands."""


def _varint(buf: memoryview, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(buf):
            raise FormatError("truncated varint")
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _fields(buf: memoryview) -> Iterator[tuple[int, int, int | memoryview]]:
    """(field number, wire type, value) for each field of one message: an int for varints, else the bytes."""
    pos = 0
    while pos < len(buf):
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(buf, pos)
        elif wire in (1, 2, 5):
            if wire == 2:
                size, pos = _varint(buf, pos)
            else:
                size = 8 if wire == 1 else 4
            if pos + size > len(buf):
                raise FormatError(f"field {number} runs past the end of the file (truncated)")
            value, pos = buf[pos:pos + size], pos + size
        else:
            raise FormatError(f"wire type {wire} (field {number}) is not used by ONNX")
        yield number, wire, value


def _packed(value: int | memoryview, wire: int) -> list[int]:
    if wire == 0:
        return [value]
    out, pos = [], 0
    while pos < len(value):
        n, pos = _varint(value, pos)
        out.append(n)
    return out


def _tensor(buf: memoryview) -> tuple[str, np.ndarray | None]:
    name, dims, dtype, raw, floats = "", [], None, None, b""
    for number, wire, value in _fields(buf):
        if number == 1:
            dims += _packed(value, wire)
        elif number == 2:
            dtype = value
        elif number == 4:
            floats += bytes(value)  # packed (one field) or one float a field
        elif number == 8:
            name = bytes(value).decode("utf-8")
        elif number == 9:
            raw = value
    if dtype not in _DTYPES:
        return name, None  # a type the model's weights never have (e.g. bool constants of the graph)
    if raw is not None:
        array = np.frombuffer(raw, dtype=np.dtype(_DTYPES[dtype]).newbyteorder("<"))
    elif floats and dtype == 1:
        array = np.frombuffer(floats, dtype="<f4")
    else:
        array = np.zeros(0, dtype=_DTYPES[dtype])
    return name, array.reshape(dims).copy()  # a copy: the file's bytes are freed once read


@dataclass
class Weights:
    tensors: dict[str, np.ndarray] = field(default_factory=dict)
    matmul_inputs: list[str] = field(default_factory=list)
    """The second input of each MatMul node, in the graph's order."""


def read(path: Path) -> Weights:
    """An ONNX file's initializers and its MatMul nodes' weight inputs."""
    data = memoryview(Path(path).read_bytes())
    graph = next((v for n, w, v in _fields(data) if n == 7 and w == 2), None)
    if graph is None:
        raise FormatError("no graph")
    out = Weights()
    for number, wire, value in _fields(graph):
        if number == 5 and wire == 2:
            name, array = _tensor(value)
            if array is not None:
                out.tensors[name] = array
        elif number == 1 and wire == 2:
            inputs, op = [], ""
            for n, _wire, v in _fields(value):
                if n == 1:
                    inputs.append(bytes(v).decode("utf-8"))
                elif n == 4:
                    op = bytes(v).decode("utf-8")
            if op == "MatMul" and len(inputs) == 2:
                out.matmul_inputs.append(inputs[1])
    return out
