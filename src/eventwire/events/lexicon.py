"""The trigger lexicon: which words can name an event, and their default coding.

Loaded from ``data/events/triggers.json`` (ACLED codebook types, PLOVER types and
modes, CAMEO root codes; the file cites its sources).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

__all__ = ["Lexicon", "TriggerSpec", "load_lexicon"]


@dataclass(frozen=True)
class TriggerSpec:
    lemma: str
    event_type: str
    sub_event_type: str
    plover: str
    mode: str | None
    cameo: str | None
    pos: tuple[str, ...]
    flex: bool = False
    territory: bool = False
    protest: bool = False
    particles: tuple[str, ...] = ()
    needs_cue: bool = False  # "gathered", "blocked the road": a protest only with a stated demand or grievance
    needs_prisoners: bool = False  # "released": an event only when prisoners, detainees or hostages are named
    needs_object_place: bool = False  # "withdrew": an event only when a place and an armed actor are named


class Lexicon:
    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        self.single: dict[str, TriggerSpec] = {}
        self.multi: dict[str, TriggerSpec] = {}
        for entry in data["triggers"]:
            particles = entry.get("needs_particle", {})
            for lemma in entry["lemmas"]:
                spec = TriggerSpec(
                    lemma=lemma, event_type=entry["type"], sub_event_type=entry["sub"], plover=entry["plover"],
                    mode=entry.get("mode"), cameo=entry.get("cameo"), pos=tuple(entry["pos"]),
                    flex=entry.get("flex", False), territory=entry.get("territory", False),
                    protest=entry.get("protest", False), particles=tuple(particles.get(lemma, ())),
                    needs_cue=entry.get("needs_cue", False), needs_prisoners=entry.get("needs_prisoners", False),
                    needs_object_place=entry.get("needs_object_place", False),
                )
                (self.multi if " " in lemma else self.single)[lemma] = spec
        self.weapon_words: dict[str, list[str]] = data["weapon_words"]
        # words the rule-found triggers need ("the bodies of two men were found"), for the relevance screen
        self.rule_words: list[str] = data.get("rule_words", {}).get("words", [])

    def lookup(self, lemma: str, pos: str) -> TriggerSpec | None:
        spec = self.single.get(lemma.lower())
        if spec is None or (pos not in spec.pos):
            return None
        return spec


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    text = resources.files("eventwire").joinpath("data/events/triggers.json").read_text(encoding="utf-8")
    return Lexicon(json.loads(text))
