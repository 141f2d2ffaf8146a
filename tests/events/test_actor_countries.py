"""The country of unnamed actors, as ACLED names them ("Unidentified Armed Group (Mexico)", "Protesters (Serbia)"):
from the country a text names, the event's place when resolved with good confidence, and no country without
evidence. Example notes written for these tests."""

from __future__ import annotations

from eventwire.eval.events import main_event


def _ev(run, text: str, published: str = "2020-05-10"):
    ev = main_event(run(text, published=published))
    assert ev is not None, text
    return ev


def test_gunmen_are_an_unidentified_armed_group_of_the_country(run):
    ev = _ev(run, "On 9 May 2020, in Celaya, Guanajuato, armed men driving two vehicles attacked a police patrol "
                  "using grenades.")
    assert ev.actor1.name == "Unidentified Armed Group (Mexico)" and ev.actor1.country == "Mexico"


def test_an_unknown_killer_is_named_with_the_country(run):
    ev = _ev(run, "On 9 May 2020, a man was shot dead by unknown assailants in Culiacan, Sinaloa.")
    assert ev.actor1.name.startswith("Unidentified Armed Group")
    assert ev.actor1.country == "Mexico"


def test_a_country_closing_an_unresolved_place_names_the_protesters(run):
    ev = _ev(run, "On 9 May 2020, citizens protested from their balconies in Nis, Serbia, against the government.")
    assert ev.event_type == "Protests"
    assert ev.actor1.name == "Protesters (Serbia)"


def test_the_event_place_outweighs_a_neighbour_state_named_in_the_story(run):
    # "California" weighs for the United States, but the event is in Tijuana, resolved to Mexico with confidence
    ev = _ev(run, "On 9 May 2020, in Tijuana, Baja California, armed men shot dead a woman in Colonia Lomas de la "
                  "Presa.")
    assert ev.actor2.name == "Civilians (Mexico)"
    assert ev.actor1.name == "Unidentified Armed Group (Mexico)"


def test_no_country_without_evidence(run):
    ev = _ev(run, "On 9 May 2020, unknown gunmen shot dead a trader in his shop.")
    assert ev.actor1.name == "Unidentified Armed Group" and ev.actor1.country is None


def test_the_islamic_state_is_given_the_country_it_acts_in(run):
    ev = _ev(run, "On 9 May 2020, Islamic State militants attacked an army checkpoint near Khanaqin in Diyala, Iraq, "
                  "killing two soldiers.")
    actors = [a for a in (ev.actor1, ev.actor2) if a is not None and a.name == "Islamic State"]
    assert actors and actors[0].country == "Iraq"


# ACLED notes and many wire reports tell a small place with the divisions it lies in ("Village (District,
# Province)", "Town, State"); the country of the unnamed actors comes from those divisions when the place itself is
# not in the gazetteer or resolves to a homonym abroad (ACLED codebook: actors named with their country).

def test_divisions_in_brackets_give_the_country_of_an_unknown_village(run):
    ev = _ev(run, "On 9 May 2020, gunmen killed four herders in the village of Wandabori (Torodi, Tillaberi).")
    assert ev.actor1.name == "Unidentified Armed Group (Niger)"
    assert ev.actor2.name == "Civilians (Niger)"


def test_divisions_after_a_comma_and_in_brackets_outweigh_a_homonym_abroad(run):
    ev = _ev(run, "On 9 May 2020, unknown gunmen killed a farmer in Tarba village, Gomboro subdivision (Mayo-Tsanaga, "
                  "Extreme-Nord).")
    assert ev.actor1.country == "Cameroon" and ev.actor2.name == "Civilians (Cameroon)"


def test_divisions_in_brackets_confirm_a_doubtful_town(run):
    ev = _ev(run, "On 9 May 2020, soldiers shot and injured a taxi driver in Mora town (Mayo-Sava, Extreme-Nord).")
    assert ev.actor1.name == "Military Forces of Cameroon"


def test_divisions_in_brackets_after_a_name_the_geoparser_missed(pipeline):
    from eventwire.events.countries import country_weights
    from eventwire.readers.base import make_document

    text = "On 9 May 2020, presumed militants killed three traders in the area of Kelbofa (Dori, Seno)."
    doc = pipeline.detect(pipeline.parse(make_document(text, published="2020-05-10")))
    doc._.ew_places = []  # a geoparser that took no word of the note for a place
    assert country_weights(doc, pipeline.kb, pipeline.geoparser.gazetteer) == {"Burkina Faso": 1.0}


def test_a_division_named_like_a_city_abroad_is_read_where_its_place_is(run):
    ev = _ev(run, "On 9 May 2020, in Concepcion (Tucuman), a group of workers blocked a road with burning tyres to "
                  "demand unpaid wages.")
    assert ev.actor1.country == "Argentina"


