"""Event mentions: trigger words in a sentence, grouped, with modality, claimant and roles.

One mention per group of syntactically linked triggers ("targeted by regime raids" is
one event, named by "raids"). Triggers that only refer to other events ("leaders
linked to attacks in Europe", "responsible for the bombing") are kept as references
(background), and a trigger with no participant, no count and no weapon is not an event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._doc import ActorMention
from .attribution import ClaimantRef, ModalityInfo, find_claimant, modality_of
from .lexicon import Lexicon, TriggerSpec
from .roles import RoleFill, fill_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "find_mentions"]

# "linked to attacks", "responsible for the bombing", "accused of kidnapping"
_REFERENCE_HEADS = frozenset({
    "link", "responsible", "accuse", "involve", "blame", "suspect", "tie", "connect", "behind", "convict", "charge",
    "sentence", "claim", "mastermind", "plot", "try", "jail", "prosecute", "condemn", "investigate",
    # "protested against the arrest of X": the cause of a protest is not a second event
    "protest", "demonstrate", "demonstration", "rally", "march", "denounce", "demand", "mourn", "sit-in",
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

    @property
    def trigger_span(self) -> Span:
        tok = self.trigger
        return tok.doc[tok.i:tok.i + 1]


def _is_trigger(tok: Token, lexicon: Lexicon, blocked: set[int]) -> TriggerSpec | None:
    if tok.i in blocked or tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "LAW", "DATE", "TIME", "FAC"):
        return None
    spec = lexicon.lookup(tok.lemma_, tok.pos_) or lexicon.lookup(tok.lower_, tok.pos_)
    if spec is None:
        return None
    if spec.particles:
        nxt = [c.lower_ for c in tok.children] + ([tok.nbor(1).lower_] if tok.i + 1 < len(tok.doc) else [])
        if not any(p in nxt for p in spec.particles):
            return None
    return spec


def _reference(tok: Token) -> bool:
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "JJ"):
        return True  # "detained journalists", "kidnapped girls": a state, not an event reported here
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        governor = head.head
        return governor.lemma_ in _REFERENCE_HEADS or governor.lower_ in _REFERENCE_HEADS
    if tok.dep_ in ("pcomp",) and head.head.lemma_ in _REFERENCE_HEADS:
        return True
    return False


_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "pobj", "prep", "dobj", "pcomp", "agent", "conj", "npadvmod"})


def _within(child: Token, ancestor: Token, hops: int) -> bool:
    """Is ``ancestor`` reached from ``child`` in at most ``hops`` clause-internal edges?"""
    node = child
    for _ in range(hops):
        if node.dep_ not in _CLAUSE_DEPS or node.head == node:
            return False
        node = node.head
        if node == ancestor:
            return True
        if node.lemma_ in _REPORTING_LEMMAS:
            return False
    return False


_REPORTING_LEMMAS = frozenset({"say", "announce", "report", "claim", "tell", "add", "state", "confirm"})


def _linked(a: Token, b: Token) -> bool:
    """Are two triggers parts of one event ("clashed ..., leaving 20 injured", "targeted by raids")?"""
    if a.head == b or b.head == a:
        return True
    if _within(a, b, 3) or _within(b, a, 3):
        return True
    for x, y in ((a, b), (b, a)):
        if x.head.head == y and x.head.dep_ in ("agent", "prep") and x.dep_ == "pobj":
            return True
    return False


def _primary(group: list[tuple[Token, TriggerSpec]]) -> int:
    def rank(item: tuple[Token, TriggerSpec]) -> tuple[int, int, int, int]:
        tok, spec = item
        not_reference = 0 if _reference(tok) else 1  # "protested against the arrest": the protest names the event
        in_agent = 1 if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else 0
        specific = 0 if spec.flex else 1
        weapon = 1 if spec.event_type == "Explosions/Remote violence" else 0
        return (not_reference, in_agent + weapon, specific, -tok.i)
    return max(range(len(group)), key=lambda i: rank(group[i]))


def find_mentions(doc: Doc, lexicon: Lexicon) -> list[Mention]:
    actors = list(doc._.ew_actors or [])
    blocked = {i for m in actors for i in range(m.span.start, m.span.end)}
    actors_in = {i: m.actor_id for m in actors for i in range(m.span.start, m.span.end)}
    memory: list[ClaimantRef] = []
    out: list[Mention] = []
    for sent in doc.sents:
        found = [(tok, spec) for tok in sent if (spec := _is_trigger(tok, lexicon, blocked)) is not None]
        groups: list[list[tuple[Token, TriggerSpec]]] = []
        for item in found:
            for group in groups:
                if any(_linked(item[0], other[0]) for other in group):
                    group.append(item)
                    break
            else:
                groups.append([item])
        for group in groups:
            idx = _primary(group)
            tok, spec = group[idx]
            related = [t for i, (t, _) in enumerate(group) if i != idx]
            # modality from the governing verb when the primary is a noun inside it
            mod_tok = next((t for t in related if t.pos_ == "VERB" and tok in t.subtree), tok)
            modality = modality_of(mod_tok)
            claimant = find_claimant(tok, sent, actors_in, memory)
            speaker = None
            if claimant is not None and claimant.actor_id:
                speaker = ActorMention(span=claimant.span, actor_id=claimant.actor_id, name="")
            roles = fill_roles(tok, sent, actors, speaker)
            if mod_tok != tok:
                verb_roles = fill_roles(mod_tok, sent, actors, speaker)
                roles.actor1 = roles.actor1 or verb_roles.actor1
                roles.actor2 = roles.actor2 or verb_roles.actor2
            out.append(Mention(tok, spec, sent, modality, claimant, roles, reference=_reference(tok), related=related))
        claim = find_claimant(sent[-1], sent, actors_in, memory)
        if claim is not None and claim.name:
            memory.append(claim)
    return out
