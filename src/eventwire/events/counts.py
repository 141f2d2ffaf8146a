"""How many: numbers of people, as best/low/high, and what happened to them.

``find_counts(doc)`` finds number expressions (digits, number words, vague quantities,
ranges, qualifiers) and, through the dependency parse, the noun they count and the
casualty wording they are tied to (killed / wounded / abducted / arrested / displaced).
``event_counts(doc, trigger)`` sums, by kind, the casualty counts attached to one event.

Never casualties: numbers inside date expressions, years, ages ("a 48-year-old", "aged
30"), money, distances, durations and other units ("30 kilometers", "2 or 3 months"),
ratios ("out of 10"), vehicle/unit/calibre numbers ("B-10", "12.7mm", "No. 5"), and
numbers of people with no casualty wording (force sizes: "a few hundred fighters"
remain, and ``group_size`` gives an event's actor its size as a count of kind "strength").
Parts introduced by "including"/"among them" are kept, but not as casualties,
so totals are not counted twice.

Qualifiers and vague words -> (best, low, high). ``best`` follows ACLED's conservative
convention; ACLED's own rules (ACLED, "Fatalities" FAQ, 2023: "ACLED codes 10 for 'tens',
12 for 'dozens', 100 for 'hundreds', and so on"; the most conservative estimate when
sources differ or give a range) are marked [ACLED]; the rest are eventwire's choices:

================================  ===========================  =======
wording                           best / low / high            source
================================  ===========================  =======
N                                 N / N / N
at least, more than, over N       N / N / 1.5 N                [ACLED] conservative best
about, around, some, nearly N     N / 0.8 N / 1.2 N (nearly: N)
up to, as many as, at most N      N / N/2 / N
between N and M, N-M, N or M      N / N / M                    [ACLED] lowest
a couple (of)                     2 / 2 / 2
a few                             3 / 2 / 5
a handful                         3 / 2 / 6
several, a number of, numerous,   10 / 3 / 19                  [ACLED] codes unknown tolls 10
many, unknown                                                  (several/many/plural)
both (+ plural noun or "of")      2 / 2 / 2
tens                              10 / 10 / 99                 [ACLED]
a dozen / dozens / scores         12 / 12 / 12 ; 12 / 24 / 99 ; 20 / 40 / 199  [ACLED] dozens
hundreds / thousands              100 / 200 / 999 ; 1000 / 2000 / 9999  [ACLED]
a few / several + hundred etc.    3 x / 2 x / 9 x (few) ; 3 x / 3 x / 9 x (several)
N killed and wounded (one figure) N // 2 / 0 / N (killed)      [ACLED] half, rounded down
N-M ("7-9", "20–25")              N / N / M                    [ACLED] lowest
reports range from N to M         N / N / M                    [ACLED] lowest
================================  ===========================  =======

Casualty wording beyond the verbs and nouns of ``KIND_WORDS``: "shot dead", "gunned down",
"burned alive", "fatally shot", "lost their lives", "claimed N lives", "left N dead", "the bodies of
N", "a body was found", "He died" (one person, when no toll precedes it), a headline's bare victim
("Soldier shot dead by gunmen"), and "neutralised"/"eliminated" when those acted on are combatants
(the army's wording for killing them; "neutralised an IED" kills no one). Never a killing:
"sentenced to death", "beaten nearly to death". A toll broken down after a comma, colon or dash
("killed 5 people: 3 soldiers and 2 civilians", "left 5 dead (3 soldiers and 2 militants)") is one toll
when the parts add up to it; parts given as "among them ..." or "four of them ... and two ..." add no
one; "a family of three" is three people.

Several sources' figures for the same people ("killing 4, according to the army, while other
sources said 6"; "at least 10 killed, with reports of up to 25 dead"; "the villagers contest that figure, saying 13 were killed") are reconciled,
not added (``same_people``, ``reconcile``): best is the lowest best [ACLED: the most conservative
estimate when sources differ], low the lowest low and high the highest high (UCDP keeps the
spread of the reports as low/high). Parts of one toll ("three soldiers and two civilians") are
added (``add_counts``).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from .._doc import CountMention, ensure_extensions, evidence
from .._doc import doc_text as _text_of
from ..model import Count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["KIND_WORDS", "KIND_WORDS_FR", "VAGUE", "VAGUE_FR", "add_counts", "event_counts", "find_counts",
           "group_size",
           "parse_number", "parse_number_fr", "reconcile", "same_people"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}

#: vague quantity -> (best, low, high); see the module docstring for the sources.
VAGUE: dict[str, tuple[int, int, int]] = {
    "a couple of": (2, 2, 2), "a couple": (2, 2, 2), "a few": (3, 2, 5), "few": (3, 2, 5),
    "a handful of": (3, 2, 6), "several": (10, 3, 19), "a number of": (10, 3, 19), "numerous": (10, 3, 19),
    "many": (10, 3, 19), "tens": (10, 10, 99), "dozens": (12, 24, 99), "scores": (20, 40, 199),
    "hundreds": (100, 200, 999), "thousands": (1000, 2000, 9999), "tens of thousands": (10000, 20000, 99999),
    "hundreds of thousands": (100000, 200000, 999999), "both": (2, 2, 2),
}  # fmt: skip
_VAGUE_SCALED = {"a few": (3, 2, 9), "few": (3, 2, 9), "several": (3, 3, 9)}

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
    paper letter poster banner member_of calendar register trigger cluster server computer monitor""".split()
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

_NUMWORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
_DIGITS = r"(?<![\w./-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/])|(?<![\w./-])\d+(?:\.\d+)?(?![\w/]|[.,]\d)"
_CORE = (
    rf"(?:{_DIGITS}|\b(?:{_NUMWORD})\b|\b(?:a|an|half\s+a)\s+(?:dozen|hundred|thousand|million)\b)"
    rf"(?:(?:\s+|-)(?:and\s+)?\b(?:{_NUMWORD})\b)*"
)
#: the upper end of a range: digits may follow the dash ("7-9"), which ``_DIGITS`` refuses
#: before a number on its own ("B-10", "AK-47").
_CORE_B = _CORE.replace(r"(?<![\w./-])", r"(?<![\w./])")
_VAGUE_RE = (
    r"\b(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|a\s+couple(?:\s+of)?|a\s+few|a\s+handful\s+of|a\s+number\s+of"
    r"|several|numerous|many|tens|dozens|scores|hundreds|thousands|few|both)\b"
)
_QUAL = (
    r"(?:at\s+least|at\s+most|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|more\s+than|over|upwards\s+of|"
    r"in\s+excess\s+of|nearly|almost|about|around|approximately|roughly|some|an\s+estimated|close\s+to|"
    r"up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under)"
)
_EXPR = re.compile(
    rf"(?i)(?:\b(?P<qual>{_QUAL})\s+)?(?:\b(?P<between>between|from)\s+)?"
    rf"(?P<a>{_VAGUE_RE}(?:\s+(?:hundred|thousand|dozen|million)\b)?|{_CORE})"
    rf"(?:\s*(?P<join>-|–|to|or|and)\s*(?P<b>{_CORE_B}))?"
)
_LOW_QUAL = {"at least", "no fewer than", "no less than", "not less than", "more than", "over", "upwards of", "in excess of"}
_ABOUT = {"about", "around", "approximately", "roughly", "some", "an estimated", "close to"}
_UPTO = {"up to", "as many as", "at most", "fewer than", "less than", "under", "nearly", "almost"}


def parse_number(words: str) -> float | None:
    """The value of a number written in digits and/or English words ("twenty-one", "2.5 million")."""
    words = words.lower().replace(",", "")
    tokens = [t for t in re.split(r"[\s-]+", words) if t and t != "and"]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for tok in tokens:
        if tok in ("a", "an"):
            current = 1.0
        elif tok == "half":
            current = 0.5
        elif re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in _UNITS:
            current += _UNITS[tok]
        elif tok in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[tok]
        elif tok in _SCALES:
            total += (current or 1) * _SCALES[tok]
            current = 0.0
        else:
            return None
    return total + current


def _value(m: re.Match[str]) -> tuple[int, int, int] | None:
    a = re.sub(r"\s+", " ", m["a"].lower())
    qual = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    vague_scaled = re.match(r"(a few|few|several)\s+(hundred|thousand|dozen|million)$", a)
    if vague_scaled:
        best, low, high = _VAGUE_SCALED[vague_scaled[1]]
        unit = _SCALES[vague_scaled[2]]
        return best * unit, low * unit, high * unit
    if a in VAGUE:
        return VAGUE[a]
    value = parse_number(a)
    if value is None:
        return None
    n = int(value)
    if m["b"]:
        other = parse_number(m["b"])
        if other is None:
            return None
        hi = int(other)
        if m["join"] == "and" and not m["between"]:
            return None  # "three soldiers and two civilians" is two counts
        if hi >= n:
            return n, n, hi
        return None
    if qual in _LOW_QUAL:
        return n, n, math.ceil(n * 1.5)
    if qual in _ABOUT:
        return n, math.floor(n * 0.8), math.ceil(n * 1.2)
    if qual in ("nearly", "almost"):
        return n, math.floor(n * 0.8), n
    if qual in _UPTO:
        return n, math.ceil(n / 2), n
    return n, n, n


def _date_ranges(doc: Doc) -> list[tuple[int, int]]:
    from ..time import scan

    if doc._.ew_dates is not None:
        return [(m.span.start_char, m.span.end_char) for m in doc._.ew_dates]
    return [(f.start_char, f.end_char) for f in scan(_text_of(doc), doc._.ew_published, future=False, lang=doc.lang_)]


def _not_people(doc: Doc, span: Span, text: str, doc_text: str | None = None) -> bool:
    """True for numbers that are never counts of people (``doc_text``: ``doc.text``, when known)."""
    start, end = span.start_char, span.end_char
    if doc_text is None:
        doc_text = _text_of(doc)
    after = doc_text[end : end + 24].lower()
    before = doc_text[max(0, start - 16) : start].lower()
    if re.match(r"\s*(?:-|\s)?(?:years?[- ]old|year|yr|%|percent|per\s+cent|mm\b|km|kg|th\b|st\b|nd\b|rd\b|:)", after):
        return True
    if re.search(r"(?:[$€£¥]|\b(?:us|usd|eur|rs|no|aged|age\s+of|out\s+of|page|\w+-)\s*\.?\s*)$", before):
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", text.strip()):
        return True  # a year
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and _lem(nxt) in _NOT_PEOPLE:
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lemma_.lower() in _UNIT_NUMBER_NOUNS and re.fullmatch(r"[\d.,]+", text.strip()):
        return True
    return False


