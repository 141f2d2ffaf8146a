"""From mentions to ``Event`` records: resolve actors, code, attach place, date and
counts, decide the final modality, then merge mentions of one real-world event.

A protest turned violent is one riot and a protest's grievance is background (``demonstrations``);
the mentions of one real-world event are then merged into one record (``merging``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from typing import TYPE_CHECKING, Any

from .._doc import ActorMention, doc_text, evidence, span_text
from ..model import Actor, Claimant, Count, DateSpan, Event, Evidence, Place, Plover, Source
from .actors import ActorKB, ActorRecord, resolve_generic
from .codes import disorder_type
from . import comparing
from .comparing import FACTUAL
from .countries import actor_country, best_country, country_weights, local_country
from .coding import code_event
from .sides import communal_doers, community_of
from .cues import _TWO_SIDED
from .detect import Mention, observed_fire
from .demonstrations import grievances, protest_arrests, violent_demonstrations
from .lexicon import Lexicon
from .merging import merge_in_document
from .plover import plover_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["actor_country", "assemble_events", "focus_country"]

_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_ANONYMOUS = frozenset({"man", "men", "individual", "person", "persons", "people", "unknown", "stranger", "strangers"})


def focus_country(doc: Doc) -> str | None:
    """The country the story is mostly about: the country of its places, each place weighted by the
    confidence of its resolution (a sure "Ouagadougou" outweighs two doubtful homonyms elsewhere); on a
    tie, the country named first."""
    weights: dict[str, float] = {}
    for pm in doc._.ew_places or []:
        place = pm.toponym.place
        if place is not None and place.country and pm.role in ("place", "region", "relational"):
            weights[place.country] = weights.get(place.country, 0.0) + max(place.confidence, 0.05)
    return max(weights, key=lambda c: weights[c]) if weights else None  # max keeps the first of equals


def _recountry(rec: ActorRecord | None, country: str | None, here: str | None) -> ActorRecord | None:
    """A crowd named with the story's country (``_country_crowd``) renamed with the event's own country."""
    if rec is None or not country or not here or here == country or rec.country != country \
            or not rec.id.endswith(f":{country}") or not rec.name.endswith(f" ({country})"):
        return rec
    return ActorRecord(id=f"{rec.id[:-len(country) - 1]}:{here}", name=f"{rec.name[:-len(country) - 3]} ({here})",
                       inter=rec.inter, country=here, sector=rec.sector, kind=rec.kind)


#: transnational groups ACLED names by the country they act in ("Islamic State (Iraq)", "Islamic State (Syria)"): they
#: are given that country, their name kept as the KB writes it (its provinces with a name of their own keep theirs)
_BY_COUNTRY = frozenset({"islamic_state"})


def _of_country(rec: ActorRecord | None, country: str | None) -> ActorRecord | None:
    """Civilians, protesters, rioters, unidentified armed groups (an unresolved "Islamist militants" too: ACLED's
    "Islamist Militia (Mozambique)") and identity militias (inter code 4: communal and
    ethnic militias of no one country, "Fulani Ethnic Militia", "Dozo Communal Militia") named with their country, as
    ACLED names them ("Civilians (Kenya)", "Unidentified Armed Group (Mexico)", "Fulani Ethnic Militia (Mali)");
    the Islamic State given the country it acts in."""
    if rec is None or not country or rec.country or rec.name.endswith(")"):
        return rec
    if rec.id in _BY_COUNTRY:
        return dataclasses.replace(rec, country=country)
    if rec.kind not in ("civilians", "protesters", "rioters", "unidentified", "generic") and rec.inter != 4 and not (
            rec.id == "communal_militia" or rec.id.startswith("communal:")):
        return rec
    return _country_crowd(rec, country)


def _actor(doc: Doc, mention: ActorMention | None, rec: ActorRecord | None, confidence: float,
           event_country: str | None) -> Actor | None:
    if mention is None or rec is None:
        return None
    inter = rec.inter
    if rec.kind == "state" and rec.country and event_country and rec.country != event_country:
        inter = 8  # ACLED: state forces acting outside their country are external forces
    return Actor(
        name=rec.name, inter=inter, country=rec.country, sector=rec.sector, mention=mention.span.text,
        known=rec.known, confidence=round(confidence, 2),
        evidence=[evidence(doc, mention.span.start_char, mention.span.end_char)],
    )


def _community_named(doc: Doc, mention: ActorMention | None) -> tuple[str, str] | None:
    """The community an actor mention names its people by ("Fulani herdsmen", "Tiv militiamen"), read over
    the mention and the words just around it."""
    if mention is None:
        return None
    span = mention.span
    return community_of(doc[max(span.start - 3, 0):min(span.end + 2, len(doc))].text)


def _home_country(doers: list[ActorRecord | None], targets: list[ActorRecord | None]) -> str | None:
    """The country of a state's forces that fight a non-state group of that same country ("SSPDF attacked NAS
    positions", "FARDC against the Mayi Mayi"): the event is at home (ACLED codes them inter 1), whatever country
    a homonym of the place resolves to abroad ("Mundri", "Leer", "Beni"). None when no such pair is named."""
    groups = [r for r in (*doers, *targets) if r is not None and r.country and not _is_state(r) and r.inter in (2, 3, 4)]
    for rec in (*doers, *targets):
        if rec is not None and rec.kind == "state" and rec.country and any(g.country == rec.country for g in groups):
            return rec.country
    return None


def _is_state(rec: ActorRecord | None) -> bool:
    return rec is not None and (rec.kind == "state" or rec.inter == 1)


def _country_crowd(crowd: ActorRecord, country: str | None) -> ActorRecord:
    """Protesters (Country), as ACLED names them."""
    if not country:
        return crowd
    return ActorRecord(id=f"{crowd.id}:{country}", name=f"{crowd.name} ({country})", inter=crowd.inter,
                       country=country, sector=crowd.sector, kind=crowd.kind)


def _ongoing_date(doc: Doc, m: Mention, published: dt.date) -> DateSpan:
    """An event said to be going on ("the fighting is expected to last") is dated to the report."""
    verb = m.trigger.head
    return DateSpan(start=published, end=published, precision=1, time_precision=1,
                    description="ongoing at publication: the report describes it as going on",
                    confidence=0.6, evidence=[evidence(doc, verb.idx, verb.idx + len(verb.text))])


def _tense_of(doc: Doc, date: DateSpan | None) -> str | None:
    if date is None:
        return None
    for dm in doc._.ew_dates or []:
        if dm.date.evidence == date.evidence:
            return str(dm.tense)
    return None


def _next_sentence(doc: Doc, m: Mention) -> str:
    """The rest of a short report after the trigger's sentence (how a protest ended is often told there)."""
    end = m.sent.end
    if end >= len(doc):
        return ""
    # doc[end:].text[:600], cut from the doc's text (spaCy would join every later token first)
    text, start = doc_text(doc), doc[end].idx
    stop = len(text) - (1 if doc[-1].whitespace_ else 0)  # a span's text drops its last token's space
    return text[start:min(stop, start + 600)]


