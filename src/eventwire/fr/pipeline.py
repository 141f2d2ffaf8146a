"""``FrenchPipeline``: the main ``Pipeline``'s stages with the French spaCy pipeline and tables.

Built by ``Pipeline`` for a document whose language is French (``pipeline.LANGUAGE_PIPELINES``);
it shares the main pipeline's actor KB, gazetteer, store and cleaners; the screen reads French
sentences with French trigger forms and dates (``fr.screen``).
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Pipeline

__all__ = ["FrenchPipeline"]


class FrenchPipeline(Pipeline):
    """French documents through the same stages, into the same schema (English canonical names)."""

    def __init__(self, main: Pipeline | None = None, *, nlp: Any = None) -> None:
        from ..nlp import load_spacy
        from .actors import FrenchActorFinder
        from .lexicon import load_lexicon_fr

        main = main if main is not None else Pipeline()
        nlp = nlp if nlp is not None else load_spacy("fr")
        self.nlp = nlp
        self.kb = main.kb
        self.lexicon = main.lexicon  # the English coding tables, read on the glossed clause
        self.lexicon_fr = load_lexicon_fr()
        self.geoparser = main.geoparser
        from ..geo import Geoparser

        if type(main.geoparser) is Geoparser:  # the French exonyms on the same gazetteer
            from .geo import ExonymGazetteer

            self.geoparser = Geoparser(ExonymGazetteer(main.geoparser.gazetteer))
        self.store = main.store
        self.cleaners = main.cleaners
        self.screen = main.screen
        self.context = main.context
        self.interactions = main.interactions
        self.actor_finder = FrenchActorFinder(nlp, self.kb)
        self.version = main.version
        self._by_lang = {}

    def _parser_text(self, cleaned: Any) -> str:
        """The cleaned text with the sentences the French screen rules out blanked (same length)."""
        if not self.screen:
            return str(cleaned.text)
        from ..clean.screen import screen
        from .screen import is_candidate_fr, is_dated_fr

        return screen(cleaned.text, context=self.context, keep=self._names_place(), candidate=is_candidate_fr,
                      dated=is_dated_fr).text

    def language_of(self, document: Any) -> str:
        return "fr"

    def find_interactions(self, doc: Any, events: list[Any], document: Any) -> list[Any]:
        """No French PLOVER lexicon yet: verbal interactions are coded for English only."""
        return []

    def find_mentions(self, doc: Any) -> list[Any]:
        from .lexicon import gloss
        from .mentions import find_mentions_fr

        doc.user_data["ew_gloss"] = gloss
        return find_mentions_fr(doc, self.lexicon_fr)
