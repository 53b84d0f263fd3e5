"""The ops of compiler-printed MLIR read from its text, as MLIR's parse and walk give them to
the features (`extract.py`), about twenty times faster than the bindings' parse, pass and
walk. MLIR's parse is the definition: this reader takes only the ops and forms the shipped
datasets hold (`READ`: the upstream, IREE and torch-mlir ops of dispatches and linalg
kernels, one op a line as MLIR prints them) and gives None for anything else, which MLIR
then parses; tests check both give the same features on real dataset texts.

What it reproduces of MLIR: locations dropped; ops in post-order (an op after the ops of
its regions); the implicit terminators hal.executable and its variant get; the module MLIR
wraps around a text that is not one `module`; a result's type as MLIR prints it; and
`linalg-generalize-named-ops` for the named ops the data has (fill, matmul, batch_matmul,
transpose, broadcast: their indexing maps, iterators and body ops).
"""

from __future__ import annotations

import re

from costmodel.features.generalize import NAMED
from costmodel.features.printed import (
    MAP_ITEM,
    MAPS_ATTR,
    Generic,
    Op,
    Unread,
    affine_dims,
    operands,
    type_list,
)

#: locations in the forms compiler output has (any other `loc(` is unread)
_LOC = re.compile(
    r' loc\((?:"[^"\\\n]*"(?::\d+:\d+)?|unknown|#loc\d*'
    r'|fused\["[^"\\\n]*"(?::\d+:\d+)?(?:, "[^"\\\n]*"(?::\d+:\d+)?)*\])\)'
)
#: a line that goes on with the op before it (util.assume.int prints its operands so)
_CONTINUED = re.compile(r"\n[ \t]*(?=%[\w$.-]+\[|: )")
_HEAD = re.compile(r"(?:(%[\w$.-]+(?::\d+)?(?:, %[\w$.-]+(?::\d+)?)*) = )?([a-z_][\w.]*)(.*)")
_RESULT = re.compile(r"%[\w$.-]+(?::(\d+))?")
_ALIAS_DEF = re.compile(r"#[\w$.-]+ =(?: |$)")
_MAP_DEF = re.compile(r"(#[\w$.-]+) = (affine_map<.*>)$")
_ITERATORS_ATTR = re.compile(r"iterator_types = \[([^\]]*)\]")
_ITERATOR = re.compile(r'"(parallel|reduction)"|#linalg\.iterator_type<(parallel|reduction)>')

#: how each op read gives its result types: after the last `->`, after ` : `, after the last
#: ` to ` or ` into `, its outs' types, or none (its results are never shaped)
ARROW, COLON, TO, OUTS, SCALAR = "arrow", "colon", "to", "outs", "scalar"
READ = {
    "builtin.module": SCALAR, "func.func": SCALAR, "func.return": SCALAR,
    "hal.executable": SCALAR, "hal.executable.variant": SCALAR,
    "hal.executable.export": SCALAR, "hal.return": SCALAR,
    "hal.interface.binding.subspan": COLON, "hal.interface.constant.load": SCALAR,
    "iree_tensor_ext.dispatch.workgroup_count_from_slice": SCALAR,
    "iree_tensor_ext.dispatch.tensor.load": ARROW, "iree_tensor_ext.dispatch.tensor.store": SCALAR,
    "iree_codegen.load_from_buffer": ARROW, "iree_codegen.store_to_buffer": SCALAR,
    "iree_codegen.dispatch_config": SCALAR, "iree_codegen.yield": SCALAR,
    "util.assume.int": SCALAR, "memref.assume_alignment": COLON, "memref.subview": TO,
    "arith.constant": COLON, "tensor.empty": COLON, "tensor.extract": SCALAR,
    "tensor.extract_slice": TO, "tensor.insert_slice": TO, "tensor.expand_shape": TO,
    "tensor.collapse_shape": TO, "tensor.pad": TO, "tensor.yield": SCALAR,
    "tensor.concat": ARROW, "bufferization.to_buffer": TO, "cf.assert": SCALAR,
    "linalg.generic": ARROW, "linalg.yield": SCALAR, "linalg.index": SCALAR,
    "linalg.fill": ARROW, "linalg.matmul": ARROW, "linalg.batch_matmul": ARROW,
    "linalg.transpose": OUTS, "linalg.broadcast": OUTS, "linalg.softmax": ARROW,
    "iree_linalg_ext.scan": ARROW, "iree_linalg_ext.scatter": ARROW,
    "iree_linalg_ext.sort": ARROW, "iree_linalg_ext.arg_compare": ARROW,
    "iree_linalg_ext.yield": SCALAR, "tm_tensor.scan": ARROW, "tm_tensor.scatter": ARROW,
    "tm_tensor.sort": ARROW, "tm_tensor.yield": SCALAR,
}  # fmt: skip
_SEPARATORS = {ARROW: ("->",), COLON: (" : ",), TO: (" to ", " into ")}
#: arith and math ops on scalars (any other op is unread)
_SCALAR_DIALECTS = ("arith.", "math.")
#: names MLIR prints without their dialect
_SHORT = {"module": "builtin.module", "return": "func.return"}
#: the terminator an op's region gets without its being printed
_IMPLICIT_END = {"hal.executable": "hal.executable_end",
                 "hal.executable.variant": "hal.executable.variant_end"}  # fmt: skip


