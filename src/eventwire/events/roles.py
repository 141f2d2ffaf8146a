"""Who did what to whom: actor1 (initiator), actor2 (target) and associated actors.

Dependency roles first (subject/agent -> actor1, object/"against"/passive subject ->
actor2, "of"/possessive/compound modifiers of an event noun -> actor1), then, because
machine-translated news parses badly, surface fallbacks inside the clause with a lower
confidence. Pronouns take the nearest earlier actor that is not the other role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .._doc import ActorMention

__all__ = ["RoleFill", "fill_roles"]

_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "it", "we", "us", "their", "its"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me"})
_TARGET_PREPS = frozenset({"against", "on", "upon", "targeting", "at"})
_AGENT_PREPS = frozenset({"of", "by", "from"})
# event nouns whose "of" names who the act was done to ("the killing of an elder", "the abduction of two
# aid workers"), not who did it ("an attack of the rebels")
_PATIENT_OF = frozenset({"killing", "murder", "assassination", "abduction", "kidnapping", "rape", "execution",
                         "lynching", "massacre", "slaughter", "torture", "beating", "beheading", "shooting",
                         "arrest", "detention"})


@dataclass
class RoleFill:
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    confidence1: float = 0.0
    confidence2: float = 0.0


def _actor_in(tokens: list[Token], index: dict[int, ActorMention]) -> ActorMention | None:
    for t in sorted(tokens, key=lambda t: t.i):
        if t.i in index:
            return index[t.i]
    return None


def _subtree_np(tok: Token) -> list[Token]:
    """Tokens of the NP under ``tok``, without relative clauses."""
    out = [tok]
    for child in tok.children:
        if child.dep_ in ("relcl", "acl", "advcl"):
            continue
        out.extend(_subtree_np(child))
    return out


def _pronoun_antecedent(tok: Token, mentions: list[ActorMention], exclude: ActorMention | None) -> ActorMention | None:
    before = [m for m in mentions if m.span.end <= tok.i and (exclude is None or m.actor_id != exclude.actor_id)]
    return before[-1] if before else None


def _from(tok: Token | None, index: dict[int, ActorMention], mentions: list[ActorMention],
          exclude: ActorMention | None = None, speaker: ActorMention | None = None) -> ActorMention | None:
    if tok is None:
        return None
    if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
        return speaker  # "we" in a quote is the speaker's side, never the last group named
    if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
        return _pronoun_antecedent(tok, mentions, exclude)
    return _actor_in(_subtree_np(tok), index)


def _conj_actors(tok: Token | None, index: dict[int, ActorMention], main: ActorMention | None) -> list[ActorMention]:
    out: list[ActorMention] = []
    if tok is None:
        return out
    for t in tok.subtree:
        if t.dep_ in ("conj", "appos") and t.i in index and index[t.i] is not main:
            m = index[t.i]
            if all(m.actor_id != o.actor_id for o in out) and (main is None or m.actor_id != main.actor_id):
                out.append(m)
    return out


def _shared_subject(trigger: Token) -> Token | None:
    """The subject a verb shares with the verb it is coordinated with or controlled by: "the army
    entered the camp and assaulted refugees", "the group claimed to have attacked soldiers", "gunmen
    tried to kill him", "gunmen attacked the village, killing 15 people and burning houses" (the subject
    of the first verb does the second act). Only an active subject:
    in "X was arrested and tortured" X is the target, not the doer."""
    node = trigger
    for _ in range(3):
        participle = node.dep_ == "advcl" and node.tag_ == "VBG" and not any(
            c.dep_ in ("nsubj", "mark") for c in node.children)  # "attacked the village, killing 15 people"
        if not (node.dep_ in ("conj", "xcomp") or participle) or node.head == node \
                or node.head.pos_ not in ("VERB", "AUX"):
            return None
        node = node.head
        kids = list(node.children)
        misread = _misread_subject(kids)
        if misread is not None:
            return misread
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            return None
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def _misread_subject(kids: list[Token]) -> Token | None:
    """The subject of a verb whose "auxiliary" is the name IS ("IS militants attacked the camp",
    "Boko Haram/IS attacked Debiro"): the parser reads the group's name as "is", which makes an
    active sentence passive; the subject is the noun before it, or the name itself."""
    aux = next((c for c in kids if c.dep_ == "auxpass" and c.text in ("IS", "ISIS", "ISIL")), None)
    if aux is None:
        return None
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < aux.i), None)
    return subj if subj is not None else aux


# verbs whose subject speaks of, looks into or suffers an event, not does it ("police are investigating the
# killing", "the government condemned the attack", "residents witnessed the shooting")
_NOT_DOERS = frozenset({"investigate", "probe", "condemn", "denounce", "deplore", "mourn", "protest", "witness",
                        "report", "confirm", "deny", "blame", "survive", "flee", "escape", "recall", "remember"})
_BLAME = frozenset({"blame", "suspect", "accuse", "responsible"})


def _blamed(governor: Token) -> Token | None:
    """Who is blamed for the event noun under ``governor`` ("Al Shabaab was blamed for the attack",
    "militants suspected of the killing", "Boko Haram blamed for attack on a village": a verbless
    headline whose parsed root is the name): the doer of the event."""
    if governor.lemma_.lower() not in _BLAME:
        return None
    if governor.dep_ == "acomp":
        governor = governor.head  # "X was responsible for the attack"
    subj = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and governor.dep_ == "acl":
        subj = governor.head
    return subj


_REPORTING = frozenset({"say", "announce", "claim", "report", "state", "confirm", "add", "tell", "declare", "reveal"})


def clause_start(trigger: Token, sent: Span) -> int:
    """Where the trigger's reported clause starts: after "X announced (on Tuesday) that"."""
    start = sent.start
    for tok in sent:
        if tok.i >= trigger.i:
            break
        if tok.lower_ == "that" and tok.pos_ in ("SCONJ", "ADP") or tok.dep_ == "mark" and tok.lower_ == "that":
            if any(t.lemma_ in _REPORTING for t in sent.doc[start:tok.i]):
                start = tok.i + 1
    return start


