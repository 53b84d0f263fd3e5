"""The campaign report: a self-contained HTML page (plots embedded as PNG) and a markdown
summary, both read from the store only."""

from __future__ import annotations

import html
import json
import textwrap
from collections import Counter
from pathlib import Path

from compiler_lab.findings.kinds import headline
from compiler_lab.ir.opnames import base_name
from compiler_lab.plots import figure, img
from fuzz.gen.priors import op_class
from fuzz.tables import FuzzStore


def _plot(xs: list[float], series: dict[str, list[float | None]], ylabel: str) -> str:
    plt, fig, ax = figure()
    for label, ys in series.items():
        pts = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], label=label)
    ax.set_xlabel("minutes")
    ax.set_ylabel(ylabel)
    if len(series) > 1:
        ax.legend()
    return img(plt, fig, ylabel)


def _verdict_plot(store: FuzzStore) -> str:
    plt, fig, ax = figure()
    counts = store.verdict_counts()
    ax.bar(list(counts), list(counts.values()))
    ax.set_ylabel("tests")
    return img(plt, fig, "verdicts")


def root_cause_series(store: FuzzStore, samples: list) -> tuple[list[int], list[float | None]]:
    """At each sample: root causes found so far, and root causes per hour since the start
    (the campaign's figure of merit)."""
    if not samples:
        return [], []
    t0, roots = samples[0]["t"], store.root_times()
    counts = [sum(1 for r in roots if t0 - 1 <= r <= s["t"]) for s in samples]
    rates = [
        n / ((s["t"] - t0) / 3600) if s["t"] - t0 > 60 else None
        for n, s in zip(counts, samples, strict=True)
    ]
    return counts, rates


def backend_rows(store: FuzzStore) -> list[dict]:
    """Per backend: tests, skipped share, and what it was seen to lower (support)."""
    from fuzz.gen.lowerable import Support

    out = []
    versions = dict(store.support_versions())
    for backend, verdicts in sorted(store.backend_verdicts().items()):
        total = sum(verdicts.values())
        row = {
            "backend": backend,
            "tests": total,
            "skipped_share": round(verdicts.get("skipped", 0) / total, 3) if total else 0.0,
            "verdicts": verdicts,
        }
        if backend in versions:
            row |= Support(backend, versions[backend], {
                k: (r["lowered"], r["skipped"], r["reason"])
                for k, r in store.support(backend, versions[backend]).items()
            }).coverage()  # fmt: skip
        out.append(row)
    return out


def op_classes(store: FuzzStore) -> dict[str, dict[str, float]]:
    """The budget split by op class (fuzz/gen/priors.py): per class, the share of the
    tested graphs' op calls, the distinct ops covered, and the share of root causes whose
    bucket holds an op of that class only."""
    calls: Counter = Counter()
    covered: dict[str, set[str]] = {"public": set(), "internal": set()}
    for (ops_json,) in store.db.execute("SELECT ops FROM tests"):
        for op in json.loads(ops_json):
            calls[op_class(op)] += 1
            covered[op_class(op)].add(op)
    total = sum(calls.values()) or 1
    roots = Counter()
    for g in store.bucket_groups():
        b = g["bucket"]
        row = store.db.execute("SELECT ops FROM tests WHERE id=?", (b["smallest_test"],))
        found = row.fetchone()
        roots[_bucket_class(b["key"], json.loads(found[0]) if found else [])] += 1
    n_roots = sum(roots.values()) or 1
    return {
        c: {"call_share": round(calls[c] / total, 3), "ops": len(covered[c]),
            "root_share": round(roots[c] / n_roots, 3)}
        for c in ("public", "internal")
    }  # fmt: skip


def _bucket_class(key: str, ops: list[str]) -> str:
    """A bucket's class: that of the op its key names (a mismatch's culprit), else public
    unless every op of its tests is internal."""
    named = [part for part in key.split("@", 1)[0].split(":") if part.startswith("aten.")]
    if named:
        return op_class(named[-1])
    return "internal" if ops and all(op_class(o) == "internal" for o in ops) else "public"


