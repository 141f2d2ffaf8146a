"""Toponym recognition a reader would notice: places spaCy's small model tags as people, peoples or
organisations, found by the gazetteer in a spatial slot."""

from __future__ import annotations

import pytest

from eventwire.geo import Geoparser


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    return Geoparser(geonames)


def _found(gp, make_doc, text):  # type: ignore[no-untyped-def]
    doc = gp(make_doc(text))
    return {p.span.text: p for p in doc._.ew_places}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("The two armies shelled each other in early June in Kisangani, leaving 300 civilians dead.", "Kisangani",
     "Democratic Republic of the Congo"),
    ("The army earlier last month captured Jaffna, the capital of a de facto state.", "Jaffna", "Sri Lanka"),
    ("Gunmen opened fire at a Sufi shrine on the outskirts of Karachi.", "Karachi", "Pakistan"),
    ("The commander was killed in the northern countryside of Aleppo.", "Aleppo", "Syria"),
    ("1711 - Rio de Janeiro is captured by the French.", "Rio de Janeiro", "Brazil"),
    ("The rebels continued their offensive in the Aleppo Governorate on Sunday.", "Aleppo Governorate", "Syria"),
    ("The fighting moved to the southwestern sector of Aleppo overnight.", "Aleppo", "Syria"),
    ("Snipers fired at demonstrators who thronged Hama on Friday.", "Hama", "Syria"),
    ("The aid trucks attempted to enter eastern Aleppo through the crossing.", "Aleppo", "Syria"),
])
def test_a_well_known_place_ner_mislabels_is_found(gp, make_doc, text, name, country):
    found = _found(gp, make_doc, text)
    assert name in found and found[name].role == "place"
    assert found[name].toponym.place is not None and found[name].toponym.place.country == country


def test_a_place_before_countryside_is_a_place_not_a_government(gp, make_doc):
    found = _found(gp, make_doc, "Rebels launched another powerful assault in the northern Hama countryside.")
    assert found["Hama"].role == "place" and found["Hama"].toponym.place.country == "Syria"


def test_a_person_in_a_non_spatial_slot_stays_a_person(gp, make_doc):
    found = _found(gp, make_doc, "Jordan said on Monday that he would retire after the season.")
    assert "Jordan" not in found


def test_a_big_city_or_a_country_inside_an_organisation_name_is_found_as_a_modifier(gp, make_doc):
    found = _found(gp, make_doc, "The Toronto Star said Air Zimbabwe cancelled its flights.")
    assert found["Toronto"].role == "metonym" and found["Toronto"].toponym.place.country == "Canada"
    assert found["Zimbabwe"].role == "metonym" and found["Zimbabwe"].toponym.place.country == "Zimbabwe"


@pytest.mark.parametrize("text", [
    "Russia is stepping up its aerial attacks on Aleppo ahead of a ground attack on Aleppo.",
    "The regime launched a new offensive on Aleppo on Thursday.",
])
def test_a_city_after_an_attack_on_is_a_place_even_when_ner_calls_it_a_people(gp, make_doc, text):
    found = _found(gp, make_doc, text)
    assert "Aleppo" in found and found["Aleppo"].role == "place"
    assert found["Aleppo"].toponym.place.country == "Syria"


def test_a_person_after_an_attack_on_stays_a_person(gp, make_doc):
    found = _found(gp, make_doc, "The senator condemned the attacks on Jordan Peterson in the press.")
    assert not any(name.startswith("Jordan") for name in found)


def _all(gp, make_doc, text):  # type: ignore[no-untyped-def]
    doc = gp(make_doc(text))
    return [(p.span.text, p.span.start_char, p.role) for p in doc._.ew_places]


def test_a_name_found_as_a_place_is_a_place_again_later_in_the_story(gp, make_doc):
    text = ("A clerk was arrested in Gainesville on Monday. Gainesville police said Sullivan cut two women. "
            "Gainesville Mayor Ed Braddy called for calm.")
    found = _all(gp, make_doc, text)
    starts = [s for name, s, _ in found if name == "Gainesville"]
    assert len(starts) == 3
    assert ("Gainesville", text.index("Gainesville Mayor"), "metonym") in found  # within a longer name


def test_the_surname_of_someone_named_in_full_is_not_a_place(gp, make_doc):
    text = "Mikheil Saakashvili spoke in Tbilisi. Russia blamed Saakashvili for the war in South Ossetia."
    names = [name for name, _, _ in _all(gp, make_doc, text)]
    assert "Saakashvili" not in names


