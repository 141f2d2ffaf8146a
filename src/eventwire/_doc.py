"""The ``doc._.ew_*`` extension attributes eventwire's components read and write.

Components never add core attributes to spaCy objects: they write spans into
``doc.spans["ew_<kind>"]`` and records into these extensions. Registration happens
when a pipeline is built (importing eventwire has no side effects).

Offsets: spaCy objects carry offsets into the *cleaned* text; everything public
(``Evidence``, ``Toponym``) carries offsets into the original, built through
``doc._.ew_clean.evidence(start_char, end_char)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .model import Count, DateSpan, Toponym

__all__ = ["ActorMention", "CountMention", "DateMention", "PlaceMention", "doc_text", "ensure_extensions", "evidence"]


@dataclass
class PlaceMention:
    """A toponym in the cleaned doc and its public record (offsets into the original)."""

    span: Span
    toponym: Toponym
    role: str = "place"  # place | demonym | metonym | region | relational


@dataclass
class DateMention:
    """A date expression resolved against the publication date."""

    span: Span
    date: DateSpan
    tense: str = "past"  # past | ongoing | future | background


@dataclass
class CountMention:
    """A number of people: best/low/high, and what happened to them if said."""

    span: Span
    count: Count
    head: str = ""  # the counted noun's lemma ("leader", "civilian", "fighter")
    casualty: bool = False  # True when tied to killed/wounded/... wording


@dataclass
class ActorMention:
    span: Span
    actor_id: str  # canonical id in the actor knowledge base, or "" when unknown
    name: str
    extra: dict[str, object] = field(default_factory=dict)


_EXTENSIONS = {
    "ew_clean": None,  # CleanText
    "ew_published": None,  # datetime.date | None
    "ew_places": None,  # list[PlaceMention]
    "ew_dates": None,  # list[DateMention]
    "ew_counts": None,  # list[CountMention]
    "ew_actors": None,  # list[ActorMention]
    "ew_events": None,  # list[eventwire.events.draft.EventDraft]
}


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc and kept in ``doc.user_data`` (spaCy joins every token's text
    again each time it is asked; the stages read it many times). Docs are not retokenized after the parse."""
    text = doc.user_data.get("ew_text")
    if text is None:
        text = doc.user_data["ew_text"] = doc.text
    return text


def ensure_extensions() -> None:
    from spacy.tokens import Doc

    for name, default in _EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def evidence(doc: Doc, start_char: int, end_char: int):  # type: ignore[no-untyped-def]
    """An ``Evidence`` for a cleaned-text char span of ``doc``."""
    from .clean import CleanText

    clean = doc._.ew_clean
    if clean is None:
        clean = CleanText(doc.text)
        doc._.ew_clean = clean
    return clean.evidence(start_char, end_char)
