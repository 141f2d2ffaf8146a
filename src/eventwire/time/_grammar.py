"""Date expressions, resolved against the publication date: the scanner, and the table of
grammars per language.

``scan(text, published, lang="en")`` finds date expressions with regular patterns and resolves
each one to an absolute range. It needs no spaCy, so it is easy to test on single phrases; the
spaCy side (spans, evidence, attachment to events) lives in ``_dates.py``.

Each language is a ``Grammar`` in ``GRAMMARS``: its rules (regex, handler, gate), tried in order,
the cues the scanner needs (future wording, sentence ends, "since", "between") and the word
tables the handlers read (month and weekday names, number words, "yesterday"-words ...). The
handlers are the same for every language (``_rules.py``); a language module holds only its
regexes and tables: ``_grammar_en.py`` English, ``_grammar_fr.py`` French (its wordings are
listed in its docstring). A language with no grammar is read with the English rules.

Conventions, relative to the publication date P (documented here once, tested in
``tests/time/relative_dates.tsv``):

=============================  ====================================================
"on Tuesday", "Tuesday night"   the most recent Tuesday on or before P (the next one
                                on or after P when the sentence speaks of the future)
"last Tuesday"                  the most recent Tuesday strictly before P
"next Tuesday"                  the first Tuesday strictly after P
"yesterday", "last night"       P - 1 ("last night" is the night before the report)
"overnight", "before dawn",     P - 1 .. P (the night before the report straddles two
"shortly after midnight"        days); nothing of its own when a day is named with it
"over the weekend",             the Saturday-Sunday nearest before P ("this past
"this past weekend"             weekend" never points forward)
"last week" / "this week"       the previous Monday-Sunday week / Monday of P's week .. P
"earlier this month/week/year"  the first day of P's month/week/year .. P
"early/mid/late last year"      Jan-Apr / May-Aug / Sep-Dec of the year before P
"early/mid/late July"           1-10 / 11-20 / 21-end of the month
"on July 20", "20 July"         the most recent July 20 on or before P
"in July"                       the most recent month of July that started on or before P
"since April 24"                2018-04-24 .. P (tense: ongoing)
"N days/weeks/months ago"       that day / its Monday-Sunday week / its month
"recently", "lately"            P - 30 days .. P, month precision, low confidence
"in recent days/weeks/months"   P - 7 / 28 / 90 days .. P
"the past/last N days"          P - N days .. P (same for hours, weeks, months)
"in the coming days/weeks"      P + 1 .. P + 7 / 28 days (months: + 3 months), future
"2 or 3 months" after a         P .. P + 3 months, future (a forecast duration); without
forecast verb (last, take...)   such a verb a duration is not a date and is skipped
"the next day", "two days       anaphoric: relative to the previous date in the text
later", "the day before"        (or P when there is none)
=============================  ====================================================

With no publication date, relative expressions get no dates (start and end are None), the
description says why and the confidence is low. Impossible dates ("February 30") are kept
as mentions with no dates, a description and confidence 0.1.
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from . import _calendar as cal

__all__ = ["GRAMMARS", "Found", "Grammar", "scan"]


@dataclass
class Found:
    """One date expression in a text, resolved (or not) to an absolute range."""

    start_char: int
    end_char: int
    text: str
    start: dt.date | None
    end: dt.date | None
    description: str
    confidence: float
    tense: str = "past"  # past | ongoing | future | background
    kind: str = "absolute"  # absolute | relative | anaphoric | duration

    @property
    def precision(self) -> tuple[int | None, int | None]:
        if self.start is None or self.end is None:
            return None, None
        return cal.precisions(self.start, self.end)



_YEAR = r"(?:1[89]|20)\d\d"


@dataclass
class _Ctx:
    text: str
    published: dt.date | None
    future: bool  # the sentence speaks of the future
    sentence_before: str  # the sentence's text before the match
    grammar: Grammar  # the language's tables, read by the rule bodies


_Handler = Callable[[re.Match[str], _Ctx], "Found | None"]
_Rule = tuple[re.Pattern[str], _Handler, re.Pattern[str] | None]  # regex, handler, gate (see compile_rules)


@dataclass
class Grammar:
    """The date rules of one language: ``rules`` are tried in order (an earlier rule wins a tie
    between matches of the same start and length); the cues are regexes over the text; the
    tables and readers are what the shared rule bodies (``_rules.py``) need to know of the words."""

    rules: list[_Rule]
    future_cue: re.Pattern[str]  # a sentence speaking of the future ("will", "devrait")
    sentence_end: re.Pattern[str]
    since: re.Pattern[str]  # "since" right before a date (matched against the text before it)
    between: re.Pattern[str]  # "between"/"from" before the first date of a range
    join: re.Pattern[str]  # what joins the two dates of a range ("and", "to")
    key: Callable[[str], str]  # a phrase as the tables spell it (lower case, single spaces ...)
    month: Callable[[str], int]  # month name -> 1..12
    day: Callable[[str], int]  # "5th", "1er" -> 5, 1
    num: Callable[[str], int]  # "three", "a few", "12" -> a number of units
    unit: Callable[[str], str]  # "days", "semaines" -> day, week, month, year, hour
    part: Callable[[str], str]  # "late", "the end of", "fin" -> early, mid, late (or "whole")
    weekdays: dict[str, int]  # key(name) -> 0 (Monday) .. 6
    relation: dict[str, str]  # key("last", "dernier", "coming") -> last, next or this
    day_words: dict[str, int]  # key("yesterday", "hier") -> days from publication
    shifts: dict[str, int]  # key("next", "le lendemain") -> days from the previous date
    directions: dict[str, tuple[int, str]]  # key("ago", "later", "plus tard") -> (sign, kind)
    recent: dict[str, int]  # key("weeks", "semaines") of "in recent weeks" -> days before publication
    within: dict[str, bool]  # key("within", "in") -> a range from P + 1 (True) or the end day (False)
    read_period: Callable[[re.Match[str]], tuple[int, str, str] | None]  # (shift, unit, modifier) or no date
    duration_cue: re.Pattern[str]  # a verb of lasting before a duration ("last", "durer")
    forecast_cue: re.Pattern[str]  # a forecast before a duration ("should", "devraient")
    prep_before: re.Pattern[str]  # a preposition before a bare month or year ("in", "en")
    personish_after: re.Pattern[str]  # people after a year-like number ("2000 soldiers")
    day_first: bool = False  # "05/06/2018" is 5 June
    ambiguous_months: frozenset[str] = frozenset()  # bare month names that are often other words ("may")
    ambiguous_month_before: re.Pattern[str] | None = None  # the words that make them months ("in May")
    not_next_day_before: re.Pattern[str] | None = None  # "in the next day": a period, not "the next day"
    invariant_plurals: frozenset[str] = frozenset()  # unit words spelt alike in both numbers ("mois")
    anaphoric_next: frozenset[str] = frozenset()  # "the next week" with no number: not a coming range
    night_anchored: re.Pattern[str] | None = None  # a day named after a night word ("overnight on Sunday")
    night_anchored_before: re.Pattern[str] | None = None  # ... or just before it ("on Sunday, shortly after midnight")
    place_after: re.Pattern[str] | None = None  # a place noun right after: the date is a name ("July 7 neighbourhood")


#: language code -> its date grammar (English eagerly, the others on first use: ``_LAZY_GRAMMARS``).
GRAMMARS: dict[str, Grammar] = {}


def compile_rules(rules: list[tuple[str, _Handler] | tuple[str, _Handler, str]], flags: str = "") -> list[_Rule]:
    """(regex, handler, gate) triples compiled, each regex prefixed with ``flags`` (e.g. "(?i)").

    A rule may be given a gate: a looser regex that every match of the rule contains (the digits of a
    date, the unit word of "three days ago"). A sentence where the gate finds nothing skips the rule's
    costlier search; ``scan`` searches each distinct gate once per sentence."""
    return [(re.compile(flags + regex), handler, re.compile(flags + gate[0]) if gate else None)
            for regex, handler, *gate in rules]


def plain(word: str) -> str:
    """Lower case without accents: "Février" -> "fevrier"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if unicodedata.category(c) != "Mn")


