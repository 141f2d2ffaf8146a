"""An offline English word check, from the spaCy model's own lemmatizer tables.

The rule lemmatizer of ``en_core_web_sm`` ships WordNet's lemma index (about 90,000
nouns, verbs, adjectives and adverbs), its irregular forms and its suffix rules. A
token is a word when it is an index lemma, an irregular form, or becomes a lemma
once a suffix rule is undone ("assessed" -> "assess"). Nothing is downloaded.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

__all__ = ["is_word"]

_POS = ("noun", "verb", "adj", "adv")


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, tuple[tuple[str, str], ...]]]:
    from spacy.lookups import Lookups

    from ..nlp import model_name

    spec = importlib.util.find_spec(model_name("en"))
    if spec is None or spec.origin is None:  # pragma: no cover - model_name checked it
        return frozenset(), {}
    found = sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups"))
    if not found:
        return frozenset(), {}
    lookups = Lookups().from_disk(found[0])
    words: set[str] = set()
    index = lookups.get_table("lemma_index")
    exc = lookups.get_table("lemma_exc")
    rules = lookups.get_table("lemma_rules")
    for pos in _POS:
        words.update(w for w in index.get(pos, ()) if "_" not in w)
        words.update(exc.get(pos, {}))
    suffixes = {pos: tuple((old, new) for old, new in rules.get(pos, ())) for pos in _POS}
    return frozenset(words), suffixes


@functools.lru_cache(maxsize=65536)
def is_word(token: str) -> bool:
    """Is ``token`` (any case) an English word or a regular inflection of one?"""
    words, suffixes = _tables()
    low = token.lower()
    if low in words:
        return True
    for rules in suffixes.values():
        for old, new in rules:
            if old and low.endswith(old) and len(low) > len(old) + 1 and low[: -len(old)] + new in words:
                return True
    return False
