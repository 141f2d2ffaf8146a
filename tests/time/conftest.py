"""Shared fixtures for the time tests: one spaCy pipeline per language per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import doc_builder


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., object]:
    """Build a parsed English doc the way the pipeline does (publication date 2018-07-24 unless given)."""
    return doc_builder("en")


@pytest.fixture(scope="session")
def make_fr_doc() -> Callable[..., object]:
    """The same, with the French spaCy pipeline (skipped when fr_core_news_* is not installed)."""
    return doc_builder("fr")
