"""Finding kinds: what each kind of finding owns, and the registry other packages extend.

A kind is one object (a `FindingKind`) that owns, for its findings:
- its verdict (`name`), and the `stage` that tells it apart where two kinds share a verdict
  (a perf-outlier against eager, and one against a cost model);
- its evidence: `timings[evidence]` and the types of its fields, checked on reading a case;
- its bucket key (`bucket_key`) and what a reduction must keep (`detail`);
- its repro check: `repro_source`, run by a standalone repro once the outputs matched,
  which reports through `reproduced(...)` as a JSON line (see findings.repro);
- its report section (`report`);
- optionally a probe: `probe` runs in the worker after a correct run (with the compiled
  graph and eager at hand), and `judge` turns that correct verdict into a finding.

The lab's kinds (crash, hang, mismatch, perf-outlier) are built in; another package adds
one through the `clab.kinds` entry-point group (`name = "package.module:KIND"`), the way
command groups are added: a new finding kind is one module plus that registration.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from compiler_lab import plugins

if TYPE_CHECKING:
    from compiler_lab.execution.lab import Verdict

NUMBER = int | float
#: the verdicts that are no finding: correct, unsupported by design, the lab's own trouble
NOT_FINDINGS = ("ok", "skipped", "harness-error")
ENTRY_POINTS = "clab.kinds"


class FindingKind:
    """One kind of finding; subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    #: None: every stage of the verdict `name` (a more specific kind claims its own stage)
    stage: ClassVar[str | None] = None
    #: rich style of the verdict in tables
    color: ClassVar[str] = "bold"
    #: the key in a verdict's timings that holds this kind's evidence ("" for none)
    evidence: ClassVar[str] = ""
    evidence_fields: ClassVar[dict[str, Any]] = {}
    #: Python source a standalone repro runs after the outputs matched eager (see repro.py)
    repro_source: ClassVar[str] = ""
    #: how to replay a finding no standalone script can (a command); "" when one can
    replay: ClassVar[str] = ""

    def bucket_key(self, v: Verdict, culprit: str | None) -> str | None:
        """The bucket of finding `v`; `culprit` is the op a mismatch is blamed on
        (findings.culprit)."""
        raise NotImplementedError

    def detail(self, v: Verdict) -> str:
        """What a reduced reproducer must keep beyond the verdict (see buckets)."""
        return v.stage

    def report(self, verdict: dict[str, Any], ops: list[str]) -> tuple[str, str]:
        """The title and the "what happens" section of a bug report on `verdict` (the
        verdict.json of a case), whose graph calls `ops`."""
        raise NotImplementedError

    def headline(self, bucket: Mapping[str, Any]) -> str:
        """A bucket's title for people (its key stays its id), from the store's row of it:
        stable across runs, naming the error or the culprit."""
        first = (bucket["message"] or "").strip().splitlines()
        return f"{bucket['backend']}: {bucket['kind']}: {first[0][:120] if first else ''}"

    def cause(self, bucket: Mapping[str, Any]) -> str:
        """The normalized line saying what broke, on which buckets of this kind (on any
        backend) merge into one root cause; "" where it says too little to merge on."""
        return ""

    def probe(self, compiled: Callable[[], Any], eager: Callable[[], Any]) -> dict[str, Any]:
        """In the worker, after a correct run: evidence for `judge` (timings[evidence])."""
        raise NotImplementedError

    def judge(self, v: Verdict) -> Verdict:
        """A correct verdict with this kind's probe evidence: `v`, or `v` as a finding."""
        return v

    @property
    def probes(self) -> bool:
        """Does this kind watch correct runs (a probe in the worker)?"""
        return type(self).probe is not FindingKind.probe

    @property
    def requests(self) -> tuple[str, ...]:
        """The probes a run must ask for to see this kind again: its own, if it has one."""
        return (self.name,) if self.probes else ()

    def check_evidence(self, timings: dict[str, Any], claimed: bool) -> str | None:
        """Why `timings[evidence]` is malformed (`claimed`: the verdict is this kind's, so
        the evidence must be there), or None."""
        if not self.evidence:
            return None
        found = timings.get(self.evidence, {})
        if not isinstance(found, dict):
            return f"timings.{self.evidence} is {type(found).__name__}, not dict"
        for field, kind in self.evidence_fields.items():
            if field in found and not isinstance(found[field], kind):
                want = getattr(kind, "__name__", str(kind))
                got = type(found[field]).__name__
                return f"timings.{self.evidence}.{field} is {got}, not {want}"
        missing = [f for f in self.evidence_fields if claimed and f not in found]
        return f"timings.{self.evidence} lacks {', '.join(missing)}" if missing else None


def _builtin() -> list[FindingKind]:
    from compiler_lab.findings import failures, mismatch, perf

    return [failures.CRASH, mismatch.MISMATCH, failures.HANG, perf.PERF_OUTLIER]


@cache
def registry() -> tuple[FindingKind, ...]:
    """Every kind: the lab's, then those other packages register (see plugins)."""
    found = _builtin()
    for _, kind in plugins.load(ENTRY_POINTS):
        if isinstance(kind, FindingKind) and all(
            (k.name, k.stage) != (kind.name, kind.stage) for k in found
        ):
            found.append(kind)
    return tuple(found)


def names() -> tuple[str, ...]:
    """The verdicts that are findings."""
    return tuple(dict.fromkeys(k.name for k in registry()))


def verdicts() -> tuple[str, ...]:
    """Every verdict a run or a case may have: ok, the findings, skipped, harness-error."""
    return ("ok", *names(), *NOT_FINDINGS[1:])


def kind_of(verdict: str, stage: str = "") -> FindingKind | None:
    """The kind of a verdict: the one claiming its stage, else the verdict's general kind;
    None for a verdict that is no finding."""
    general = None
    for kind in registry():
        if kind.name != verdict:
            continue
        if kind.stage is not None and kind.stage == stage:
            return kind
        if kind.stage is None:
            general = kind
    return general


def probing(name: str) -> FindingKind:
    """The kind `name` as a probe a run request asks for; ValueError if it has none."""
    kind = kind_of(name)
    if kind is None or not kind.probes:
        have = ", ".join(k.name for k in registry() if k.probes)
        raise ValueError(f"no finding kind {name!r} watches correct runs (have: {have})")
    return kind


def cause(bucket: Mapping[str, Any]) -> str:
    """A bucket's root-cause line, by its kind (see FindingKind.cause); "" for none."""
    kind = kind_of(bucket["kind"], bucket["stage"] or "")
    return kind.cause(bucket) if kind is not None else ""


def headline(bucket: Mapping[str, Any]) -> str:
    """The title of a bucket (a store's row), by its kind; its key where it has no kind."""
    kind = kind_of(bucket["kind"], bucket["stage"] or "")
    return kind.headline(bucket) if kind is not None else bucket["key"]
