"""Event mentions: trigger words in a sentence, grouped, with modality, claimant and roles.

One mention per group of syntactically linked triggers ("targeted by regime raids" is
one event, named by "raids"). Triggers that only refer to other events ("leaders
linked to attacks in Europe", "responsible for the bombing") are kept as references
(background), and a trigger with no participant, no count and no weapon is not an event.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._doc import ActorMention, word_positions
from .attribution import ClaimantRef, ModalityInfo, find_claimant, modality_of
from .lexicon import Lexicon, TriggerSpec
from .roles import RoleFill, fill_roles

if TYPE_CHECKING:

    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "find_mentions", "linked_groups", "observed_fire", "sentence_triggers", "within_clause"]

# "linked to attacks", "responsible for the bombing", "accused of kidnapping"
_REFERENCE_HEADS = frozenset({
    "link", "responsible", "accuse", "involve", "blame", "suspect", "tie", "connect", "behind", "convict", "charge",
    "sentence", "claim", "mastermind", "plot", "try", "jail", "prosecute", "condemn", "investigate",
    # "protested against the arrest of X": the cause of a protest is not a second event
    "protest", "demonstrate", "demonstration", "rally", "march", "denounce", "demand", "mourn", "sit-in",
    # "found not guilty of killing", "admitted murdering", "opened a case of rape": a trial, not a report
    "guilty", "acquit", "admit", "confess", "trial", "case", "allege",
})


@dataclass
class Mention:
    trigger: Token
    spec: TriggerSpec
    sent: Span
    modality: ModalityInfo
    claimant: ClaimantRef | None
    roles: RoleFill
    reference: bool = False
    related: list[Token] = field(default_factory=list)
    victim: Token | None = None  # an unnamed person the act is done to ("a man was shot dead")
    place_target: bool = False  # the act is done to a place ("attacked the village of X")
    property_target: bool = False  # a thing is destroyed or a weapon disrupted ("torched a mast", "defused an IED")
    # the group's other triggers as mentions (built when called), in rank order, if this one codes to nothing
    fallbacks: list[Callable[[], Mention]] = field(default_factory=list)

    @property
    def trigger_span(self) -> Span:
        tok = self.trigger
        return tok.doc[tok.i:tok.i + 1]


# people named by a common noun: the target of an act done to them is unarmed unless the text says otherwise
PERSON_NOUNS = frozenset({
    "man", "woman", "person", "people", "boy", "girl", "child", "baby", "infant", "civilian", "villager", "farmer",
    "herder", "herdsman", "shepherd", "fisherman", "resident", "inhabitant", "trader", "merchant", "vendor", "shopkeeper",
    "driver", "teacher", "student", "pupil", "worshipper", "pilgrim", "journalist", "reporter", "activist", "leader",
    "member", "official", "chief", "businessman", "businesswoman", "operator", "owner", "manager", "worker", "employee",
    "family", "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "relative", "youth",
    "teenager", "adolescent", "minor", "body", "corpse", "remains", "victim", "passenger", "doctor", "nurse", "priest",
    "imam", "pastor", "cleric", "monk", "politician", "candidate", "councillor", "councilor", "mayor", "couple",
    "individual", "informant", "elder", "miner", "motorist", "motorcyclist", "pedestrian", "refugee", "migrant",
    "idp", "suspect", "customer", "prisoner", "detainee", "inmate", "seller", "fishermen", "developer", "agent", "male", "female", "civilian", "lawyer", "judge", "traveller", "traveler", "villager", "peasant", "laborer", "labourer", "thief", "witch", "sorcerer",
})
_ARMED_MODIFIERS = frozenset({"armed", "gun", "gang", "militia", "rebel", "militant"})
# people who protest as a group ("workers demanded", "employees ... demanding")
_CROWD_NOUNS = frozenset({"worker", "employee", "resident", "trader", "farmer", "student", "teacher", "driver", "nurse",
                          "doctor", "villager", "merchant", "vendor", "labourer", "laborer", "retiree", "pensioner",
                          "miner", "protester", "demonstrator", "activist", "supporter", "staff", "parent", "family"})
_BODY_NOUNS = frozenset({"body", "corpse", "remains", "bodies"})
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


_HARM_VERBS = frozenset({"shoot", "kill", "beat", "stab", "wound", "injure", "torture", "assault", "attack", "hit",
                         "murder", "execute", "hang", "strangle", "behead", "slay", "gun"})


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


_FIND_VERBS = frozenset({"find", "discover", "recover", "dump", "throw", "abandon", "dispose"})
# what is left of a killed person: "bodies", "human remains", "a human head" ("remains" alone may be a building's)
_HUMAN_PARTS = frozenset({"head", "remain", "remains", "skull", "torso", "limb"})
_HUMAN_MARKS = frozenset({"human", "severed", "decapitated", "dismembered", "mutilated", "dead"})


def _is_body(tok: Token) -> bool:
    """A dead person's body: "the body", "corpses", "human remains", "a severed head"."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in _BODY_NOUNS and lemma != "remains":
        return True
    if lemma in PERSON_NOUNS and any(c.dep_ == "amod" and c.lower_ == "dead" for c in tok.children):
        return True  # "a dead man was thrown from a car"
    return (lemma in _HUMAN_PARTS or lemma == "remains") and any(
        c.lower_ in _HUMAN_MARKS for c in tok.children if c.dep_ in ("amod", "compound"))


def found_body(tok: Token) -> Token | None:
    """The body in "the body of a man was found", "bodies were discovered", "bags that contained human
    remains were found": its object or passive subject, or a body noun in the passive subject's words
    before the verb (the parser often attaches it elsewhere). A killing reported by its victims."""
    if tok.lemma_ not in _FIND_VERBS or tok.pos_ != "VERB":
        return None
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "Two bodies found in the river", "Bodies of two men found in X": a verbless note, the finding
        # modifies the body (or the person whose body it is)
        head = tok.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and _is_body(head.head.head):
            return head.head.head
        if _is_body(head):
            return head
    for c in tok.children:
        if c.dep_ in ("nsubjpass", "dobj") and _is_body(c):
            return c
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    start = max(tok.sent.start, tok.i - 14)
    return next((t for t in reversed(tok.doc[start:tok.i]) if _is_body(t) and tok in t.ancestors), None)


# things whose destruction ACLED codes (Strategic developments: Looting/property destruction)
_PROPERTY_NOUNS = _PLACE_NOUNS | frozenset({
    "vehicle", "car", "truck", "lorry", "bus", "minibus", "motorcycle", "motorbike", "tractor", "ambulance", "building",
    "office", "headquarters", "property", "shop", "kiosk", "stall", "warehouse", "factory", "mast", "tower", "antenna",
    "station", "hut", "cottage", "granary", "crop", "field", "tree", "orchard", "seedling", "equipment",
    "machinery", "statue", "monument", "temple", "shrine", "pagoda", "booth", "tent", "barricade", "billboard",
})


_THEFT = frozenset({"steal", "rob", "robbery", "extort", "confiscate", "loot", "looting", "pillage", "plunder"})
_NATURAL_AGENTS = frozenset({"fire", "blaze", "flame", "flood", "flooding", "storm", "earthquake", "quake", "wind",
                             "tornado", "hurricane", "cyclone", "typhoon", "landslide", "rain", "lightning", "wildfire",
                             "bushfire", "accident", "collapse", "drought", "famine", "hunger", "starvation", "disease",
                             "cholera", "malaria", "measles", "ebola", "epidemic", "outbreak", "heat", "cold", "heatwave"})
#: what a "battle" or a "fight" can be with that makes it no fight at all
_NOT_ADVERSARIES = frozenset({"court", "courts", "cancer", "illness", "disease", "addiction", "depression", "obesity",
                              "bureaucracy", "insurer", "insurers", "regulator", "regulators", "tax", "taxes", "time",
                              "inflation", "poverty", "hunger", "flu", "virus", "pandemic", "fire", "flood", "flames",
                              "weather", "injury", "injuries", "pain", "infection", "tumour", "tumor", "leukaemia",
                              "leukemia", "dementia", "diabetes", "drug", "drugs", "alcohol", "alcoholism", "bank",
                              "banks", "landlord", "council", "relegation"})
