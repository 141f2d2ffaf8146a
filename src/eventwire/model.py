"""Typed records at eventwire's boundaries.

Everything that leaves the pipeline (``eventwire.extract``, ``eventwire extract``, the
store, the exports) is one of these pydantic models. Field names are a contract: other
tools read them. ``eventwire schema`` prints the JSON Schema generated from ``Result``.

Every extracted field carries ``evidence``: a list of character spans into the text
the user gave (never into a cleaned copy), with ``text == document.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Actor",
    "Claimant",
    "Count",
    "DateSpan",
    "Document",
    "Event",
    "Evidence",
    "Interaction",
    "Modality",
    "Place",
    "Plover",
    "Result",
    "Source",
    "Toponym",
    "content_id",
]

Modality = Literal["reported", "claimed", "forecast", "denied", "hypothetical", "background"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Record):
    """A character span of the original document text supporting a field."""

    start: int = Field(ge=0, description="Start offset into the original document text.")
    end: int = Field(ge=0, description="End offset (exclusive) into the original text.")
    text: str = Field(description="Exactly document.text[start:end].")
    repaired: str | None = Field(
        default=None,
        description="The cleaned wording the parser saw, when it differs from the original.",
    )


class Actor(_Record):
    """A participant, resolved to a canonical name where the actor knowledge base knows it."""

    name: str = Field(description="Canonical name (e.g. 'Islamic State'), or the text as written.")
    inter: int | None = Field(default=None, ge=0, le=8, description="ACLED inter code 1-8.")
    country: str | None = Field(default=None, description="Country the actor belongs to.")
    sector: str | None = Field(default=None, description="PLOVER/CAMEO sector, e.g. 'MIL', 'REB'.")
    mention: str | None = Field(default=None, description="The words used in the text.")
    known: bool = Field(default=False, description="True when found in the actor knowledge base.")
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class Place(_Record):
    """A location resolved to GeoNames where possible."""

    name: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    feature_code: str | None = Field(default=None, description="GeoNames feature class.code, e.g. 'P.PPL'.")
    precision: int | None = Field(
        default=None, ge=1, le=7, description="UCDP where_prec: 1 exact ... 4 admin1, 6 country, 7 international."
    )
    geo_precision: int | None = Field(
        default=None, ge=1, le=3, description="ACLED geo_precision: 1 town, 2 near/part of region, 3 province."
    )
    description: str | None = Field(default=None, description="Human-readable statement of how the point was chosen.")
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class DateSpan(_Record):
    """When: an absolute date range resolved from the text, with its precision."""

    start: dt.date | None = None
    end: dt.date | None = None
    precision: int | None = Field(
        default=None, ge=1, le=5, description="UCDP date_prec: 1 day, 2 2-6 days, 3 week, 4 month, 5 year or more."
    )
    time_precision: int | None = Field(
        default=None, ge=1, le=3, description="ACLED time_precision: 1 day, 2 week, 3 month."
    )
    description: str | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class Count(_Record):
    """A count of people (killed by default) as best/low/high."""

    best: int = Field(ge=0)
    low: int = Field(ge=0)
    high: int = Field(ge=0)
    kind: str = Field(default="killed", description="killed, wounded, abducted, arrested or displaced; "
                      "strength for the size of a group taking part (force or crowd size, never a toll).")
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(default_factory=list)


class Claimant(_Record):
    """Who says so: the source the article attributes the event to."""

    name: str
    role: str | None = Field(default=None, description="e.g. 'commander of the French forces', 'party'.")
    evidence: list[Evidence] = Field(default_factory=list)


class Plover(_Record):
    """A PLOVER event type (manual draft 2.0, 2024) and, where the text states it, its mode."""

    type: str
    mode: str | None = None


class Source(_Record):
    document_id: str
    url: str | None = None


class Event(_Record):
    """One real-world event, as reported by one or more documents."""

    id: str
    event_type: str = Field(description="ACLED event_type.")
    sub_event_type: str = Field(description="ACLED sub_event_type.")
    disorder_type: str | None = Field(default=None, description="ACLED disorder_type.")
    plover: Plover
    cameo: str | None = Field(default=None, description="CAMEO root code, two digits.")
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = Field(default_factory=list)
    location: Place | None = None
    date: DateSpan | None = None
    fatalities: Count | None = None
    counts: list[Count] = Field(default_factory=list, description="Other counts: wounded, abducted ...")
    modality: Modality = "reported"
    claimant: Claimant | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    flags: list[str] = Field(
        default_factory=list,
        description=(
            "Plausibility problems found in this record, each 'code: explanation' (impossible_date, "
            "date_after_publication, toll_above_population ...); a flagged field has a lowered confidence."
        ),
    )
    evidence: list[Evidence] = Field(default_factory=list, description="Trigger and sentence spans.")
    sources: list[Source] = Field(default_factory=list)


class Interaction(_Record):
    """A verbal or non-violent interaction (a statement of intent, a meeting, an appeal or demand, an
    accusation, a rejection, a threat, a sanction ...), coded in PLOVER and CAMEO only.

    These are not ACLED events (ACLED codes political violence, demonstrations and a closed list of
    strategic developments): they are kept in ``Result.interactions``, never in ``Result.events``, so
    they never reach the ACLED or UCDP exports, the store's event tables or any event count.
    """

    id: str
    plover: Plover
    cameo: str | None = Field(default=None, description="CAMEO root code, two digits.")
    actor1: Actor | None = Field(default=None, description="Who acts (PLOVER 'actor').")
    actor2: Actor | None = Field(default=None, description="To whom (PLOVER 'recipient'), when stated.")
    location: Place | None = None
    date: DateSpan | None = None
    modality: Modality = "reported"
    claimant: Claimant | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: list[Evidence] = Field(
        default_factory=list, description="The trigger first (then the words that changed its type), the sentence last.")
    sources: list[Source] = Field(default_factory=list)


class Toponym(_Record):
    """A place name found in a document, with its resolution (or the reason it has none)."""

    text: str
    start: int
    end: int
    place: Place | None = None
    score: float = 0.0
    reason: str | None = Field(default=None, description="Why the toponym stays unresolved.")


class Document(_Record):
    id: str = Field(description="Content hash of the text (sha256, hex, first 16 bytes).")
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = Field(
        default=None, description="ISO 639-1 code: the reader's when given, else detected by the pipeline."
    )
    source_name: str | None = None
    external_id: str | None = Field(default=None, description="The corpus's own id for this record (--id-field).")


class Result(_Record):
    """What eventwire extracts from one document."""

    document: Document
    events: list[Event] = Field(default_factory=list)
    interactions: list[Interaction] = Field(
        default_factory=list, description="Verbal and non-violent interactions (PLOVER/CAMEO only; not ACLED events).")
    toponyms: list[Toponym] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def content_id(text: str) -> str:
    """The document id: a hash of its text, so the same article is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
