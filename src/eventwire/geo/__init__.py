"""geo: toponyms > gazetteer candidates > choice, and the location of an event.

One module per gazetteer (``geonames.py``, the built GeoNames index; ``memory.py``, a fake for
tests), plus the ``Geoparser`` component that writes ``doc._.ew_places``.
"""

from __future__ import annotations

from .base import Candidate, Gazetteer
from .memory import MemoryGazetteer, sample_gazetteer
from .parser import Geoparser, geoparse

__all__ = ["Candidate", "Gazetteer", "Geoparser", "MemoryGazetteer", "geoparse", "register", "sample_gazetteer"]


def register(registry) -> None:  # type: ignore[no-untyped-def]
    """Register the built-in gazetteers (factories: call to get a ``Gazetteer``)."""
    from .geonames import default_gazetteer

    registry.gazetteers.register("eventwire.geonames.v1", func=default_gazetteer)
    registry.gazetteers.register("eventwire.memory.v1", func=sample_gazetteer)
