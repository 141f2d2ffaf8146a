"""When are two event reports the same real-world event? The rule, with its thresholds.

Two events ``a`` and ``b`` are linked when ALL of these hold (``LinkRules`` holds the numbers):

1. **Different reports.** They share no source document: one article that describes two
   attacks describes two events.
2. **Compatible type.** The same ACLED ``event_type``; or both are lethal violence
   (Battles, Explosions/Remote violence, Violence against civilians) and
   ``allow_cross_type`` is on (off by default: a reporter's "shelling" is another's "clash").
3. **Overlapping dates.** Both dated, and their spans overlap once each is widened by
   ``date_slack_days`` (default 1: "yesterday" in a next-morning report).
4. **Same place.** Different countries never link. When both locations are point-level
   (UCDP where_prec <= ``point_precision``, default 3) and have coordinates, they are at most
   ``max_km`` apart (default 25 km). Otherwise both name the same admin1 (province); an
   event located only at country level links only when condition 5 finds a shared actor.
5. **Compatible actors.** When both name actors (actor1, actor2, associated actors), at least
   one canonical name is shared; when one side names none, this does not block the link.

Clustering is complete-linkage: an event joins a cluster only if it is linked to every
member, so chains (A~B, B~C, A far from C) do not merge A and C.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from ..model import Event

__all__ = ["LETHAL", "LinkRules", "distance_km"]

LETHAL = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def _actors(event: Event) -> set[str]:
    names = [a.name for a in (event.actor1, event.actor2, *event.assoc_actors) if a is not None]
    return {n.strip().lower() for n in names if n.strip()}


def _span(event: Event) -> tuple[dt.date, dt.date] | None:
    if event.date is None or event.date.start is None:
        return None
    return event.date.start, event.date.end or event.date.start


@dataclass(frozen=True)
class LinkRules:
    """Thresholds of the linking rule (see the module docstring)."""

    date_slack_days: int = 1
    max_km: float = 25.0
    point_precision: int = 3
    allow_cross_type: bool = False

    def why_not(self, a: Event, b: Event) -> str | None:
        """None when ``a`` and ``b`` are the same event, else the first condition that fails."""
        docs_a = {s.document_id for s in a.sources}
        if docs_a & {s.document_id for s in b.sources}:
            return "same document"
        if a.event_type != b.event_type and not (
            self.allow_cross_type and a.event_type in LETHAL and b.event_type in LETHAL
        ):
            return f"type {a.event_type} vs {b.event_type}"
        sa, sb = _span(a), _span(b)
        if sa is None or sb is None:
            return "undated"
        slack = dt.timedelta(days=self.date_slack_days)
        if sa[0] - slack > sb[1] or sb[0] - slack > sa[1]:
            return f"dates {sa[0]}..{sa[1]} vs {sb[0]}..{sb[1]}"
        actors_a, actors_b = _actors(a), _actors(b)
        shared_actor = bool(actors_a & actors_b)
        if actors_a and actors_b and not shared_actor:
            return "no shared actor"
        la, lb = a.location, b.location
        if la is None or lb is None:
            return "no location"
        ca, cb = (la.iso3 or la.country or "").lower(), (lb.iso3 or lb.country or "").lower()
        if not ca or not cb or ca != cb:
            return f"country {ca or '?'} vs {cb or '?'}"
        if self._point(la) and self._point(lb):
            km = distance_km(la.lat, la.lon, lb.lat, lb.lon)  # type: ignore[arg-type]
            return None if km <= self.max_km else f"{km:.0f} km apart"
        if la.admin1 and lb.admin1:
            return None if la.admin1.lower() == lb.admin1.lower() else f"admin1 {la.admin1} vs {lb.admin1}"
        return None if shared_actor else "location too vague without a shared actor"

    def _point(self, place) -> bool:  # type: ignore[no-untyped-def]
        return (
            place.lat is not None
            and place.lon is not None
            and (place.precision is None or place.precision <= self.point_precision)
        )

    def same_event(self, a: Event, b: Event) -> bool:
        return self.why_not(a, b) is None
