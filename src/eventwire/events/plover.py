"""Verbal and non-violent interactions, coded in PLOVER and CAMEO only.

Statements of intent, meetings, appeals and demands, accusations, rejections, threats,
sanctions: PLOVER codes them, ACLED does not. They are kept apart from the ACLED events
(``Result.interactions``) so that ACLED-style output and counts never see them. The
lexicon and the composition rules are data (``data/events/plover.json``, which cites the
PLOVER manual's definitions); this module applies them:

- one interaction per sentence: the lexicon word nearest the root of the sentence's parse
  that is not the trigger of an ACLED event already found there, and not inside the
  clause of such a trigger ("gunmen killed him, demanding ransom": the killing is the event);
- a word of intent ("offered to", "is ready to", "vowed to") takes its type from the act it
  governs, stated as future; an act stated as future ("will support", "would allow", in
  reported speech) is recoded by the manual's ``future`` table (future SUPPORT is AGREE,
  future RETREAT is CONCEDE, a future hostile act is THREATEN);
- a reported "X must / should do Y" is a demand (REQUEST);
- a negated cooperative act ("will not accept refugees") is a refusal (REJECT); any other
  negated act yields nothing;
- a noun names an act only as the object of a verb that carries it ("issued an ultimatum",
  "opened an investigation"; data: ``carriers``), a participle describing a noun names none;
- who acts is the subject (a passive verb's "by" agent), to whom its object or the object of
  "to/with/against/on/from"; an interaction needs an actor: a knowledge-base actor other than
  civilians, or a name as written ("tourists visited the pyramids" is none), except a passive
  with a named recipient ("Aristide has been accused of ...");
- an act under a verb that calls it off ("delayed lifting the ban") is none;
- modality and claimant as for events (``attribution``); background by the date.

``plover_of`` applies the same ``future`` table to ACLED events stated as forecasts
("the coalition hopes to get rid of this base": PLOVER THREATEN), as the manual asks
(section 2.3: return the single category, not a category plus a future mode).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from .._doc import ActorMention, evidence
from ..model import Actor, Claimant, Event, Interaction, Plover, Source
from .actors import ActorKB, resolve_generic
from .attribution import REPORT_VERBS, ClaimantRef, find_claimant, modality_of
from .lexicon import load_lexicon
from .roles import fill_roles

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["PloverLexicon", "PloverSpec", "cameo_root", "find_interactions", "load_plover", "plover_of"]


@dataclass(frozen=True)
class PloverSpec:
    lemma: str
    plover: str | None
    mode: str | None
    cameo: str | None
    pos: tuple[str, ...]
    objects: frozenset[str] = frozenset()
    except_objects: frozenset[str] = frozenset()
    intent: bool = False
    carried: bool = False  # a noun that names the act only as the object of a verb ("imposed sanctions")
    needs_prep: str | None = None  # "on alert"
    actor_sectors: frozenset[str] = frozenset()  # the act counts only for an actor of these sectors
    needs_modifier: frozenset[str] = frozenset()  # "joint exercises": the noun counts only so modified


class PloverLexicon:
    def __init__(self, data: dict[str, Any]) -> None:
        self.types: dict[str, dict[str, str]] = data["types"]
        self.future: dict[str, str] = data["future"]["map"]
        self.negated: dict[str, str] = data["negated"]["map"]
        self.demand_modals = frozenset(data["demand_modals"]["modals"])
        self.by_sub_event: dict[str, dict[str, str]] = data["acled_sub_event"]["map"]
        self.carriers = frozenset(data["carriers"]["lemmas"])
        self.single: dict[str, list[PloverSpec]] = {}
        self.phrases: dict[tuple[str, str], list[PloverSpec]] = {}
        for entry in data["triggers"]:
            for lemma in entry["lemmas"]:
                spec = PloverSpec(
                    lemma=lemma, plover=entry.get("plover"), mode=entry.get("mode"), cameo=entry.get("cameo"),
                    pos=tuple(entry["pos"]), objects=frozenset(entry.get("objects", ())),
                    except_objects=frozenset(entry.get("except_objects", ())), intent=entry.get("intent", False),
                    carried=entry.get("carried", False), needs_prep=entry.get("needs_prep"),
                    actor_sectors=frozenset(entry.get("actor_sectors", ())),
                    needs_modifier=frozenset(entry.get("needs_modifier", ())),
                )
                if " " in lemma:
                    head, particle = lemma.split(" ", 1)
                    self.phrases.setdefault((head, particle), []).append(spec)
                else:
                    self.single.setdefault(lemma, []).append(spec)
        for specs in self.single.values():  # a sense named by its object ("withdrew its ambassador") first
            specs.sort(key=lambda sp: not sp.objects)

    def screen_terms(self) -> tuple[set[str], list[tuple[frozenset[str], ...]]]:
        """What makes a sentence worth parsing for an interaction, for the relevance screen: lemmas that
        name one alone, and lemma groups that must all be there (a verb and one of its objects, a verb and
        its particle). Words of intent alone are not enough (they need an act)."""
        single: set[str] = set()
        groups: list[tuple[frozenset[str], ...]] = []
        for lemma, specs in self.single.items():
            for spec in specs:
                if spec.intent and spec.plover is None:
                    continue
                if spec.objects:
                    groups.append((frozenset({lemma}), spec.objects))
                else:
                    single.add(lemma)
        groups.append((frozenset(DEMAND_VERBS), self.demand_modals))  # "X said Y must ..."
        for (head, particle), specs in self.phrases.items():
            for spec in specs:
                groups.append((frozenset({head}), frozenset({particle}), *((spec.objects,) if spec.objects else ())))
        return single, groups

    def cameo_of(self, plover: str) -> str | None:
        info = self.types.get(plover)
        return info["cameo"] if info else None

    def match(self, tok: Token) -> PloverSpec | None:
        """The spec the word takes in this sentence, or None."""
        lemma = tok.lemma_.lower()
        pos = "VERB" if tok.pos_ == "AUX" else tok.pos_
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
        for (head, particle), specs in self.phrases.items():
            if head == lemma and particle in particles:
                for spec in specs:
                    if pos in spec.pos:
                        return spec
        for spec in self.single.get(lemma, ()):
            if pos not in spec.pos:
                continue
            if spec.needs_prep and not (tok.head.lower_ == spec.needs_prep and tok.dep_ == "pobj"):
                continue
            if spec.carried and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_ in self.carriers
                                     or tok.dep_ == "pobj" and tok.head.lower_ == "under"):
                continue  # "imposed sanctions", "was put under investigation"; not "assess what threat"
            if spec.needs_modifier and not any(c.lemma_.lower() in spec.needs_modifier for c in tok.children):
                continue
            if pos == "VERB" and tok.dep_ == "amod":
                continue  # "the visiting students": a participle describing a noun
            objs = _objects(tok)
            if spec.objects and not (objs & spec.objects):
                continue
            if spec.except_objects and objs & spec.except_objects:
                continue
            return spec
        return None


@functools.lru_cache(maxsize=1)
def load_plover() -> PloverLexicon:
    text = resources.files("eventwire").joinpath("data/events/plover.json").read_text(encoding="utf-8")
    return PloverLexicon(json.loads(text))


def cameo_root(code: str | None) -> str | None:
    """The CAMEO root code (two digits) of a CAMEO code ("190" -> "19", "0871" -> "08")."""
    if not code:
        return None
    digits = code.strip()
    return digits[:2] if len(digits) >= 2 and digits[:2].isdigit() else None


def plover_of(plover: str, mode: str | None, cameo: str | None, modality: str,
              sub_event_type: str | None = None) -> tuple[str, str | None, str | None]:
    """An ACLED event's PLOVER type, mode and CAMEO root given its modality: a forecast hostile act is
    THREATEN (PLOVER manual 2.3), a forecast retreat CONCEDE (3.7); excessive force against protesters
    is ASSAULT crowd-control (3.16); otherwise unchanged."""
    lex = load_plover()
    by_sub = lex.by_sub_event.get(sub_event_type or "")
    if by_sub is not None:
        plover, mode, cameo = by_sub["plover"], by_sub.get("mode"), lex.cameo_of(by_sub["plover"])
    if modality == "forecast" and plover in lex.future:
        new = lex.future[plover]
        return new, None, lex.cameo_of(new)
    return plover, mode, cameo_root(cameo)


# -- parse helpers ---------------------------------------------------------------------------------------

_OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_WOULD = frozenset({"would", "'d"})
_FIRST_PERSON = frozenset({"we", "i", "us"})
_VIOLENT = frozenset({"FIGHT", "ASSAULT"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
DEMAND_VERBS = REPORT_VERBS | {"reiterate", "conclude", "insist", "declare", "repeat"}


def _objects(tok: Token) -> set[str]:
    """Lemmas of what a verb is done to: its object or passive subject, the object of a preposition
    right after it ("agreed to a ceasefire", "called off the strike"), or of its complement verb."""
    out: set[str] = set()
    for c in tok.children:
        if c.dep_ in _OBJ_DEPS:
            out.add(c.lemma_.lower())
            out |= {g.lemma_.lower() for g in c.children if g.dep_ in ("compound", "amod", "conj")}
            for p in c.children:  # "the return of U.N. weapons inspectors"
                if p.dep_ == "prep" and p.lower_ == "of":
                    out |= {g.lemma_.lower() for g in p.children if g.dep_ == "pobj"}
        elif c.dep_ == "prep" and c.lower_ in ("to", "on", "in", "from", "for", "of"):
            out |= {g.lemma_.lower() for g in c.children if g.dep_ == "pobj"}
        elif c.dep_ == "xcomp" and c.pos_ == "VERB":  # "allow refugees to return"
            out.add(c.lemma_.lower())
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
        out.add(tok.head.lemma_.lower())  # "the curfew imposed in Sudan"
    return out


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 40:
        tok, d = tok.head, d + 1
    return d


def _negated(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return c
    return None


def _future_cue(tok: Token) -> Token | None:
    """'will'/'shall', or 'would' in reported speech (no 'if' clause): the act is stated as future."""
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX:
            return c
        if c.dep_ == "aux" and c.lower_ in _WOULD and (tok.dep_ == "ccomp" or tok.head.lemma_ in REPORT_VERBS):
            return c  # "said it would allow", "said they would meet X if ...": a (conditional) commitment
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.lower_ == "to" for c in tok.children):
        return tok.head  # "is going to meet"
    return None


def _complements(tok: Token) -> list[Token]:
    """What a word of intent governs: its complement verb, or the noun after 'to' ("agreed to a ceasefire")."""
    out = []
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):  # "sworn to fight" parsed as purpose
            out.append(c)
            out.extend(g for g in c.children if g.dep_ == "conj")
        elif c.dep_ == "prep" and c.lower_ in ("to", "on"):
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "dobj":
            out.append(c)
    return out


def _governing_verb(tok: Token) -> Token:
    """The verb that carries a noun ("issued an ultimatum", "launched a mediation effort", "remained on
    alert"): its roles name the actors. The noun itself when there is none."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "compound", "nsubjpass", "attr", "acomp") or node.head == node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return tok


