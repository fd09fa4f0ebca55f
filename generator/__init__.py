"""Explainer-microsite generator: news articles in, a searchable MkDocs site out.

The pipeline (see ``pipeline.build_story``): ingest → extract → resolve →
chronology → render → write. Each stage is a module of its own.
"""

__version__ = "0.1.0"
