"""A French doc built the way the pipeline builds one (skipped without a French spaCy model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest


@pytest.fixture(scope="session")
def fr_doc() -> Callable[..., object]:
    from eventwire._doc import ensure_extensions
    from eventwire.clean import clean
    from eventwire.errors import ModelNotInstalled
    from eventwire.nlp import load_spacy

    try:
        nlp = load_spacy("fr")
    except ModelNotInstalled:
        pytest.skip("no French spaCy model installed (pip install 'eventwire[fr]')")
    ensure_extensions()

    def build(text: str, published: dt.date | None = dt.date(2018, 7, 24)):  # type: ignore[no-untyped-def]
        cleaned = clean(text)
        doc = nlp(cleaned.text)
        doc._.ew_clean = cleaned
        doc._.ew_published = published
        return doc

    return build