def _subject(tok: Token) -> Token | None:
    """Who acts: the active subject of the verb or of the verb it complements (a passive subject is
    the recipient)."""
    node = tok
    for _ in range(4):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):  # passive: the actor is "by X"
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if node.dep_ not in ("xcomp", "conj", "acomp", "ccomp") or node.head == node:
            return None
        node = node.head
    return None


# -- the coder -------------------------------------------------------------------------------------------


@dataclass
class _Coded:
    trigger: Token
    plover: str
    mode: str | None
    cameo: str | None
    cues: list[Token]
    actor_tok: Token  # the verb whose roles give the actors
    recipient_tok: Token | None = None  # set when the recipient is not the verb's object ("X said Y must ...")
    actor_sectors: frozenset[str] = frozenset()


def _taken_tokens(doc: Doc, events: list[Event]) -> dict[int, Event]:
    """Token index -> the event whose trigger (or related trigger) it is."""
    starts = {t.idx: t.i for t in doc}
    out: dict[int, Event] = {}
    for ev in events:
        for e in ev.evidence[:-1]:
            i = starts.get(e.start)
            if i is not None:
                out[i] = ev
    return out


def _code_sentence(sent: Span, lex: PloverLexicon, taken: dict[int, Event]) -> _Coded | None:
    cands: list[tuple[Token, PloverSpec]] = []
    for tok in sent:
        if tok.i in taken:
            continue
        spec = lex.match(tok)
        if spec is not None:
            cands.append((tok, spec))
    demand: dict[int, Token] = {}
    for tok in sent:  # "X declared that China must drop barriers": a demand
        if tok.lemma_ not in DEMAND_VERBS:
            continue
        for c in tok.children:
            if c.dep_ != "ccomp" or c.i in taken:
                continue
            modal = next((a for a in c.children if a.dep_ == "aux" and a.lower_ in lex.demand_modals), None)
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if modal is not None and subj is not None and not (subj.pos_ == "PRON" and subj.lower_ in _FIRST_PERSON):
                demand[c.i] = modal  # ("we must defend ourselves" is the speaker's own resolve, no demand)
                cands = [(t, s) for t, s in cands if t.i != c.i]
                cands.append((c, PloverSpec(lemma=c.lemma_, plover="REQUEST", mode=None, cameo="10", pos=("VERB",))))
    if not cands:
        return None
    tok, spec = min(cands, key=lambda ts: (_depth(ts[0]), ts[0].i))
    # inside the clause of an ACLED event found in this sentence: the violent act is the sentence's event
    node = tok
    for _ in range(6):
        if node.head == node:
            break
        node = node.head
        if node.i in taken and node.dep_ not in ("ccomp",) and node.lemma_ not in REPORT_VERBS:
            return None
    cues: list[Token] = []
    plover, mode, cameo = spec.plover, spec.mode, spec.cameo
    actor_tok = _governing_verb(tok) if tok.pos_ in ("NOUN", "PROPN", "ADJ") else tok
    recipient: Token | None = None
    future = False
    if tok.i in demand:
        cues.append(demand[tok.i])
        actor_tok = tok.head  # the speaker demands; the subject of "must" is the recipient
        recipient = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif spec.intent:
        content = None
        by_tok = {t.i: sp for t, sp in cands}
        for comp in _complements(tok):
            if comp.i in by_tok and not by_tok[comp.i].intent:
                content = (comp, by_tok[comp.i].plover, by_tok[comp.i].mode, by_tok[comp.i].cameo)
                break
            if comp.i in taken:
                return None  # "agreed to a ceasefire", "warned they would attack": the ACLED event (its PLOVER
                # type AGREE, or THREATEN for a forecast) is the record; no second one
            acled = load_lexicon().lookup(comp.lemma_, comp.pos_)
            if acled is not None and acled.plover in _VIOLENT:  # "have sworn to fight": violence stated as intent
                content = (comp, acled.plover, acled.mode, acled.cameo)
                break
        if content is not None:
            comp, c_plover, c_mode, c_cameo = content
            cues.append(comp)
            future_type = lex.future.get(c_plover or "", c_plover)
            if spec.plover == "AGREE" and future_type != "THREATEN":
                plover, mode, cameo = "AGREE", None, spec.cameo  # "agreed to a ceasefire", "offered to negotiate"
            else:
                plover = future_type
                mode = c_mode if future_type == c_plover else None
                cameo = c_cameo if future_type == c_plover else lex.cameo_of(future_type or "")
        if plover is None:
            return None
    else:
        cue = _future_cue(tok)
        if cue is not None and plover in lex.future:
            cues.append(cue)
            future = True
            plover, mode, cameo = lex.future[plover], None, lex.cameo_of(lex.future[plover])
    neg = _negated(tok)
    if neg is None and spec.intent is False and tok.dep_ in ("xcomp", "ccomp"):
        neg = _negated(tok.head) if tok.head.lemma_ not in REPORT_VERBS else None
    if neg is not None:
        if future:  # "will not allow": the refusal of the act, not of its future form
            plover = spec.plover
        refusal = lex.negated.get(plover or "")
        if refusal is None:
            return None  # "did not threaten": no interaction
        cues.append(neg)
        plover, mode, cameo = refusal, None, lex.cameo_of(refusal)
    if plover is None:
        return None
    return _Coded(tok, plover, mode, cameo_root(cameo) or lex.cameo_of(plover), cues, actor_tok, recipient,
                  spec.actor_sectors)


