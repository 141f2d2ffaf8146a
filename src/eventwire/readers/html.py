"""HTML reader: the main text of a web page (trafilatura), with its title, date and URL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .. import settings
from ..errors import MalformedInput, MissingExtra
from ..model import Document
from ._load import Loaded, load
from .base import decode_bytes, make_document, parse_date_lenient, parse_published

__all__ = ["read_html"]


def read_html(
    source: str | Path | Loaded,
    *,
    published: dt.date | str | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    language: str | None = None,
    source_name: str | None = None,
) -> Iterator[Document]:
    """One page is one document: boilerplate (menus, footers) removed by trafilatura.

    The document's text is the extracted main text, so evidence offsets point into it.
    ``published`` is used only when the page carries no date of its own.
    """
    try:
        import trafilatura
    except ImportError:  # pragma: no cover
        raise MissingExtra("reading HTML", extra="ingest") from None
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    loaded = source if isinstance(source, Loaded) else load(str(source), max_bytes=limit)
    html = decode_bytes(loaded.data, loaded.name, encoding=encoding, max_bytes=limit)
    if "<" not in html:
        raise MalformedInput("no HTML markup found", source=loaded.name)
    extracted = trafilatura.bare_extraction(html, url=loaded.url, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise MalformedInput("no main text found in the page", source=loaded.name)
    date = None
    if extracted.date:
        try:
            date = parse_date_lenient(extracted.date, loaded.name)
        except MalformedInput:
            date = None
    yield make_document(
        extracted.text,
        title=extracted.title,
        url=extracted.url or loaded.url,
        published=date or parse_published(published),
        language=language,
        source=loaded.name,
        source_name=source_name or extracted.sitename,
    )
