"""Fixtures for the geo tests: one spaCy pipeline per session, docs built as the pipeline builds them."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventwire._doc import ensure_extensions
    from eventwire.nlp import load_spacy

    ensure_extensions()
    return load_spacy()


@pytest.fixture(scope="session")
def make_doc(nlp):  # type: ignore[no-untyped-def]
    from eventwire.clean import clean

    def build(text: str, actors: list | None = None):  # type: ignore[no-untyped-def]
        cleaned = clean(text)
        doc = nlp(cleaned.text)
        doc._.ew_clean = cleaned
        doc._.ew_actors = actors or []
        return doc

    return build


@pytest.fixture(scope="session")
def geonames(tmp_path_factory):  # type: ignore[no-untyped-def]
    """The real built index (built once into the user cache, reused afterwards)."""
    from eventwire.geo.geonames import default_gazetteer

    return default_gazetteer()
