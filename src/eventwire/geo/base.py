"""The gazetteer contract: what the geoparser asks a gazetteer, and what it gets back."""

from __future__ import annotations

import functools
from abc import ABC, abstractmethod
from dataclasses import dataclass

__all__ = ["WORLD_CODES", "Candidate", "Gazetteer", "rank_of"]

# Feature codes of the places no country holds: oceans, seas, gulfs, bays, straits, sounds, channels, world
# regions and former states (GeoNames' no-country features, and the hand-written ones of ``_regions``)
WORLD_CODES = frozenset({"H.OCN", "H.SEA", "H.GULF", "H.BAY", "H.STRT", "H.SD", "H.CHN", "H.CHNM", "L.RGN", "L.RGNE",
                         "A.PCLH"})

# How big a thing a feature code names, for priors and precision: lower is bigger.
_RANKS = {"L.CONT": 0, "H.OCN": 0, "A.PCLI": 1, "L.RGN": 1, "H.SEA": 2, "H.GULF": 2, "H.BAY": 2, "H.STRT": 2, "L.RGNE": 1,
          "A.ADM1": 2, "T.RGN": 2, "H.STM": 2, "A.ADM2": 3, "P.PPLC": 3, "P.PPLA": 4}


_KINDS = {"A.PCLI": "country", "L.CONT": "continent", "A.ADM1": "admin1", "A.ADM2": "admin2"}


def rank_of(feature_code: str) -> int:
    return _RANKS.get(feature_code, 5)


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    geonames_id: int | None
    name: str
    lat: float
    lon: float
    feature_code: str  # GeoNames class.code: P.PPL, P.PPLC, A.PCLI, A.ADM1, A.ADM2, L.CONT, T.VAL, H.STM ...
    country_code: str = ""
    admin1_code: str = ""
    population: int = 0
    match: str = "name"  # name (main name) | alt (alternate name) | skeleton | fuzzy
    key: int = 0  # internal row id (unique per gazetteer)

    @functools.cached_property
    def kind(self) -> str:
        """country | continent | admin1 | admin2 | city | physical (worked out once per candidate: the
        resolver asks it over a million times per thousand documents)."""
        code = self.feature_code
        return _KINDS.get(code) or ("city" if code.startswith("P.") else "physical")


class Gazetteer(ABC):
    """Name -> candidates, plus the country and admin-1 names the resolver reports."""

    name: str = "gazetteer"

    @abstractmethod
    def lookup(self, text: str) -> list[Candidate]:
        """Candidates whose name or alternate name has the same loose key as ``text``."""

    def has_name(self, text: str) -> bool:
        """Is ``text`` a name of some place (``bool(lookup(text))``, without building the candidates)?"""
        return bool(self.lookup(text))

    def lookup_skeleton(self, text: str) -> list[Candidate]:
        """Candidates with the same consonant skeleton (weaker; callers must guard)."""
        return []

    def fuzzy(self, text: str, *, limit: int = 10) -> list[Candidate]:
        """Close spellings (rapidfuzz); callers must guard against false friends."""
        return []

    @abstractmethod
    def country(self, country_code: str) -> Candidate | None:
        """The country entry for an ISO alpha-2 code."""

    def iso3(self, country_code: str) -> str | None:
        return None

    def admin1(self, country_code: str, admin1_code: str) -> Candidate | None:
        return None

    def divisions(self, country_code: str) -> list[Candidate]:
        """The country's first-order divisions (for "the south-west" of a country)."""
        return []
