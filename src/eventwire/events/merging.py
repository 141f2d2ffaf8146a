"""One real-world event, one record: the mentions of a report merged.

Two mentions are one event when they have the same ACLED type and sub-type, compatible actors (no actor of one
contradicts the same role in the other), no conflicting death tolls, overlapping or unknown dates and the same
country (or an unknown one). A forecast or hypothetical mention merges into a factual one it matches; background
never merges with current. Clauses that tell more of an event (its weapon, its toll, its victim, in the same
sentence or the next) are then folded into it (``elaboration.fold_elaborations``).
"""

from __future__ import annotations

from ..model import Event, Place
from .comparing import FACTUAL, known_name, no_conflicting_facts
from .elaboration import fold_elaborations

__all__ = ["merge_in_document"]


def _names(ev: Event) -> tuple[str | None, str | None]:
    return (ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None)


def _compatible(a: Event, b: Event) -> bool:
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type):
        return False
    if (a.modality == "background") != (b.modality == "background"):
        return False
    a1, a2 = _names(a)
    b1, b2 = _names(b)
    if a1 and b1 and a1 != b1 or a2 and b2 and a2 != b2:
        return False
    if not ({a1, a2} - {None}) & ({b1, b2} - {None}):
        return False
    return no_conflicting_facts(a, b)


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if (b.precision or 9) < (a.precision or 9) else a


_SPECULATIVE = ("forecast", "hypothetical")


def _concerns(speculation: Event, fact: Event) -> bool:
    """Is a forecast or hypothetical ("we want to make sure we kill them all") about a factual event
    of the document? Same event type, no named actor of the speculation that is not a party to the
    fact (unnamed ones, "them", "a fighter", are no contradiction), and the same country."""
    if speculation.event_type != fact.event_type:
        return False
    parties = set(_names(fact)) - {None}
    if any(name is not None and name not in parties for name in map(known_name, (speculation.actor1, speculation.actor2))):
        return False
    a, b = speculation.location, fact.location
    return not (a and b and a.country and b.country and a.country != b.country)


def _merge(into: Event, other: Event, corroborates: bool = True) -> Event:
    """``into`` completed by ``other``; a second report raises the confidence, a forecast
    about the event (``corroborates=False``) does not."""
    data = into.model_copy(deep=True)
    data.actor1 = data.actor1 or other.actor1
    data.actor2 = data.actor2 or other.actor2
    for a in other.assoc_actors:
        if all(a.name != b.name for b in data.assoc_actors):
            data.assoc_actors.append(a)
    data.location = _better_place(data.location, other.location)
    if data.date is None or (other.date is not None and (other.date.precision or 9) < (data.date.precision or 9)):
        data.date = other.date or data.date
    data.fatalities = data.fatalities or other.fatalities
    data.counts = data.counts + [c for c in other.counts if all(c.kind != d.kind for d in data.counts)]
    if other.claimant is not None and (data.claimant is None or (other.claimant.role and not data.claimant.role)):
        data.claimant = other.claimant
    data.evidence = data.evidence + [e for e in other.evidence if e not in data.evidence]
    if corroborates:
        data.confidence = round(min(1.0, max(data.confidence, other.confidence) + 0.05), 2)
    return data


def merge_in_document(events: list[Event]) -> list[Event]:
    """One record per real-world event. Forecasts and hypotheticals are modalities of the event
    they concern: one about a factual event of the document (``_concerns``) is merged into it as
    evidence, and one with no named actor at all ("we kill them all") is not a record."""
    rank = {"reported": 0, "claimed": 0, "denied": 1, "forecast": 2, "hypothetical": 2, "background": 3}
    order = sorted(range(len(events)), key=lambda i: (rank[events[i].modality], i))
    merged: list[Event] = []
    for i in order:
        ev = events[i]
        speculative = ev.modality in _SPECULATIVE
        for k, kept in enumerate(merged):
            factual_pair = kept.modality in FACTUAL or ev.modality == kept.modality
            if factual_pair and _compatible(kept, ev):
                merged[k] = _merge(kept, ev)
                break
            if speculative and kept.modality in FACTUAL and _concerns(ev, kept):
                merged[k] = _merge(kept, ev, corroborates=False)
                break
        else:
            if speculative and known_name(ev.actor1) is None and known_name(ev.actor2) is None:
                continue
            merged.append(ev)
    # keep document order
    first = {ev.id: min(e.start for e in ev.evidence) for ev in merged}
    return fold_elaborations(sorted(merged, key=lambda ev: first[ev.id]), _merge)
