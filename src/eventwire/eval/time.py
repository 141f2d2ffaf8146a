"""Scoring dates and casualty counts against gold data read in place (never copied).

* ``evaluate_acled(path)``: ACLED exports; each row's ``notes`` is the text, ``fatalities`` and
  ``event_date`` the gold. An ACLED row has no publication date: its ``timestamp`` is the time
  the row was uploaded to ACLED's API (ACLED codebook), which can be years after the report (the
  Burkina Faso file was uploaded in 2019-2020 for events back to 1997; none in pre-2019 files).
  ``event_date_exact`` is therefore scored on the date the text gives with no publication date
  (issue 5: when none is known, a note without a year -- "On May 12, ..." -- gets no day-precise
  date and counts as a miss); ``notes_without_year`` says how many notes that leaves undated. The
  old reading, taking the upload timestamp as the publication date (the right year only when the
  row was uploaded within a year of the event), is kept as ``event_date_exact_timestamp_ref``,
  with the day-and-month rate (``event_date_day_month_exact``) and the rate on notes whose date
  phrase states the year (``event_date_exact_year_in_note``).
* ``evaluate_gtd(path)``: GTD incidents; ``summary`` is the text, ``nkill`` the gold. The
  summary's "MM/DD/YYYY:" prefix is used as the publication date.
* ``evaluate_relative(path)``: the hand-written relative-date set (TSV: published, phrase,
  expected start, expected end).

A note's fatalities come from ``find_counts``/``event_counts`` over a local list of killing
triggers (the events pipeline is not needed): the killed counts attached to those triggers,
summed across sentences, with a number repeated in a later sentence taken as the same toll, and
a coder's summary line ("1 fatality.") taking precedence. Coder conventions written in the
notes are followed, because the gold follows them:

* ACLED: "... coded as N" (an explicit coded toll) wins over the counts; "split/spread between
  N events/locations/days" (or "coded across N events") divides the toll by N (rounded half up;
  "across three locations in two days" is 6), and a share written after it ("split across 4 events
  (1)") is this record's. ACLED's own rules, from its
  fatalities FAQ: the most conservative figure when sources differ or give a range; "tens" 10,
  "dozens" 12, "hundreds" 100; an unknown number ("several", "many")
  is coded 10 -- the notes say "Unclear fatalities coded as 10" (``events.counts.VAGUE``).
* GTD: "This was one of N related attacks" divides a toll given for all of them (the toll comes
  after that sentence, or says across/both/all/total) by N.
* Both: a claimed toll the note calls unconfirmed ("also claimed 15 soldiers died, which has not
  been confirmed") is not coded (ACLED's conservative rule).
* Both: another source's figure for the same deaths ("other sources report that 2 soldiers were
  killed", "the villagers contest that figure, saying 13 ...") is not added: the lower toll is
  kept (ACLED's conservative rule; ``events.counts.same_people``); a toll given as a total ("(total
  of 12 fatalities)") replaces the sum; one figure for the killed and wounded together counts
  half, rounded down (the dev notes: "fatalities reported as half, rounded down").
* Both count the perpetrators among the dead: suicide bombers who detonated (or who killed, struck
  or rammed: "a suicide bomber killed 5"; "the other detonated" after one bomber killed) and the assailants
  set aside by "in addition to the bomber", "aside from the death of the two assailants" are added
  unless the toll already includes them ("including seven assailants", "including himself").
* The toll is that of the note's own event: a killing in an after/over/against/following clause
  ("protested after police shot a driver", "the strikes came after IS killed 10 soldiers") is
  background, and so, in a protest note, is a death in a relative clause ("the family of a man
  who died in an accident rallied"), and in any note a relative clause inside an after/following
  phrase ("raids following the targeting of a vehicle with an IED, which killed 3"); so is a
  killing the event answers, investigates or denies
  ("arrested men accused of killing 2", "suspects linked to the killing of", "in response to the
  killing of", "denied that 10 were killed"), and, after the sentence with the note's first toll,
  a killing told as earlier (past perfect "had killed 12", "last week", "a previous strike", a date
  before the note's own) or as a running total ("40 have been killed since January", "the toll from
  attacks in the area this month rose to 40"); a clause on
  people "killed last week"/"in an earlier attack" is background anywhere.
* A party's claim for the same people ("6 soldiers were killed, according to the army; AS claimed
  20 soldiers killed"; "AS claimed to have killed 30 soldiers; AMISOM said 3 soldiers died") is another
  figure for them, reconciled like another source's.
* Split tolls: when the note says the toll is split ("split between 3 events") it is divided by N
  (rounded half up), or the coder's written share is taken ("split across 4 events (1)"). When the
  file codes the same note on N records and the note says nothing of a split, the toll is divided
  by N the same way (``shared_share``): one report coded as several events (days, places), whose
  total ACLED divides evenly between them (fatalities FAQ: "When summarized fatalities are reported
  but events occur across several days or in multiple locations ..."). A note that gives a total
  for several events and is coded on one record only is scored on the total.

ACLED files are read one row per ``event_id_cnty`` (the Bangladesh export repeats events) and
the crowd-size tag ("[size=about 20]") is removed before parsing: it is coder metadata, not text.
The printed ``error_*`` lines split the mistakes into missed_toll, toll_where_gold_0, too_high
and too_low, and count the missed tolls of notes where no count of killed people was found at all
(``error_missed_no_toll_found``: the wording was not read, rather than a toll read and set
aside; ``error_missed_no_kill_word``: of those, the notes with no word of killing or death at all)
and the tolls too high that added up several counts (``error_too_high_summed``); ``split_toll_*``,
``coded_as_*`` and ``vague_toll_*`` give the number and exact rate of
the notes whose toll was split across records, given as "coded as N", or read from a vague word;
``shared_note_*`` those of the notes whose text the file codes on more than one record (one report
coded as several events: ACLED then shares the toll out between them, whether the note says so or not).
These are aggregates: they show where the mistakes are without showing any note. Nothing here is
tuned on the files reported on; the numbers are measurements.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

__all__ = ["ERROR_KINDS", "NOTE_GROUPS", "NoteToll", "error_kind", "evaluate_acled", "evaluate_gtd", "evaluate_relative",
           "note_fatalities", "note_toll", "shared_share", "strip_size_tag"]

#: lemmas that make a token a killing trigger for the evaluation (local on purpose).
KILL_TRIGGERS = {
    "kill", "die", "dead", "death", "fatality", "shoot", "massacre", "execute", "behead", "murder", "slay",
    "assassinate", "perish", "toll", "lynch", "body", "find", "leave", "claim", "lose", "drown", "burn", "beat",
}  # fmt: skip
_WORD_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_CODED = re.compile(r"(?i)\bcoded\s+as\s+(\d+)")
#: "... across three locations in two days": the places of a split toll on each of several days.
_OVER_DAYS = re.compile(r"(?i)\s+(?:in|over|across|on)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+days\b")
_SPLIT = re.compile(
    r"(?i)\b(?:split|spread|divided|distributed|coded)\s+(?:up\s+)?(?:equally\s+)?(?:between|across|among|over|into)\s+"
    r"(?:the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:separate\s+|different\s+)?"
    r"(?:events?|locations?|days?|districts?|villages?|incidents?|reports?)(?:\s*\((\d+)\))?"
)


def _nlp() -> Any:
    from .._doc import ensure_extensions
    from ..nlp import load_spacy

    ensure_extensions()
    return load_spacy()


def _docs(texts: list[str], published: list[dt.date | None]) -> Iterator[Any]:
    from ..clean import clean

    nlp = _nlp()
    cleaned = [clean(t) for t in texts]
    for c, pub, doc in zip(cleaned, published, nlp.pipe([c.text for c in cleaned], batch_size=64), strict=True):
        doc._.ew_clean = c
        doc._.ew_published = pub
        yield doc


@dataclass(frozen=True)
class NoteToll:
    """One note's fatalities and how they were reached, for the aggregate error breakdown:
    ``split`` into how many records the toll was divided (1: not split; 0: the coder's own share
    was written, "split across 4 events (1)"), ``coded`` an explicit "coded as N", ``vague`` a
    vague word's table value ("several", "dozens") among the tolls read, ``toll_found`` whether
    any count of killed people was found in the note at all, ``kill_word`` whether the note has a
    word of killing or death, ``parts`` how many counts went into the toll."""

    total: int
    split: int = 1
    coded: bool = False
    vague: bool = False
    toll_found: bool = False
    kill_word: bool = False  # a word of killing or death anywhere in the note
    parts: int = 0  # how many counts of killed people were added up or reconciled into the toll


def note_fatalities(doc: Any) -> int:
    """The fatalities of a note (see the module docstring for the rules)."""
    return note_toll(doc).total


def note_toll(doc: Any) -> NoteToll:
    """The fatalities of a note with how they were reached (``NoteToll``)."""
    from ..events.counts import KIND_WORDS, event_counts, find_counts
    from ..time import find_dates

    find_dates(doc)
    find_counts(doc)
    killed_found = any(m.casualty and m.count.kind == "killed" for m in doc._.ew_counts)
    kill_word = any(t.lemma_.lower() in KIND_WORDS and KIND_WORDS[t.lemma_.lower()] == "killed" for t in doc)
    coded = [int(m[1]) for m in _CODED.finditer(doc.text) if "fatalit" in doc.text.lower() or "death" in doc.text.lower()]
    seen: dict[int, int] = {}  # count start token -> best
    vague = False
    if coded:
        total = max(coded)
    else:
        anchors: dict[int, int] = doc.user_data.get("ew_count_anchors", {})
        killing = {anchors[m.span.start] for m in doc._.ew_counts if m.casualty and m.count.kind == "killed" and m.span.start in anchors}
        protest_note = any(t.lemma_.lower() in _PROTEST and t.pos_ in ("VERB", "NOUN") for t in next(iter(doc.sents)))
        lead = min((m.span.sent.start for m in doc._.ew_counts if m.casualty and m.count.kind == "killed"), default=0)
        for token in doc:
            if token.sent.start > lead and _earlier_event(token, doc):
                continue
            if (token.lemma_.lower() in KILL_TRIGGERS or token.i in killing) and not _background(token, protest_note):
                counts = event_counts(doc, doc[token.i : token.i + 1])
                killed = counts.get("killed")
                if killed is None:
                    continue
                for mention in doc._.ew_counts:
                    if mention.casualty and mention.count.kind == "killed" and any(
                        e.start == mention.count.evidence[0].start for e in killed.evidence
                    ):
                        seen[mention.span.start] = mention.count.best
        seen = {start: best for start, best in seen.items()
                if not (start in anchors and _earlier_clause(doc[anchors[start]], doc))}
        aside = _aside_spans(doc)
        seen = {start: best for start, best in seen.items() if not any(a <= doc[start].idx < b for a, b, _ in aside)}
        seen = {start: best for start, best in seen.items() if not _unconfirmed(doc, start)}
        vague = any(m.span.start in seen and _vague_words(m.span.text) for m in doc._.ew_counts)
        total = _sum_tolls(doc, seen) + _dead_perpetrators(doc, seen, aside)
    split = _SPLIT.search(doc.text)
    if split and split[2]:  # "Fatalities are split across 4 events (1).": the coder's share for this one
        return NoteToll(int(split[2]), 0, bool(coded), vague, killed_found, kill_word, len(seen))
    n = _split_between(doc, seen)
    if n > 1 and total:
        total = math.floor(total / n + 0.5)
    return NoteToll(total, n, bool(coded), vague, killed_found, kill_word, len(seen))


def shared_share(toll: NoteToll, records: int) -> NoteToll:
    """One record's share of a note's toll when the file codes the same note on ``records`` records
    and the note itself says nothing of a split: ACLED's rule for a total reported for events over
    several days or places is to divide it evenly between them (fatalities FAQ: "When summarized
    fatalities are reported but events occur across several days or in multiple locations ...");
    the share is rounded half up, like a split the note states."""
    if records <= 1 or toll.split != 1 or not toll.total:
        return toll
    return replace(toll, total=math.floor(toll.total / records + 0.5), split=records)


_UNCONFIRMED = re.compile(
    r"(?i)\b(?:(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:confirmed|verified)|unconfirmed|unverified"
    r"|(?:is|are|was|were)\s+not\s+(?:independently\s+)?(?:confirmed|verified)"
    r"|could\s+not\s+be\s+(?:independently\s+)?(?:confirmed|verified)|not\s+confirmed\s+by)\b"
)


def _unconfirmed(doc: Any, start: int) -> bool:
    """A toll given as a claim that the note itself says is unconfirmed ("also claimed 15 soldiers
    died, which has not been confirmed by any other source"): not coded [ACLED: conservative]."""
    token = doc[start]
    sent = token.sent
    claimed = "claim" in doc.text[sent.start_char : token.idx].lower()
    return claimed and bool(_UNCONFIRMED.search(doc.text[token.idx : sent.end_char]))


def _vague_words(text: str) -> bool:
    """A count read from the vague-word table ("several", "dozens", "a few hundred"); "both" and "a
    couple" are exact."""
    from ..events.counts import VAGUE

    words = re.sub(r"\s+", " ", text.lower())
    return any(re.search(rf"\b{re.escape(k)}\b", words) for k in VAGUE if k not in ("both", "a couple", "a couple of"))


#: words of a protest, riot or mob: a note about one codes the deaths of that event only.
_PROTEST = {"protest", "demonstrate", "demonstration", "rally", "march", "gather", "vigil", "sit", "strike",
            "condemn", "denounce", "commemorate", "mourn", "honour", "honor", "demand", "block", "riot", "mob",
            "protester", "demonstrator"}  # fmt: skip
#: a killing introduced by these words is a cause or a past event, not the event the note codes.
_EVENT_NOUNS = {"riot", "clash", "incident", "attack", "violence", "fighting", "fight", "unrest", "crackdown"}
_BEFORE_WORDS = {"after", "following", "over", "against", "since", "because", "for"}
#: a killing these words govern is what the note's event responds to, investigates or denies, not
#: that event ("suspects linked to the killing of", "accused of killing", "denied that 10 were killed").
_CAUSE_WORDS = {"connection", "response", "retaliation", "revenge", "reprisal", "justice", "investigation", "probe",
                "trial", "suspect", "accuse", "charge", "convict", "link", "involvement", "responsible", "deny",
                "blame", "avenge", "memory", "anniversary", "funeral", "compensation"}  # fmt: skip


def _background(token: Any, protest_note: bool) -> bool:
    """True for a killing the note gives as background, judged on the killing's own clause:
    "protested after a gendarme shot and killed a driver", "over the death of", "the airstrikes
    came after IS killed 10 soldiers", and, in a protest note, "a man who died in an accident"."""
    t = token
    while t.dep_ == "conj" and t.head is not t:  # "shot and killed": the clause of the first verb
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in _BEFORE_WORDS:
        return True
    if t.dep_ == "relcl" and _after_phrase(t):
        return True  # "carried out raids following the targeting of a vehicle with an IED, which killed 3"
    found = token.lemma_.lower() in ("body", "corpse", "find", "discover")  # a body found before the event
    if (protest_note or found) and _inside_before_clause(t):
        return True  # "protested after the body of a teen was found", "after a road accident that resulted in ..."
    if protest_note and token.dep_ == "conj" and token.head.lemma_.lower() in _PROTEST and any(
        c.lower_ in ("after", "following", "over") and token.head.i < c.i < token.i for c in token.head.children
    ):
        return True  # "demonstrated after a gendarme shot and killed a driver", parsed as "demonstrated ... and killed"
    through_prep = False
    for a in list(t.ancestors)[:4]:  # "arrested men suspected of killing 2", "in response to the killing of"
        if a.lemma_.lower() in _CAUSE_WORDS and (through_prep or a.pos_ == "NOUN" or a.lemma_.lower() == "deny"):
            return True  # (not "suspected ISGS militants killed 3": the killing is not "of" the suspicion)
        if a.pos_ in ("VERB", "AUX"):
            break
        through_prep = through_prep or a.pos_ == "ADP"
    if t.dep_ in ("advcl", "pcomp") and any(c.dep_ == "mark" and c.lower_ in _BEFORE_WORDS for c in t.children):
        return True
    if t.dep_ == "pcomp" and t.head.lower_ in _BEFORE_WORDS:
        return True
    if protest_note and t.dep_ in ("dobj", "pobj") and (t.head.lemma_.lower() in _PROTEST or t.head.head.lemma_.lower() in _PROTEST):
        return True  # "condemning the killing", "demonstrate in memory of"
    # "a man who died ...", but not "a riot in which a prisoner was killed" (nor "..., in which a prisoner was
    # killed" hung on another noun: "in/during which" tells what happened in the event)
    in_which = any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in t.children)
    if in_which and protest_note and {t.head.lemma_.lower(), t.head.head.lemma_.lower()} & (_PROTEST | _CAUSE_WORDS):
        return True  # "commemorated the massacres of 1937, during which the army killed thousands"
    return protest_note and t.dep_ in ("relcl", "acl") and t.head.lemma_.lower() not in _PROTEST | _EVENT_NOUNS and (
        not in_which)


def _after_phrase(clause: Any) -> bool:
    """A relative clause inside an "after"/"following" phrase, reached through nouns and prepositions
    only (no verb of the note's own event in between)."""
    for a in list(clause.ancestors)[:6]:
        if (a.pos_ == "ADP" or a.dep_ == "prep") and a.lower_ in ("after", "following"):  # ("following" may be a VERB)
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return False


def _inside_before_clause(t: Any) -> bool:
    """The killing sits, further down, inside an after/following/over phrase or clause of the note's
    event ("rioted after a road accident that resulted in the death of one of their colleagues",
    "protested after the previous day more than 40 prisoners were killed")."""
    for a in list(t.ancestors)[:6]:
        if a.lower_ in ("after", "following", "over") and a.dep_ in ("prep", "mark"):
            return True
        if a.dep_ in ("advcl", "pcomp") and any(c.dep_ == "mark" and c.lower_ in ("after", "following") for c in a.children):
            return True
    return False


_BEFORE_THEN = re.compile(
    r"(?i)\b(?:previous(?:ly)?|earlier\s+(?:this|that|in\s+the)\s+(?:week|month|year)|last\s+(?:week|month|year)"
    r"|the\s+(?:week|month|day)\s+before|days?\s+(?:earlier|before)|weeks?\s+(?:earlier|before))\b"
)


_SO_FAR = re.compile(
    r"(?i)\b(?:since|so\s+far|to\s+date|this\s+(?:year|month|week)|in\s+recent\s+(?:weeks|months|days))\b"
)


#: words of a toll kept over time: with a "since"/"this month" cue, a running total, not one event's.
_RUNNING = re.compile(r"(?i)\b(?:toll|total|tally|number\s+of\s+(?:people|deaths|fatalities|victims)|bring(?:s|ing)?)\b")


def _earlier_clause(token: Any, doc: Any) -> bool:
    """A killing in a clause describing people, said to be earlier than the note's event: "the
    bodies of 3 soldiers killed last week were handed over", "a funeral for 5 villagers killed in
    an earlier attack"."""
    if token.dep_ not in ("acl", "relcl"):
        return False
    clause = doc[token.left_edge.i : token.right_edge.i + 1]
    return bool(_BEFORE_THEN.search(clause.text) or re.search(r"(?i)\b(?:an?|the)\s+earlier\b", clause.text))


def _earlier_event(token: Any, doc: Any) -> bool:
    """A killing told, after the note's own toll, as an earlier event: in the past perfect ("A
    previous strike on 10 June had killed 12"), with a date before the note's first one ("On 10
    June, 5 had been killed"), or said to be earlier ("last week", "a previous attack"). Such a
    toll is background (an earlier event's record has it), not the note's."""
    sent = token.sent
    verb = token
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    if _SO_FAR.search(sent.text) and (any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
                                      or _RUNNING.search(sent.text)):
        return True  # "40 people have been killed in the region since January", "the toll from attacks in the
        # area this month rose to 40": a running total
    if _BEFORE_THEN.search(sent.text):
        return True
    dates = [d for d in (doc._.ew_dates or []) if d.date.end is not None]
    if not dates:
        return False
    first = dates[0]
    return any(
        sent.start <= d.span.start < sent.end and d is not first and d.date.end < (first.date.start or first.date.end)
        for d in dates
    )


_ONE_OF = re.compile(
    r"(?i)\bone\s+of\s+(?:at\s+least\s+|the\s+)?(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|assaults|incidents|bombings|explosions|raids|events|blasts|clashes|shootings|strikes|abductions"
    r"|kidnappings|assassinations|hijackings|ambushes)\b"
)
_THIS_AND_ANOTHER = re.compile(  # GTD: "killed across this assault and a later attack in Kunduz"
    r"(?i)\bacross\s+this\s+(?:\w+\s+)?(?:assault|attack|incident|bombing|raid)\s+and\s+(?:an?|the)\s+"
    r"(?:\w+\s+)?(?:assault|attack|incident|bombing|raid)\b"
)
_TOTAL_WORDS = re.compile(r"(?i)\b(?:across|both|all|total|combined|overall)\b")


def _split_between(doc: Any, seen: dict[int, int]) -> int:
    """Into how many records the note's toll is divided. ACLED: "split/spread between N events".
    GTD: "This was one of N related attacks", when the toll is given for all of them (the toll
    sentence says across/both/all/total, or the toll comes after the "one of N" sentence)."""
    split = _SPLIT.search(doc.text)
    if split:
        n = int(split[1]) if split[1].isdigit() else _WORD_N[split[1].lower()]
        days = _OVER_DAYS.match(doc.text, split.end())  # "spread across three locations in two days": 6 records
        return n * (int(days[1]) if days[1].isdigit() else _WORD_N[days[1].lower()]) if days else n
    if _THIS_AND_ANOTHER.search(doc.text):
        return 2
    one_of = _ONE_OF.search(doc.text)
    if not one_of or not seen:
        return 1
    n = int(one_of[1]) if one_of[1].isdigit() else _WORD_N[one_of[1].lower()]
    first = doc[min(seen)]
    sent = first.sent
    mention = next((m.span for m in doc._.ew_counts if m.span.start == first.i), doc[first.i : first.i + 1])
    rest = doc.text[sent.start_char : mention.start_char] + " " + doc.text[mention.end_char : sent.end_char]
    if first.idx > one_of.end() or _TOTAL_WORDS.search(rest):  # not the count itself ("Both hostages")
        return n
    return 1


_NUM = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|both"
_ASIDE = re.compile(
    rf"(?i)\b(?:in\s+addition\s+to|aside\s+from|apart\s+from|other\s+than|besides)\s+(?:the\s+deaths?\s+of\s+)?"
    rf"(?:the\s+|both\s+(?:of\s+the\s+)?)?(?:({_NUM})\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(bombers?|assailants?|attackers?|perpetrators?|gunm[ae]n)\b"
)
_PERPETRATOR = {"bomber", "assailant", "attacker", "perpetrator", "gunman"}
_THE_OTHER = {"other", "second", "latter"}
#: in a suicide attack, the bombers as its only casualties: they died ("the assailant was the only casualty").
_ONLY_CASUALTIES = re.compile(
    r"(?i)\bthe\s+(?:(\d+|two|three|four|five)\s+)?(?:assailants?|bombers?|attackers?|perpetrators?)\s+(?:was|were)\s+"
    r"the\s+only\s+(?:reported\s+|confirmed\s+)?(?:casualt(?:y|ies)|fatalit(?:y|ies)|deaths?)\b"
)


def _aside_spans(doc: Any) -> list[tuple[int, int, int]]:
    """"In addition to the two bombers, ...", "aside from the death of the assailant": (start, end,
    how many perpetrators died) -- the toll that follows leaves them out, the note's total does not."""
    out = []
    for m in _ASIDE.finditer(doc.text):
        word = (m[1] or "").lower()
        if word == "both":
            n = 2
        elif word:
            n = int(word) if word.isdigit() else _WORD_N.get(word, 1)
        else:
            n = 2 if m[2].lower().endswith(("s", "men")) else 1
        out.append((m.start(), m.end(), n))
    return out


def _dead_perpetrators(doc: Any, seen: dict[int, int], aside: list[tuple[int, int, int]]) -> int:
    """Perpetrators who died and are not in the counts: the ones set aside ("in addition to the
    bomber") and suicide bombers who detonated ("A suicide bomber detonated ...", "the three
    assailants detonated"). Both ACLED and GTD count the perpetrators among the fatalities."""
    if any(_perpetrators_included(doc[start].sent) for start in seen):
        return 0  # "At least 30 people, including seven assailants, were killed": already in the toll
    set_aside = sum(n for _, _, n in aside)
    detonated = struck = others = 0
    if "suicide" in doc.text.lower():
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or lemma not in _SUICIDE_STRIKES and lemma not in ("detonate", "blow"):
                continue
            if lemma == "blow" and not any(c.lower_ == "up" for c in token.children):
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "acl":  # "The three assailants detonated ..." (parsed as a noun phrase)
                subjects = [token.head]
                if not _how_many(token.head):  # "A suicide bomber on a motorcycle detonated": hung on "motorcycle"
                    subjects = [s for s in token.sent if s.i < token.i and s.dep_ in ("nsubj", "ROOT")
                                and s.lemma_.lower() == "bomber"][:1]  # fmt: skip
            before = doc[token.i - 1] if token.i > 0 else None
            if not subjects and before is not None and before.lower_ in _THE_OTHER:
                subjects = [before]  # "killed one of the bombers and the other detonated" (parsed as a list)
            if lemma in _SUICIDE_STRIKES:  # "A suicide bomber killed 5 people": he died in his own blast
                struck += sum(_how_many(s) for s in subjects if _suicide_bomber(s))
            else:  # "the other" (bomber) is not one the counts already have: added after them
                detonated += sum(_how_many(subj) for subj in subjects if subj.lower_ not in _THE_OTHER)
                others += sum(_how_many(subj) for subj in subjects if subj.lower_ in _THE_OTHER)
        detonated = detonated or struck  # (the same bombers, when the note also says they detonated)
        only = _ONLY_CASUALTIES.search(doc.text)  # "The two assailants were the only reported casualties"
        if only:
            detonated = max(detonated, _WORD_N.get((only[1] or "").lower(), 1) if not (only[1] or "").isdigit()
                            else int(only[1]))  # fmt: skip
    dead = [m for m in doc._.ew_counts if m.span.start in seen and m.head in _PERPETRATOR | {"bomber"}]
    if detonated > set_aside:  # "two assailants detonated, while the third assailant was shot": not one of the two
        dead = [m for m in dead if not any(w.lower_ in _THE_OTHER | {"third"} for w in m.span)]
    already = sum(m.count.best for m in dead)  # perpetrators the counts have already: "a second bomber was shot and killed"
    return max(0, max(set_aside, detonated) - already) + others


#: what a suicide bomber does with the blast that kills him ("a suicide bomber killed 5", "struck a market").
#: ("attacked", "targeting" tell the aim, not the blast: "three suicide bombers targeting a market; two detonated")
_SUICIDE_STRIKES = {"kill", "strike", "hit", "ram", "explode"}


def _suicide_bomber(subj: Any) -> bool:
    """'A suicide bomber', 'two female suicide bombers', 'a suicide car bomber': the subject is one."""
    return subj.lemma_.lower() == "bomber" and any(c.lower_ == "suicide" for c in subj.children)


def _perpetrators_included(sent: Any) -> bool:
    """An "including ... assailants" part of the killed ("30 people, including seven assailants, were
    killed", "five people were killed, including the assailant"), not of the wounded ("55 people,
    including 40 assailants, were wounded"): the verb above "including" is a killing."""
    from ..events.counts import KIND_WORDS

    for tok in sent:
        if tok.lower_ != "including" or not any(
            t.lemma_.lower() in _PERPETRATOR | {"bomber"} or t.lower_ in ("himself", "herself", "themselves")
            for t in tok.subtree
        ):  # ("killing 5 people, including himself")
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        if KIND_WORDS.get(verb.lemma_.lower()) == "killed" or verb.lemma_.lower() in ("die", "dead"):
            return True
    return False


def _how_many(subj: Any) -> int:
    """How many people a subject phrase names: "A suicide bomber" 1, "Two suicide bombers" 2,
    "One of the assailants" 1, "Both assailants" 2, "The three assailants" 3; 0 if not perpetrators."""
    from ..events.counts import parse_number

    if subj.like_num:
        value = parse_number(subj.text)
        return int(value) if value else 0
    if subj.lower_ in _THE_OTHER and any(c.lower_ == "the" for c in subj.children):
        return 1  # "police killed one of the suicide bombers and the other detonated his belt"
    if subj.lemma_.lower() not in _PERPETRATOR and subj.lower_ not in ("bomber", "bombers"):
        return 0
    for child in subj.children:
        if child.dep_ in ("nummod", "det", "predet") and child.lower_ != "the":
            if child.lower_ in ("a", "an", "one"):
                return 1
            if child.lower_ == "both":
                return 2
            value = parse_number(child.text)
            if value:
                return int(value)
    return 1 if subj.tag_ == "NN" else 0


def _sum_tolls(doc: Any, seen: dict[int, int]) -> int:
    """Add the tolls up across sentences; a toll repeated in a later sentence counts once unless
    it counts other people ("Two soldiers were killed. Both assailants were killed"); a coder's
    summary ("2 fatalities.") replaces the sentence-by-sentence sum."""
    summary = [best for start, best in seen.items() if _summary_line(doc, start) and best > 0]
    if summary:
        return max(summary)
    from .._doc import doc_text
    from ..events.counts import same_people

    totals = [best for start, best in seen.items() if _total_of(doc, start)]
    if totals:
        return max(totals)
    mentions = {m.span.start: m for m in doc._.ew_counts}
    by_sentence: dict[int, int] = {}
    heads: dict[int, set[str]] = {}  # sentence -> the nouns its tolls count ("soldier", "assailant")
    alternative: set[int] = set()  # sentences giving another source's figure for earlier deaths
    others: set[int] = set()  # sentences whose toll says it counts other people ("2 other policemen")
    for start, best in sorted(seen.items()):
        sent = doc[start].sent.start
        if start in mentions and (_OTHERS_AFTER.match(doc_text(doc), mentions[start].span.end_char)
                                  or _ANOTHER_ONE.match(mentions[start].span.text)) or _also_killed(doc, start):
            others.add(sent)  # "2 other policemen", "a third member of the family", "another man"
        if start in mentions:
            heads.setdefault(sent, set()).add(mentions[start].head)
        earlier_ones = [mentions[o] for o in seen if o < start and o in mentions]
        if start in mentions and any(same_people(m, mentions[start]) for m in earlier_ones):
            if any(m.span.sent.start == sent for m in earlier_ones):  # "4, according to X, or 6, others said"
                by_sentence[sent] = min(by_sentence[sent], best)
                continue
            alternative.add(sent)
        by_sentence[sent] = by_sentence.get(sent, 0) + best
    total, earlier = 0, {}  # value -> the nouns of the sentences that gave it
    for sent, value in by_sentence.items():
        own = heads.get(sent, set()) - _GENERIC_HEADS
        if sent in alternative and total:
            total = min(total, value)  # ACLED: the lower of two sources' tolls for the same deaths
        elif value not in earlier or sent in others or (
            value > 1 and own and earlier[value] and not own & earlier[value]
        ):
            total += value  # a new toll, or as many other people ("2 soldiers ... both assailants"); one
            # person named again is the same one ("killed a civilian ... the man", "him")
        earlier.setdefault(value, set()).update(own)
    return total


def _also_killed(doc: Any, start: int) -> bool:
    """'Six police officers were also abducted and later killed': the killing verb (or the verb it
    is joined to) says "also": people besides those counted before."""
    anchors: dict[int, int] = doc.user_data.get("ew_count_anchors", {})
    if start not in anchors:
        return False
    verb = doc[anchors[start]]
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "additionally") for v in verbs for c in v.children)


