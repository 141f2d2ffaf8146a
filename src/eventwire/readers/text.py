"""Plain-text reader: one file (or stdin) is one document."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputNotFound, MalformedInput
from ..model import Document
from .base import decode_bytes, make_document

__all__ = ["read_text_file"]


def read_text_file(
    source: str | Path,
    *,
    published: dt.date | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
) -> Iterator[Document]:
    """Read a text file (``-`` for stdin) as one document."""
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        path = Path(source)
        if not path.exists():
            raise InputNotFound(source=name)
        if path.is_dir():
            raise MalformedInput("is a directory, not a text file", source=name)
        data = path.read_bytes()
    text = decode_bytes(data, name, encoding=encoding, max_bytes=max_bytes)
    yield make_document(text, published=published, source=name)
