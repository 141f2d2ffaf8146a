"""An in-memory store with the same behaviour as the SQL store, for tests and notebooks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from ..errors import EventNotFound
from ..model import Document, Event, Interaction, Result
from ._filters import EventFilter
from ._review import Revision, check_revision, is_rejected
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
        self._revisions: list[Revision] = []
        self._own_evidence: dict[tuple[str, str], dict[str, Any]] = {}
        self._interactions: dict[str, list[Interaction]] = {}

    def save(self, result: Result, *, pipeline_version: str) -> list[str]:
        doc = result.document
        if doc.id in self._documents and not is_newer(pipeline_version, self._versions[doc.id]):
            return [e.id for e in self.events(document_id=doc.id)]
        self._documents[doc.id] = doc
        self._versions[doc.id] = pipeline_version
        self._interactions[doc.id] = list(result.interactions)
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
            self._own_evidence[(event.id, doc.id)] = {
                "claimant": event.claimant.name if event.claimant else None, "evidence": list(event.evidence)}
            old = self._events.get(event.id)
            if old is not None:
                merged = [*old.sources, *(s for s in event.sources if s not in old.sources)]
                event = event.model_copy(update={"sources": merged})
            self._events[event.id] = event
            ids.append(event.id)
        return ids

    def interactions(self, *, document_id: str | None = None, plover_type: str | None = None,
                     limit: int | None = None, offset: int = 0) -> list[Interaction]:
        found = [(item.date.start if item.date and item.date.start else dt.date.max, doc_id, item.id, item)
                 for doc_id, items in self._interactions.items() if document_id in (None, doc_id)
                 for item in items if plover_type is None or item.plover.type == plover_type.upper()]
        ordered = [item for *_, item in sorted(found, key=lambda row: row[:3])]
        return ordered[offset:] if limit is None else ordered[offset:offset + limit]

    def events(self, **filters: Any) -> list[Event]:
        flt = EventFilter.build(**filters)
        return flt.page(self._matching(flt))

    def _matching(self, flt: EventFilter) -> list[Event]:
        rejected = self._rejected_ids() if flt.rejected is not None else set()
        return sorted((e for e in self._events.values() if flt.matches(e, rejected)), key=_sort_key)

    def _rejected_ids(self) -> set[str]:
        by_event: dict[str, list[Revision]] = {}
        for revision in self._revisions:
            by_event.setdefault(revision.event_id, []).append(revision)
        return {event_id for event_id, revs in by_event.items() if is_rejected(revs)}

    def event(self, event_id: str) -> Event | None:
        return self._events.get(event_id)

    def documents(self) -> list[Document]:
        return [self._documents[k] for k in sorted(self._documents)]

    def document(self, document_id: str) -> Document | None:
        return self._documents.get(document_id)

    def pipeline_version(self, document_id: str) -> str | None:
        return self._versions.get(document_id)

    def count_events(self, **filters: Any) -> int:
        if not filters:
            return len(self._events)
        return len(self._matching(EventFilter.build(**filters)))

    def revise(self, event_id: str, field: str, value: Any, *, author: str | None = None,
               note: str | None = None) -> Revision:
        event = self._events.get(event_id)
        if event is None:
            raise EventNotFound(event_id)
        revision = Revision(id=len(self._revisions) + 1, event_id=event_id, field=field,
                            value=check_revision(event, field, value), author=author, note=note,
                            at=dt.datetime.now(dt.timezone.utc))
        self._revisions.append(revision)
        return revision

    def revisions(self, *event_ids: str) -> list[Revision]:
        return [r for r in self._revisions if not event_ids or r.event_id in event_ids]

    def event_sources(self, event_id: str) -> list[dict[str, Any]]:
        event = self._events.get(event_id)
        if event is None:
            return []
        rows = []
        for source in event.sources:
            if source.document_id in self._documents:
                own = self._own_evidence.get((event_id, source.document_id), {"claimant": None, "evidence": []})
                rows.append({"document_id": source.document_id, "url": source.url, **own})
        return rows

    def _actor_rows(self, q: str | None) -> list[dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for event in self._events.values():
            for actor in {a.name: a for a in (event.actor1, event.actor2, *event.assoc_actors) if a}.values():
                if q and q.lower() not in actor.name.lower():
                    continue
                row = found.setdefault(actor.name, {"name": actor.name, "events": 0, "inter": actor.inter,
                                                    "country": actor.country})
                row["events"] += 1
        return sorted(found.values(), key=lambda r: (-r["events"], r["name"]))

    def actors(self, q: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        rows = self._actor_rows(q)[offset:]
        return rows[:limit] if limit is not None else rows

    def count_actors(self, q: str | None = None) -> int:
        return len(self._actor_rows(q))

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        from collections import Counter

        getters = {
            "event_type": lambda e: e.event_type, "sub_event_type": lambda e: e.sub_event_type,
            "country": lambda e: e.location.country if e.location else None,
            "admin1": lambda e: e.location.admin1 if e.location else None, "modality": lambda e: e.modality,
        }
        out = {}
        for name, get in getters.items():
            counts = Counter(v for v in map(get, self._events.values()) if v is not None)
            out[name] = [{"value": v, "count": n} for v, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]
        return out

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
