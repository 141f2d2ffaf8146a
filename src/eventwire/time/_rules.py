"""The date rules' bodies, shared by every language.

A rule is a regex (in the language's module: ``_grammar_en``, ``_grammar_fr``) and one of the
handlers below. A handler reads the match through named groups with the same meaning in every
language (``d``/``m``/``y`` day, month, year; ``n`` and ``unit`` a counted period; ``rel``
last/this/next; ``part`` early/mid/late; ``w`` the cue word of the rule; a second alternative
of a regex numbers its groups ``n2``, ``unit2`` ...) and the words through the language's tables
in ``ctx.grammar`` (``Grammar``: month and weekday names, number words, "yesterday"-words ...).
The conventions they implement are listed once, in ``_grammar``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from . import _calendar as cal

if TYPE_CHECKING:
    from ._grammar import Found, Grammar, _Ctx

__all__: list[str] = []

_ONE_DAY = dt.timedelta(days=1)
#: "the coming weeks", "les prochains mois": how many units a plural with no number covers.
_PLURAL_SPAN = {"day": 7, "week": 4, "month": 3, "year": 2, "hour": 24}


# --- helpers -----------------------------------------------------------------------------------


def _group(m: re.Match[str], name: str) -> str | None:
    """The named group, or None when it did not match or the regex has no such group."""
    return m.groupdict().get(name)


def _first(m: re.Match[str], name: str) -> str | None:
    """The first of the groups ``name``, ``name2``, ``name3`` that matched (alternatives of one regex)."""
    for key in (name, f"{name}2", f"{name}3"):
        value = _group(m, key)
        if value is not None:
            return value
    return None


def _found(m: re.Match[str], start: dt.date | None, end: dt.date | None, description: str, confidence: float,
           kind: str = "absolute", tense: str | None = None) -> Found:  # fmt: skip
    from ._grammar import Found

    return Found(m.start(), m.end(), m.group(), start, end, description, confidence, tense or "", kind)


def _no_anchor(m: re.Match[str], what: str) -> Found:
    return _found(m, None, None, f"{what}: no publication date known, so no date", 0.2, "relative")


def _make(m: re.Match[str], year: int, month: int, day: int, confidence: float, why: str) -> Found:
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
    return _found(m, day_, day_, why, confidence)


def _apply_part(start: dt.date, end: dt.date, part: str | None, g: Grammar) -> tuple[dt.date, dt.date]:
    """The early / mid / late part of a month or year ("whole": all of it)."""
    if not part or g.part(part) == "whole":
        return start, end
    return cal.part_of(start, end, g.part(part))


def _relation(g: Grammar, word: str | None) -> str:
    """last / next / this for a relation word ("last", "dernier", "coming"), "" for none."""
    return g.relation.get(g.key(word), "") if word else ""


def span_of(n: int, unit: str, anchor: dt.date, sign: int) -> dt.date:
    """``anchor`` moved by ``n`` units (hour, day, week, month, year) forward (1) or back (-1)."""
    if unit == "hour":
        return anchor + dt.timedelta(days=sign * max(1, round(n / 24)))
    if unit == "day":
        return anchor + dt.timedelta(days=sign * n)
    if unit == "week":
        return anchor + dt.timedelta(weeks=sign * n)
    if unit == "month":
        return cal.add_months(anchor, sign * n)
    return cal.add_months(anchor, sign * 12 * n)


def _shifted(m: re.Match[str], anchor: dt.date, n: int, unit: str, sign: int, kind: str) -> Found:
    """The day, week, month or year ``n`` units from ``anchor``."""
    if unit == "hour":
        start = end = anchor + dt.timedelta(days=sign * (1 if n >= 12 else 0))
    elif unit == "day":
        start = end = anchor + dt.timedelta(days=sign * n)
    elif unit == "week":
        start, end = cal.week_span(anchor + dt.timedelta(weeks=sign * n))
    elif unit == "month":
        first = cal.add_months(anchor.replace(day=1), sign * n)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(anchor.year + sign * n)
    return _found(m, start, end, f"{m.group().lower()!r}", 0.7, kind)


def infer_year(m: re.Match[str], ctx: _Ctx, month: int, day: int) -> Found:
    """A day and month without a year: the most recent one on or before publication (the next
    one when the sentence speaks of the future)."""
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


# --- absolute dates ------------------------------------------------------------------------------


def full_date(m: re.Match[str], ctx: _Ctx) -> Found:
    """"5 June 2018", "June 5, 2018", "le 5 juin 2018"."""
    g = ctx.grammar
    return _make(m, int(m["y"]), g.month(m["m"]), g.day(m["d"]), 0.95, "a full date")


def iso_date(m: re.Match[str], ctx: _Ctx) -> Found:
    return _make(m, int(m["y"]), int(m["m"]), int(m["d"]), 0.95, "an ISO date")


def slashed_date(m: re.Match[str], ctx: _Ctx) -> Found:
    """"a/b/yyyy": day first where the language writes it so; otherwise month first (US order)
    unless the first number cannot be a month."""
    a, b = int(m["a"]), int(m["b"])
    if ctx.grammar.day_first or a > 12 >= b:
        return _make(m, int(m["y"]), b, a, 0.9, "a day/month/year date")
    return _make(m, int(m["y"]), a, b, 0.8 if b <= 12 else 0.9, "a month/day/year date (US order assumed)")


def day_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"3-5 June", "June 3 to 5", "du 3 au 5 juin", "du 30 mai au 2 juin" (``m1``: the first month)."""
    g = ctx.grammar
    month, d1, d2 = g.month(m["m"]), g.day(m["d1"]), g.day(m["d2"])
    first_month = _group(m, "m1")
    month1 = g.month(first_month) if first_month else month
    if m["y"]:
        year = int(m["y"])
    elif ctx.published is not None:
        pub = ctx.published
        year = pub.year if (month1, d1) <= (pub.month, pub.day) else pub.year - 1
    else:
        return _no_anchor(m, "days and month without a year")
    try:
        start = dt.date(year if month1 <= month else year - 1, month1, d1)
        end = dt.date(year, month, d2)
    except ValueError:
        return _found(m, None, None, f"impossible date {m.group()!r}", 0.1)
    if end < start:
        return None
    return _found(m, start, end, "a range of days", 0.85)


