"""A compass part of a country ("in the south-west", "in northern Mali") as an event's location."""

from __future__ import annotations

from eventwire.geo._areas import compass_area


def test_the_south_west_of_a_country_is_its_south_western_divisions(geonames):  # type: ignore[no-untyped-def]
    (lat, lon), chosen = compass_area(geonames, "SY", "southwest")
    names = {d.name for d in chosen}
    assert "Daraa" in names and "Quneitra" in names
    assert not names & {"Al-Hasakah", "Aleppo", "Deir ez-Zor", "Ar-Raqqah"}
    north = compass_area(geonames, "SY", "north")[0]
    assert north[0] > lat + 2  # the north lies well north of the south-west


def test_the_reference_articles_raids_in_the_south_west_are_placed_there(seed_result):  # type: ignore[no-untyped-def]
    [raids] = [e for e in seed_result.events if e.actor1 and "Syria" in e.actor1.name
               and e.sub_event_type == "Air/drone strike"]
    place = raids.location
    assert place.country == "Syria" and place.precision == 5 and place.geonames_id is None
    assert place.lat < 34.0 and place.lon < 37.0  # Daraa, Quneitra, Damascus: not the country's centre
    assert [e.text for e in place.evidence] == ["the south-west"]


def test_northern_country_is_the_north_of_that_country(run):  # type: ignore[no-untyped-def]
    result = run("Gunmen attacked a military post in northern Mali on Sunday, killing four soldiers.", "2024-03-05")
    [event] = result.events
    assert event.location.country == "Mali" and event.location.precision == 5
    assert event.location.lat > 16.0  # Kidal, Timbuktu, Gao: Bamako lies at 12.6


def test_a_town_named_in_the_sentence_is_kept_over_a_compass_area(run):  # type: ignore[no-untyped-def]
    result = run("Gunmen attacked a military post in the town of Gao, in the north, on Sunday, killing four soldiers.",
                 "2024-03-05")
    [event] = result.events
    assert event.location.name == "Gao" and event.location.precision == 1


def test_the_north_of_a_city_is_no_part_of_a_country(run):  # type: ignore[no-untyped-def]
    result = run("A bomb exploded in the north of Kabul on Sunday, killing two people.", "2024-03-05")
    [event] = result.events
    assert event.location.name == "Kabul"


def test_two_compass_parts_are_not_one_area(run):  # type: ignore[no-untyped-def]
    result = run("Warplanes bombed rebel positions in the north and south of Iraq on Sunday.", "2024-03-05")
    [event] = result.events
    assert event.location.name == "Iraq" and event.location.precision == 6


def test_le_sud_ouest_in_a_french_report_is_the_south_west_of_its_country(run):  # type: ignore[no-untyped-def]
    text = ("Les combats se poursuivent en Syrie. Lundi, des raids aériens du régime ont tué six combattants "
            "jihadistes dans le sud-ouest, selon l'Observatoire syrien des droits de l'homme.")
    [event] = run(text, "2024-03-05").events
    assert event.location.country == "Syria" and event.location.precision == 5
    assert [e.text for e in event.location.evidence] == ["le sud-ouest"]
    assert event.location.lat < 34.0 and event.location.lon < 37.0
