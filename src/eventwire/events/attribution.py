"""Modality and claimant: is the event said to have happened, and according to whom.

Modality values: reported, claimed, forecast, denied, hypothetical, background.
Rules (general English, documented here):

- An event noun that is the subject of a verb of duration ("the fighting is expected
  to last", "fights should still last") is *ongoing*: the cue on the verb of duration
  is about how long it will last, not whether it happens.
- Otherwise, walking up from the trigger to the reporting verb (if any): "will",
  "shall", "should", "going to", "would" in reported speech without a condition ("they
  said they would attack"), or a governing verb or adjective of expectation or intention
  (expect, hope, plan, want, threaten, swear, ready to ...) make it a *forecast*;
  "could", "might", "may", "must", "would" or an "if"/"unless" clause make it
  *hypothetical*; a governing "deny" makes it *denied*; a negation on the path, or a
  governing verb that calls it off ("postpone", "cancel", "call off"), means no event
  (``negated``).
- *claimed* when the claimant is a party or an official of one (an armed actor, a
  military or government title), *reported* otherwise. *background* is decided with
  the dates (see ``assemble``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._doc import word_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ClaimantRef", "ModalityInfo", "find_claimant", "modality_of", "REPORT_VERBS"]

REPORT_VERBS = frozenset({
    "say", "add", "announce", "state", "tell", "claim", "report", "confirm", "continue", "explain", "declare",
    "insist", "note", "stress", "indicate", "warn", "assert", "acknowledge", "admit", "allege", "deny",
    "reveal", "disclose", "affirm", "write", "tweet", "quote",
})
_ACCORDING = frozenset({"according"})
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
FORECAST_GOVERNORS = frozenset({
    "expect", "hope", "plan", "intend", "aim", "want", "seek", "prepare", "threaten", "vow", "pledge", "promise",
    "predict", "forecast", "anticipate", "plot", "try", "attempt", "wish", "need", "ensure", "order", "call",
    "swear", "decide", "ready", "willing", "prepared", "poised", "determined",
})
# a governing verb that calls the event off: "agreed to postpone the demonstration" reports no demonstration
CANCEL_GOVERNORS = frozenset({"postpone", "cancel", "delay", "abandon", "avert", "adjourn"})
FORECAST_MODALS = frozenset({"will", "shall", "'ll", "should", "wo", "ca"})
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "would", "'d", "must"})
DURATIVE_VERBS = frozenset({"last", "continue", "persist", "rage", "drag", "go", "intensify", "escalate", "resume"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
PRONOUNS = frozenset({"he", "she", "they", "we", "it", "i"})
NOT_PARTY_SPEAKERS = frozenset({"civilians"})  # actor ids whose statements are accounts, not a party's claims
OFFICIAL_WORDS = frozenset({
    "general", "commander", "colonel", "major", "captain", "spokesman", "spokeswoman", "spokesperson", "minister",
    "ministry", "army", "military", "official", "officer", "president", "governor", "police", "command", "chief",
    "forces", "coalition", "government", "pentagon", "lieutenant", "brigadier", "sergeant", "militant", "group",
})


@dataclass
class ModalityInfo:
    modality: str = "reported"
    cue: Token | None = None
    negated: bool = False
    ongoing: bool = False


@dataclass
class ClaimantRef:
    name: str
    role: str | None
    span: Span
    actor_id: str | None = None
    official: bool = False


def _aux_lemmas(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "auxpass")]


def _reported_future(verb: Token) -> bool:
    """"would" on a verb that a reporting verb governs, with no "if"/"unless" condition: the future of the
    report ("the army said it would attack"), not a hypothesis ("it would attack if ...")."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORT_VERBS:
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                   for c in verb.children)


# a verb joined to the governor, not its complement: "two factions, called Chance and Douze, clashed",
# "a mob attempted to capture two men when police intervened and shot at them"
_NOT_COMPLEMENT = frozenset({"conj", "parataxis"})
# an attempt that was made is an act that happened ("attempted to assassinate a citizen, seriously injuring him")
_ATTEMPT = frozenset({"attempt", "try"})
# what the attempt did, told after it ("attempted to assassinate a citizen, seriously injuring him")
_HARM_DONE = frozenset({"injure", "wound", "kill", "hurt", "damage", "die", "dead"})


