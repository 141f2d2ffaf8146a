"""Who or what an act is done to, when it is no named actor: an unnamed person ("a man was shot dead"), a
place ("attacked the village of X"), a thing destroyed or a weapon disrupted ("torched a mast"). A mention
carries them beside its roles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .findings import _FIND_VERBS, disrupted_weapon
from .mishaps import _natural_cause
from .person_words import _HARM_VERBS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import TriggerSpec


_ARMED_MODIFIERS = frozenset({"armed", "gun", "gang", "militia", "rebel", "militant"})
_VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "oprd"})


def _victim(tok: Token, blocked: set[int]) -> Token | None:
    """An unnamed person in the target role of ``tok``: the object, the passive subject, the
    object of "against"/"on", or the "of" of an event noun ("the killing of a trader")."""
    heads = [tok]
    if tok.dep_ in ("oprd", "acomp", "xcomp") and tok.head != tok:
        heads.append(tok.head)  # "was found dead", "was shot dead": the subject of the governing verb
    if tok.lemma_ == "fire" and tok.dep_ == "dobj" and tok.head.lemma_ == "open":
        heads.append(tok.head)  # "opened fire at a man"
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in PERSON_NOUNS and not any(
            c.dep_ == "agent" and not any(g.dep_ == "pobj" for g in c.children) for c in tok.children) and tok.head.pos_ in (
            "NOUN", "PROPN") and not any(g.lemma_.lower() in _ARMED_MODIFIERS for g in tok.head.children):
        return tok.head  # "Man killed by unknown assailants in X": a headline's passive participle on its victim
    if tok.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
        # "soldiers shot and killed a motorcyclist": the object the parser gives the second verb is the first's too
        # (not "a member from X": a member of a named group may be armed)
        heads.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_ in _HARM_VERBS
                     and c.i - tok.i <= 2  # "shot and killed", not a later act of the sentence
                     and not any(g.dep_ in ("nsubj", "nsubjpass") or g.dep_ == "dobj" and g.lemma_ == "member"
                                 for g in c.children))
    for h in heads:
        for c in h.children:
            cand = None
            if c.dep_ in _VICTIM_DEPS and c != tok:
                cand = c
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "upon", "of", "at"):
                cand = next((g for g in c.children if g.dep_ == "pobj"), None)
            if cand is not None and (cand.lemma_.lower() in PERSON_NOUNS or _one_of_a_people(cand)) and not any(
                    g.lemma_.lower() in _ARMED_MODIFIERS for g in cand.children):
                return cand
            if c.dep_ == "dobj" and c.lower_ in ("him", "her") and tok.lemma_ in _HARM_VERBS:
                return c  # "security forces shot him": one person, not a side
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ == "subject":
        # "the man was subjected to torture": the one subjected
        return next((c for c in tok.head.head.children if c.dep_ == "nsubjpass" and (
            c.lemma_.lower() in PERSON_NOUNS or c.lower_ in ("he", "she", "they"))), None)
    if tok.lemma_ == "dead" and tok.head.lemma_ in _FIND_VERBS and tok.head.pos_ == "VERB":
        # "a man and a woman were found dead": the person found, however the parser attached the subject
        find = tok.head
        start = max(tok.sent.start, find.i - 10)
        return next((t for t in reversed(tok.doc[start:find.i]) if t.lemma_.lower() in PERSON_NOUNS
                     and t.pos_ in ("NOUN", "PROPN") and find in t.ancestors), None)
    return None


def _one_of_a_people(tok: Token) -> bool:
    """"a Palestinian", "two Afghans": people named by their nationality or community, counted."""
    return tok.ent_type_ == "NORP" and tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "nummod") and (c.lower_ in ("a", "an", "one") or c.like_num) for c in tok.children)


# places where people live or work; an armed actor attacking one with nobody fighting back is
# violence against civilians (ACLED codebook)
_PLACE_NOUNS = frozenset({"village", "hamlet", "settlement", "town", "locality", "home", "house", "homestead",
                          "market", "school", "church", "mosque", "farm", "shop", "store", "hospital", "clinic",
                          "compound", "residence", "neighbourhood", "neighborhood", "community", "camp", "quarter"})
# places an armed actor can take: "took over the town", "took over Kidal"
_TERRITORY_NOUNS = frozenset({"town", "village", "city", "locality", "area", "district", "region", "province", "base",
                              "camp", "position", "post", "outpost", "checkpoint", "barracks", "territory", "hill",
                              "neighbourhood", "neighborhood", "commune", "county", "island", "port", "airport"})
_GUARDED = frozenset({"military", "army", "police", "security", "rebel", "militia", "militant", "insurgent",
                      "base", "station", "checkpoint", "barracks", "district", "government", "administrative"})


def _place_target(tok: Token, places: set[int], actors: set[int]) -> bool:
    """Is the act done to a place ("attacked Tieba", "raided the village of X", "an attack on a
    cattle camp") rather than to people or forces?"""
    cands = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            cands.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("on", "against", "in") and tok.pos_ == "NOUN" and c.lower_ != "in":
            cands.extend(g for g in c.children if g.dep_ == "pobj")
    for cand in cands:
        words = {t.lemma_.lower() for t in cand.subtree}
        if words & _GUARDED:
            return False
        if cand.i in places or cand.lemma_.lower() in _PLACE_NOUNS or (
                cand.pos_ == "PROPN" and cand.i not in actors and cand.ent_type_ not in ("ORG", "NORP")):
            # a named place, or a named person: no armed actor's name
            return True
    return False


# things whose destruction ACLED codes (Strategic developments: Looting/property destruction)
_PROPERTY_NOUNS = _PLACE_NOUNS | frozenset({
    "vehicle", "car", "truck", "lorry", "bus", "minibus", "motorcycle", "motorbike", "tractor", "ambulance", "building",
    "office", "headquarters", "property", "shop", "kiosk", "stall", "warehouse", "factory", "mast", "tower", "antenna",
    "station", "hut", "cottage", "granary", "crop", "field", "tree", "orchard", "seedling", "equipment",
    "machinery", "statue", "monument", "temple", "shrine", "pagoda", "booth", "tent", "barricade", "billboard",
})


_THEFT = frozenset({"steal", "rob", "robbery", "extort", "confiscate", "loot", "looting", "pillage", "plunder"})


def _property_target(tok: Token, spec: TriggerSpec) -> bool:
    """Is a named thing destroyed ("torched a telecommunications mast", "a car was set on fire", "set fire
    to a vehicle")? The thing is the participant of a property-destruction report that names no actor."""
    if spec.sub_event_type == "Disrupted weapons use":
        return disrupted_weapon(tok) is not None
    if spec.sub_event_type != "Looting/property destruction" or spec.lemma in _THEFT:
        return False  # a robbery names a crime, a theft of cattle by armed men names its actors
    if _natural_cause(tok):
        return False  # "a fire destroyed the building", "destroyed by floods"
    cands = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # "set fire to a vehicle": the thing is the object of "to"
    cands += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on") for g in c.children
              if g.dep_ == "pobj"]
    cands += [g for c in tok.children if c.dep_ == "dobj" and c.lower_ == "fire" for p in c.children
              if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return any(c.lemma_.lower() in _PROPERTY_NOUNS for c in cands)


_QUANTIFIERS = frozenset({"hundred", "thousand", "dozen", "some", "many", "all", "most", "several", "scores"})


def _target(tok: Token) -> Token | None:
    """The thing a verb is done to: its object, its passive subject, or the noun after "of" a number."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.like_num or c.pos_ == "NUM" or c.lemma_.lower() in _QUANTIFIERS:
                return next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"), c)
            return c
    return None
