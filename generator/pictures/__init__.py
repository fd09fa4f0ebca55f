"""Pictures drawn at build time as inline SVG: who appears with whom, and where.

No JavaScript, no CDN, nothing fetched when a reader opens the page. One module
per picture, its layout (pure geometry, unit-tested: ``graph_layout``,
``map_layout``, ``outline``) apart from its drawing (``graph``, ``map``); what
drawing shares (escaping, the accessible frame, links) is in ``svg``.

Each drawing function is pure and deterministic (inputs sorted, numbers rounded
to a fixed precision, ids derived from the content), returns one line of SVG
(so Python-Markdown keeps it as one raw HTML block), and returns "" for empty
input, so a template can write ``{% if graph %}…{% endif %}``. Every name and
URL is untrusted and XML-escaped. Wrap a picture with ``figure(svg, css_class)``:
Python-Markdown passes raw HTML through only from a block-level tag. Links are
written as given (MkDocs does not rewrite links in raw HTML): pass the built
page's relative URL, e.g. ``../ankara/`` from ``venues/index.md``.
"""
from generator.pictures.graph import relationship_graph_svg
from generator.pictures.map import venue_map_svg
from generator.pictures.outline import world_outline
from generator.pictures.svg import esc, figure

__all__ = ["esc", "figure", "relationship_graph_svg", "venue_map_svg", "world_outline"]
