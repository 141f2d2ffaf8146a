"""French actor mentions: the KB's names plus French aliases, country forces and agent nouns.

``FrenchActorFinder`` is the English ``ActorFinder`` (KB and PETRARCH names and acronyms, which
French reports write the same way) with ``data/events/actors.fr.json`` added:

- aliases and acronyms keyed by canonical English name ("Daech", "l'EI", "les FAMa", "le régime");
- "<force noun> [adjectives] <country adjective>": "l'armée malienne", "soldats maliens", "les
  forces irakiennes", "des frappes aériennes russes" (the country's forces; police nouns give its police);
- French agent nouns ("civils", "villageois", "manifestants", "jihadistes", "des hommes armés"),
  mapped to the KB's generic records; "<agent> de <named group>" is the group.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

from .._doc import ActorMention
from ..events.actors import ActorFinder, ActorKB

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["FrenchActorFinder", "load_actors_fr"]


@functools.lru_cache(maxsize=1)
def load_actors_fr() -> dict[str, Any]:
    text = resources.files("eventwire").joinpath("data/events/actors.fr.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def _demonym(word: str, demonyms: dict[str, str]) -> str | None:
    """The country of a French country adjective in any gender and number ("maliennes" -> Mali)."""
    w = word.lower()
    for form in (w, w.rstrip("s"), w.rstrip("s").removesuffix("ne"), w.rstrip("s").removesuffix("e"),
                 w.removesuffix("es"), w.removesuffix("x").removesuffix("au") + "al"):
        if form in demonyms:
            return demonyms[form]
    return None


class FrenchActorFinder(ActorFinder):
    """``ActorFinder`` with the French names, country forces and agent nouns of ``actors.fr.json``."""

    def __init__(self, nlp: Any, kb: ActorKB | None = None) -> None:
        super().__init__(nlp, kb)
        data = load_actors_fr()
        for name, aliases in data["aliases"].items():
            rec = self.kb.by_name(name)
            if rec is not None and aliases:
                self.lower.add(rec.id, [nlp.make_doc(a) for a in aliases])
        for name, acronyms in data["acronyms"].items():
            rec = self.kb.by_name(name)
            if rec is not None and acronyms:
                self.exact.add(rec.id, [nlp.make_doc(a) for a in acronyms])
        self.demonyms: dict[str, str] = data["demonyms"]
        self.force_nouns = frozenset(data["forces"])
        self.police_nouns = frozenset(data["police"])
        self.agents: dict[str, str] = data["agents"]
        self.armed_modifiers = frozenset(data["armed_modifiers"])

    # "l'armée malienne", "des soldats maliens", "les frappes aériennes russes"
    def _country_forces(self, doc: Doc, gazette: Any) -> list[Span]:  # type: ignore[override]
        out = []
        for tok in doc:
            if tok.lower_ not in self.force_nouns:
                continue
            right = tok.i + 1
            while right < len(doc) and right - tok.i <= 3:
                if _demonym(doc[right].text, self.demonyms):
                    out.append(doc[tok.i:right + 1])
                    break
                if doc[right].pos_ != "ADJ" and doc[right].lower_ not in ("spéciales", "armées", "aériennes"):
                    break
                right += 1
        return out

    def _forces_mention(self, span: Span, gazette: Any) -> ActorMention | None:  # type: ignore[override]
        country = _demonym(span[-1].text, self.demonyms)
        if country is None:
            return None
        rec = self.kb.forces_of(country, police=span[0].lower_ in self.police_nouns)
        return ActorMention(span=span, actor_id=rec.id, name=rec.name)

    @staticmethod
    def _named_forces(doc: Doc) -> list[Span]:
        return []  # English word order ("GNA forces"); French names its forces by alias or adjective

    def _agent_nouns(self, doc: Doc, gazette: Any) -> list[Span]:  # type: ignore[override]
        out = []
        for tok in doc:
            if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or (tok.lemma_.lower() not in self.agents
                                                             and tok.lower_ not in self.agents):
                continue
            right = tok.i
            for child in tok.rights:
                if child.dep_ == "amod" and child.i == right + 1:
                    right = child.i
            out.append(doc[tok.i:right + 1])
        return out

    def _agent_mention(self, span: Span, gazette: Any) -> ActorMention | None:  # type: ignore[override]
        head = span[0]
        target = self.agents.get(head.lemma_.lower()) or self.agents.get(head.lower_)
        if target == "civilians" and any(t.lower_ in self.armed_modifiers for t in span[1:]):
            target = "unidentified_armed"  # "des hommes armés"
        return self._generic_mention(span, target, head)

    def __call__(self, doc: Doc) -> Doc:
        doc = super().__call__(doc)
        mentions = list(doc._.ew_actors or [])
        named = {i for m in mentions if not m.extra.get("agent") for i in range(m.span.start, m.span.end)}
        kept = []
        for m in mentions:
            if m.extra.get("agent") and _of_named(m.span, named):
                continue  # "des hommes de Boko Haram", "les combattants de Daech": the group is the actor
            kept.append(m)
        kept += self._country_adjectives(doc, {i for m in kept for i in range(m.span.start, m.span.end)})
        kept.sort(key=lambda m: m.span.start)
        doc._.ew_actors = kept
        doc.spans["ew_actors"] = [m.span for m in kept]
        return doc

    def _country_adjectives(self, doc: Doc, taken: set[int]) -> list[ActorMention]:
        """"des raids aériens russes", "des missiles russes": the adjective of a weapon or attack noun."""
        from .lexicon import load_lexicon_fr

        lexicon = load_lexicon_fr()
        out = []
        for tok in doc:
            if tok.i in taken or tok.pos_ not in ("ADJ", "NOUN") or tok.dep_ != "amod":
                continue
            country = _demonym(tok.text, self.demonyms)
            head = tok.head
            if country is None or not (head.lemma_.lower() in lexicon.single or head.lower_ in self.force_nouns):
                continue
            rec = self.kb.forces_of(country)
            out.append(ActorMention(span=doc[tok.i:tok.i + 1], actor_id=rec.id, name=rec.name))
        return out


def _of_named(span: Span, named: set[int]) -> bool:
    for child in span[0].children:
        if child.dep_ == "nmod" and child.i in named and any(c.dep_ == "case" and c.lower_ in ("de", "d'", "du", "des")
                                                             for c in child.children):
            return True
    return False