def _actor(doc: Doc, mention: ActorMention | None, kb: ActorKB, country: str | None, confidence: float,
           acting: bool = False) -> Actor | None:
    if mention is None:
        return None
    rec = resolve_generic(mention, doc, kb, country)
    if acting and rec.kind == "civilians":
        return None  # "tourists", "residents" are no political actor (their protests are ACLED events)
    return Actor(name=rec.name, inter=rec.inter, country=rec.country, sector=rec.sector, mention=mention.span.text,
                 known=rec.known, confidence=round(confidence, 2),
                 evidence=[evidence(doc, mention.span.start_char, mention.span.end_char)])


def _as_written(doc: Doc, tok: Token | None) -> Actor | None:
    """A named subject the knowledge base does not know, kept as written ("the Third World Water Forum")."""
    if tok is None or tok.pos_ not in ("PROPN", "NOUN") or tok.lower_ in ("it", "they"):
        return None
    span = doc[tok.left_edge.i:tok.i + 1]
    while len(span) > 1 and span[0].dep_ in ("det", "punct", "predet"):
        span = span[1:]
    if not any(t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or t.pos_ == "PROPN" and t.ent_type_ not in _NOT_NAMES
               for t in span):
        return None  # "officials", "the group": no name to keep
    return Actor(name=span.text, known=False, mention=span.text, confidence=0.4,
                 evidence=[evidence(doc, span.start_char, span.end_char)])


