"""French place spellings: a gazetteer that also knows ``data/geo/exonyms.fr.tsv``.

``ExonymGazetteer(base)`` answers like ``base`` except that a French name of the table ("Syrie",
"Boukamal", "Lattaquié") names its GeoNames entry. Used for French documents only, so English
resolution is unchanged.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources
from typing import Any

from ..geo._names import loose_key

__all__ = ["ExonymGazetteer", "load_exonyms_fr"]


@functools.lru_cache(maxsize=1)
def load_exonyms_fr() -> dict[str, tuple[int | None, str]]:
    """loose key of a French name -> (GeoNames id, the entry's main name); no id for entries the
    gazetteer keeps without one (rivers, regions: "Euphrate" -> Euphrates)."""
    text = resources.files("eventwire").joinpath("data/geo/exonyms.fr.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {loose_key(r["french"]): (int(r["geonames_id"]) if r["geonames_id"] else None, r["name"]) for r in rows}


class ExonymGazetteer:
    """``base`` with the French exonyms; every other attribute is the base gazetteer's."""

    def __init__(self, base: Any, table: dict[str, tuple[int | None, str]] | None = None) -> None:
        self._base = base
        self._table = table if table is not None else load_exonyms_fr()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def has_name(self, text: str) -> bool:
        """``bool(lookup(text))``: a French name of the table, or a name of the base gazetteer."""
        if loose_key(text) in self._table:  # a few dozen names: through ``lookup``, as the resolver will see them
            return bool(self.lookup(text))
        return bool(self._base.has_name(text))

    def lookup(self, text: str) -> list[Any]:
        hit = self._table.get(loose_key(text))
        if hit is not None:
            exact = [c for c in self._base.lookup(hit[1]) if c.geonames_id == hit[0] and (hit[0] or c.name == hit[1])]
            if exact:
                return exact
        return list(self._base.lookup(text))
