"""An in-memory gazetteer for tests and examples (``eventwire.memory.v1``): no files, no build."""

from __future__ import annotations

from collections.abc import Iterable

from ._names import loose_key, skeletons
from .base import Candidate, Gazetteer

__all__ = ["MemoryGazetteer", "sample_gazetteer"]


class MemoryGazetteer(Gazetteer):
    """Candidates held in a dict; ``entries`` are (candidate, alternate names)."""

    name = "eventwire.memory.v1"

    def __init__(self, entries: Iterable[tuple[Candidate, Iterable[str]]] = (), *,
                 countries: dict[str, str] | None = None) -> None:
        self._by_key: dict[str, list[Candidate]] = {}
        self._by_skel: dict[str, list[Candidate]] = {}
        self._countries: dict[str, Candidate] = {}
        self._admin1: dict[tuple[str, str], Candidate] = {}
        self._iso3 = dict(countries or {})
        for cand, alts in entries:
            self.add(cand, alts)

    def add(self, cand: Candidate, alts: Iterable[str] = ()) -> None:
        cand = Candidate(**{**cand.__dict__, "key": cand.key or (cand.geonames_id or -len(self._by_key) - 1)})
        for i, n in enumerate([cand.name, *alts]):
            c = cand if i == 0 else Candidate(**{**cand.__dict__, "match": "alt"})
            bucket = self._by_key.setdefault(loose_key(n), [])
            if all(x.key != c.key for x in bucket):
                bucket.append(c)
            for s in skeletons(n):
                if len(s) >= 3:
                    self._by_skel.setdefault(s, []).append(Candidate(**{**cand.__dict__, "match": "skeleton"}))
        if cand.kind == "country":
            self._countries[cand.country_code] = cand
        if cand.kind == "admin1":
            self._admin1[(cand.country_code, cand.admin1_code)] = cand

    def lookup(self, text: str) -> list[Candidate]:
        return list(self._by_key.get(loose_key(text), []))

    def lookup_skeleton(self, text: str) -> list[Candidate]:
        seen: dict[int, Candidate] = {}
        for s in skeletons(text):
            for c in self._by_skel.get(s, []):
                seen.setdefault(c.key, c)
        return list(seen.values())

    def country(self, country_code: str) -> Candidate | None:
        return self._countries.get(country_code)

    def iso3(self, country_code: str) -> str | None:
        return self._iso3.get(country_code)

    def admin1(self, country_code: str, admin1_code: str) -> Candidate | None:
        return self._admin1.get((country_code, admin1_code))

    def divisions(self, country_code: str) -> list[Candidate]:
        return [c for (cc, _), c in sorted(self._admin1.items()) if cc == country_code]


def sample_gazetteer() -> MemoryGazetteer:
    """A handful of real GeoNames entries (CC BY 4.0 geonames.org) around the Syria-Iraq border."""
    c = Candidate
    return MemoryGazetteer(
        [
            (c(163843, "Syria", 35.0, 38.0, "A.PCLI", "SY", "", 22_198_110), ["Syrian Arab Republic"]),
            (c(99237, "Iraq", 33.0, 44.0, "A.PCLI", "IQ", "", 29_671_605), []),
            (c(174506, "Hajīn", 34.69508, 40.83138, "P.PPL", "SY", "07", 29_237), ["Hajin", "Hajine"]),
            (c(174448, "Ālbū Kamāl", 34.45226, 40.91854, "P.PPL", "SY", "07", 57_572), ["Abu Kamal", "Albu Kamal"]),
            (c(170794, "Deir ez-Zor", 35.33588, 40.14084, "P.PPLA", "SY", "07", 271_800), ["Dayr az Zawr"]),
            (c(170792, "Deir ez-Zor", 35.07355, 40.27501, "A.ADM1", "SY", "07"), ["Dayr az Zawr"]),
            (c(169389, "Idlib", 35.93062, 36.63393, "P.PPLA", "SY", "12", 128_840), ["Idleb"]),
            (c(169387, "Idlib", 35.85277, 36.68293, "A.ADM1", "SY", "12"), []),
            (c(170063, "Aleppo", 36.20124, 37.16117, "P.PPLA", "SY", "09", 1_602_264), ["Halab"]),
            (c(None, "Euphrates", 35.2, 40.3, "H.STM", "", "", 0, key=-1), []),
            (c(5391959, "San Francisco", 37.77493, -122.41942, "P.PPLA2", "US", "CA", 864_816), []),
            (c(3617763, "Managua", 12.13282, -86.2504, "P.PPLC", "NI", "10", 973_087), []),
            (c(4349159, "Paris", 39.211, -76.05, "P.PPL", "US", "MD", 1_000), []),
            (c(2988507, "Paris", 48.85341, 2.3488, "P.PPLC", "FR", "11", 2_138_551), []),
        ],
        countries={"SY": "SYR", "IQ": "IRQ", "US": "USA", "NI": "NIC", "FR": "FRA"},
    )
