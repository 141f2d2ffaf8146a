"""Words that tell an armed side, a weapon or a fight is in a sentence. Many readings turn on it: a fire in
a story of armed men may be shots, a body found there a victim, a "capture" a taking of ground."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span


_ARMED_WORDS = frozenset({"militant", "military", "enemy", "rebel", "terrorist", "insurgent", "jihadist", "militia",
                          "army", "gang", "extremist", "separatist", "troop"})


# who or what makes a taking of ground, a strike or a targeting an act of armed conflict
_ARMED_CONTEXT = _ARMED_WORDS | frozenset({
    "armed", "soldier", "force", "fighter", "gunman", "combatant", "guerrilla", "bandit", "assailant", "attacker", "police",
    "policeman", "gendarme", "gendarmerie", "coalition", "regime", "commando", "paramilitary", "warlord", "junta",
    "pirate", "weapon", "gun", "rifle", "artillery", "tank", "airstrike", "offensive", "battle", "clash", "fighting",
    "siege", "jihad", "occupation", "invasion", "war", "ceasefire", "militiaman", "sniper", "raid", "shelling", "fire",
})
# what only a fight has: the armed words without the police, who also search, fine and stop
_VIOLENT_CONTEXT = (_ARMED_CONTEXT - {"police", "policeman", "force", "fire", "raid", "coalition", "regime"}) | frozenset({
    "kill", "shoot", "bomb", "attack", "wound", "injure", "stab", "murder", "assault", "explosion", "blast", "dead"})


# armed people and their weapons, without the police (who also report crashes and fires)
_ARMED_SIDES = _ARMED_CONTEXT - {"police", "policeman", "force", "fire", "raid", "coalition", "regime", "battle", "clash",
                                 "fighting", "offensive", "siege", "war", "occupation", "invasion", "ceasefire", "jihad"}


def _armed_side(sent: Span) -> bool:
    return any(t.lemma_.lower() in _ARMED_SIDES and t.pos_ != "VERB" or t.lower_ == "armed" for t in sent)


def _violent_context(sent: Span) -> bool:
    return any(t.lemma_.lower() in _VIOLENT_CONTEXT for t in sent)


def _armed_context(sent: Span) -> bool:
    """Does the sentence name an armed side, a weapon or a fight (any of ``_ARMED_CONTEXT``, as a noun or an
    adjective: "forcing out an object" is no force)?"""
    return any((t.lemma_.lower() in _ARMED_CONTEXT or t.lower_ in _ARMED_CONTEXT) and t.pos_ != "VERB"
               or t.lower_ == "armed" for t in sent)
