"""Turning a chosen candidate into a public ``Place`` with precision levels and a description."""

from __future__ import annotations

from .base import WORLD_CODES, Candidate, Gazetteer

__all__ = ["PRECISION", "make_place"]

# kind -> (UCDP where_prec, ACLED geo_precision)
PRECISION = {
    "city": (1, 1), "admin2": (3, 2), "admin1": (4, 3), "physical": (5, 2), "country": (6, 3), "continent": (7, 3),
}
# an ocean, a sea or a world region no country holds: UCDP's 7 (international waters, larger than a country)
_WORLD_PRECISION = (7, 3)
_WORDS = {"city": "populated place", "admin2": "second-order division", "admin1": "first-order division",
          "physical": "physical feature", "country": "country", "continent": "continent"}


def _admin_names(gaz: Gazetteer, c: Candidate) -> tuple[str | None, str | None, str | None]:
    country = gaz.country(c.country_code) if c.country_code else None
    admin1 = gaz.admin1(c.country_code, c.admin1_code) if c.country_code and c.admin1_code else None
    if c.kind == "admin1":
        admin1 = c
    return (country.name if country else None, gaz.iso3(c.country_code) if c.country_code else None,
            admin1.name if admin1 else None)


def make_place(gaz: Gazetteer, c: Candidate, *, evidence: list | None = None, confidence: float = 0.5,
               description: str | None = None, precision: int | None = None, geo_precision: int | None = None,
               lat: float | None = None, lon: float | None = None, name: str | None = None):  # type: ignore[no-untyped-def]
    from ..model import Place

    country, iso3, admin1 = _admin_names(gaz, c)
    world = c.feature_code in WORLD_CODES and not c.country_code
    prec, geo_prec = _WORLD_PRECISION if world else PRECISION[c.kind]
    where = ", ".join(x for x in (admin1 if c.kind != "admin1" else None, country) if x)
    word = "ocean, sea or world region" if world else _WORDS[c.kind]
    desc = description or f"{c.name} ({word}{', ' + where if where else ''}), GeoNames point"
    return Place(
        name=name or c.name, geonames_id=c.geonames_id, lat=lat if lat is not None else c.lat,
        lon=lon if lon is not None else c.lon, country=country if c.kind != "continent" else None, iso3=iso3,
        admin1=admin1, feature_code=c.feature_code, precision=precision or prec,
        geo_precision=geo_precision or geo_prec, description=desc, confidence=max(0.0, min(1.0, confidence)),
        evidence=evidence or [],
    )
