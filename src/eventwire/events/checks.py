"""Plausibility checks on a finished event: problems are written into the record, never hidden.

``check_event(event, document_published, population=None)`` returns a copy of ``event`` with one
line per problem appended to ``Event.flags`` ("code: explanation") and the confidence of the
field at fault lowered to at most ``FLAGGED_CONFIDENCE``. Nothing is removed or corrected: a
flagged value stays in the record so a reader can see what the text said.

=========================  ==============================================================
code                       when
=========================  ==============================================================
impossible_date            the date expression names no calendar day ("February 30")
date_after_publication     a reported, claimed, denied or background event dated after the
                           document's publication
date_range_reversed        the date range ends before it starts
toll_range_inconsistent    the death toll's low > best or best > high
toll_above_population      more dead than the population of the event's place (GeoNames
                           population of the place itself, or of its country when the place
                           has none; unknown populations are never guessed)
=========================  ==============================================================

The checks are idempotent: running them twice adds no second copy of a flag.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..model import Event

if TYPE_CHECKING:
    from ..geo.base import Gazetteer
    from ..model import Place

__all__ = ["FLAGGED_CONFIDENCE", "check_event", "place_population"]

#: the highest confidence a flagged field keeps.
FLAGGED_CONFIDENCE = 0.2
_PAST_MODALITIES = {"reported", "claimed", "denied", "background"}


def check_event(
    event: Event,
    document_published: dt.date | None,
    population: int | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> Event:
    """A copy of ``event`` with its plausibility problems flagged (see the module docstring); a
    shallow copy when there is no problem to flag (nothing in it is changed).

    ``population`` is the population of the event's place when the caller knows it; otherwise it is
    looked up in ``gazetteer`` (the default GeoNames index when None and the place has a GeoNames id).

    >>> from eventwire.model import Count, Event, Plover
    >>> ev = Event(id="e1", event_type="Battles", sub_event_type="Armed clash", plover=Plover(type="FIGHT"),
    ...            fatalities=Count(best=900, low=900, high=900, confidence=0.8))
    >>> checked = check_event(ev, None, population=350)
    >>> checked.flags[0].split(":")[0], checked.fatalities.confidence
    ('toll_above_population', 0.2)
    """
    problems = _problems(event, document_published, population, gazetteer)
    if not problems:  # nothing to write into the record: no deep copy (most events)
        return event.model_copy()
    ev = event.model_copy(deep=True)
    for flag, field in problems:
        at_fault = getattr(ev, field)
        at_fault.confidence = min(at_fault.confidence, FLAGGED_CONFIDENCE)
        code = flag.split(":", 1)[0]
        if not any(f.split(":", 1)[0] == code for f in ev.flags):
            ev.flags.append(flag)
    return ev


def _problems(ev: Event, document_published: dt.date | None, population: int | None,
              gazetteer: Gazetteer | None) -> list[tuple[str, str]]:
    """(flag, the field at fault: "date" or "fatalities") for each problem of ``ev``, in order."""
    flags: list[tuple[str, str]] = []
    date = ev.date
    if date is not None:
        if date.start is None and date.evidence and "impossible date" in (date.description or ""):
            flags.append((f"impossible_date: {date.evidence[0].text!r} is not a day of the calendar", "date"))
        if date.start is not None and date.end is not None and date.end < date.start:
            flags.append((f"date_range_reversed: the range ends ({date.end}) before it starts ({date.start})",
                          "date"))
        if (
            document_published is not None
            and date.start is not None
            and date.start > document_published
            and ev.modality in _PAST_MODALITIES
        ):
            flags.append((
                f"date_after_publication: a {ev.modality} event dated {date.start}, after the document's "
                f"publication on {document_published}", "date"
            ))
    toll = ev.fatalities
    if toll is not None:
        if not toll.low <= toll.best <= toll.high:
            flags.append((f"toll_range_inconsistent: low {toll.low}, best {toll.best}, high {toll.high}",
                          "fatalities"))
        pop, where = (population, "the place") if population else _population_of(ev.location, gazetteer)
        if pop and toll.best > pop:
            flags.append((f"toll_above_population: {toll.best} dead but {where} has a population of {pop:,}",
                          "fatalities"))
    return flags


def _population_of(place: Place | None, gazetteer: Gazetteer | None) -> tuple[int | None, str]:
    if place is None:
        return None, ""
    pop = place_population(place, gazetteer)
    if pop:
        return pop, repr(place.name)
    if place.country:  # a place with no known population: the country's is still an upper bound
        country = place_population_by_name(place.country, "A.PCLI", gazetteer)
        if country:
            return country, f"{place.country} (the country)"
    return None, ""


def place_population(place: Place, gazetteer: Gazetteer | None = None) -> int | None:
    """The GeoNames population of ``place`` (None when unknown: no id, or 0 in the index, as for
    admin areas and villages below 500 people)."""
    if place.geonames_id is None:
        return None
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    if gaz is None:
        return None
    for candidate in gaz.lookup(place.name):
        if candidate.geonames_id == place.geonames_id:
            return candidate.population or None
    return None


def place_population_by_name(name: str, feature_code: str, gazetteer: Gazetteer | None = None) -> int | None:
    """The population of the gazetteer entry called ``name`` with ``feature_code`` (e.g. a country,
    "A.PCLI"); None when there is no such entry or no population."""
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    if gaz is None:
        return None
    pops = [c.population for c in gaz.lookup(name) if c.feature_code == feature_code and c.population]
    return max(pops) if pops else None


def _default_gazetteer() -> Gazetteer | None:
    from ..errors import EventwireError
    from ..geo.geonames import default_gazetteer

    try:
        return default_gazetteer()
    except (EventwireError, OSError):  # no index and it cannot be built: populations stay unknown
        return None