def _counted_noun(span: Span) -> Token | None:
    root = span.root
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "amod", "compound", "det", "npadvmod", "advmod") and head.i >= span.end:
        while head.dep_ in ("compound", "nmod") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN") and (
            head.pos_ == "PROPN" or head.head.tag_ in ("NNS", "NNPS")
        ):  # "Fourteen Al Shabaab militants", "two department employees", "three Hazara tribal elders": the noun
            head = head.head  # the name or modifier belongs to
        if head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            return head
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.head.i != root.i and root.head.i == nxt.i:
        return nxt
    return None


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
    if token.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "fatally" for c in token.children):
        return "killed"  # "fatally shot", "were fatally assaulted", "fatally wounded"
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


def _casualty_link(noun: Token | None, span: Span) -> tuple[str | None, Token | None]:
    """(kind, the word giving it) for the count; None when no casualty wording is attached."""
    x = noun if noun is not None else span.root
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i == span.root.i:
        x = span.root  # "killing five of them": the number itself is the object
    if x.dep_ == "prep" and x.lower_ in ("from", "between") and x.head.lemma_ in ("range", "vary"):
        return _ranged_kind(x.head)  # the span "from 2 to 4" is headed by its preposition
    if _lem(x) in _NOUN_KINDS:  # "12 fatalities", "3 deaths", "five dead"
        noun_kind = KIND_WORDS.get(_lem(x))
        killing = _killing_verb(x.head, x.dep_) if x.dep_ in ("nsubjpass", "dobj") else None
        if noun_kind == "killed" or killing is None:
            return noun_kind, x
        return "killed", killing  # "the 12 hostages were executed", "the hostages were shot and killed"
    for conj in x.children:  # "resulting in 2 rebel and 1 military fatalities": the parts share the noun
        if conj.dep_ == "conj" and _lem(conj) in _NOUN_KINDS and any(g.dep_ == "nummod" for g in conj.children):
            return KIND_WORDS.get(_lem(conj)), conj
    for child in x.children:  # "57 elements killed", "two people dead", "a man wounded"
        if child.dep_ in ("acl", "relcl", "amod", "appos") and child.i > x.i:
            kind = _kind_of_word(child)
            if kind and kind != "killed" and x.dep_ in ("nsubj", "nsubjpass") and _kind_of_word(x.head) == "killed" and (
                not _is_agent_of(x.head)
            ):
                return "killed", x.head  # "a person who was abducted on 24 April was found dead": the worse outcome
            if kind:
                return kind, child
    later = [c for c in x.conjuncts if c.i > x.i and c.pos_ in ("NOUN", "PROPN")]
    if later and x.dep_ != "conj":  # "left 4 militants and 1 soldier dead": the last part's word is the list's
        for child in later[-1].children:
            if child.dep_ in ("acl", "amod", "oprd") and child.i > later[-1].i:
                kind = _kind_of_word(child)
                if kind:
                    return kind, child
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    if any(a.lower_ in ("including", "among") and a.dep_ == "prep" for a in [x.head, *list(x.ancestors)[:2]]) or (
        _among_them(x)
    ):
        return None, None  # a part of a count given elsewhere
    while x.dep_ == "nmod" and x.head.i > x.i and x.head.dep_ in ("nsubjpass", "dobj"):
        x = x.head  # "Three members of the ... (CNDD-FDD) party were killed": the parser makes the name the subject
    if x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.lemma_.lower() in _GROUP_OF:
        x = x.head.head  # "a group of three soldiers was ambushed and killed": the group is in the victims' slot
    verb = x.head
    if x.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        prep = verb
        verb = prep.head
        if prep.lower_ in ("to", "at", "of") and verb.lemma_ in ("toll", "rise", "climb", "reach", "stand", "increase", "jump"):
            return "killed", verb  # "the death toll rose to 30"
        if prep.lower_ in ("from", "between") and verb.lemma_ in ("range", "vary"):
            return _ranged_kind(verb)  # "reports on fatalities range from 2 to 4"
        if prep.lower_ == "with" and _along(prep) and x.dep_ == "pobj":
            kind = _kind_of_word(verb)  # "X was killed along with his deputy and five other people"
            return (kind, verb) if kind else (None, None)
        if prep.lower_ != "of":
            return None, None
        if verb.lemma_ == "life" and verb.dep_ in ("dobj", "obj") and _kind_of_word(verb.head) == "killed":
            return "killed", verb.head  # "claimed the lives of four villagers"
    if x.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj", "conj", "npadvmod", "ROOT", "appos", "dep"):
        if x.dep_ == "nsubj" and _is_agent_of(verb):
            return None, None  # "two gunmen killed a man": the subject did the killing
        if _listed_part(x):
            return None, None
        kind = _kind_of_word(verb)
        if kind and kind != "killed" and x.dep_ in ("nsubj", "nsubjpass"):
            for conj in verb.children:  # "were kidnapped and (later) killed": the worse outcome
                if conj.dep_ == "conj" and _kind_of_word(conj) == "killed" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in conj.children
                ):
                    return "killed", conj
        if kind:
            if kind != "killed":  # "killed and injured several": the shared object goes to the killing
                head = verb.head
                shared = x.dep_ in ("dobj", "obj") and not any(
                    c.dep_ in ("dobj", "obj") or c.like_num for c in head.children
                ) and not (head.dep_ in ("xcomp", "oprd") and any(c.dep_ in ("dobj", "obj") for c in head.head.children))
                # ("leaving him killed and injuring a number of his relatives": the killing has "him")
                # ("killed 1 and injured 11 people": the killing has its own number)
                if verb.dep_ == "conj" and shared and _kind_of_word(head) == "killed":
                    return "killed", head
            return kind, verb
        for conj in verb.children:  # "were shot and killed", "shot and killed a man"
            if x.dep_ in ("nsubj", "ROOT") and _is_agent_of(conj):
                continue
            if conj.dep_ == "conj" and _kind_of_word(conj) == "killed" and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in conj.children
            ):  # "three suspects fled and one was killed": that killing has a subject of its own ("he" is the same man)
                return "killed", conj
        if verb.lemma_ == "toll" or any(c.lemma_ == "toll" for c in verb.children if c.dep_.startswith("nsubj")):
            return "killed", verb
    return None, None


def _along(prep: Token) -> bool:
    """"along with", "together with": what follows shares the verb's fate."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and before.lower_ in ("along", "together")


def _ranged_kind(verb: Token) -> tuple[str | None, Token | None]:
    """'Reports on fatalities range from 2 to 4', 'death toll estimates vary between 10 and 15':
    the kind named in the subject of range/vary."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        for tok in subj.subtree:
            if tok.lemma_.lower() == "toll" or _lem(tok) in _NOUN_KINDS:
                return KIND_WORDS.get(tok.lemma_.lower(), "killed"), verb
    return None, None


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


def _in_including(tok: Token) -> bool:
    """'including a commander', 'among them two children': a part of a count given elsewhere."""
    x = tok
    while x.dep_ in ("conj", "appos") and x.head is not x:
        x = x.head
    return any(a.lower_ in ("including", "among") and a.dep_ == "prep" for a in [x.head, *list(x.ancestors)[:2]]) or (
        _among_them(x))


def _among_them(x: Token) -> bool:
    """'killed five, among them three children and a woman': the parser hangs "among them" on the
    part itself; the part is still one of the people counted before."""
    return any(c.dep_ == "prep" and c.lower_ == "among" and c.i < x.i
               and any(g.lower_ in ("them", "whom", "those") for g in c.children) for c in x.children)  # fmt: skip


def _listed_part(x: Token) -> bool:
    """'12 people, including the six assailants and six officers, were killed': the parser hangs
    the second part on the verb; it is still a part of the 12."""
    if x.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for c in x.head.children:
        if c.dep_ == x.dep_ and c.i < x.i and any(g.lower_ in ("including", "among") for g in c.children):
            between = x.doc[c.i : x.i].text.lower()
            return not re.search(r"\bas well as\b|\bplus\b|\)\s*and\b", between)  # "(including ...) as well as 2 policemen"
    return False


