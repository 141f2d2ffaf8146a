"""The SQL store: SQLite (WAL) by default, PostgreSQL (psycopg 3) at scale."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import EventNotFound, MissingExtra, StoreError
from ..model import Document, Event, Evidence, Interaction, Result, Source
from . import _schema as t
from ._filters import EventFilter, search_text
from ._review import REJECTED, Revision, check_revision
from .base import Store, event_date_bounds, is_newer, with_source

__all__ = ["SQLStore", "normalise_url"]


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` as psycopg 3; create SQLite parent dirs."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        path = Path(url[len("sqlite:///") :])
        if str(path):
            path.parent.mkdir(parents=True, exist_ok=True)
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _create_engine(url: str) -> sa.Engine:
    url = normalise_url(url)
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        if url in ("sqlite://", "sqlite:///:memory:"):
            kwargs["poolclass"] = sa.pool.StaticPool
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    elif url.startswith("postgresql+psycopg"):
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise MissingExtra("the PostgreSQL store", extra="pg") from None
    try:
        engine = sa.create_engine(url, **kwargs)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(f"cannot use database URL {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _json(items: list[Any]) -> str:
    return json.dumps([i.model_dump(mode="json") for i in items])


def _document_row(doc: Document, version: str, now: dt.datetime) -> dict[str, Any]:
    return {
        "url": doc.url, "title": doc.title, "published": doc.published, "language": doc.language or "und",
        "source_name": doc.source_name, "external_id": doc.external_id, "text": doc.text,
        "pipeline_version": version, "updated": now,
    }


def _event_row(event: Event, version: str) -> dict[str, Any]:
    start, end = event_date_bounds(event)
    loc = event.location
    return {
        "id": event.id, "event_type": event.event_type, "sub_event_type": event.sub_event_type,
        "date_start": start, "date_end": end,
        "country": loc.country if loc else None, "iso3": loc.iso3 if loc else None,
        "admin1": loc.admin1 if loc else None, "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "fatalities": event.fatalities.best if event.fatalities else None, "modality": event.modality,
        "confidence": event.confidence, "pipeline_version": version, "data": event.model_dump_json(),
        "search": search_text(event),
    }


def _actor_rows(event: Event) -> list[dict[str, Any]]:
    actors = [("actor1", 0, event.actor1), ("actor2", 0, event.actor2)]
    actors += [("assoc", i, a) for i, a in enumerate(event.assoc_actors)]
    return [{"event_id": event.id, "role": role, "position": position, "name": actor.name, "inter": actor.inter,
             "country": actor.country} for role, position, actor in actors if actor is not None]


def _place_row(event: Event) -> dict[str, Any] | None:
    loc = event.location
    if loc is None:
        return None
    return {"event_id": event.id, "name": loc.name, "geonames_id": loc.geonames_id, "lat": loc.lat, "lon": loc.lon,
            "country": loc.country, "iso3": loc.iso3, "admin1": loc.admin1, "admin2": loc.admin2,
            "precision": loc.precision}


def _interaction_rows(result: Result) -> list[dict[str, Any]]:
    rows = []
    for item in result.interactions:
        start = item.date.start if item.date else None
        end = item.date.end if item.date else None
        rows.append({
            "document_id": result.document.id, "id": item.id, "plover_type": item.plover.type, "cameo": item.cameo,
            "actor1": item.actor1.name if item.actor1 else None, "actor2": item.actor2.name if item.actor2 else None,
            "date_start": start, "date_end": end, "country": item.location.country if item.location else None,
            "modality": item.modality, "confidence": item.confidence, "data": item.model_dump_json(),
        })
    return rows


class SQLStore(Store):
    """Documents and events in a SQL database, schema managed by Alembic."""

    def __init__(self, url: str) -> None:
        from ._migrate import upgrade

        self.url = url
        self.engine = _create_engine(url)
        with self._errors("open"):
            upgrade(self.engine)

    # -- plumbing ---------------------------------------------------------
    @contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sa.exc.OperationalError as exc:
            reason = str(exc.orig) if exc.orig is not None else str(exc)
            raise StoreError(f"{action} failed on {self._safe_url()}: {reason.strip()}") from exc
        except sa.exc.DBAPIError as exc:
            raise StoreError(f"{action} failed on {self._safe_url()}: {exc.orig}") from exc

    def _safe_url(self) -> str:
        return sa.make_url(normalise_url(self.url)).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ----------------------------------------------------------
    def save(self, result: Result, *, pipeline_version: str) -> list[str]:
        doc = result.document
        with self._errors(f"saving document {doc.id}"), self.engine.begin() as conn:
            return self._save_in(conn, result, pipeline_version)

    def save_many(self, results: Sequence[Result], *, pipeline_version: str) -> list[list[str]]:
        """``save`` for each result, all in one transaction, and their quarantine entries dropped.

        All or nothing: on any error nothing of the call is stored (the caller can then save
        the results one by one to find the one that fails).
        """
        if not results:
            return []
        with self._errors(f"saving {len(results)} documents"), self.engine.begin() as conn:
            ids = self._insert_new(conn, results, pipeline_version)
            if ids is None:
                ids = self._save_in_runs(conn, results, pipeline_version)
            conn.execute(t.quarantine.delete().where(t.quarantine.c.document_id.in_([r.document.id for r in results])))
            return ids

    def _save_in_runs(self, conn: sa.Connection, results: Sequence[Result], version: str) -> list[list[str]]:
        """``_save_in`` of each result in order, as ``save`` would store them one by one; but each run
        of results ``_insert_new`` can take (new documents with new events of their own) goes in one
        statement per table. A result whose document or events are already stored, or met earlier in
        the chunk (ACLED exports repeat notes), is saved on its own between the runs."""
        doc_ids = [r.document.id for r in results]
        event_ids = [e.id for r in results for e in r.events]
        stored_docs = set(conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_(doc_ids))).scalars())
        stored_events = set(conn.execute(sa.select(t.events.c.id).where(t.events.c.id.in_(event_ids))).scalars()) \
            if event_ids else set()
        out: list[list[str]] = []
        run: list[Result] = []
        seen_docs: set[str] = set()
        seen_events: set[str] = set()

        def flush() -> None:
            if run:
                got = self._insert_new(conn, run, version)
                out.extend(got if got is not None else [self._save_in(conn, r, version) for r in run])
                run.clear()

        for result in results:
            ids = [e.id for e in result.events]
            alone = (result.document.id in stored_docs or result.document.id in seen_docs or len(set(ids)) < len(ids)
                     or any(i in stored_events or i in seen_events for i in ids))
            seen_docs.add(result.document.id)
            seen_events.update(ids)
            if alone:
                flush()
                out.append(self._save_in(conn, result, version))
            else:
                run.append(result)
        flush()
        return out

    def _save_in(self, conn: sa.Connection, result: Result, pipeline_version: str) -> list[str]:
        doc = result.document
        stored = conn.execute(sa.select(t.documents.c.pipeline_version).where(t.documents.c.id == doc.id)).scalar()
        if stored is not None and not is_newer(pipeline_version, stored):
            return self._event_ids_of(conn, doc.id)
        now = dt.datetime.now(dt.timezone.utc)
        row = _document_row(doc, pipeline_version, now)
        if stored is None:
            conn.execute(t.documents.insert().values(id=doc.id, first_seen=now, **row))
        else:
            conn.execute(t.documents.update().where(t.documents.c.id == doc.id).values(**row))
            self._detach(conn, doc.id)
            conn.execute(t.interactions.delete().where(t.interactions.c.document_id == doc.id))
        interactions = _interaction_rows(result)
        if interactions:
            conn.execute(t.interactions.insert(), interactions)
        ids = []
        for event in result.events:
            event = with_source(event, doc)
            self._put_event(conn, event, doc.id, pipeline_version)
            ids.append(event.id)
        return ids

    def _event_ids_of(self, conn: sa.Connection, document_id: str) -> list[str]:
        query = sa.select(t.event_sources.c.event_id).where(t.event_sources.c.document_id == document_id)
        return [r for (r,) in conn.execute(query.order_by(t.event_sources.c.event_id))]

    def _detach(self, conn: sa.Connection, document_id: str) -> None:
        """Drop what ``document_id`` contributed; events other documents also report stay."""
        for event_id in self._event_ids_of(conn, document_id):
            conn.execute(
                t.event_sources.delete().where(
                    (t.event_sources.c.event_id == event_id) & (t.event_sources.c.document_id == document_id)
                )
            )
            event = self._load(conn, event_id)
            rest = [s for s in event.sources if s.document_id != document_id] if event else []
            if event is None or not rest:
                self._delete_event(conn, event_id)
            else:
                data = event.model_copy(update={"sources": rest}).model_dump_json()
                conn.execute(t.events.update().where(t.events.c.id == event_id).values(data=data))

    def _delete_event(self, conn: sa.Connection, event_id: str) -> None:
        for table in (t.event_sources, t.actors, t.places):
            conn.execute(table.delete().where(table.c.event_id == event_id))
        conn.execute(t.events.delete().where(t.events.c.id == event_id))

    def _load(self, conn: sa.Connection, event_id: str) -> Event | None:
        data = conn.execute(sa.select(t.events.c.data).where(t.events.c.id == event_id)).scalar()
        return Event.model_validate_json(data) if data is not None else None

    def _put_event(self, conn: sa.Connection, event: Event, document_id: str | None, version: str) -> None:
        old = self._load(conn, event.id)
        if old is not None:
            sources = [*old.sources, *(s for s in event.sources if s not in old.sources)]
            event = event.model_copy(update={"sources": sources})
            self._delete_event(conn, event.id)
        conn.execute(t.events.insert().values(**_event_row(event, version)))
        source_ids = [s.document_id for s in event.sources]
        known = set(conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_(source_ids))).scalars().all())
        for source in event.sources:
            if source.document_id not in known:
                continue  # a source whose document is not stored (yet): kept in the event JSON only
            conn.execute(t.event_sources.insert().values(**self._source_row(event, source, document_id)))
        for row in _actor_rows(event):
            conn.execute(t.actors.insert().values(**row))
        place = _place_row(event)
        if place is not None:
            conn.execute(t.places.insert().values(**place))

    def _insert_new(self, conn: sa.Connection, results: Sequence[Result], version: str) -> list[list[str]] | None:
        """``save`` of each result, in one statement per table, for the usual batch chunk.

        That is: documents not stored yet, each with events of its own (reported by no other
        document, none already stored, no id twice in the chunk); then the rows written are
        the ones ``save`` would write one by one. Returns None for any other chunk.
        """
        docs = [r.document for r in results]
        events = [[with_source(e, r.document) for e in r.events] for r in results]
        event_ids = [e.id for evs in events for e in evs]
        if len({d.id for d in docs}) < len(docs) or len(set(event_ids)) < len(event_ids):
            return None
        if any(s.document_id != doc.id for doc, evs in zip(docs, events) for e in evs for s in e.sources):
            return None
        if conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_([d.id for d in docs]))).first():
            return None
        if event_ids and conn.execute(sa.select(t.events.c.id).where(t.events.c.id.in_(event_ids))).first():
            return None
        now = dt.datetime.now(dt.timezone.utc)
        documents = [{"id": d.id, "first_seen": now, **_document_row(d, version, now)} for d in docs]
        conn.execute(t.documents.insert(), documents)
        rows: dict[sa.Table, list[dict[str, Any]]] = {t.events: [], t.event_sources: [], t.actors: [], t.places: [],
                                                      t.interactions: []}
        for result in results:
            rows[t.interactions] += _interaction_rows(result)
        for doc, evs in zip(docs, events):
            for event in evs:
                rows[t.events].append(_event_row(event, version))
                rows[t.event_sources] += [self._source_row(event, s, doc.id) for s in event.sources]
                rows[t.actors] += _actor_rows(event)
                place = _place_row(event)
                if place is not None:
                    rows[t.places].append(place)
        for table, table_rows in rows.items():
            if table_rows:
                conn.execute(table.insert(), table_rows)
        return [[e.id for e in evs] for evs in events]

    @staticmethod
    def _source_row(event: Event, source: Source, document_id: str | None) -> dict[str, Any]:
        own = source.document_id == document_id
        return {
            "event_id": event.id,
            "document_id": source.document_id,
            "url": source.url,
            "claimant": event.claimant.name if (own and event.claimant) else None,
            "evidence": _json(event.evidence) if own else "[]",
        }

    def replace_events(self, old_ids: Iterable[str], new: Iterable[Event]) -> list[str]:
        with self._errors("replacing events"), self.engine.begin() as conn:
            old_rows = {}
            for event_id in old_ids:
                rows = conn.execute(sa.select(t.event_sources).where(t.event_sources.c.event_id == event_id))
                old_rows.update({(r.document_id): r._asdict() for r in rows})
                self._delete_event(conn, event_id)
            ids = []
            for event in new:
                version = "linked"
                self._put_event(conn, event, None, version)
                # keep each document's own evidence and claimant from before the merge
                for source in event.sources:
                    prev = old_rows.get(source.document_id)
                    if prev is not None:
                        conn.execute(
                            t.event_sources.update()
                            .where(
                                (t.event_sources.c.event_id == event.id)
                                & (t.event_sources.c.document_id == source.document_id)
                            )
                            .values(claimant=prev["claimant"], evidence=prev["evidence"])
                        )
                ids.append(event.id)
            return ids

    # -- reading ----------------------------------------------------------
    def interactions(self, *, document_id: str | None = None, plover_type: str | None = None,
                     limit: int | None = None, offset: int = 0) -> list[Interaction]:
        query = sa.select(t.interactions.c.data)
        if document_id is not None:
            query = query.where(t.interactions.c.document_id == document_id)
        if plover_type is not None:
            query = query.where(t.interactions.c.plover_type == plover_type.upper())
        query = query.order_by(t.interactions.c.date_start.asc().nulls_last(), t.interactions.c.document_id, t.interactions.c.id)
        query = query.offset(offset).limit(limit) if limit is not None else query.offset(offset)
        with self._errors("reading interactions"), self.engine.connect() as conn:
            return [Interaction.model_validate_json(data) for (data,) in conn.execute(query)]

    def _where(self, query: Any, flt: EventFilter) -> Any:
        """``query`` restricted to the events ``flt`` selects (not yet paged)."""
        e = t.events.c
        if flt.event_type:
            query = query.where(sa.func.lower(e.event_type) == flt.event_type.lower())
        if flt.sub_event_type:
            query = query.where(sa.func.lower(e.sub_event_type) == flt.sub_event_type.lower())
        if flt.modality:
            query = query.where(e.modality == flt.modality)
        if flt.min_confidence is not None:
            query = query.where(e.confidence >= flt.min_confidence)
        if flt.start:
            query = query.where(e.date_end >= flt.start)
        if flt.end:
            query = query.where(e.date_start <= flt.end)
        if flt.country:
            wanted = flt.country.lower()
            query = query.where((sa.func.lower(e.country) == wanted) | (sa.func.lower(e.iso3) == wanted))
        if flt.admin1:
            query = query.where(sa.func.lower(e.admin1) == flt.admin1.lower())
        if flt.bbox:
            min_lon, min_lat, max_lon, max_lat = flt.bbox
            query = query.where(e.lon.between(min_lon, max_lon) & e.lat.between(min_lat, max_lat))
        if flt.document_id:
            linked = sa.select(t.event_sources.c.event_id).where(t.event_sources.c.document_id == flt.document_id)
            query = query.where(e.id.in_(linked))
        if flt.actor:
            named = sa.select(t.actors.c.event_id).where(
                sa.func.lower(t.actors.c.name).like(_contains(flt.actor), escape="\\")
            )
            query = query.where(e.id.in_(named))
        if flt.q:
            query = query.where(e.search.like(_contains(flt.q), escape="\\"))
        if flt.rejected is not None:
            rejected = e.id.in_(_rejected_ids())
            query = query.where(rejected if flt.rejected else ~rejected)
        return query

    def events(self, **filters: Any) -> list[Event]:
        flt = EventFilter.build(**filters)
        e = t.events.c
        query = self._where(sa.select(t.events.c.data), flt)
        query = query.order_by(sa.case((e.date_start.is_(None), 1), else_=0), e.date_start, e.id)
        if flt.limit is not None:
            query = query.limit(flt.limit)
        if flt.offset:
            query = query.offset(flt.offset)
        with self._errors("reading events"), self.engine.connect() as conn:
            return [Event.model_validate_json(d) for (d,) in conn.execute(query)]

    def event(self, event_id: str) -> Event | None:
        with self._errors("reading an event"), self.engine.connect() as conn:
            return self._load(conn, event_id)

    def _doc(self, row: Any) -> Document:
        return Document(
            id=row.id, text=row.text, title=row.title, url=row.url, published=row.published,
            language=row.language, source_name=row.source_name, external_id=row.external_id,
        )

    def documents(self) -> list[Document]:
        with self._errors("reading documents"), self.engine.connect() as conn:
            return [self._doc(r) for r in conn.execute(sa.select(t.documents).order_by(t.documents.c.id))]

    def document(self, document_id: str) -> Document | None:
        with self._errors("reading a document"), self.engine.connect() as conn:
            row = conn.execute(sa.select(t.documents).where(t.documents.c.id == document_id)).first()
            return self._doc(row) if row is not None else None

    def pipeline_version(self, document_id: str) -> str | None:
        with self._errors("reading a document"), self.engine.connect() as conn:
            query = sa.select(t.documents.c.pipeline_version).where(t.documents.c.id == document_id)
            return conn.execute(query).scalar()

    def stored_versions(self) -> dict[str, str]:
        """Every stored document id with its pipeline version (batch resume reads this once)."""
        with self._errors("reading documents"), self.engine.connect() as conn:
            query = sa.select(t.documents.c.id, t.documents.c.pipeline_version)
            return {i: v for i, v in conn.execute(query)}

    # -- quarantine -------------------------------------------------------
    def quarantine(self, document: Document, *, source: str | None, code: str, reason: str,
                   pipeline_version: str) -> None:
        """Keep a document the pipeline failed on, with why, to list and retry later."""
        row = {"source": source, "code": code, "reason": reason, "pipeline_version": pipeline_version,
               "document": document.model_dump_json(), "at": dt.datetime.now(dt.timezone.utc)}
        with self._errors("quarantining a document"), self.engine.begin() as conn:
            q = t.quarantine
            if conn.execute(sa.select(q.c.document_id).where(q.c.document_id == document.id)).first():
                conn.execute(q.update().where(q.c.document_id == document.id).values(**row))
            else:
                conn.execute(q.insert().values(document_id=document.id, **row))

    def release(self, document_id: str) -> None:
        """Forget a quarantined document (it has now been processed)."""
        with self._errors("releasing a document"), self.engine.begin() as conn:
            conn.execute(t.quarantine.delete().where(t.quarantine.c.document_id == document_id))

    def quarantined(self) -> list[dict[str, Any]]:
        """Quarantined documents: document_id, source, code, reason, pipeline_version, at."""
        q = t.quarantine
        query = sa.select(q.c.document_id, q.c.source, q.c.code, q.c.reason, q.c.pipeline_version, q.c.at)
        with self._errors("reading the quarantine"), self.engine.connect() as conn:
            return [r._asdict() for r in conn.execute(query.order_by(q.c.at, q.c.document_id))]

    def count_events(self, **filters: Any) -> int:
        query = sa.select(sa.func.count()).select_from(t.events)
        if filters:
            query = self._where(query, EventFilter.build(**filters))
        with self._errors("counting events"), self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    # -- review and browsing ------------------------------------------------
    def revise(self, event_id: str, field: str, value: Any, *, author: str | None = None,
               note: str | None = None) -> Revision:
        with self._errors("revising an event"), self.engine.begin() as conn:
            event = self._load(conn, event_id)
            if event is None:
                raise EventNotFound(event_id)
            value = check_revision(event, field, value)
            row = {"event_id": event_id, "field": field, "value": json.dumps(value), "author": author, "note": note,
                   "at": dt.datetime.now(dt.timezone.utc)}
            new_id = conn.execute(t.revisions.insert().values(**row)).inserted_primary_key[0]
            return Revision(id=new_id, **{**row, "value": value})

    def revisions(self, *event_ids: str) -> list[Revision]:
        r = t.revisions.c
        query = sa.select(t.revisions).order_by(r.id)
        if event_ids:
            query = query.where(r.event_id.in_(event_ids))
        with self._errors("reading revisions"), self.engine.connect() as conn:
            return [Revision(**{**row._asdict(), "value": json.loads(row.value)}) for row in conn.execute(query)]

    def event_sources(self, event_id: str) -> list[dict[str, Any]]:
        s = t.event_sources.c
        query = sa.select(s.document_id, s.url, s.claimant, s.evidence).where(s.event_id == event_id)
        with self._errors("reading an event's sources"), self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [{"document_id": r.document_id, "url": r.url, "claimant": r.claimant,
                 "evidence": [Evidence.model_validate(e) for e in json.loads(r.evidence or "[]")]} for r in rows]

    def actors(self, q: str | None = None, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        a = t.actors.c
        query = sa.select(a.name, sa.func.count(sa.distinct(a.event_id)).label("events"),
                          sa.func.min(a.inter).label("inter"), sa.func.min(a.country).label("country"))
        if q:
            query = query.where(sa.func.lower(a.name).like(_contains(q.lower()), escape="\\"))
        query = query.group_by(a.name).order_by(sa.desc("events"), a.name).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._errors("reading actors"), self.engine.connect() as conn:
            return [r._asdict() for r in conn.execute(query)]

    def count_actors(self, q: str | None = None) -> int:
        a = t.actors.c
        query = sa.select(sa.func.count(sa.distinct(a.name)))
        if q:
            query = query.where(sa.func.lower(a.name).like(_contains(q.lower()), escape="\\"))
        with self._errors("counting actors"), self.engine.connect() as conn:
            return int(conn.execute(query).scalar() or 0)

    def facets(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {}
        with self._errors("reading facets"), self.engine.connect() as conn:
            for name in ("event_type", "sub_event_type", "country", "admin1", "modality"):
                column = t.events.c[name]
                query = (sa.select(column, sa.func.count()).where(column.is_not(None))
                         .group_by(column).order_by(sa.desc(sa.func.count()), column))
                out[name] = [{"value": v, "count": n} for v, n in conn.execute(query)]
        return out

    def count_documents(self) -> int:
        with self._errors("counting documents"), self.engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.documents)).scalar() or 0)


def _contains(text: str) -> str:
    """A LIKE pattern for 'contains ``text``' (with % and _ taken literally; escape character backslash)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _rejected_ids() -> Any:
    """Ids of events whose latest 'rejected' revision is true."""
    r = t.revisions.c
    latest = sa.select(sa.func.max(r.id)).where(r.field == REJECTED).group_by(r.event_id)
    return sa.select(r.event_id).where(r.id.in_(latest) & (r.value == "true"))
