"""French, natively: French reports read with a French spaCy pipeline and French tables into the
same schema as English ones, with English canonical names and types.

- ``fr.lexicon``: French trigger words (``data/events/triggers.fr.json``), each naming the English
  trigger whose coding it takes, and the English gloss the coding rules read (``gloss.fr.tsv``);
- ``fr.actors``: French actor names, country adjectives and agent nouns (``actors.fr.json``);
- ``fr.mentions``: event mentions from the UD parse of ``fr_core_news_*`` (roles, modality, claimant);
- ``fr.pipeline``: ``FrenchPipeline``, what ``Pipeline`` runs a French document through.

Dates and counts read French already (``time._grammar_fr``, ``events.counts``); places resolve
through the gazetteer's alternate names plus ``data/geo/exonyms.fr.tsv``.
"""

from .pipeline import FrenchPipeline

__all__ = ["FrenchPipeline"]
