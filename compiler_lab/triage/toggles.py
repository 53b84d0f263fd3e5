"""Which of a case's options its bug needs: each toggled, and the case run again.

A case found under options (Inductor's `cpp_wrapper=True`, a bug injector, an IREE flag set)
runs again in the sandbox, on its own input values, once as it is and once with each option
toggled (a bool flipped, any other setting left out). The bug shows there too when that run
lands in the case's bucket, keyed with the case's own options (an option that names a
decision must not make the key another). A report then says `also with cpp_wrapper=False`,
or `only with cpp.inject_relu_bug_TESTING_ONLY=accuracy`. The lab's kinds of run (`train`,
`dynamic`) are not toggled: without them it is another kind of finding.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from compiler_lab.execution import lab
from compiler_lab.findings.cases import Case
from compiler_lab.findings.keys import bucket_key, localize
from compiler_lab.sandbox.pool import Executor


def toggled(options: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each option but the lab's kinds of run, toggled: (its name, the options without it or
    with the other bool)."""
    from compiler_lab.backends.torch_runs import LAB_OPTIONS

    flips = []
    for name, value in options.items():
        if name in LAB_OPTIONS:
            continue
        rest = {k: v for k, v in options.items() if k != name}
        flips.append((name, rest | {name: not value} if isinstance(value, bool) else rest))
    return flips


def retest(case: Case, pool: Executor) -> list[str]:
    """A line per option of `case` saying whether its bug shows with that option toggled;
    none where it has no option to toggle."""
    flips = toggled(case.options)
    if not flips:
        return []
    runs = [case.options, *(options for _, options in flips)]
    requests = [
        lab.LabRequest(case.graph, case.backend, options, values=case.values, probes=case.probes)
        for options in runs
    ]
    keys, verdicts = [], lab.run(requests, pool, oracle=case.oracle)
    for v in verdicts:
        culprit = localize(v, pool, case.oracle)  # compiled under the run's own options
        keys.append(bucket_key(dataclasses.replace(v, options=case.options), culprit))
    if keys[0] is None:
        return [f"the case did not show its bug again ({verdicts[0].verdict}): no option judged"]
    lines = []
    for (name, options), key, v in zip(flips, keys[1:], verdicts[1:], strict=True):
        value = case.options[name]
        if name in options:  # a bool, flipped
            other, also = f"with {name}={options[name]}", f"also with {name}={options[name]}"
        else:
            other, also = "without it", f"also without {name}={value}"
        lines.append(also if key == keys[0] else f"only with {name}={value} ({other}: {v.verdict})")
    return lines
