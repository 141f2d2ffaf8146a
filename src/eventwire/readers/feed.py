"""RSS/Atom reader (feedparser): each entry is a document dated by its pubDate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from .. import settings
from ..errors import EventwireError, MalformedInput, MissingExtra
from ..model import Document
from ._load import Loaded, load
from .base import Skipped, make_document, parse_published

__all__ = ["read_feed"]


def _html_text(fragment: str) -> str:
    """Text of an HTML fragment (entry summaries are often HTML)."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        return lxml.html.fromstring(fragment).text_content().strip()
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()


def read_feed(
    source: str | Path | Loaded,
    *,
    published: dt.date | str | None = None,
    max_bytes: int | None = None,
    language: str | None = None,
    source_name: str | None = None,
) -> Iterator[Document | Skipped]:
    """Entries become documents (text: content, else summary; title; link; date).

    An entry without any text is yielded as ``Skipped``; a file that is not a feed at
    all raises ``MalformedInput``.
    """
    try:
        import feedparser
    except ImportError:  # pragma: no cover
        raise MissingExtra("reading RSS/Atom feeds", extra="ingest") from None
    limit = int(settings.get("max_bytes")) if max_bytes is None else max_bytes
    loaded = source if isinstance(source, Loaded) else load(str(source), max_bytes=limit)
    feed = feedparser.parse(loaded.data)
    if not feed.entries:
        reason = f"not a readable RSS/Atom feed ({feed.get('bozo_exception')})" if feed.bozo else "feed has no entries"
        raise MalformedInput(reason, source=loaded.name)
    default = parse_published(published)
    outlet = source_name or feed.feed.get("title")
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{loaded.name}#entry{number}"
        try:
            body = ""
            if entry.get("content"):
                body = _html_text(" ".join(c.get("value", "") for c in entry.content))
            if not body:
                body = _html_text(entry.get("summary", "") or "")
            title = (entry.get("title") or "").strip() or None
            text = body or (title or "")
            if not text.strip():
                raise MalformedInput("entry has no title, summary or content", source=where)
            parsed = entry.get("published_parsed") or entry.get("updated_parsed")
            date = dt.date(*parsed[:3]) if parsed else default
            yield make_document(
                text, title=title, url=entry.get("link"), published=date, language=language, source=where,
                source_name=outlet, external_id=entry.get("id"),
            )
        except EventwireError as exc:
            yield Skipped.from_error(exc, where)
