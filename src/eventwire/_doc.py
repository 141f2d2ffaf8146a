"""The ``doc._.ew_*`` extension attributes eventwire's components read and write.

Components never add core attributes to spaCy objects: they write spans into
``doc.spans["ew_<kind>"]`` and records into these extensions. Registration happens
when a pipeline is built (importing eventwire has no side effects).

Offsets: spaCy objects carry offsets into the *cleaned* text; everything public
(``Evidence``, ``Toponym``) carries offsets into the original, built through
``doc._.ew_clean.evidence(start_char, end_char)``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .model import Count, DateSpan, Toponym

__all__ = ["ActorMention", "CountMention", "DateMention", "PlaceMention", "doc_text", "ensure_extensions", "evidence",
           "keep_text", "span_text", "word_positions"]


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


def keep_text(doc: Doc, text: str) -> Doc:
    """Record that ``doc`` was parsed from ``text`` (spaCy's tokenizer loses no character, so
    ``doc.text == text``): ``doc_text`` then needs no join. Returns ``doc``."""
    doc.user_data["ew_text"] = text
    return doc


def span_text(span: Span) -> str:
    """``span.text`` cut from ``doc_text`` (spaCy builds it token by token on every call): a span's
    text runs from its first token's start to its last token's end, as ``doc.text`` has it."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


def word_positions(doc: Doc, words: frozenset[str], start: int = 0, end: int | None = None) -> list[int]:
    """The indices, in order, of the tokens in ``doc[start:end]`` whose lowercase form or lowercased
    lemma is one of ``words``: the only tokens a scan for those words needs to look at (it still
    checks its own condition on them). The index of every word is built once per doc and kept in
    ``doc.user_data`` (the lemmas are final once the doc is parsed)."""
    index = doc.user_data.get("ew_words")
    if index is None:
        index = doc.user_data["ew_words"] = _word_index(doc)
    by_word, merged = index
    found = merged.get(words)
    if found is None:
        present = by_word.keys() & words if len(words) > len(by_word) else words  # the smaller side walked
        found = merged[words] = sorted({i for w in present for i in by_word.get(w, ())})
    stop = len(doc) if end is None else end
    if start <= 0 and stop >= len(doc):
        return found
    return found[bisect_left(found, start) : bisect_left(found, stop)]


def _word_index(doc: Doc) -> tuple[dict[str, list[int]], dict[frozenset[str], list[int]]]:
    from spacy.attrs import LEMMA, LOWER

    strings = doc.vocab.strings
    names: dict[int, str] = {}
    by_word: dict[str, list[int]] = {}
    for i, (lower, lemma) in enumerate(doc.to_array([LOWER, LEMMA]).tolist() if len(doc) else []):
        word = names.get(lower)
        if word is None:
            word = names[lower] = strings[lower]
        by_word.setdefault(word, []).append(i)
        key = -lemma - 1  # lemma hashes kept apart from form hashes in ``names``
        base = names.get(key)
        if base is None:
            base = names[key] = strings[lemma].lower() if lemma else ""
        if base != word:
            by_word.setdefault(base, []).append(i)
    return by_word, {}


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
