"""Events told by what was found or observed rather than by the act: a body found with signs of violence
(a killing), an explosive or a weapons cache found or defused (disrupted weapons use), shots or explosions
counted by observers (fire across a front line)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .armed_words import _armed_side
from .person_words import _BODY_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


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