#: vehicles that go missing on their own ("the plane disappeared")
_CRAFT = frozenset({"jet", "plane", "aircraft", "airliner", "flight", "helicopter", "ship", "vessel", "boat", "ferry",
                    "submarine", "car", "vehicle", "balloon", "yacht"})


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


# ACLED codebook, Strategic developments: Disrupted weapons use, "an explosive device or weapons cache is
# discovered, defused or seized before it is used"
_DISRUPT_VERBS = frozenset({"find", "discover", "uncover", "seize", "recover", "defuse", "diffuse", "dismantle",
                            "confiscate", "neutralize", "neutralise", "clear"})
_CACHE_NOUNS = frozenset({"ied", "explosive", "explosives", "landmine", "mine", "bomb", "cache", "arsenal", "grenade",
                          "device", "uxo", "ordnance", "stockpile", "depot"})
_WEAPON_MARKS = frozenset({"explosive", "improvised", "arms", "weapon", "weapons", "ammunition", "land", "anti-personnel",
                           "unexploded"})


def _is_cache(tok: Token) -> bool:
    """An explosive or a weapons cache ("an IED", "a cache of explosives", "an explosive device", "land mines")."""
    lemma = tok.lemma_.lower()
    if lemma not in _CACHE_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma in ("device", "mine", "cache", "depot", "stockpile"):
        # "a device", "a gold mine", "a cache of documents": only an explosive or weapons one
        marks = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        marks |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"}
        return bool(marks & (_WEAPON_MARKS | _CACHE_NOUNS))
    return True


