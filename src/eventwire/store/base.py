"""The store contract: what every store (SQL, memory) offers.

A store keeps documents (keyed by content hash) and the events derived from them, with
which document reported which event. ``save`` is idempotent per document and pipeline
version; see :meth:`Store.save`. ``save_many`` saves a batch chunk at once.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Document, Event, Interaction, Result, Source
from ._review import Revision

__all__ = ["Store", "is_newer", "with_source"]


def is_newer(candidate: str, stored: str | None) -> bool:
    """True when ``candidate`` is a later pipeline version than ``stored``.

    PEP 440 versions compare as versions; anything else compares as text.
    """
    if stored is None:
        return True
    from packaging.version import InvalidVersion, Version

    try:
        return Version(candidate) > Version(stored)
    except InvalidVersion:
        return candidate > stored


def with_source(event: Event, document: Document) -> Event:
    """``event`` with ``document`` listed in its sources (once)."""
    if any(s.document_id == document.id for s in event.sources):
        return event
    return event.model_copy(update={"sources": [*event.sources, Source(document_id=document.id, url=document.url)]})


class Store(ABC):
    """Documents and events, by content hash and event id.

    Use as a context manager (``with open_store(url) as store: ...``), or call ``close``.
    """

    url: str

    @abstractmethod
    def save(self, result: Result, *, pipeline_version: str) -> list[str]:
        """Store one document and its events; return the stored event ids.

        - The same document (same text, so same id) saved twice is one document.
        - Saved again with the same or an older pipeline version: nothing changes and the
          ids already stored are returned.
        - Saved with a newer version: the document row is kept (and its version bumped);
          the events derived from it are replaced. Events this document shares with other
          documents (after linking) keep those other sources.
        """

    def save_many(self, results: Sequence[Result], *, pipeline_version: str) -> list[list[str]]:
        """``save`` each result (its event ids, in order) and ``release`` it from the quarantine.

        The SQL store does it in one transaction (all or nothing: one commit per chunk of a batch
        instead of two per document); this default saves one result after the other.
        """
        ids = [self.save(result, pipeline_version=pipeline_version) for result in results]
        for result in results:
            self.release(result.document.id)
        return ids

    @abstractmethod
    def interactions(self, *, document_id: str | None = None, plover_type: str | None = None,
                     limit: int | None = None, offset: int = 0) -> list[Interaction]:
        """The stored verbal and non-violent interactions (PLOVER/CAMEO only, never ACLED events) of
        every document, or of ``document_id``, or of one PLOVER type, ordered by date, document, id.
        Saving a document again replaces its interactions."""

    @abstractmethod
    def events(self, **filters: Any) -> list[Event]:
        """Events matching ``filters`` (see ``EventFilter``: start, end, country, admin1, event_type,
        sub_event_type, actor, modality, q, min_confidence, bbox, document_id, rejected, limit,
        offset), ordered by date then id."""

    @abstractmethod
    def event(self, event_id: str) -> Event | None: ...

    @abstractmethod
    def documents(self) -> list[Document]: ...

    @abstractmethod
    def document(self, document_id: str) -> Document | None: ...

    @abstractmethod
    def pipeline_version(self, document_id: str) -> str | None:
        """The pipeline version a stored document was last processed with (None: not stored)."""

    @abstractmethod
    def count_events(self, **filters: Any) -> int:
        """How many events match ``filters`` (all events without; limit/offset are ignored)."""

    # -- review and browsing (the web API reads these) ---------------------------
    @abstractmethod
    def revise(self, event_id: str, field: str, value: Any, *, author: str | None = None,
               note: str | None = None) -> Revision:
        """Record a reviewer correction of one field (or ``rejected``: true/false) of an event.

        The machine's event stays as it was; ``revisions`` lists the history and
        ``_review.apply_revisions`` gives the corrected event. Raises EventNotFound or BadRevision.
        """

    @abstractmethod
    def revisions(self, *event_ids: str) -> list[Revision]:
        """The revisions of these events (of all events without ids), oldest first."""

    @abstractmethod
    def event_sources(self, event_id: str) -> list[dict[str, Any]]:
        """Each stored document reporting the event: document_id, url, claimant and the event's
        own evidence (list of Evidence) in that document."""

    @abstractmethod
    def actors(self, q: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Distinct actor names (containing ``q``) with how many events name them: name, events,
        inter, country; most frequent first."""

    @abstractmethod
    def count_actors(self, q: str | None = None) -> int: ...

    @abstractmethod
    def facets(self) -> dict[str, list[dict[str, Any]]]:
        """For event_type, sub_event_type, country, admin1 and modality: each value with its event count."""

    @abstractmethod
    def count_documents(self) -> int: ...

    @abstractmethod
    def replace_events(self, old_ids: Iterable[str], new: Iterable[Event]) -> list[str]:
        """Swap events for others in one transaction (cross-report linking uses this)."""

    @abstractmethod
    def quarantine(self, document: Document, *, source: str | None, code: str, reason: str,
                   pipeline_version: str) -> None:
        """Keep a document the pipeline failed on, with why (listed by ``quarantined``)."""

    @abstractmethod
    def release(self, document_id: str) -> None:
        """Drop a document from the quarantine (it has been processed since)."""

    @abstractmethod
    def quarantined(self) -> list[dict[str, Any]]:
        """Quarantined documents: document_id, source, code, reason, pipeline_version, at."""

    def close(self) -> None:  # noqa: B027 - optional for stores without resources
        """Release connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def event_date_bounds(event: Event) -> tuple[dt.date | None, dt.date | None]:
    if event.date is None:
        return None, None
    return event.date.start, event.date.end or event.date.start