def _governs_as_complement(child: Token, governor: Token) -> bool:
    """Is ``child`` (on the path up from a trigger) what the forecast verb ``governor`` is about? Not a
    coordinated or adverbial clause, not a clause before it ("students protested ..., they called for
    aid"), not the act of an attempt made, with its harm told ("gunmen attempted to kill X, wounding him")."""
    if child.dep_ in _NOT_COMPLEMENT or child.dep_ == "ccomp" and child.i < governor.i:
        return False
    if child.dep_ == "advcl" and not any(c.tag_ == "TO" for c in child.children):
        return False  # "... when police intervened": an adverbial clause, unless an infinitive ("sworn to fight")
    if governor.lemma_ in _ATTEMPT and governor.tag_ == "VBD" and not _aux_lemmas(governor) and (any(
            t.lemma_ in _HARM_DONE for t in governor.subtree if t.i > child.i) or _armed_subject(governor)):
        return False
    return True


# people who carry arms: when they "attempted to abduct" or "tried to storm", the attempt was an attack made
# (ACLED codes attempted abductions and attacks that were carried out, whatever their outcome)
_ARMED_SUBJECTS = frozenset({"assailant", "gunman", "gunmen", "attacker", "militant", "insurgent", "rebel", "fighter",
                             "jihadist", "terrorist", "bandit", "kidnapper", "militiaman", "militia", "soldier",
                             "troop", "raider", "separatist"})


def _armed_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _ARMED_SUBJECTS for c in verb.children)


def modality_of(trigger: Token) -> ModalityInfo:
    info = ModalityInfo()
    # ongoing: the event noun is the subject of a verb of duration
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        verb = trigger.head
        chain = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
        if any(v.lemma_ in DURATIVE_VERBS for v in chain):
            info.ongoing = True
            info.negated = any(c.dep_ == "neg" for c in trigger.children)
            return info
    node: Token = trigger
    prev: Token = trigger
    for depth in range(7):
        if any(c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ == "det") for c in node.children):
            if node == trigger or node.pos_ in ("VERB", "AUX"):
                info.negated = True
        if node.lemma_ in DENY_VERBS and node != trigger:
            info.modality, info.cue = "denied", node
            info.negated = False
            return info
        if node != trigger and (node.lemma_ in CANCEL_GOVERNORS or node.lemma_ == "call" and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in node.children)):
            info.negated, info.cue = True, node  # "agreed to postpone the demonstration", "the march was called off"
        for aux in _aux_lemmas(node):
            low = aux.lower_
            if low in FORECAST_MODALS and info.modality == "reported":
                info.modality, info.cue = "forecast", aux
            elif low in ("would", "'d") and info.modality == "reported" and _reported_future(node):
                info.modality, info.cue = "forecast", aux  # "they said they would attack": future in reported speech
            elif low == "must" and node != trigger and node.lemma_ in REPORT_VERBS:
                continue  # "the ministry must confirm that ... was killed": an announcement, not an obligation
            elif low in HYPOTHETICAL_MODALS and info.modality == "reported":
                info.modality, info.cue = "hypothetical", aux
        if node != trigger and node.lemma_ in FORECAST_GOVERNORS and info.modality == "reported" \
                and _governs_as_complement(prev, node):
            info.modality, info.cue = "forecast", node
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
            info.modality, info.cue = "hypothetical", node
        if node != trigger and node.lemma_ in REPORT_VERBS:
            break  # cues above the reporting verb belong to the report
        if node.head == node or node.dep_ in ("ROOT",):
            break
        # a noun trigger inside a prepositional modifier of a participant stops at the NP
        prev, node = node, node.head
    # "going to" future
    if info.modality == "reported":
        prev = trigger.doc[max(trigger.i - 3, trigger.sent.start):trigger.i]
        if "going to" in prev.text.lower():
            info.modality, info.cue = "forecast", prev[-1] if len(prev) else None
    return info