def disrupted_weapon(verb: Token) -> Token | None:
    """The explosive or weapons cache that ``verb`` finds, defuses or seizes ("police discovered a cache of
    explosives", "an IED was defused"), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DISRUPT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _is_cache(c)), None)


def _weapon_disrupted(tok: Token) -> bool:
    """Is ``tok`` a weapon word naming what was found, defused or seized (or its "of" part: "a cache of
    explosives")? Then it names no attack: the disrupting verb is the event."""
    node = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        node = tok.head.head
    return node.dep_ in ("dobj", "nsubjpass") and disrupted_weapon(node.head) == node


def _body_found(tok: Token) -> bool:
    return found_body(tok) is not None and _signs_of_violence(tok)


# what tells a killing from a death: wounds, bonds, mutilation, how the body was left, who is around
_VIOLENCE_SIGNS = re.compile(
    r"\b(?:shot|shoot\w*|gunshots?|bullets?|riddled|wound\w*|tied|bound|handcuff\w*|blindfold\w*|gagged|tape|"
    r"tortur\w*|behead\w*|decapitat\w*|dismember\w*|mutilat\w*|sever\w*|burn\w*|charred|bags?|blankets?|wrapp\w*|"
    r"stab\w*|strangl\w*|throat|slit|hack\w*|machete|murder\w*|kill\w*|execut\w*|coup de grace|graves?|dumped|"
    r"violence|violent|bloodied|bludgeon\w*|beaten|lynch\w*|abduct\w*|kidnap\w*|missing|message|"
    r"militants?|gunmen|gangs?|cartels?|soldiers?|insurgents?|rebels?|jihadists?|militia\w*|armed|massacre\w*|"
    r"fatalit\w*|perpetrators?|motive|suspects?|assailants?|attackers?|homicide|stolen|robbed|robbery|"
    r"ditch|sacks?|trunk|roadside|shallow)\b",
    re.I)


_SEVERAL = frozenset({"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                      "dozens", "several", "scores", "hundreds", "many", "numerous"})


def _several(tok: Token) -> bool:
    """Three or more: "five", "12", "dozens", "several"."""
    if tok.lower_ in _SEVERAL:
        return True
    return tok.like_num and tok.text.replace(",", "").isdigit() and int(tok.text.replace(",", "")) >= 3


def _signs_of_violence(tok: Token) -> bool:
    """Does the sentence of a found body, or the next one, tell of violence ("with gunshot wounds", "hands
    tied", "beheaded")? Two bodies found on a coastal path, with nothing more, are deaths, not killings; a
    human head or human remains found are a killing's remains in themselves."""
    body = found_body(tok)
    if body is not None and body.lemma_.lower() in _HUMAN_PARTS | {"remains"}:
        return True
    if body is not None and any(_several(t) for t in body.subtree):
        return True  # "the bodies of five men were discovered": several dead found together are a killing
    sent = tok.sent
    nxt = tok.doc[sent.end:min(len(tok.doc), sent.end + 60)]
    after = next(iter(nxt.sents), None) if len(nxt) else None
    return bool(_VIOLENCE_SIGNS.search(sent.text) or after is not None and _VIOLENCE_SIGNS.search(after.text)
                or _armed_side(tok.doc[:]))  # a story of armed men: its bodies are their victims


_FIRE_UNITS = frozenset({"shot", "burst", "projectile", "explosion", "round", "blast"})
_FIRE_CONTEXT = re.compile(r"\b(?:weapons?|small arms|gunfire|front ?lines?|ceasefire|cease-fire|both directions|"
                           r"artillery|mortars?|machine-?guns?|shelling)\b", re.I)
_OBSERVE = frozenset({"observe", "record", "hear", "register", "count", "report", "document"})


def observed_fire(tok: Token) -> bool:
    """Counted shots, bursts, projectiles or explosions that observers recorded ("the mission observed
    a total of 24 projectiles/shots near X", "monitors heard 12 explosions"): fire across a front line."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in _FIRE_UNITS:
        return False
    window = tok.doc[max(tok.i - 6, tok.sent.start):tok.i]
    # a count ("a total of 44 projectiles/explosions/shots"); the tagger may take "1513 shots" for a year
    if not any(t.like_num and (t.ent_type_ not in ("DATE", "TIME") or t.dep_ == "nummod" and t.head.tag_ == "NNS")
               for t in window):
        return False
    if not _FIRE_CONTEXT.search(tok.sent.text):
        return False  # "5 shots on goal, the team recorded"
    node = tok
    for _ in range(6):  # "projectiles/explosions/shots/bursts of fire": each unit modifies the next
        if node.head == node:
            return False
        node = node.head
        if node.lemma_ in _OBSERVE and node.pos_ == "VERB":
            return True
    return False


_OPERATION_SIDE = frozenset({"army", "military", "soldier", "troop", "force", "gendarme", "gendarmerie", "police",
                             "counter-terrorism", "counterterrorism", "counter-insurgency", "security"})
_ENEMY_DEAD = re.compile(r"\b(?:militants?|terrorists?|jihadists?|insurgents?|rebels?|fighters?|assailants?|gunmen|"
                         r"bandits?|members)\b[^.;]{0,30}\b(?:dead|killed|neutrali[sz]ed)\b|"
                         r"\b(?:killing|killed|neutrali[sz]ing|neutrali[sz]ed|leaving)\s+(?:(?!by\b)\w+\s+){0,3}?(?:militants?|"
                         r"terrorists?|jihadists?|insurgents?|rebels?|fighters?|assailants?|gunmen|bandits)\b", re.I)


def _armed_operation(tok: Token, actors: set[int]) -> bool:
    """A security operation whose sentence tells enemies killed ("the army carried out an operation
    against terrorists, leaving 12 militants dead", "the PMF operation left 3 IS militants dead"); a
    surgery or a business operation is not one. ``actors``: the tokens of actor names."""
    sent = tok.sent
    side = any(t.lemma_.lower() in _OPERATION_SIDE or t.i in actors for t in sent)
    return side and _ENEMY_DEAD.search(sent.text) is not None


_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "group", "number", "crowd", "lot"})


def _crowd(tok: Token) -> bool:
    """A crowd noun, or a quantity of one ("hundreds of protesters", "a group of workers")."""
    if tok.lemma_.lower() in _CROWD_NOUNS:
        return True
    return tok.lemma_.lower() in _QUANTITY_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in _CROWD_NOUNS
                                                       for g in c.children) for c in tok.children)


@functools.lru_cache(maxsize=1)
def _irregular_lemmas() -> dict[str, str]:
    """Irregular verb form -> lemma ("stole" -> "steal"), from the model's lemmatizer exceptions: the
    lemmatizer leaves a form it tagged wrongly as it is ("armed men stole/VBP cattle")."""
    from ..clean.screen import _irregular_forms

    return {form: lemma for lemma, forms in _irregular_forms().items() for form in forms if form != lemma}


def _participle(tok: Token, lexicon: Lexicon) -> TriggerSpec | None:
    """A verb's past participle the tagger took for an adjective ("was held and nearly lynched", "the shop was
    looted"): the verb's trigger, when the word is a predicate, not a modifier ("looted goods"); or an event
    noun in "-ing" it took for one ("Lynching of a suspected witch in X")."""
    word = tok.lower_
    if tok.tag_ == "JJ" and word.endswith("ing") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return lexicon.lookup(word, "NOUN")
    if tok.tag_ != "JJ" or not word.endswith("ed") or tok.dep_ in ("amod", "compound", "nmod"):
        return None
    stems = (word[:-2], word[:-1], word[:-3] if len(word) > 4 and word[-3] == word[-4] else None,
             word[:-3] + "y" if word.endswith("ied") else None)
    return next((spec for stem in stems if stem and (spec := lexicon.lookup(stem, "VERB")) is not None), None)


#: lemmas that a rule of ``_is_trigger`` turns into a trigger whatever the lexicon says ("took to the streets",
#: "bodies were found", "set fire to", "a cache of explosives was discovered", "observers recorded 24 shots"):
#: a new rule for another word adds the word here, or ``find_mentions`` never asks about it
_RULE_WORDS = _FIND_VERBS | _DISRUPT_VERBS | _FIRE_UNITS | frozenset({
    "take", "come", "pour", "spill", "flock", "chain", "demand", "carry", "lead", "operation", "sweep", "set", "light",
    "lit", "fire", "open", "rape", "raped", "raping", "rapes"})


@functools.lru_cache(maxsize=4)
def _trigger_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word (a token's lowercase form or lowercased lemma) for which ``_is_trigger`` can answer a
    trigger: the lexicon's words and their participles ("looted" tagged as an adjective), irregular forms
    ("stole"), first halves of hyphenated triggers ("sit" of "sit-in") and the rules' own words. A token
    with none of them is no trigger; built once per lexicon."""
    words = set(_RULE_WORDS)
    for key in lexicon.single:
        words.add(key)
        words.update((key + "ed", key + "d", key + key[-1:] + "ed"))  # the stems ``_participle`` tries
        if key.endswith("y"):
            words.add(key[:-1] + "ied")
        words.update(key[:at] for at, ch in enumerate(key) if ch == "-")  # "sit" of "sit-in"
    words.update(form for form, lemma in _irregular_lemmas().items() if lemma.lower() in lexicon.single)
    return frozenset(words)


# event nouns that open a terse note or a headline ("Riot in Nairobi after ...", "Ambush near Gao"), which the
# tagger may take for a name when they are capitalised first words
_HEADLINE_NOUNS = frozenset({"riot", "riots", "protest", "protests", "demonstration", "demonstrations", "clash", "clashes",
                             "fighting", "attack", "attacks", "ambush", "explosion", "blast", "kidnapping", "abduction",
                             "rally", "march", "mutiny", "looting", "lynching", "shooting"})


def _headline_noun(tok: Token, lexicon: Lexicon, blocked: set[int]) -> TriggerSpec | None:
    """ "Riot in Nairobi after a man was shot": the first word of a sentence, tagged as a name, is the event noun
    when a preposition follows it."""
    doc = tok.doc
    if tok.i in blocked or tok.i != tok.sent.start or tok.pos_ != "PROPN" or tok.lower_ not in _HEADLINE_NOUNS \
            or tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "ADP":
        return None
    word = tok.lower_
    return lexicon.lookup(word, "NOUN") or lexicon.lookup(word[:-2] if word.endswith("es") else word.rstrip("s"), "NOUN")


def _is_trigger(tok: Token, lexicon: Lexicon, blocked: set[int]) -> TriggerSpec | None:
    headline = _headline_noun(tok, lexicon, blocked)
    if headline is not None:
        return headline
    if tok.i in blocked or tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "LAW", "DATE", "TIME", "FAC"):
        return None
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        # "sit-in", "shoot-out": the tokenizer splits hyphenated words
        joined = lexicon.single.get(f"{tok.lower_}-{doc[tok.i + 2].lower_}")
        if joined is not None:
            return joined
    if tok.i > 1 and doc[tok.i - 1].text == "-" and lexicon.single.get(f"{doc[tok.i - 2].lower_}-{tok.lower_}"):
        return None  # the second half of a hyphenated trigger
    if tok.lemma_ == "threaten" and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "threatened to attack the bases": the attack, a forecast, is the event; the threat is its modality
    if tok.lemma_ in ("warn", "order") and any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "warned that militants could attack": what is warned of has its own modality
    if _body_found(tok):
        return lexicon.single.get("murder")
    if disrupted_weapon(tok) is not None:
        return lexicon.single.get("defuse")  # "discovered a cache of explosives", "an IED was defused"
    if _weapon_disrupted(tok):
        return None  # the IED that was defused: not an explosion
    if tok.lemma_ in ("take", "come", "pour", "spill", "flock") and any(
            c.dep_ == "prep" and c.lower_ in ("to", "on", "onto", "into", "out") and any(
                g.lemma_ in ("street", "road") for g in c.subtree) for c in tok.children):
        return lexicon.single.get("protest")  # "took to the streets", "came out on the roads"
    if tok.lemma_ == "take" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ == "streets" for c in tok.children) and any(
            c.dep_ == "nsubj" and (_crowd(c) or c.lemma_.lower() in ("demonstrator", "people", "crowd", "youth", "citizen"))
            for c in tok.children):
        return lexicon.single.get("protest")  # "demonstrators took the streets"
    if tok.lemma_ == "chain" and any(c.lower_ == "human" for c in tok.children):
        return lexicon.single.get("protest")  # "formed a human chain"
    if tok.lemma_ == "demand" and tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and _crowd(c) for c in tok.children):
        return lexicon.single.get("gather")  # "workers demanded their salaries": a protest, coded as a gathering

    if tok.lemma_ in ("take", "carry", "lead") and tok.pos_ == "VERB" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PERSON_NOUNS - _BODY_NOUNS for c in tok.children):
        return lexicon.single.get("abduct")  # "armed men took away three men from the village": an abduction
    if tok.lemma_ in ("operation", "sweep") and tok.pos_ == "NOUN" and _armed_operation(tok, blocked):
        return lexicon.single.get("clash")  # "a military operation left 7 militants dead": a battle (ACLED)
    if observed_fire(tok):
        return lexicon.single.get("gunfire")  # "monitors recorded 24 shots/explosions near X": ceasefire violations
    if tok.lemma_ == "set" and any(c.lower_ in ("fire", "ablaze", "alight", "afire") for c in tok.subtree if c.i > tok.i):
        return lexicon.single.get("burn")  # "set fire to", "set on fire", "set ablaze"
    if tok.lemma_ in ("light", "lit") and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in ("tyre", "tire", "tyres", "tires") for c in tok.children):
        return lexicon.single.get("burn")  # "lit tyres and blocked the road": burning tyres (a riot, ACLED codebook)
    if tok.lemma_ == "fire" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.lower_ == "air" for g in c.children) for c in tok.children):
        return lexicon.single.get("fire")  # "shots were fired in the air" (coding: shots fired in the air)
    if tok.lemma_ == "open" and tok.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in tok.children):
        return lexicon.single.get("shoot")  # "gunmen opened fire outside the house": a shooting, aimed or not
    if tok.lemma_ == "take" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children) \
            and any(c.dep_ == "dobj" and (c.lemma_.lower() in _TERRITORY_NOUNS or c.ent_type_ in ("GPE", "LOC")
                                          or _named_by_armed(tok, c, blocked)) for c in tok.children):
        return lexicon.single.get("seize")  # "militants took over the town of X" (not "took over the company")
    if tok.lemma_ == "take" and any(c.dep_ == "dobj" and c.lemma_ == "control" for c in tok.children):
        return lexicon.single.get("seize")  # "took control of the village"
    if tok.lemma_ in ("torch", "burn") and tok.pos_ == "NOUN":
        return None  # "lighting torches", "severe burns", "the burn ban": not property torched (the verb is the act)
    if tok.lemma_ == "storm" and tok.pos_ == "NOUN":
        return None  # "destroyed by a storm": weather ("the storming of" is another word)
    lemma = "rape" if tok.lower_ in ("raped", "raping", "rapes") else tok.lemma_  # the tagger's lemma is "rap"
    spec = lexicon.lookup(lemma, tok.pos_) or lexicon.lookup(tok.lower_, tok.pos_) or _participle(tok, lexicon) or (
        lexicon.lookup(_irregular_lemmas().get(tok.lower_, ""), "VERB") if tok.pos_ == "VERB" else None)
    if spec is None:
        return None
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ == "without":
        return None  # "entered the town without a fight", "passed through without attacking": no fight
    if _figurative(tok, spec) or _mishap(tok):
        return None
    if spec.particles:
        nxt = [c.lower_ for c in tok.children] + ([tok.nbor(1).lower_] if tok.i + 1 < len(tok.doc) else [])
        if not any(p in nxt for p in spec.particles):
            return None
    return spec


