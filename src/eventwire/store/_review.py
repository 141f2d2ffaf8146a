"""Reviewer corrections: a revision history beside the machine's record, never over it.

A ``Revision`` sets one field of an event (``actor1``, ``location``, ``fatalities`` ...)
to a new value, or marks the event rejected (field ``rejected``, value true/false). The
store keeps the machine's event as extracted and every revision in order;
``apply_revisions`` gives the event as corrected, ``is_rejected`` whether it stands
rejected. Re-extracting a document with a newer pipeline keeps its events' revisions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import BadRevision
from ..model import Event

__all__ = ["REJECTED", "REVISABLE", "Revision", "apply_revisions", "check_revision", "is_rejected"]

REJECTED = "rejected"
#: Event fields a reviewer may correct (id, sources and the machine's evidence stay).
REVISABLE = (
    "event_type", "sub_event_type", "disorder_type", "plover", "cameo", "actor1", "actor2", "assoc_actors",
    "location", "date", "fatalities", "counts", "modality", "claimant", "confidence",
)


class Revision(BaseModel):
    """One reviewer correction of one field of one event."""

    model_config = ConfigDict(extra="forbid")

    id: int = Field(description="Order of the revision in the store (later wins).")
    event_id: str
    field: str = Field(description="An Event field name, or 'rejected'.")
    value: Any = Field(description="The field's new value as JSON (null clears it).")
    author: str | None = None
    note: str | None = Field(default=None, description="Why the reviewer changed it.")
    at: dt.datetime


def check_revision(event: Event, field: str, value: Any) -> Any:
    """The JSON value ``field`` takes once set to ``value`` on ``event``; BadRevision when it does not fit."""
    if field == REJECTED:
        if not isinstance(value, bool):
            raise BadRevision(f"'rejected' takes true or false, not {value!r}")
        return value
    if field not in REVISABLE:
        raise BadRevision(f"field {field!r} cannot be revised; use one of: {', '.join((*REVISABLE, REJECTED))}")
    data = event.model_dump(mode="json")
    data[field] = value
    try:
        revised = Event.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors(include_url=False)
        )
        raise BadRevision(f"{field} does not fit the event record: {problems}") from None
    return revised.model_dump(mode="json")[field]


def apply_revisions(event: Event, revisions: Iterable[Revision]) -> Event:
    """``event`` with each revision of it applied in order (rejections change no field)."""
    update = {}
    for revision in sorted(revisions, key=lambda r: r.id):
        if revision.event_id == event.id and revision.field != REJECTED:
            update[revision.field] = revision.value
    if not update:
        return event
    return Event.model_validate({**event.model_dump(mode="json"), **update})


def is_rejected(revisions: Iterable[Revision]) -> bool:
    """Whether the latest 'rejected' revision says so."""
    state = False
    for revision in sorted(revisions, key=lambda r: r.id):
        if revision.field == REJECTED:
            state = bool(revision.value)
    return state
