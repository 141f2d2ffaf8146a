"""An in-memory store with the same behaviour as the SQL store, for tests and notebooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ..model import Document, Event, Result
from ._filters import EventFilter
from .base import Store, is_newer, with_source

__all__ = ["MemoryStore"]


def _sort_key(event: Event) -> tuple[dt.date, str]:
    start = event.date.start if event.date and event.date.start else dt.date.max
    return start, event.id


class MemoryStore(Store):
    """Dicts behind the ``Store`` contract. ``open_store("memory://")`` returns one."""

    def __init__(self, url: str = "memory://") -> None:
        self.url = url
        self._documents: dict[str, Document] = {}
        self._versions: dict[str, str] = {}
        self._events: dict[str, Event] = {}
        self._quarantine: dict[str, dict[str, Any]] = {}

    def save(self, result: Result, *, pipeline_version: str) -> list[str]:
        doc = result.document
        if doc.id in self._documents and not is_newer(pipeline_version, self._versions[doc.id]):
            return [e.id for e in self.events(document_id=doc.id)]
        self._documents[doc.id] = doc
        self._versions[doc.id] = pipeline_version
        for event in list(self._events.values()):
            if any(s.document_id == doc.id for s in event.sources):
                rest = [s for s in event.sources if s.document_id != doc.id]
                if rest:
                    self._events[event.id] = event.model_copy(update={"sources": rest})
                else:
                    del self._events[event.id]
        ids = []
        for event in result.events:
            event = with_source(event, doc)
            old = self._events.get(event.id)
            if old is not None:
                merged = [*old.sources, *(s for s in event.sources if s not in old.sources)]
                event = event.model_copy(update={"sources": merged})
            self._events[event.id] = event
            ids.append(event.id)
        return ids

    def events(self, **filters: Any) -> list[Event]:
        flt = EventFilter.build(**filters)
        found = sorted((e for e in self._events.values() if flt.matches(e)), key=_sort_key)
        return found[: flt.limit] if flt.limit is not None else found

    def event(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def documents(self) -> list[Document]:
        return [self._documents[k] for k in sorted(self._documents)]

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    def pipeline_version(self, document_id: str) -> str | None:
        return self._versions.get(document_id)

    def count_events(self) -> int:
        return len(self._events)

    def count_documents(self) -> int:
        return len(self._documents)

    def replace_events(self, old_ids: Iterable[str], new: Iterable[Event]) -> list[str]:
        for event_id in old_ids:
            self._events.pop(event_id, None)
        ids = []
        for event in new:
            self._events[event.id] = event
            ids.append(event.id)
        return ids

    def quarantine(self, document: Document, *, source: str | None, code: str, reason: str,
                   pipeline_version: str) -> None:
        self._quarantine[document.id] = {
            "document_id": document.id, "source": source, "code": code, "reason": reason,
            "pipeline_version": pipeline_version, "at": dt.datetime.now(dt.timezone.utc),
        }

    def release(self, document_id: str) -> None:
        self._quarantine.pop(document_id, None)

    def quarantined(self) -> list[dict[str, Any]]:
        return sorted(self._quarantine.values(), key=lambda r: (r["at"], r["document_id"]))