_MULTI_OFF_ENTS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "LAW", "DATE", "TIME", "FAC"})


def _geoparsed(tok: Token) -> bool:
    """Did the geoparser resolve the token as a place ("occupied Gamboru": the tagger calls the town a person)?"""
    return any(pm.span.start <= tok.i < pm.span.end and pm.role in ("place", "region")
               for pm in tok.doc._.ew_places or [])


def _named_by_armed(verb: Token, obj: Token, blocked: set[int]) -> bool:
    """A proper name that a named actor takes over ("Al Shabaab took over Leego"): the tagger often calls a
    small town a person or an organisation; a named actor's own name is no place."""
    return (obj.pos_ == "PROPN" or obj.text[:1].isupper()) and obj.i not in blocked and obj.ent_type_ != "NORP" \
        and any(c.dep_ == "nsubj" and c.i in blocked for c in verb.children)


def _word_is(tok: Token, word: str) -> bool:
    return tok.lower_ == word or tok.lemma_.lower() == word


@functools.lru_cache(maxsize=4)
def _multi_firsts(lexicon: Lexicon) -> tuple[frozenset[str], dict[str, list[int]], list[tuple[str, TriggerSpec]]]:
    """The first words of the lexicon's multi-word triggers; for each, the places of its phrases in the
    lexicon's order; and the phrases in that order (built once per lexicon)."""
    phrases = list(lexicon.multi.items())
    places: dict[str, list[int]] = {}
    for k, (phrase, _) in enumerate(phrases):
        places.setdefault(phrase.partition(" ")[0], []).append(k)
    return frozenset(places), places, phrases


def _multi_triggers(sent: Span, lexicon: Lexicon, blocked: set[int]) -> tuple[dict[int, TriggerSpec], set[int]]:
    """Multi-word triggers ("was shot dead", "rounded up", "a hunger strike", "the peace deal") in a
    sentence: the two words must be next to each other or one must govern the other ("rounded
    the men up"). Returns the trigger token of each match (the word that governs the phrase) and
    the other words, which are not triggers by themselves."""
    found: dict[int, TriggerSpec] = {}
    used: set[int] = set()
    doc = sent.doc
    firsts, places, phrases = _multi_firsts(lexicon)
    at: dict[str, list[int]] = {}  # first word -> the tokens of the sentence that are it (``_word_is``)
    for i in word_positions(doc, firsts, sent.start, sent.end):
        tok = doc[i]
        for word in {tok.lower_, tok.lemma_.lower()} & firsts:
            at.setdefault(word, []).append(i)
    for phrase, spec in (phrases[k] for k in sorted(k for word in at for k in places[word])):  # the lexicon's order
        first, _, second = phrase.partition(" ")
        for i in at[first]:
            a = doc[i]
            if a.i in blocked or not _word_is(a, first):
                continue
            near = [b for b in (*a.children, a.nbor(1) if a.i + 1 < sent.end else None)
                    if b is not None and b.i > a.i and _word_is(b, second)]
            if not near and a.head.i > a.i and _word_is(a.head, second):
                near = [a.head]  # "peace deal": the first word modifies the second
            if not near:
                continue
            b = near[0]
            if b.i in blocked or b.i - a.i > 4:
                continue
            if b.head == a:
                trig, other = a, b
            elif a.head == b:
                trig, other = b, a
            else:
                trig, other = (b, a) if b.pos_ == "NOUN" else (a, b)
            if trig.ent_type_ in _MULTI_OFF_ENTS or trig.pos_ not in spec.pos:
                continue
            found[trig.i] = spec
            used.add(other.i)
    return found, used - set(found)


# what a verb of violence is not done to ("struck a deal", "hit a record", "killed the bill", "shot down rumours")
_NOT_TARGETS = frozenset({
    "deal", "agreement", "accord", "pact", "balance", "chord", "note", "tone", "bargain", "compromise", "partnership",
    "contract", "record", "layup", "high", "low", "level", "jackpot", "milestone", "mark", "snag", "ball", "bill",
    "measure", "proposal", "idea", "plan", "rumour", "rumor", "competition", "price", "subscription", "lead", "goal",
    "target", "nerve", "button", "road", "ground", "home", "run", "note", "headline", "shelf", "market", "sale",
    "stride", "pose", "video", "photo", "picture", "film", "scene", "movie", "hurdle", "limit", "peak", "chance",
    "hope", "amendment", "law", "legislation", "motion", "tariff", "tax", "inflation", "poverty", "crime", "corruption",
    "terrorism", "graffiti", "blaze", "wildfire", "flame", "disease", "virus", "cancer", "obesity", "habit",
    "policy", "decision", "ruling", "verdict", "reform", "budget", "report", "statement", "remark", "comment", "speech",
})
# people are not territory: "expelled 60 diplomats", "the inmates were captured"
_NOT_TERRITORY = frozenset({"diplomat", "inmate", "prisoner", "agent", "staff", "personnel", "official", "fugitive",
                            "escapee", "gas", "methane", "carbon", "imagination", "attention", "heart", "essence",
                            "image", "footage", "moment", "mood", "data", "share", "title", "market", "vote", "seat"})
# "attacked the market", "raided his home": for these verbs the words are places, not figures of speech
# ("hit the market", "hit home", "hit the road")
_ON_PLACE_VERBS = frozenset({"attack", "raid", "storm", "assault", "ambush", "bomb", "bombard", "shell", "overrun"})
_REAL_PLACES = frozenset({"market", "home", "road", "ground"})
_WEAPON_NOUNS = frozenset({"drone", "artillery", "missile", "rocket", "mortar", "shell", "explosive", "explosives",
                           "grenade"})
# a weapon named with no act: "sold 180 artillery systems", "surveillance drones", "launch 155mm shells"
_WEAPON_ACT = frozenset({"strike", "attack", "hit", "kill", "fire", "pound", "target", "land", "injure", "wound",
                         "destroy", "shell", "bomb", "dead", "explode", "damage", "rain", "slam", "struck", "casualty",
                         "die", "bombard", "intercept", "shoot", "down", "impact", "blast", "use", "plant",
                         "detonate", "throw", "hurl", "lob", "fall", "drop"})
_COMMERCE = frozenset({"sell", "sale", "deal", "contract", "purchase", "buy", "order", "procure", "procurement",
                       "export", "import", "supply", "deliver", "delivery", "manufacture", "arm", "test", "unveil"})
_FIRE_WORDS = frozenset({"fire", "gunfire", "shot", "shots", "bullet", "blow", "salvo", "round", "volley", "grenade",
                         "rocket", "mortar", "shell", "artillery"})
_BASE_VERBS = frozenset({"establish", "set", "build", "open", "move", "relocate", "construct", "erect", "create",
                         "install", "transfer"})


