"""When: date expressions resolved against the publication date (import as ``eventwire.time``).

``find_dates(doc)`` finds and resolves every date expression in a parsed document (in the
language of the spaCy pipeline that parsed it, ``doc.lang_``: English or French),
``event_date(doc, trigger)`` gives one event its date, ``resolve(text, published)`` resolves
a single phrase without spaCy (handy in notebooks and for the relative-date test set).
The conventions (which Tuesday "on Tuesday" means, what "recently" covers ...) are listed
in ``eventwire.time._grammar``.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ._dates import event_date, find_dates
from ._grammar import Found, scan

if TYPE_CHECKING:
    from ..model import DateSpan

__all__ = ["Found", "event_date", "find_dates", "is_background_date", "register", "resolve", "scan"]


def is_background_date(date: DateSpan | None, published: dt.date | None) -> bool:
    """A date span that ended more than a year before publication: background to the report."""
    if date is None or date.end is None or published is None:
        return False
    return (published - date.end).days > 366


def resolve(text: str, published: dt.date | None, lang: str = "en") -> DateSpan | None:
    """The first date expression in ``text`` as a ``DateSpan`` (evidence offsets into ``text``);
    ``lang`` picks the date grammar ("en", "fr").

    >>> resolve("on Tuesday", dt.date(2018, 7, 26)).start
    datetime.date(2018, 7, 24)
    >>> resolve("mardi dernier", dt.date(2018, 7, 26), lang="fr").start
    datetime.date(2018, 7, 24)
    """
    from ..model import DateSpan, Evidence

    found = scan(text, published, lang=lang)
    if not found:
        return None
    first = found[0]
    prec, tprec = first.precision
    return DateSpan(
        start=first.start,
        end=first.end,
        precision=prec,
        time_precision=tprec,
        description=first.description,
        confidence=first.confidence,
        evidence=[Evidence(start=first.start_char, end=first.end_char, text=first.text)],
    )


def register(registry: Any) -> None:
    """Register the built-in date parser (a ``Doc -> list[DateMention]`` function)."""
    registry.date_parsers.register("eventwire.dates.v1", func=find_dates)
