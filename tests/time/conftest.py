"""Shared fixtures for the time tests: one spaCy pipeline per session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., object]:
    """Build a parsed doc the way the pipeline does: clean, parse, set the publication date."""
    from eventwire._doc import ensure_extensions
    from eventwire.clean import clean
    from eventwire.nlp import load_spacy

    nlp = load_spacy()
    ensure_extensions()

    def build(text: str, published: dt.date | None = dt.date(2018, 7, 24)):  # type: ignore[no-untyped-def]
        cleaned = clean(text)
        doc = nlp(cleaned.text)
        doc._.ew_clean = cleaned
        doc._.ew_published = published
        return doc

    return build