_HAPPEN = frozenset({"erupt", "occur", "break", "take", "happen", "rage", "ensue", "continue", "resume", "report",
                     "record", "observe"})


def _happened(m: Mention) -> bool:
    """"a shoot-out took place", "clashes erupted": a sentence that says the event happened."""
    tok = m.trigger
    if observed_fire(tok):
        return True
    while tok.dep_ == "compound" and tok.head != tok:  # "shoot-out" is split into "shoot - out"
        tok = tok.head
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in _HAPPEN:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_ in _CARRY_OUT and any(
            c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in tok.head.children):
        return True  # "Turkey and Russia conducted a joint patrol"
    if m.spec.event_type == "Strategic developments" and tok.pos_ == "NOUN":
        # "the STC declared the imposition of a curfew", "X brought reinforcements": a measure someone took
        node = tok
        for _ in range(3):
            if node.head == node:
                break
            node = node.head
            # "the governor closed the crossings and instituted a curfew": a verb joined to another shares its subject
            # ("began enforcing a curfew": so does a verb's complement)
            doers = [*node.children, *(node.head.children if node.dep_ in ("conj", "xcomp") else ())]
            if node.pos_ == "VERB" and node.lemma_ in _CARRY_OUT and any(
                    c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in doers):
                return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() in _SIDES) for c in tok.head.head.children):
        return True  # "the NPA and the military engaged in a firefight"
    if any(c.dep_ == "prep" and c.lower_ == "between" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _SIDES for g in c.children) for c in tok.children):
        return True  # "fighting between two clans", "clashes between herders and farmers": sides named by group nouns
    # "Beni Amir and Nuba groups clashed", "Al Sham Corps clashed with another faction": sides named by
    # a group noun or a proper name are still sides
    return tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and (c.lemma_.lower() in _SIDES or c.pos_ == "PROPN"
                                                               and c.ent_type_ not in ("GPE", "LOC", "DATE"))
                                      for c in tok.children)


_CARRY_OUT = frozenset({"conduct", "carry", "launch", "stage", "mount", "hold", "establish", "set", "perform", "impose",
                        "bring", "send", "dispatch", "declare", "institute", "announce", "order", "extend", "lift",
                        "enforce", "implement", "introduce", "reimpose", "tighten"})
_SIDES = frozenset({"group", "clan", "tribe", "community", "faction", "family", "gang", "militia", "militiaman",
                    "supporter", "member", "gunman", "assailant", "attacker", "fighter", "villager", "herder", "farmer",
                    "youth", "side", "force", "forces", "unit", "corps", "brigade", "battalion", "division", "military",
                    "army", "troop", "soldier", "militant", "rebel", "insurgent", "resistance"})


_INTERVENE = frozenset({"disperse", "arrest", "detain", "clash", "fire", "shoot", "intervene", "interfere", "break",
                        "stop", "prevent", "remove", "evict", "charge", "beat", "lob", "block", "confront", "repress",
                        "suppress", "baton", "lathicharge", "scatter", "push", "thwart"})


def own_sentence(doc: Doc, ev: Event) -> Evidence:
    """The sentence of the event's trigger (``comparing.own_sentence``), else the parsed sentence around it."""
    told = comparing.own_sentence(ev)
    if told is not None:
        return told
    trig = ev.evidence[0]
    span = doc.char_span(trig.start, trig.end, alignment_mode="expand")
    if span is None or not len(span):
        return ev.evidence[-1]
    sent = span.sent
    return evidence(doc, sent.start_char, sent.end_char)


def last_told(ev: Event) -> Evidence:
    """The evidence span that ends last: where the report stops telling the event (its own sentence, or the last
    sentence folded into it); what follows it ("Police dispersed them") is read as its aftermath."""
    return max(ev.evidence, key=lambda e: (e.end, e.end - e.start))


