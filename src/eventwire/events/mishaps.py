"""Deaths, hurts and damage by accident, fire or weather ("injured in a crash", "struck by an SUV", "a fire
destroyed the roof"): no conflict actor did them, so a trigger word that tells one names no event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .armed_words import _armed_side
from .person_words import _HARM_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token


_NATURAL_AGENTS = frozenset({"fire", "blaze", "flame", "flood", "flooding", "storm", "earthquake", "quake", "wind",
                             "tornado", "hurricane", "cyclone", "typhoon", "landslide", "rain", "lightning", "wildfire",
                             "bushfire", "accident", "collapse", "drought", "famine", "hunger", "starvation", "disease",
                             "cholera", "malaria", "measles", "ebola", "epidemic", "outbreak", "heat", "cold", "heatwave"})


def _natural_cause(tok: Token) -> bool:
    """The verb's doer is a fire, a storm or an accident ("a fire destroyed", "destroyed by floods",
    "Hurricane Betsy destroyed the church")."""
    return any(c.dep_ in ("nsubj", "agent") and (c.lemma_.lower() in _NATURAL_AGENTS or any(
        g.lemma_.lower() in _NATURAL_AGENTS for g in c.children if g.dep_ in ("pobj", "compound")))
        for c in tok.children)


#: what kills or hurts by mishap, not by a conflict actor's hand ("died in a fire", "injured in a crash")
_MISHAPS = frozenset({"crash", "accident", "collision", "wreck", "pileup", "derailment", "fire", "blaze", "flames",
                      "flood", "floods", "flooding", "storm", "tornado", "hurricane", "cyclone", "earthquake", "quake",
                      "avalanche", "landslide", "mudslide", "drowning", "overdose", "electrocution"})
#: what runs people over ("struck by an SUV", "a car hit a tree")
_VEHICLES = frozenset({"car", "suv", "truck", "lorry", "bus", "van", "vehicle", "train", "motorcycle", "motorbike",
                       "tractor", "taxi", "minibus"})
#: what burns in a fire that is a mishap ("a house fire")
_BURNING = frozenset({"house", "home", "bush", "forest", "building", "apartment", "kitchen", "warehouse", "factory",
                      "electrical", "grass", "brush", "hotel", "market"})
#: a mishap someone made happen ("a fire set by arsonists"): still a deed
_DONE_BY = frozenset({"set", "start", "light", "ignite", "cause", "spark", "trigger"})

#: the verbs of a vehicle running people over ("struck by an SUV", "a car hit a tree")
_RUN_OVER = frozenset({"hit", "strike", "knock", "run", "kill", "injure"})
#: a vehicle of armed men ("military vehicles besieged a mosque") is no mishap
_ARMED_VEHICLE = frozenset({"military", "armoured", "armored", "army", "police", "security", "rebel", "militia",
                            "armed", "pro"})


#: what makes "fire" shots: a firing verb, a gun, a shooter
_SHOOTING_WORDS = frozenset({"open", "return", "exchange", "trade", "come", "draw", "heavy", "sniper", "gun", "gunfire",
                             "gunman", "gunmen", "machine", "artillery", "mortar", "shot", "shoot", "weapon", "rifle",
                             "bullet", "militant", "soldier", "troop", "troops", "rebel", "fighter", "army", "force",
                             "forces", "police", "officer", "policeman", "militia", "attacker", "assailant", "tank",
                             "rocket", "missile", "cross", "ceasefire", "enemy", "insurgent", "jihadist", "terrorist"})


def _plain_mishap(noun: Token) -> bool:
    """A crash, a storm or a fire with no one said to have caused it: a fire only as a house fire ("a fire",
    "the house fire"; "heavy fire", "sniper fire", "militia members' fire" are shots; "a fire set by
    gunmen" is a deed)."""
    if any(a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _DONE_BY for a in noun.children):
        return False
    if noun.lemma_.lower() in ("fire", "blaze", "flames"):
        return all(c.dep_ == "det" or c.dep_ == "compound" and c.lemma_.lower() in _BURNING for c in noun.children)
    return True


def _mishap(tok: Token) -> bool:
    """A death or a hurt by accident, fire or weather: "injured in a crash", "four children killed in a fire",
    "struck by an SUV", "a car strikes a tree", "a fire destroyed the roof, injuring firefighters" (a fire
    set by someone, or a bomb in a car, is a deed)."""
    def own(t: Token) -> bool:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "from", "during"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in _MISHAPS and _plain_mishap(g):
                        return True
            if c.dep_ in ("nsubj", "agent") and t.lemma_.lower() in _RUN_OVER:
                doer = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "agent" else c
                if doer is not None and doer.lemma_.lower() in _VEHICLES and not any(
                        m.lower_ in _ARMED_VEHICLE for m in doer.children):
                    return True
            if c.dep_ in ("nsubj", "agent"):  # "a fire destroyed the roof", "Hurricane Betsy destroyed"
                causes = [c, *(g for g in c.children if g.dep_ in ("pobj", "compound"))]
                if any(n.lemma_.lower() in _NATURAL_AGENTS and _plain_mishap(n) for n in causes):
                    return True
        return False

    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "fire":
        if not any(t.lemma_.lower() in _SHOOTING_WORDS for t in tok.sent if t.i != tok.i):
            return True  # "the fire at the home was first reported": a blaze, with no gun or shooter in the sentence
        return tok.dep_ == "pobj" and tok.head.lower_ == "in" and _plain_mishap(tok)  # "killed in a fire"
    if _road_mishap(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    node = tok
    for _ in range(3):  # "a fire destroyed the roof, displacing the tenants and injuring firefighters"
        if own(node) or node is not tok and _natural_cause(node) and not _armed_side(tok.sent):
            return True
        if node.dep_ not in ("conj", "advcl") or node.head.pos_ != "VERB":
            return False
        node = node.head
    return False


#: a road crash named in the sentence ("Rollover near Brandon injures driver", "1 dead, 1 hurt in motorcycle crash")
_CRASHES = frozenset({"crash", "collision", "wreck", "rollover", "accident", "pileup", "derailment", "smash-up"})
#: a crash someone made happen on purpose ("rammed his car into the crowd")
_ON_PURPOSE = frozenset({"deliberately", "intentionally", "purposely", "ram", "rammed", "ramming", "attacker", "terror",
                         "terrorist", "bomb", "explosive", "gunman", "gunmen", "militant", "assailant"})


def _road_mishap(tok: Token) -> bool:
    """A death or a hurt in a road or rail crash, or an accident, with no armed actor and nothing done on purpose
    in the sentence: "Four-car collision critically injures woman", "Man, 34, struck, killed by car", "a neighbour
    accidentally hit her while backing out of a driveway"."""
    if tok.lemma_.lower() not in _HARM_VERBS | {"dead", "hurt", "die", "injured", "strike"}:
        return False
    sent = tok.sent
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if words & _ON_PURPOSE or _armed_side(sent):  # (the police report crashes too)
        return False
    if words & _CRASHES or "accidentally" in words:
        return True
    return any(t.lemma_.lower() in _VEHICLES and (t.dep_ == "pobj" and t.head.dep_ == "agent" or
                                                   t.dep_ == "nsubj" and t.head.lemma_.lower() in _RUN_OVER)
               for t in sent)