def day_month(m: re.Match[str], ctx: _Ctx) -> Found:
    """"20 July", "July 20", "le 24 avril": the year is inferred."""
    return infer_year(m, ctx, ctx.grammar.month(m["m"]), ctx.grammar.day(m["d"]))


def month_in_year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"July 2018", "in July", "last July", "late July", "juillet dernier", "fin juillet"."""
    g = ctx.grammar
    month = g.month(m["m"])
    part, rel_word = _group(m, "part"), _group(m, "rel")
    marked = bool(m["y"] or part or rel_word)
    if not (marked or g.prep_before.search(ctx.text[: m.start()])):
        return None  # a bare "May" may be the verb, "mars" the planet
    if not marked and m["m"].lower().rstrip(".") in g.ambiguous_months:
        if g.ambiguous_month_before is None or not g.ambiguous_month_before.search(ctx.text[: m.start()]):
            return None
    if m["y"]:
        year = int(m["y"])
        kind, conf = "absolute", 0.9
    elif ctx.published is None:
        return _no_anchor(m, "a month without a year")
    else:
        pub = ctx.published
        kind, conf = "relative", 0.8
        rel = _relation(g, rel_word)
        if rel == "last":
            year = pub.year if month < pub.month else pub.year - 1
        elif rel == "next" or (ctx.future and not rel and month > pub.month):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "this":
            year = pub.year
        else:
            year = pub.year if month <= pub.month else pub.year - 1
    start, end = _apply_part(*cal.month_span(year, month), part, g)
    return _found(m, start, end, "a month" + (f" ({g.part(part)})" if part else ""), conf, kind)


_CLAUSE_START = re.compile(r"(?:^|[.!?]\s+|,\s*)$")


def year(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"in 2014", "late 2017", "fin 2017": not a number of people ("of 2000 soldiers")."""
    g = ctx.grammar
    before = ctx.text[: m.start()]
    part = _group(m, "part")
    if not (part or g.prep_before.search(before) or _CLAUSE_START.search(before)):
        return None
    if g.personish_after.match(ctx.text, m.end()):
        return None  # "of 2000 soldiers": a number, not a year
    start, end = _apply_part(*cal.year_span(int(m["y"])), part, g)
    return _found(m, start, end, "a year" + (f" ({g.part(part)})" if part else ""), 0.85)