_RECIPIENT_PREPS = frozenset({"to", "with", "against", "on", "upon", "from", "for"})


def _recipients(verb: Token) -> list[Token]:
    """To whom, in order of preference: the verb's object, its indirect object, the object of
    "to/with/against/on/from/for"."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "NOUN", "PRON")
           and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)]  # "its ambassador": the actor's own
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in _RECIPIENT_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _party(doc: Doc, tok: Token, actors: list[ActorMention], kb: ActorKB, country: str | None,
           claimant: ClaimantRef | None, acting: bool = False) -> Actor | None:
    """The actor named by the noun phrase headed by ``tok``: a knowledge-base actor in it, else its
    name as written; a pronoun subject is the claimant who speaks ("Hungary said it will ...")."""
    if tok.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a participle parsed as the subject
        tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    # the actor the head word names ("military aid" is no actor, "Syrian officials" is one)
    named = next((m for m in actors if m.span.start <= tok.i < m.span.end), None)
    if named is not None:
        return _actor(doc, named, kb, country, 0.6, acting=claimant is not None or acting)
    if tok.pos_ == "PRON":
        if claimant is not None and tok.lower_ in ("it", "they", "he", "she") and claimant.span.end <= tok.i + 40:
            return Actor(name=claimant.name, known=False, mention=tok.text, confidence=0.4,
                         evidence=[evidence(doc, claimant.span.start_char, claimant.span.end_char)])
        return None
    return _as_written(doc, tok)


def find_interactions(doc: Doc, events: list[Event], kb: ActorKB, *, document_id: str, url: str | None,
                      geoparser: Any, country: str | None = None) -> list[Interaction]:
    """The document's verbal and non-violent interactions (one per sentence at most), never a
    sentence's ACLED event again."""
    from .. import time as ew_time

    lex = load_plover()
    taken = _taken_tokens(doc, events)
    actors = list(doc._.ew_actors or [])
    actors_in = {i: m.actor_id for m in actors for i in range(m.span.start, m.span.end)}
    published: dt.date | None = doc._.ew_published
    memory: list[ClaimantRef] = []
    out: list[Interaction] = []
    for sent in doc.sents:
        coded = _code_sentence(sent, lex, taken) if sent.text.strip() else None
        if coded is not None:
            item = _interaction(doc, sent, coded, kb, actors, actors_in, memory, published, country,
                                document_id=document_id, url=url, geoparser=geoparser, ew_time=ew_time)
            if item is not None:
                out.append(item)
        claim = find_claimant(sent[-1], sent, actors_in, memory) if len(sent) else None
        if claim is not None and claim.name:
            memory.append(claim)
    return out