def read_ops(text: str) -> list[Op] | None:
    """The ops of `text` in post-order, or None where it holds a form this reader does not
    take (MLIR's parse decides then)."""
    try:
        return _Reader(_LOC.sub("", text)).ops()
    except Unread:
        return None


class _Reader:
    """One text's lines, read in order: a stack of the ops whose regions are open."""

    def __init__(self, text: str) -> None:
        if "loc(" in text or "//" in text or "\r" in text or "{-#" in text:
            raise Unread  # (a comment could hold what looks like code)
        self.lines = _CONTINUED.sub(" ", text).split("\n")
        self.maps: dict[str, str] = {}
        self.out: list[Op] = []
        #: ops whose regions are open: (name, results, head text, index of its first op)
        self.open: list[tuple[str, int, str, int]] = []
        self.top: list[str] = []

    def ops(self) -> list[Op]:
        for raw in self.lines:
            line = raw.strip()
            if not line:
                continue
            first = line[0]
            if first == "}":
                self._close(line[1:].strip())
            elif first == "^":
                if not line.endswith(":"):
                    raise Unread
            elif first in "#!":
                self._alias(line)
            elif line.endswith("{"):
                self._open(line[:-1].rstrip())
            else:
                self._op(line)
        if self.open:
            raise Unread
        if self.top != ["builtin.module"]:  # MLIR wraps anything else in a module
            self.out.append(Op("builtin.module", []))
        return self.out

    def _alias(self, line: str) -> None:
        if self.open or line[0] == "!":
            raise Unread  # a type alias would hide result types
        m = _MAP_DEF.match(line)
        if m is not None:
            self.maps[m.group(1)] = m.group(2)
        elif not _ALIAS_DEF.match(line):
            raise Unread

    def _head(self, line: str) -> tuple[str, int, str]:
        m = _HEAD.fullmatch(line)
        if m is None:
            raise Unread
        results, name, rest = m.groups()
        name = _SHORT.get(name, name)
        if name not in READ and not name.startswith(_SCALAR_DIALECTS):
            raise Unread
        count = 0
        if results:
            count = results.count("%")
            if ":" in results:
                count = sum(int(n) if n else 1 for n in _RESULT.findall(results))
        return name, count, rest

    def _open(self, line: str) -> None:
        name, count, rest = self._head(line)
        if READ.get(name) is None or (self.open and self.open[-1][0] == "linalg.generic"):
            raise Unread
        self.open.append((name, count, rest, len(self.out)))

    def _close(self, tail: str) -> None:
        if not self.open or "{" in tail:
            raise Unread
        name, count, rest, first = self.open.pop()
        if name in _IMPLICIT_END:
            self.out.append(Op(_IMPLICIT_END[name], []))
        body = [op.name for op in self.out[first:]] if name == "linalg.generic" else []
        self._emit(name, count, f"{rest} {tail}", body)

    def _op(self, line: str) -> None:
        name, count, rest = self._head(line)
        if name.startswith(_SCALAR_DIALECTS) and name not in READ:
            types = []
            if "<" in rest:  # on shaped values: a cast's result type is read, no other's
                if " to " not in rest:
                    raise Unread
                types = _result_types(TO, rest, count)
            self._add(Op(name, types))
        else:
            self._emit(name, count, rest, [])

    def _add(self, op: Op) -> None:
        self.out.append(op)
        if not self.open:
            self.top.append(op.name)

    def _emit(self, name: str, count: int, text: str, body: list[str]) -> None:
        types = _result_types(READ[name], text, count)
        if name == "linalg.generic":
            self._add(Op(name, types, self._generic(text, body)))
        elif name in NAMED:
            generic = NAMED[name](text)
            for inner in generic.body:
                self._add(Op(inner, []))
            self._add(Op("linalg.generic", types, generic))
        else:
            self._add(Op(name, types))

    def _generic(self, text: str, body: list[str]) -> Generic:
        found = MAPS_ATTR.search(text)
        if found is None:
            raise Unread
        maps = [affine_dims(self.maps.get(m, m)) for m in MAP_ITEM.findall(found.group(1))]
        listed = _ITERATORS_ATTR.search(text)
        if listed is None:
            raise Unread
        iterators = [a or b for a, b in _ITERATOR.findall(listed.group(1))]
        if len(iterators) != listed.group(1).count(",") + bool(listed.group(1).strip()):
            raise Unread
        ins, outs = operands(text)
        return Generic(ins + outs, maps, iterators, body)


def _result_types(rule: str, text: str, count: int) -> list[str]:
    """The `count` result types an op of `rule` prints in `text` (the types end it: what
    follows its last separator must be types and nothing else)."""
    if count == 0 or rule == SCALAR or text.strip() in ("true", "false"):
        return []  # (an i1 constant prints no type)
    if rule == OUTS:
        types = operands(text)[1]
    else:
        found = [(text.rfind(sep), sep) for sep in _SEPARATORS[rule]]
        at, sep = max(found)
        if at < 0:
            raise Unread
        tail = text[at + len(sep) :].strip()
        if tail.startswith("(") and tail.endswith(")"):
            tail = tail[1:-1]
        types = type_list(tail)
    if len(types) != count:
        raise Unread
    return types
