"""Trigger words used in a sense that names no event: figures of speech ("struck a deal", "blasted the
investigation"), everyday acts ("executed the project", "fired the coach"), animals, sports, a weapon named
with no act. ``_figurative`` tells them; the word sets are what it reads."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .armed_words import _ARMED_CONTEXT, _ARMED_WORDS, _armed_context, _armed_side, _violent_context
from .mishaps import _natural_cause
from .person_words import _CROWD_NOUNS, PERSON_NOUNS
from .victims import _PROPERTY_NOUNS, _TERRITORY_NOUNS, _target

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import TriggerSpec


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


def _geoparsed(tok: Token) -> bool:
    """Did the geoparser resolve the token as a place ("occupied Gamboru": the tagger calls the town a person)?"""
    return any(pm.span.start <= tok.i < pm.span.end and pm.role in ("place", "region")
               for pm in tok.doc._.ew_places or [])


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


def _armed_target(tgt: Token) -> bool:
    """"militant targets", "Islamic State targets", "enemy positions": the thing hit belongs to an armed side."""
    return any(c.dep_ in ("amod", "compound", "poss") and (c.lemma_.lower() in _ARMED_WORDS or c.ent_type_ == "NORP")
               for c in tgt.children)


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
