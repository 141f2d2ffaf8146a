"""Words: the casualty wording a count is tied to, and who is a person.

Casualty wording beyond the verbs and nouns of ``KIND_WORDS``: "shot dead", "gunned down",
"burned alive", "fatally shot", "lost their lives", "claimed N lives", "left N dead", "the bodies of
N", "a body was found", "He died" (one person, when no toll precedes it), a headline's bare victim
("Soldier shot dead by gunmen"), and "neutralised"/"eliminated" when those acted on are combatants
(the army's wording for killing them; "neutralised an IED" kills no one). Never a killing:
"sentenced to death", "beaten nearly to death". A toll broken down after a comma, colon or dash
("killed 5 people: 3 soldiers and 2 civilians", "left 5 dead (3 soldiers and 2 militants)") is one toll
when the parts add up to it; parts given as "among them ..." or "four of them ... and two ..." add no
one; "a family of three" is three people. A coder's labelled figure ("Fatalities: 3") is a toll, a toll
given per side ("4 were killed on each side") counts both sides, and "the army lost 2 soldiers" is a toll.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from spacy.tokens import Token

#: lemma -> kind of casualty, for verbs, adjectives and nouns tied to a count.
KIND_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["kill", "die", "slay", "murder", "execute", "behead", "massacre", "assassinate", "slaughter", "lynch",
         "perish", "dead", "death", "fatality", "body", "corpse", "drown", "decapitate", "martyr", "succumb",
         "killing"],
        "killed"),
    **dict.fromkeys(["wound", "injure", "hurt", "maim", "injury", "injured", "wounded"], "wounded"),
    **dict.fromkeys(["abduct", "kidnap", "hostage", "abduction", "kidnapping", "missing"], "abducted"),
    **dict.fromkeys(["arrest", "detain", "apprehend", "jail", "imprison", "detention", "arrested"], "arrested"),
    **dict.fromkeys(["displace", "flee", "evacuate", "uproot", "displaced", "refugee"], "displaced"),
}  # fmt: skip
_NOUN_KINDS = {"death", "fatality", "body", "corpse", "dead", "injury", "wounded", "injured", "hostage", "refugee"}

_PERSONS = set(
    """people person civilian soldier troop fighter militant insurgent rebel police policeman policemen officer man
    men woman women child children boy girl student worker member leader resident villager farmer herder protester
    demonstrator gunman gunmen assailant attacker jihadist terrorist worshipper passenger pilgrim refugee migrant
    victim body corpse casualty fatality death dead hostage prisoner inmate guard commander official journalist
    teacher doctor nurse personnel element combatant extremist suspect bandit family relative individual miner
    trader driver youth elder chief cadre recruit militiaman militia separatist guerrilla serviceman sailor marine
    agent employee volunteer pupil infant baby adult kid citizen national foreigner tourist shepherd fisherman
    farmer monk priest imam cleric worshiper mourner bystander pedestrian motorist gendarme ranger guardsman
    contractor engineer activist supporter follower partisan sympathizer loyalist deserter defector captive
    abductee detainee raider attacker bomber pirate poacher smuggler trafficker robber thief criminal gangster
    member operative commando paratrooper infantryman militiamen tribesman tribesmen colonel general major
    captain lieutenant sergeant corporal pastor head chief chairman chairperson chairwoman councilor councillor
    alderman mayor governor director inspector collector fugitive delegate bodyguard spy sniper father mother
    son daughter husband wife brother sister uncle aunt nephew niece cousin teen teenager adolescent toddler lady
    local native deputy lawmaker politician candidate minister judge lawyer businessman businesswoman shopkeeper
    vendor seller labourer laborer herdsman herdsmen cultist informant collaborator staff staffer medic
    paramedic surgeon reporter photographer cameraman policewoman cop patrolman trooper warlord emir sheikh
    chieftain king prince mp lawmaker official elder host guest customer patient newborn jawan constable
    sarpanch companion friend colleague neighbour neighbor partner associate comrade accomplice vigilante
    employee fan clerk secretary administrator tailor barber cook""".split()
)  # fmt: skip
#: nouns ending like person nouns (-er, -or ...) that are not people.
_NOT_PERSON_SUFFIXED = set(
    """floor door motor corridor sector tractor mirror error color colour liquor factor border order water
    center centre quarter headquarter container number power tower river matter manner corner shelter
    paper letter poster banner member_of calendar register trigger cluster server computer monitor total toll
    tally""".split()
)  # fmt: skip
_NOT_PEOPLE = set(
    """kilometer kilometre km mile meter metre foot feet yard hour day week month year minute second percent %
    dollar euro pound naira rupee franc taka afghani shilling birr cedi peso real rial riyal dinar lira yuan
    ton tonne kg kilogram gram liter litre mm cm round shell rocket mortar missile bullet vehicle car truck
    tank house home building village school time hectare acre km2 bag sack head cattle cow goat sheep camel
    shop store church mosque point seat vote case corps brigade battalion regiment squadron livestock lamb animal
    dog cat chicken poultry donkey horse mule pig ox oxen bull calf buffalo elephant rhino rhinoceros lion bird
    fish hen""".split()
)  # fmt: skip
_UNIT_NUMBER_NOUNS = {"brigade", "battalion", "division", "regiment", "unit", "route", "highway", "road", "no", "number",
                      "article", "resolution", "km", "kilometer", "sector", "zone", "district", "ward", "block"}  # fmt: skip


def _is_person(noun: Token | None) -> bool:
    if noun is None:
        return True  # "1 killed", "killing three": the number stands for people
    lemma = noun.lemma_.lower()
    if lemma in _PERSONS or noun.lower_ in _PERSONS:  # before _NOT_PEOPLE: "the head of intelligence"
        return True  # ("200 head of cattle" is dropped earlier: a number before "head")
    if lemma in _NOT_PEOPLE:
        return False
    if noun.ent_type_ in ("NORP", "PERSON"):
        return True
    if noun.pos_ == "PRON" and noun.lower_ in ("them", "they", "whom", "us", "people"):
        return True
    return (lemma.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee")) and lemma not in _NOT_PEOPLE
            and lemma not in _NOT_PERSON_SUFFIXED)


#: verbs whose object "lives" makes a toll: "lost their lives", "claimed four lives", "cost the lives of".
_LIFE_VERBS = {"lose", "claim", "take", "cost"}

_KILL_TYPO = re.compile(r"kil+e?d|kil+ing|kil+s?")


def _lem(token: Token) -> str:
    """The token's lemma in lower case, with the small model's slips corrected ("corpses" -> "corps",
    the military unit, is "corpse")."""
    if token.lower_ in ("corpse", "corpses"):
        return "corpse"
    return token.lemma_.lower()


#: verbs that kill only when what they act on are combatants ("troops neutralised 5 terrorists",
#: "eliminating 10 insurgents"; "neutralised an IED", "eliminated a checkpoint" kill no one).
_COMBATANT_VERBS = {"neutralise", "neutralize", "neutralised", "neutralized", "eliminate"}
_COMBATANTS = set(
    """militant insurgent terrorist fighter rebel jihadist bandit attacker assailant gunman gunmen extremist element
    combatant militiaman militiamen militia islamist guerrilla separatist member commander""".split()
)  # fmt: skip


def _combatant_kill(token: Token) -> bool:
    """'neutralised 5 Boko Haram terrorists', '5 insurgents were neutralized': the victims' slot
    (object, passive subject, or the noun it modifies) names combatants."""
    if token.lemma_.lower() not in _COMBATANT_VERBS and token.lower_ not in _COMBATANT_VERBS:
        return False
    slots = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if token.dep_ in ("acl", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        slots.append(token.head)  # "5 terrorists neutralised"
    slots += [g for c in slots for g in c.conjuncts]
    return any(_lem(c) in _COMBATANTS or c.lower_ in _COMBATANTS for c in slots)


#: what "died of/from" names when the death is not violence: illness, natural causes, accidents.
_NOT_VIOLENT = {"coronavirus", "covid", "covid-19", "disease", "illness", "sickness", "cholera", "malaria", "ebola",
                "cancer", "fever", "infection", "cause", "accident", "crash", "heart", "stroke", "virus", "pneumonia"}


def _natural_death(token: Token) -> bool:
    """'died from coronavirus', 'died of natural causes', 'died in a road accident': not a killing."""
    if token.lemma_.lower() not in ("die", "succumb", "perish"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from", "in", "after") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _NOT_VIOLENT for g in c.children) for c in token.children)


def _word_kind(token: Token) -> str | None:
    """The kind a single word names, tolerating the doubled/missing letters of hurried notes
    ("kiled", "killled")."""
    kind = KIND_WORDS.get(_lem(token)) or KIND_WORDS.get(token.lower_)
    if kind == "killed" and _natural_death(token):
        return None
    if kind is None and _combatant_kill(token):
        return "killed"
    if kind is None and token.pos_ in ("VERB", "ADJ", "NOUN", "PROPN") and _KILL_TYPO.fullmatch(token.lower_):
        return "killed"
    if kind is None and token.lower_ == "hanged":
        return "killed"  # "were hanged": an execution ("hung" is the everyday form)
    return kind


def _kind_of_word(token: Token) -> str | None:
    if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in ("fatally", "mortally") for c in token.children):
        return "killed"  # "fatally shot", "were fatally assaulted", "fatally wounded", "mortally wounded"
    kind = _word_kind(token)
    if kind:
        return kind
    if token.lemma_ in _LIFE_VERBS and any(c.lemma_ == "life" and c.dep_ in ("dobj", "obj") for c in token.children):
        return "killed"  # "lost their lives", "claimed four lives", "took the lives of"
    if token.lemma_ == "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return "killed"  # "were gunned down"
    if token.lemma_.lower() in ("burn", "bury") and any(c.lower_ == "alive" and c.i > token.i for c in token.children):
        return "killed"  # "burned alive", "buried alive"
    if token.lemma_ == "take" and any(c.lemma_ == "hostage" or c.lemma_ == "captive" for c in token.subtree):
        return "abducted"
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.pos_ == "VERB" and nxt is not None and nxt.lower_ == "dead" and nxt.dep_ in ("amod", "advmod", "oprd",
                                                                                       "acomp"):
        return "killed"  # "shot dead 2 protesters" (the parser hangs "dead" on the noun)
    for child in token.children:  # "shot dead", "found dead", "beaten to death", "left 5 dead"
        if child.dep_ in ("oprd", "acomp", "advmod", "xcomp", "ccomp", "amod") and child.lemma_ in ("dead", "death"):
            return "killed"
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lemma_ == "death" for g in child.children):
            if token.lemma_.lower() in ("sentence", "condemn") or token.doc[child.i - 1].lower_ in ("nearly", "almost"):
                return None  # "sentenced 5 men to death": a verdict; "beat him nearly to death": alive
            return "killed"
        if child.dep_ in ("oprd", "acomp", "xcomp") and KIND_WORDS.get(child.lemma_.lower()) in ("wounded", "abducted"):
            return KIND_WORDS[child.lemma_.lower()]
        if (child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and token.lemma_.lower() == "leave"
                and _word_kind(child) == "killed" and child.tag_ == "VBN"):
            return "killed"  # "leaving him killed", "left three killed"
        if (child.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and token.lemma_.lower() in _STATED
                and _word_kind(child) == "killed"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)):
            return "killed"  # "were reported killed", "was later found killed", "are confirmed killed"
    return None


def _along(prep: Token) -> bool:
    """"along with", "together with": what follows shares the verb's fate."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ in ("along", "together")


