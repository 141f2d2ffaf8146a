"""Readers: one module per input format, each yielding ``Document`` records.

``read(sources)`` is the one entry point: it expands directories and globs, opens
``.gz`` files and http(s) URLs, picks a reader per source (``format=`` or detection by
suffix, content type, then content) and yields ``Document`` or ``Skipped``; nothing
bad is dropped silently.

    >>> from eventwire.readers import read, Skipped
    >>> for item in read(["news/", "feed.xml", "corpus.jsonl.gz"], text_field="body"):
    ...     if isinstance(item, Skipped):
    ...         print(item.source, item.code, item.reason)
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import EventwireError, MalformedInput, UnknownName
from ..model import Document
from .base import Skipped, decode_bytes, make_document, parse_date_lenient, parse_published

__all__ = [
    "FORMATS",
    "Skipped",
    "decode_bytes",
    "detect_format",
    "make_document",
    "parse_date_lenient",
    "parse_published",
    "read",
    "register",
]

#: short format name -> registered reader name
FORMATS: dict[str, str] = {
    "text": "eventwire.text.v1",
    "html": "eventwire.html.v1",
    "feed": "eventwire.feed.v1",
    "jsonl": "eventwire.jsonl.v1",
    "csv": "eventwire.csv.v1",
}
_ALIASES = {"txt": "text", "rss": "feed", "atom": "feed", "ndjson": "jsonl", "tsv": "csv", "htm": "html"}

_SUFFIXES = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv",
}
_CONTENT_TYPES = {
    "text/plain": "text", "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/xml": "feed", "text/xml": "feed",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/json": "jsonl",
    "text/csv": "csv", "text/tab-separated-values": "csv",
}


def detect_format(name: str, content_type: str | None = None, head: bytes | None = None) -> str | None:
    """The format of a source from its name, else its content type, else its first bytes."""
    suffix = Path(name.split("?", 1)[0]).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if content_type and content_type.lower() in _CONTENT_TYPES:
        return _CONTENT_TYPES[content_type.lower()]
    if head is None:
        return None
    start = head.lstrip()[:512].lower()
    if start.startswith(b"<?xml") and (b"<rss" in start or b"<feed" in start or b"<rdf" in start):
        return "feed"
    if start.startswith((b"<rss", b"<feed")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _reader(fmt: str) -> Callable[..., Iterator[Document | Skipped]]:
    from ..registry import registry

    fmt = _ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise UnknownName(f"no input format {fmt!r}; formats are {', '.join(FORMATS)}")
    return registry.get("readers", FORMATS[fmt])


def _accepted(func: Callable[..., Any], options: dict[str, Any]) -> dict[str, Any]:
    params = inspect.signature(func).parameters
    return {k: v for k, v in options.items() if k in params and v is not None}


def read(
    sources: str | Path | Iterable[str | Path], format: str | None = None, **options: Any
) -> Iterator[Document | Skipped]:
    """Documents from files, directories, globs, ``.gz`` files, ``-`` and http(s) URLs.

    ``format``: text, html, feed, jsonl or csv (default: detected per source).
    ``options`` go to the readers that take them: ``published``, ``encoding``, ``max_bytes``,
    ``language``, ``source_name``; for corpora ``text_field``, ``date_field``, ``id_field``,
    ``url_field``, ``title_field``. A source or record that fails becomes ``Skipped``.
    """
    from .. import settings
    from ._load import expand

    if format is not None:
        _reader(format)  # an unknown format is a usage error, raised at once
    limit = int(options.get("max_bytes") or settings.get("max_bytes"))
    if isinstance(sources, (str, Path)):
        sources = [sources]
    for given in sources:
        try:
            names = list(expand(given))
        except EventwireError as exc:  # a glob with no match
            yield Skipped.from_error(exc)
            continue
        for name in names:
            yield from _read_one(name, format, limit, options)


def _read_one(name: str, format: str | None, limit: int, options: dict[str, Any]) -> Iterator[Document | Skipped]:
    """One concrete source through its reader; failures become ``Skipped``."""
    from ._load import is_url, load

    try:
        source: Any = name
        fmt = format
        if fmt is None:
            inner = name[:-3] if name.endswith(".gz") else name
            fmt = None if is_url(name) or name == "-" else detect_format(inner)
        if fmt is None:
            source = load(name, max_bytes=limit)
            fmt = detect_format(source.inner, source.content_type, source.data[:2048])
        reader = _reader(fmt or "text")
        yield from reader(source, **_accepted(reader, options))
    except EventwireError as exc:
        yield Skipped.from_error(exc, name if exc.source is None else None)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not end the batch; it is reported
        err = MalformedInput(f"unexpected {type(exc).__name__}: {exc}", source=name)
        yield Skipped.from_error(err)


def register(registry) -> None:  # type: ignore[no-untyped-def]
    from . import corpus, feed, html, text

    registry.readers.register("eventwire.text.v1", func=text.read_text_file)
    registry.readers.register("eventwire.html.v1", func=html.read_html)
    registry.readers.register("eventwire.feed.v1", func=feed.read_feed)
    registry.readers.register("eventwire.jsonl.v1", func=corpus.read_jsonl)
    registry.readers.register("eventwire.csv.v1", func=corpus.read_csv)
