"""Which of the places in an event's sentence is where the event happened (``Geoparser.locate_event``)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    from eventwire.geo import Geoparser

    return Geoparser(geonames)


def _locate(gp, make_doc, text: str, trigger: str):  # type: ignore[no-untyped-def]
    doc = gp(make_doc(text))
    start = text.index(trigger)
    return gp.locate_event(doc, doc.char_span(start, start + len(trigger)))


def test_a_sea_taken_from_the_document_keeps_its_precision(gp, make_doc):
    place = _locate(gp, make_doc, "A boat carrying migrants capsized in the Mediterranean on Monday. "
                                  "Rescuers said 40 people died.", "died")
    # the nearest place is one step coarser, never finer: a sea (UCDP 7, international waters) stays 7, not 6
    assert place is not None and place.geonames_id == 363196
    assert (place.precision, place.geo_precision) == (7, 3)
    assert "ocean, sea or world region" in (place.description or "")


@pytest.mark.parametrize(("text", "trigger", "quarter", "town"), [
    ("Gunmen killed a village administrator in Mogadishu's Qzyxwar district on Sunday night.", "killed",
     "Qzyxwar", "Mogadishu"),
    ("Five women were killed at a wedding in the village of Qzyxwan, forty miles north of Kabul.", "killed",
     "Qzyxwan", "Kabul"),
    # the town before the part word, the quarter after "of"
    ("Nine people were killed in shelling on the Homs neighbourhood of Khalidiya on Friday.", "killed",
     "Khalidiya", "Homs"),
])
def test_a_quarter_the_gazetteer_lacks_is_the_place_at_its_towns_point(gp, make_doc, text, trigger, quarter, town):
    place = _locate(gp, make_doc, text, trigger)
    # the quarter is where it happened: named as the text names it, at the town's point, coarser, no GeoNames id
    assert place is not None and place.evidence[0].text == quarter and place.name == quarter
    assert place.geonames_id is None and place.precision == 3 and town in (place.description or "")


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("Unknown assailants walked into the Qzyx Rosas bar in Chihuahua before midnight and began shooting.",
     "shooting", "Chihuahua"),
    ("Qzyxczyk, 44, an officer with the brigade, was shot in an ambush north of Karbala on Thursday.", "shot",
     "Karbala"),
])
def test_a_name_not_used_as_a_place_does_not_take_the_towns_place(gp, make_doc, text, trigger, town):
    place = _locate(gp, make_doc, text, trigger)
    # a bar's name or a person's name the recognizer took for a place is not the event's place: the town is
    assert place is not None and place.evidence[0].text == town and place.geonames_id is not None


def test_a_division_the_gazetteer_lacks_is_not_a_quarter_of_a_town(gp, make_doc):
    text = "Gunmen killed 13 civilians on a bus in Saydabad District of Wardag Province."
    place = _locate(gp, make_doc, text, "killed")
    # "Wardag Province" (spelt as the gazetteer does not) was placed near a town: it is no quarter of it
    assert place is not None and place.evidence[0].text == "Saydabad" and place.geonames_id is not None


def test_a_place_in_another_verbs_clause_is_not_where_the_event_happened(gp, make_doc):
    text = ("Rebels launched a counter-offensive in the East Ghouta region of rural Damascus on Saturday after their "
            "former allies seized the village of Kafr Batna near Douma.")
    place = _locate(gp, make_doc, text, "launched")
    # the seizing happened at Kafr Batna; the launching in the East Ghouta region ("East" parsed as an adjective)
    assert place is not None and place.evidence[0].text == "East Ghouta"


def test_a_village_the_gazetteer_lacks_is_the_event_place_at_the_point_of_its_division(gp, make_doc):
    text = ("Insurgents today attacked Bulabarko village, killed eight people and abducted a cleric in Gujba Local "
            "Government Area of Yobe State.")
    doc = gp(make_doc(text))
    state = next(p.toponym.place for p in doc._.ew_places if p.span.text == "Yobe State")
    assert state is not None
    start = text.index("attacked")
    place = gp.locate_event(doc, doc.char_span(start, start + len("attacked")))
    # the village attacked is the event's place, said to be known only as well as the place it is named with
    # (the local government area, else the state)
    assert place is not None and place.evidence[0].text.startswith("Bulabarko")
    named = [p.toponym.place for p in doc._.ew_places if p.toponym.place is not None and p.span.text != "Bulabarko"]
    around = next(q for q in named if (q.lat, q.lon) == (place.lat, place.lon))
    assert place.geonames_id is None and place.precision == max(around.precision, 3)
    assert place.confidence < around.confidence and "lacks" in (place.description or "")
    assert place.confidence < state.confidence



@pytest.mark.parametrize(("text", "trigger"), [
    ("Some analysts believed that Russia was making a mistake by directly entering the conflict.", "entering"),
    ("They say Moscow is not putting pressure on the militias to abide by the ceasefire.", "abide"),
])
def test_a_place_nothing_ties_to_the_event_does_not_say_where_it_happened(gp, make_doc, text, trigger):
    place = _locate(gp, make_doc, text, trigger)
    # the sentence names a place, but not as the event's: at most the document's nearest place, said to be so
    assert place is None or (place.description or "").startswith("not stated in the event's sentence")


@pytest.mark.parametrize("text", [
    "According to a military source in Aleppo, the army foiled the offensive overnight.",
    "The army foiled the offensive overnight, an official said in Geneva.",
])
def test_where_the_source_is_is_not_where_the_event_happened(gp, make_doc, text):
    place = _locate(gp, make_doc, text, "foiled")
    assert place is None or (place.description or "").startswith("not stated in the event's sentence")


def test_a_country_in_a_groups_name_is_not_where_the_event_happened(gp, make_doc):
    text = ("The Syrian Air Force launched another aerial campaign across Syria, striking several areas under the "
            "control of the Islamic State of Iraq and Al-Sham (ISIS).")
    place = _locate(gp, make_doc, text, "striking")
    assert place is not None and place.name == "Syria"


def test_a_march_through_a_place_is_there(gp, make_doc):
    text = "It shows General Sherman, the Union leader who marched through Georgia, at the Parthenon in Nashville."
    place = _locate(gp, make_doc, text, "marched")
    assert place is not None and place.name == "Georgia"


def test_a_town_saying_where_a_group_is_based_is_not_where_the_event_happened(gp, make_doc):
    text = "Fighting killed 104 civilians, according to the toll compiled by the London-based organization."
    place = _locate(gp, make_doc, text, "killed")
    assert place is None or "London" not in place.name


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Gunmen killed five villagers in the village of Qzyxwan on Sunday.", "killed", "Qzyxwan"),
    ("Rebels clashed with troops in Qzyxwar district.", "clashed", "Qzyxwar"),
])
def test_a_name_the_gazetteer_lacks_alone_in_its_sentence_is_the_event_place_without_a_point(
        gp, make_doc, text, trigger, name):
    place = _locate(gp, make_doc, text, trigger)
    # the sentence says where: the name, with its evidence, but no point and no GeoNames id
    assert place is not None and place.name == name and place.evidence[0].text == name
    assert place.lat is None and place.lon is None and place.geonames_id is None


def test_a_name_the_gazetteer_lacks_takes_the_country_all_the_storys_places_share(gp, make_doc):
    one = "Fighting flared across Syria on Monday. Gunmen killed five villagers in the village of Qzyxwan on Sunday."
    two = ("Fighting flared in Syria and Iraq on Monday. Gunmen killed five villagers in the village of Qzyxwan "
           "on Sunday.")
    assert _locate(gp, make_doc, one, "killed").country == "Syria"
    assert _locate(gp, make_doc, two, "killed").country is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("He broke into the house after murdering Gnanaprakasam.", "murdering"),  # a person, the object of a killing
    ("It has occupied the old houses of the city's old-school Brahmins.", "occupied"),  # "of": whose, not where
])
def test_a_name_the_gazetteer_lacks_not_plainly_a_place_is_not_the_event_place(gp, make_doc, text, trigger):
    assert _locate(gp, make_doc, text, trigger) is None


def test_a_name_the_gazetteer_lacks_after_the_port_city_of_is_the_event_place(gp, make_doc):
    place = _locate(gp, make_doc, "Navy commandos raided a villa in the port city of Qzyxawe early Saturday.", "raided")
    assert place is not None and place.name == "Qzyxawe" and place.lat is None


def test_a_name_before_a_site_word_in_lower_case_is_the_event_place(gp, make_doc):
    place = _locate(gp, make_doc, '"We have captured the Qzyxadicholai base of the Tigers," the spokesman said.',
                    "captured")
    assert place is not None and place.name == "Qzyxadicholai" and place.lat is None
