"""Rebuild `corpora/examples/*.json`, the hand-written example graphs.

Usage: python tools/make_examples.py [OUT_DIR]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from compiler_lab.ir import dtypes
from compiler_lab.ir.builder import GraphBuilder
from compiler_lab.ir.graph import Graph

EXAMPLES: dict[str, Callable[[], Graph]] = {}


def example(fn: Callable[[GraphBuilder], list]) -> Callable[[GraphBuilder], list]:
    name = fn.__name__

    def build() -> Graph:
        b = GraphBuilder(name)
        return b.build(fn(b), meta={"source": "corpora/examples", "doc": fn.__doc__})

    EXAMPLES[name] = build
    return fn


@example
def conv_relu_linear(b: GraphBuilder) -> list:
    """conv2d + bias, relu, flatten, linear: the classic CNN head."""
    x = b.input("x", [2, 3, 10, 10])
    w = b.weight("w", [8, 3, 3, 3], range=(-0.3, 0.3))
    bias = b.weight("bias", [8])
    fc = b.weight("fc", [5, 8 * 5 * 5], range=(-0.1, 0.1))
    y = b.call("aten.conv2d.default", x, w, bias, [2, 2], [1, 1])
    y = b.call("aten.relu.default", y)
    y = b.call("aten.flatten.using_ints", y, 1)
    return [b.call("aten.linear.default", y, fc)]


@example
def matmul_chain(b: GraphBuilder) -> list:
    """Three matmuls with a transpose and an addmm."""
    a = b.input("a", [16, 32])
    w1 = b.weight("w1", [32, 24], range=(-0.2, 0.2))
    w2 = b.weight("w2", [16, 24], range=(-0.2, 0.2))
    bias = b.weight("bias", [16])
    h = b.call("aten.mm.default", a, w1)
    h = b.call("aten.tanh.default", h)
    g = b.call("aten.mm.default", h, b.call("aten.t.default", w2))
    return [b.call("aten.addmm.default", bias, g, b.call("aten.t.default", g))]


@example
def softmax(b: GraphBuilder) -> list:
    """softmax and log_softmax over different dims."""
    x = b.input("x", [4, 7, 9], range=(-4, 4))
    return [
        b.call("aten._softmax.default", x, -1, False),
        b.call("aten._log_softmax.default", x, 1, False),
    ]


@example
def layernorm(b: GraphBuilder) -> list:
    """layer_norm with affine weights, followed by gelu."""
    x = b.input("x", [3, 5, 16], range=(-3, 3))
    gamma = b.weight("gamma", [16], range=(0.5, 1.5))
    beta = b.weight("beta", [16])
    y = b.call("aten.layer_norm.default", x, [16], gamma, beta, 1e-5)
    return [b.call("aten.gelu.default", y)]


@example
def reductions_int8(b: GraphBuilder) -> list:
    """sum / amax / amin over int8 (sum promotes to int64)."""
    x = b.input("x", [6, 10], dtype="int8", range=(-100, 100))
    return [
        b.call("aten.sum.dim_IntList", x, [1]),
        b.call("aten.amax.default", x, [0]),
        b.call("aten.amin.default", x, [1], True),
    ]


@example
def reductions_uint8(b: GraphBuilder) -> list:
    """sum / max / argmax over uint8."""
    x = b.input("x", [5, 12], dtype="uint8", range=(0, 255))
    return [
        b.call("aten.sum.dim_IntList", x, [0], True),
        b.call("aten.amax.default", x, [1]),
        b.call("aten.argmax.default", x, 1),
    ]


@example
def reductions_float(b: GraphBuilder) -> list:
    """mean / var / prod / logsumexp over float32."""
    x = b.input("x", [4, 6, 8], range=(0.5, 1.5))
    return [
        b.call("aten.mean.dim", x, [1, 2]),
        b.call("aten.var.correction", x, [2], correction=1, keepdim=True),
        b.call("aten.prod.dim_int", x, 0),
        b.call("aten.logsumexp.default", x, [1]),
    ]


@example
def broadcast_binary(b: GraphBuilder) -> list:
    """Broadcasting add / mul / sub / div / maximum / where across ranks."""
    x = b.input("x", [4, 1, 6])
    y = b.input("y", [5, 1])
    z = b.input("z", [6], range=(1, 2))
    s = b.call("aten.add.Tensor", x, y)
    p = b.call("aten.mul.Tensor", s, z)
    d = b.call("aten.div.Tensor", b.call("aten.sub.Tensor", p, y), z)
    m = b.call("aten.maximum.default", d, x)
    mask = b.call("aten.gt.Scalar", m, 0.0)
    return [b.call("aten.where.self", mask, m, s)]


@example
def reshape_permute_slice_cat(b: GraphBuilder) -> list:
    """view / permute / slice / cat / transpose / contiguous."""
    x = b.input("x", [2, 3, 4, 5])
    y = b.call("aten.permute.default", x, [0, 2, 1, 3])
    y = b.call("aten.reshape.default", y, [8, 15])
    s1 = b.call("aten.slice.Tensor", y, 1, 0, 10, 2)
    s2 = b.call("aten.slice.Tensor", y, 1, 3, 9)
    s2 = b.call("aten.transpose.int", s2, 0, 1)
    s2 = b.call("aten.slice.Tensor", s2, 0, 1, 5)
    c = b.call("aten.cat.default", [s1, b.call("aten.transpose.int", s2, 0, 1)], 1)
    e = b.call("aten.expand.default", b.call("aten.unsqueeze.default", s1, 0), [3, 8, 5])
    return [c, b.call("aten.clone.default", e)]


@example
def pooling(b: GraphBuilder) -> list:
    """max_pool2d with stride/padding, avg_pool2d, adaptive_avg_pool2d."""
    x = b.input("x", [2, 4, 11, 11], range=(-2, 2))
    return [
        b.call("aten.max_pool2d.default", x, [3, 3], [2, 2], [1, 1]),
        b.call("aten.avg_pool2d.default", x, [2, 2], [2, 2]),
        b.call("aten.adaptive_avg_pool2d.default", x, [3, 3]),
    ]


@example
def interpolation(b: GraphBuilder) -> list:
    """Nearest and bilinear upsampling."""
    x = b.input("x", [1, 3, 5, 6])
    return [
        b.call("aten.upsample_nearest2d.vec", x, [10, 12], None),
        b.call("aten.upsample_bilinear2d.vec", x, [7, 9], False, None),
    ]


@example
def embedding(b: GraphBuilder) -> list:
    """Embedding lookup with int64 indices, then a mean over the sequence."""
    table = b.weight("table", [20, 8])
    idx = b.input("idx", [3, 7], dtype="int64", range=(0, 19))
    e = b.call("aten.embedding.default", table, idx)
    return [b.call("aten.mean.dim", e, [1])]


@example
def attention(b: GraphBuilder) -> list:
    """Scaled dot-product attention written out: bmm, scale, softmax, bmm."""
    q = b.input("q", [2, 6, 8])
    k = b.input("k", [2, 6, 8])
    v = b.input("v", [2, 6, 8])
    s = b.call("aten.bmm.default", q, b.call("aten.transpose.int", k, 1, 2))
    s = b.call("aten.mul.Scalar", s, 8**-0.5)
    p = b.call("aten._softmax.default", s, -1, False)
    return [b.call("aten.bmm.default", p, v)]


@example
def int64_indexing(b: GraphBuilder) -> list:
    """index_select, gather and index.Tensor with int64 index tensors."""
    x = b.input("x", [6, 5])
    rows = b.input("rows", [4], dtype="int64", range=(0, 5))
    cols = b.input("cols", [6, 3], dtype="int64", range=(0, 4))
    a = b.call("aten.index_select.default", x, 0, rows)
    g = b.call("aten.gather.default", x, 1, cols)
    i = b.call("aten.index.Tensor", x, [rows])
    return [a, g, b.call("aten.add.Tensor", a, i)]


@example
def float16_mlp(b: GraphBuilder) -> list:
    """A half-precision linear + silu block, cast back to float32."""
    x = b.input("x", [4, 16], dtype="float16")
    w = b.weight("w", [12, 16], dtype="float16", range=(-0.25, 0.25))
    y = b.call("aten.silu.default", b.call("aten.linear.default", x, w))
    return [b.call("aten._to_copy.default", y, dtype=dtypes.to_torch("float32"))]


def main(out_dir: str = "corpora/examples") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, build in EXAMPLES.items():
        build().save(out / f"{name}.json")
        print(f"wrote {out / name}.json")


if __name__ == "__main__":
    main(*sys.argv[1:])
