"""French trigger words and the English gloss the coding rules read.

``load_lexicon_fr()`` gives a ``Lexicon`` whose keys are French lemmas and whose specs are the
English triggers' (``TriggerSpec.lemma`` stays the English lemma, so every rule keyed on it
applies). ``gloss(text)`` writes, after each French word the coding rules care about, its English
equivalent ("obus" -> "obus shelling"), so ``events.coding`` codes a French clause with its
English rules.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, replace
from importlib import resources

from ..events.lexicon import Lexicon, TriggerSpec, load_lexicon

__all__ = ["FrenchLexicon", "gloss", "load_lexicon_fr"]


@dataclass
class FrenchLexicon:
    single: dict[str, TriggerSpec]
    needs: dict[str, re.Pattern[str]]
    reflexive: frozenset[str]
    english: Lexicon

    def lookup(self, lemma: str, pos: str) -> TriggerSpec | None:
        spec = self.single.get(lemma.lower())
        if spec is None or pos not in spec.pos:
            return None
        return spec


def _data(name: str) -> str:
    return resources.files("eventwire").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def load_lexicon_fr() -> FrenchLexicon:
    data = json.loads(_data("events/triggers.fr.json"))
    english = load_lexicon()
    single: dict[str, TriggerSpec] = {}
    for french, word in data["triggers"].items():
        spec = english.single.get(word) or english.multi.get(word)
        if spec is None:
            raise ValueError(f"triggers.fr.json: {french!r} names {word!r}, which is not an English trigger")
        pos = tuple(data["pos"].get(french, spec.pos))
        single[french] = replace(spec, pos=pos, particles=())
    needs = {w: re.compile(p, re.I) for w, p in data["needs"].items()}
    return FrenchLexicon(single=single, needs=needs, reflexive=frozenset(data["reflexive"]), english=english)


@functools.lru_cache(maxsize=1)
def _gloss_table() -> tuple[re.Pattern[str], list[str]]:
    patterns, words = [], []
    for line in _data("events/gloss.fr.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, english = line.split("\t")
        patterns.append(f"(?P<g{len(words)}>{pattern})")
        words.append(english)
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.I), words


def gloss(text: str) -> str:
    """``text`` with the English word for each French word the coding rules read written after it.

    >>> gloss("des tirs d'obus sur Douma")
    "des tirs d'obus shelling sur Douma"
    """
    if not text:
        return text
    pattern, words = _gloss_table()

    def add(m: re.Match[str]) -> str:
        return f"{m.group(0)} {words[int(str(m.lastgroup)[1:])]}"

    return pattern.sub(add, text)
