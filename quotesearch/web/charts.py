"""Small charts drawn on the server as inline SVG (no JavaScript, no library).

The timeline is drawn at real time scale: one slot per month (spans up to
three years) or per year, every slot of the span drawn whether it has matches
or not, so 2015, 2016 and 2022 are not side by side and a quiet year shows as
a gap. Each bar is a link that filters to its period, and carries its count.
"""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from markupsafe import Markup, escape

MONTHS_UP_TO = 36           # spans longer than this many months are drawn by year
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Period:
    """One slot of the timeline."""

    key: str            # "2016" or "2016-03": the from/to bounds that select it
    label: str          # "2016" or "Mar 2016"
    count: int


def periods_of(counts: list[tuple[str, int]]) -> tuple[list[Period], int]:
    """Every month (or year) from the first dated match to the last, with its
    matches (0 for a gap), and how many matches could not be placed (dated by
    their year alone, on a timeline of months). ``counts`` are ("YYYY-MM" or
    "YYYY", matches) in order, as `SearchResults.months` gives them."""
    dated = [(k, n) for k, n in counts if n > 0]
    if not dated:
        return [], 0
    months = [(int(k[:4]) * 12 + int(k[5:7]) - 1, n) for k, n in dated if len(k) == 7]
    first = min(int(k[:4]) * 12 + (int(k[5:7]) - 1 if len(k) == 7 else 0) for k, _ in dated)
    last = max(int(k[:4]) * 12 + (int(k[5:7]) - 1 if len(k) == 7 else 11) for k, _ in dated)
    if months and last - first + 1 <= MONTHS_UP_TO:
        per_month: dict[int, int] = {}
        for at, n in months:
            per_month[at] = per_month.get(at, 0) + n
        slots = [Period(f"{at // 12:04d}-{at % 12 + 1:02d}", f"{MONTH_NAMES[at % 12]} {at // 12}",
                        per_month.get(at, 0))
                 for at in range(months[0][0], months[-1][0] + 1)]
        return slots, sum(n for k, n in dated if len(k) == 4)
    per_year: dict[int, int] = {}
    for k, n in dated:
        per_year[int(k[:4])] = per_year.get(int(k[:4]), 0) + n
    first, last = min(per_year), max(per_year)
    return [Period(str(y), str(y), per_year.get(y, 0)) for y in range(first, last + 1)], 0


def timeline_chart(counts: list[tuple[str, int]], label: str, link: Callable[[str], str],
                   width: int = 720, height: int = 140) -> Markup:
    """Bars of matches per period at real time scale; ``link(key)`` is the URL
    that filters to one period ("2016" or "2016-03"). A text alternative lists
    every period with matches."""
    slots, unplaced = periods_of(counts)
    if not slots:
        return Markup("")
    top = max(p.count for p in slots) or 1
    left, right, base = 4, 4, height - 22
    step = (width - left - right) / len(slots)
    bar = min(40.0, max(1.0, step * 0.8))
    room = base - 16                        # the tallest bar leaves room for its count
    with_counts = step >= 16                # counts on the bars when they fit; always in the titles
    by_month = len(slots[0].key) == 7
    summary = ", ".join(f"{p.label}: {p.count}" for p in slots if p.count)
    if unplaced:
        summary += f"; {unplaced} dated by year only, not drawn"
    parts = [(f'<svg class="chart timeline" role="group" viewBox="0 0 {width} {height}" width="100%" '
              f'preserveAspectRatio="xMinYMin meet" aria-label="{escape(label)}">'),
             f"<title>{escape(label)}: {escape(summary)}</title>",
             f'<line class="axis" x1="{left}" y1="{base}" x2="{width - right}" y2="{base}"/>']
    labelled_at = -10
    for i, period in enumerate(slots):
        x = left + i * step + (step - bar) / 2
        middle = left + i * step + step / 2
        if period.count:
            h = max(2, round(room * period.count / top))
            noun = "quotation" if period.count == 1 else "quotations"
            parts.append(f'<a class="bar" href="{escape(link(period.key))}" '
                         f'aria-label="{escape(period.label)}: {period.count} {noun}">'
                         f'<rect x="{x:.1f}" y="{base - h}" width="{bar:.1f}" height="{h}">'
                         f"<title>{escape(period.label)}: {period.count} {noun}</title></rect>")
            if with_counts:
                parts.append(f'<text class="n" x="{middle:.1f}" y="{base - h - 3}" '
                             f'text-anchor="middle">{period.count}</text>')
            parts.append("</a>")
        # the axis names each year once (January of it, or the first slot) without crowding
        if by_month:
            starts_year = period.key.endswith("-01") or i == 0
            text = period.key[:4]
        else:
            starts_year = len(slots) <= 16 or (int(period.key) % max(1, len(slots) // 8) == 0)
            text = period.key
        if starts_year and (i - labelled_at) * step >= 34:
            parts.append(f'<text x="{middle:.1f}" y="{height - 6}" text-anchor="middle">{text}</text>')
            labelled_at = i
    parts.append("</svg>")
    return Markup("".join(parts))
