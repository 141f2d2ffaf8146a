"""One real-world event told in several clauses: fold the clauses that elaborate an event into its record.

A report names its event and then tells more of it: the weapon ("regime forces shelled the outskirts of
Nayrab using artillery fire"), the toll ("clashes erupted between X and Y. The clashes resulted in 20
killed"), the victim ("two armed men carried out a drive-by shooting against a man. The victim was
injured"). Each of those clauses has a trigger word of its own, and each, coded alone, would be a second
record of the same event: the over-counting users of event data complain of ("one real-world event, one
record"). ``fold_elaborations`` merges such a clause into the event it elaborates when

- it is in the same sentence as that event and of the same event type; or in the next sentence, of the same
  type, naming the event again ("the clashes") or placed at the same place ("monitors observed 19 explosions
  near the village"); or it is a casualty clause ("killed", "injured", "wounded", "dead") of a violent event
  or a riot, in that sentence or the next one; or it is what the forces did in the course of a violent event
  (arrests, weapons or goods seized, troops sent: strategic developments), in that sentence or the next;
- nothing tells a second event: no "separate", "another", "also", "later", "meanwhile", "earlier" in its
  sentence, no other named party than the event's in the same role, no other place resolved precisely
  (two towns in one sentence are two events), no other country, no other date, no other death toll.

The rules are the ACLED codebook's: an event is one type of interaction between the same actors at one
place and time; its fatalities are the casualties of that interaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Event
from .comparing import FACTUAL, known_name, no_conflicting_facts, own_sentence
from .cues import _RESPONSE

__all__ = ["fold_elaborations"]

_VIOLENT = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
#: a clause that tells who died or was hurt, not a new act
_CASUALTY = re.compile(r"^(?:kill(?:ed|s)?|dead|died|dies|death|deaths|injur\w*|wound\w*|hurt|casualt\w*|fatalit\w*|"
                       r"lost their lives|perished)$", re.I)
#: the strategic developments that follow a fight as its part (not an agreement, a base, a change of side)
_AFTERMATH = frozenset({"Arrests", "Disrupted weapons use", "Looting/property destruction", "Change to group/activity",
                        "Non-violent transfer of territory"})
#: a sentence that tells of a second, distinct event
_ANOTHER = re.compile(r"\b(?:separate(?:ly)?|also|later|meanwhile|earlier|elsewhere|in addition(?! to)|"
                      r"the (?:next|following|previous) day|the day before|a day later)\b|"
                      # "another" of another event, not of another person hurt ("one soldier was killed and another
                      # was injured", "another two civilians were wounded")
                      r"\banother\b(?!\s+(?:was|were|is|has|had|died|sustained|suffered|one|two|three|four|five|\d+|person|"
                      r"man|woman|child|boy|girl|soldier|officer|policeman|civilian|resident|villager|fighter|militant)\b)",
                      re.I)


#: the event named again ("The clashes resulted in ...", "during the attack")
_DEFINITE = re.compile(r"\b(?:the|this|these|those|that|its)\s+(?:[\w-]+\s+){0,2}$", re.I)


#: an event noun named again by a determiner ("sources attributed the attack to X", "injured in the blast",
#: "across both incidents"): a reference to the event told before, whatever the clause's own coding
_EVENT_NOUN = re.compile(r"^(?:attacks?|assaults?|incidents?|blasts?|explosions?|bombings?|ambush(?:es)?|raids?|"
                         r"killings?|shootings?|abductions?|kidnappings?|clash(?:es)?|violence|operations?)$", re.I)
_REFERENCE = re.compile(r"\b(?:the|this|these|those|both|that|its|such)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: a sentence about the event as a whole: "This was one of two related attacks", "It was the third such attack"
_ABOUT_IT = re.compile(r"^\s*(?:(?:this|it|the (?:attack|incident|assault|bombing|blast))\s+(?:was|is|marked|came)\b|"
                       r"(?:the|both) (?:two )?(?:sides|parties|groups|forces)\b)", re.I)
#: a clause that gives the event's doer: "sources attributed the attack to X", "X claimed responsibility"
_ATTRIBUTED = re.compile(r"\b(?:attribut\w*|blam\w*|claim\w* responsibility|responsib\w*|suspect\w*|accus\w*|"
                         r"carried out by|behind)\b", re.I)


_Sentence = tuple[int, int, str]


def _sentence(ev: Event) -> _Sentence | None:
    s = own_sentence(ev)
    return (s.start, s.end, s.text) if s is not None else None


def _same_event(kept: Event, ev: Event) -> bool:
    """No field of ``ev`` tells a different event from ``kept``'s (see the module docstring)."""
    # the parties named, whatever their roles: a follow-up sentence often names them the other way round ("NAS rebels
    # were attacked by SSPDF. NAS forces claimed to have killed 4 SSPDF"); a party the event does not have is another event
    kept_names = {known_name(kept.actor1), known_name(kept.actor2)} - {None}
    ev_names = {known_name(ev.actor1), known_name(ev.actor2)} - {None}
    if ev_names - kept_names and (len(kept_names) == 2 or len(ev_names - kept_names) > 2 - len(kept_names)):
        return False
    if _other_town(kept, ev):
        return False  # two towns: two events (a town and its province are one place told twice)
    return no_conflicting_facts(kept, ev)


