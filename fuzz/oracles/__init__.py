"""Oracles of the fuzzer beyond the lab's: each a finding kind of its own, registered through
the `clab.kinds` entry-point group (see compiler_lab.findings.kinds)."""
