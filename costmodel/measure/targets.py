"""Static targets of compiled code, read off what the compilers produced rather than timed:

- `code_bytes` (bytes): the size of the code sections of the unit's object code;
- `spills`, `reloads` (instructions): the spill and reload instructions LLVM's register
  allocator inserted, from its own statistics (`iree-compile --stats`, read by the backend
  that builds a dispatch: `DispatchBuild.compiler_stats`). Not from the assembly listing:
  IREE's dumped `.s` carries no comments, so LLVM's `# Spill` annotations are not there.
  MLIR's ExecutionEngine emits object code only, so torch-mlir units have none;
- `asm_instructions`, `vector_instructions` (instructions) and `vector_share` (fraction):
  how many instructions operate on packed SIMD data (ymm/zmm registers, or packed xmm
  arithmetic), from the listing, or from `objdump -d` of the object code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

_INSTRUCTION = re.compile(r"^\s+([a-z][a-z0-9.]*)\b\s*(.*)$")
#: 128-bit packed forms: packed float (…ps/…pd), packed integer (p…), full-register moves
_PACKED = re.compile(r"^v?(?:\w+p[sd]|p\w+|mov(?:dq[au]|[au]p[sd]))$")


def is_vector(mnemonic: str, operands: str) -> bool:
    """Does this x86 instruction work on packed SIMD data?"""
    if "%ymm" in operands or "%zmm" in operands:
        return True
    return "%xmm" in operands and bool(_PACKED.match(mnemonic))


def _count(lines: list[tuple[str, str]]) -> dict[str, Any]:
    vector = sum(1 for m, ops in lines if is_vector(m, ops))
    return {
        "asm_instructions": len(lines),
        "vector_instructions": vector,
        "vector_share": round(vector / len(lines), 4) if lines else 0.0,
    }


def asm_targets(asm: str) -> dict[str, Any]:
    """Instructions and the vector share of an LLVM assembly listing (AT&T syntax)."""
    lines = []
    for raw in asm.splitlines():
        code = raw.partition("#")[0]
        m = _INSTRUCTION.match(code)
        if m and not code.lstrip().startswith("."):
            lines.append((m.group(1), m.group(2)))
    return _count(lines)


def text_bytes(obj: Path) -> int | None:
    """The bytes of code in an object file or shared library: every section flagged CODE
    (`.text`, and `.ltext` or `.text.<fn>` where the compiler split it)."""
    if shutil.which("objdump") is None:
        return None
    out = subprocess.run(["objdump", "-h", str(obj)], capture_output=True, text=True).stdout
    total, size = 0, 0
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 2 and parts[0].isdigit():
            size = int(parts[2], 16)
        elif "CODE" in line:
            total += size
    return total


def object_targets(obj: Path) -> dict[str, Any]:
    """Code size and vector share of object code, by `objdump` (empty if it is missing)."""
    if shutil.which("objdump") is None:
        return {}
    out = subprocess.run(
        ["objdump", "-d", "--no-show-raw-insn", str(obj)], capture_output=True, text=True
    ).stdout
    lines = []
    for raw in out.splitlines():
        parts = raw.split("\t")
        if len(parts) >= 2 and parts[0].strip().endswith(":"):
            mnemonic, _, operands = parts[1].strip().partition(" ")
            lines.append((mnemonic, operands))
    size = text_bytes(obj)
    return ({"code_bytes": size} if size is not None else {}) | _count(lines)
