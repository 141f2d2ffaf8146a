"""A French doc built the way the pipeline builds one (skipped without a French spaCy model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import doc_builder


@pytest.fixture(scope="session")
def fr_doc() -> Callable[..., object]:
    return doc_builder("fr")
