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
