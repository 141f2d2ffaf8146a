"""What two event records of one report can be compared on: whether they are factual, the parties they name,
the sentence each was told in, and whether their toll, country and dates contradict each other. Shared by the
in-document merge (``merging``), the folding of elaborating clauses (``elaboration``) and the reading of
demonstrations (``demonstrations``)."""

from __future__ import annotations

from ..model import Actor, Event, Evidence

__all__ = ["FACTUAL", "dates_overlap", "known_name", "no_conflicting_facts", "own_sentence"]

#: the modalities of an event told as having happened
FACTUAL = ("reported", "claimed")
# classes of people, not parties: "them", "a man", "the crowd" resolve to these
_UNNAMED = ("Unidentified", "Civilians", "Protesters", "Rioters")


def known_name(actor: Actor | None) -> str | None:
    """The actor's name when the text names who it is (not "them", "a fighter", "gunmen")."""
    if actor is None or not actor.known or actor.name.startswith(_UNNAMED):
        return None
    return actor.name


def dates_overlap(a: Event, b: Event) -> bool:
    """The two events' date ranges overlap, or one of them is not a full range."""
    if a.date and b.date and a.date.start and b.date.start and a.date.end and b.date.end:
        return not (a.date.end < b.date.start or b.date.end < a.date.start)
    return True


def no_conflicting_facts(a: Event, b: Event) -> bool:
    """No different death toll, no different country, no disjoint dates (what is unknown contradicts nothing)."""
    if a.fatalities and b.fatalities and a.fatalities.best != b.fatalities.best:
        return False
    if a.location and b.location and a.location.country and b.location.country \
            and a.location.country != b.location.country:
        return False
    return dates_overlap(a, b)


def own_sentence(ev: Event) -> Evidence | None:
    """The sentence the event was told in: the longest evidence span that contains its trigger (its first span).
    Folding and merging append other clauses' and sentences' evidence, so the last span is not always it."""
    if not ev.evidence:
        return None
    trig = ev.evidence[0]
    spans = [e for e in ev.evidence[1:] if e.start <= trig.start and trig.end <= e.end and e.end - e.start > trig.end - trig.start]
    return max(spans, key=lambda e: e.end - e.start) if spans else None
