"""Demonstrations in a report: a protest whose crowd turns violent is one riot, the arrest of its demonstrators is
its intervention, and what a protest is about is background to it.

ACLED codebook (Riots, Violent demonstration): a demonstration in which the demonstrators engage in violence is
one Riots event, not a protest and a riot. An act told as the protest's grievance ("protested against the arrest
of the editor") was earlier and is coded from its own report, not as a second event of this one.
"""

from __future__ import annotations

import re

from ..model import Event, Evidence, Plover
from .codes import disorder_type
from .comparing import FACTUAL, dates_overlap, own_sentence

__all__ = ["grievances", "protest_arrests", "violent_demonstrations"]

_UNARMED_SIDES = ("Protesters", "Rioters", "Civilians", "Police Forces", "Government")


_CROWD_ACTS = ("pelt", "vandal", "burn", "torch", "clash", "stone", "riot", "loot", "ransack", "attack", "beat",
               "smash", "threw", "throw", "hurl", "set", "damag", "destroy", "storm", "fight", "fought", "confront",
               "scuffle", "assault", "lynch")
_GRIEVANCE_WORDS = re.compile(r"\b(against|over|after|following|complain\w*|demand\w*|accus\w*|condemn\w*|denounc\w*|"
                              r"deplor\w*|because|about|protest(?:ing)? (?:against|over)|mourn\w*)\b", re.I)


# the demonstrators themselves, whose participle is their own act ("protesters attacking the police")
_CROWD_NOUNS = frozenset({"protesters", "protestors", "demonstrators", "rioters", "youths", "residents", "students",
                          "workers", "traders", "supporters", "villagers", "inmates", "prisoners", "participants",
                          "marchers", "locals", "strikers", "others", "dozens", "hundreds", "thousands"})


def _told_in(ev: Event) -> Evidence:
    """The event's own sentence: a protest that took a riot's or an arrest's evidence keeps telling its own."""
    return own_sentence(ev) or ev.evidence[-1]


def _in_grievance(protest: Event, other: Event) -> bool:
    """Is the other event's trigger part of what the protest was about ("protested against youths who
    clashed", "complaining that the lockdown kills tourism")? Only within the protest's sentence."""
    p_sent, o_sent = _told_in(protest), _told_in(other)
    if (p_sent.start, p_sent.end) != (o_sent.start, o_sent.end):
        return False
    between = p_sent.text[protest.evidence[0].start - p_sent.start:other.evidence[0].start - p_sent.start]
    m = _GRIEVANCE_WORDS.search(between)
    if m is None:
        return False
    # the act is told inside the grievance when it is a noun ("against the attack") or a relative or
    # complement clause ("against youths who clashed"); "demonstrating against X vandalised Y" is the crowd's act
    tail = between[m.end():]
    if re.search(r"\b(?:accused of|suspected of|alleged(?:ly)?|blamed for|charged with)\s+(?:\w+\s+)?$", tail, re.I):
        return True  # "against the detention of activists accused of attacking a bank"
    reduced = re.search(r"\b(\w+s)\s+$", tail)  # "demanding the arrest of cattle thieves attacking them"
    if reduced and other.evidence[0].text.lower().endswith("ing") and reduced.group(1).lower() not in _CROWD_NOUNS:
        return True
    return re.search(r"\b(?:who|which|that|whose|whom)\b", tail) is not None or re.search(
        r"\b(?:the|a|an|of|their|his|her|its)\s*$|'s\s*$", tail) is not None


