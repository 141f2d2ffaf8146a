"""Forms of protest and riot that a coder notes tersely, written for these tests in the style of short
conflict notes (never rows of a gold file), each coded by the ACLED codebook's definitions:

- Protests: "a public demonstration against a political entity, government institution, policy or group"
  by non-violent participants; force used to disperse them is a Protest with intervention;
- Riots: violent demonstrations and mob violence by unorganised, unarmed people, whoever they fight: a crowd
  of workers, hawkers or riders fighting the police is a riot, not a battle between armed, organised sides.
"""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _coded(run, text):
    ev = main_event(run(text, published="2016-06-15"))
    return (ev.event_type, ev.sub_event_type) if ev else (None, None)


@pytest.mark.parametrize("text", [
    "Cyclo drivers clashed with police in Bandundu after a colleague was run over.",
    "Boda boda riders fought with police in Mbarara over new parking fees.",
    "Street hawkers fought with municipal police in Bulawayo.",
    "Artisanal miners clashed with police at a gold site near Tarkwa.",
    "Squatters fought with police during an eviction in Eldoret.",
])
def test_unarmed_workers_fighting_police_riot(run, text):
    # ACLED codebook, Riots: rioters are unarmed people; a clash with the police is not a Battle
    assert _coded(run, text)[0] == "Riots"


def test_a_running_battle_of_police_and_protesters_is_a_riot(run):
    # demonstrators who fight the police are violent demonstrators, not a protest met by force
    assert _coded(run, "Running battles between police and protesters in Mombasa.") == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Pupils went on the rampage at a secondary school in Kisii.",
    "Youths rampaged through the bus park in Mbale.",
])
def test_a_crowd_on_the_rampage_riots(run, text):
    assert _coded(run, text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "A boxer went on a rampage in a hotel lobby in Lagos after his title fight.",
    "A buffalo went on a rampage in a village near Kasese.",
])
def test_a_rampage_of_one_man_or_an_animal_is_no_riot(run, text):
    assert _coded(run, text)[0] != "Riots"


def test_rioters_blocking_a_highway_are_demonstrating(run):
    # ACLED codebook, Protests/Riots: a road blockade by demonstrators is a demonstration; rioters are violent ones
    assert _coded(run, "Rioters blocked the coastal highway with sand mounds near Tripoli.")[0] == "Riots"


def test_police_teargassing_protesters_is_a_protest_with_intervention(run):
    assert _coded(run, "Police teargassed protesters in Kisumu.") == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Strike by nurses at Moi Teaching Hospital.",
    "Lecturers' strike in Makerere enters its third week.",
    "Minibus operators embarked on a strike in Tamale.",
    "As strikes at hospitals in Nakuru continue, clinical officers protested the county's failure to pay them.",
])
def test_a_strike_of_workers_is_no_attack(run, text):
    # a workers' strike named by its strikers or their workplace is their protest (as "went on strike" is),
    # never an attack on the hospital
    assert _coded(run, text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Air strikes at a hospital in Maarat al-Numan killed 9 people.",
    "Strikes at a clinic in Saraqib killed 4 civilians.",
])
def test_a_strike_that_kills_is_not_a_labour_strike(run, text):
    assert _coded(run, text)[0] not in ("Protests", "Riots")


@pytest.mark.parametrize("text", [
    "Imbonerakure and MSD members fought one another with sticks in Gitega during a campaign meeting.",
    "Imbonerakure and Sahwanya-Frodebu supporters clashed in Makamba; 4 injured.",
    "Imbonerakure and UPRONA clashed with machetes in Rumonge.",
])
def test_a_party_militia_brawling_with_party_supporters_riots(run, text):
    # party supporters are rioters, not an organised armed group: their fight with a party's youth wing is
    # Mob violence (ACLED codebook, Riots), not a Battle
    assert _coded(run, text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Imbonerakure and FNL rebels exchanged fire in Bubanza.",
    "Raia Mutomboki and FDLR clashed in Kalehe; 3 killed.",
])
def test_a_militia_fighting_an_armed_group_is_a_battle(run, text):
    assert _coded(run, text)[0] == "Battles"


def test_youths_of_two_faiths_brawling_riot(run):
    # unorganised young people with no weapon and nobody killed: a mob (ACLED codebook, Riots: Mob violence)
    assert _coded(run, "Christian and Muslim youths clashed near the central mosque in Jos.") == ("Riots", "Mob violence")


def test_youths_of_two_faiths_who_kill_are_not_a_brawl(run):
    assert _coded(run, "Christian and Muslim youths clashed in Jos; 6 killed.") != ("Riots", "Mob violence")


def test_guards_intervening_to_hold_back_protesters_is_a_protest_with_intervention(run):
    # ACLED codebook, Protests: Protest with intervention (a coercive attempt to disperse or suppress a protest)
    text = "Presidential guards intervened to stop dozens of protesters from approaching the governor in Kaedi."
    assert _coded(run, text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "The finance minister urged the central bank to intervene in the currency market.",
    "The mayor asked the police to intervene in a land dispute between two families in Thies.",
])
def test_intervening_with_no_demonstrators_is_no_protest(run, text):
    assert _coded(run, text)[0] != "Protests"