def test_a_dateline_with_its_state_is_the_town_filed_from(gp, make_doc):
    found = _found(gp, make_doc, "ALBUQUERQUE, N.M. (AP) — A judge ruled on Tuesday that the law stands.")
    assert "ALBUQUERQUE" in found and found["ALBUQUERQUE"].toponym.place.geonames_id == 5454711


def test_short_official_names_of_countries_are_found(gp, make_doc):
    found = _found(gp, make_doc, "The DPRK test-fired a missile on Sunday, and the Holy See appealed for calm.")
    assert found["DPRK"].toponym.place.geonames_id == 1873107
    assert found["Holy See"].toponym.place.geonames_id == 3164670


def test_two_word_and_adjective_demonyms_name_their_country(gp, make_doc):
    found = _found(gp, make_doc, "North Korean troops and Philippine marines were seen near the border.")
    assert found["North Korean"].role == "demonym" and found["North Korean"].toponym.place.geonames_id == 1873107
    assert found["Philippine"].role == "demonym" and found["Philippine"].toponym.place.country == "Philippines"


def test_a_word_the_story_also_writes_in_lower_case_is_no_unknown_place(gp, make_doc):
    text = ("He launched his book, Transforming the African Public Service, in Abuja. The book is about "
            "transforming the civil service.")
    names = [name for name, _, _ in _all(gp, make_doc, text)]
    assert "Abuja" in names and "Transforming" not in names


def test_a_state_after_a_town_and_a_comma_is_where_the_town_is(gp, make_doc):
    found = _found(gp, make_doc, "A fire destroyed a warehouse in Surrey, BC on Monday. Police in Kelowna, B.C. said "
                                 "the roads were closed.")
    for name in ("BC", "B.C."):
        assert name in found and found[name].role == "place"  # not a government that "said" anything
        assert found[name].toponym.place is not None and found[name].toponym.place.name == "British Columbia"


def test_an_era_abbreviation_is_not_a_province(gp, make_doc):
    found = _found(gp, make_doc, "The temple near Luxor was built in 300 BC, archaeologists said.")
    assert "BC" not in found


@pytest.mark.parametrize(("text", "site"), [
    ("ISIS launched a new assault on the Deir Ezzor Military Airport today.", "Deir Ezzor Military Airport"),
    ("ISIS began the assault by storming the army's checkpoints outside the Qzyxreen Power Plant on Saturday.",
     "Qzyxreen Power Plant"),
])
def test_a_site_named_in_a_spatial_slot_is_a_place_whole(gp, make_doc, text, site):
    found = _found(gp, make_doc, text)
    # the whole site, not the town in its name read as a government or a firm
    assert site in found and found[site].role == "place"


def test_a_hospital_or_a_street_is_not_taken_as_a_site(gp, make_doc):
    found = _found(gp, make_doc, "Police said the man was treated at Qzyx Memorial Hospital on Qzyx Street.")
    assert not any("Hospital" in name or "Street" in name for name in found)


@pytest.mark.parametrize(("text", "name"), [
    ("The army and its allies captured several building blocks inside Sheikh Sa’eed tonight.", "Sheikh Sa’eed"),
    ("The rebels captured the villages of Qal’ajiyah and Alhumayra.", "Qal’ajiyah"),
])
def test_a_name_with_an_apostrophe_inside_is_found_whole(gp, make_doc, text, name):
    found = _found(gp, make_doc, text)
    assert any(p.toponym.text == name for p in found.values())


@pytest.mark.parametrize(("text", "acronym"), [
    ("He had a long-running dispute with a gang known as Killy or SK from the estate.", "SK"),
    ("The driver turned on to CR 2202 and stopped in the grass.", "CR"),
])
def test_capitals_without_a_vowel_outside_a_spatial_slot_are_not_a_place(gp, make_doc, text, acronym):
    assert acronym not in _found(gp, make_doc, text)


def test_capitals_without_a_vowel_after_a_place_and_a_comma_are_its_province(gp, make_doc):
    found = _found(gp, make_doc, "Police in Surrey, BC said two men were arrested.")
    assert "BC" in found and found["BC"].role == "place"


@pytest.mark.parametrize(("text", "line"), [
    ("Couple faces multiple drug counts. CLINTON — A town couple faces charges.", "CLINTON"),
    ("Shingleton planning to run for re-election. CROMWELL — The third Democrat to enter the race said.",
     "CROMWELL"),
])
def test_a_dateline_in_capitals_before_a_dash_is_a_place_whatever_ner_says(gp, make_doc, text, line):
    found = _found(gp, make_doc, text)
    assert line in found and found[line].role == "place" and found[line].toponym.place is not None