#: a person named as one more: "another man", "a third member", "a second soldier".
_ANOTHER_ONE = re.compile(r"(?i)(?:another|an?\s+(?:second|third|fourth|fifth|further|additional))\b")
#: right after a number: the people counted are others than those before ("2 other policemen").
_OTHERS_AFTER = re.compile(r"(?i)\s+(?:other|more|additional|further)\b")

#: nouns that restate a toll without saying who died ("2 soldiers were killed ... 2 fatalities").
_GENERIC_HEADS = {"", "people", "person", "fatality", "death", "dead", "body", "corpse", "casualty", "victim",
                  "them", "they", "other", "one", "individual", "life"}


_TOTAL = re.compile(r"(?i)\b(?:a\s+)?total\s+(?:of\s+)?$|\b(?:in\s+total|altogether|overall)\W*$")


def _total_of(doc: Any, start: int) -> bool:
    """A toll given as the total ("(total of 12 fatalities)", "altogether 12 were killed")."""
    token = doc[start]
    return bool(_TOTAL.search(doc.text[max(0, token.idx - 20) : token.idx]))


#: the kinds of fatality mistakes the evaluation counts (see ``error_kind``).
ERROR_KINDS = ("missed_toll", "toll_where_gold_0", "too_high", "too_low")
#: groups of notes whose count and exact rate the report gives (see ``NoteToll``): a toll split
#: across records, an explicit "coded as N", a toll read from a vague word ("several", "dozens").
NOTE_GROUPS = ("split_toll", "coded_as", "vague_toll", "shared_note")