def _interaction(doc: Doc, sent: Span, coded: _Coded, kb: ActorKB, actors: list[ActorMention],
                 actors_in: dict[int, str], memory: list[ClaimantRef], published: dt.date | None,
                 country: str | None, *, document_id: str, url: str | None, geoparser: Any,
                 ew_time: Any) -> Interaction | None:
    tok = coded.trigger
    info = modality_of(tok)
    if info.negated and not any(c.dep_ == "neg" or c.lower_ == "no" for c in coded.cues):
        return None  # "delayed lifting a ban", "did not say it would ...": not done
    claimant = find_claimant(tok, sent, actors_in, memory)
    actor1 = actor2 = None
    subj = _subject(coded.actor_tok)
    if subj is not None:
        actor1 = _party(doc, subj, actors, kb, country, claimant, acting=True)
    objs = [coded.recipient_tok] if coded.recipient_tok is not None else _recipients(coded.actor_tok)
    objs += [c for c in coded.actor_tok.children if c.dep_ == "nsubjpass"]
    for c in coded.cues:  # the act a word of intent announces names the recipient ("warned it would cut aid to X")
        if c.pos_ == "VERB" and c != coded.actor_tok:
            objs += _recipients(c)
    for obj in objs:
        actor2 = _party(doc, obj, actors, kb, country, None)
        if actor2 is not None:
            break
    if actor1 is None and subj is None:  # no subject ("was put under investigation"): the clause's roles
        roles = fill_roles(coded.actor_tok, sent, actors, None)
        actor1 = _actor(doc, roles.actor1, kb, country, roles.confidence1 or 0.4)
        actor2 = actor2 or _actor(doc, roles.actor2, kb, country, roles.confidence2 or 0.4)
    if coded.actor_sectors and (actor1 is None or actor1.sector not in coded.actor_sectors):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in coded.actor_tok.children)
    if actor1 is None and (actor2 is None or not passive):
        # PLOVER codes acts of political actors: "tourists visited the pyramids" is no interaction; a passive
        # with a named recipient ("X has been accused of ...") is one, its actor unstated
        return None
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    # the future cue was used to code the type: the commitment itself is what is reported
    modality = info.modality
    if modality in ("forecast", "hypothetical") and (coded.cues or info.cue is None or info.cue.lower_ in _WOULD):
        modality = "reported"
    trig = doc[tok.i:tok.i + 1]
    date = ew_time.event_date(doc, trig, modality)
    if date is not None and not date.evidence:
        date = date.model_copy(update={"evidence": [evidence(doc, tok.idx, tok.idx + len(tok.text))]})
    if ew_time.is_background_date(date, published):
        modality = "background"
    elif modality == "reported" and claimant is not None and claimant.official:
        modality = "claimed"
    claim = None
    if claimant is not None:
        claim = Claimant(name=claimant.name, role=claimant.role,
                         evidence=[evidence(doc, claimant.span.start_char, claimant.span.end_char)])
    location = geoparser.locate_event(doc, trig) if geoparser is not None else None
    ev = [evidence(doc, tok.idx, tok.idx + len(tok.text))]
    ev += [evidence(doc, c.idx, c.idx + len(c.text)) for c in coded.cues]
    sent_text = sent.text.rstrip()
    ev.append(evidence(doc, sent.start_char, sent.start_char + len(sent_text)))
    confidence = 0.6 if actor1 is not None else 0.45
    if coded.cues:
        confidence -= 0.05
    if modality == "background":
        confidence = min(confidence, 0.3)
    ident = hashlib.sha1(f"{document_id}:plover:{tok.idx}:{tok.idx + len(tok.text)}".encode()).hexdigest()[:16]
    return Interaction(
        id=ident, plover=Plover(type=coded.plover, mode=coded.mode), cameo=coded.cameo, actor1=actor1, actor2=actor2,
        location=location, date=date, modality=modality, claimant=claim, confidence=round(confidence, 2),
        evidence=ev, sources=[Source(document_id=document_id, url=url)],
    )
