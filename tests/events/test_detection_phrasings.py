"""Event detection of phrasings that name an event without the usual trigger word, and of the ones that
look like an event and are not. Sentences written for these tests (none from any evaluation file)."""

from __future__ import annotations

import pytest


def _current(result):
    return [ev for ev in result.events if ev.modality in ("reported", "claimed")]


def _types(result):
    return [(ev.event_type, ev.sub_event_type) for ev in _current(result)]


@pytest.mark.parametrize("text", [
    "On 3 June 2021, in Celaya, Guanajuato, two human heads were found near a bus stop.",
    "On 3 June 2021, in Celaya, Guanajuato, five bags that contained human remains were found on a dirt road.",
    "On 3 June 2021, in Celaya, Guanajuato, a man and a woman were found dead.",
    "On 3 June 2021, in Celaya, Guanajuato, the body of a man who was handcuffed was found.",
])
def test_a_body_found_is_a_killing(run, text):
    assert ("Violence against civilians", "Attack") in _types(run(text, published="2021-06-04"))


def test_remains_of_a_building_are_no_killing(run):
    result = run("Archaeologists said the remains of a Roman villa were found near the river on Monday.",
                 published="2021-06-04")
    assert _current(result) == []


def test_weapons_found_or_defused_are_disrupted_weapons_use_not_explosions(run):
    for text in ("On 4 June 2021, police discovered a large cache of explosives in a forest near Kalymnos.",
                 "On 4 June 2021, an IED was found on a roadside near Djibo and was defused by soldiers."):
        types = _types(run(text, published="2021-06-05"))
        assert types and all(t == ("Strategic developments", "Disrupted weapons use") for t in types), (text, types)


def test_a_detonated_ied_is_still_an_explosion(run):
    types = _types(run("On 4 June 2021, militants detonated an IED under a military vehicle near Djibo, killing "
                       "two soldiers.", published="2021-06-05"))
    assert types and types[0][0] == "Explosions/Remote violence"


def test_property_destroyed_by_unnamed_people_is_an_event(run):
    for text in ("On 2 June 2021, unidentified arsonists set fire to a vehicle belonging to a bank in Thessaloniki.",
                 "On 2 June 2021, unknown arsonists torched a telecommunications mast in Limassol."):
        assert ("Strategic developments", "Looting/property destruction") in _types(
            run(text, published="2021-06-03")), text


def test_a_name_given_in_passing_does_not_make_a_clash_a_forecast(run):
    # "called" (named) is not "called for": the clash happened
    result = run("On 3 June 2021, two factions of the militia, called Alpha and Bravo, clashed in Kabushwa, "
                 "resulting in 4 rebels killed.", published="2021-06-04")
    assert ("Battles", "Armed clash") in _types(result)


def test_an_attempt_that_was_made_is_an_event_and_a_plan_is_not(run):
    made = run("On 5 June 2021, unidentified gunmen attempted to assassinate a trader in the market of Aden, "
               "seriously injuring him.", published="2021-06-06")
    assert _current(made), "an attempted killing that wounded its target happened"
    planned = run("Unidentified gunmen plan to assassinate a trader in the market of Aden.", published="2021-06-06")
    assert _current(planned) == []


def test_the_next_trigger_names_the_event_when_the_first_codes_to_nothing(run):
    # "freed a suspect" names no release of prisoners; the burning does name an event
    result = run("On 3 June 2021, residents of Tevikope freed a suspected cattle thief from police custody and "
                 "burnt down the cottage of the complainant.", published="2021-06-04")
    assert _current(result)
    assert _current(result)[0].evidence[0].text in ("burnt", "burnt down")


def test_participles_and_irregular_verbs_the_tagger_gets_wrong(run):
    lynched = run("On 4 June 2021, in Ouahigouya, a man who allegedly stole a goat was held and nearly lynched "
                  "by residents.", published="2021-06-05")
    assert [t for t in _types(lynched) if t[0] == "Riots"]
    stole = run("On 24 April 2021, armed individuals stole about 100 head of cattle in Sebba.",
                published="2021-04-25")
    assert ("Strategic developments", "Looting/property destruction") in _types(stole)


def test_observed_fire_in_a_list_of_units_is_a_clash(run):
    result = run("On 6 May 2021, the monitoring mission observed a total of 79 projectiles/explosions/shots/bursts "
                 "of fire involving small arms in both directions of the frontline near Sokilnyky.",
                 published="2021-05-07")
    assert ("Battles", "Armed clash") in _types(result)


def test_militant_targets_are_targets(run):
    result = run("On 3 May 2021, the military forces of Mozambique bombed Islamic militant targets in Rio "
                 "Messalo.", published="2021-05-04")
    assert _types(result) and _types(result)[0][0] == "Explosions/Remote violence"
    figure = run("The company hit its sales target for the third quarter, the chief executive said.")
    assert _current(figure) == []


def test_opened_fire_is_a_shooting(run):
    result = run("On 1 May 2021, four unidentified men opened fire outside the house of a provincial lawmaker in "
                 "Toba Tek Singh.", published="2021-05-02")
    assert _current(result)