def error_kind(pred: int, gold: int) -> str:
    """missed_toll (0 for a deadly note), toll_where_gold_0 (a toll for a note without deaths),
    too_high / too_low (both non-zero, different)."""
    if pred == 0:
        return "missed_toll"
    if gold == 0:
        return "toll_where_gold_0"
    return "too_high" if pred > gold else "too_low"


_SUMMARY = re.compile(r"(?i)[^.;]{0,40}?\b(?:fatalit(?:y|ies)|deaths?|dead|killed)\b[^.;]{0,30}(?:[.;]|$)")


def _summary_line(doc: Any, start: int) -> bool:
    """A coder's summary such as "1 fatality." or "3 fatalities and 4 injured.": a short
    sentence of its own, starting with the count, that says no more than how many died ("3
    militants were also killed." names other people: a toll of its own)."""
    token = doc[start]
    mention = next((m for m in doc._.ew_counts if m.span.start == start), None)
    if mention is not None and mention.head not in _GENERIC_HEADS:
        return False
    before = doc.text[: token.idx].rstrip()
    if before and before[-1] not in ".;:)":
        return False
    rest = doc.text[token.idx :]
    m = _SUMMARY.match(rest)
    return bool(m) and len(m.group(0).split()) <= 6


def _main_trigger(doc: Any) -> Any:
    for token in doc:
        if token.lemma_.lower() in KILL_TRIGGERS and token.pos_ in ("VERB", "NOUN", "ADJ"):
            return doc[token.i : token.i + 1]
    sent = next(iter(doc.sents))
    return doc[sent.root.i : sent.root.i + 1]