#: verbs of finding or reporting whose complement tells what happened: "reported killed", "found killed".
_STATED = {"report", "find", "confirm", "believe", "fear", "presume", "say", "declare", "list", "announce"}

_TRIED = {"attempt", "try", "threaten", "plan", "seek", "want", "vow", "intend", "plot", "fail", "aim"}


def _unrealized(word: Token) -> bool:
    """'attempted to kill', 'an attempt to assassinate', 'threatened to kill': nobody died of it."""
    head = word.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    if to and word.dep_ in ("xcomp", "acl", "advcl", "ccomp") and head.lemma_.lower() in _TRIED:
        return True
    return word.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _TRIED


def _either_or(word: Token) -> bool:
    """'killed, injured or captured', 'killing or injuring': the count is not a toll."""
    top = word.head if word.dep_ == "conj" else word
    group = [top, *(c for c in top.children if c.dep_ in ("conj", "advcl") and c.i > top.i)]
    group += [g for c in group[1:] for g in c.children if g.dep_ == "conj"]  # "killed, injured or captured"
    has_or = any(c.dep_ == "cc" and c.lower_ == "or" for g in group for c in g.children)
    kinds = {_word_kind(g) for g in group} - {None}
    return has_or and len(kinds) > 1


def _killed_and_wounded(word: Token) -> bool:
    """'7 militants were killed and wounded', 'killing and injuring 20 fighters': one figure for the
    dead and the wounded together (ACLED codes half of it). The two words stand side by side,
    joined by "and"; "three were killed and ten others injured" gives two figures."""
    doc = word.doc
    for first in (word.i - 2, word.i):  # "wounded and killed" / "killed and wounded"
        if first < 0 or first + 2 >= len(doc) or doc[first + 1].lower_ != "and":
            continue
        kinds = {_word_kind(doc[first]), _word_kind(doc[first + 2])}
        if kinds == {"killed", "wounded"}:
            return True
    return False


def _is_agent_of(verb: Token) -> bool:
    """True when the subject of ``verb`` is the one who did the harm: an active casualty verb
    with an object ("gunmen killed a man", "the army arrested 12"), not "five died" or the
    telegraphic "two soldiers killed"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_ != "life" for c in verb.children)  # not "lost their lives"
_DIE_VERBS = {"die", "perish", "succumb", "drown"}


_SAYING = {"say", "announce", "report", "claim", "state", "add", "tell", "confirm", "deny", "accuse", "allege",
           "dire", "annoncer", "affirmer", "indiquer", "déclarer", "confirmer", "rapporter", "démentir", "ajouter"}