def test_a_dateline_is_a_place_wherever_the_story_writes_it_again(gp, make_doc):
    found = _found(gp, make_doc, "Suspect struck by car . ROSWELL - A man Roswell police say shoplifted a bracelet.")
    assert "ROSWELL" in found and "Roswell" in found


def test_an_acronym_in_brackets_before_a_hyphenated_name_is_no_dateline(gp, make_doc):
    found = _found(gp, make_doc, "The rebels of Free Syrian Army (FSA), Jabhat Al-Shamiya, and others launched an "
                                 "offensive.")
    assert "FSA" not in found


@pytest.mark.parametrize(("text", "town"), [
    ("Stephen Davis, of Chiefland, had been arguing with a neighbour.", "Chiefland"),  # NER: an organisation
    ("Gomez was arrested by Danbury police on Monday night.", "Danbury"),
])
def test_a_hometown_or_a_towns_police_is_a_place(gp, make_doc, text, town):
    found = _found(gp, make_doc, text)
    assert town in found and found[town].role == "place"


def test_capitals_before_a_local_body_are_not_a_town(gp, make_doc):
    text = "The man later died at a hospital. SWAT officers soon surrounded the home and tried to persuade him."
    assert "SWAT" not in _found(gp, make_doc, text)


@pytest.mark.parametrize(("text", "name", "role"), [
    ("He was arraigned in Bantam Superior Court on Tuesday.", "Bantam", "place"),  # the court is in the town
    ("Corsicana Police Department and the inspector general investigated.", "Corsicana", "metonym"),
])
def test_a_town_before_its_own_court_or_police_is_found(gp, make_doc, text, name, role):
    found = _found(gp, make_doc, text)
    assert name in found and found[name].role == role


@pytest.mark.parametrize(("text", "name"), [
    ("Their forces shot down a helicopter near the village of Qzyxaysis in the countryside.", "Qzyxaysis"),
    ("Three bystanders were killed near a marketplace in the northern Baghdad neighborhood of al-Qzyxamiyah.",
     "al-Qzyxamiyah"),
])
def test_the_name_after_the_village_of_is_a_place_known_or_not(gp, make_doc, text, name):
    found = _found(gp, make_doc, text)
    assert name in found and found[name].role == "place"


@pytest.mark.parametrize(("text", "name"), [
    ("Three insurgents were killed before the rebel forces withdrew from Kafr Qzyxuda.", "Kafr Qzyxuda"),
    ("In Tuz Qzyxmatu, two bombs exploded in a livestock market, killing eight people.", "Tuz Qzyxmatu"),
])
def test_a_name_where_only_a_place_can_stand_is_a_place_though_the_gazetteer_lacks_it(gp, make_doc, text, name):
    found = _found(gp, make_doc, text)
    assert name in found and found[name].role == "place"


@pytest.mark.parametrize("text", [
    "The car was found in Qzyx Drive on Monday.",
    "Their study was published in New Qzyx Journal of Medicine on Thursday.",
])
def test_a_street_or_a_journal_in_that_slot_is_not_a_place(gp, make_doc, text):
    assert not any("Qzyx" in name for name in _found(gp, make_doc, text))


@pytest.mark.parametrize("text", [
    "The army launched an offensive that targeted the southern Aleppo districts under the control of the rebels.",
    "Continuing the carnage of civilians in government-held Aleppo, 5 civilians were killed.",
])
def test_a_town_before_its_districts_or_after_x_held_is_a_place(gp, make_doc, text):
    found = _found(gp, make_doc, text)
    assert "Aleppo" in found and found["Aleppo"].toponym.place.country == "Syria"


def test_a_name_in_capitals_before_a_colon_that_opens_a_story_is_a_dateline(gp, make_doc):
    found = _found(gp, make_doc, "CHENNAI: Two businessmen were found murdered. NOTE: The meeting was cancelled.")
    assert "CHENNAI" in found and found["CHENNAI"].toponym.place.country == "India" and "NOTE" not in found


def test_a_name_before_a_disease_word_is_the_disease_wherever_the_story_writes_it(gp, make_doc):
    text = ("Marburg haemorrhagic fever is still spreading in Angola. Because Marburg kills more slowly, a victim "
            "has more time to infect others. Two people died in Marburg last year.")
    found = [p for p in gp(make_doc(text))._.ew_places]
    marburg = [p for p in found if p.span.text == "Marburg"]
    # only the one after "in" is the town; "Angola" stays a place
    assert len(marburg) == 1 and text[marburg[0].toponym.start - 3:marburg[0].toponym.start] == "in "
    assert any(p.span.text == "Angola" for p in found)
