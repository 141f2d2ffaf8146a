"""A border between two countries as an event's location ("on the border with Syria")."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.geo._borders import border_point, build_rows

NE_COUNTRIES = Path(__file__).resolve().parents[3] / "shared" / "data" / "natural-earth" / "geojson" \
    / "ne_110m_admin_0_countries.json"


def test_the_shipped_table_knows_which_countries_touch() -> None:
    lat, lon, km = border_point("SY", "IQ")
    assert border_point("IQ", "SY") == (lat, lon, km)
    assert 400 < km < 800 and 33.0 < lat < 37.5 and 38.5 < lon < 42.5  # the Iraq-Syria border, ~600 km
    assert border_point("FR", "JP") is None


@pytest.mark.skipif(not NE_COUNTRIES.exists(), reason="../shared Natural Earth data absent")
def test_the_table_is_rebuilt_from_natural_earth_as_shipped() -> None:
    rows = {(a, b): (lat, lon, km) for a, b, lat, lon, km in build_rows(NE_COUNTRIES)}
    assert rows[("AF", "PK")] == border_point("AF", "PK")
    assert ("BR", "FR") in rows  # French Guiana: a country's overseas parts have borders too


@pytest.mark.parametrize("text, pair", [
    ("Two soldiers were killed in clashes with militants on the Afghan-Pakistani border on Sunday.", ("AF", "PK")),
    ("Jihadists attacked an army post in Iraq, on the border with Syria, killing four soldiers on Monday.",
     ("IQ", "SY")),
    ("Gunmen killed five villagers near the border between Mali and Niger on Sunday.", ("ML", "NE")),
])
def test_an_event_on_a_border_is_placed_on_it(run, text, pair):  # type: ignore[no-untyped-def]
    [event] = run(text, "2024-03-05").events
    lat, lon, _ = border_point(*pair)
    assert (event.location.lat, event.location.lon) == (lat, lon)
    assert event.location.precision == 5 and event.location.geonames_id is None
    assert "border" in event.location.evidence[0].text


def test_a_border_town_named_in_the_sentence_is_the_place(run):  # type: ignore[no-untyped-def]
    [event] = run("Militants killed three soldiers in the border town of Jarablus on Monday.", "2024-03-05").events
    assert event.location.geonames_id is not None and event.location.precision == 1


def test_a_border_with_no_country_named_is_not_guessed(run):  # type: ignore[no-untyped-def]
    [event] = run("Gunmen killed two herders near the border on Friday.", "2024-03-05").events
    assert event.location is None or "border" not in event.location.name


def test_la_frontiere_avec_in_a_french_report(run):  # type: ignore[no-untyped-def]
    text = ("Lundi, des jihadistes ont attaqué un poste de l'armée en Irak, à la frontière avec la Syrie, "
            "tuant quatre soldats, selon une source sécuritaire.")
    [event] = run(text, "2024-03-05").events
    assert (event.location.lat, event.location.lon) == border_point("IQ", "SY")[:2]
    assert event.location.evidence[0].text == "la frontière avec la Syrie"
