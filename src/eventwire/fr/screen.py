"""The relevance screen's tests for French text (``clean.screen.screen(candidate=, dated=)``).

A sentence is an event candidate when one of its words (accents folded) begins with the stem of
a French trigger of ``fr.lexicon`` (the lemma without its infinitive ending: "attaqu" for
"attaquer", "attaques", "attaqué"), is one of the irregular forms listed here ("pris", "mort",
"conquis", "tirs").
Dates: the French date grammar, behind a cheap cue.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["is_candidate_fr", "is_dated_fr"]

_IRREGULAR = ("pris", "prise", "prises", "mort", "morte", "morts", "mortes", "conquis", "conquise", "peri", "perirent",
              "perit", "battu", "battue", "battus", "abattu", "abattus", "abattue", "abattues", "detruit", "detruite",
              "detruits", "detruites", "meurent", "mourir", "tue", "tues", "tuee", "tuees", "tuer", "tuant", "tuent",
              "tua", "tuerent", "tuera", "tueront", "feu", "otage", "otages", "viol", "viols", "raid", "raids", "mine",
              "mines", "obus", "rapt", "tir", "tirs", "tire", "tirent", "tiree", "tirees", "tires")
_WORD = re.compile(r"\w+(?:-\w+)*")
_DATE_CUE = re.compile(r"\d|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|veille|semaine|mois|"
                       r"an|ans|année|matin|soir|nuit|janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
                       r"octobre|novembre|décembre|week-end|depuis|dernier|dernière|prochain)", re.I)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], frozenset[str]]:
    from .lexicon import load_lexicon_fr

    stems = set()
    for lemma in load_lexicon_fr().single:
        word = _fold(lemma)
        stem = word[:-2] if word.endswith(("er", "ir", "re")) and len(word) > 6 else word
        if len(stem) >= 4:
            stems.add(stem.split()[0])
    prefix = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + r")")
    return prefix, frozenset(_IRREGULAR)


def is_candidate_fr(sentence: str) -> bool:
    """Does a French sentence hold a word that can name an event?"""
    folded = _fold(sentence)
    prefix, irregular = _pattern()
    return bool(prefix.search(folded)) or not irregular.isdisjoint(_WORD.findall(folded))


def is_dated_fr(text: str, start: int, end: int) -> bool:
    """Does text[start:end] hold a French date expression?"""
    from .. import time as ew_time

    sentence = text[start:end]
    return bool(_DATE_CUE.search(sentence)) and bool(ew_time.scan(sentence, None, lang="fr"))
