"""Event mentions: trigger words in a sentence, grouped, with modality, claimant and roles.

One mention per group of syntactically linked triggers ("targeted by regime raids" is
one event, named by "raids"). Triggers that only refer to other events ("leaders
linked to attacks in Europe", "responsible for the bombing") are kept as references
(background), and a trigger with no participant, no count and no weapon is not an event.

The readings that tell a trigger word from one naming no event, and what an act is done to, have modules of
their own: ``senses`` (figures of speech, everyday senses), ``mishaps`` (accidents, fire, weather),
``findings`` (bodies found, weapons caches, observed fire) and ``victims`` (people, places and things
an act is done to).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._doc import ActorMention, word_positions
from .attribution import ClaimantRef, ModalityInfo, find_claimant, modality_of
from .findings import (
    _DISRUPT_VERBS, _FIND_VERBS, _FIRE_UNITS, _body_found, disrupted_weapon, found_body, observed_fire,
    _weapon_disrupted,
)
from .lexicon import Lexicon, TriggerSpec
from .mishaps import _mishap
from .person_words import _BODY_NOUNS, _CROWD_NOUNS, PERSON_NOUNS
from .roles import RoleFill, fill_roles
from .senses import _figurative
from .victims import _TERRITORY_NOUNS, _place_target, _property_target, _victim

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