def _same_place(a: Event, b: Event) -> bool:
    """Both placed at the same GeoNames place (ACLED: one event per type, place and day)."""
    return a.location is not None and b.location is not None and a.location.geonames_id is not None \
        and a.location.geonames_id == b.location.geonames_id


def _refers_back(ev: Event, es: _Sentence) -> bool:
    """The clause names the event already told, not a new one: its trigger is an event noun after a determiner
    ("attributed the attack to", "in the blast"), or its sentence is about the event as a whole ("This was one of
    three related attacks")."""
    trig = ev.evidence[0]
    before = es[2][max(0, trig.start - es[0] - 30): trig.start - es[0]]
    return bool(_EVENT_NOUN.match(trig.text) and _REFERENCE.search(before)) or bool(_ABOUT_IT.match(es[2]))


def _refers_again(kept: Event, ev: Event, ks: _Sentence, es: _Sentence) -> bool:
    """A later sentence that names ``kept``'s act again (``_refers_back``), an act it can name (``_told_act``)."""
    return es[0] != ks[0] and _told_act(kept) and _refers_back(ev, es)


def _elaborates(kept: Event, ev: Event, ks: _Sentence, es: _Sentence, told_until: int) -> bool:
    """Does ``ev`` (its sentence ``es``) tell more of ``kept`` (its sentence ``ks``, its evidence ending at
    ``told_until``: its own sentence or the last one already folded into it)?"""
    if es[0] < ks[0]:
        return False
    same_sentence = es[0] == ks[0]
    gap = es[0] - told_until
    next_sentence = not same_sentence and 0 <= gap <= 3  # only a space or a line break between
    casualty = bool(_CASUALTY.match(ev.evidence[0].text)) and kept.event_type in _VIOLENT
    refers = _refers_again(kept, ev, ks, es)
    # a casualty clause or a sentence about the event may come after a sentence that told no event of its own
    # ("Assailants attacked a post. This was one of two related attacks. Four were killed across both attacks.")
    after_aside = not same_sentence and 0 <= gap <= 300 and (casualty or refers)
    if not (same_sentence or next_sentence or after_aside):
        return False
    clause = es[2][max(0, ev.evidence[0].start - es[0] - 80): ev.evidence[0].end - es[0]]
    if _ANOTHER.search(clause if same_sentence else es[2]):
        return False
    told_again = ev.event_type == kept.event_type and (same_sentence or _DEFINITE.search(
        es[2][max(0, ev.evidence[0].start - es[0] - 30): ev.evidence[0].start - es[0]]) or _same_place(kept, ev))
    # what forces did in the course of a fight or an attack ("PSF captured the vehicle used by the militants",
    # "soldiers arrested two suspects", "reinforcements were sent"): ACLED codes the fight, not a second event
    aftermath = ev.event_type == "Strategic developments" and kept.event_type in _VIOLENT - {"Riots"} \
        and ev.sub_event_type in _AFTERMATH
    if refers:
        # the roles parsed in a sentence about the event ("sources attributed the attack to X") are not sides of
        # a second event: only its place, date and toll could tell another event
        return no_conflicting_facts(kept, ev) and not _other_town(kept, ev)
    # the other side's response ("The bodyguards reacted with gunfire", "troops returned fire"): the same engagement,
    # which ACLED codes as one battle
    response = ev.event_type == "Battles" and kept.event_type in _VIOLENT - {"Riots"} and bool(_RESPONSE.search(es[2]))
    if not (casualty or told_again or aftermath or response):
        return False
    return _same_event(kept, ev)


_NOT_SERVING = re.compile(r"\b(?:former|retired|ex-|off-duty|off duty)", re.I)