_QUANTIFIERS = frozenset({"hundred", "thousand", "dozen", "some", "many", "all", "most", "several", "scores"})
# verbs of violence that also name everyday acts ("beat the Rockets", "executed the projects", "hang up the washing")
_EVERYDAY_OBJECTS = {
    "execute": frozenset({"project", "plan", "order", "warrant", "contract", "program", "programme", "strategy", "deal",
                          "task", "transaction", "trade", "move", "play", "pass", "kick", "manoeuvre", "maneuver",
                          "will", "agreement", "work", "scheme", "budget", "policy", "code", "command", "script",
                          "part", "step", "design", "vision", "routine", "trick", "turn", "creation", "idea", "shot",
                          "duty", "search", "transfer", "payment", "merger", "sale", "purchase", "deal"}),
    "hang": frozenset({"washing", "clothes", "laundry", "picture", "poster", "flag", "banner", "sign", "coat", "light",
                       "decoration", "phone", "painting", "portrait", "hat"}),
    "hack": frozenset({"account", "website", "site", "system", "server", "computer", "email", "phone", "network",
                       "database", "election", "data", "page"}),
    "beat": frozenset({"team", "record", "odds", "deadline", "traffic", "heat", "drum", "time", "expectation",
                       "estimate", "forecast", "rival", "side", "champion", "favourite", "favorite", "opponent"}),
    "eliminate": frozenset({"job", "position", "post", "tax", "fee", "program", "programme", "waste", "need", "cost",
                            "requirement", "barrier", "deficit", "subsidy", "tariff", "layoff", "service", "route",
                            "class", "course", "department", "shift", "overtime", "error", "mistake", "debt", "risk",
                            "delay", "paperwork", "bottleneck", "duplication", "loophole", "penalty", "funding"}),
    "burn": frozenset({"gas", "methane", "fuel", "calorie", "fat", "coal", "oil", "diesel", "petrol", "money", "cash",
                       "candle", "incense", "wood", "energy", "bridge", "disc", "cd", "dvd", "rubber", "sugar"}),
}


_ARMED_WORDS = frozenset({"militant", "military", "enemy", "rebel", "terrorist", "insurgent", "jihadist", "militia",
                          "army", "gang", "extremist", "separatist", "troop"})


def _armed_target(tgt: Token) -> bool:
    """"militant targets", "Islamic State targets", "enemy positions": the thing hit belongs to an armed side."""
    return any(c.dep_ in ("amod", "compound", "poss") and (c.lemma_.lower() in _ARMED_WORDS or c.ent_type_ == "NORP")
               for c in tgt.children)