def _np_span(tok: Token) -> Span:
    """The noun phrase headed by ``tok`` without relative clauses or trailing punctuation."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl", "punct", "cc", "conj", "advcl"):
            break
        right = max(right, child.right_edge.i)
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def _claimant_from_np(np: Span, actors_in: dict[int, str]) -> ClaimantRef:
    doc = np.doc
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e.start >= np.start and e.end <= np.end]
    actor_id = next((actors_in[i] for i in range(np.start, np.end) if i in actors_in), None)
    words = {t.lower_ for t in np}
    # residents, villagers, witnesses are sources, not a party's officials: their account is "reported"
    party = actor_id is not None and actor_id.split(":")[0] not in NOT_PARTY_SPEAKERS
    official = bool(words & OFFICIAL_WORDS) or party
    if persons:
        person = persons[-1]
        # include a title right before the name ("General Frederic Parisot")
        start = person.start
        while start > np.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ != "ORG":
            start -= 1
        name_span = doc[start:person.end]
        role_tokens = [t for t in np if t.i < start and not t.is_punct]
        role = " ".join(t.text for t in role_tokens).strip() or None
        if role and role.lower().startswith("the "):
            role = role[4:]
        return ClaimantRef(name=name_span.text, role=role, span=np, actor_id=actor_id, official=official or bool(role))
    text = np.text
    if text.lower().startswith("the "):
        text = text[4:]
    return ClaimantRef(name=text, role=None, span=np, actor_id=actor_id, official=official)


def find_claimant(trigger: Token, sent: Span, actors_in: dict[int, str], memory: list[ClaimantRef]) -> ClaimantRef | None:
    """The claimant of the event whose trigger is ``trigger``, or None.

    ``memory`` holds the claimants named earlier in the document, to resolve "he added".
    """
    doc = sent.doc
    # "according to X"
    for i in word_positions(doc, _ACCORDING, sent.start, sent.end):  # the only tokens that can pass the test
        tok = doc[i]
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                np = _np_span(objs[0])
                # an apposition following the NP ("the commander ..., General X")
                ref = _claimant_from_np(np, actors_in)
                appos = _following_name(np, sent)
                if appos is not None:
                    ref = ClaimantRef(name=appos.text, role=ref.name, span=doc[np.start:appos.end],
                                      actor_id=ref.actor_id, official=True)
                return ref
    # reporting verbs
    for i in word_positions(doc, REPORT_VERBS, sent.start, sent.end):  # the only tokens that can pass the test
        tok = doc[i]
        if tok.lemma_ not in REPORT_VERBS or tok.pos_ not in ("VERB", "AUX") or tok == trigger:
            continue
        if tok.lemma_ == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.dep_ == "acl":
            subj = tok.head  # "the coalition announced ..." parsed as a reduced relative
        if subj is None:
            after = [c for c in tok.rights if c.dep_ in ("nsubj", "dobj", "npadvmod", "attr") and c.pos_ in ("PROPN", "NOUN", "PRON")]
            subj = after[0] if after else None
        if subj is None:
            continue
        if subj.lower_ in PRONOUNS and subj.pos_ == "PRON":
            if memory:
                prev = memory[-1]
                return ClaimantRef(name=prev.name, role=prev.role, span=doc[subj.i:subj.i + 1],
                                   actor_id=prev.actor_id, official=prev.official)
            continue
        return _claimant_from_np(_np_span(subj), actors_in)
    return None


def _following_name(np: Span, sent: Span) -> Span | None:
    """", General Frederic Parisot" right after a noun phrase (a broken apposition)."""
    doc = sent.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.start >= np.end and ent.start <= np.end + 12 and ent.end <= sent.end:
            start = ent.start
            while start > np.end and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start > np.end and doc[start - 1].text == ",":
                return doc[start:ent.end]
    return None
