"""One person with no number: "a civilian was killed", "killing him", "He died", "the other died",
"resulting in his death", "a body was found", and the abducted people later killed ("the hostages
were executed"). Each is counted only when no other count already tells the same death."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._doc import CountMention, evidence, word_positions
from ...model import Count
from .merge import add_counts, same_people
from .parts import _in_breakdown
from .victims import (
    _casualty_link,
    _headline_victim,
    _in_including,
    _included_toll,
    _inside_person,
    _named_person,
    _passive_later,
    _surface_kind,
    _victim_slot,
)
from .words import _DIE_VERBS, _NOUN_KINDS, _PERSONS, _along, _either_or, _is_person, _kind_of_word, _lem, _unrealized

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token


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


def _him_or_her(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'opened fire on a civilian, killing him': one person, when the sentence has no other
    casualty count of that killing; 'a man was shot ... He died on the spot', 'she was killed':
    one person, when the text has no count of killed people before it (else it is the same one)."""
    out = []
    for i in word_positions(doc, _PRONOUNS):  # the only tokens that can pass the tests below
        tok = doc[i]
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


_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _one_killed(doc: Doc, tok: Token, anchors: dict[int, int], confidence: float) -> CountMention:
    """One person killed, told by a pronoun ("killing him", "He died"), anchored on its verb."""
    span = doc[tok.i : tok.i + 1]
    count = Count(best=1, low=1, high=1, kind="killed", confidence=confidence,
                  evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
    span.label_ = "killed"
    anchors[span.start] = tok.head.i
    return CountMention(span=span, count=count, head=tok.lower_, casualty=True)


_OTHER_ONE = frozenset({"other", "second", "third", "latter", "another"})
#: harm done to a person that "he died" / "she was killed" can follow in the same note.
_HARM = {"shoot", "stab", "beat", "attack", "wound", "injure", "hack", "hit", "assault", "torture", "burn", "lynch",
         "ambush", "abduct", "kidnap", "hurt", "strike", "fire"}  # fmt: skip


def _the_other(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'One man was injured and the other died', 'one was shot and the second was killed': one
    more person, named by "the other"/"the second" as the subject of a casualty verb; "two were hacked
    to death and another was shot dead": "another" is one more besides those counted."""
    taken = {t.i for c in found for t in c.span}
    out = []
    for i in word_positions(doc, _OTHER_ONE):  # the only tokens that can pass the test below
        tok = doc[i]
        if tok.lower_ not in _OTHER_ONE or tok.i in taken:
            continue
        one_more = tok.lower_ == "another" and tok.pos_ in ("PRON", "DET") and tok.head.pos_ == "VERB"
        if not one_more and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue  # ("two were hacked to death and another was shot dead": one more person)
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _DIE_VERBS:
            kind: str | None = "killed"
        elif tok.dep_ == "nsubjpass":
            kind = _kind_of_word(tok.head)
        else:
            continue
        if kind is None or _unrealized(tok.head) or _either_or(tok.head):
            continue
        if not one_more and any(m.casualty and m.count.kind == kind and m.count.best >= 2 and m.span.start < tok.i
                                for m in found):  # fmt: skip
            continue  # "killed two civilians ... one was burnt and the other stoned": one of the two already counted
        span = doc[tok.i : tok.i + 1] if one_more else doc[tok.i - 1 : tok.i + 1]
        count = Count(best=1, low=1, high=1, kind=kind, confidence=0.6,
                      evidence=[evidence(doc, span.start_char, span.end_char)])  # fmt: skip
        span.label_ = kind
        anchors[span.start] = tok.head.i
        out.append(CountMention(span=span, count=count, head=tok.lower_, casualty=True))
    return out


_ONE_PERSON_POSS = {"his", "her"}
#: the words (forms or lemmas) ``_lem`` reads as "death", "body" or "corpse"
_DEATH_WORDS = frozenset({"death", "body", "corpse", "corpses"})
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
    for i in word_positions(doc, _DEATH_WORDS):  # the only tokens that can pass the test below
        tok = doc[i]
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


def _nouns_and_adjectives(doc: Doc) -> Iterator[Token]:
    """The tokens tagged NOUN, PROPN or ADJ, in order (read from one array: the others cannot be one person)."""
    from spacy.attrs import POS

    wanted = {doc.vocab.strings[p] for p in ("NOUN", "PROPN", "ADJ")}
    for i, pos in enumerate(doc.to_array(POS).tolist() if len(doc) else []):
        if pos in wanted:
            yield doc[i]


#: person nouns whose singular looks plural ("a security personnel was killed").
_SAME_IN_PLURAL = {"personnel", "staff"}


def _singulars(doc: Doc, found: list[CountMention], anchors: dict[int, int]) -> list[CountMention]:
    """'a civilian was killed', 'killing a woman': one person."""
    taken = {t.i for c in found for t in c.span}
    out = []
    for tok in _nouns_and_adjectives(doc):
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
        if not det and tok.dep_ in ("dobj", "nsubjpass") and tok.tag_ == "NN" and _is_person(tok) and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children
        ):
            det = [tok.left_edge]  # "killed police official, Colonel Mohammad Yaqob": one named man
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
        if kind is None and (dead := _included_toll(tok)) is not None:
            kind, word = "killed", dead  # "the dead included 3 soldiers and a civilian"
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
