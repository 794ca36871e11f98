"""Small charts drawn on the server as inline SVG (no JavaScript, no library)."""
from __future__ import annotations

from markupsafe import Markup, escape


def bar_chart(counts: list[tuple[str, int]], label: str, width: int = 480,
              height: int = 110) -> Markup:
    """Vertical bars of (label, count), e.g. quotations per year, with a text
    alternative for screen readers."""
    if not counts:
        return Markup("")
    top = max(n for _, n in counts) or 1
    gap = 4
    bar = min(48, max(4, (width - gap * (len(counts) + 1)) // len(counts)))
    inner = height - 30
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
             f'width="100%" preserveAspectRatio="xMinYMin meet" aria-label="{escape(label)}">',
             f"<title>{escape(label)}: " +
             escape(", ".join(f"{k} {n}" for k, n in counts)) + "</title>"]
    for i, (key, n) in enumerate(counts):
        x = gap + i * (bar + gap)
        h = max(1, round(inner * n / top))
        y = inner - h + 4
        parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{h}"><title>'
                     f"{escape(key)}: {n}</title></rect>")
        if len(counts) <= 16 or i % max(1, len(counts) // 8) == 0:
            parts.append(f'<text x="{x + bar / 2}" y="{height - 8}" text-anchor="middle">'
                         f"{escape(key)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
