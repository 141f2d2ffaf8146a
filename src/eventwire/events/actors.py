"""The actor knowledge base and the component that finds actors in a document.

``ActorKB`` loads ``data/events/actors.json`` (canonical name, aliases, country, ACLED
inter code, sector). ``ActorFinder`` marks every alias in a doc (acronyms match
case-sensitively, other aliases case-insensitively) into ``doc._.ew_actors`` and
``doc.spans["ew_actors"]``. Generic descriptions ("the jihadists", "the regime")
are resolved in context by :func:`resolve_generic`.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from .._doc import ActorMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ActorFinder", "ActorKB", "ActorRecord", "load_kb"]


@dataclass(frozen=True)
class ActorRecord:
    id: str
    name: str
    inter: int | None
    country: str | None
    sector: str | None
    kind: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    refers_to: tuple[str, ...] = field(default=())

    @property
    def generic(self) -> bool:
        return self.kind in ("generic", "state_of_context")

    @property
    def armed(self) -> bool:
        return self.inter in (1, 2, 3, 4, 8)


class ActorKB:
    def __init__(self, records: list[ActorRecord]) -> None:
        self.records = {r.id: r for r in records}

    @classmethod
    def from_json(cls, data: dict) -> ActorKB:  # type: ignore[type-arg]
        records = [
            ActorRecord(
                id=a["id"], name=a["name"], inter=a.get("inter"), country=a.get("country"),
                sector=a.get("sector"), kind=a.get("kind", "armed_group"),
                aliases=tuple(a.get("aliases", ())), acronyms=tuple(a.get("acronyms", ())),
                refers_to=tuple(a.get("refers_to", ())),
            )
            for a in data["actors"]
        ]
        return cls(records)

    def __getitem__(self, actor_id: str) -> ActorRecord:
        return self.records[actor_id]

    def get(self, actor_id: str) -> ActorRecord | None:
        return self.records.get(actor_id)

    def state_forces(self, country: str) -> ActorRecord | None:
        """The KB's state forces record for ``country`` (e.g. Military Forces of Syria)."""
        for rec in self.records.values():
            if rec.kind == "state" and rec.country == country:
                return rec
        return None


@functools.lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    text = resources.files("eventwire").joinpath("data/events/actors.json").read_text(encoding="utf-8")
    return ActorKB.from_json(json.loads(text))


class ActorFinder:
    """Marks actor mentions; longest match wins, overlapping shorter ones are dropped."""

    def __init__(self, nlp: Language, kb: ActorKB | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.kb = kb or load_kb()
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for rec in self.kb.records.values():
            if rec.aliases:
                self.lower.add(rec.id, [nlp.make_doc(a) for a in rec.aliases])
            if rec.acronyms:
                self.exact.add(rec.id, [nlp.make_doc(a) for a in rec.acronyms])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        vocab = doc.vocab
        spans = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = vocab.strings[match_id]
                spans.append(span)
        kept = sorted(filter_spans(spans), key=lambda s: s.start)
        mentions = []
        for span in kept:
            # extend "the regime" -> include a leading determiner for nicer evidence
            rec = self.kb[span.label_]
            mentions.append(ActorMention(span=span, actor_id=rec.id, name=rec.name))
        doc._.ew_actors = mentions
        doc.spans["ew_actors"] = [m.span for m in mentions]
        return doc


def resolve_generic(mention: ActorMention, doc: Doc, kb: ActorKB, focus_country: str | None) -> ActorRecord:
    """A generic mention stands for the dominant specific actor of its kind in the doc.

    "the jihadists" in a story that names the Islamic State three times is the Islamic
    State; "the regime" or "the army" in a story about Syria is Military Forces of Syria.
    Without such context the generic record itself is returned.
    """
    rec = kb[mention.actor_id]
    if rec.kind == "state_of_context":
        if focus_country:
            state = kb.state_forces(focus_country)
            if state is not None and rec.id == "state_forces":
                return state
            prefix = "Military Forces" if rec.id == "state_forces" else rec.name
            return ActorRecord(id=f"{rec.id}:{focus_country}", name=f"{prefix} of {focus_country}", inter=rec.inter,
                               country=focus_country, sector=rec.sector, kind="state")
        return rec
    if rec.kind != "generic":
        return rec
    counts = Counter(
        m.actor_id for m in (doc._.ew_actors or []) if kb[m.actor_id].kind in rec.refers_to
    )
    if counts:
        return kb[counts.most_common(1)[0][0]]
    return rec
