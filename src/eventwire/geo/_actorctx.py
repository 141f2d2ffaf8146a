"""The countries of the actors a document names: weak evidence of where its places are.

A short conflict note often names no country ("SPLA-IO forces clashed with SPLA soldiers in Leer"), but the
actor finder, which runs before the geoparser, knows whose forces and which country's rebel group it names
(``doc._.ew_actors``, each with its knowledge-base record's ``country``). Those countries are read here, never
changed, and given to the resolver as a hint it uses only when the text itself names no country (or names that
one): see ``_resolve.resolve_mentions``.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ._areas import country_code
from .base import Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["actor_countries"]


def actor_countries(doc: Doc, gaz: Gazetteer) -> tuple[Counter[str], frozenset[str]]:
    """The ISO codes of the countries of the actors found in ``doc`` (with a country-bearing record: a state's
    forces or police, a group of one country), by their number of mentions; and, of those, the countries of the
    actors that act in their own country: police, rebel groups and militias (ACLED inter 2, 3 and 4), not a
    state's military forces, which also fight abroad ("Turkish forces shelled ... in Syria"). One pass over the
    actors."""
    mentions = getattr(doc._, "ew_actors", None) or []
    if not mentions:
        return Counter(), frozenset()
    from ..events.actors import load_kb  # the actor side is only read

    kb = load_kb()
    out: Counter[str] = Counter()
    resident: set[str] = set()
    for m in mentions:
        rec = m.extra.get("record") if m.extra else None
        rec = rec if rec is not None else (kb.get(m.actor_id) if m.actor_id else None)
        country = getattr(rec, "country", None)
        cc = country_code(gaz, country) if country else None
        if cc:
            out[cc] += 1
            if getattr(rec, "sector", None) == "COP" or getattr(rec, "inter", None) in (2, 3, 4):
                resident.add(cc)
    return out, frozenset(resident)
