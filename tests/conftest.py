"""Shared fixtures: one eventwire pipeline per test session, the reference article."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    from importlib import resources

    return resources.files("eventwire").joinpath("data/seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(pipeline, seed_text):
    from eventwire.readers.base import make_document

    return pipeline.run(make_document(seed_text, published=dt.date(2018, 7, 24)))


@pytest.fixture()
def run(pipeline):
    """Extract events from a snippet of text with a publication date."""
    from eventwire.readers.base import make_document

    def _run(text: str, published: str = "2024-03-05"):
        return pipeline.run(make_document(text, published=dt.date.fromisoformat(published)))

    return _run


def walk_evidence(obj):
    """Every evidence-like dict ({start, end, text}) inside a JSON-able structure."""
    if isinstance(obj, dict):
        if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int) and "text" in obj:
            yield obj
        for value in obj.values():
            yield from walk_evidence(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from walk_evidence(value)


def doc_builder(lang: str = "en"):  # type: ignore[no-untyped-def]
    """A function that builds a parsed doc the way the pipeline does: clean, parse, set the publication date.

    Skips the calling test when the language's spaCy model is not installed.
    """
    from eventwire._doc import ensure_extensions
    from eventwire.clean import clean
    from eventwire.errors import ModelNotInstalled
    from eventwire.nlp import load_spacy

    try:
        nlp = load_spacy(lang)
    except ModelNotInstalled:
        pytest.skip(f"no {lang} spaCy model installed (pip install 'eventwire[all]')")
    ensure_extensions()

    def build(text: str, published: dt.date | None = dt.date(2018, 7, 24)):  # type: ignore[no-untyped-def]
        cleaned = clean(text)
        doc = nlp(cleaned.text)
        doc._.ew_clean = cleaned
        doc._.ew_published = published
        return doc

    return build