def test_police_stopping_a_fight_of_neighbours_is_a_riot(run):
    # the fighters are unarmed neighbours; the police who stop them do not make it a battle
    assert _coded(run, "Police intervened to stop a fight between two neighbours in Tamale.")[0] == "Riots"


@pytest.mark.parametrize("text", [
    "Protesters gathered outside a bank in Mombasa against its fees and the detention of two activists accused of "
    "attacking another branch.",
    "Residents marched to the police post in Kitale, demanding the arrest of cattle thieves attacking them.",
    "Villagers held a protest in Wa for the replacement of a burnt transformer.",
    "Farmers demonstrated in Tamale demanding the arrest of people who set fire to their maize.",
    "Nurses went on strike and barricaded themselves into an office of the health ministry in Gitega over unpaid salaries.",
    "Residents blocked the road with stones and logs to protest against high water bills in Kindia.",
])
def test_violence_in_what_a_protest_is_about_keeps_it_peaceful(run, text):
    # the violence named is someone else's deed, a thing's state or how a blockade is made, not the crowd's act
    # (ACLED codebook: a demonstration is a riot only when the demonstrators engage in violence)
    assert _coded(run, text)[0] == "Protests"


def test_a_crowd_relative_clause_is_still_its_own_violence(run):
    assert _coded(run, "Protesters, who had burnt tyres on the main road, were dispersed by police in Conakry.")[0] == "Riots"


@pytest.mark.parametrize("text", [
    "About 30 demonstrators blocked the Ndola highway with tyres and branches on fire to demand justice for a trader.",
    "Bus drivers demonstrated over fares in Kitwe. The group blocked the road and motorists reported that some "
    "demonstrators threw rocks at their cars.",
])
def test_a_blockade_set_on_fire_or_a_reported_stoning_is_a_riot(run, text):
    assert _coded(run, text)[0] == "Riots"


def test_an_arson_in_the_demand_of_a_protest_is_not_its_violence(run):
    text = ("On 12 March 2016, teachers staged a protest demonstration in Bolgatanga town (Bolgatanga, Upper East), "
            "demanding the arrest of people who set fire to millet farms in the area.")
    assert _coded(run, text)[0] == "Protests"


def test_verbal_confrontations_during_a_blockade_keep_it_peaceful(run):
    text = ("Around 80 people blocked the road near a clinic in Kasoa demanding information about patients. "
            "During the blockade, some participants had verbal confrontations with motorists who wanted to pass.")
    assert _coded(run, text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Two factions of the ruling party clashed over a taxi rank in Kumasi; 8 injured.",
    "Rival factions of the Youth League clashed at the party congress venue in Lusaka.",
])
def test_party_factions_brawling_riot(run, text):
    # party people fighting one another are rioters (ACLED codebook, Riots: Mob violence), not a Battle
    assert _coded(run, text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "Two factions of the ruling party exchanged gunfire in Kumasi; 2 killed.",
    "Rival factions of the LRA clashed near Obo.",
])
def test_armed_factions_fight_a_battle(run, text):
    assert _coded(run, text)[0] == "Battles"


def test_the_act_a_protest_is_about_told_again_is_background(run):
    # the arrest protested against, told again in the next sentence, is the earlier act, not a second event
    result = run("Journalists protested in Sukkur against the arrest of their editor. He was arrested on Sunday in a "
                 "graft case.", published="2020-04-28")
    current = [e for e in result.events if e.modality != "background"]
    assert [e.event_type for e in current] == ["Protests"]
    # the crowd's own arrest at the protest is no retelling: it is the protest's intervention
    result = run("Activists protested in Gomel against the detention of a blogger. Around 20 people were arrested by "
                 "the police.", published="2020-04-28")
    current = [e for e in result.events if e.modality != "background"]
    assert [(e.event_type, e.sub_event_type) for e in current] == [("Protests", "Protest with intervention")]


@pytest.mark.parametrize("text", [
    "On 9 May 2020, about 20 people marched in Mahilyow to protest against the detention of a blogger. At least 12 "
    "protesters were arrested by the police.",
    "On 1 May 2020, police detained 6 people who protested outside the governor's office in Izmir.",
])
def test_the_arrest_of_the_demonstrators_is_the_protests_intervention(run, text):
    events = [e for e in run(text, published="2020-05-10").events if e.modality != "background"]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Protests", "Protest with intervention")]
    assert events[0].actor2 is not None and events[0].actor2.name.startswith("Police Forces")


def test_an_arrest_for_an_earlier_protest_is_an_arrest(run):
    ev = main_event(run("On 29 April 2020, police arrested over 30 youths in Hodan who were accused of having taken part "
                        "in a protest the previous weekend.", published="2020-04-30"))
    assert ev is not None and ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text", [
    "On 3 May 2020, residents of Recife banged pots against the president during his visit.",
    "On 3 May 2020, about 200 people gathered outside the Ministry of Labour in Chiang Mai to pressure the government "
    "over delayed relief payments.",
])
def test_pot_banging_and_a_gathering_to_pressure_the_government_are_protests(run, text):
    ev = main_event(run(text, published="2020-05-04"))
    assert ev is not None and ev.event_type == "Protests"


@pytest.mark.parametrize("text", ["She banged pots in the kitchen all morning.", "Fans booed the referee after the match."])
def test_pots_and_boos_with_no_grievance_are_no_protest(run, text):
    assert main_event(run(text, published="2020-05-04")) is None
