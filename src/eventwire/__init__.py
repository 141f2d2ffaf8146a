"""eventwire: news reports of armed conflict in, structured geocoded events out.

    >>> import eventwire
    >>> result = eventwire.extract(text, published="2018-07-24")
    >>> for event in result.events: print(event.event_type, event.location.name)
"""

import typing as _typing

from ._version import __version__
from .errors import EventwireError
from .model import Actor, Claimant, Count, DateSpan, Document, Event, Evidence, Place, Plover, Result, Source, Toponym

if _typing.TYPE_CHECKING:
    from .pipeline import Pipeline, extract

__all__ = [
    "Actor",
    "Claimant",
    "Count",
    "DateSpan",
    "Document",
    "Event",
    "EventwireError",
    "Evidence",
    "Pipeline",
    "Place",
    "Plover",
    "Result",
    "Source",
    "Toponym",
    "__version__",
    "extract",
]


def __getattr__(name: str) -> object:  # lazy: importing eventwire does not load spaCy
    if name in ("Pipeline", "extract"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
