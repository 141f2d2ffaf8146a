"""Figures combined. Several sources' figures for the same people ("killing 4, according to the army, while other
sources said 6"; "at least 10 killed, with reports of up to 25 dead"; "the villagers contest that figure, saying 13
were killed"; "... killed 4 farmers. Residents said 10 people died") are reconciled,
not added (``same_people``, ``reconcile``): best is the lowest best [ACLED: the most conservative
estimate when sources differ], low the lowest low and high the highest high (UCDP keeps the
spread of the reports as low/high). Parts of one toll ("three soldiers and two civilians") are
added (``add_counts``).
"""

from __future__ import annotations

import re

from ..._doc import CountMention
from ..._doc import doc_text as _text_of
from ...model import Count


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
#: a party's claim right before its figure ("claimed to have killed 30 soldiers"; not "claimed responsibility
#: for the attack that killed 5 soldiers", which reports the toll).
_CLAIM_BEFORE = re.compile(
    r"(?i)\bclaim(?:s|ed|ing)?\s+(?:to\s+have\s+|that\s+(?:it|they|its\s+\w+)\s+(?:had\s+|have\s+)?|having\s+)?"
    r"(?:killed|killing|shot\s+dead)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?$"
)
#: counted nouns that do not say who the people are ("3 people", "2 fatalities").
_ANYONE = {"", "people", "person", "fatality", "death", "dead", "body", "corpse", "casualty", "victim", "other", "one",
           "individual", "life", "personne", "mort", "victime"}  # fmt: skip

#: wording that adds people to those already counted.
_MORE_PEOPLE = re.compile(
    r"(?i)\b(?:also|another|other|more|additional|further|in\s+addition|as\s+well|separate(?:ly)?|too|plus|aussi"
    r"|également|autres?)\b"
)


#: a later sentence that opens on a source giving a figure ("Residents said 10 people died", "Reports indicate
#: 15 were killed"): with no one named ("people") and no one added, another figure for the toll told before.
_SOURCE_OPENS = re.compile(
    r"(?i)^\W*(?:(?:other|local|some|unconfirmed|media|press|several|conflicting)\s+)?(?:reports?|residents?|witnesses"
    r"|eyewitnesses|locals|villagers|survivors|police|officials?"
    r"|(?:local|medical|hospital|security|humanitarian)\s+sources"
    r"|sources|a\s+(?:local\s+)?(?:official|source|resident|witness))\s+"
    r"(?:said|say|says|indicated?|indicates|suggest(?:ed|s)?|reported|put|estimated?|claimed|stated)\b"
)


def same_people(earlier: CountMention, later: CountMention) -> bool:
    """Is ``later`` another source's figure for the people ``earlier`` counts? Yes when the words
    from ``earlier`` (or from the start of ``later``'s sentence, when it is another sentence) to the
    end of ``later``'s sentence say another source gives it ("other sources report", "the
    villagers contest that figure, saying", "others put the toll at"), or ``earlier`` is a party's
    claim of the same people ("AS claimed to have killed 30 soldiers; AMISOM said 3 soldiers died"),
    and add no one ("also", "another", "more" outside that wording); both count the same kind of casualty."""
    if earlier.count.kind != later.count.kind or not (earlier.casualty and later.casualty):
        return False
    doc = later.span.doc
    sent = later.span.sent
    start = earlier.span.end_char if earlier.span.sent.start == sent.start else sent.start_char
    if start >= later.span.start_char:
        return False
    region = _text_of(doc)[start : sent.end_char]
    cue = _OTHER_SOURCE.search(region)
    if cue is None and earlier.span.sent.start < sent.start and later.head in _ANYONE:
        cue = _SOURCE_OPENS.match(region)  # "... killed 4 farmers. Residents said 10 people died."
    if cue is None and earlier.head == later.head and earlier.head not in _ANYONE:
        cue = _CLAIMED.search(region)  # "6 soldiers were killed, according to the army; AS claimed 20 soldiers killed"
    if cue is None and earlier.head == later.head and earlier.head not in _ANYONE:
        if _CLAIM_BEFORE.search(_text_of(doc)[earlier.span.sent.start_char : earlier.span.start_char]):
            return _MORE_PEOPLE.search(region) is None  # "AS claimed to have killed 30 soldiers; AMISOM said 3 soldiers died"
    if cue is None:
        return False
    return _MORE_PEOPLE.search(region[: cue.start()] + " " + region[cue.end() :]) is None
