"""The chronology's timeline picture: an SVG drawn at build time (no JavaScript, no CDN).

One row per event, top to bottom: the date on its own line, then the
summary wrapped to two short lines, so that the picture is drawn at
about its natural size on a phone (the viewBox is phone-wide) and
stays legible there.
"""
from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape as xml_escape

from generator.model import Event

WIDTH = 360
AXIS_X = 12
TEXT_X = 28
LINE_CHARS = 46
MAX_LINES = 2
DATE_LINE = 16
TEXT_LINE = 17
GAP = 12


def timeline_svg(events: list[Event]) -> str:
    """An accessible SVG (role="img", <title>, <desc>) of dated events; empty when there are none."""
    if not events:
        return ""
    rows, y = [], GAP
    for event in events:
        lines = _wrap(event.summary)
        rows.append(_row(event, lines, y))
        y += DATE_LINE + TEXT_LINE * len(lines) + GAP
    first, last = events[0].date.label(), events[-1].date.label()
    return (
        f'<figure class="timeline"><svg xmlns="http://www.w3.org/2000/svg" role="img" data-search-exclude="" '
        f'aria-labelledby="timeline-title timeline-desc" viewBox="0 0 {WIDTH} {y}" width="100%">'
        f'<title id="timeline-title">Timeline of {len(events)} dated events</title>'
        f'<desc id="timeline-desc">From {xml_escape(first)} to {xml_escape(last)}; each event is listed '
        f'below with its sources.</desc>'
        f'<line x1="{AXIS_X}" y1="{GAP}" x2="{AXIS_X}" y2="{y - GAP}" class="timeline-axis"/>'
        f'{"".join(rows)}</svg></figure>'
    )


def _wrap(summary: str) -> list[str]:
    lines = textwrap.wrap(summary, LINE_CHARS) or [""]
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        lines[-1] = lines[-1][: LINE_CHARS - 1].rstrip() + "…"
    return lines


def _row(event: Event, lines: list[str], y: int) -> str:
    texts = "".join(f'<text x="{TEXT_X}" y="{y + DATE_LINE + TEXT_LINE * (i + 1) - 4}" class="timeline-summary">'
                    f"{xml_escape(line)}</text>" for i, line in enumerate(lines))
    return (
        f'<g class="timeline-event timeline-{event.status.value}">'
        f'<circle cx="{AXIS_X}" cy="{y + DATE_LINE - 5}" r="5"/>'
        f'<text x="{TEXT_X}" y="{y + DATE_LINE}" class="timeline-date">{xml_escape(event.date.label())} · '
        f'{event.status.value}</text>{texts}</g>'
    )