# verbs of acts done to people, whose past participle on a noun names who suffered them ("man killed by X")
_DONE_TO = frozenset({"kill", "shoot", "murder", "abduct", "kidnap", "injure", "wound", "rape", "beat", "hack", "stab",
                      "attack", "execute", "behead", "torture", "lynch", "assassinate", "slay", "gun"})


_HEADLINE_VERBS = frozenset({"kill", "injure", "wound", "abduct", "kidnap", "behead", "stab", "lynch", "rape",
                             "murder", "execute", "assassinate", "slay"})


def _headline_passive(trigger: Token) -> bool:
    """"12 civilians killed in Djugu", "3 killed in X": a note's passive with its auxiliary left out, which
    the parser reads as an active verb whose subject did the act; verbs that always take an object."""
    if trigger.tag_ not in ("VBN", "VBD") or trigger.lemma_.lower() not in _HEADLINE_VERBS:
        return False
    kids = list(trigger.children)
    if any(c.dep_ in ("dobj", "xcomp", "prt", "aux", "auxpass", "nsubjpass") or c.dep_ == "ccomp" and c.i > trigger.i
           for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ != "PRON" and (subj.like_num or any(
        c.dep_ == "nummod" or c.like_num for c in subj.children))


# what follows a passive participle ("2 soldiers killed in X", "a man shot dead by police")
_AFTER_PARTICIPLE = frozenset({"in", "at", "on", "near", "by", "during", "when", "while", "after", "outside", "inside",
                               "dead", "to", "and", "as", "from", "overnight", "yesterday", "today", "on"})


def _passive_participle(trigger: Token) -> bool:
    """"Man killed by unknown assailants in X", "civilians abducted in Y": a past participle describing the
    noun it was done to (not "workers protested by riding buses", a verb the parser took for one)."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "acl" or trigger.lemma_.lower() not in _DONE_TO \
            or any(c.dep_ == "dobj" for c in trigger.children):
        return False
    nxt = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    if nxt is not None and nxt.lower_ not in _AFTER_PARTICIPLE and not nxt.is_punct:
        return False  # "militants abducted between two and four people": the parser's participle is the militants' verb
    return all(any(g.dep_ == "pobj" for g in c.children) for c in trigger.children if c.dep_ == "agent")


def fill_roles(trigger: Token, sent: Span, mentions: list[ActorMention], speaker: ActorMention | None = None) -> RoleFill:
    """Fill actor roles for the event named by ``trigger`` in ``sent``.

    ``speaker`` is the claimant's own actor, which first-person pronouns ("we") stand for.
    """
    lo = clause_start(trigger, sent)
    mentions = [m for m in mentions if m.span.start >= lo or m.span.end <= sent.start]
    index: dict[int, ActorMention] = {}
    for m in mentions:
        for i in range(m.span.start, m.span.end):
            index[i] = m
    fill = RoleFill()
    kids = list(trigger.children)
    misread = _misread_subject(kids) if trigger.pos_ == "VERB" else None
    passive = misread is None and (any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or (
        trigger.tag_ == "VBN" and any(c.lower_ in ("been", "was", "were") for c in kids)
    ) or _passive_participle(trigger))
    headline = not passive and misread is None and _headline_passive(trigger)
    passive = passive or headline
    a1_tok: Token | None = None
    a2_tok: Token | None = None
    if trigger.pos_ == "VERB":
        if misread is not None:
            kids = [c for c in kids if c.dep_ not in ("nsubj", "nsubjpass", "auxpass")]
            a1_tok = misread if _actor_in(_subtree_np(misread), index) is not None else next(
                c for c in trigger.children if c.dep_ == "auxpass")
        for c in kids:
            if c.dep_ == "nsubj" and not passive:
                a1_tok = c
            elif c.dep_ == "nsubj" and headline:
                a2_tok = c  # "12 civilians killed in X": who was killed
            elif c.dep_ == "nsubjpass":
                a2_tok = c
            elif c.dep_ == "dobj" and not passive:
                a2_tok = c
            elif c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                a1_tok = objs[0] if objs else None
            elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS and a2_tok is None:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                a2_tok = objs[0] if objs else None
        if a1_tok is None and trigger.dep_ in ("relcl", "acl") and not passive:
            a1_tok = trigger.head
        if a2_tok is None and trigger.dep_ == "acl" and passive:
            a2_tok = trigger.head  # "civilians killed by soldiers": the noun a passive participle describes
        if a1_tok is None and not passive:
            a1_tok = _shared_subject(trigger)
    else:  # event noun
        for c in kids:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in index:
                a1_tok = a1_tok or c
            elif c.dep_ == "prep" and c.lower_ == "of" and trigger.lemma_.lower() in _PATIENT_OF:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                a2_tok = a2_tok or (objs[0] if objs else None)  # "the killing of an elder": who was killed
            elif c.dep_ == "prep" and c.lower_ in _AGENT_PREPS:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs and a1_tok is None:
                    a1_tok = objs[0]
                    # "the fighting of the coalition against X": the "against" may hang off the agent
                    for g in objs[0].children:
                        if g.dep_ == "prep" and g.lower_ in _TARGET_PREPS and a2_tok is None:
                            gobj = [x for x in g.children if x.dep_ == "pobj"]
                            a2_tok = gobj[0] if gobj else None
            elif c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                a2_tok = objs[0] if objs else a2_tok
        # "they are targeted by raids": the noun is the agent of a passive verb
        head = trigger.head
        if trigger.dep_ == "pobj" and head.dep_ == "agent":
            verb = head.head
            subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            a2_tok = a2_tok or subj
        if trigger.dep_ == "dobj" and a1_tok is None and trigger.head.lemma_.lower() not in _NOT_DOERS:
            a1_tok = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
        if a1_tok is None and trigger.dep_ == "pobj" and head.dep_ == "prep":
            a1_tok = _blamed(head.head)
    fill.actor1 = _from(a1_tok, index, mentions, speaker=speaker)
    fill.actor2 = _from(a2_tok, index, mentions, exclude=fill.actor1, speaker=speaker)
    fill.confidence1 = 0.8 if fill.actor1 else 0.0
    fill.confidence2 = 0.8 if fill.actor2 else 0.0
    fill.assoc1 = _conj_actors(a1_tok, index, fill.actor1)
    fill.assoc2 = _conj_actors(a2_tok, index, fill.actor2)
    if trigger.pos_ != "VERB" and a1_tok is not None:
        # "regime raids Syrian and his Russian ally": conjuncts of the event noun's modifiers
        fill.assoc1 += [m for m in _conj_actors(trigger, index, fill.actor1) if m not in fill.assoc1 and m is not fill.actor2]
    # surface fallbacks within the sentence
    clause_left = [m for m in mentions if max(sent.start, lo) <= m.span.start and m.span.end <= trigger.i]
    clause_right = [m for m in mentions if trigger.i < m.span.start and m.span.end <= sent.end]
    if passive:
        if fill.actor2 is None and clause_left:
            fill.actor2, fill.confidence2 = clause_left[-1], 0.5
    else:
        if fill.actor1 is None and clause_left and trigger.pos_ == "VERB":
            cand = clause_left[-1]
            if cand is not fill.actor2:
                fill.actor1, fill.confidence1 = cand, 0.5
        if fill.actor2 is None and clause_right:
            cand = clause_right[0]
            if fill.actor1 is None or cand.actor_id != fill.actor1.actor_id:
                fill.actor2, fill.confidence2 = cand, 0.5
    if fill.actor1 is not None and fill.actor2 is not None and fill.actor1.actor_id == fill.actor2.actor_id:
        fill.actor2, fill.confidence2 = None, 0.0
    return fill
