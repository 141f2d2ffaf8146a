"""Plain-text reader: one file (or stdin, a ``.gz`` file, a URL) is one document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .. import settings
from ..model import Document
from ._load import Loaded, load
from .base import decode_bytes, make_document, parse_published

__all__ = ["read_text_file"]


def read_text_file(
    source: str | Path | Loaded,
    *,
    published: dt.date | str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    language: str | None = None,
    source_name: str | None = None,
) -> Iterator[Document]:
    """Read a text file (``-`` for stdin) as one document."""
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    loaded = source if isinstance(source, Loaded) else load(str(source), max_bytes=limit)
    text = decode_bytes(loaded.data, loaded.name, encoding=encoding, max_bytes=limit)
    yield make_document(
        text,
        published=parse_published(published),
        url=loaded.url,
        language=language,
        source=loaded.name,
        source_name=source_name,
    )