# --- weekdays, days, periods ---------------------------------------------------------------------


def weekday(m: re.Match[str], ctx: _Ctx) -> Found:
    """"on Tuesday", "last Tuesday", "mardi prochain", "ce mardi" (``this``: the "this" word)."""
    if ctx.published is None:
        return _no_anchor(m, "a weekday")
    g = ctx.grammar
    pub, wd = ctx.published, g.weekdays[g.key(m["wd"])]
    rel = _relation(g, _group(m, "rel") or _group(m, "rel2"))
    if not rel and _group(m, "this"):
        rel = "this"
    if rel == "last":
        day, why = cal.weekday_on_or_before(pub, wd, strictly=True), "the last such weekday before publication"
    elif rel == "next":
        day, why = cal.weekday_on_or_after(pub, wd, strictly=True), "the next such weekday after publication"
    elif rel == "this":
        day, why = cal.week_span(pub)[0] + dt.timedelta(days=wd), "that weekday in the week of publication"
    elif ctx.future:
        day, why = cal.weekday_on_or_after(pub, wd), "the next such weekday (the sentence speaks of the future)"
    else:
        day, why = cal.weekday_on_or_before(pub, wd), "the most recent such weekday on or before publication"
    return _found(m, day, day, f"a weekday: {why}", 0.85, "relative")


def night_between(m: re.Match[str], ctx: _Ctx) -> Found:
    """"dans la nuit de lundi à mardi": Monday .. Tuesday (groups ``a``, ``b``)."""
    if ctx.published is None:
        return _no_anchor(m, "a night between two weekdays")
    g = ctx.grammar
    second_day = g.weekdays[g.key(m["b"])]
    second = cal.weekday_on_or_before(ctx.published, second_day)
    if ctx.future:
        second = cal.weekday_on_or_after(ctx.published + _ONE_DAY, second_day)
    return _found(m, second - _ONE_DAY, second, "the night between two weekdays", 0.85, "relative")


def day_word(m: re.Match[str], ctx: _Ctx) -> Found:
    """"yesterday", "last night", "hier", "demain": ``Grammar.day_words`` days from publication."""
    g = ctx.grammar
    word = g.key(m["w"])
    if ctx.published is None:
        return _no_anchor(m, repr(word))
    day = ctx.published + dt.timedelta(days=g.day_words[word])
    return _found(m, day, day, f"{word!r} relative to publication", 0.85, "relative")