def write_report(store_path: Path, out: Path) -> Path:
    store = FuzzStore(store_path, readonly=True)
    samples = store.samples()
    t0 = samples[0]["t"] if samples else 0.0
    xs = [(s["t"] - t0) / 60 for s in samples]
    roots, rates = root_cause_series(store, samples)
    plots = []
    if samples:
        plots.append(_plot(xs, {"tests": [s["tests"] for s in samples]}, "tests"))
        plots.append(_plot(xs, {"root causes": roots}, "root causes found"))
        plots.append(_plot(xs, {"per hour": rates}, "new root causes per hour"))
        plots.append(_plot(xs, {"ops covered": [s["ops"] for s in samples]}, "ops covered"))
        if any(s["line_pct"] is not None for s in samples):
            plots.append(
                _plot(
                    xs,
                    {
                        "lines %": [s["line_pct"] for s in samples],
                        "lines+branches %": [s["branch_pct"] for s in samples],
                    },
                    "compiler coverage",
                )
            )
    plots.append(_verdict_plot(store))
    groups = store.bucket_groups()
    rows = []
    for g in groups:
        b = g["bucket"]
        case = str(store.case_path(b)) if b["case_dir"] else ""
        link = f'<a href="file://{_h(case)}">case</a>' if case else ""
        reduced = json.loads(b["reduced"]) if b["reduced"] else None
        merged = f" (+{len(g['members']) - 1} merged)" if len(g["members"]) > 1 else ""
        rows.append(
            f"<tr><td>{_h(headline(b))}<br><code>{_h(b['key'])}</code>{merged}</td>"
            f"<td>{_h(b['kind'])}</td>"
            f"<td>{_h(', '.join(g['backends']))}</td><td>{_h(b['stage'] or '')}</td>"
            f"<td>{g['tests']}</td>"
            f"<td>{_h(b['smallest_nodes'])}{' → ' + _h(reduced['nodes_after']) if reduced else ''}"
            f"</td><td>{_h((b['message'] or '')[:160])}</td><td>{link}</td></tr>"
        )
    per_backend = backend_rows(store)
    backend_html = "".join(
        f"<tr><td>{_h(r['backend'])}</td><td>{r['tests']}</td><td>{r['skipped_share']:.1%}</td>"
        f"<td>{_h(r.get('ops_tried', ''))}</td><td>{_h(r.get('ops_lowered', ''))}</td>"
        f"<td>{_h(_never(r))}</td></tr>"
        for r in per_backend
    )
    harness = store.harness_errors()
    harness_html = "".join(
        f"<tr><td>{_h(b)}</td><td>{_h(str(reason)[:200])}</td><td>{_h(n)}</td></tr>"
        for b, reason, n in harness
    )
    counts = store.verdict_counts()
    campaigns = store.campaigns()
    classes = op_classes(store)
    classes_text = "; ".join(
        f"{c}: {v['call_share']:.0%} of op calls, {v['ops']} ops covered, "
        f"{v['root_share']:.0%} of root causes"
        for c, v in classes.items()
    )
    rate = f"{rates[-1]:.1f}" if rates and rates[-1] is not None else "n/a"
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>compiler_lab campaign</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{border:1px solid #ccc;padding:4px;
font-size:13px}}table{{border-collapse:collapse}}img{{margin:4px}}</style></head><body>
<h1>Campaign report: {_h(store_path)}</h1>
<p>{len(campaigns)} campaign(s); tests by verdict: {_h(json.dumps(counts))};
root causes: {len(groups)} ({rate} per hour)</p>
<p>Budget by op class (public API ops vs internals, fuzz/gen/priors.py): {_h(classes_text)}</p>
{"".join(plots)}
<h2>Backends</h2><table><tr><th>backend</th><th>tests</th><th>skipped</th><th>ops tried</th>
<th>ops lowered</th><th>ops never lowered (why)</th></tr>{backend_html}</table>
<h2>Root causes</h2><table><tr><th>root cause (key)</th><th>kind</th><th>backend</th><th>stage</th>
<th>tests</th><th>smallest (reduced)</th><th>message</th><th>case</th></tr>
{"".join(rows)}</table>
<h2>Harness errors</h2><p>Tests the lab itself could not run (not compiler findings).</p>
<table><tr><th>backend</th><th>reason</th><th>tests</th></tr>{harness_html}</table>
</body></html>"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page)
    md = out.with_suffix(".md")
    lines = [
        f"# Campaign report: {store_path}",
        "",
        f"Tests by verdict: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}",
        "",
        f"Root causes: {len(groups)} from {len(store.buckets())} buckets ({rate} per hour)",
        "",
        f"Budget by op class: {classes_text}",
        "",
        "| backend | tests | skipped | ops tried | ops lowered | never lowered |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {r['backend']} | {r['tests']} | {r['skipped_share']:.1%} | {r.get('ops_tried', '')}"
        f" | {r.get('ops_lowered', '')} | {_never(r)} |"
        for r in per_backend
    ]
    lines += [
        "",
        "| root cause | key | merged | kind | backend | stage | tests | smallest |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {_md(headline(g['bucket']))} | `{g['bucket']['key']}` | {len(g['members'])} |"
        f" {g['bucket']['kind']} |"
        f" {', '.join(g['backends'])} | {g['bucket']['stage']} | {g['tests']} |"
        f" {g['bucket']['smallest_nodes']} |"
        for g in groups
    ]
    if harness:
        lines += ["", "Harness errors (the lab could not run these tests; not compiler findings):"]
        lines += [f"- {b}: {reason[:200]} ({n} tests)" for b, reason, n in harness]
    md.write_text("\n".join(lines) + "\n")
    store.close()
    return md


def _h(value: object) -> str:
    """Any value from the store as HTML text: a store from someone else may hold markup in
    any column, whatever its declared type."""
    return html.escape(str(value))


def _never(row: dict, limit: int = 12) -> str:
    """Ops a backend never lowered, each with the start of its reason (which says what it
    is: "torch-mlir cannot lower ..."), cut at a word."""
    never = row.get("ops_never_lowered") or {}
    shown = [
        f"{base_name(op)} ({textwrap.shorten(why.split(' (')[0], 80, placeholder=' …')})"
        for op, why in list(never.items())[:limit]
    ]
    more = f", … {len(never) - limit} more" if len(never) > limit else ""
    return (", ".join(shown) + more) if never else ""


def _md(text: str) -> str:
    """Text for a markdown table cell: no pipes, no line breaks."""
    return text.replace("|", "\\|").replace("\n", " ")