_DATE_FORMATS = ("%d-%b-%y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y")


def _gold_date(value: str) -> dt.date | None:
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
    return None


@dataclass
class _Score:
    n: int = 0
    exact: int = 0
    pos_n: int = 0
    pos_exact: int = 0
    within10: int = 0
    abs_err: float = 0.0
    date_n: int = 0
    date_exact: int = 0
    date_day_month: int = 0  # month and day right, whatever the year
    date_year_n: int = 0  # notes whose date phrase states the year
    date_year_exact: int = 0
    date_undated: int = 0  # notes the text alone dates to no day (no year, no publication date)
    date_stamp_exact: int = 0  # exact with the row's upload timestamp taken as the publication date
    errors: list[tuple[int, int, str]] = field(default_factory=list)
    kinds: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ERROR_KINDS, 0))
    missed_no_toll_found: int = 0  # missed tolls where no count of killed people was found at all
    missed_no_kill_word: int = 0  # ... and where the note has no word of killing or death either
    too_high_summed: int = 0  # tolls too high that added up or reconciled several counts
    groups: dict[str, list[int]] = field(default_factory=lambda: {g: [0, 0] for g in NOTE_GROUPS})  # notes, exact

    def add(self, toll: NoteToll, gold: int, text: str, shared: bool = False) -> None:
        pred = toll.total
        self.n += 1
        if pred != gold:
            self.kinds[error_kind(pred, gold)] += 1
            self.missed_no_toll_found += pred == 0 and not toll.toll_found
            self.missed_no_kill_word += pred == 0 and not toll.toll_found and not toll.kill_word
            self.too_high_summed += pred > gold > 0 and toll.parts > 1
        for group, member in (("split_toll", toll.split != 1), ("coded_as", toll.coded), ("vague_toll", toll.vague),
                              ("shared_note", shared)):
            if member:
                self.groups[group][0] += 1
                self.groups[group][1] += pred == gold
        self.exact += pred == gold
        self.within10 += abs(pred - gold) <= 0.1 * gold
        self.abs_err += abs(pred - gold)
        if gold > 0:
            self.pos_n += 1
            self.pos_exact += pred == gold
        if pred != gold and len(self.errors) < 400:
            self.errors.append((pred, gold, text))

    def add_date(self, got: Any, gold: dt.date, stamped: Any = None) -> None:
        """One note's event date against the gold day: ``got`` read from the text with no publication
        date, ``stamped`` with the row's upload timestamp taken as one (``DateSpan`` or None). A note
        that gives no year ("On May 12, ...") has no date of its own; with the timestamp it takes the
        timestamp's year, which can be years late: notes whose date phrase states the year are told
        apart (``event_date_exact_year_in_note``)."""
        self.date_n += 1
        start = got.start if got is not None else None
        self.date_exact += start == gold
        self.date_undated += start is None
        if stamped is not None or got is not None:
            ref = stamped if stamped is not None else got
            ref_start = ref.start
            self.date_stamp_exact += ref_start == gold
            self.date_day_month += ref_start is not None and (ref_start.month, ref_start.day) == (gold.month, gold.day)
        if got is not None and any(re.search(r"\b(?:1[89]|20)\d\d\b", e.text) for e in got.evidence):
            self.date_year_n += 1
            self.date_year_exact += start == gold

    def report(self, label: str) -> dict[str, Any]:
        div = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        out: dict[str, Any] = {
            "dataset": label,
            "notes": self.n,
            f"{label}_exact": div(self.exact, self.n),
            f"{label}_exact_gold_gt0": div(self.pos_exact, self.pos_n),
            "notes_gold_gt0": self.pos_n,
            "within_10pct": div(self.within10, self.n),
            "mae": div(self.abs_err, self.n),
            **{f"error_{k}": v for k, v in self.kinds.items()},
            "error_missed_no_toll_found": self.missed_no_toll_found,
            "error_missed_no_kill_word": self.missed_no_kill_word,
            "error_too_high_summed": self.too_high_summed,
        }
        for group, (notes, exact) in self.groups.items():
            out[f"{group}_notes"] = notes
            out[f"{group}_exact"] = div(exact, notes)
        if self.date_n:
            out["event_date_exact"] = div(self.date_exact, self.date_n)
            out["dated_notes"] = self.date_n
            out["notes_without_year"] = self.date_undated
            out["event_date_exact_timestamp_ref"] = div(self.date_stamp_exact, self.date_n)
            out["event_date_day_month_exact"] = div(self.date_day_month, self.date_n)
            out["event_date_exact_year_in_note"] = div(self.date_year_exact, self.date_year_n)
            out["notes_with_year"] = self.date_year_n
        return out