def _with_police(doc: Doc, ev: Event, kb: ActorKB, country: str | None) -> Event:
    """A demonstration or riot that state forces met in the report's next words ("Police dispersed the group
    and detained 5 people", "Police clashed with the demonstrators"): ACLED codes those forces as actor2.
    Only state forces that are the subject of an intervening verb, in the event's sentence or the next one."""
    if ev.actor2 is not None or ev.event_type not in ("Protests", "Riots") or not ev.evidence:
        return ev
    trig, sent = ev.evidence[0], last_told(ev)
    nxt = next((s for s in doc.sents if s.start_char >= sent.end), None)
    stop = nxt.end_char if nxt is not None else sent.end
    for mention in doc._.ew_actors or []:
        span = mention.span
        if not (trig.end <= span.start_char and span.end_char <= stop):
            continue
        root = span.root
        head = root.head.lemma_.lower()
        acts = head in _INTERVENE or root.dep_ == "pobj" and root.head.head.lemma_.lower() in _INTERVENE or (
            # "police tried to contain the crowd", "police resorted to a baton charge": the police acting on it
            root.dep_ == "nsubj" and head in _TRY and any(c.dep_ in ("xcomp", "prep") for c in root.head.children))
        if root.dep_ not in ("nsubj", "agent", "pobj") or not acts:
            continue
        if any(c.dep_ == "neg" for c in root.head.children):
            continue  # "police did not intervene"
        rec = _crowd_opponent(mention, resolve_generic(mention, doc, kb, country), kb, country)
        if rec is not None and rec.inter == 1 and rec.kind in ("state", "state_of_context") and rec.sector != "GOV":
            actor = _actor(doc, mention, rec, 0.5, ev.location.country if ev.location is not None else country)
            return ev.model_copy(update={"actor2": actor})
    if ev.event_type == "Protests" and _ARRESTS_MADE.search(doc_text(doc)[trig.end:stop]):
        # "Several arrests were made", "one woman was arrested": ACLED codes the police of the country as the
        # force that intervened in a protest when the report does not name it (at low confidence, the trigger
        # as evidence)
        rec = kb.forces_of(country, police=True) if country else kb.get("police")
        if rec is not None:
            actor = Actor(name=rec.name, inter=rec.inter, country=rec.country, sector=rec.sector, mention=None,
                          known=rec.known, confidence=0.3, evidence=[trig])
            return ev.model_copy(update={"actor2": actor})
    return ev


_TRY = frozenset({"try", "attempt", "resort", "move", "seek"})
#: arrests told in the passive, with no one named as making them
_ARRESTS_MADE = re.compile(r"\b(?:(?:were|was|been|being|got) (?:arrested|detained|apprehended|taken into custody)|"
                           r"arrests? (?:were|was) made)\b(?! by)", re.I)


#: the verbs of delivering a weapon or carrying out an attack, whose "by" phrase names the doer
_DELIVERY = frozenset({"fire", "launch", "plant", "place", "throw", "lob", "hurl", "detonate", "drop", "lay", "carry",
                       "conduct", "perpetrate", "commit", "stage", "shoot", "set", "trigger", "mount", "claim"})


def _agent_of_delivery(mention: ActorMention) -> bool:
    """ "shells fired by LNA forces", "a grenade thrown by Al Shabaab militants": the actor is named after "by" of
    a verb of delivering a weapon or carrying out an attack."""
    root = mention.span.root
    by = root.head if root.dep_ == "pobj" else None
    return by is not None and by.lower_ == "by" and by.dep_ in ("agent", "prep") \
        and by.head.tag_ == "VBN" and by.head.lemma_.lower() in _DELIVERY


_INTER_CLAN = re.compile(r"\b(?:inter-?clan|intra-?clan|clan (?:clash\w*|fight\w*|violence|conflict|militias?|feud\w*)|"
                         r"between (?:two |rival |the )?(?:sub-?)?clans|rival clans?)\b", re.I)
_INTER_COMMUNAL = re.compile(r"\b(?:inter-?communal|communal (?:clash\w*|fight\w*|violence|conflict|militias?)|"
                             r"between (?:two |rival |the )?communities|rival communities)\b", re.I)


def _unnamed_militia(text: str, kb: ActorKB) -> ActorRecord | None:
    """The clan or communal militia a report tells of without naming it, if any."""
    if _INTER_CLAN.search(text):
        return kb.get("clan_militia")
    if _INTER_COMMUNAL.search(text):
        return kb.get("communal_militia")
    return None