def test_a_state_abbreviation_is_not_read_as_a_country_code(run):
    # "KN" is a state of India here, and the ISO code of Saint Kitts and Nevis
    ev = _ev(run, "On 9 May 2020, nurses held a protest in Mysuru city (Mysuru, KN) demanding protective equipment.")
    assert ev.actor1.name == "Protesters (India)"


def test_a_country_on_its_currency_places_nothing(run):
    ev = _ev(run, "On 9 May 2020, protesters blocked the highway at Dahr el Baidar against the soaring US dollar "
                  "exchange rate.")
    assert ev.actor1.country != "United States"
    ev = _ev(run, "On 9 May 2020, protesters blocked the highway at Dahr el Baidar (Matn, Mount Lebanon) against the "
                  "soaring US dollar exchange rate.")
    assert ev.actor1.name == "Protesters (Lebanon)"


def test_an_identity_militia_is_named_with_its_country(run):
    # ACLED codebook: identity militias (inter code 4) are named with the country they act in
    ev = _ev(run, "On 9 May 2020, suspected Fulani militiamen attacked Ganguel village (Koro, Mopti), killing four "
                  "residents.")
    assert ev.actor1.name == "Fulani Ethnic Militia (Mali)" and ev.actor1.country == "Mali"
    ev = _ev(run, "On 9 May 2020, suspected Dozo hunters attacked a Fulani hamlet near Djenne (Djenne, Mopti), killing "
                  "three men.")
    assert ev.actor1.name == "Dozo Communal Militia (Mali)"


def test_a_named_group_gives_its_country_when_no_place_is_known(run):
    # no place the gazetteer knows: the one country the named group is from is where the report most likely happens
    ev = _ev(run, "On 9 May 2020, ADF rebels killed four farmers in the village of Kitobalemba.")
    assert ev.actor2.name == "Civilians (Democratic Republic of the Congo)"


def test_a_named_group_does_not_outweigh_a_place_abroad(run):
    ev = _ev(run, "On 9 May 2020, Al Shabaab militants killed two traders in Mandera, Kenya.")
    assert ev.actor2.name == "Civilians (Kenya)"


def test_the_forces_of_two_states_are_each_an_actor(run):
    # ACLED codebook: each state's forces are an actor of their own
    ev = _ev(run, "On 9 May 2020, the armies of Sudan and South Sudan clashed near Heglig.")
    assert {ev.actor1.name, ev.actor2.name} == {"Military Forces of Sudan", "Military Forces of South Sudan"}
    ev = _ev(run, "On 9 May 2020, military forces of Armenia and Azerbaijan exchanged fire along the border near "
                  "Tavush.")
    assert {ev.actor1.name, ev.actor2.name} == {"Military Forces of Armenia", "Military Forces of Azerbaijan"}


def test_a_people_before_a_states_forces_is_not_a_second_state(run):
    ev = _ev(run, "On 9 May 2020, clashes broke out between Palestinians and Israeli forces in the Silwan neighbourhood "
                  "of Jerusalem during a raid.")
    assert "Military Forces of Palestine" not in {a.name for a in (ev.actor1, ev.actor2) if a is not None}
    assert ev.actor2.name == "Military Forces of Israel"


def test_a_states_border_police_are_its_police(run):
    ev = _ev(run, "On 9 May 2020, youths threw stones at a jeep of the Israeli border police near the town of "
                  "Abu Dis.")
    assert "Police Forces of Israel" in {a.name for a in (ev.actor1, ev.actor2) if a is not None}


def test_divisions_after_another_spelling_in_square_brackets(run):
    ev = _ev(run, "On 9 May 2020, unknown gunmen killed three herders in the area of Wandabori [Ouandabori] (Torodi, "
                  "Tillaberi).")
    assert ev.actor2.name == "Civilians (Niger)"


def test_unnamed_islamist_militants_are_named_with_their_country(run):
    # ACLED names an Islamist group it cannot name with its country ("Islamist Militia (Mozambique)")
    ev = _ev(run, "On 9 May 2020, suspected Islamist militants attacked the village of Nangololo (Muidumbe, Cabo "
                  "Delgado) and burned several houses.")
    assert ev.actor1.country == "Mozambique" and ev.actor1.name.endswith("(Mozambique)")


def test_soldiers_named_after_a_foreign_army_are_that_army(run):
    # "the soldiers" refers back to the one army the report named with its country, not the story's country's
    result = run("Ugandan troops raided a rebel camp near Beni in eastern Congo on Monday. The soldiers killed six "
                 "rebels, the army said.", published="2020-05-10")
    doers = {e.actor1.name for e in result.events if e.actor1 is not None}
    assert doers == {"Military Forces of Uganda"}


def test_regime_forces_stay_the_home_state_after_a_foreign_army(run):
    ev = _ev(run, "On 9 May 2020, Turkish forces shelled regime positions near Saraqib in Idlib province.")
    assert ev.actor1.name == "Military Forces of Turkey" and ev.actor2.name == "Military Forces of Syria"