def evaluate_acled(path: str | Path, limit: int = 0, errors: int = 0) -> dict[str, Any]:
    """Fatalities and event_date of ACLED notes against the file's gold."""
    rows = _dedupe(_read_csv(path, 0), "event_id_cnty")
    rows = [r for r in rows if (r.get("notes") or "").strip() and (r.get("fatalities") or "").strip().isdigit()]
    rows = rows[:limit] if limit else rows
    published = []
    for r in rows:
        ts = (r.get("timestamp") or "").strip()
        published.append(dt.datetime.fromtimestamp(int(ts), dt.UTC).date() if ts.isdigit() else None)
    score = _Score()
    repeated = Counter(r["notes"].strip() for r in rows)
    for row, doc in zip(rows, _docs([strip_size_tag(r["notes"]) for r in rows], published), strict=True):
        records = repeated[row["notes"].strip()]
        score.add(shared_share(note_toll(doc), records), int(row["fatalities"]), row["notes"], records > 1)
        gold = _gold_date(row.get("event_date", ""))
        if gold is not None:
            stamp = doc._.ew_published
            stamped = _date_given(doc, stamp) if stamp is not None else None
            score.add_date(_date_given(doc, None), gold, stamped)
    _print_errors(score, errors)
    return score.report("fatalities")


