"""The bundled example: the reference AFP article (2018-07-24), run end to end."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from .model import Document, Result

__all__ = ["EXAMPLE_PUBLISHED", "example_document", "run_demo"]

EXAMPLE_PUBLISHED = dt.date(2018, 7, 24)


def example_document() -> Document:
    from .readers.base import make_document

    text = resources.files("eventwire").joinpath("data/seed-article.txt").read_text(encoding="utf-8")
    return make_document(text, title="The fights against Daesh should still last at least 2 or 3 months (AFP)",
                         published=EXAMPLE_PUBLISHED, source="eventwire/data/seed-article.txt")


def run_demo(db_url: str | None = None) -> tuple[Result, str]:
    """Extract the example's events and store them; return the result and the store URL."""
    from .pipeline import Pipeline
    from .settings import default_db_url
    from .store import open_store

    url = db_url or default_db_url()
    with open_store(url) as store:
        result = Pipeline(store=store).run(example_document())
    return result, url