# --- putting matches together ----------------------------------------------------------------

def _sentence_bounds(text: str, sentence_end: re.Pattern[str]) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in sentence_end.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def scan(text: str, published: dt.date | None, *, future: bool | None = None, lang: str = "en") -> list[Found]:
    """Every date expression in ``text``, resolved against ``published``, in text order.

    ``future`` forces (True/False) or leaves to a cue in the sentence (None) whether bare weekdays
    and day-months point forward. ``lang`` picks the grammar (``GRAMMARS``; English when unknown).
    """
    if lang not in GRAMMARS and lang in _LAZY_GRAMMARS:
        importlib.import_module(_LAZY_GRAMMARS[lang], __package__)  # registers GRAMMARS[lang]
    grammar = GRAMMARS.get(lang, GRAMMARS["en"])
    candidates: list[tuple[int, int, int, Found]] = []
    for s_start, s_end in _sentence_bounds(text, grammar.sentence_end):
        sentence = text[s_start:s_end]
        is_future = bool(grammar.future_cue.search(sentence)) if future is None else future
        gate_found: dict[re.Pattern[str], bool] = {}
        for priority, (regex, handler, gate) in enumerate(grammar.rules):
            if gate is not None:
                if gate not in gate_found:
                    gate_found[gate] = gate.search(text, s_start, s_end) is not None
                if not gate_found[gate]:
                    continue  # no match of the rule can lie in this sentence
            for m in regex.finditer(text, s_start, s_end):
                if m.end() == m.start():
                    continue
                ctx = _Ctx(text, published, is_future, text[s_start : m.start()], grammar)
                found = handler(m, ctx)
                if found is not None:
                    candidates.append((m.start(), -(m.end() - m.start()), priority, found))
    candidates = _not_names(text, candidates, grammar)
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    chosen: list[Found] = []
    for _, _, _, found in candidates:
        if chosen and found.start_char < chosen[-1].end_char:
            continue
        chosen.append(found)
    chosen = _merge_ranges(text, chosen, grammar)
    _anchor_anaphora(chosen, published)
    for found in chosen:
        _since(text, found, published, grammar.since)
        _set_tense(found, published)
    return chosen