def _two_sides(doc: Doc, m: Mention) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of a two-sided event told together: "a clash between X and Y", "X and Y clashed", "fighting
    between X and Y forces" (the actors inside the trigger's "between" phrase, else inside its subject when the
    subject joins two actors with "and"); None unless two different actors are found there."""
    trig = m.trigger
    if trig.lemma_.lower() not in _TWO_SIDED:
        return None
    scope: set[int] = set()
    for child in trig.children:
        if child.dep_ == "prep" and child.lower_ == "between":
            scope = {t.i for t in child.subtree}
    if not scope:
        subject = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not any(t.dep_ == "conj" for t in subject.subtree):
            return None
        scope = {t.i for t in subject.subtree}
    found: list[ActorMention] = []
    for a in doc._.ew_actors or []:
        if a.span.start in scope and a.span.end - 1 in scope and all(a.actor_id != f.actor_id for f in found):
            found.append(a)
    return (found[0], found[1]) if len(found) == 2 else None


#: words that make "forces" an army's ("army troops", "military forces") rather than the police a crowd meets
_MILITARY_WORDS = frozenset({"army", "military", "soldier", "soldiers", "troops", "troop", "armed", "defence", "defense",
                             "regime", "junta", "warplanes"})


def _crowd_opponent(mention: ActorMention, rec: ActorRecord, kb: ActorKB, country: str | None) -> ActorRecord | None:
    """The state side of a protest or riot as ACLED codes it: the government a crowd addresses ("demanded the
    government pay wages") is no party, unless it is told to act on the crowd ("authorities arrested 10
    demonstrators": its police); "security forces" dispersing a crowd are the police (ACLED codebook: protest
    with intervention, police forces), "soldiers" or "the army" stay the military."""
    if rec.inter != 1 or rec.kind not in ("state", "state_of_context") or rec.id in ("police",) \
            or rec.sector == "COP":
        return rec
    state_country = rec.country or country
    root = mention.span.root
    acts = root.dep_ in ("nsubj", "agent", "pobj") and (root.head.lemma_.lower() in _INTERVENE or (
        root.dep_ == "pobj" and root.head.head.lemma_.lower() in _INTERVENE))
    if rec.sector == "GOV":
        if not acts:
            return None
    elif not (mention.actor_id == "state_forces" and not {t.lower_ for t in mention.span} & _MILITARY_WORDS):
        return rec
    police = kb.forces_of(state_country, police=True) if state_country else kb.get("police")
    return police or rec


def _subject_of(mention: ActorMention, trigger: Any) -> bool:
    """ "Egyptian military forces conducted artillery bombardment", "troops launched airstrikes": the actor is the
    subject of the verb that governs the event noun (a state's forces, which are otherwise more often the victims
    named before a trigger, "a soldier was killed")."""
    root = mention.span.root
    return trigger is not None and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head in trigger.ancestors


#: the next sentences of a report that name who did it: a claim ("Al Shabaab claimed responsibility for the
#: attack"), a suspicion ("Dyck Advisory Group are the suspected attackers"), a blame
_NAMED_DOER = re.compile(r"\b(?:claim\w*|responsib\w*|attribut\w*|suspected (?:attackers?|perpetrators?|culprits?)|"
                         r"(?:were|was|is|are) (?:suspected|believed|thought) to be behind|behind the (?:attack|explosion|"
                         r"blast|bombing|incident|killing|ambush)|blamed)\b", re.I)


_ACCUSING = frozenset({"blame", "attribute", "accuse", "suspect", "say", "believe", "think", "link", "tell"})


def _blamed_object(root: Any) -> bool:
    """The group a blame points to: "attributed the attack to X", "blamed the attack on X", "carried out by X"."""
    head = root.head
    return root.dep_ == "pobj" and (head.lower_ in ("to", "on") and head.head.lemma_ in ("attribute", "blame")
                                    or head.lower_ == "by" and head.head.lemma_ == "carry")


def _named_after(doc: Doc, after: int, kb: ActorKB, country: str | None,
                 target: str | None) -> tuple[ActorMention, ActorRecord] | None:
    """An armed group the next two sentences name as the doer: the subject of a claim, a suspicion or a blame."""
    sents = [s for s in doc.sents if s.start_char >= after][:2]
    for sent in sents:
        if not _NAMED_DOER.search(sent.text):
            continue
        for mention in doc._.ew_actors or []:
            span = mention.span
            if not (sent.start <= span.start and span.end <= sent.end) or not (
                    span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.lemma_ not in _ACCUSING
                    or _blamed_object(span.root)):
                continue  # "Police blamed the attack on X": the police accuse, X is the doer
            rec = resolve_generic(mention, doc, kb, country)
            if rec.armed and rec.name != target and rec.known and not (rec.kind == "state" and rec.inter == 1
                                                                        and "claim" in sent.text.lower()):
                return mention, rec
    return None


def _with_doer(doc: Doc, ev: Event, kb: ActorKB, country: str | None, weights: dict[str, float]) -> Event:
    """A violent event reported with no doer (after merging, which may have found one): the armed group named
    before the trigger in its sentence ("gunmen riding a motorcycle shot dead ...", a parse that lost the
    subject), else, as the ACLED codebook codes an unknown perpetrator, an Unidentified Armed Group ("a man
    was shot dead", "their vehicle hit a roadside bomb"), at low confidence with the trigger as evidence."""
    if ev.event_type not in _VIOLENT or ev.modality not in FACTUAL or not ev.evidence:
        return ev
    if ev.actor1 is not None:
        if ev.actor1.name.startswith("Unidentified"):
            # "Gunmen attacked ... Al Shabaab claimed responsibility", "sources attributed the attack to Boko Haram":
            # the group the report names as the doer, not the unnamed gunmen (ACLED codes the claimed perpetrator)
            named = _named_after(doc, own_sentence(doc, ev).end, kb, country,
                                 ev.actor2.name if ev.actor2 is not None else None)
            if named is not None:
                mention, rec = named
                actor = _actor(doc, mention, rec, 0.45, ev.location.country if ev.location is not None else country)
                return ev.model_copy(update={"actor1": actor})
        return ev
    trig, sent = ev.evidence[0], own_sentence(doc, ev)
    target = ev.actor2.name if ev.actor2 is not None else None
    trigger_span = doc.char_span(trig.start, trig.end, alignment_mode="expand")
    trigger = trigger_span.root if trigger_span is not None and len(trigger_span) else None
    for mention in reversed(doc._.ew_actors or []):
        span = mention.span
        if not (sent.start <= span.start_char and span.end_char <= trig.start):
            continue
        rec = resolve_generic(mention, doc, kb, country)
        if rec.armed and (rec.inter != 1 or _subject_of(mention, trigger)) and rec.name != target:
            actor = _actor(doc, mention, rec, 0.35, ev.location.country if ev.location is not None else country)
            return ev.model_copy(update={"actor1": actor})
    named = _named_after(doc, sent.end, kb, country, target)
    if named is not None:
        mention, rec = named
        actor = _actor(doc, mention, rec, 0.4, ev.location.country if ev.location is not None else country)
        return ev.model_copy(update={"actor1": actor})
    unknown = kb.get("unidentified_armed")
    if unknown is None:
        return ev
    unknown = _country_crowd(unknown, local_country(ev.location, country, weights))  # "Unidentified Armed Group (Mexico)"
    actor = Actor(name=unknown.name, inter=unknown.inter, country=unknown.country, sector=unknown.sector, mention=None,
                  known=unknown.known, confidence=0.3, evidence=[trig])
    return ev.model_copy(update={"actor1": actor})


def _is_background(date: DateSpan | None, published: dt.date | None, tense: str | None) -> bool:
    from ..time import is_background_date

    return tense == "background" or is_background_date(date, published)


# an explosive device named: found, defused or set off, it is the event even with nobody named
_EXPLOSIVE_DEVICE = re.compile(r"\b(?:IEDs?|improvised explosive|explosives?|explosive devices?|bombs?|(?:land)?mines?|"
                               r"grenades?|detonators?|suicide vests?|rockets?|mortars?)\b", re.I)


def assemble_events(doc: Doc, mentions: list[Mention], kb: ActorKB, lexicon: Lexicon, *,
                    document_id: str, url: str | None, geoparser: Any) -> list[Event]:
    from .. import time as ew_time
    from . import counts as ew_counts

    published: dt.date | None = doc._.ew_published
    place_country = focus_country(doc)
    weights = country_weights(doc, kb, getattr(geoparser, "gazetteer", None))
    country = best_country(weights)  # the country of unnamed actors: "police", "soldiers", "civilians"
    drafts: list[Event] = []
    pending = list(mentions)
    while pending:
        m = pending.pop(0)
        if m.modality.negated and m.modality.modality != "denied":
            continue
        if m.reference:
            continue  # "leaders linked to attacks in Europe": a reference to other events, not a report of one
        roles = m.roles
        rec1 = resolve_generic(roles.actor1, doc, kb, country) if roles.actor1 else None
        rec2 = resolve_generic(roles.actor2, doc, kb, country) if roles.actor2 else None
        conf1, conf2 = roles.confidence1, roles.confidence2
        a1_mention = roles.actor1
        claimant = m.claimant
        passive_like = m.trigger.tag_ == "VBN" and m.trigger.pos_ == "VERB"
        if rec1 is None and claimant is not None and claimant.actor_id and passive_like:
            claimed_rec = resolve_generic(
                ActorMention(span=claimant.span, actor_id=claimant.actor_id, name=""), doc, kb, country)
            if claimed_rec.armed and (rec2 is None or claimed_rec.id != rec2.id):
                # a belligerent announcing that its enemies "were killed" is taken as the one who killed them
                rec1, conf1 = claimed_rec, 0.4
                a1_mention = next((a for a in doc._.ew_actors or [] if a.actor_id == claimant.actor_id
                                   and claimant.span.start <= a.span.start < claimant.span.end), None)
        if rec1 is not None and rec1.kind == "civilians" and roles.actor1 is not None and m.spec.flex \
                and m.spec.event_type in _VIOLENT and roles.actor1.span.root.lemma_.lower() in _ANONYMOUS:
            # "hooded men killed a catechist": unnamed perpetrators of violence are an unidentified armed group
            rec1 = kb.get("unidentified_armed") or rec1
        if (rec1 is None or rec2 is None) and (sides := _two_sides(doc, m)) is not None:
            # "a clash between GNA and LNA forces", "Fellata and Rizeigat militias clashed": the first named
            # is actor1, the other actor2 (ACLED codes the sides of a battle in the order told)
            roles.actor1, roles.actor2 = sides
            roles.assoc1 = [a for a in roles.assoc1 if a.actor_id not in (sides[0].actor_id, sides[1].actor_id)]
            rec1, rec2 = resolve_generic(sides[0], doc, kb, country), resolve_generic(sides[1], doc, kb, country)
            conf1, conf2 = max(conf1, 0.5), max(conf2, 0.5)
            a1_mention = roles.actor1
        if rec1 is None and rec2 is not None and roles.actor2 is not None and _agent_of_delivery(roles.actor2):
            # "shells fired by LNA forces", "an IED planted by al-Shabaab": who fired or planted is the doer
            rec1, conf1, roles.actor1, a1_mention = rec2, max(conf2, 0.5), roles.actor2, roles.actor2
            rec2, conf2, roles.actor2 = None, 0.0, None
        assoc = [resolve_generic(a, doc, kb, country) for a in roles.assoc1]
        trig = m.trigger_span
        sentence = span_text(m.sent)
        clause_text = sentence
        if len(clause_text) > 1500:  # a run-on "sentence": code on the words around the trigger
            lo = max(trig.start_char - m.sent.start_char - 700, 0)
            clause_text = clause_text[lo:lo + 1400]
        after, following = sentence[trig.start_char - m.sent.start_char:][:400], _next_sentence(doc, m)
        gloss = doc.user_data.get("ew_gloss")  # another language's clause, with the English words coding reads
        if gloss is not None:
            clause_text, after, following = gloss(clause_text), gloss(after), gloss(following)
        home = _home_country([rec1, *assoc], [rec2])
        coding = code_event(m.spec, lexicon, clause_text, rec1, rec2, assoc, home or place_country, victim=m.victim is not None,
                            after=after, following=following, place_target=m.place_target)
        if coding is None:
            pending[:0] = [make() for make in m.fallbacks]  # the group's next trigger may name the event
            continue
        unnamed = _unnamed_militia(clause_text, kb) if coding.event_type in _VIOLENT and (
            rec1 is None or rec1.id == "unidentified_armed") else None
        if unnamed is not None:
            # "inter-clan clashes left 5 dead", "communal violence broke out": the unnamed militias of clans or
            # communities (ACLED: Unidentified Clan/Communal Militia), on both sides of a clash
            rec1, conf1 = _country_crowd(unnamed, country), max(conf1, 0.4)
            a1_mention = a1_mention or ActorMention(span=trig, actor_id=unnamed.id, name=unnamed.name)
            if coding.event_type == "Battles" and (rec2 is None or rec2.kind == "civilians"):  # "left 4 people dead"
                rec2, conf2 = rec1, conf1
                roles.actor2 = ActorMention(span=trig, actor_id=unnamed.id, name=unnamed.name)
        community = _community_named(doc, a1_mention) if coding.event_type in _VIOLENT and rec1 is not None \
            and rec1.kind in ("rioters", "protesters", "civilians", "unidentified") else None
        if community is not None:
            # "Fulani herdsmen attacked farmers", "Habar Gidir clan militia fought ...": people named by a community
            # the KB knows who attack or fight are its identity militia (ACLED codebook, inter code 4)
            rec1 = _country_crowd(kb.add(ActorRecord(
                id=f"communal:{community[0]}:{community[1]}", name=f"{community[0]} {community[1]} Militia", inter=4,
                country=None, sector="REB", kind="armed_group")), country)
        elif coding.event_type in _VIOLENT and rec1 is not None and rec1.kind == "civilians" and roles.actor1 is not None \
                and communal_doers(roles.actor1.span.text):
            # "herdsmen killed 3 farmers": herders who kill are an identity militia (ACLED codebook, inter code 4)
            rec1 = _country_crowd(kb.get("communal_militia") or rec1, country)
        elif coding.event_type in _VIOLENT and rec1 is not None and rec1.kind in ("rioters", "protesters"):
            # "Fulani youths attacked Mossi farmers, killing 3": coded as violence by an armed or identity group,
            # the doers are not Rioters (ACLED codebook: people named by their community who kill are an
            # identity militia, inter code 4; other attackers are an unidentified armed group)
            armed = kb.get("communal_militia" if communal_doers(clause_text) else "unidentified_armed")
            if armed is not None:
                rec1 = _country_crowd(armed, country) if armed.id == "communal_militia" else armed
        crowd_kind = "protesters" if coding.event_type == "Protests" else "rioters"
        if coding.event_type in ("Protests", "Riots") and not (rec1 is not None and rec1.kind == crowd_kind):
            # ACLED codes the crowd as Protesters/Rioters (of the country); the group named is associated
            crowd = kb.get("protesters" if coding.event_type == "Protests" else "rioters")
            if crowd is not None and not (_is_state(rec1) and coding.sub_event_type != "Mob violence"):
                if rec1 is not None and roles.actor1 is not None and rec1.kind not in ("protesters", "rioters"):
                    assoc, roles.assoc1 = [rec1, *assoc], [roles.actor1, *roles.assoc1]
                rec1, conf1 = _country_crowd(crowd, country), max(conf1, 0.5)
                a1_mention = roles.actor1 or ActorMention(span=trig, actor_id=crowd.id, name=crowd.name)
            elif _is_state(rec1) and crowd is not None and (rec2 is None or not _is_state(rec2)):
                # ACLED codes the crowd as actor1 and the state forces that met it as actor2 ("police arrested
                # 15 demonstrators during a march": Protesters, then Police Forces)
                crowd_mention = roles.actor2 if rec2 is not None and rec2.kind in ("protesters", "rioters") else None
                rec2, conf2, roles.actor2 = rec1, conf1, roles.actor1
                rec1, conf1 = _country_crowd(crowd, country), 0.5
                a1_mention = crowd_mention or ActorMention(span=trig, actor_id=crowd.id, name=crowd.name)
        if coding.event_type in ("Protests", "Riots") and rec2 is not None and roles.actor2 is not None:
            rec2 = _crowd_opponent(roles.actor2, rec2, kb, country)
            if rec2 is None:
                roles.actor2 = None
        if m.modality.ongoing and published is not None:
            date, tense = _ongoing_date(doc, m, published), "ongoing"
        else:
            date = ew_time.event_date(doc, trig, m.modality.modality)
            tense = _tense_of(doc, date)
            if date is not None and not date.evidence:
                # no date phrase: the date comes from the publication date and the trigger's tense
                date = date.model_copy(update={"evidence": [evidence(doc, trig.start_char, trig.end_char)]})
        kinds: dict[str, Count] = dict(ew_counts.event_counts(doc, trig))
        for t in m.related:  # "killed five villagers and abducted 12 women": one record keeps both counts
            for kind, count in ew_counts.event_counts(doc, doc[t.i : t.i + 1]).items():
                kinds.setdefault(kind, count)
        location: Place | None = geoparser.locate_event(doc, trig) if geoparser is not None else None
        if rec1 is None and rec2 is None and not kinds and coding.rule != "weapon named" and m.victim is None \
                and not (coding.sub_event_type == "Disrupted weapons use" and _EXPLOSIVE_DEVICE.search(trig.sent.text)) \
                and not m.property_target and coding.event_type not in ("Protests", "Riots") and not _happened(m):
            continue  # a trigger word with no participant, no toll and no weapon is not an event (a device
            # defused names its weapon: "an explosive device was found and safely detonated")
        target_assoc: Actor | None = None
        if coding.event_type == "Violence against civilians" and rec2 is not None and rec2.kind != "civilians" \
                and rec2.inter != 7 and roles.actor2 is not None:
            # ACLED codebook: the target of violence against civilians is Civilians; who they are (an off-duty
            # soldier, a party member, a village chief) is an associated actor
            target_assoc = _actor(doc, roles.actor2, rec2, conf2,
                                  location.country if location is not None else place_country)
            civilians = kb.get("civilians")
            if civilians is not None:
                rec2 = _country_crowd(civilians, country)
                roles.actor2 = ActorMention(span=roles.actor2.span, actor_id=civilians.id, name=civilians.name)
        if coding.event_type == "Violence against civilians" and rec2 is None:
            # ACLED codebook: the target of violence against civilians is civilians, named or not ("a man was
            # shot dead"); the victim named is the evidence, else the trigger, at low confidence
            civilians = kb.get("civilians")
            if civilians is not None:
                rec2, conf2 = _country_crowd(civilians, country), 0.5 if m.victim is not None else 0.3
                victim_span = doc[m.victim.i:m.victim.i + 1] if m.victim is not None else trig
                roles.actor2 = ActorMention(span=victim_span, actor_id=civilians.id, name=civilians.name)
        if (coding.event_type, coding.sub_event_type) == ("Strategic developments", "Looting/property destruction") \
                and rec2 is None:
            # ACLED codes the owners of looted or destroyed property as Civilians unless the text names them
            # ("raided several houses", "looted a shop"): the trigger is the evidence, at low confidence
            civilians = kb.get("civilians")
            if civilians is not None:
                rec2, conf2 = _country_crowd(civilians, country), 0.3
                roles.actor2 = ActorMention(span=trig, actor_id=civilians.id, name=civilians.name)
        if _is_background(date, published, tense):
            modality = "background"
        elif m.modality.ongoing:
            modality = "claimed" if claimant is not None and claimant.official else "reported"
        elif m.modality.modality != "reported":
            modality = m.modality.modality
        else:
            modality = "claimed" if claimant is not None and claimant.official else "reported"
        event_country = home or (location.country if location is not None else place_country)
        here = local_country(location, country, weights)
        rec1, rec2 = _of_country(_recountry(rec1, country, here), here), _of_country(_recountry(rec2, country, here), here)
        actor1 = _actor(doc, a1_mention, rec1, conf1, event_country)
        actor2 = _actor(doc, roles.actor2, rec2, conf2, event_country)
        assoc_actors = [a for a in (_actor(doc, mm, r, 0.6, event_country) for mm, r in zip(roles.assoc1, assoc))
                        if a is not None] + ([target_assoc] if target_assoc is not None else [])
        claim = None
        if claimant is not None:
            party = claimant.actor_id is not None and any(
                r is not None and claimant.actor_id == r.id.split(":")[0] for r in (rec1, rec2))
            claim = Claimant(name=claimant.name, role=claimant.role or ("party to the event" if party else None),
                             evidence=[evidence(doc, claimant.span.start_char, claimant.span.end_char)])
        fatalities = kinds.pop("killed", None)
        for group in (a1_mention, roles.actor2):  # a force or crowd size: an attribute, never a toll
            size = ew_counts.group_size(doc, group.span) if group is not None and "strength" not in kinds else None
            if size is not None:
                kinds["strength"] = size
        ev = [evidence(doc, trig.start_char, trig.end_char)]
        for t in m.related:
            ev.append(evidence(doc, t.idx, t.idx + len(t.text)))
        sent_text = sentence.rstrip()
        ev.append(evidence(doc, m.sent.start_char, m.sent.start_char + len(sent_text)))
        parts = [coding.confidence, conf1 or 0.3, conf2 or 0.3, location.confidence if location else 0.3]
        confidence = sum(parts) / len(parts)
        if modality == "background":
            confidence = min(confidence, 0.3)
        event_id = hashlib.sha1(f"{document_id}:{trig.start_char}:{trig.end_char}".encode()).hexdigest()[:16]
        # PLOVER codes a forecast hostile act as THREATEN (manual 2.3); CAMEO as its root code
        p_type, p_mode, p_cameo = plover_of(coding.plover, coding.mode, coding.cameo, modality, coding.sub_event_type)
        drafts.append(Event(
            id=event_id, event_type=coding.event_type, sub_event_type=coding.sub_event_type,
            disorder_type=disorder_type(coding.event_type, coding.sub_event_type),
            plover=Plover(type=p_type, mode=p_mode), cameo=p_cameo,
            actor1=actor1, actor2=actor2, assoc_actors=assoc_actors, location=location, date=date,
            fatalities=fatalities, counts=list(kinds.values()), modality=modality, claimant=claim,
            confidence=round(confidence, 2), evidence=ev, sources=[Source(document_id=document_id, url=url)],
        ))
    return [_explosion_victims(doc, _mob_victims(doc, _with_police(doc, _with_doer(doc, ev, kb, country, weights), kb,
                                                                   country), kb, country), kb, country)
            for ev in merge_in_document(grievances(protest_arrests(violent_demonstrations(drafts))))]


#: acts a crowd does to people, one-sided (a clash or a fight has two crowds as its sides)
_MOB_ON_PEOPLE = re.compile(r"^(?:attack|beat|kill|lynch|assault|injur|wound|stab|hack|murder|thrash|tortur|lash|whip|"
                            r"stone|pelt|chas|burn\w* alive)", re.I)


# a fight between two crowds, told anywhere in the sentence ("two groups clashed and pelted stones at each other")
_TWO_CROWDS = re.compile(r"\b(?:clash\w*|each other|one another|fight\w*|fought|brawl\w*|scuffl\w*|between two|rival)\b", re.I)


def _mob_victims(doc: Doc, ev: Event, kb: ActorKB, country: str | None) -> Event:
    """Mob violence done to people with no target named ("a mob lynched a suspected thief", "party supporters
    attacked their rivals"): ACLED codes the victims as Civilians (the codebook's Mob violence against civilians,
    interaction rioters-civilians; in the pre-2019 codebook, violence against civilians by rioters), at low
    confidence with the trigger as evidence. State forces met by the crowd (``_with_police``) come first."""
    if (ev.event_type, ev.sub_event_type) != ("Riots", "Mob violence") or ev.actor2 is not None or not ev.evidence \
            or ev.modality not in FACTUAL:
        return ev
    where = ev.location.country if ev.location is not None and ev.location.country else country
    if _TWO_CROWDS.search(own_sentence(doc, ev).text):
        # "supporters of the ruling party clashed with opposition youths": two crowds, both Rioters (ACLED codebook,
        # Mob violence: rioters against rioters)
        rioters = kb.get("rioters") if ev.actor1 is not None and ev.actor1.name.startswith("Rioters") else None
        if rioters is None or not _TWO_CROWDS.match(ev.evidence[0].text):
            return ev
        rec = _country_crowd(rioters, where)
        return ev.model_copy(update={"actor2": Actor(
            name=rec.name, inter=rec.inter, country=rec.country, sector=rec.sector, mention=None, known=True,
            confidence=0.35, evidence=[ev.evidence[0]])})
    if not _MOB_ON_PEOPLE.match(ev.evidence[0].text):
        return ev
    civilians = kb.get("civilians")
    if civilians is None:
        return ev
    rec = _country_crowd(civilians, where)
    actor = Actor(name=rec.name, inter=rec.inter, country=rec.country, sector=rec.sector, mention=None, known=True,
                  confidence=0.35, evidence=[ev.evidence[0]])
    return ev.model_copy(update={"actor2": actor})


#: people harmed by an explosion ("1 person was killed and 11 were injured", "wounding three civilians")
_PEOPLE = re.compile(r"\b(?:civilians?|people|persons?|residents|villagers|passengers|children|women|students|customers|"
                     r"shoppers|pedestrians|worshippers|traders|farmers|(?:a|one|two|three) (?:man|woman|boy|girl|child))\b",
                     re.I)
_HARM = re.compile(r"\b(?:kill\w*|injur\w*|wound\w*|dead|died|death|hurt)\b", re.I)
_ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|police\w*|officers?|militants?|fighters?|insurgents?|rebels?|"
                            r"military|army|convoy|patrol|base|checkpoint|gendarm\w*|guards?|personnel|forces)\b", re.I)


def _explosion_victims(doc: Doc, ev: Event, kb: ActorKB, country: str | None) -> Event:
    """An explosion with no target named whose report tells of people killed or hurt and of no armed target ("a
    grenade thrown into a salon; 1 person was killed"): ACLED codes the victims as Civilians, at low confidence
    with the trigger as evidence."""
    if ev.event_type != "Explosions/Remote violence" or ev.actor2 is not None or not ev.evidence \
            or ev.modality not in FACTUAL:
        return ev
    sent = last_told(ev)
    nxt = next((s for s in doc.sents if s.start_char >= sent.end), None)
    text = sent.text + " " + (nxt.text if nxt is not None else "")
    if not (_PEOPLE.search(text) and _HARM.search(text)) or _ARMED_VICTIMS.search(text):
        return ev
    civilians = kb.get("civilians")
    if civilians is None:
        return ev
    rec = _country_crowd(civilians, ev.location.country if ev.location is not None and ev.location.country else country)
    return ev.model_copy(update={"actor2": Actor(
        name=rec.name, inter=rec.inter, country=rec.country, sector=rec.sector, mention=None, known=True,
        confidence=0.3, evidence=[ev.evidence[0]])})
