"""Tolls that are background to a report, no one event's: a running total kept over a long span
("more than 100 people have been killed in the state since January", "Boko Haram, which has killed
20,000 people since 2009"), a group's or a war's record ("an insurgency that has killed thousands"),
and a killing told as another, earlier event ("In March, a similar attack killed 20 soldiers", "the
deadliest attack since March, when 20 people were killed", "the hotel was attacked in 2015, when 20
people died"). Such counts keep their figure and kind but are not casualty counts: neither ACLED nor
UCDP codes a running total or an earlier event's toll on the event reported (an earlier event has a
record of its own)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()  # fmt: skip
#: "since" + what starts a long span: a year, a month without a day, the start of a war or of the year.
_LONG_SINCE = re.compile(
    r"(?i)^(?:(?:early|late|mid)[- ]?)?(?:(?:1[89]|20)\d\d\b|(?:" + "|".join(_MONTHS) + r")\b(?!\s+\d)"
    r"|the\s+(?:start|beginning|outbreak|onset)\b|the\s+(?:insurgency|conflict|war|crisis|uprising|rebellion)\b"
    r"|(?:last|this)\s+(?:year|month)\b)"
)
#: words saying the killing is another event, before the one reported.
_OTHER_EVENT = {"similar", "previous", "earlier", "prior", "past"}
_PERFECT = {"has", "have", "'ve", "'s"}


def _clause_verb(word: Token) -> Token | None:
    """The verb of the killing's clause: the word itself, or the verb it is joined to ("shot and killed")."""
    if word.pos_ not in ("VERB", "AUX"):
        return None
    verb = word
    while verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb


def _since_long(verb: Token, published: dt.date | None) -> bool:
    """The clause has "since X" where X starts long before the event: a year, a month with no
    day, "the start of the insurgency" (or, with a publication date, a day more than a month back)."""
    for prep in (c for c in verb.subtree if c.lower_ == "since" and c.dep_ in ("prep", "mark")):
        after = verb.doc.text[prep.idx + len(prep.text) : prep.idx + 60].strip()
        if _LONG_SINCE.match(after):
            return True
        if published is not None:
            from ...time import resolve

            date = resolve("since " + after, published)
            if date is not None and date.start is not None and (published - date.start).days > 31:
                return True
    return False


def _running_total(verb: Token, published: dt.date | None) -> bool:
    """'100 people have been killed since January', 'which has killed 20,000 people since 2009'."""
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT for c in verb.children)
    return perfect and _since_long(verb, published)


def _record_of(verb: Token) -> bool:
    """'Boko Haram, which has killed thousands', 'an insurgency that has killed 20,000 people': a
    relative clause in the present perfect telling what a group or a war has done over time."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in verb.children)


def _another_event(verb: Token) -> bool:
    """'a similar attack killed 20', '20 were killed in a previous attack': another event's toll."""
    slots = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    slots += [g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "during", "by")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return any(any(a.dep_ == "amod" and a.lower_ in _OTHER_EVENT for a in s.children) for s in slots)


def _when_then(verb: Token) -> bool:
    """'the deadliest since March, when 20 people were killed', 'attacked in 2015, when 20 died': a
    "when" clause hung on a date the text gives with "since" or "in": the killing happened then."""
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if verb.dep_ not in ("relcl", "advcl") or when is None:
        return False
    before = [t for t in verb.doc[max(0, when.i - 3) : when.i] if not t.is_punct]
    # the date is the clause's head, or (the parser may hang the clause on the main verb) the word before it
    return any(_dated(d) for d in (verb.head, *before[-1:]))


def _dated(date: Token) -> bool:
    """A date word (a month, a year) the text gives with "since" or "in" ("since April", "in 2015")."""
    is_date = date.ent_type_ == "DATE" or date.lower_ in _MONTHS or re.fullmatch(r"(?:1[89]|20)\d\d", date.text)
    return bool(is_date) and date.dep_ == "pobj" and date.head.lower_ in ("since", "in")


_EARLIER = re.compile(
    r"(?i)\b(?:last\s+(?:week|month|year)|previous(?:ly)?|earlier|the\s+(?:week|month|day)\s+before"
    r"|(?:days?|weeks?|months?)\s+(?:earlier|before))\b"
)


def _told_as_earlier(verb: Token) -> bool:
    """'The army said it had killed 10 militants in an operation last week': the past perfect with a
    word placing the killing before the report's event."""
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    return bool(_EARLIER.search(verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text))


def _followed(word: Token) -> bool:
    """'The protest followed the killing of 2 residents': what the event followed came before it."""
    return word.pos_ == "NOUN" and word.dep_ in ("dobj", "obj") and word.head.lemma_.lower() == "follow"


def background_toll(word: Token, published: dt.date | None) -> bool:
    """True when the casualty word ``word`` tells a toll that is background to the report: a running
    total over a long span, a group's record, or another, earlier event's toll."""
    if _followed(word):
        return True
    verb = _clause_verb(word)
    if verb is None:
        return False
    return (_running_total(verb, published) or _record_of(verb) or _another_event(verb) or _when_then(verb)
            or _told_as_earlier(verb))
