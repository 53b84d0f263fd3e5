"""Operators a generated graph must never use, because a finding in them helps nobody: ops
that exist only to test torch itself, and bookkeeping ops that tracing and functionalization
insert but user programs never call.

The set is derived from torch's own operator declarations (`native_functions.yaml`, which
ships with torch as `torchgen/packaged`): a `_test_` name, a declaration whose comment says
it is for testing, or a schema that threads a dependency token. A short list of ops that
carry no such marker completes it, each with its reason. The result, op → reason,
is kept in the rule library's manifest (`rules.json` meta, key `excluded`).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from compiler_lab.ir.opnames import base_name

#: phrases in a declaration's comment that mark it as torch's own test scaffolding
_TEST_COMMENT = re.compile(
    r"only for testing|is for testing|outside of tests|used in the test|test_\w+\.py"
)
_DECL = re.compile(r"- func: (\w+)(?:\.(\w+))?\((.*)\) -> (.*)$")

#: ops with no marker in their declaration: bookkeeping, and unchecked autograd internals
UNMARKED = {
    "lift": "inserted by tracing to wrap a constant tensor; programs never call it",
    "lift_fresh": "inserted by torch.tensor() under tracing; programs never call it",
    "lift_fresh_copy": "what tracing turns lift_fresh into; programs never call it",
    "_lazy_clone": "copy-on-write bookkeeping inside torch",
    "_new_zeros_with_same_feature_meta": "forward-mode AD bookkeeping for functorch",
    "_neg_view": "sets the lazy negation bit that conj/neg views use internally",
    "_neg_view_copy": "functionalized form of _neg_view (internal)",
    "_is_all_true": "used by torch._check-style asserts, not by programs",
    "_is_any_true": "used by torch._check-style asserts, not by programs",
    # autograd's backward of max_pool2d: its `indices` must come from the matching forward,
    # and the CPU kernel writes grad_input[index] unchecked. A generated graph feeds it other
    # indices and corrupts the heap (5 lines with indices past the input abort at exit
    # with "free(): invalid next size"); eager then dies on some later, unrelated graph
    "max_pool2d_with_indices_backward": "autograd-internal: writes through its indices "
    "unchecked, so indices not from its own forward corrupt memory",
    # torch.ops.aten.set.source_Tensor(y, s) returns s's storage itself: eager's result
    # aliases an input where the schema promises a new tensor, so a compiler that copies
    # (as functionalization must) is right and every difference after a write is ours
    "set": "its functional form returns an alias of `source`, against its schema",
}


def _declarations() -> list[tuple[str, str, str]]:
    """(base name, schema arguments and returns, preceding comment) per declaration."""
    path = resources.files("torchgen") / "packaged" / "ATen" / "native" / "native_functions.yaml"
    out, comment = [], []
    for line in path.read_text().splitlines():
        if line.startswith("#"):
            comment.append(line.lstrip("# "))
            continue
        m = _DECL.match(line)
        if m:
            out.append((m.group(1), f"({m.group(3)}) -> {m.group(4)}", " ".join(comment)))
        if not line.startswith(" "):
            comment = []
    return out


@functools.cache
def excluded_bases() -> dict[str, str]:
    """Base op name (`_foobar`) → why generated graphs never use it."""
    out: dict[str, str] = dict(UNMARKED)
    for base, schema, comment in _declarations():
        if base.startswith("_test_"):
            out[base] = "exists only to test torch (a _test_ operator)"
        elif _TEST_COMMENT.search(comment):
            out[base] = f"exists only to test torch: “{comment.strip()[:120]}”"
        elif "dep_token" in schema or base == "_make_dep_token":
            out.setdefault(base, "threads a dependency token for export's runtime asserts")
    return out


def excluded(ops: list[str]) -> dict[str, str]:
    """Which of `ops` (full overload names) generation must skip, with the reason."""
    bases = excluded_bases()
    return {op: bases[base_name(op)] for op in ops if base_name(op) in bases}