def _target(tok: Token) -> Token | None:
    """The thing a verb is done to: its object, its passive subject, or the noun after "of" a number."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            if c.like_num or c.pos_ == "NUM" or c.lemma_.lower() in _QUANTIFIERS:
                return next((g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                             for g in p.children if g.dep_ == "pobj"), c)
            return c
    return None


_CARRY_VERBS = frozenset({"arm", "equip", "carry", "wield", "brandish", "possess"})
_SET_OFF = frozenset({"throw", "hurl", "lob", "toss", "detonate", "explode", "plant", "blow", "launch", "fire"})


def _carried(tok: Token) -> bool:
    """A weapon people carry or are armed with ("armed with grenades", "carrying explosives", "men with
    guns and grenades"), not one set off: its carrier's act is the event (ACLED codebook: a weapon is
    remote violence only when it is used at a distance or explodes)."""
    if any(t.lemma_.lower() in _SET_OFF for t in tok.sent):
        return False  # "a man armed with a grenade threw it into a bar": used after all
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "armed with guns and grenades"
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() in _CARRY_VERBS
    return node.dep_ == "dobj" and head.lemma_.lower() in _CARRY_VERBS and head.dep_ in ("acl", "relcl", "amod")


# who or what makes a taking of ground, a strike or a targeting an act of armed conflict
_ARMED_CONTEXT = _ARMED_WORDS | frozenset({
    "armed", "soldier", "force", "fighter", "gunman", "combatant", "guerrilla", "bandit", "assailant", "attacker", "police",
    "policeman", "gendarme", "gendarmerie", "coalition", "regime", "commando", "paramilitary", "warlord", "junta",
    "pirate", "weapon", "gun", "rifle", "artillery", "tank", "airstrike", "offensive", "battle", "clash", "fighting",
    "siege", "jihad", "occupation", "invasion", "war", "ceasefire", "militiaman", "sniper", "raid", "shelling", "fire",
})


# people one hires and fires
_STAFF = frozenset({"employee", "coach", "manager", "staff", "worker", "ceo", "director", "chief", "secretary",
                    "minister", "aide", "adviser", "advisor", "assistant", "executive", "president", "editor",
                    "teacher", "principal", "superintendent", "administrator", "chairman", "officer"})
# animals that attack people, which no conflict codebook counts
_ANIMALS = frozenset({"bee", "dog", "shark", "bear", "snake", "crocodile", "alligator", "lion", "tiger", "leopard",
                      "elephant", "hippo", "hippopotamus", "wolf", "pitbull", "cougar", "hyena", "buffalo", "bull",
                      "monkey", "wasp", "hornet", "coyote", "puma", "jaguar", "boar", "animal", "rottweiler",
                      "lioness", "rhino", "baboon", "jackal", "locust", "rat", "mosquito"})
# buildings named after what is done in them ("a detention facility")
_FACILITIES = frozenset({"facility", "center", "centre", "camp", "cell", "unit", "building", "complex", "site",
                         "capacity", "bed", "space", "officer", "policy", "hearing", "rule", "law", "system"})
# people a policy, a campaign or an advert "targets"
_AUDIENCES = frozenset({"minority", "community", "group", "consumer", "customer", "voter", "user", "audience", "reader",
                        "viewer", "buyer", "shopper", "market", "demographic", "household", "family", "youth",
                        "teenager", "student", "immigrant", "migrant", "taxpayer", "investor", "company", "business"})
# what only a fight has: the armed words without the police, who also search, fine and stop
_VIOLENT_CONTEXT = (_ARMED_CONTEXT - {"police", "policeman", "force", "fire", "raid", "coalition", "regime"}) | frozenset({
    "kill", "shoot", "bomb", "attack", "wound", "injure", "stab", "murder", "assault", "explosion", "blast", "dead"})


# armed people and their weapons, without the police (who also report crashes and fires)
_ARMED_SIDES = _ARMED_CONTEXT - {"police", "policeman", "force", "fire", "raid", "coalition", "regime", "battle", "clash",
                                 "fighting", "offensive", "siege", "war", "occupation", "invasion", "ceasefire", "jihad"}


# what a state or a group deploys
_UNITS = frozenset({"guard", "unit", "personnel", "team", "officer", "contingent", "battalion", "brigade", "squad",
                    "company", "division", "regiment", "reinforcement", "peacekeeper", "agent", "marine", "jet",
                    "warship", "ship", "aircraft", "helicopter", "vehicle", "tank", "missile", "system", "battery",
                    "member", "element", "man", "government", "state", "country", "minister", "president", "ministry"})


def _a_force(tok: Token) -> bool:
    """Is ``tok`` (a subject or object of "deploy") a force, a unit, a state or a named group?"""
    lemma = tok.lemma_.lower()
    if lemma in ("system",) and not any(c.lemma_.lower() in ("missile", "defence", "defense", "weapon", "air", "rocket")
                                       for c in tok.children):
        return False  # "a portable wall system" (a missile defence system is a force's)
    return (lemma in _ARMED_CONTEXT or lemma in _UNITS or tok.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
            or tok.like_num or tok.pos_ in ("PROPN", "PRON"))


def _armed_side(sent: Span) -> bool:
    return any(t.lemma_.lower() in _ARMED_SIDES and t.pos_ != "VERB" or t.lower_ == "armed" for t in sent)


def _violent_context(sent: Span) -> bool:
    return any(t.lemma_.lower() in _VIOLENT_CONTEXT for t in sent)


def _armed_context(sent: Span) -> bool:
    """Does the sentence name an armed side, a weapon or a fight (any of ``_ARMED_CONTEXT``, as a noun or an
    adjective: "forcing out an object" is no force)?"""
    return any((t.lemma_.lower() in _ARMED_CONTEXT or t.lower_ in _ARMED_CONTEXT) and t.pos_ != "VERB"
               or t.lower_ == "armed" for t in sent)


def _place_like(tgt: Token | None) -> bool:
    """Could the thing taken be ground a side holds: a named place, a place or territory noun, a building?"""
    if tgt is None or tgt.like_num or tgt.pos_ == "NUM":
        return False
    if tgt.ent_type_ in ("GPE", "LOC", "FAC") or tgt.pos_ == "PROPN":
        return True
    lemma = tgt.lemma_.lower()
    return lemma in _TERRITORY_NOUNS or lemma in _PROPERTY_NOUNS or lemma in ("control", "ground", "land", "road",
                                                                                 "bridge")


def _figurative(tok: Token, spec: TriggerSpec) -> bool:
    """A trigger word used in a sense that names no event: "demonstrates the talents of", "blasted
    the FBI's investigation", "struck a deal", "exchanged the lead", "cardiac arrest", "visited the
    headquarters", "sold 180 artillery systems", "expelled 60 diplomats", "according to"."""
    lemma = tok.lemma_.lower()
    if tok.lower_ in ("according", "accordingly"):
        return True
    if lemma in ("battle", "fight", "struggle", "war") and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ in ("with", "against") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _NOT_ADVERSARIES for g in c.children) for c in tok.children):
        return True  # "a months-long battle with the courts", "her fight against cancer": no armed opponent
    if tok.pos_ == "VERB" and spec.sub_event_type == "Looting/property destruction" and _natural_cause(tok):
        return True  # "Hurricane Betsy destroyed the church": a storm, not a conflict actor
    if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in _ANIMALS or c.dep_ == "nsubj"
                                  and c.tag_ == "WDT" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in _ANIMALS
                                  for c in tok.children):
        # "farmers killed a lion", "a lion that attacked their cattle": an animal, not an armed actor or its target
        return True
    if lemma in ("kill", "shoot", "hang", "stab", "burn") and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in tok.children) and not any(
            t.lemma_.lower() in ("bomb", "bomber", "explosive", "vest", "belt", "detonate", "explosion", "blast")
            for t in tok.sent):
        return True  # "a man killed himself": a suicide, not an attack (a suicide bombing names its weapon)
    if lemma == "disappear" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CRAFT for c in tok.children):
        return True  # "the jet disappeared with 239 people on board": a lost craft, not a forced disappearance
    if lemma == "demonstrate" and tok.pos_ == "VERB" and (
            any(c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.dep_ == "ccomp" and any(
                g.dep_ in ("mark", "nsubj") for g in c.children) for c in tok.children)):
        return True  # "demonstrate the influence", "it was demonstrated by our decision": to show
    if lemma == "demonstration" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in PERSON_NOUNS and g.lemma_.lower() not in _CROWD_NOUNS
            and g.ent_type_ not in ("NORP", "PERSON") for g in c.children) for c in tok.children):
        return True  # "a demonstration of military power"
    if lemma == "blast" and tok.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "Barkley blasted the FBI's investigation": criticised
    if lemma in ("blast", "shot", "bomb", "strike") and tok.pos_ == "NOUN" and any(
            t.lower_ in ("run", "homer", "homerun", "pointer", "point", "yard", "goal") for t in tok.lefts):
        return True  # "a three-run blast", "a three-point shot", "a 40-yard bomb": sports
    if lemma == "fire" and tok.pos_ == "VERB" and any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _STAFF or (
                c.pos_ == "PROPN" or c.ent_type_ == "ORG") and not _armed_side(tok.sent))
            and c.lemma_.lower() not in _FIRE_WORDS for c in tok.children):
        return True  # "the judge-executive fired Reams", "fired the coach": dismissed, not shot at
    if lemma in ("attack", "bite", "maul") and any(
            t.lemma_.lower() in _ANIMALS for t in tok.children if t.dep_ in ("compound", "amod", "nsubj", "agent", "poss")
    ) or lemma == "attack" and tok.pos_ == "NOUN" and any(
            tok.doc[i].lemma_.lower() in _ANIMALS for i in range(max(tok.sent.start, tok.i - 3), tok.i)):
        return True  # "a 'killer bee' attack", "a dog attack", "mauled by a bear": an animal, not an armed actor
    if lemma in ("deploy", "redeploy") and tok.pos_ == "VERB" and not _armed_context(tok.sent) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and _a_force(c) for c in tok.children):
        return True  # "his airbags did deploy", "deploying a portable wall system": no force sent anywhere
    if lemma == "engagement" and not _armed_context(tok.sent):
        return True  # "the engagement of families": no armed side engaged
    if tok.pos_ == "NOUN" and lemma in _WEAPON_NOUNS | _FIRE_WORDS and any(
            a.lower_ == "from" and a.head.lemma_.lower() in ("protect", "shield", "defend", "guard", "save", "safe", "proof")
            for a in list(tok.ancestors)[:4]):
        return True  # "a wall system used to protect soldiers from bullets and grenades": a danger named, not an attack
    if lemma in ("detention", "custody", "arrest") and tok.pos_ == "NOUN" and tok.dep_ == "compound" and \
            tok.head.lemma_.lower() in _FACILITIES:
        return True  # "a new detention facility planned": a building, not an arrest
    if lemma == "target" and tok.pos_ == "VERB" and not _violent_context(tok.sent):
        tgt = _target(tok) or next((g for c in tok.children if c.dep_ == "prep" for g in c.children
                                    if g.dep_ == "pobj"), None)
        if tgt is not None and tgt.lemma_.lower() in _AUDIENCES:
            return True  # "stop-and-search powers criticised for targeting ethnic minorities", "ads targeting voters"
    if lemma == "exchange" and not any(t.lower_ in _FIRE_WORDS or t.lemma_.lower() in _FIRE_WORDS
                                       for t in (*tok.subtree, *tok.doc[tok.i + 1:tok.i + 5])):
        return True  # "exchanged the lead", "a kidney exchange": only an exchange of fire is a fight
    if lemma == "arrest" and any(c.lower_ in ("cardiac", "respiratory", "heart") for c in tok.children):
        return True
    if lemma == "target" and tok.pos_ == "NOUN":
        return True  # "the frequent target of illegal tagging", "this target is set": the act is named elsewhere
    if lemma in ("headquarters", "outpost", "base") and not (tok.head.lemma_.lower() in _BASE_VERBS):
        return True  # "visited NATO headquarters", "attacked a military base": a base named, not established
    if lemma == "base" and (tok.pos_ != "NOUN" or tok.head.lemma_.lower() == "set" and not any(
            c.dep_ == "prt" and c.lower_ == "up" for c in tok.head.children)):
        return True  # "based in", "set the base price": only a base set up, built or established
    if spec.event_type == "Explosions/Remote violence" and tok.pos_ == "NOUN" and lemma in _WEAPON_NOUNS:
        # the weapon's own word ("shells", "the shell") is not its act: "mussel shells" are no shelling
        others = [t for t in tok.sent if t.lemma_.lower() != lemma]
        words = {t.lemma_.lower() for t in others} | {t.lower_ for t in others}
        aimed = re.search(r"\b(?:launch|fire|lob)\w*\b[^.;]{0,80}?\b(?:at|on|towards?|into|against)\b", tok.sent.text, re.I)
        acts = words & _WEAPON_ACT
        if lemma == "drone" and acts == {"use"} and not _armed_context(tok.sent):
            acts = set()  # "a hunt for the lost flight using underwater drones": a tool, not a weapon used
        if words & _COMMERCE or not (acts or aimed) or any(c.lower_ == "surveillance" for c in tok.children):
            return True
    if spec.event_type == "Explosions/Remote violence" and tok.pos_ == "NOUN" and _carried(tok):
        return True  # "militants armed with grenades attacked a base": what they carried, not how they attacked
    if lemma == "gun" and tok.pos_ == "NOUN":
        return True  # "the guns on this girl": the act is "gunned down", "opened fire"
    if lemma == "stone" and tok.pos_ == "NOUN" and not any(
            t.lemma_.lower() in ("throw", "pelt", "hurl", "rain", "lob", "hit", "attack") for t in tok.sent):
        return True  # "paved in granite stones": only thrown stones are a riot
    if lemma in _EVERYDAY_OBJECTS and tok.pos_ == "VERB":
        if lemma == "hang" and any(c.dep_ == "prt" for c in tok.children):
            return True  # "hang up their washing"
        tgt = _target(tok) or (tok.head if tok.dep_ in ("acl", "relcl", "amod") else None)  # "gas burned or wasted"
        if tgt is not None and (tgt.lemma_.lower() in _EVERYDAY_OBJECTS[lemma]
                                or lemma in ("beat", "hack") and tgt.ent_type_ in ("ORG", "GPE", "PRODUCT")):
            return True
    if tok.pos_ == "VERB" and spec.event_type == "Battles" and not spec.territory:
        tgt = _target(tok)
        if tgt is not None and tgt.lemma_.lower() in _NOT_TARGETS and not (
                lemma in _ON_PLACE_VERBS and tgt.lemma_.lower() in _REAL_PLACES) and not _armed_target(tgt):
            return True
        if any(c.dep_ == "agent" and any(g.lemma_.lower() in _NOT_TARGETS | {"price", "prices"}
                                                          for g in c.children) for c in tok.children):
            return True  # "workers hit by low oil prices"
    if spec.territory and tok.pos_ == "VERB":
        tgt = _target(tok)
        if lemma == "drive" and tgt is None and tok.dep_ not in ("acl", "relcl", "amod"):
            return True  # "the cost of driving to its stores from the cities": nobody is driven out
        if tgt is None and tok.dep_ in ("acl", "relcl", "amod"):
            tgt = tok.head  # "the 60 diplomats being expelled", "those expelled"
        if tgt is not None and (tgt.pos_ == "PRON" or tgt.ent_type_ in ("PERSON", "NORP") and not _geoparsed(tgt)
                                and not (lemma in ("occupy", "overrun") and tgt.pos_ == "PROPN")  # no person is overrun
                                or tgt.lemma_.lower() in PERSON_NOUNS or tgt.lemma_.lower() in _NOT_TERRITORY):
            return True
        if any(c.dep_ == "agent" and any(g.lemma_.lower() in PERSON_NOUNS and g.lemma_.lower() not in _ARMED_CONTEXT
                                         for g in c.children) for c in tok.children):
            return True  # "the second vehicle, occupied by a female driver": somebody in it, nobody took it
        if not _place_like(tgt) and not _armed_context(tok.sent):
            # "helped to capture the students' interest", "the vehicle, occupied by a driver", "activist captured
            # judiciary", "Ukraine has expelled 13": nothing a side holds is taken, and nobody armed takes it
            return True
        if any(c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in ("video", "camera", "film", "tape")
                                                                for g in c.children) for c in tok.children):
            return True  # "captured on video"
    return False


