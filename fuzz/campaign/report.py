"""The campaign report: a self-contained HTML page (plots embedded as PNG) and a markdown
summary, both read from the store only."""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path

from compiler_lab.store import Store


def _figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt, *plt.subplots(figsize=(6, 3))


def _img(plt, fig, alt: str) -> str:
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode()
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'


def _plot(xs: list[float], series: dict[str, list[float | None]], ylabel: str) -> str:
    plt, fig, ax = _figure()
    for label, ys in series.items():
        pts = [(x, y) for x, y in zip(xs, ys, strict=True) if y is not None]
        if pts:
            ax.plot([p[0] for p in pts], [p[1] for p in pts], label=label)
    ax.set_xlabel("minutes")
    ax.set_ylabel(ylabel)
    if len(series) > 1:
        ax.legend()
    return _img(plt, fig, ylabel)


def _verdict_plot(store: Store) -> str:
    plt, fig, ax = _figure()
    counts = store.verdict_counts()
    ax.bar(list(counts), list(counts.values()))
    ax.set_ylabel("tests")
    return _img(plt, fig, "verdicts")


def write_report(store_path: Path, out: Path) -> Path:
    store = Store(store_path, readonly=True)
    samples = list(store.db.execute("SELECT * FROM samples ORDER BY t"))
    t0 = samples[0]["t"] if samples else 0.0
    xs = [(s["t"] - t0) / 60 for s in samples]
    plots = []
    if samples:
        plots.append(_plot(xs, {"tests": [s["tests"] for s in samples]}, "tests"))
        plots.append(_plot(xs, {"buckets": [s["buckets"] for s in samples]}, "buckets"))
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
    rows = []
    for b in store.buckets():
        case = b["case_dir"] or ""
        link = f'<a href="file://{html.escape(case)}">case</a>' if case else ""
        reduced = json.loads(b["reduced"]) if b["reduced"] else None
        rows.append(
            f"<tr><td><code>{html.escape(b['key'])}</code></td><td>{b['kind']}</td>"
            f"<td>{b['backend']}</td><td>{html.escape(b['stage'] or '')}</td><td>{b['count']}</td>"
            f"<td>{b['smallest_nodes']}{' → ' + str(reduced['nodes_after']) if reduced else ''}"
            f"</td><td>{html.escape((b['message'] or '')[:160])}</td><td>{link}</td></tr>"
        )
    counts = store.verdict_counts()
    campaigns = list(store.db.execute("SELECT * FROM campaigns"))
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>compiler_lab campaign</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{border:1px solid #ccc;padding:4px;
font-size:13px}}table{{border-collapse:collapse}}img{{margin:4px}}</style></head><body>
<h1>Campaign report: {html.escape(str(store_path))}</h1>
<p>{len(campaigns)} campaign(s); tests by verdict: {html.escape(json.dumps(counts))}</p>
{"".join(plots)}
<h2>Buckets</h2><table><tr><th>key</th><th>kind</th><th>backend</th><th>stage</th>
<th>count</th><th>smallest (reduced)</th><th>message</th><th>case</th></tr>
{"".join(rows)}</table></body></html>"""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page)
    md = out.with_suffix(".md")
    lines = [
        f"# Campaign report: {store_path}",
        "",
        f"Tests by verdict: {', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}",
        "",
        "| bucket | kind | backend | stage | count | smallest |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| `{b['key']}` | {b['kind']} | {b['backend']} | {b['stage']} | {b['count']} |"
        f" {b['smallest_nodes']} |"
        for b in store.buckets()
    ]
    md.write_text("\n".join(lines) + "\n")
    store.close()
    return md
