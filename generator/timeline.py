"""The chronology's timeline picture: an SVG drawn at build time (no JavaScript, no CDN).

Events are laid out top to bottom, one row each, so the picture stays
readable at phone width however long the story runs.
"""
from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

from generator.model import Event

ROW = 28
WIDTH = 640
LABEL_X = 150
MAX_LABEL = 60


def timeline_svg(events: list[Event]) -> str:
    """An accessible SVG (role="img", <title>) of dated events; empty when there are none."""
    if not events:
        return ""
    height = ROW * len(events) + 20
    rows = "".join(_row(i, e) for i, e in enumerate(events))
    title = f"Timeline of {len(events)} dated events"
    return (
        f'<figure class="timeline" markdown="0"><svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-labelledby="timeline-title" viewBox="0 0 {WIDTH} {height}" width="100%">'
        f'<title id="timeline-title">{title}</title>'
        f'<line x1="{LABEL_X - 14}" y1="10" x2="{LABEL_X - 14}" y2="{height - 10}" class="timeline-axis"/>'
        f"{rows}</svg></figure>"
    )


def _row(index: int, event: Event) -> str:
    y = 20 + index * ROW
    summary = event.summary if len(event.summary) <= MAX_LABEL else event.summary[: MAX_LABEL - 1] + "…"
    return (
        f'<g class="timeline-event timeline-{event.status.value}">'
        f'<text x="0" y="{y + 4}" class="timeline-date">{xml_escape(event.date.label())}</text>'
        f'<circle cx="{LABEL_X - 14}" cy="{y}" r="5"/>'
        f'<text x="{LABEL_X}" y="{y + 4}" class="timeline-summary">{xml_escape(summary)}</text></g>'
    )