def grievances(events: list[Event]) -> list[Event]:
    """An act told as what a protest is about ("protested against the arrest of the editor", "marched over the
    killing of a student") is background to the protest, not a second event of the report: the act was
    earlier, and its own report is the place to code it (ACLED codes one event per note)."""
    protests = [e for e in events if _demonstration(e) and e.modality in FACTUAL and e.evidence]
    if not protests:
        return events
    out = []
    for ev in events:
        if ev.modality in FACTUAL and ev.evidence and not _demonstration(ev) and any(
                p.evidence[0].start < ev.evidence[0].start and (_in_grievance(p, ev) or _grievance_retold(p, ev))
                for p in protests):
            ev = ev.model_copy(update={"modality": "background", "confidence": min(ev.confidence, 0.3)})
        out.append(ev)
    return out


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ings", "ing", "ions", "ion", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _grievance_retold(protest: Event, other: Event) -> bool:
    """The act a protest was about, told again in the next sentences ("protested against the arrest of the editor.
    He was arrested on Monday in a graft case"): the same earlier act, background to the protest."""
    p_sent = _told_in(protest)
    gap = other.evidence[0].start - p_sent.end
    if not 0 <= gap <= 400 or other.event_type in ("Riots", "Battles", "Explosions/Remote violence"):
        return False
    m = _GRIEVANCE_WORDS.search(p_sent.text, max(0, protest.evidence[0].start - p_sent.start))
    if m is None:
        return False
    told = {_stem(w) for w in re.findall(r"[A-Za-z]+", p_sent.text[m.end():])}
    if _stem(other.evidence[0].text) not in told:
        return False
    # "Around 20 people were arrested by the police": the crowd's own arrest, at the protest, is no retelling
    return not any(_CROWD_COUNTED.search(e.text) for e in other.evidence[1:])


_CROWD_COUNTED = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds|several|some|"
                            r"many)\s+(?:of\s+(?:the\s+)?)?(?:people|persons|protesters|demonstrators|participants|"
                            r"activists|students|workers)\b|\b(?:protesters|demonstrators|participants)\b", re.I)


def _crowd_violence(ev: Event) -> bool:
    """Violence by a crowd: a riot, or a clash with no non-state armed side ("clashes with the police broke out")."""
    if not ev.evidence or not ev.evidence[0].text.lower().startswith(_CROWD_ACTS):
        return False  # "the lockdown kills tourism": only acts of a crowd make a protest violent
    sentence = _told_in(ev)
    if re.search(r"\bverbal(?:ly)?\s+$", sentence.text[:ev.evidence[0].start - sentence.start], re.I):
        return False  # "had verbal confrontations with drivers": words, not violence
    if ev.event_type == "Riots":
        return True
    if (ev.event_type, ev.sub_event_type) != ("Battles", "Armed clash"):
        return False
    names = [a.name for a in (ev.actor1, ev.actor2) if a is not None]
    return any(n.startswith("Police Forces") for n in names) and all(n.startswith(_UNARMED_SIDES) for n in names)