def _is_agent_of(verb: Token) -> bool:
    """True when the subject of ``verb`` is the one who did the harm: an active casualty verb
    with an object ("gunmen killed a man", "the army arrested 12"), not "five died" or the
    telegraphic "two soldiers killed"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_ != "life" for c in verb.children)  # not "lost their lives"


def _passive_later(doc: Doc, span: Span, noun: Token) -> tuple[str | None, Token | None]:
    """A fallback for long subjects the parser splits: "six leaders ... linked to attacks in
    Europe have been killed" -- the first passive casualty verb after the noun in its sentence,
    with no other number of people in between."""
    for tok in doc[noun.i + 1 : span.sent.end]:
        if tok.like_num and tok.i > noun.i + 1:
            return None, None
        if tok.dep_ == "nsubjpass" or tok.dep_ == "nsubj" and tok.head.i > tok.i and tok.head.lemma_ not in ("link", "base"):
            if tok.i != noun.i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
                return None, None
        kind = _kind_of_word(tok) if tok.pos_ == "VERB" else None
        if kind and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
            return kind, tok
    return None, None


_BRIDGE = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "reportedly", "also", "all",
           "later", "allegedly", "then", "reported", "confirmed", "both", "subsequently", "eventually", "each"}


def _surface_noun(span: Span) -> Token | None:
    """The counted noun by word order when the parse disagrees ("14 Al shabaab militants")."""
    doc = span.doc
    for tok in doc[span.end : min(span.end + 6, len(doc))]:  # the parser may cut "14 | Al shabaab ..." apart
        if tok.pos_ == "NOUN" and (tok.tag_ == "NNS" or tok.lemma_.lower() in _PERSONS):
            return tok
        if tok.text in (",", ";", ".", ":", "!", "?") or (tok.is_sent_start and doc[tok.i - 1].is_punct):
            return None
        acronym = tok.text.isupper() and tok.is_alpha or tok.text in ("/", "-")  # "56 BH/IS fighters"
        if tok.pos_ not in ("PROPN", "ADJ", "NOUN", "PUNCT", "DET") and not acronym:
            return None
    return None


def _surface_kind(doc: Doc, token: Token) -> tuple[str | None, Token | None]:
    """Casualty wording right after the counted words: "militants were killed", "rebels dead",
    "three soldiers, including a commander, were killed" (an "including" aside is skipped)."""
    start = token.i + 1
    if start + 1 < len(doc) and doc[start].text == "," and doc[start + 1].lower_ in ("including", "among"):
        close = next((t.i for t in doc[start + 1 : min(start + 20, len(doc) - 1)] if t.text in (".", ";") or (
            t.text == "," and (doc[t.i + 1].lower_ in _BRIDGE or doc[t.i + 1].pos_ in ("VERB", "AUX")))), None)
        # the comma that closes the aside is the one before the verb ("four people, including a police
        # officer, a civilian, and two assailants, were killed")
        if close is None or doc[close].text != ",":
            return None, None
        start = close + 1
    for tok in doc[start : min(start + 5, len(doc))]:
        if tok.is_sent_start and doc[tok.i - 1].is_punct:
            return None, None
        if tok.lower_ in _BRIDGE:
            continue
        kind = _kind_of_word(tok)
        if kind and tok.pos_ in ("VERB", "ADJ", "AUX"):
            if tok.pos_ == "VERB" and token.dep_ == "nsubj" and token.head.i == tok.i and _is_agent_of(tok):
                return None, None  # "two gunmen killed a man": the subject did the killing
            return kind, tok
        return None, None
    return None, None


#: casualty kinds whose victim slot makes an unknown noun a person ("one dahalo was killed").
_VICTIM_KINDS = {"killed", "wounded", "abducted", "arrested"}


def _victim_slot(noun: Token | None) -> bool:
    """An unknown noun (no person word, not a thing) in the victim's slot of a casualty verb: the
    subject of a passive one ("one dahalo was killed") or the object of an active one ("killed 12
    Misseriya"): what is killed, wounded or abducted there is people."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or _lem(noun) in _NOT_PEOPLE | _NOT_PERSON_SUFFIXED:
        return False
    verb = noun.head
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "dobj" and verb.pos_ == "VERB"):
        return _kind_of_word(verb) in _VICTIM_KINDS
    return False


def _inside_person(tok: Token) -> bool:
    """'a supporter of a party member', 'the son of a farmer': a person named inside another
    person's "of" phrase is not a second victim."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    owner = tok.head.head
    return owner.pos_ == "NOUN" and _lem(owner) not in _NOUN_KINDS and _is_person(owner)


def _in_breakdown(span: Span) -> bool:
    """A count inside brackets right after a counted noun: "5 civilians (2 men, 2 women and 1
    child)", "4 civilians (at least 1 of them a child)" break that count down; they add no one."""
    doc = span.doc
    colon = _after_colon(span)
    if colon is not None:
        return colon
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.text == ")":
            return False
        if tok.text == "(":
            noun = doc[tok.i - 1] if tok.i > span.sent.start else None
            if noun is not None and noun.like_num and noun.i > span.sent.start and _word_kind(doc[noun.i - 1]):
                return True  # "clashes killed 8 (5 AS, 3 SNA)": the parts of the number before
            return noun is not None and noun.pos_ in ("NOUN", "PROPN") and any(
                (c.dep_ == "nummod" or c.like_num) and c.i < noun.i for c in noun.children
            )  # its own number before it ("rebels (3 killed)" is a toll of its own)
    return False


def _after_colon(span: Span) -> bool | None:
    """"killed 5 people: 3 soldiers and 2 civilians", "killed 5 people - 3 soldiers and 2
    militants": counts after a colon or dash that follows a counted noun of people break that
    count down (True); None when no such colon or dash precedes the count in its sentence."""
    doc = span.doc
    for tok in reversed(doc[span.sent.start : span.start]):
        if tok.text in (";", "(", ")") or tok.pos_ in ("VERB", "AUX"):
            return None  # the list ends at a new clause
        if tok.text in (":", "-", "–", "—") and tok.i > 0 and tok.whitespace_:
            noun = doc[tok.i - 1]
            return noun.pos_ in ("NOUN", "PROPN") and _is_person(noun) and any(
                (c.dep_ == "nummod" or c.like_num) and c.i < noun.i for c in noun.children
            )
    return None


def _people_within(noun: Token) -> bool:
    """'four Communist Party of India-Maoist cadres': a person noun inside the noun's "of" phrase."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(_is_person(t) and t.pos_ == "NOUN" for t in child.subtree)
    return False


def _nearby_kind(doc: Doc, span: Span) -> tuple[str | None, Token | None]:
    """A fallback when the parse links nothing: casualty wording within 3 tokens after the number."""
    for tok in doc[span.end : min(span.end + 4, span.sent.end)]:
        if tok.like_num or tok.is_punct:
            break
        kind = _word_kind(tok)
        if kind and tok.pos_ in ("VERB", "ADJ", "NOUN", "AUX"):
            return kind, tok
    return None, None


_ONE = re.compile(r"(?i)\b(?:a|an)\s+$")


def find_counts(doc: Doc) -> list[CountMention]:
    """Find the counts in ``doc``; sets ``doc._.ew_counts`` and ``doc.spans["ew_counts"]``
    (span labels are the kind, or "count" when no casualty wording is attached). A doc parsed
    by a French pipeline (``doc.lang_ == "fr"``) is read with the French tables (end of module)."""
    ensure_extensions()
    if doc.lang_ == "fr":
        return _find_counts_fr(doc)
    dates = _date_ranges(doc)
    mentions: list[CountMention] = []
    anchors: dict[int, int] = {}
    doc_text = _text_of(doc)
    for m in _EXPR.finditer(doc_text):
        if any(s < m.end() and m.start() < e for s, e in dates):
            continue
        values = _value(m)
        if values is None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or _not_people(doc, span, m["a"], doc_text):
            continue
        if m["a"].lower() == "both" and not _both_people(span):
            continue
        if mentions and _restated_in_brackets(doc_text, mentions[-1], m.start(), m.end(), values):
            continue  # "eleven (11) people": one number written twice
        mentions.append(_mention(doc, span, values, anchors, m.start(), m.end()))
    mentions.extend(_singulars(doc, mentions, anchors))
    mentions.extend(_hostages_later(doc, mentions, anchors))
    mentions.extend(_him_or_her(doc, mentions, anchors))
    mentions.extend(_his_death(doc, mentions, anchors))
    mentions.extend(_the_other(doc, mentions, anchors))
    mentions = [_one_of_them(m, mentions) for m in mentions]
    mentions.sort(key=lambda c: c.span.start)
    mentions = _restated_parts(mentions)
    mentions = _parts_of_them(mentions)
    doc._.ew_counts = mentions
    doc.spans["ew_counts"] = [c.span for c in mentions]
    doc.user_data["ew_count_anchors"] = anchors
    return mentions


def _restated_in_brackets(text: str, previous: CountMention, start: int, end: int,
                          values: tuple[int, int, int]) -> bool:  # fmt: skip
    """'eleven (11) people', 'one (1) soldier': the figures in brackets repeat the number before."""
    before = text[previous.span.end_char : start]
    return (re.fullmatch(r"\s*\(\s*", before) is not None and text[end : end + 2].lstrip().startswith(")")
            and previous.count.best == values[0])  # fmt: skip


def _both_people(span: Span) -> bool:
    """"both assailants", "both of them" are two people; "both sides", "both the army and the
    police" are not a count (the parts are counted on their own)."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and (nxt.lower_ == "of" or nxt.tag_ in ("NNS", "NNPS"))


#: plural nouns that, with "the", name people counted earlier as abducted ("the hostages were executed").
_TAKEN_PEOPLE = {"hostage", "victim", "captive", "abductee", "detainee"}


