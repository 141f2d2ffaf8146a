"""Date expressions, resolved against the publication date: the English rules, and the table
of rules per language.

``scan(text, published, lang="en")`` finds date expressions with regular patterns and resolves
each one to an absolute range. It needs no spaCy, so it is easy to test on single phrases; the
spaCy side (spans, evidence, attachment to events) lives in ``_dates.py``.

Each language is a ``Grammar`` in ``GRAMMARS``: its rules (regex, handler), tried in order,
and the few cues the scanner needs (future wording, sentence ends, "since", "between").
This module holds English; ``_grammar_fr.py`` holds French with the same conventions (listed
in its docstring). A language with no grammar is read with the English rules.

Conventions, relative to the publication date P (documented here once, tested in
``tests/time/relative_dates.tsv``):

=============================  ====================================================
"on Tuesday", "Tuesday night"   the most recent Tuesday on or before P (the next one
                                on or after P when the sentence speaks of the future)
"last Tuesday"                  the most recent Tuesday strictly before P
"next Tuesday"                  the first Tuesday strictly after P
"yesterday", "last night"       P - 1 ("last night" is the night before the report)
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


# --- building blocks -------------------------------------------------------------------------

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_PART = r"(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)"
_WORDNUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "few": 3, "a few": 3, "several": 5,
    "a couple of": 2, "couple of": 2, "a couple": 2,
}  # fmt: skip
_NUM = r"(?:\d{1,3}|a\s+couple\s+of|couple\s+of|a\s+few|few|several|" + "|".join(
    sorted((k for k in _WORDNUM if " " not in k), key=len, reverse=True)
) + ")"
_UNIT = r"(?:hours?|days?|nights?|weeks?|months?|years?)"
_FUTURE_CUE = re.compile(
    r"(?i)\b(?:will|shall|won't|'ll|is\s+to|are\s+to|scheduled|plans?\s+to|planned|expected\s+to|"
    r"set\s+to|due\s+to|upcoming|hopes?\s+to|intends?\s+to|should\s+still|should)\b"
)
_DURATION_CUE = re.compile(
    r"(?i)\b(?:last|lasting|take|takes|taking|continue|continues|remain|expected|will|should|could|"
    r"may|might|need|needs|another|further|within)\b"
)
_FORECAST_CUE = re.compile(r"(?i)\b(?:will|shall|'ll|should|expected|may|might|could|would|likely|to\s+last)\b")
_PREP_BEFORE = re.compile(r"(?i)\b(?:in|during|since|until|till|by|from|through|before|after|of|between|and|to)\s+$")
_PERSONISH_AFTER = re.compile(r"\s+(?:[a-z]+s\b|people|men|women|children)(?<!\bwas)(?<!\bis)(?<!\bhas)(?<!\bthis)")


def _num(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower())
    return int(word) if word.isdigit() else _WORDNUM[word]


def _month(word: str) -> int:
    return cal.MONTHS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "day" if word == "night" else word


# --- the scanner ----------------------------------------------------------------------------


@dataclass
class _Ctx:
    text: str
    published: dt.date | None
    future: bool  # the sentence speaks of the future
    sentence_before: str  # the sentence's text before the match


_Handler = Callable[[re.Match[str], _Ctx], "Found | None"]


@dataclass
class Grammar:
    """The date rules of one language: ``rules`` are tried in order (an earlier rule wins a tie
    between matches of the same start and length); the cues are regexes over the text."""

    rules: list[tuple[re.Pattern[str], _Handler]]
    future_cue: re.Pattern[str]  # a sentence speaking of the future ("will", "devrait")
    sentence_end: re.Pattern[str]
    since: re.Pattern[str]  # "since" right before a date (matched against the text before it)
    between: re.Pattern[str]  # "between"/"from" before the first date of a range
    join: re.Pattern[str]  # what joins the two dates of a range ("and", "to")


#: language code -> its date grammar (filled by ``_pattern`` here and in ``_grammar_fr``).
GRAMMARS: dict[str, Grammar] = {}
_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = []  # the English rules


def _pattern(regex: str, rules: list[tuple[re.Pattern[str], _Handler]] = _PATTERNS) -> Callable[[_Handler], _Handler]:
    def wrap(func: _Handler) -> _Handler:
        rules.append((re.compile(regex), func))
        return func

    return wrap


def _found(m: re.Match[str], start: dt.date | None, end: dt.date | None, description: str, confidence: float,
           kind: str = "absolute", tense: str | None = None) -> Found:  # fmt: skip
    return Found(m.start(), m.end(), m.group(), start, end, description, confidence, tense or "", kind)


def _no_anchor(m: re.Match[str], what: str) -> Found:
    return _found(m, None, None, f"{what}: no publication date known, so no date", 0.2, "relative")


def _make(m: re.Match[str], year: int, month: int, day: int, confidence: float, why: str) -> Found:
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
    return _found(m, day_, day_, why, confidence)


@_pattern(rf"\b(?:{_WD},?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b")
def _dmy(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), _month(m["m"]), _day(m["d"]), 0.95, "a full date")


@_pattern(rf"\b(?:{_WD},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b")
def _mdy(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), _month(m["m"]), _day(m["d"]), 0.95, "a full date")


@_pattern(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
def _iso(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), int(m["m"]), int(m["d"]), 0.95, "an ISO date")


@_pattern(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")
def _slashed(m: re.Match[str], ctx: _Ctx) -> Found:
    a, b = int(m["a"]), int(m["b"])
    if a > 12 >= b:
        return _make(m, int(m["y"]), b, a, 0.9, "a day/month/year date")
    return _make(m, int(m["y"]), a, b, 0.8 if b <= 12 else 0.9, "a month/day/year date (US order assumed)")


def _infer_year(m: re.Match[str], ctx: _Ctx, month: int, day: int) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "day and month without a year")
    pub = ctx.published
    year = pub.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        try:
            dt.date(2000, month, day)  # 29 February in a leap year
        except ValueError:
            return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
        year = year - 1 if not ctx.future else year + 1
        while year % 4:  # the nearest leap year in the right direction
            year += 1 if ctx.future else -1
        candidate = dt.date(year, month, day)
        return _found(m, candidate, candidate, "29 February: the nearest leap year", 0.6)
    if ctx.future and candidate < pub:
        candidate = candidate.replace(year=year + 1)
    elif not ctx.future and candidate > pub:
        candidate = candidate.replace(year=year - 1) if not (month == 2 and day == 29) else candidate.replace(year=year - 4)
    why = "the most recent such day on or before publication" if not ctx.future else "the next such day"
    return _found(m, candidate, candidate, f"day and month without a year: {why}", 0.85)


@_pattern(rf"\b(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b")
def _day_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    return _range_in_month(m, ctx)


@_pattern(rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b")
def _month_day_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    return _range_in_month(m, ctx)


def _range_in_month(m: re.Match[str], ctx: _Ctx) -> Found | None:
    month, d1, d2 = _month(m["m"]), _day(m["d1"]), _day(m["d2"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.published is not None:
        year = ctx.published.year if (month, d1) <= (ctx.published.month, ctx.published.day) else ctx.published.year - 1
    else:
        return _no_anchor(m, "days and month without a year")
    try:
        start, end = dt.date(year, month, d1), dt.date(year, month, d2)
    except ValueError:
        return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
    if end < start:
        return None
    return _found(m, start, end, "a range of days", 0.85)


@_pattern(rf"\b(?:{_WD},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MONTH})(?!\s*,?\s*\d)")
def _dm(m: re.Match[str], ctx: _Ctx) -> Found:
    return _infer_year(m, ctx, _month(m["m"]), _day(m["d"]))


@_pattern(rf"\b(?:{_WD},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*,?\s*(?:{_YEAR})\b)(?![\d,.:]\d)")
def _md(m: re.Match[str], ctx: _Ctx) -> Found:
    return _infer_year(m, ctx, _month(m["m"]), _day(m["d"]))


@_pattern(
    rf"\b(?:(?P<part>{_PART})[\s-]+)?(?:(?P<rel>(?i:last|this|next))\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?"
)
def _month_year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    month = _month(m["m"])
    if not (m["y"] or m["part"] or m["rel"] or _PREP_BEFORE.search(ctx.text[: m.start()])):
        return None  # a bare "May" may be the verb
    if m["m"].lower().rstrip(".") in ("may", "mar") and not (m["y"] or m["part"] or m["rel"]):
        if not re.search(r"(?i)\b(?:in|during|since|until|by)\s+$", ctx.text[: m.start()]):
            return None
    if m["y"]:
        year = int(m["y"])
        kind, conf = "absolute", 0.9
    elif ctx.published is None:
        return _no_anchor(m, "a month without a year")
    else:
        pub = ctx.published
        kind, conf = "relative", 0.8
        rel = (m["rel"] or "").lower()
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "next" or (ctx.future and not rel and month > pub.month):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "this":
            year = pub.year
        else:
            year = pub.year if month <= pub.month else pub.year - 1
    start, end = cal.month_span(year, month)
    if m["part"]:
        start, end = cal.part_of(start, end, _part(m["part"]))
    return _found(m, start, end, "a month" + (f" ({_part(m['part'])})" if m["part"] else ""), conf, kind)


def _part(word: str) -> str:
    word = word.lower()
    for key in ("early", "mid", "late", "end", "beginning", "start", "middle"):
        if key in word:
            return {"middle": "mid", "end": "late"}.get(key, key)
    return word


@_pattern(rf"\b(?:(?P<part>{_PART})[\s-]+)?(?P<y>{_YEAR})\b(?![-/]\d)(?!\s*(?:%|percent))")
def _year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    before = ctx.text[: m.start()]
    if not (m["part"] or _PREP_BEFORE.search(before) or re.search(r"(?:^|[.!?]\s+|,\s*)$", before)):
        return None
    if _PERSONISH_AFTER.match(ctx.text, m.end()):
        return None  # "of 2000 soldiers": a number, not a year
    start, end = cal.year_span(int(m["y"]))
    if m["part"]:
        start, end = cal.part_of(start, end, _part(m["part"]))
    return _found(m, start, end, "a year" + (f" ({_part(m['part'])})" if m["part"] else ""), 0.85)


@_pattern(
    rf"\b(?:(?P<rel>(?i:last|this|next|past|previous|coming))\s+)?(?P<wd>{_WD})(?![a-z])(?:'s)?"
    r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night)))?"
)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a weekday")
    pub, wd = ctx.published, cal.WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past", "previous"):
        day, why = cal.weekday_on_or_before(pub, wd, strictly=True), "the last such weekday before publication"
    elif rel in ("next", "coming"):
        day, why = cal.weekday_on_or_after(pub, wd, strictly=True), "the next such weekday after publication"
    elif rel == "this":
        day, why = cal.week_span(pub)[0] + dt.timedelta(days=wd), "that weekday in the week of publication"
    elif ctx.future:
        day, why = cal.weekday_on_or_after(pub, wd), "the next such weekday (the sentence speaks of the future)"
    else:
        day, why = cal.weekday_on_or_before(pub, wd), "the most recent such weekday on or before publication"
    return _found(m, day, day, f"a weekday: {why}", 0.85, "relative")


_DAY_WORDS = {
    "the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
    "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "later today": 0, "earlier in the day": 0, "tomorrow": 1, "the day after tomorrow": 2,
}  # fmt: skip


@_pattern(
    r"(?i)\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
    r"last\s+night|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today|earlier\s+in\s+the\s+day)"
    r"(?:'s)?(?:\s+(?P<tod>morning|afternoon|evening|night))?\b"
)
def _day_word(m: re.Match[str], ctx: _Ctx) -> Found:
    word = re.sub(r"\s+", " ", m["w"].lower())
    if ctx.published is None:
        return _no_anchor(m, repr(word))
    day = ctx.published + dt.timedelta(days=_DAY_WORDS[word])
    return _found(m, day, day, f"{word!r} relative to publication", 0.85, "relative")


@_pattern(
    rf"(?i)\b(?:(?P<mod>earlier|later|{_PART})[\s-]+)?(?P<rel>last|this|next|previous|the\s+previous|the\s+following)"
    r"\s+(?P<unit>week|weekend|month|year)\b"
)
def _period(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    rel = m["rel"].lower().split()[-1]
    shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[rel]
    unit = m["unit"].lower()
    if unit == "week":
        start, end = cal.week_span(pub + dt.timedelta(weeks=shift))
    elif unit == "weekend":
        saturday = cal.week_span(pub)[0] + dt.timedelta(days=5, weeks=shift)
        start, end = saturday, saturday + dt.timedelta(days=1)
    elif unit == "month":
        first = cal.add_months(pub.replace(day=1), shift)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(pub.year + shift)
    mod = (m["mod"] or "").lower()
    if mod == "earlier":
        end = min(end, pub)
    elif mod == "later":
        start = max(start, pub + dt.timedelta(days=1))
    elif mod:
        start, end = cal.part_of(start, end, _part(mod)) if unit in ("month", "year") else (start, end)
    tense = "future" if start > pub else None
    return _found(m, start, end, f"{m.group().lower()!r} relative to publication", 0.75, "relative", tense)


@_pattern(r"(?i)\b(?:over|during|at|on)\s+the\s+weekend\b")
def _the_weekend(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "the weekend")
    pub = ctx.published
    if pub.weekday() == 6:
        saturday = pub - dt.timedelta(days=1)
    else:
        saturday = cal.weekday_on_or_before(pub, 5, strictly=True)
    if ctx.future:
        saturday = cal.weekday_on_or_after(pub, 5)
    return _found(m, saturday, saturday + dt.timedelta(days=1), "the weekend nearest publication", 0.7, "relative")


@_pattern(rf"(?i)\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|earlier|before|later|after)\b(?!\s+(?:the|a|his|her|their)\b)")
def _ago(m: re.Match[str], ctx: _Ctx) -> Found | None:
    n, unit, direction = _num(m["n"]), _unit(m["unit"]), m["dir"].lower()
    anaphoric = direction != "ago"
    anchor = ctx.published
    if anchor is None:
        return _no_anchor(m, "a time before publication")
    sign = 1 if direction in ("later", "after") else -1
    if unit == "hour":
        day = anchor + dt.timedelta(days=sign * (1 if n >= 12 else 0))
        start = end = day
    elif unit == "day":
        start = end = anchor + dt.timedelta(days=sign * n)
    elif unit == "week":
        start, end = cal.week_span(anchor + dt.timedelta(weeks=sign * n))
    elif unit == "month":
        first = cal.add_months(anchor.replace(day=1), sign * n)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(anchor.year + sign * n)
    return _found(m, start, end, f"{m.group().lower()!r}", 0.7, "anaphoric" if anaphoric else "relative")


@_pattern(r"(?i)\b(?:the\s+)?(?P<w>next|following|previous|preceding)\s+(?:day|morning|evening|night)\b|\bthe\s+day\s+(?P<w2>before|after)\b")
def _next_day(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if re.search(r"(?i)\b(?:in|over|within|during)\s+$", ctx.text[: m.start()]):
        return None
    word = (m["w"] or m["w2"]).lower()
    shift = 1 if word in ("next", "following", "after") else -1
    if ctx.published is None:
        return _no_anchor(m, "a day relative to another date")
    day = ctx.published + dt.timedelta(days=shift)
    return _found(m, day, day, f"{m.group().lower()!r}, relative to the previous date", 0.6, "anaphoric")


_RECENT = {"days": 7, "weeks": 28, "months": 90, "years": 730}


@_pattern(r"(?i)\b(?:(?:very|more|most|only)\s+)?(?:recently|lately|of\s+late|in\s+recent\s+(?P<unit>days|weeks|months|years))\b")
def _recently(m: re.Match[str], ctx: _Ctx) -> Found:
    if ctx.published is None:
        return _no_anchor(m, "a recent time")
    days = _RECENT[m["unit"].lower()] if m["unit"] else 30
    pub = ctx.published
    return _found(m, pub - dt.timedelta(days=days), pub, f"{m.group().lower()!r}: a range ending at publication",
                  0.4, "relative")  # fmt: skip


def _span_of(n: int, unit: str, anchor: dt.date, sign: int) -> dt.date:
    if unit == "hour":
        return anchor + dt.timedelta(days=sign * max(1, round(n / 24)))
    if unit == "day":
        return anchor + dt.timedelta(days=sign * n)
    if unit == "week":
        return anchor + dt.timedelta(weeks=sign * n)
    if unit == "month":
        return cal.add_months(anchor, sign * n)
    return cal.add_months(anchor, sign * 12 * n)


@_pattern(rf"(?i)\b(?:(?:in|over|during|within|for)\s+)?the\s+(?P<dir>past|last|previous|coming|next|following)\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT})\b")
def _rolling(m: re.Match[str], ctx: _Ctx) -> Found | None:
    direction = m["dir"].lower()
    unit = _unit(m["unit"])
    if m["n"]:
        n = _num(m["n"])
    elif m["unit"].lower().endswith("s"):
        n = {"day": 7, "week": 4, "month": 3, "year": 2, "hour": 24}[unit]  # "the coming weeks"
    else:
        n = 1
    if direction in ("next", "following") and not m["n"] and not m["unit"].lower().endswith("s"):
        return None  # "the next day" is anaphoric, handled elsewhere
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    if direction in ("past", "last", "previous"):
        return _found(m, _span_of(n, unit, pub, -1), pub, f"{m.group().lower()!r}: a range ending at publication",
                      0.6, "relative")  # fmt: skip
    end = _span_of(n, unit, pub, 1)
    return _found(m, pub + dt.timedelta(days=1), end, f"{m.group().lower()!r}: a forecast range", 0.5, "relative", "future")


@_pattern(rf"(?i)\b(?P<w>within|in)\s+(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b(?!\s+(?:of|ago)\b)")
def _within(m: re.Match[str], ctx: _Ctx) -> Found | None:
    if m["w"].lower() == "in" and not _FUTURE_CUE.search(ctx.sentence_before):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a future period")
    pub = ctx.published
    end = _span_of(_num(m["n"]), _unit(m["unit"]), pub, 1)
    start = pub + dt.timedelta(days=1) if m["w"].lower() == "within" else end
    return _found(m, start, end, f"{m.group().lower()!r}: after publication", 0.5, "relative", "future")


@_pattern(
    rf"(?i)\b(?:(?:at\s+least|at\s+most|another|a\s+further|up\s+to|for)\s+)?(?P<n1>{_NUM})"
    rf"(?:\s*(?:or|to|-|–)\s*(?P<n2>{_NUM}))?\s+(?P<unit>{_UNIT})\b(?!\s+(?:ago|later|earlier|before|after|old)\b)(?!-old)"
)
def _duration(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """A forecast duration ("should last 2 or 3 months"); other durations are not dates."""
    if not (_DURATION_CUE.search(ctx.sentence_before) and _FORECAST_CUE.search(ctx.sentence_before)):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a forecast duration")
    n = max(_num(m["n1"]), _num(m["n2"]) if m["n2"] else 0)
    pub = ctx.published
    return _found(m, pub, _span_of(n, _unit(m["unit"]), pub, 1), f"{m.group().lower()!r}: a forecast duration from publication",
                  0.4, "duration", "future")  # fmt: skip


# --- putting matches together ----------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n")


def _sentence_bounds(text: str, sentence_end: re.Pattern[str] = _SENTENCE_END) -> list[tuple[int, int]]:
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
        for priority, (regex, handler) in enumerate(grammar.rules):
            for m in regex.finditer(text, s_start, s_end):
                if m.end() == m.start():
                    continue
                ctx = _Ctx(text, published, is_future, text[s_start : m.start()])
                found = handler(m, ctx)
                if found is not None:
                    candidates.append((m.start(), -(m.end() - m.start()), priority, found))
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


_BETWEEN = re.compile(r"(?i)\b(?:between|from)\s+$")
_JOIN = re.compile(r"(?i)^\s*(?:and|to|until|till|through|-|–)\s*$")


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


_SINCE = re.compile(r"(?i)\b(?:ever\s+)?since\s+$")


def _since(text: str, item: Found, published: dt.date | None, since: re.Pattern[str] = _SINCE) -> None:
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


GRAMMARS["en"] = Grammar(_PATTERNS, _FUTURE_CUE, _SENTENCE_END, _SINCE, _BETWEEN, _JOIN)

#: grammars imported on first use (compiling the French rules costs a cold start on English text)
_LAZY_GRAMMARS = {"fr": "._grammar_fr"}