def _demonstration(ev: Event) -> bool:
    """A demonstration, peaceful or already known to be violent (its own sentence or the next told the crowd's violence)."""
    return ev.event_type == "Protests" or (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")


def violent_demonstrations(events: list[Event]) -> list[Event]:
    """ACLED codebook: a demonstration in which the demonstrators turn violent is one Riots event
    (Violent demonstration), not a protest and a riot. A factual protest and, later in the same
    report and on the same day, a riot or a clash of the crowd with police are that one event."""
    protests = [e for e in events if _demonstration(e) and e.modality in FACTUAL]
    if not protests:
        return events
    out: list[Event] = []
    absorbed: set[str] = set()
    first = {e.id: e.evidence[0].start if e.evidence else 0 for e in events}  # the trigger's offset
    for ev in events:
        if not _demonstration(ev) or ev.modality not in FACTUAL or ev.id in absorbed:
            continue
        # an act inside what any earlier demonstration of the sentence is about ("protested, demanding the arrest
        # of people who set fire to crops") is not this crowd's violence
        later = [o for o in events if o.id != ev.id and o.modality in FACTUAL and first[o.id] > first[ev.id]
                 and _crowd_violence(o) and dates_overlap(ev, o) and o.id not in absorbed
                 and not any(_in_grievance(p, o) for p in protests if first[p.id] < first[o.id])]
        if later:
            absorbed.update(o.id for o in later)
    for ev in events:
        if ev.id in absorbed:
            continue
        if _demonstration(ev) and ev.modality in FACTUAL and any(
                first[o.id] > first[ev.id] and o.id in absorbed and dates_overlap(ev, o) for o in events):
            riot = next(o for o in events if o.id in absorbed and first[o.id] > first[ev.id])
            data = ev.model_copy(deep=True)
            data.event_type, data.sub_event_type = "Riots", "Violent demonstration"
            data.disorder_type = disorder_type("Riots", "Violent demonstration")
            data.plover = Plover(type="PROTEST", mode="riot")
            data.cameo = "145"
            if data.actor1 is not None and data.actor1.name.startswith("Protesters"):
                data.actor1 = data.actor1.model_copy(update={"name": "Rioters" + data.actor1.name[len("Protesters"):]})
            data.actor2 = data.actor2 or (riot.actor2 if riot.actor2 and not riot.actor2.name.startswith(
                ("Protesters", "Rioters")) else riot.actor1 if riot.actor1 and riot.actor1.name.startswith(
                "Police") else None)
            data.evidence = data.evidence + [e for e in riot.evidence if e not in data.evidence]
            out.append(data)
        else:
            out.append(ev)
    return out


# the demonstrators named as the ones arrested ("detained 5 people who gathered", "arrested 20 protesters")
_ARRESTED_CROWD = re.compile(r"\b(?:protesters|demonstrators|participants|marchers|strikers|people|persons|activists|"
                             r"students|workers|residents|youths)\b", re.I)


# arrested afterwards for a protest, not at it
_FOR_TAKING_PART = re.compile(r"\b(?:for|over) (?:their |his |her )?(?:participat\w*|taking part|having (?:taken part|"
                              r"participated)|role|involvement)|\baccused of (?:having )?(?:taken part|participat\w*|"
                              r"organi[sz]\w*|led|leading)", re.I)


def protest_arrests(events: list[Event]) -> list[Event]:
    """ACLED codebook, Protests: "Protest with intervention" is a peaceful protest that is physically dispersed or
    suppressed without serious or lethal injuries, arrests included. An arrest of the demonstrators by state forces,
    told in the protest's sentence or the next one ("police detained 5 people who gathered to mark May Day",
    "About 20 protesters were arrested"), is that intervention, not a second event: the protest takes the arresting
    force as its other side and the arrest's evidence."""
    protests = [e for e in events if e.event_type == "Protests" and e.modality in FACTUAL and e.evidence]
    if not protests:
        return events
    out: list[Event] = []
    merged: dict[str, Event] = {}
    for ev in events:
        protest = _protest_of_arrest(ev, protests) if ev.sub_event_type == "Arrests" and ev.modality in FACTUAL else None
        if protest is None:
            out.append(ev)
            continue
        kept = merged.get(protest.id, protest)
        data = kept.model_copy(deep=True)
        if data.sub_event_type == "Peaceful protest":
            data.sub_event_type = "Protest with intervention"
            data.disorder_type = disorder_type("Protests", "Protest with intervention")
        if data.actor2 is None and ev.actor1 is not None and ev.actor1.inter == 1:
            data.actor2 = ev.actor1
        data.evidence = data.evidence + [e for e in ev.evidence if e not in data.evidence]
        merged[protest.id] = data
    return [merged.get(e.id, e) for e in out]


def _protest_of_arrest(arrest: Event, protests: list[Event]) -> Event | None:
    """The protest whose demonstrators a state force's arrest names, in the protest's sentence or the next one."""
    if arrest.actor1 is not None and arrest.actor1.inter != 1 or not arrest.evidence:
        return None
    a_sent = _told_in(arrest)
    if not _ARRESTED_CROWD.search(a_sent.text) or _FOR_TAKING_PART.search(a_sent.text):
        return None  # "arrested for participating in protests", "accused of having taken part in a protest": later
    for p in protests:
        p_sent = _told_in(p)
        same = (p_sent.start, p_sent.end) == (a_sent.start, a_sent.end)
        if same or 0 <= a_sent.start - p_sent.end <= 3:
            return p
    return None

