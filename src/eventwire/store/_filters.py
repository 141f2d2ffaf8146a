"""Event filters shared by every store and exporter: one definition, two evaluators.

``EventFilter`` holds what a user can ask for (date range, country, admin1, event and
sub-event type, actor, bbox, modality, text search, minimum confidence, document,
reviewer rejection, page). ``matches(event)`` evaluates it in Python (memory store,
exporters over an iterable); the SQL store translates the same fields into a WHERE clause.
``search_text(event)`` is the text that ``q`` searches (names, places, quoted evidence).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from typing import get_args

from ..errors import BadFilter
from ..model import Event, Modality

__all__ = ["EventFilter", "search_text"]

MODALITIES = get_args(Modality)


def search_text(event: Event) -> str:
    """What a text search (``q``) looks in, lowercased: types, actor names and mentions,
    place names, claimant, and every quoted evidence span of the event."""
    parts: list[str | None] = [event.event_type, event.sub_event_type]
    for actor in (event.actor1, event.actor2, *event.assoc_actors):
        if actor is not None:
            parts += [actor.name, actor.mention, *(e.text for e in actor.evidence)]
    if event.location is not None:
        loc = event.location
        parts += [loc.name, loc.admin1, loc.admin2, loc.country, *(e.text for e in loc.evidence)]
    if event.claimant is not None:
        parts += [event.claimant.name, event.claimant.role, *(e.text for e in event.claimant.evidence)]
    if event.date is not None:
        parts += [e.text for e in event.date.evidence]
    for count in (event.fatalities, *event.counts):
        if count is not None:
            parts += [e.text for e in count.evidence]
    parts += [e.text for e in event.evidence]
    return "\n".join(p for p in parts if p).lower()


def _number(value: object, name: str, *, low: float | None = None, high: float | None = None) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise BadFilter(f"filter {name}={value!r} is not a number") from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise BadFilter(f"filter {name}={value!r} must be between {low} and {high}")
    return number


def _count(value: object, name: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise BadFilter(f"filter {name}={value!r} is not a whole number") from None
    if number < 0:
        raise BadFilter(f"filter {name}={value!r} must not be negative")
    return number


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
        raise BadFilter(f"filter {name}={value!r} is not a date (use YYYY-MM-DD)") from None


@dataclass(frozen=True)
class EventFilter:
    """What to select. Every field is optional; all given fields must match.

    ``start``/``end``: the event's date span overlaps [start, end] (events without a date
    never match a date filter). ``country``: country name or ISO3 (case-insensitive).
    ``admin1``, ``event_type``, ``sub_event_type``, ``modality``: equal, case-insensitive.
    ``actor``: part of the name of actor1, actor2 or an associated actor. ``q``: part of
    ``search_text(event)``. ``min_confidence``: the event's confidence is at least this.
    ``bbox``: (min_lon, min_lat, max_lon, max_lat). ``rejected``: True only events a reviewer
    rejected, False only the others, None both. ``limit``/``offset``: one page, after sorting.
    Filters see the machine's values, not reviewer corrections.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None
    event_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    document_id: str | None = None
    limit: int | None = None
    admin1: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    modality: str | None = None
    q: str | None = None
    min_confidence: float | None = None
    rejected: bool | None = None
    offset: int = 0

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
        admin1: str | None = None,
        sub_event_type: str | None = None,
        actor: str | None = None,
        modality: str | None = None,
        q: str | None = None,
        min_confidence: object = None,
        rejected: bool | None = None,
        offset: int | None = None,
    ) -> EventFilter:
        if isinstance(bbox, str):
            try:
                bbox = tuple(float(x) for x in bbox.split(","))  # type: ignore[assignment]
            except ValueError:
                raise BadFilter(f"bbox {bbox!r} must be min_lon,min_lat,max_lon,max_lat") from None
        if bbox is not None:
            if len(bbox) != 4:
                raise BadFilter(f"bbox {bbox!r} must have four numbers: min_lon,min_lat,max_lon,max_lat")
            bbox = tuple(float(x) for x in bbox)  # type: ignore[assignment]
            min_lon, min_lat, max_lon, max_lat = bbox  # type: ignore[misc]
            if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
                raise BadFilter(f"bbox {bbox!r} must be min_lon,min_lat,max_lon,max_lat within -180..180, -90..90 "
                                "with min <= max")
        if modality and modality.lower() not in MODALITIES:
            raise BadFilter(f"modality {modality!r} must be one of {', '.join(MODALITIES)}")
        return cls(
            start=_date(start, "start"),
            end=_date(end, "end"),
            country=country or None,
            event_type=event_type or None,
            bbox=bbox,  # type: ignore[arg-type]
            document_id=document_id or None,
            limit=_count(limit, "limit"),
            admin1=admin1 or None,
            sub_event_type=sub_event_type or None,
            actor=(actor or "").strip().lower() or None,
            modality=modality.lower() if modality else None,
            q=(q or "").strip().lower() or None,
            min_confidence=_number(min_confidence, "min_confidence", low=0.0, high=1.0),
            rejected=rejected,
            offset=_count(offset, "offset") or 0,
        )

    def page(self, events: list[Event]) -> list[Event]:
        """The page ``offset``/``limit`` of an already sorted list."""
        end = None if self.limit is None else self.offset + self.limit
        return events[self.offset : end]

    def matches(self, event: Event, rejected_ids: frozenset[str] | set[str] = frozenset()) -> bool:
        """Whether ``event`` passes every filter but the page (``rejected_ids``: ids a reviewer rejected)."""
        if self.event_type and event.event_type.lower() != self.event_type.lower():
            return False
        if self.sub_event_type and event.sub_event_type.lower() != self.sub_event_type.lower():
            return False
        if self.modality and event.modality != self.modality:
            return False
        if self.min_confidence is not None and event.confidence < self.min_confidence:
            return False
        if self.rejected is not None and (event.id in rejected_ids) != self.rejected:
            return False
        if self.actor:
            names = [a.name.lower() for a in (event.actor1, event.actor2, *event.assoc_actors) if a is not None]
            if not any(self.actor in name for name in names):
                return False
        if self.q and self.q not in search_text(event):
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
        if self.admin1 and (loc is None or (loc.admin1 or "").lower() != self.admin1.lower()):
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