# measures and moves taken in response to an event ("sent reinforcements after the attack")
# (people displaced "following a clash" are not here: the clash is the event that displaced them)
_MEASURES = frozenset({"deploy", "redeploy", "reinforce", "send", "dispatch", "station", "impose", "declare", "close",
                       "shut", "suspend", "ban", "tighten", "strengthen", "step", "institute", "extend", "lift", "order"})
_EARLIER = frozenset({"recent", "previous", "earlier", "past", "repeated", "last", "prior", "former"})


# "kidnapping warrants", "murder charges", "the robbery suspect": an event word naming a legal matter about it
_LEGAL_NOUNS = frozenset({"warrant", "charge", "case", "suspect", "trial", "investigation", "probe", "conviction",
                          "sentence", "inquiry", "allegation", "accusation", "count", "indictment", "hearing", "law",
                          "bill", "statute", "penalty", "prosecution", "lawsuit", "suit", "record"})


def _reference(tok: Token) -> bool:
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _LEGAL_NOUNS:
        return True
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "JJ") and not (
            tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "re") and not (
            tok.head.i < tok.i and (any(c.dep_ == "nsubj" for c in tok.children)
                                    or tok.i > tok.sent.start and tok.doc[tok.i - 1].like_num)):
        # ("Communal violence in X; 5 dead": a toll the parser hung on a noun before it is no modifier)
        return True  # "detained journalists", "kidnapped girls": a state, not an event reported here
        # ("re-captured X" is a verb the tagger split at the hyphen)
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("after", "following") and any(
            c.dep_ == "amod" and c.lower_ in _EARLIER for c in tok.children):
        return True  # "deployed to Djibo after recent attacks": earlier events, the cause of this one
    if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and head.lower_ in ("after", "following") \
            and head.head.pos_ == "VERB" and head.head.lemma_ in _MEASURES:
        return True  # "deployed reinforcements after the attack", "closed the schools following the attack": its cause
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        governor = head.head
        return (governor.lemma_ in _REFERENCE_HEADS or governor.lower_ in _REFERENCE_HEADS) and not _suspected_lead(governor)
    if tok.dep_ in ("pcomp",) and head.head.lemma_ in _REFERENCE_HEADS:
        return not _suspected_lead(head.head)
    return False


def _suspected_lead(governor: Token) -> bool:
    """"Boko Haram suspected of killing 4 in X", "Militia blamed for attack on village": a note's lead that
    names its event and who is thought to have done it (the suspicion is the attribution, not a second,
    earlier event); "a man suspected of killing his wife was arrested" describes the man."""
    if governor.lemma_ not in ("suspect", "blame") or governor.pos_ != "VERB":
        return False
    if governor.dep_ == "acl" and governor.head.dep_ == "ROOT" and governor.head.pos_ in ("NOUN", "PROPN"):
        subjects = [governor.head]  # "Al Shabaab blamed for ...": a verbless headline, the parser's root is the name
    elif governor.dep_ == "ROOT":
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return False
    return any(c.pos_ != "PRON" and c.lemma_.lower() not in PERSON_NOUNS for c in subjects)


_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "pobj", "prep", "dobj", "pcomp", "agent", "conj", "npadvmod"})


def within_clause(child: Token, ancestor: Token, hops: int, *, deps: frozenset[str] | None = None,
                  reporting: frozenset[str] | None = None) -> bool:
    """Is ``ancestor`` reached from ``child`` in at most ``hops`` clause-internal edges (``deps``), without
    passing a reporting verb (``reporting``)? The tables default to English; another language passes its own."""
    deps = _CLAUSE_DEPS if deps is None else deps
    reporting = _REPORTING_LEMMAS if reporting is None else reporting
    node = child
    for _ in range(hops):
        if node.dep_ not in deps or node.head == node:
            return False
        node = node.head
        if node == ancestor:
            return True
        if node.lemma_ in reporting:
            return False
    return False


_REPORTING_LEMMAS = frozenset({"say", "announce", "report", "claim", "tell", "add", "state", "confirm"})


def _linked(a: Token, b: Token) -> bool:
    """Are two triggers parts of one event ("clashed ..., leaving 20 injured", "targeted by raids")?"""
    if a.head == b or b.head == a:
        return True
    if within_clause(a, b, 3) or within_clause(b, a, 3):
        return True
    for x, y in ((a, b), (b, a)):
        if x.head.head == y and x.head.dep_ in ("agent", "prep") and x.dep_ == "pobj":
            return True
    return False


# outcomes of an event ("one person was killed during clashes"): the clash names the event
_OUTCOME_LEMMAS = frozenset({"kill", "wound", "injure", "dead", "die"})
_CLASH_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "combat", "firefight", "skirmish", "gunfight",
                           "gunbattle", "exchange", "shootout", "shoot-out", "crossfire", "confrontation"})


_ASSAULT_LEMMAS = frozenset({"attack", "raid", "ambush", "storm", "assault"})
_VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _primary(group: list[tuple[Token, TriggerSpec]]) -> int:
    return _ranked(group)[0]


