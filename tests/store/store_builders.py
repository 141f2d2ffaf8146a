"""Builders for documents, events and results used by the store, link and export tests."""

from __future__ import annotations

import datetime as dt

from eventwire.model import (
    Actor, Count, DateSpan, Document, Event, Evidence, Interaction, Place, Plover, Result, content_id,
)


def make_doc(text: str, published: str = "2018-07-24", url: str | None = None) -> Document:
    return Document(id=content_id(text), text=text, published=dt.date.fromisoformat(published), url=url)


def make_event(
    doc: Document,
    event_id: str,
    *,
    event_type: str = "Battles",
    date: str = "2018-07-24",
    place: str = "Hajin",
    country: str = "Syria",
    iso3: str = "SYR",
    lat: float = 34.695,
    lon: float = 40.831,
    killed: int | None = None,
    actor1: str = "Islamic State",
) -> Event:
    """An event whose evidence quotes the first word of ``doc``."""
    word = doc.text.split()[0]
    ev = [Evidence(start=0, end=len(word), text=word)]
    day = dt.date.fromisoformat(date)
    return Event(
        id=event_id,
        event_type=event_type,
        sub_event_type="Armed clash" if event_type == "Battles" else "Air/drone strike",
        plover=Plover(type="ASSAULT"),
        actor1=Actor(name=actor1, inter=2, evidence=ev),
        location=Place(name=place, country=country, iso3=iso3, lat=lat, lon=lon, admin1="Deir ez-Zor", precision=1),
        date=DateSpan(start=day, end=day, precision=1),
        fatalities=Count(best=killed, low=killed, high=killed, evidence=ev) if killed is not None else None,
        evidence=ev,
    )


def result(doc: Document, *events: Event, interactions: tuple[Interaction, ...] = ()) -> Result:
    return Result(document=doc, events=list(events), interactions=list(interactions))


def make_interaction(doc: Document, interaction_id: str, *, plover: str = "ACCUSE", date: str = "2018-07-24",
                     actor1: str = "Government of Iran", actor2: str | None = "Israel") -> Interaction:
    """A verbal interaction whose evidence quotes the first word of ``doc``."""
    word = doc.text.split()[0]
    ev = [Evidence(start=0, end=len(word), text=word)]
    day = dt.date.fromisoformat(date)
    return Interaction(
        id=interaction_id, plover=Plover(type=plover), cameo="11",
        actor1=Actor(name=actor1, evidence=ev), actor2=Actor(name=actor2, evidence=ev) if actor2 else None,
        date=DateSpan(start=day, end=day, precision=1), evidence=ev,
    )
