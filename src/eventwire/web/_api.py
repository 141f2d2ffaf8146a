"""Read-only routes under /api: events (filtered, paged, as JSON, GeoJSON or CSV), one event
with its sources and evidence, a timeline, facets, documents and actors."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any, Literal, Optional

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..errors import BadRequest, EventNotFound
from ..model import Event
from ..store._review import Revision, apply_revisions, is_rejected
from ._evidence import source_view

__all__ = ["EVENT_FILTERS", "router"]

router = APIRouter(prefix="/api")

#: Query parameters that select events (all optional), with their help text.
EVENT_FILTERS = {
    "start": "Events whose date span ends on or after this day (YYYY-MM-DD).",
    "end": "Events whose date span starts on or before this day (YYYY-MM-DD).",
    "country": "Country name or ISO3 code.",
    "admin1": "First-level administrative unit (province, governorate).",
    "event_type": "ACLED event type, e.g. Battles.",
    "sub_event_type": "ACLED sub-event type, e.g. Armed clash.",
    "actor": "Part of the name of any actor of the event.",
    "bbox": "min_lon,min_lat,max_lon,max_lat.",
    "modality": "reported, claimed, forecast, denied, hypothetical or background.",
    "q": "Text search in names, places and the quoted evidence.",
    "min_confidence": "Lowest event confidence, 0 to 1.",
    "document_id": "Only events reported by this document.",
    "rejected": "exclude (default) hides events a reviewer rejected; include shows all; only shows just those.",
}
_PAGING = {"limit", "offset", "format", "interval"}


def _store(request: Request) -> Any:
    return request.app.state.store


def _filters(request: Request) -> dict[str, Any]:
    """The event filters given in the query string; an unknown parameter is a 422, not ignored."""
    params = request.query_params
    unknown = sorted(set(params) - set(EVENT_FILTERS) - _PAGING)
    if unknown:
        raise BadRequest(f"unknown parameter {unknown[0]!r}; use: {', '.join([*EVENT_FILTERS, 'limit', 'offset'])}")
    found: dict[str, Any] = {k: params[k] for k in EVENT_FILTERS if params.get(k)}
    rejected = found.pop("rejected", "exclude")
    choices = {"exclude": False, "include": None, "only": True}
    if rejected not in choices:
        raise BadRequest(f"rejected={rejected!r} must be exclude, include or only")
    found["rejected"] = choices[rejected]
    return found


def _reviewed(events: list[Event], revisions: list[Revision]) -> list[dict[str, Any]]:
    """Each event as corrected by its reviewers, with a ``review`` summary."""
    by_event: dict[str, list[Revision]] = {}
    for revision in revisions:
        by_event.setdefault(revision.event_id, []).append(revision)
    out = []
    for event in events:
        revs = by_event.get(event.id, [])
        data = apply_revisions(event, revs).model_dump(mode="json")
        data["review"] = {"rejected": is_rejected(revs), "revised": sorted({r.field for r in revs} - {"rejected"})}
        out.append(data)
    return out


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    nxt = offset + limit < total
    return {
        "total": total, "limit": limit, "offset": offset,
        "next": str(request.url.include_query_params(offset=offset + limit)) if nxt else None,
    }


@router.get("", summary="What this server holds")
def index(request: Request) -> dict[str, Any]:
    store = _store(request)
    return {
        "ok": True, "name": "eventwire", "version": request.app.version,
        "events": store.count_events(), "documents": store.count_documents(),
        "writes": bool(request.app.state.token), "max_page": request.app.state.max_page,
        "endpoints": sorted(request.app.openapi()["paths"]), "docs": "/docs", "openapi": "/openapi.json",
    }


@router.get("/events", summary="Events, filtered and paged", description="\n".join(
    f"- `{k}`: {v}" for k, v in EVENT_FILTERS.items()))
def list_events(
    request: Request,
    start: Optional[str] = None, end: Optional[str] = None, country: Optional[str] = None,
    admin1: Optional[str] = None, event_type: Optional[str] = None, sub_event_type: Optional[str] = None,
    actor: Optional[str] = None, bbox: Optional[str] = None, modality: Optional[str] = None,
    q: Optional[str] = None, min_confidence: Optional[str] = None, document_id: Optional[str] = None,
    rejected: Literal["exclude", "include", "only"] = "exclude",
    limit: int = Query(100, ge=1, description="Page size (at most the server's max_page)."),
    offset: int = Query(0, ge=0),
    format: Literal["json", "geojson", "csv"] = Query("json", description="json, geojson or csv (ACLED columns)."),
) -> Any:
    store = _store(request)
    max_page = request.app.state.max_page
    if limit > max_page:
        raise BadRequest(f"limit={limit} is above this server's page size limit {max_page}; page with offset")
    filters = _filters(request)
    events = store.events(**filters, limit=limit, offset=offset)
    revisions = store.revisions(*[e.id for e in events]) if events else []
    if format == "json":
        total = store.count_events(**filters)
        return {"ok": True, **_page_links(request, total, limit, offset), "events": _reviewed(events, revisions)}
    corrected = [Event.model_validate({k: v for k, v in e.items() if k != "review"})
                 for e in _reviewed(events, revisions)]
    from ..export import export

    out = io.StringIO()
    if format == "geojson":
        export(corrected, "geojson", out)
        return Response(out.getvalue(), media_type="application/geo+json")
    ids = {s.document_id for e in corrected for s in e.sources}
    documents = {i: d for i in ids if (d := store.document(i)) is not None}
    export(corrected, "acled", out, documents=documents)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="eventwire-events.csv"'})


@router.get("/timeline", summary="How many events per day or week")
def timeline(request: Request, interval: Literal["day", "week"] = "day") -> dict[str, Any]:
    """Events counted by the first day of their date span (weeks start on Monday)."""
    counts: dict[dt.date, int] = {}
    undated = 0
    for event in _store(request).events(**_filters(request)):
        if event.date is None or event.date.start is None:
            undated += 1
            continue
        day = event.date.start
        if interval == "week":
            day -= dt.timedelta(days=day.weekday())
        counts[day] = counts.get(day, 0) + 1
    buckets = [{"date": d.isoformat(), "count": n} for d, n in sorted(counts.items())]
    return {"ok": True, "interval": interval, "buckets": buckets, "undated": undated}


@router.get("/facets", summary="Values of event type, country, admin1 and modality, with counts")
def facets(request: Request) -> dict[str, Any]:
    return {"ok": True, **_store(request).facets()}


@router.get("/events/{event_id}", summary="One event with each source's text, evidence and claimant")
def one_event(request: Request, event_id: str) -> dict[str, Any]:
    store = _store(request)
    machine = store.event(event_id)
    if machine is None:
        raise EventNotFound(event_id)
    revisions = store.revisions(event_id)
    event = apply_revisions(machine, revisions)
    rows = {r["document_id"]: r for r in store.event_sources(event_id)}
    sources = []
    for source in event.sources:
        document = store.document(source.document_id)
        row = rows.get(source.document_id, {"claimant": None, "evidence": []})
        entry: dict[str, Any] = {"document_id": source.document_id, "url": source.url, "claimant": row["claimant"],
                                 "stored": document is not None}
        if document is not None:
            entry.update(title=document.title, published=document.published and document.published.isoformat(),
                         source_name=document.source_name, url=document.url or source.url)
            # machine spans first, then any a reviewer's value carries
            view = source_view(event, document.text, row["evidence"])
            entry.update(view)
        sources.append(entry)
    return {
        "ok": True,
        "event": event.model_dump(mode="json"),
        "machine": machine.model_dump(mode="json"),
        "review": {"rejected": is_rejected(revisions), "revisions": [r.model_dump(mode="json") for r in revisions]},
        "sources": sources,
    }


@router.get("/events/{event_id}/revisions", summary="The reviewer corrections of one event, oldest first")
def event_revisions(request: Request, event_id: str) -> dict[str, Any]:
    store = _store(request)
    if store.event(event_id) is None:
        raise EventNotFound(event_id)
    revisions = store.revisions(event_id)
    return {"ok": True, "rejected": is_rejected(revisions), "revisions": [r.model_dump(mode="json") for r in revisions]}


@router.get("/documents", summary="Stored documents (without their text)")
def list_documents(request: Request, limit: int = Query(100, ge=1), offset: int = Query(0, ge=0)) -> dict[str, Any]:
    max_page = request.app.state.max_page
    if limit > max_page:
        raise BadRequest(f"limit={limit} is above this server's page size limit {max_page}; page with offset")
    documents = _store(request).documents()
    page = documents[offset : offset + limit]
    rows = [{**d.model_dump(mode="json", exclude={"text"}), "length": len(d.text)} for d in page]
    return {"ok": True, **_page_links(request, len(documents), limit, offset), "documents": rows}


@router.get("/documents/{document_id}", summary="One document with its text and the ids of its events")
def one_document(request: Request, document_id: str) -> dict[str, Any]:
    store = _store(request)
    document = store.document(document_id)
    if document is None:
        raise EventNotFound(document_id, kind="document")
    events = [e.id for e in store.events(document_id=document_id)]
    return {"ok": True, "document": document.model_dump(mode="json"), "events": events}


@router.get("/actors", summary="Actor names with how many events name them")
def list_actors(request: Request, q: Optional[str] = None, limit: int = Query(100, ge=1),
                offset: int = Query(0, ge=0)) -> dict[str, Any]:
    max_page = request.app.state.max_page
    if limit > max_page:
        raise BadRequest(f"limit={limit} is above this server's page size limit {max_page}; page with offset")
    store = _store(request)
    rows = store.actors(q, limit=limit, offset=offset)
    return {"ok": True, **_page_links(request, store.count_actors(q), limit, offset), "actors": rows}
