"""Calendar arithmetic and precision codes (no spaCy, no regexes).

Precision codes:

* UCDP ``date_prec``: 1 exact day, 2 a span of 2-6 days, 3 a week, 4 a month (up to ~31 days),
  5 longer (a season, a year or more).
* ACLED ``time_precision``: 1 the day, 2 the week (up to 7 days), 3 longer (month).
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "add_months",
    "month_span",
    "precisions",
    "week_span",
    "weekday_on_or_before",
    "year_span",
]

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

ONE_DAY = dt.timedelta(days=1)


def precisions(start: dt.date, end: dt.date) -> tuple[int, int]:
    """(UCDP date_prec, ACLED time_precision) for a date range."""
    days = (end - start).days + 1
    if days <= 1:
        return 1, 1
    if days <= 6:
        return 2, 2
    if days <= 8:
        return 3, 2
    if days <= 31:
        return 4, 3
    return 5, 3


def weekday_on_or_before(anchor: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_on_or_after(anchor: dt.date, weekday: int, *, strictly: bool = False) -> dt.date:
    ahead = (weekday - anchor.weekday()) % 7
    if strictly and ahead == 0:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def week_span(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def part_of(start: dt.date, end: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The early / mid / late third (or the beginning / end) of a month or a year."""
    if (end - start).days <= 31:  # a month: 1-10, 11-20, 21-end
        if part in ("early", "beginning", "start"):
            return start, start.replace(day=10)
        if part == "mid":
            return start.replace(day=11), start.replace(day=20)
        return start.replace(day=21), end
    if part in ("early", "beginning", "start"):
        return start, dt.date(start.year, 4, 30)
    if part == "mid":
        return dt.date(start.year, 5, 1), dt.date(start.year, 8, 31)
    return dt.date(start.year, 9, 1), end