def _ranked(group: list[tuple[Token, TriggerSpec]]) -> list[int]:
    """The group's triggers, the one that best names the event first."""
    # "3 killed when gunmen attacked a village": the attack names the event, the deaths are its outcome
    # (a verb with its own doer: "killed in an attack attributed to X" keeps the killing and its victims)
    has_clash = any(spec.lemma in _CLASH_LEMMAS or spec.lemma in _ASSAULT_LEMMAS and tok.pos_ == "VERB" and any(
        c.dep_ == "nsubj" for c in tok.children) for tok, spec in group)
    has_violence = any(spec.flex and spec.event_type in _VIOLENT_TYPES for _, spec in group)
    abduction = any(spec.sub_event_type == "Abduction/forced disappearance" for _, spec in group)

    def rank(item: tuple[Token, TriggerSpec]) -> tuple[int, ...]:
        tok, spec = item
        not_reference = 0 if _reference(tok) else 1  # "protested against the arrest": the protest names the event
        in_agent = 1 if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else 0
        specific = 0 if spec.flex else 1
        weapon = 1 if spec.event_type == "Explosions/Remote violence" else 0
        not_outcome = 0 if has_clash and spec.lemma in _OUTCOME_LEMMAS else 1
        # "protested after their crops were destroyed", "during a protest police shot two": the protest
        # names the event, and its coding reads the violence from the clause
        protest = 1 if spec.protest and not spec.needs_cue else 0
        # "executed six suspects detained in X": a participle describing a noun is not the event
        # ("Body of a man found with gunshot wounds": a verbless note's finding of a body is its event)
        main = 0 if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN" and found_body(tok) is None else 1
        # "seven militants were killed and three arrested during operations": the arrests are part of the fight
        # "their patrol was ambushed": the patrol is who was attacked, not a change of activity
        not_arrest = 0 if has_violence and spec.sub_event_type in ("Arrests", "Change to group/activity") else 1
        # "deployed to prevent protests", "released prisoners to help the peace deal": what a measure is for is
        # not the event
        not_purpose = 0 if _in_purpose(tok, measures) else 1
        # "killed a policeman and abducted 3 civilians": the killing names the event (an abduction with a killing is
        # coded by the killing, ACLED codebook)
        the_killing = 1 if abduction and _kills(tok, spec) else 0
        return (not_reference, not_purpose, main, protest, not_outcome, not_arrest, in_agent + weapon, the_killing,
                specific, -tok.i)
    measures = {tok.i for tok, spec in group if spec.event_type == "Strategic developments"}
    return sorted(range(len(group)), key=lambda i: rank(group[i]), reverse=True)


def _kills(tok: Token, spec: TriggerSpec) -> bool:
    """A verb of killing with its victim as object ("killed a policeman")."""
    return spec.lemma in ("kill", "shoot", "murder", "behead", "execute", "shoot dead") and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" for c in tok.children)


def _in_purpose(tok: Token, measures: set[int]) -> bool:
    """Is the trigger inside an infinitive purpose clause ("to prevent the protests", "in order to inspect")
    of a measure (a Strategic developments trigger) of its group?"""
    node = tok
    for _ in range(4):
        if node is not tok and node.i in measures or node.head == node:
            return False
        if node.dep_ in ("advcl", "xcomp") and node.pos_ == "VERB" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
            return any(a.i in measures for a in node.ancestors)
        node = node.head
    return False


def linked_groups(found: list[tuple[Token, TriggerSpec]],
                  linked: Callable[[Token, Token], bool]) -> list[list[tuple[Token, TriggerSpec]]]:
    """A sentence's triggers in groups, one per event it tells: a trigger joins the first group holding a
    trigger it is ``linked`` to ("killed ... in an attack": one event), else starts its own."""
    groups: list[list[tuple[Token, TriggerSpec]]] = []
    for item in found:
        for group in groups:
            if any(linked(item[0], other[0]) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def sentence_triggers(sent: Span, lexicon: Lexicon, blocked: set[int]) -> list[tuple[Token, TriggerSpec]]:
    """The trigger words of a sentence, in order, each with its lexicon entry (a multi-word trigger by the
    word that governs its phrase); ``blocked``: the tokens of actor names, never triggers."""
    doc = sent.doc
    multi, consumed = _multi_triggers(sent, lexicon, blocked)
    found = []
    # only a token whose word can name a trigger (``_trigger_words``) or that starts a multi-word trigger
    # is looked at: ``_is_trigger`` says None for every other token
    for i in sorted({*word_positions(doc, _trigger_words(lexicon), sent.start, sent.end), *multi}):
        if i in consumed:
            continue
        tok = doc[i]
        spec = None if i not in multi or _weapon_disrupted(tok) else multi[i]
        if spec is None:
            spec = _is_trigger(tok, lexicon, blocked)
        if spec is not None:
            found.append((tok, spec))
    return found


def find_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    actors = list(doc._.ew_actors or [])
    blocked = {i for m in actors for i in range(m.span.start, m.span.end)}
    actors_in = {i: m.actor_id for m in actors for i in range(m.span.start, m.span.end)}
    places = {i for pm in doc._.ew_places or [] if pm.role in ("place", "region")
              for i in range(pm.span.start, pm.span.end)}
    memory: list[ClaimantRef] = []
    out: list[Mention] = []
    for sent in doc.sents:
        groups = linked_groups(sentence_triggers(sent, lexicon, blocked), _linked)
        for group in groups:
            order = _ranked(group)
            first = _mention(group, order[0], sent, actors, actors_in, blocked, places, memory)
            # the other triggers, in rank order: when the first names no event once coded ("residents freed a
            # suspect and burnt down a cottage": no prisoners were released), the next one may
            # (built only when asked for: most groups have one trigger, most first triggers code)
            # (a violent word coded to nothing is a figure of speech, and so are the words linked to it:
            # "no firefighters were injured fighting the fire")
            if group[order[0]][1].event_type not in _VIOLENT_TYPES:
                first.fallbacks = [functools.partial(_mention, group, i, sent, actors, actors_in, blocked, places,
                                                     memory) for i in order[1:]]
            out.append(first)
        claim = find_claimant(sent[-1], sent, actors_in, memory)
        if claim is not None and claim.name:
            memory.append(claim)
    return out


def _mention(group: list[tuple[Token, TriggerSpec]], idx: int, sent: Span, actors: list[ActorMention],
             actors_in: dict[int, str], blocked: set[int], places: set[int], memory: list[ClaimantRef]) -> Mention:
    """The mention named by ``group[idx]``, the group's other triggers related to it."""
    tok, spec = group[idx]
    related = [t for i, (t, _) in enumerate(group) if i != idx]
    # modality from the governing verb when the primary is a noun inside it
    mod_tok = next((t for t in related if t.pos_ == "VERB" and tok in t.subtree), tok)
    modality = modality_of(mod_tok)
    if mod_tok != tok and not modality.negated and modality_of(tok).negated:
        modality.negated = True  # "agreed to postpone the demonstration": called off below the verb
    if not related and tok.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
            for c in tok.children):
        modality.negated = True  # "No residents were injured.": nobody was (beside an attack, it tells its toll)
    claimant = find_claimant(tok, sent, actors_in, memory)
    speaker = None
    if claimant is not None and claimant.actor_id:
        speaker = ActorMention(span=claimant.span, actor_id=claimant.actor_id, name="")
    roles = fill_roles(tok, sent, actors, speaker)
    outcome_verb = spec.lemma in _CLASH_LEMMAS and mod_tok.lemma_ in _OUTCOME_LEMMAS
    if mod_tok != tok and not outcome_verb:  # "a man was killed during clashes": not a side of the clash
        verb_roles = fill_roles(mod_tok, sent, actors, speaker)
        roles.actor1 = roles.actor1 or verb_roles.actor1
        roles.actor2 = roles.actor2 or verb_roles.actor2
        if roles.actor1 is not None and roles.actor2 is not None and roles.actor1.actor_id == roles.actor2.actor_id:
            # "a drone operated by GNA targeted a truck": the noun's guess at a target is the verb's doer;
            # the verb's own target stands
            other = verb_roles.actor2
            roles.actor2 = other if other is not None and other.actor_id != roles.actor1.actor_id else None
    victim = _victim(tok, blocked) or (_victim(mod_tok, blocked) if mod_tok != tok and not outcome_verb else None)
    if victim is None:
        victim = found_body(tok)
    return Mention(tok, spec, sent, modality, claimant, roles, reference=_reference(tok), related=related,
                   victim=victim, place_target=_place_target(tok, places, blocked),
                   property_target=_property_target(tok, spec))
