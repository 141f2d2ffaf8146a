"""Event filters shared by every store and exporter: one definition, two evaluators.

``EventFilter`` holds what a user can ask for (date range, country, event type, bbox,
document). ``matches(event)`` evaluates it in Python (memory store, exporters over an
iterable); the SQL store translates the same fields into a WHERE clause.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..errors import StoreError
from ..model import Event

__all__ = ["EventFilter"]


def _date(value: object, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(f"filter {name}={value!r} is not a date (use YYYY-MM-DD)") from None


@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field is optional; all given fields must match.

    ``start``/``end``: the event's date span overlaps [start, end] (events without a date
    never match a date filter). ``country``: country name or ISO3 (case-insensitive).
    ``bbox``: (min_lon, min_lat, max_lon, max_lat).
    """

    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None
    event_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    document_id: str | None = None
    limit: int | None = None

    @classmethod
    def build(
        cls,
        *,
        start: object = None,
        end: object = None,
        country: str | None = None,
        event_type: str | None = None,
        bbox: tuple[float, float, float, float] | list[float] | str | None = None,
        document_id: str | None = None,
        limit: int | None = None,
    ) -> EventFilter:
        if isinstance(bbox, str):
            try:
                bbox = tuple(float(x) for x in bbox.split(","))  # type: ignore[assignment]
            except ValueError:
                raise StoreError(f"bbox {bbox!r} must be min_lon,min_lat,max_lon,max_lat") from None
        if bbox is not None:
            if len(bbox) != 4:
                raise StoreError(f"bbox {bbox!r} must have four numbers: min_lon,min_lat,max_lon,max_lat")
            bbox = tuple(float(x) for x in bbox)  # type: ignore[assignment]
        return cls(
            start=_date(start, "start"),
            end=_date(end, "end"),
            country=country or None,
            event_type=event_type or None,
            bbox=bbox,  # type: ignore[arg-type]
            document_id=document_id or None,
            limit=limit,
        )

    def matches(self, event: Event) -> bool:
        if self.event_type and event.event_type.lower() != self.event_type.lower():
            return False
        if self.start or self.end:
            if event.date is None or event.date.start is None:
                return False
            ev_end = event.date.end or event.date.start
            if self.start and ev_end < self.start:
                return False
            if self.end and event.date.start > self.end:
                return False
        loc = event.location
        if self.country:
            wanted = self.country.lower()
            if loc is None or wanted not in {(loc.country or "").lower(), (loc.iso3 or "").lower()}:
                return False
        if self.bbox:
            if loc is None or loc.lat is None or loc.lon is None:
                return False
            min_lon, min_lat, max_lon, max_lat = self.bbox
            if not (min_lon <= loc.lon <= max_lon and min_lat <= loc.lat <= max_lat):
                return False
        if self.document_id and all(s.document_id != self.document_id for s in event.sources):
            return False
        return True