def night_before(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"overnight", "shortly after midnight", "in the early hours", "before dawn" with no day named:
    the night before the report, which straddles two days (P - 1 .. P). A day named right after it
    ("before dawn on Sunday") or anywhere earlier in the text ("On 12 May, ... During the night")
    dates it instead (``Grammar.night_anchored``, ``Grammar.night_anchored_before``): the night is
    then no date of its own."""
    g = ctx.grammar
    if g.night_anchored is not None and g.night_anchored.match(ctx.text, m.end()):
        return None
    if g.night_anchored_before is not None and g.night_anchored_before.search(ctx.text, 0, m.start()):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a night")
    pub = ctx.published
    return _found(m, pub - _ONE_DAY, pub, f"{m.group().lower()!r}: the night before the report (two days)", 0.6,
                  "relative")  # fmt: skip


def period(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"last week", "earlier this month", "late last year", "la semaine dernière": the language's
    ``read_period`` gives (shift, unit, modifier) or None for no date."""
    g = ctx.grammar
    read = g.read_period(m)
    if read is None:
        return None
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    shift, unit, mod = read
    pub = ctx.published
    if unit == "week":
        start, end = cal.week_span(pub + dt.timedelta(weeks=shift))
    elif unit == "weekend":
        saturday = cal.week_span(pub)[0] + dt.timedelta(days=5, weeks=shift)
        if shift == 0 and saturday > pub and not ctx.future:
            saturday -= dt.timedelta(weeks=1)  # "attacked ... this weekend" told on a Tuesday: the one just past
        start, end = saturday, saturday + _ONE_DAY
    elif unit == "month":
        first = cal.add_months(pub.replace(day=1), shift)
        start, end = cal.month_span(first.year, first.month)
    else:
        start, end = cal.year_span(pub.year + shift)
    if mod == "earlier":
        end = min(end, pub)
    elif mod == "later":
        start = max(start, pub + _ONE_DAY)
    elif mod and unit in ("month", "year"):
        start, end = _apply_part(start, end, mod, g)
    tense = "future" if start > pub else None
    return _found(m, start, end, f"{m.group().lower()!r} relative to publication", 0.75, "relative", tense)


def the_weekend(m: re.Match[str], ctx: _Ctx) -> Found:
    """"over the weekend", "this past weekend" (never a coming one): the weekend nearest publication."""
    if ctx.published is None:
        return _no_anchor(m, "the weekend")
    pub = ctx.published
    if pub.weekday() == 6:
        saturday = pub - _ONE_DAY
    else:
        saturday = cal.weekday_on_or_before(pub, 5, strictly=True)
    if ctx.future and _group(m, "past") is None:
        saturday = cal.weekday_on_or_after(pub, 5)
    return _found(m, saturday, saturday + _ONE_DAY, "the weekend nearest publication", 0.7, "relative")


def part_of_week(m: re.Match[str], ctx: _Ctx) -> Found:
    """"en début de semaine": Monday-Tuesday / Wednesday-Thursday / Friday-Sunday of P's week."""
    if ctx.published is None:
        return _no_anchor(m, "a part of the week")
    monday = cal.week_span(ctx.published)[0]
    days = {"early": (0, 1), "mid": (2, 3), "late": (4, 6)}[ctx.grammar.part(m["part"])]
    start, end = monday + dt.timedelta(days=days[0]), monday + dt.timedelta(days=days[1])
    end = min(end, max(ctx.published, start))
    return _found(m, start, end, f"{m.group().lower()!r}: in the week of publication", 0.6, "relative")


# --- counted periods -----------------------------------------------------------------------------


def counted_shift(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"three days ago" (relative to publication), "two days later" (anaphoric), "il y a trois
    jours": ``Grammar.directions`` gives the sign and kind of ``dir`` (no ``dir``: "ago")."""
    g = ctx.grammar
    direction = _group(m, "dir")
    sign, kind = g.directions[g.key(direction)] if direction else (-1, "relative")
    if ctx.published is None:
        return _no_anchor(m, "a time before publication" if kind == "relative" else "a time relative to another date")
    return _shifted(m, ctx.published, g.num(m["n"]), g.unit(m["unit"]), sign, kind)


def next_day(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"the next day", "the day before", "le lendemain": anaphoric (``Grammar.shifts``)."""
    g = ctx.grammar
    if g.not_next_day_before is not None and g.not_next_day_before.search(ctx.text[: m.start()]):
        return None
    shift = g.shifts[g.key(_first(m, "w") or "")]
    if ctx.published is None:
        return _no_anchor(m, "a day relative to another date")
    day = ctx.published + dt.timedelta(days=shift)
    return _found(m, day, day, f"{m.group().lower()!r}, relative to the previous date", 0.6, "anaphoric")


def recently(m: re.Match[str], ctx: _Ctx) -> Found:
    """"recently" (30 days), "in recent weeks", "ces dernières semaines" (``Grammar.recent``)."""
    if ctx.published is None:
        return _no_anchor(m, "a recent time")
    g = ctx.grammar
    unit = _group(m, "unit")
    days = g.recent[g.key(unit)] if unit else 30
    pub = ctx.published
    return _found(m, pub - dt.timedelta(days=days), pub, f"{m.group().lower()!r}: a range ending at publication",
                  0.4, "relative")  # fmt: skip


def _how_many(m: re.Match[str], g: Grammar) -> tuple[int, str, bool]:
    """(n, unit, plural) of a counted period: "the past 3 days" 3, "the coming weeks" 4, "the past week" 1."""
    number, word = _first(m, "n"), _first(m, "unit") or ""
    unit = g.unit(word)
    lowered = word.lower()
    plural = (not number) if lowered in g.invariant_plurals else lowered.endswith(("s", "x"))
    if number:
        return g.num(number), unit, plural
    return (_PLURAL_SPAN[unit] if plural else 1), unit, plural


def past_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"the past 3 days", "les trois derniers jours", "depuis trois jours" (``since``: ongoing)."""
    n, unit, _ = _how_many(m, ctx.grammar)
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    tense = "ongoing" if _group(m, "since") else None
    return _found(m, span_of(n, unit, pub, -1), pub, f"{m.group().lower()!r}: a range ending at publication",
                  0.6, "relative", tense)  # fmt: skip


def coming_range(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"in the coming weeks", "dans les prochains jours": a forecast range from P + 1."""
    n, unit, plural = _how_many(m, ctx.grammar)
    if ctx.grammar.key(_group(m, "dir") or "") in ctx.grammar.anaphoric_next and not _first(m, "n") and not plural:
        return None  # "the next day", "the next week": anaphoric or a period, left to ``next_day``/``period``
    if ctx.published is None:
        return _no_anchor(m, "a period relative to publication")
    pub = ctx.published
    end = span_of(n, unit, pub, 1)
    return _found(m, pub + _ONE_DAY, end, f"{m.group().lower()!r}: a forecast range", 0.5, "relative", "future")


def rolling(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"the past/last N units" or "the coming/next N units", by the relation of ``dir``."""
    if _relation(ctx.grammar, _group(m, "dir")) == "last":
        return past_range(m, ctx)
    return coming_range(m, ctx)


def within(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """"within 3 days" (P + 1 .. P + 3 days), "in 3 days" when the sentence speaks of the future
    (the day itself); ``Grammar.within`` says which word is which."""
    g = ctx.grammar
    is_range = g.within[g.key(m["w"])]
    if not is_range and not g.future_cue.search(ctx.sentence_before):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a future period")
    pub = ctx.published
    end = span_of(g.num(m["n"]), g.unit(m["unit"]), pub, 1)
    start = pub + _ONE_DAY if is_range else end
    return _found(m, start, end, f"{m.group().lower()!r}: after publication", 0.5, "relative", "future")


def duration(m: re.Match[str], ctx: _Ctx) -> Found | None:
    """A forecast duration ("should last 2 or 3 months", "devraient durer encore deux ou trois
    mois"); other durations are not dates."""
    g = ctx.grammar
    if not (g.duration_cue.search(ctx.sentence_before) and g.forecast_cue.search(ctx.sentence_before)):
        return None
    if ctx.published is None:
        return _no_anchor(m, "a forecast duration")
    n = max(g.num(m["n1"]), g.num(m["n2"]) if m["n2"] else 0)
    pub = ctx.published
    return _found(m, pub, span_of(n, g.unit(m["unit"]), pub, 1), f"{m.group().lower()!r}: a forecast duration from publication",
                  0.4, "duration", "future")  # fmt: skip
