"""Finding kinds as plug-ins: a new kind is one module plus a registration, and owns its
evidence, bucket key, repro check and report section; the cost model's kind arrives through
its entry point; a repro's verdict is read from its JSON line, never from prose."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from typing import Any, ClassVar

import pytest

from compiler_lab.backends.torch_backends import EagerBackend
from compiler_lab.errors import LabError
from compiler_lab.execution import lab
from compiler_lab.findings import cases, kinds, oracles, repro
from compiler_lab.findings.keys import bucket_key, signature
from compiler_lab.ir.inputs import make_values
from compiler_lab.triage.report import markdown
from tests.conftest import ROOT, example

#: the toy kind's repro check: eager's own outputs are always "too large" (a sum above 0)
_TOY_REPRO = """
KIND = "toy"


def kind_check(model, inputs):
    total = float(sum(o.abs().sum() for o in model(*inputs)))
    return f"outputs sum to {total:.1f}" if total > 0 else None
"""


class Toy(kinds.FindingKind):
    """A kind a plug-in could add: it watches correct runs (its probe counts calls), turns
    one with a large output sum into a finding, and keys it by the graph's first op."""

    name: ClassVar[str] = "toy"
    color: ClassVar[str] = "bold blue"
    evidence: ClassVar[str] = "toy"
    evidence_fields: ClassVar[dict[str, Any]] = {"total": kinds.NUMBER}
    repro_source: ClassVar[str] = _TOY_REPRO

    def probe(self, compiled, eager) -> dict[str, Any]:
        return {"total": float(sum(o.abs().sum() for o in compiled()))}

    def judge(self, v: lab.Verdict) -> lab.Verdict:
        if v.verdict == "ok" and v.timings["toy"]["total"] > 0:
            return replace(v, verdict="toy", stage="toy", reason="the outputs are not all zero")
        return v

    def bucket_key(self, v: lab.Verdict, culprit: str | None) -> str | None:
        return f"{v.backend}:toy:{v.graph.nodes[0].op}"

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        total = verdict["timings"]["toy"]["total"]
        return f"[{verdict['backend']}] toy finding on {ops[0]}", f"outputs sum to {total}"


@pytest.fixture
def toy(monkeypatch):
    """The toy kind registered beside the lab's (as its entry point would register it)."""
    kind = Toy()
    registered = (*kinds.registry(), kind)
    monkeypatch.setattr(kinds, "registry", lambda: registered)
    return kind


def _toy_verdict() -> lab.Verdict:
    """softmax on eager, in this process, with the toy probe asked for, judged as lab.run
    judges a correct run."""
    graph = example("softmax")
    values = make_values(graph, 0)
    outcome = EagerBackend().execute(graph, values, probes=("toy",))
    assert "toy" in outcome.timings and outcome.timings["toy"]["total"] > 0
    v = lab.output_verdict(graph, "eager", {}, outcome.outputs, outcome.outputs, None,
                           outcome.timings, values=values)  # fmt: skip
    return kinds.probing("toy").judge(v)


def test_a_new_kind_is_a_verdict_with_its_own_bucket_case_and_report(toy, tmp_path):
    v = _toy_verdict()
    assert v.verdict == "toy" and v.is_finding and v.kind is toy
    assert bucket_key(v) == f"eager:toy:{v.graph.nodes[0].op}"
    assert signature(v).startswith("eager|toy:toy|")
    path = cases.write_case(tmp_path, v)
    case = cases.load_case(path)
    assert case.kind is toy and case.probes == ("toy",)
    report = markdown(case)
    assert report.startswith(f"# [eager] toy finding on {sorted(v.graph.ops())[0]}")
    assert "outputs sum to" in report


def test_a_new_kinds_repro_runs_its_check_and_says_so_as_json(toy, tmp_path):
    path = cases.write_case(tmp_path, _toy_verdict())
    result = repro.run_script(path / "repro.py")
    assert (result.returncode, result.verdict) == (1, "toy"), result.output[-1500:]
    assert result.matches("toy")
    last = result.output.strip().splitlines()[-1]
    assert json.loads(last.removeprefix(repro.VERDICT_TAG))["detail"].startswith("outputs sum")


def test_a_kinds_evidence_is_checked_when_a_case_is_read(toy, tmp_path):
    path = cases.write_case(tmp_path, _toy_verdict())
    doc = json.loads((path / "verdict.json").read_text())
    doc["timings"]["toy"] = {"total": "lots"}
    (path / "verdict.json").write_text(json.dumps(doc))
    with pytest.raises(LabError, match=r"timings\.toy\.total is str, not"):
        cases.load_case(path)
    doc["timings"]["toy"] = {}
    (path / "verdict.json").write_text(json.dumps(doc))
    with pytest.raises(LabError, match=r"timings\.toy lacks total"):
        cases.load_case(path)


def test_an_unregistered_kind_or_oracle_is_refused_by_name(tmp_path):
    path = cases.write_case(tmp_path, _plain_mismatch())
    doc = json.loads((path / "verdict.json").read_text())
    for field, value, message in (
        ("verdict", "toy", "unknown verdict 'toy'"),
        ("oracle", "tea-leaves", "unknown oracle 'tea-leaves'"),
    ):
        (path / "verdict.json").write_text(json.dumps(doc | {field: value}))
        with pytest.raises(LabError, match=message):
            cases.load_case(path)
    with pytest.raises(ValueError, match="no finding kind 'mismatch' watches correct runs"):
        kinds.probing("mismatch")