def _date_given(doc: Any, published: dt.date | None) -> Any:
    """The note's event date (a ``DateSpan`` or None) read with ``published`` as its publication date."""
    from ..time import event_date

    doc._.ew_published = published
    doc._.ew_dates = None  # resolved again against this publication date
    return event_date(doc, _main_trigger(doc))


def evaluate_gtd(path: str | Path, limit: int = 0, errors: int = 0, split: str = "all") -> dict[str, Any]:
    """nkill of GTD summaries against the file's gold. ``split``: ``dev`` is the first half of the
    incidents by eventid, ``test`` the second half (report on it), ``all`` both."""
    rows = _read_csv(path, 0)
    rows = [r for r in rows if (r.get("summary") or "").strip() and re.fullmatch(r"\d+(?:\.0)?", (r.get("nkill") or "").strip())]
    rows = _half(rows, split)
    rows = rows[:limit] if limit else rows
    published = [summary_date(r["summary"]) for r in rows]
    score = _Score()
    for row, doc in zip(rows, _docs([_strip_prefix(r["summary"]) for r in rows], published), strict=True):
        score.add(note_toll(doc), int(float(row["nkill"])), row["summary"])
    _print_errors(score, errors)
    return score.report("nkill")


_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]")


def strip_size_tag(notes: str) -> str:
    """Drop ACLED's crowd-size tag ("[size=about 20]"): coder metadata, not report text."""
    return _SIZE_TAG.sub("", notes)