def _not_names(text: str, candidates: list[tuple[int, int, int, Found]], grammar: Grammar) -> list[tuple[int, int, int, Found]]:
    """Drop dates that are part of a place's name ("July 7 neighbourhood", "Monday Avenue", "the 25 of
    March sector"): a date followed right away by a place noun, with every shorter reading inside it
    ("July" of "July 7 neighbourhood"). A date ending in a year is never taken for a name ("in 2014 schools closed")."""
    if grammar.place_after is None:
        return candidates
    names = [(f.start_char, f.end_char) for _, _, _, f in candidates
             if grammar.place_after.match(text, f.end_char) and not re.search(_YEAR + r"\W*$", f.text)]  # fmt: skip
    if not names:
        return candidates
    return [c for c in candidates if not any(s < c[3].end_char and c[3].start_char < e for s, e in names)]


def _merge_ranges(text: str, found: list[Found], grammar: Grammar) -> list[Found]:
    out: list[Found] = []
    for item in found:
        if out:
            prev = out[-1]
            if (
                grammar.join.match(text[prev.end_char : item.start_char])
                and grammar.between.search(text[: prev.start_char])
                and prev.start is not None
                and item.end is not None
                and prev.start <= item.end
            ):
                if re.search(_YEAR, item.text) and not re.search(_YEAR, prev.text) and item.end.year != prev.start.year:
                    try:
                        prev.start = prev.start.replace(year=item.end.year)
                    except ValueError:
                        pass
                m_start = grammar.between.search(text[: prev.start_char]).start()  # type: ignore[union-attr]
                merged = Found(m_start, item.end_char, text[m_start : item.end_char], prev.start, item.end,
                               "a range between two dates", min(prev.confidence, item.confidence),
                               "", prev.kind)  # fmt: skip
                out[-1] = merged
                continue
        out.append(item)
    return out


def _anchor_anaphora(found: list[Found], published: dt.date | None) -> None:
    """Re-anchor "the next day", "two days later" on the previous absolute date in the text."""
    previous: Found | None = None
    for item in found:
        if item.kind == "anaphoric" and previous is not None and previous.start is not None and published is not None:
            if item.start is not None and item.end is not None:
                shift = previous.start - published
                item.start, item.end = item.start + shift, item.end + shift
                item.description += f" (anchored on {previous.text!r})"
        elif item.start is not None and item.kind in ("absolute", "relative") and item.start == item.end:
            previous = item


def _since(text: str, item: Found, published: dt.date | None, since: re.Pattern[str]) -> None:
    m = since.search(text[: item.start_char])
    if not m:
        return
    item.start_char = m.start()
    item.text = text[item.start_char : item.end_char]
    item.tense = "ongoing"
    if item.start is not None and published is not None:
        item.end = max(published, item.start)
        item.description = f"since {item.start.isoformat()}: a range up to publication"


def _set_tense(item: Found, published: dt.date | None) -> None:
    if item.tense:
        return
    if item.start is None or published is None or item.end is None:
        item.tense = "past"
    elif item.start > published:
        item.tense = "future"
    elif item.end < published - dt.timedelta(days=365) or (
        item.end.year < published.year and (item.end - item.start).days >= 27
    ):
        item.tense = "background"
    else:
        item.tense = "past"


#: grammars imported on first use (compiling the French rules costs a cold start on English text)
_LAZY_GRAMMARS = {"fr": "._grammar_fr"}

from . import _grammar_en as _grammar_en  # noqa: E402  (registers GRAMMARS["en"]; it needs the names above)