def _victims_were_forces(kept: Event, ev: Event) -> bool:
    """"Gunmen opened fire on Ahmad Khan. Khan, a district police chief, was killed": the attack's target, named
    only as a person, turns out to be a member of the state's forces: two armed sides (ACLED codebook, Battles)."""
    return (kept.event_type, kept.sub_event_type) == ("Violence against civilians", "Attack") \
        and ev.event_type == "Battles" and ev.actor2 is not None and ev.actor2.inter == 1 \
        and ev.actor2.sector in ("MIL", "COP", "SPY") \
        and (kept.actor2 is None or known_name(kept.actor2) is None) \
        and bool(ev.evidence) and bool(_CASUALTY.match(ev.evidence[0].text)) \
        and not any(_NOT_SERVING.search(e.text) for e in ev.evidence[1:])


def _told_act(ev: Event) -> bool:
    """An act a later sentence can name again: a violent event, or a device that went off or was defused ("killed
    in the blast" after "a device detonated prematurely")."""
    return ev.event_type in _VIOLENT or ev.sub_event_type == "Disrupted weapons use"


def _other_town(a: Event, b: Event) -> bool:
    """Each placed precisely at a different GeoNames town."""
    p, q = a.location, b.location
    return p is not None and q is not None and bool(p.geonames_id and q.geonames_id) and p.geonames_id != q.geonames_id \
        and p.precision == 1 and q.precision == 1


def _attributed(kept: Event, merged: Event, ev: Event, es: _Sentence) -> Event:
    """The event of a clause that refers back to it keeps its own coding and sides; when that clause gives the
    doer ("sources attributed the attack to Boko Haram") and the event's doer was unidentified, the named group
    becomes its doer (ACLED codes the perpetrator the reports name, "claimed" or "suspected" alike)."""
    merged = merged.model_copy(update={"event_type": kept.event_type, "sub_event_type": kept.sub_event_type,
                                       "plover": kept.plover, "cameo": kept.cameo, "actor1": kept.actor1,
                                       "actor2": kept.actor2, "modality": kept.modality})
    if not _ATTRIBUTED.search(es[2]) or known_name(kept.actor1) is not None:
        return merged
    named = [a for a in (ev.actor1, ev.actor2) if known_name(a) is not None and a.inter in (2, 3, 4, 8)
             and (kept.actor2 is None or a.name != kept.actor2.name)]
    if not named:
        return merged
    return merged.model_copy(update={"actor1": named[0]})


def fold_elaborations(events: list[Event], merge: Callable[[Event, Event], Event]) -> list[Event]:
    """``events`` (in document order) with each clause that elaborates an earlier factual event merged into
    it by ``merge`` (see the module docstring)."""
    out: list[Event] = []
    for ev in events:
        folded = False
        es = _sentence(ev)
        if ev.modality in FACTUAL and es is not None:
            for k in range(len(out) - 1, -1, -1):
                kept = out[k]
                ks = _sentence(kept)
                if ks is None or kept.modality not in FACTUAL:
                    continue
                told_until = max(e.end for e in kept.evidence)
                if _elaborates(kept, ev, ks, es, told_until):
                    merged = merge(kept, ev)
                    if _refers_again(kept, ev, ks, es):
                        merged = _attributed(kept, merged, ev, es)
                    elif merged.event_type == "Battles" and kept.actor2 is None and merged.actor2 is not None \
                            and merged.actor2.inter == 7:
                        # "soldiers clashed with traffickers. One suspect was injured": the casualty clause's
                        # placeholder victims are not the battle's other side
                        merged = merged.model_copy(update={"actor2": None})
                    elif _victims_were_forces(kept, ev):
                        merged = merged.model_copy(update={
                            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "plover": ev.plover,
                            "cameo": ev.cameo, "actor2": ev.actor2})
                    a1, a2 = merged.actor1, merged.actor2
                    if ev.event_type == "Strategic developments" != kept.event_type and (
                            a1 is not None and a2 is not None and a1.name == a2.name):
                        # who arrested or seized after the fight fills a side the fight left open, but one actor
                        # on both sides is no fight: the event keeps its own sides
                        merged = merged.model_copy(update={"actor1": kept.actor1, "actor2": kept.actor2})
                    # the event's own sentence stays its last evidence (a record's quote is read there)
                    own = own_sentence(kept) or kept.evidence[-1]
                    merged = merged.model_copy(update={"evidence": [e for e in merged.evidence if e != own] + [own]})
                    out[k] = merged
                    folded = True
                    break
                if told_until <= es[0]:
                    break  # an event of an earlier sentence: the clause elaborates the nearest event or none
        if not folded:
            out.append(ev)
    return out
