"""Plots for the self-contained HTML reports (campaigns, cost-model evaluations): matplotlib
off-screen, each figure embedded as a PNG data URI."""

from __future__ import annotations

import base64
import html
import io


def figure(width: float = 6, height: float = 3):
    """(pyplot, figure, axes) on the Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt, *plt.subplots(figsize=(width, height))


def img(plt, fig, alt: str) -> str:
    """The figure as an `<img>` with an embedded PNG; closes it."""
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode()
    return f'<img alt="{html.escape(alt)}" src="data:image/png;base64,{data}">'