def _plain_mismatch() -> lab.Verdict:
    graph = example("softmax")
    values = make_values(graph, 0)
    outs = list(EagerBackend().execute(graph, values).outputs)
    return lab.output_verdict(graph, "eager", {}, [o + 1 for o in outs], outs, None, {},
                              values=values)  # fmt: skip


def test_a_case_records_its_oracle_and_older_cases_mean_eager(tmp_path):
    path = cases.write_case(tmp_path, _plain_mismatch())
    assert json.loads((path / "verdict.json").read_text())["oracle"] == "eager"
    doc = json.loads((path / "verdict.json").read_text())
    del doc["oracle"]
    (path / "verdict.json").write_text(json.dumps(doc))
    assert cases.load_case(path).oracle is oracles.ORACLE


def test_the_cost_models_kind_arrives_through_its_entry_point_not_an_import():
    from costmodel.serve.model_kind import MODEL_PERF_OUTLIER, MODEL_STAGE

    assert kinds.kind_of("perf-outlier", MODEL_STAGE) is MODEL_PERF_OUTLIER
    assert kinds.kind_of("perf-outlier", "perf").name == "perf-outlier"
    assert kinds.kind_of("perf-outlier", "perf") is not MODEL_PERF_OUTLIER
    lab_source = "\n".join(p.read_text() for p in (ROOT / "compiler_lab").rglob("*.py"))
    assert MODEL_STAGE not in lab_source and "costmodel" not in lab_source


def test_a_repro_verdict_comes_from_its_json_line_not_its_prose():
    prose = "REPRODUCED: mismatch: output 0 differs\nREPRODUCED: crash: ValueError\n"
    said = {"verdict": "ok", "detail": "outputs match eager"}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"print({prose!r}); print({repro.VERDICT_TAG!r} + {json.dumps(said)!r})",
        ],
        capture_output=True,
        text=True,
    ).stdout
    assert repro._said(out) == said
    assert repro._said(prose) is None


def test_a_crash_in_a_repro_names_every_exception_it_wraps(tmp_path):
    script = tmp_path / "repro.py"
    source = repro.script(example("softmax"), make_values(example("softmax"), 0), "eager", {})
    script.write_text(source.replace(
        "def compile_and_run(", "def compile_and_run(*a):\n"
        "    try:\n        raise KeyError('inner')\n    except KeyError as e:\n"
        "        raise RuntimeError('outer') from e\n\n\ndef _unused(",
    ))  # fmt: skip
    result = repro.run_script(script)
    assert result.verdict == "crash" and result.exc_types == ["RuntimeError", "KeyError"]
    assert result.matches("crash", "inductor-lower", "KeyError")
    assert not result.matches("crash", "inductor-lower", "TypeError")


def test_bucket_titles_name_the_error_or_the_culprit_and_are_stable():
    from compiler_lab.findings.kinds import headline

    def crash(message: str) -> dict[str, Any]:
        return {"key": "iree:iree-compile:CompilerToolError:31df4b3dab", "kind": "crash",
                "backend": "iree", "stage": "iree-compile", "exc_type": "CompilerToolError",
                "message": message}  # fmt: skip

    why = "unimplemented: for conversion to byte or char type dstOriginalDtype has to be passed"
    one = crash(f"Invoking /tmp/a1/iree-compile ...\n/tmp/x.mlir:3:5: error: {why}")
    two = crash(f"Invoking /opt/b/iree-compile ...\n/tmp/y.mlir:9:1: error: {why}")
    assert headline(one) == headline(two)
    assert "dstOriginalDtype has to be passed" in headline(one) and "31df4b" not in headline(one)
    assert headline(one).endswith(f"CompilerToolError: error: {why}")  # no location before it
    mismatch = {"key": "inductor:mismatch:value:aten.expm1.default", "kind": "mismatch",
                "backend": "inductor", "stage": "output", "message": "max abs error 1"}  # fmt: skip
    assert headline(mismatch) == "inductor: wrong result (value) at aten.expm1.default"
    forced = mismatch | {"key": mismatch["key"] + "@0[distribution=32x32x0]"}
    assert headline(forced).endswith("(under 0[distribution=32x32x0])")


def test_a_reduction_that_removes_ops_stays_in_its_mismatch_bucket():
    """Keyed by the op producing the wrong output when no culprit was localized: never by
    the op set, which any reduction changes."""
    from compiler_lab.execution.lab import Verdict
    from compiler_lab.findings.keys import bucket_key
    from compiler_lab.findings.oracles import Comparison
    from compiler_lab.ir.builder import GraphBuilder

    def graph(ops: list[str]):
        b = GraphBuilder("g")
        v = b.input("x", [8])
        for op in ops:
            v = b.call(op, v)
        return b.build([v])

    wrong = Comparison(False, "max abs error 1", output=0, kind="value")
    full = Verdict(graph(["aten.exp.default", "aten.neg.default", "aten.relu.default"]),
                   "inductor", "mismatch", comparison=wrong)  # fmt: skip
    reduced = Verdict(graph(["aten.relu.default"]), "inductor", "mismatch", comparison=wrong)
    assert bucket_key(full) == bucket_key(reduced) == "inductor:mismatch:value:aten.relu.default"
    assert bucket_key(full, culprit="aten.neg.default").endswith(":aten.neg.default")