def _dedupe(rows: list[dict[str, str]], key: str) -> list[dict[str, str]]:
    """One row per event id (some exports repeat an event, e.g. once per tag); rows with no id stay."""
    seen: set[str] = set()
    out = []
    for row in rows:
        ident = (row.get(key) or "").strip()
        if ident and ident in seen:
            continue
        seen.add(ident)
        out.append(row)
    return out


def summary_date(summary: str) -> dt.date | None:
    """The incident date a GTD summary opens with ("02/28/2016: ..."); None when absent or impossible (day 00)."""
    m = re.match(r"\s*(\d\d)/(\d\d)/(\d{4})", summary)
    try:
        return dt.date(int(m[3]), int(m[1]), int(m[2])) if m else None
    except ValueError:
        return None


def _strip_prefix(summary: str) -> str:
    return re.sub(r"^\s*\d\d/\d\d/\d{4}:\s*", "", summary)


def evaluate_relative(path: str | Path, lang: str | None = None) -> dict[str, Any]:
    """Exact-match accuracy of ``eventwire.time.resolve`` on a TSV of
    ``published<TAB>phrase<TAB>start<TAB>end`` ("-" for no date). ``lang`` is the date grammar;
    by default the one a ``.fr.tsv``/``_fr.tsv`` file name says, else English."""
    from ..time import resolve

    if lang is None:
        lang = "fr" if re.search(r"[._-]fr\.tsv$", str(path)) else "en"
    total = exact = 0
    misses = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pub_s, phrase, start_s, end_s = line.split("\t")[:4]
        pub = dt.date.fromisoformat(pub_s) if pub_s != "-" else None
        got = resolve(phrase, pub, lang=lang)
        want = (None if start_s == "-" else dt.date.fromisoformat(start_s), None if end_s == "-" else dt.date.fromisoformat(end_s))
        have = (got.start, got.end) if got is not None else (None, None)
        total += 1
        if have == want:
            exact += 1
        else:
            misses.append(f"{pub_s}\t{phrase}\twant {want[0]}..{want[1]}\tgot {have[0]}..{have[1]}")
    return {"dataset": "relative", "lang": lang, "phrasings": total, "exact": round(exact / total, 4) if total else None, "misses": misses}


def _half(rows: list[dict[str, str]], split: str) -> list[dict[str, str]]:
    if split == "all":
        return rows
    if split not in ("dev", "test"):
        from ..errors import UnknownName

        raise UnknownName(f"no split {split!r}; choose dev, test or all")
    ordered = sorted(rows, key=lambda r: (r.get("eventid") or ""))
    half = len(ordered) // 2
    return ordered[:half] if split == "dev" else ordered[half:]


def _read_csv(path: str | Path, limit: int) -> list[dict[str, str]]:
    from ..readers._load import existing_file

    p = existing_file(path)
    csv.field_size_limit(10_000_000)
    with p.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:limit] if limit else rows


def _print_errors(score: _Score, n: int) -> None:
    for pred, gold, text in score.errors[:n]:
        print(f"{error_kind(pred, gold)}\tpred={pred} gold={gold} | {text[:400]}", file=sys.stderr)