def _hostages_later(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'Assailants abducted three civilians ... The victims were shot and killed', 'abducted 9
    soldiers ... They later killed them': the people abducted earlier are the ones killed, so the
    killing gets the abduction's count (a definite plural or "them" with no number of its own)."""
    abducted = [m for m in found if m.casualty and m.count.kind == "abducted"]
    if not abducted:
        return []
    taken = {t.i for c in found for t in c.span}
    out = []
    for tok in doc:
        if tok.i in taken or any(c.dep_ == "nummod" for c in tok.children):
            continue
        same_people = tok.lemma_.lower() in _TAKEN_PEOPLE or any(m.head == tok.lemma_.lower() for m in abducted)
        definite = tok.tag_ == "NNS" and same_people and any(  # "the hostages", "the (abducted) soldiers"
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children
        )
        pronoun = tok.lower_ == "them" and tok.dep_ == "dobj"
        if not (definite and tok.dep_ in ("nsubjpass", "dobj") or pronoun):
            continue
        before = [m for m in abducted if m.span.sent.start < tok.sent.start]
        if not before:
            continue
        kind, word = _casualty_link(tok, doc[tok.i : tok.i + 1])
        if kind != "killed" or word is None or _unrealized(word) or _either_or(word):
            continue
        source = add_counts([m.count for m in before if m.span.sent.start == before[-1].span.sent.start])
        span = doc[tok.i : tok.i + 1]
        count = Count(best=source.best, low=source.low, high=source.high, kind="killed", confidence=0.6,
                      evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
        span.label_ = "killed"
        anchors[span.start] = word.i
        out.append(CountMention(span=span, count=count, head=tok.lemma_.lower(), casualty=True))
    return out


_EACH_SIDE = re.compile(r"(?i)\s+(?:from|on|of|for)\s+(?:each|either|both)\s+(?:side|party|parties|group|camp)")


def _him_or_her(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'opened fire on a civilian, killing him': one person, when the sentence has no other
    casualty count of that killing; 'a man was shot ... He died on the spot', 'she was killed':
    one person, when the text has no count of killed people before it (else it is the same one)."""
    out = []
    for tok in doc:
        if tok.lower_ in ("he", "she") and (
            tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _DIE_VERBS
            or tok.dep_ == "nsubjpass" and _kind_of_word(tok.head) == "killed"
        ):
            if _unrealized(tok.head) or any(m.casualty and m.count.kind == "killed" and m.span.start < tok.i
                                            for m in [*found, *out]):  # fmt: skip
                continue
            if not any(t.lemma_.lower() in _HARM for t in doc[max(0, tok.sent.start - 60) : tok.i]):
                continue  # he died of what the note tells ("was shot ... He died"), not of an illness or in the past
            out.append(_one_killed(doc, tok, anchors, 0.5))
            continue
        if tok.lower_ not in ("him", "her") or tok.dep_ != "dobj" or _kind_of_word(tok.head) != "killed":
            continue
        if _unrealized(tok.head) or any(m.casualty and m.count.kind == "killed" and m.span.sent.start == tok.sent.start
                                        for m in found):  # fmt: skip
            continue
        out.append(_one_killed(doc, tok, anchors, 0.6))
    return out


def _one_killed(doc: Doc, tok: Token, anchors: dict[int, int], confidence: float) -> CountMention:
    """One person killed, told by a pronoun ("killing him", "He died"), anchored on its verb."""
    span = doc[tok.i : tok.i + 1]
    count = Count(best=1, low=1, high=1, kind="killed", confidence=confidence,
                  evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
    span.label_ = "killed"
    anchors[span.start] = tok.head.i
    return CountMention(span=span, count=count, head=tok.lower_, casualty=True)


_OTHER_ONE = {"other", "second", "third", "latter"}
#: harm done to a person that "he died" / "she was killed" can follow in the same note.
_HARM = {"shoot", "stab", "beat", "attack", "wound", "injure", "hack", "hit", "assault", "torture", "burn", "lynch",
         "ambush", "abduct", "kidnap", "hurt", "strike", "fire"}  # fmt: skip
_DIE_VERBS = {"die", "perish", "succumb", "drown"}


def _the_other(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'One man was injured and the other died', 'one was shot and the second was killed': one
    more person, named by "the other"/"the second" as the subject of a casualty verb."""
    taken = {t.i for c in found for t in c.span}
    out = []
    for tok in doc:
        if tok.lower_ not in _OTHER_ONE or tok.i in taken:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _DIE_VERBS:
            kind: str | None = "killed"
        elif tok.dep_ == "nsubjpass":
            kind = _kind_of_word(tok.head)
        else:
            continue
        if kind is None or _unrealized(tok.head) or _either_or(tok.head):
            continue
        if any(m.casualty and m.count.kind == kind and m.count.best >= 2 and m.span.start < tok.i for m in found):
            continue  # "killed two civilians ... one was burnt and the other stoned": one of the two already counted
        span = doc[tok.i - 1 : tok.i + 1]
        count = Count(best=1, low=1, high=1, kind=kind, confidence=0.6,
                      evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
        span.label_ = kind
        anchors[span.start] = tok.head.i
        out.append(CountMention(span=span, count=count, head=tok.lower_, casualty=True))
    return out


def _restated_parts(mentions: list[CountMention]) -> list[CountMention]:
    """'killed 3 people, 2 soldiers and a civilian', 'killed 6 people in two villages: 4 in Kuda
    and 2 in Madagali', 'left 5 people dead (3 soldiers and 2 militants)': counts listed right
    after a toll (after a comma with a noun that says who, or after a colon, dash or opening
    bracket) that add up to it exactly break it down; they add no one."""
    out = list(mentions)
    for i, total in enumerate(mentions):
        if not total.casualty or total.head not in _ANYONE or total.count.best < 2:
            continue
        doc = total.span.doc
        parts: list[int] = []
        running = 0
        for j in range(i + 1, len(mentions)):
            part = mentions[j]
            same_sentence = part.span.sent.start == total.span.sent.start
            if not same_sentence or not part.casualty or part.count.kind != total.count.kind:
                break
            running += part.count.best
            parts.append(j)
            if running >= total.count.best:
                break
        if running != total.count.best or len(parts) < 2:
            continue
        between = doc[total.span.end : mentions[parts[0]].span.start]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            continue
        colon = any(t.text in (":", "-", "–", "—", "(") for t in between)  # "left 5 people dead (3 soldiers and 2 militants)"
        comma = any(t.text == "," for t in between) and all(mentions[j].head not in _ANYONE for j in parts)
        if not (colon or comma):
            continue
        for j in parts:
            m = mentions[j]
            m.span.label_ = "count"
            out[j] = CountMention(span=m.span, count=m.count, head=m.head, casualty=False)
    return out


def _parts_of_them(mentions: list[CountMention]) -> list[CountMention]:
    """'Six people were killed, four of them by gunshot and two by machete', 'killing 10, three of
    whom were soldiers': "N of them/whom" after a toll of the same kind in its sentence names some
    of those people, and the counts listed with it (", and two by machete") are the rest of them."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not m.casualty or m.head not in ("they", "who", "whom", "those"):
            continue
        doc = m.span.doc
        nxt = doc[m.span.end : m.span.end + 2]
        if len(nxt) < 2 or nxt[0].lower_ != "of" or nxt[1].lower_ not in ("them", "whom", "those"):
            continue
        sent = m.span.sent.start
        if not any(p.casualty and p.count.kind == m.count.kind and p.span.sent.start == sent for p in mentions[:i]):
            continue
        later = [j for j in range(i + 1, len(mentions)) if mentions[j].span.sent.start == sent
                 and mentions[j].casualty and mentions[j].count.kind == m.count.kind and mentions[j].head in _ANYONE]
        for j in [i, *later[:1]]:  # "four of them by gunshot and two by machete": the two are of them too
            part = out[j]
            part.span.label_ = "count"
            out[j] = CountMention(span=part.span, count=part.count, head=part.head, casualty=False)
    return out


def _one_of_them(mention: CountMention, found: list[CountMention]) -> CountMention:
    """'A mob killed two thieves. One was burnt alive and the other was stoned to death': the
    "one" (with "the other") of people counted in an earlier sentence is a part, not a new toll."""
    span = mention.span
    if not mention.casualty or span.text.lower() != "one" or mention.head:
        return mention
    sent = span.sent
    if not re.search(r"(?i)\bthe\s+(?:other|second)\b", sent.text):
        return mention
    if not any(m.casualty and m.count.kind == mention.count.kind and m.count.best >= 2
               and m.span.sent.start < sent.start for m in found):  # fmt: skip
        return mention
    span.label_ = "count"
    return CountMention(span=span, count=mention.count, head=mention.head, casualty=False)


_ONE_PERSON_POSS = {"his", "her"}
_FOUND_BODY = {"find", "discover", "recover", "dump", "retrieve", "throw", "dispose", "dig", "exhume", "identify"}


def _death_told(tok: Token) -> bool:
    """"resulting in his death", "caused her death", "his body was found": the death is told, not
    only mentioned ("protested over his death", "demanded his body")."""
    head = tok.head
    if _lem(tok) == "death":
        if tok.dep_ == "pobj" and head.lower_ in ("in", "to"):
            return head.head.lemma_.lower() in ("result", "lead", "end")
        return tok.dep_ == "dobj" and head.lemma_.lower() in ("cause", "suffer")
    return tok.dep_ in ("nsubjpass", "dobj") and head.lemma_.lower() in _FOUND_BODY


def _his_death(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'shot a civilian, resulting in his death', 'a man's body was found': one person killed, when
    the sentence has no other count of killed people (the same death is not counted twice)."""
    out = []
    for tok in doc:
        if _lem(tok) not in ("death", "body", "corpse") or tok.tag_ != "NN":
            continue
        if any(c.dep_ == "nummod" for c in tok.children):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None and _lem(tok) in ("body", "corpse"):  # "a body was found": one person
            owner = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another")), None)
        if owner is None or not _death_told(tok):
            continue
        one = owner.dep_ == "det" or owner.lower_ in _ONE_PERSON_POSS or (
            owner.pos_ == "NOUN" and owner.tag_ == "NN" and _is_person(owner)
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in owner.children)
        )  # fmt: skip
        if not one or _unrealized(tok) or any(
            m.casualty and m.count.kind == "killed" and m.span.sent.start == tok.sent.start for m in [*found, *out]
        ):
            continue
        span = doc[owner.left_edge.i : tok.i + 1]
        count = Count(best=1, low=1, high=1, kind="killed", confidence=0.6,
                      evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
        span.label_ = "killed"
        anchors[span.start] = tok.i
        out.append(CountMention(span=span, count=count, head=_lem(tok), casualty=True))
    return out


def _mention(doc: Doc, span: Span, values: tuple[int, int, int], anchors: dict[int, int], start: int, end: int,
             confidence: float = 0.8) -> CountMention:  # fmt: skip
    best, low, high = values
    noun = _counted_noun(span)
    if noun is None:
        noun = _surface_noun(span)
    person = _is_person(noun) or (noun is not None and _people_within(noun)) or _victim_slot(noun) or _group_acronym(
        noun, span) or (
        noun is not None and noun.lemma_ == "life" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in _LIFE_VERBS
    )  # "claimed four lives"
    group = _group_of(span)
    if group is not None:  # "killed a family of three": the three are the people, the family the slot
        noun, person = group, True
    partitive = noun is not None and noun.i < span.start and group is None  # "five of them": link through the number
    kind, word = _casualty_link(None if partitive else noun, span) if person else (None, None)
    if kind is None and person and noun is None:
        kind, word = _nearby_kind(doc, span)
        confidence = 0.6
    elif kind is None and person and noun is not None and not _listed_part(noun) and not _in_including(noun):
        kind, word = _surface_kind(doc, noun if not partitive else span[-1])
        if kind is None and noun.dep_ in ("nsubj", "nsubjpass"):
            kind, word = _passive_later(doc, span, noun)
        confidence = 0.5
    if kind is None and person and span.root.dep_ in ("dobj", "nsubjpass") and noun is not None and noun.i > span.end:
        kind, word = _casualty_link(None, span)  # "killed 3 IS militants" ("IS" parsed as a verb)
    if kind is None and person and noun is not None and noun.i >= span.end:
        kind, word = _subjectless_root(span, noun)
    if word is not None and (_unrealized(word) or _either_or(word)):
        kind, word = None, None  # "attempted to kill", "killed, injured or captured": no toll
    if _in_breakdown(span) or (span.root.dep_ in ("nsubj", "nsubjpass") and _listed_part(span.root)):
        kind, word = None, None  # "5 civilians (2 men, 2 women and 1 child)", "six people, including ... and four
        # of his guards, were killed": the parts of a count
    if _EACH_SIDE.match(_text_of(doc), span.end_char):
        kind, word = None, None  # "two were killed, one from each side": how the toll splits, not more dead
    if kind == "killed" and word is not None and _killed_and_wounded(word) and (best, low, high) not in VAGUE.values():
        best, low = best // 2, 0  # "7 militants were killed and wounded": half, rounded down [ACLED]
    low, high = min(low, best), max(high, best)
    count = Count(best=best, low=low, high=high, kind=kind or "killed", confidence=confidence if kind else 0.3,
                  evidence=[evidence(doc, start, end)])  # fmt: skip
    span.label_ = kind or "count"
    if word is not None:
        anchors[span.start] = word.i
    head = noun.lemma_.lower() if noun is not None else ""
    return CountMention(span=span, count=count, head=head, casualty=kind is not None)


#: nouns for a set of people whose size follows "of": "a family of three", "a household of six".
_GROUP_OF = {"family", "household", "couple", "group", "crew", "team", "party"}


def _group_of(span: Span) -> Token | None:
    """'a family of three': the group noun the number gives the size of (None otherwise)."""
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _GROUP_OF or of.head.i > root.i:
        return None
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return None  # "a group of three soldiers": the soldiers are counted
    return of.head


def _subjectless_root(span: Span, noun: Token) -> tuple[str | None, Token | None]:
    """'in Sao Goncalo, Rio de Janeiro, five members of the CV died during a shoot-out': the parser
    hangs the people on the place before them and leaves the sentence's death verb without a
    subject; the count before that verb, with no other number between, is its subject."""
    root = noun.sent.root
    if root.i <= noun.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME", "GPE")
                               for c in root.children):  # ("Around 3 May 2020, ..., five members ... died": the
        return None, None  # parser may make the date the subject)
    if any(t.like_num for t in span.doc[noun.i + 1 : root.i]) or noun.dep_ not in ("appos", "npadvmod", "dep"):
        return None, None
    dies = root.lemma_.lower() in _DIE_VERBS or (_kind_of_word(root) == "killed" and any(
        c.dep_ == "auxpass" for c in root.children))
    return ("killed", root) if dies and _kind_of_word(root) == "killed" else (None, None)


def _group_acronym(noun: Token | None, span: Span) -> bool:
    """'2 FARDC killed', 'killing 3 BH and 2 KDF': an armed group's acronym right after a number
    counts its members (a toll only with casualty wording, like any count of people); so does a
    group's name of a few words right before a casualty word ("4 SPLA-IO killed", "5 Al Shabaab
    killed", "2 Boko Haram dead")."""
    if noun is None or noun.pos_ not in ("PROPN", "NOUN"):
        return False
    if noun.i == span.end:
        return noun.is_alpha and noun.is_upper and 2 <= len(noun.text) <= 6
    name = span.doc[span.end : noun.i + 1]
    after = span.doc[noun.i + 1] if noun.i + 1 < len(span.doc) else None
    return (noun.pos_ == "PROPN" and len(name) <= 4 and noun.ent_type_ not in ("GPE", "FAC", "DATE")
            and all(t.pos_ == "PROPN" or t.tag_ == "HYPH" or t.text == "-" for t in name)
            and after is not None and _word_kind(after) is not None and after.tag_ in ("VBN", "VBD", "JJ"))  # fmt: skip


def _named_person(tok: Token) -> bool:
    """A named individual in a victim's slot of a killing verb: "killed Naimatullah, the head of
    ...", "Ikurakure, a Burundian Army officer, was killed" (the small model often tags such
    names GPE or ORG, so the slot decides; group names take "the" or a plural and are left out)."""
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if (tok.pos_ != "PROPN" or tok.tag_ != "NNP") and not _named_before(tok):
        return False
    if tok.ent_type_ in ("NORP", "GPE", "LOC", "FAC") and not any(c.dep_ == "appos" for c in tok.children):
        if tok.dep_ != "dobj" and (tok.ent_type_ in ("NORP", "FAC") or _killing_verb(tok.head, tok.dep_) is None):
            return False  # a place is never "killed": "Rufyiri was killed" names a person the model took for a place
    if any(c.dep_ == "det" for c in tok.children) or tok.lower_ in _PERSONS:
        return False
    if any(c.dep_ == tok.dep_ and c.i != tok.i for c in tok.head.children):
        return False  # "in Sinop, Mato Grosso, a man was killed": the parser made two subjects
    for appos in (c for c in tok.children if c.dep_ == "appos"):  # "Ikurakure, an officer, was killed"
        after = appos.right_edge.i + 1
        if tok.dep_ == "nsubjpass" and (after >= len(tok.doc) or tok.doc[after].text != ","):
            return False  # "in Sinop, Mato Grosso, a man was killed": a place, then the subject
    return _killing_verb(tok.head, tok.dep_) is not None


def _named_before(tok: Token) -> bool:
    """A capitalised word the text has already given as a person's name ("Gul Agha, a tribal elder
    ... Agha was shot and killed"): the small model often tags the repeated surname a common noun."""
    if not tok.is_title or tok.tag_ not in ("NN", "NNP") or tok.lower_ in _PERSONS:
        return False
    return any(t.text == tok.text and t.ent_type_ == "PERSON" for t in tok.doc[: tok.i])


def _killing_verb(verb: Token, slot: str) -> Token | None:
    """The word that makes ``verb`` a killing of its ``slot`` (nsubjpass, dobj): itself ("was
    killed", "killed X") or, for a passive subject, a conjoined verb sharing it ("was shot and
    killed"; an object is not shared: "attacked Muaja and killed 1 person")."""
    if _kind_of_word(verb) == "killed":
        return verb
    if slot != "nsubjpass":
        return None
    return next((c for c in verb.children if c.dep_ == "conj" and _kind_of_word(c) == "killed"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)  # fmt: skip


def _headline_victim(tok: Token) -> bool:
    """A bare singular person noun opening a headline-style sentence, with a killing and no object
    after it: "Man killed by mob over alleged theft", "Soldier shot dead by gunmen"."""
    if tok.tag_ != "NN" or tok.left_edge.i != tok.sent.start or not _is_person(tok) or _lem(tok) in _NOUN_KINDS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ == "ROOT":
        verb = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    else:
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.tag_ in ("VBN", "VBD") else None
    return verb is not None and _kind_of_word(verb) == "killed" and not _is_agent_of(verb)


#: person nouns whose singular looks plural ("a security personnel was killed").
_SAME_IN_PLURAL = {"personnel", "staff"}


def _singulars(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'a civilian was killed', 'killing a woman': one person."""
    taken = {t.i for c in found for t in c.span}
    out = []
    for tok in doc:
        adj_noun = tok.pos_ == "ADJ" and tok.lower_ in _PERSONS and (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "death"
            or tok.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "det" for c in tok.children)
        )  # "the death of the local", "killed a civilian travelling ..." (the tagger took the noun for an adjective)
        if tok.i in taken or (tok.pos_ not in ("NOUN", "PROPN") and not adj_noun):
            continue
        if tok.tag_ in ("NNS", "NNPS") and not (tok.lower_ in _SAME_IN_PLURAL and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
        )):
            continue  # ("a security personnel" is one person)
        if tok.dep_ == "appos" and (_named_person(tok.head) or tok.head.pos_ == "NOUN" and _is_person(tok.head)):
            continue  # an appositive ("Farid, a civilian, ...") restates its head
        first = tok
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first is not tok and first.dep_ == "appos" and any(c.dep_ == "nummod" for c in first.head.children):
            continue  # "two people, the elder and his bodyguard, were killed": the list restates the two
        if first is not tok and first.dep_ == "appos" and _named_person(first.head) and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children
        ):
            continue  # "killed Abdul Feroz, a religious scholar and a media advisor": his roles, one man
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
        dies = tok.dep_ == "nsubj" and tok.head.lemma_ in ("die", "perish", "succumb", "drown")  # "the man died"
        if not det and (tok.dep_ in ("dobj", "nsubjpass", "conj") or dies):  # "killing the man", "her son was killed"
            det = [c for c in tok.children if (c.dep_ == "det" and c.lower_ in ("the", "this", "another")) or c.dep_ == "poss"]
            counted_with = tok.dep_ == "conj" and tok.head.pos_ == "NOUN" and any(
                c.dep_ == "nummod" for c in tok.head.children)
            if det and tok.dep_ == "conj" and not any(c.dep_ == "poss" for c in tok.children) and not counted_with:
                det = []  # "the army and the police" are no count; "four soldiers and the assailant" are five
        if not det and tok.dep_ == "pobj" and tok.head.lower_ == "with" and _along(tok.head):
            det = [c for c in tok.children if c.dep_ in ("det", "poss")]  # "killed along with his deputy"
        if not det and tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "death":
            det = [c for c in tok.children if c.dep_ in ("det", "poss")]  # "resulted in the death of the commander"
        if not det and _headline_victim(tok):
            det = [tok.left_edge]  # "Man killed by mob in Kampala", "Police officer shot dead in Bujumbura"
        named = not det and _named_person(tok)
        if named:
            det = [next((c for c in tok.lefts if c.dep_ == "compound"), tok)]  # "Haji Mirza Hakim"
        elif (not det or not (_is_person(tok) or (det[0].lower_ in ("a", "an") and _victim_slot(tok)))
              or (_lem(tok) in _NOUN_KINDS and _lem(tok) != "hostage")
              or tok.pos_ != "NOUN" and not adj_noun and not (tok.lower_ in _PERSONS and det[0].lower_ in ("a", "an"))):
            # (a title-case person word is still one person: "a Police Sub-Inspector")
            continue
        if _inside_person(tok) or _in_breakdown(doc[tok.i : tok.i + 1]):
            continue  # "a supporter of a party member was killed": one person, the supporter
        if any(c.dep_ == "nummod" for c in tok.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in tok.children
        ):
            continue  # "a family of three" is three people, counted with the number
        if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "death":
            kind, word = "killed", tok.head.head
        else:
            kind, word = _casualty_link(tok, doc[det[0].i : det[0].i + 1])
        if kind is None and _in_including(tok):
            continue  # "eight people, including a police commander, were killed": a part
        if kind is None:
            kind, word = _surface_kind(doc, tok)
        if kind is None and tok.dep_ in ("nsubj", "nsubjpass", "appos"):
            kind, word = _passive_later(doc, doc[det[0].i : tok.i + 1], tok)
        if kind is None or (word is not None and (_unrealized(word) or _either_or(word))):
            continue
        if det[0].lower_ == "the" and any(m.head == tok.lemma_.lower() and m.count.kind == kind for m in out):
            continue  # "shot and killed a soldier ... the soldier died": the same person
        span = doc[det[0].i : tok.i + 1]
        count = Count(best=1, low=1, high=1, kind=kind, confidence=0.7,
                      evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
        span.label_ = kind
        if word is not None:
            anchors[span.start] = word.i
        out.append(CountMention(span=span, count=count, head=tok.lemma_.lower(), casualty=True))
    return out


_SAYING = {"say", "announce", "report", "claim", "state", "add", "tell", "confirm", "deny", "accuse", "allege",
           "dire", "annoncer", "affirmer", "indiquer", "déclarer", "confirmer", "rapporter", "démentir", "ajouter"}
_EVENT_PREPS = {"in", "during", "by", "after", "amid", "following", "at"}


def _linked(doc: Doc, trigger: Span, anchor: Token) -> bool:
    root = trigger.root
    if trigger.start <= anchor.i < trigger.end:
        return True
    if anchor.sent.start != trigger.sent.start:
        return False
    if any(a.i == root.i for a in anchor.ancestors):
        # "the army reported that five ... were killed": the report is not the killing
        if root.lemma_ in _SAYING:
            path = [anchor, *(a for a in anchor.ancestors if a.i != root.i and any(b.i == root.i for b in a.ancestors))]
            return not any(t.dep_ in ("ccomp", "parataxis") for t in path)
        return True
    if root.head.i == anchor.i and root.dep_ in ("nsubj", "nsubjpass", "csubj", "nsubj:pass"):
        return True  # "the blast killed five"
    if root.head.i == anchor.i and root.dep_ in ("obl", "obl:mod", "obl:agent", "nmod") and any(
        c.dep_ == "case" and c.lower_ in ("lors", "dans", "par", "pendant", "durant", "au", "à") for c in root.children
    ):
        return True  # "tués lors de l'attaque", "tués par une frappe"
    if root.head.lower_ == "lors" and root.head.head.i == anchor.i:
        return True  # the parse may hang "lors d'affrontements" off "lors"
    prep = root.head
    if root.dep_ == "pobj" and prep.head.i == anchor.i and prep.lower_ in _EVENT_PREPS:
        return True  # "five were killed in the attack", "killed by an airstrike"
    return False


def group_size(doc: Doc, group: Span) -> Count | None:
    """The size of a group taking part in an event ("a few hundred fighters", "about 500
    residents"), as a ``Count`` of kind "strength": the number is an attribute of the actor (force
    or crowd size; ACLED keeps a crowd's size in its tags), never a casualty count. ``group`` is the
    actor's mention; the count is one with no casualty wording whose noun is the mention's head."""
    mentions: list[CountMention] = doc._.ew_counts if doc._.ew_counts is not None else find_counts(doc)
    root = group.root
    for m in mentions:
        if m.casualty or m.span.sent.start != group.sent.start:
            continue
        inside = group.start <= m.span.start and m.span.end <= group.end
        before = m.span.end <= root.i <= m.span.end + 3
        if (inside or before) and m.span.root.head.i == root.i and _is_person(root):
            c = m.count
            return Count(best=c.best, low=c.low, high=c.high, kind="strength", confidence=0.6,
                         evidence=[e.model_copy() for e in c.evidence])  # fmt: skip
    return None


def event_counts(doc: Doc, trigger: Span) -> dict[str, Count]:
    """The casualty counts (by kind) attached to the event whose trigger is ``trigger``.

    Counts of several groups tied to the same wording ("three soldiers and two civilians were
    killed") are added up; each part stays in the evidence list. Another source's figure for the
    same people ("killing 4, according to the army, while other sources said 6") is not added:
    the figures are reconciled (``reconcile``).
    """
    mentions: list[CountMention] = doc._.ew_counts if doc._.ew_counts is not None else find_counts(doc)
    anchors: dict[int, int] = doc.user_data.get("ew_count_anchors", {})
    by_kind: dict[str, Count] = {}
    earlier: dict[str, list[CountMention]] = {}
    for mention in mentions:
        if not mention.casualty or mention.span.start not in anchors:
            continue
        if not _linked(doc, trigger, doc[anchors[mention.span.start]]):
            continue
        c = mention.count
        if c.kind in by_kind:
            if any(same_people(prev, mention) for prev in earlier[c.kind]):
                by_kind[c.kind] = reconcile([by_kind[c.kind], c])
            else:
                by_kind[c.kind] = add_counts([by_kind[c.kind], c])
        else:
            by_kind[c.kind] = c.model_copy(deep=True)
        earlier.setdefault(c.kind, []).append(mention)
    for mention in mentions:  # another source's figure elsewhere in the text for the same people
        linked = earlier.get(mention.count.kind, [])
        if mention.casualty and linked and mention not in linked and any(
            same_people(a, b) for m in linked for a, b in ((m, mention), (mention, m)) if a.span.start < b.span.start
        ):
            by_kind[mention.count.kind] = reconcile([by_kind[mention.count.kind], mention.count])
    return by_kind


def add_counts(counts: list[Count]) -> Count:
    """Counts of different people (parts of one toll): best, low and high are added."""
    first = counts[0]
    return Count(best=sum(c.best for c in counts), low=sum(c.low for c in counts), high=sum(c.high for c in counts),
                 kind=first.kind, confidence=min(c.confidence for c in counts),
                 evidence=[e for c in counts for e in c.evidence])  # fmt: skip


def reconcile(counts: list[Count]) -> Count:
    """Several sources' figures for the same people, in one count: ``best`` is the lowest best
    (ACLED: "the most conservative estimate when sources differ"), ``low`` the lowest low and
    ``high`` the highest high (UCDP keeps the range of the reports)."""
    first = counts[0]
    return Count(best=min(c.best for c in counts), low=min(c.low for c in counts), high=max(c.high for c in counts),
                 kind=first.kind, confidence=min(c.confidence for c in counts),
                 evidence=[e for c in counts for e in c.evidence])  # fmt: skip


#: wording that gives another source's figure for people already counted.
_OTHER_SOURCE = re.compile(
    r"(?i)\b(?:other|another|different|conflicting|contradictory|separate)\s+"
    r"(?:sources?|reports?|accounts?|figures?|estimates?|tolls?)\b(?!\s+(?:also|as\s+well))"
    r"|\b(?:(?:contest|disput|challeng|question|den(?:y|i))\w*\s+(?:that|this|the|these|those|such)\s+"
    r"(?:figures?|tolls?|numbers?|accounts?|claims?|reports?)"
    r"|put(?:s|ting)?\s+the\s+(?:death\s+)?(?:toll|figure|number)"
    r"|reports?\s+(?:vary|varied|differ|differed)|sources\s+(?:vary|differ)|others?\s+(?:say|said|reports?|reported|claims?|claimed)"
    r"|(?:a|the)\s+(?:higher|lower|revised)\s+(?:toll|figure|number)|while\s+(?:the\s+)?\w+\s+(?:sources?|reports?)\s+(?:said|say|put)"
    r"|with\s+(?:some\s+|unconfirmed\s+|local\s+)?reports?\s+(?:of|saying|that)"
    r"|(?:some|unconfirmed|local)\s+(?:sources|reports)\s+(?:say|said|put|suggest(?:ed)?|indicate[ds]?|claim(?:ed)?|speak|spoke))\b"
    r"|\b(?:autres?\s+sources?|selon\s+d'autres|d'autres\s+sources|un\s+autre\s+bilan)\b"
)
#: a party's claim: another figure when it counts the same people (the same noun) again.
_CLAIMED = re.compile(r"(?i)\bclaim(?:s|ed|ing)?\b|\brevendiqu\w*")
#: counted nouns that do not say who the people are ("3 people", "2 fatalities").
_ANYONE = {"", "people", "person", "fatality", "death", "dead", "body", "corpse", "casualty", "victim", "other", "one",
           "individual", "life", "personne", "mort", "victime"}  # fmt: skip

#: wording that adds people to those already counted.
_MORE_PEOPLE = re.compile(
    r"(?i)\b(?:also|another|other|more|additional|further|in\s+addition|as\s+well|separate(?:ly)?|too|plus|aussi"
    r"|également|autres?)\b"
)


def same_people(earlier: CountMention, later: CountMention) -> bool:
    """Is ``later`` another source's figure for the people ``earlier`` counts? Yes when the words
    from ``earlier`` (or from the start of ``later``'s sentence, when it is another sentence) to the
    end of ``later``'s sentence say another source gives it ("other sources report", "the
    villagers contest that figure, saying", "others put the toll at") and add no one ("also",
    "another", "more" outside that wording); both count the same kind of casualty."""
    if earlier.count.kind != later.count.kind or not (earlier.casualty and later.casualty):
        return False
    doc = later.span.doc
    sent = later.span.sent
    start = earlier.span.end_char if earlier.span.sent.start == sent.start else sent.start_char
    if start >= later.span.start_char:
        return False
    region = _text_of(doc)[start : sent.end_char]
    cue = _OTHER_SOURCE.search(region)
    if cue is None and earlier.head == later.head and earlier.head not in _ANYONE:
        cue = _CLAIMED.search(region)  # "6 soldiers were killed, according to the army; AS claimed 20 soldiers killed"
    if cue is None:
        return False
    return _MORE_PEOPLE.search(region[: cue.start()] + " " + region[cue.end() :]) is None


# --- French ----------------------------------------------------------------------------------
# The same conventions as English (module docstring), French wording. ``find_counts`` reads a
# doc parsed by a French pipeline (``doc.lang_ == "fr"``) with these tables and the UD parse of
# fr_core_news_*: "six dirigeants ... ont été tués", "tuant cinq soldats", "a fait 56 morts",
# "une trentaine de combattants ont été tués", "neutralisé une vingtaine de jihadistes" (a
# killing for combatants only), "le bilan s'élève à 12". "blessés" are wounded, "enlevés"
# abducted; a number of people with no such wording ("quelques centaines de combattants")
# is a count, not a toll; a part after "dont" ("douze civils, dont quatre enfants") is not
# counted twice.

_FR_UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_FR_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
              "milliard": 1_000_000_000, "milliards": 1_000_000_000}  # fmt: skip

#: French vague quantity -> (best, low, high); "des dizaines" is ACLED's "tens" (10), "une
#: douzaine" "a dozen" (12), "une vingtaine" "about twenty" (N / 0.8 N / 1.2 N).
VAGUE_FR: dict[str, tuple[int, int, int]] = {
    "quelques": (3, 2, 5), "une poignée": (3, 2, 6), "plusieurs": (10, 3, 19), "un certain nombre": (10, 3, 19),
    "de nombreux": (10, 3, 19), "de nombreuses": (10, 3, 19), "nombreux": (10, 3, 19), "nombreuses": (10, 3, 19),
    "beaucoup": (10, 3, 19), "des dizaines": (10, 10, 99), "des douzaines": (12, 24, 99),
    "des centaines": (100, 200, 999), "des milliers": (1000, 2000, 9999),
    "des dizaines de milliers": (10000, 20000, 99999), "des centaines de milliers": (100000, 200000, 999999),
    "une douzaine": (12, 12, 12), "une dizaine": (10, 8, 12), "une quinzaine": (15, 12, 18),
    "une vingtaine": (20, 16, 24), "une trentaine": (30, 24, 36), "une quarantaine": (40, 32, 48),
    "une cinquantaine": (50, 40, 60), "une soixantaine": (60, 48, 72), "une centaine": (100, 80, 120),
    "un millier": (1000, 800, 1200),
    "quelques dizaines": (30, 20, 90), "quelques centaines": (300, 200, 900), "quelques milliers": (3000, 2000, 9000),
    "plusieurs dizaines": (30, 30, 90), "plusieurs centaines": (300, 300, 900), "plusieurs milliers": (3000, 3000, 9000),
}  # fmt: skip

#: French lemma or word form -> kind of casualty ("neutralized": killed when combatants).
KIND_WORDS_FR: dict[str, str] = {
    **dict.fromkeys(
        ["tuer", "tué", "tués", "tuée", "tuées", "tuant", "mourir", "mort", "morts", "morte", "mortes", "décès",
         "décéder", "décédé", "décédés", "périr", "péri", "massacrer", "massacré", "massacrés", "égorger", "égorgé",
         "égorgés", "exécuter", "exécuté", "exécutés", "abattre", "abattu", "abattus", "assassiner", "assassiné",
         "assassinés", "décapiter", "décapité", "décapités", "lyncher", "lynché", "lynchés", "fusiller", "fusillé",
         "fusillés", "carboniser", "carbonisé", "carbonisés", "achever", "tuerie", "noyer", "noyé", "noyés"], "killed"),
    **dict.fromkeys(["neutraliser", "neutralisé", "neutralisés"], "neutralized"),
    **dict.fromkeys(["blesser", "blessé", "blessés", "blessée", "blessées", "blessure", "mutiler"], "wounded"),
    **dict.fromkeys(["enlever", "enlevé", "enlevés", "enlevée", "enlevées", "kidnapper", "kidnappé", "kidnappés",
                     "otage", "otages", "enlèvement", "séquestrer", "séquestré", "séquestrés"], "abducted"),
    **dict.fromkeys(["arrêter", "arrêté", "arrêtés", "interpeller", "interpellé", "interpellés", "écrouer",
                     "incarcérer", "incarcéré", "incarcérés", "emprisonner", "détenir"], "arrested"),
    **dict.fromkeys(["déplacer", "déplacé", "déplacés", "réfugié", "réfugiés", "fuir", "évacuer", "évacué",
                     "évacués"], "displaced"),
}  # fmt: skip
_FR_KIND_NOUNS = {"mort", "morts", "tué", "tués", "décès", "blessé", "blessés", "otage", "otages", "déplacé",
                  "déplacés", "réfugié", "réfugiés"}  # fmt: skip
#: people a French army communiqué "neutralises" by killing them.
_FR_COMBATANTS = set(
    """terroriste jihadiste djihadiste combattant assaillant insurgé rebelle islamiste militant milicien
    bandit élément shebab taliban terroristes jihadistes djihadistes combattants assaillants insurgés rebelles
    islamistes militants miliciens bandits éléments talibans assaillant hommes homme""".split()
)  # fmt: skip
_FR_NOT_PEOPLE = set(
    """an ans année années kilomètre kilomètres km mètre mètres heure heures jour jours semaine semaines mois
    minute minutes seconde % pour euro euros dollar dollars franc francs cfa tonne tonnes kg kilo kilos
    véhicule véhicules voiture voitures camion camions maison maisons village villages école écoles obus roquette
    roquettes missile missiles bombe bombes balle balles fois point points hectare hectares tête têtes bœuf
    vache vaches chèvre chèvres mouton moutons chameau chameaux habitation habitations bâtiment bâtiments
    boutique boutiques église églises mosquée mosquées localité localités attaque attaques frappe frappes""".split()
)  # fmt: skip
_FR_VAGUE_NOUNS = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                   "soixantaine", "centaine", "millier", "dizaines", "douzaines", "centaines", "milliers", "poignée",
                   "nombre"}  # fmt: skip

_FR_NUMWORD = "|".join(sorted([*_FR_UNITS, *_FR_SCALES, "quatre-vingts?"], key=len, reverse=True))
_FR_DIGITS = r"(?<![\w./-])\d{1,3}(?:[  .]\d{3})+(?![\w/]|[.,]\d)|(?<![\w./-])\d+(?:,\d+)?(?![\w/]|[.,]\d)"
_FR_CORE = rf"(?:{_FR_DIGITS}|\b(?:{_FR_NUMWORD})\b)(?:(?:\s+|-)(?:et\s+)?\b(?:{_FR_NUMWORD})\b)*"
_FR_CORE_B = _FR_CORE.replace(r"(?<![\w./-])", r"(?<![\w./])")  # "7-9": the upper end after a dash
_FR_VAGUE_RE = (
    r"\b(?:des\s+(?:dizaines|centaines)\s+de\s+milliers|(?:quelques|plusieurs)\s+(?:dizaines|centaines|milliers)"
    r"|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)"
    r"|un\s+millier|des\s+(?:dizaines|douzaines|centaines|milliers)|(?:de\s+)?nombreu(?:x|ses)|plusieurs|quelques"
    r"|une\s+poign[ée]e|un\s+certain\s+nombre|beaucoup)\b"
)
_FR_QUAL = (
    r"(?:au\s+moins|pas\s+moins\s+d[e']|plus\s+d[e']|au-del[àa]\s+d[e']|pr[èe]s\s+d[e']|presque|quasiment|environ"
    r"|quelque|autour\s+d[e']|approximativement|jusqu'[àa]|au\s+plus|moins\s+d[e']|au\s+total|un\s+total\s+d[e'])"
)
_FR_EXPR = re.compile(
    rf"(?i)(?:(?P<qual>{_FR_QUAL})\s*)?(?:\b(?P<between>entre|de)\s+)?"
    rf"(?P<a>{_FR_VAGUE_RE}|{_FR_CORE})"
    rf"(?:\s*(?P<join>-|–|à|ou|et)\s*(?P<b>{_FR_CORE_B}))?"
)
_FR_LOW_QUAL = {"au moins", "pas moins de", "pas moins d'", "plus de", "plus d'", "au-delà de", "au-dela de"}
_FR_ABOUT = {"environ", "quelque", "autour de", "autour d'", "approximativement"}
_FR_NEARLY = {"près de", "pres de", "près d'", "presque", "quasiment"}
_FR_UPTO = {"jusqu'à", "jusqu'a", "au plus", "moins de", "moins d'"}
_FR_PART_BEFORE = re.compile(r"(?i)\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|notamment|y\s+compris)\s+$")
_FR_TOLL_BEFORE = re.compile(r"(?i)\bbilan\b[^.;]{0,40}?(?:\bà|\bde|\bd')\s*$")
_FR_BRIDGE = {"ont", "a", "avaient", "avait", "auraient", "aurait", "été", "sont", "est", "seraient", "serait",
              "sont-ils", "ont-ils", "déjà", "tous", "toutes", "également", "aussi", "finalement", "ensuite",
              "probablement", "vraisemblablement", "ainsi", "alors", "hier", "encore"}  # fmt: skip


def parse_number_fr(words: str) -> float | None:
    """The value of a number written in digits and/or French words ("soixante-dix-sept", "2,5 millions",
    "1 200")."""
    words = words.lower().replace("quatre-vingts", "quatre-vingt")
    digits = re.sub(r"(?<=\d)[  .](?=\d{3}\b)", "", words).replace(",", ".")
    tokens = [t for t in re.split(r"[\s-]+", digits) if t and t != "et"]
    if not tokens:
        return None
    total, current = 0.0, 0.0
    for tok in tokens:
        if re.fullmatch(r"\d+(?:\.\d+)?", tok):
            current += float(tok)
        elif tok in ("vingt", "vingts") and current == 4:
            current = 80.0  # quatre-vingt(s)
        elif tok in _FR_UNITS:
            current += _FR_UNITS[tok]
        elif tok in ("cent", "cents"):
            current = (current or 1) * 100
        elif tok in _FR_SCALES:
            total += (current or 1) * _FR_SCALES[tok]
            current = 0.0
        else:
            return None
    return total + current


def _fr_value(m: re.Match[str]) -> tuple[int, int, int] | None:
    a = re.sub(r"\s+", " ", m["a"].lower()).replace("poignee", "poignée")
    qual = re.sub(r"\s+", " ", (m["qual"] or "").lower())
    if a in VAGUE_FR:
        best, low, high = VAGUE_FR[a]
        if qual in _FR_LOW_QUAL:
            high = max(high, math.ceil(best * 1.5))
        return best, low, high
    value = parse_number_fr(a)
    if value is None:
        return None
    n = int(value)
    if m["b"]:
        other = parse_number_fr(m["b"])
        if other is None or (m["join"] == "et" and not m["between"]):
            return None  # "trois soldats et deux civils": two counts
        return (n, n, int(other)) if other >= n else None
    if qual in _FR_LOW_QUAL:
        return n, n, math.ceil(n * 1.5)
    if qual in _FR_ABOUT:
        return n, math.floor(n * 0.8), math.ceil(n * 1.2)
    if qual in _FR_NEARLY:
        return n, math.floor(n * 0.8), n
    if qual in _FR_UPTO:
        return n, math.ceil(n / 2), n
    return n, n, n


def _fr_not_people(doc: Doc, span: Span, text: str) -> bool:
    after = _text_of(doc)[span.end_char : span.end_char + 20].lower()
    before = _text_of(doc)[max(0, span.start_char - 16) : span.start_char].lower()
    if re.match(r"\s*(?:%|pour\s*cent|ans\b|km|kg|h\b|e\b|ème|er\b|:)", after):
        return True
    if re.search(r"(?:[$€£]|\b(?:n°|numéro|âgée?s?\s+de|article|page|sur|\w+-))\s*$", before):
        return True
    return bool(re.fullmatch(r"(?:1[89]|20)\d\d", text.strip()))  # a year


def _fr_nouns(span: Span) -> tuple[Token | None, Token | None]:
    """(the token carrying the noun phrase's relation, the noun naming who is counted): for
    "six dirigeants" both are "dirigeants"; for "une trentaine de combattants" the first is
    "trentaine", the second "combattants"."""
    doc = span.doc
    root = span.root
    syn: Token | None = None
    if root.lower_ in _FR_VAGUE_NOUNS or root.lemma_.lower() in _FR_VAGUE_NOUNS:
        syn = root
    elif root.dep_ in ("nummod", "det", "amod", "advmod", "nmod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
        syn = root.head
    else:
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.head.i in (root.i, nxt.i) or (
            nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and root.head.i == nxt.i
        ):
            syn = nxt
    if syn is None:
        return None, None
    sem = syn
    if syn.lower_ in _FR_VAGUE_NOUNS or syn.lemma_.lower() in _FR_VAGUE_NOUNS:
        sem = next((c for c in syn.children if c.dep_ in ("nmod", "obl") and c.i > syn.i), None)  # type: ignore[assignment]
        if sem is None:  # "une trentaine de combattants": by word order when the parse has no link
            after = doc[syn.i + 1 : min(syn.i + 3, len(doc))]
            sem = next((t for t in after if t.pos_ in ("NOUN", "PROPN")), None)  # type: ignore[assignment]
    return syn, sem


def _fr_word_kind(token: Token, counted: Token | None) -> str | None:
    kind = KIND_WORDS_FR.get(token.lower_) or KIND_WORDS_FR.get(token.lemma_.lower())
    if kind is None:
        lemma = token.lemma_.lower()
        if lemma in ("trouver", "perdre") and any(c.lemma_.lower() in ("mort", "vie") and c.dep_ == "obj" for c in token.children):
            kind = "killed"  # "ont trouvé la mort", "ont perdu la vie"
        elif any(c.lower_ == "mort" and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "advmod", "xcomp") and c.i > token.i
                 for c in token.children) and token.pos_ in ("VERB", "ADJ"):  # fmt: skip
            kind = "killed"  # "battu à mort"
    if kind == "neutralized":
        names = {counted.lower_, counted.lemma_.lower()} if counted is not None else set()
        return "killed" if names & _FR_COMBATANTS else None
    return kind


def _fr_casualty_link(doc: Doc, span: Span, syn: Token | None, sem: Token | None) -> tuple[str | None, Token | None]:
    """(kind, the word giving it) for a French count (see the notes at the top of this section)."""
    for noun in (sem, syn):
        if noun is not None and noun.lower_ in _FR_KIND_NOUNS | {"décès"}:
            return KIND_WORDS_FR[noun.lower_], noun  # "56 morts", "30 blessés", "deux otages"
    before = [t for t in doc[max(span.sent.start, span.start - 3) : span.start] if t.pos_ != "ADV"]
    if before and before[-1].pos_ in ("VERB", "ADJ") and not _fr_passive(before[-1]):
        kind = _fr_word_kind(before[-1], sem)  # "ont exécuté sommairement douze civils", "tuant cinq soldats"
        if kind:
            return kind, before[-1]
    x = syn if syn is not None else span.root
    for child in x.children:  # "six soldats tués", "des civils qui ont été tués"
        if child.dep_ in ("acl", "acl:relcl", "amod", "appos") and child.i > x.i:
            kind = _fr_word_kind(child, sem)
            if kind:
                return kind, child
    while x.dep_ == "conj" and x.head is not x:
        x = x.head
    verb = x.head
    relation = x.dep_
    if relation in ("nsubj", "nsubj:pass", "obj", "iobj", "obl:mod", "ROOT", "appos", "dep", "xcomp", "obl:arg"):
        if relation.startswith("obl") and any(c.dep_ == "case" for c in x.children):
            verb = None  # "par des hommes armés", "contre des jihadistes": not the victims' slot
        elif relation == "nsubj" and _fr_active_with_object(verb):
            return None, None  # "des hommes armés ont tué six villageois": the subject did it
        if verb is not None:
            kind = _fr_word_kind(verb, sem)
            if kind is None and relation.startswith("nsubj"):  # "ont été enlevés puis tués"
                conj = next((c for c in verb.children if c.dep_ == "conj" and _fr_word_kind(c, sem) == "killed"), None)
                if conj is not None:
                    return "killed", conj
            if kind:
                return kind, verb
    if _FR_TOLL_BEFORE.search(_text_of(doc)[max(0, span.start_char - 60) : span.start_char]):
        return "killed", doc[max(span.start - 1, 0)]  # "le bilan s'élève à 12"
    if syn is not None and any(c.dep_ == "case" for c in syn.children):
        return None, None  # "dans un bar de Bujumbura a tué ...": a noun inside a place phrase
    kind, word = _fr_surface_kind(doc, syn if syn is not None else span[-1], sem)
    said = syn is not None and syn.dep_ == "obj" and syn.head.lemma_ in _SAYING  # "annoncé que six ... " misparsed
    if kind is None and syn is not None and (syn.dep_.startswith("nsubj") or said):
        kind, word = _fr_passive_later(doc, span, syn, sem)
    return kind, word


def _fr_passive_later(doc: Doc, span: Span, noun: Token, sem: Token | None) -> tuple[str | None, Token | None]:
    """Long subjects the parser splits: "six dirigeants et organisateurs de Daech liés à des
    attentats en Europe avaient été tués" -- the first passive casualty verb after the noun in
    its sentence, with no other number or subject in between."""
    for tok in doc[noun.i + 1 : span.sent.end]:
        if tok.like_num or (tok.dep_.startswith("nsubj") and tok.pos_ in ("NOUN", "PROPN", "PRON")):
            return None, None
        kind = _fr_word_kind(tok, sem) if tok.pos_ == "VERB" else None
        if kind and any(c.dep_ == "aux:pass" for c in tok.children):
            return kind, tok
    return None, None


def _fr_passive(verb: Token) -> bool:
    return any(c.dep_ == "aux:pass" for c in verb.children) or verb.doc[max(verb.i - 1, 0)].lower_ == "été"


def _fr_active_with_object(verb: Token) -> bool:
    """'ont tué un berger', 'les ont tués': an active verb with an object (its subject did it)."""
    if _fr_passive(verb):
        return False
    if any(c.dep_ == "obj" for c in verb.children):
        return True
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
    return after is not None and after.pos_ in ("DET", "NUM", "NOUN", "PROPN") and after.dep_ not in ("obl:mod",)


def _fr_surface_kind(doc: Doc, token: Token, sem: Token | None) -> tuple[str | None, Token | None]:
    """Casualty wording right after the counted words when the parse links nothing: "huit soldats
    maliens ont été tués", "six personnes, dont un prêtre, ont été tuées"."""
    i = token.i + 1
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("dont", "parmi", "notamment"):
        close = next((t.i for t in doc[i + 1 : min(i + 14, len(doc))] if t.text in (",", ".", ";")), None)
        if close is None or doc[close].text != ",":
            return None, None
        i = close + 1
    steps = 0
    for tok in doc[i : min(i + 10, len(doc))]:
        if tok.is_sent_start:
            return None, None
        kind = _fr_word_kind(tok, sem)
        if kind and tok.pos_ in ("VERB", "ADJ", "AUX", "NOUN"):
            return (None, None) if tok.pos_ == "VERB" and _fr_active_with_object(tok) else (kind, tok)
        if tok.lower_ in _FR_BRIDGE or tok.pos_ in ("ADJ", "PROPN") or tok.text in ("(", ")"):
            continue
        steps += 1
        if steps > 1 or tok.pos_ in ("VERB", "PUNCT", "NUM", "SCONJ", "CCONJ"):
            return None, None
    return None, None


def _find_counts_fr(doc: Doc) -> list[CountMention]:
    dates = _date_ranges(doc)
    mentions: list[CountMention] = []
    anchors: dict[int, int] = {}
    taken: set[int] = set()
    for m in _FR_EXPR.finditer(_text_of(doc)):
        if any(s < m.end() and m.start() < e for s, e in dates):
            continue
        values = _fr_value(m)
        if values is None:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or not len(span) or span.start in taken or _fr_not_people(doc, span, m["a"]):
            continue
        syn, sem = _fr_nouns(span)
        if sem is not None and (sem.lower_ in _FR_NOT_PEOPLE or sem.lemma_.lower() in _FR_NOT_PEOPLE):
            continue  # "30 kilomètres", "des dizaines de maisons"
        kind, word = _fr_casualty_link(doc, span, syn, sem)
        singular = re.fullmatch(r"(?i)une?", m["a"].strip()) is not None
        if singular and kind is None:
            continue  # "un homme" is one person only when something happened to him
        part = _FR_PART_BEFORE.search(_text_of(doc)[max(0, span.start_char - 30) : span.start_char]) is not None
        casualty = kind is not None and not part
        best, low, high = values
        count = Count(best=best, low=min(low, best), high=max(high, best), kind=kind or "killed",
                      confidence=0.7 if casualty else 0.3, evidence=[evidence(doc, m.start(), m.end())])  # fmt: skip
        span.label_ = kind or "count"
        if casualty and word is not None:
            anchors[span.start] = word.i
        taken.update(t.i for t in span)
        head = (sem or syn).lemma_.lower() if (sem or syn) is not None else ""  # type: ignore[union-attr]
        mentions.append(CountMention(span=span, count=count, head=head, casualty=casualty))
    mentions.sort(key=lambda c: c.span.start)
    doc._.ew_counts = mentions
    doc.spans["ew_counts"] = [c.span for c in mentions]
    doc.user_data["ew_count_anchors"] = anchors
    return mentions
