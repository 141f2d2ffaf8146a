"""Strategic developments in terse coder's notes ("X did Y in Z.", often with no date), written for these tests in
the style of older conflict notes (never rows of a gold file), each coded by the ACLED codebook's definitions:
the old codebook (2016/2017) "Strategic development" ("contextually important information regarding the
activities of violent groups that is not itself recorded as political violence"), "Non-violent transfer of
territory" and "Headquarters or base established", and the 2019+ sub-types. A fight told with an arrest or a
seizure is the fight; an everyday use of the same words is no event."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event

SD = "Strategic developments"
CHANGE = (SD, "Change to group/activity")
TRANSFER = (SD, "Non-violent transfer of territory")
OTHER = (SD, "Other")


def _main(run, text):
    ev = main_event(run(text, published="2016-06-15"))
    return (ev.event_type, ev.sub_event_type) if ev else None


@pytest.mark.parametrize("text", [
    "Kenyan troops withdrew from Dhobley.",
    "Burundian troops pulled out of Bulo Marer.",
    "Ugandan forces handed over Buulo Mareer to the Somali army.",
])
def test_forces_leaving_a_named_town_is_a_non_violent_transfer(run, text):
    # old codebook: Non-violent transfer of territory, told with the town's name and no word for a town
    assert _main(run, text) == TRANSFER


@pytest.mark.parametrize("text", [
    "Al Shabaab took over Qoryoley.",
    "Al Shabaab took over Gofgadud after Kenyan troops withdrew.",
    "SNA and AMISOM forces took over Baraawe without resistance.",
    "Al-Shabaab militants overran Bulo Hawo after AMISOM pulled out.",
])
def test_a_named_town_taken_with_no_fight_told_is_a_non_violent_transfer(run, text):
    assert _main(run, text) == TRANSFER


@pytest.mark.parametrize("text", [
    "South Africa withdrew from the Rome Statute.",
    "The senator withdrew from the race in Nairobi.",
])
def test_withdrawing_from_an_institution_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "55 former combatants handed in their weapons to UN peacekeepers in Kalemie.",
    "About 80 Nyatura fighters laid down their arms in Rutshuru.",
    "A Boko Haram fighter handed himself over to the army in Monguno.",
    "20 Raia Mutomboki militiamen handed over their guns to FARDC in Shabunda.",
])
def test_fighters_giving_up_their_arms_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "The chairman gave up his post in Abuja.",
    "The governor handed in his resignation in Mombasa.",
    "Police handed over the suspect to the court in Eldoret.",
    "Soldiers handed over the seized guns to the police in Timbuktu.",
])
def test_giving_up_or_handing_over_with_no_fighters_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "Al Shabaab militants collected zakat from herders in Sablale.",
    "Al Shabaab banned the sale of khat in Bulo Burte.",
])
def test_an_armed_groups_rule_over_people_is_other(run, text):
    assert _main(run, text) == OTHER


@pytest.mark.parametrize("text", [
    "Boko Haram militants were sighted near Gubio.",
    "Al Shabaab militants massed near Eel Waaq.",
    "Al Shabaab militants held a meeting with clan elders in Rab Dhuure.",
    "Anti-Balaka militiamen set up roadblocks near Bouca.",
])
def test_an_armed_groups_presence_or_activity_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "The government banned the import of used tyres.",
    "Police collected evidence at the scene in Kisumu.",
    "The ministers held a meeting in Kigali.",
    "A leopard was spotted near the village of Kitui.",
    "Police mounted roadblocks in Nakuru.",
    "Residents collected money for the flood victims.",
])
def test_the_same_words_with_no_armed_group_are_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "Troops ambushed Boko Haram fighters near Kukawa and recovered 7 rifles.",
    "Cameroonian troops raided a Boko Haram camp in Kerawa and arrested 9 insurgents.",
    "The army destroyed Boko Haram camps in the Alagarno forest.",
])
def test_an_armed_side_or_its_camp_attacked_is_a_battle(run, text):
    # the old codebook's "Battle-No change of territory": the arrest or the seizure is the fight's outcome
    assert _main(run, text)[0] == "Battles"


def test_a_raid_on_homes_that_ends_in_arrests_stays_an_arrest(run):
    assert _main(run, "Intelligence agents raided homes in Mutakura and arrested 14 young men.") == (SD, "Arrests")


@pytest.mark.parametrize("text", [
    "Boko Haram militants occupied Malam Fatori after the soldiers left.",
    "Al Shabaab fighters took control of Ceel Dheer village.",
    "Seleka fighters occupied the hospital in Ndele.",
])
def test_a_place_occupied_with_no_fight_told_is_strategic(run, text):
    # the tagger takes a small town for a person, and "fighters" is not a word for fighting
    assert _main(run, text)[0] == SD


@pytest.mark.parametrize("text", [
    "LRA rebels held a rally in Obo.",
    "Al Shabaab held a rally in Sakow to mobilise support.",
])
def test_an_armed_groups_rally_is_a_change_to_activity(run, text):
    # old codebook: "recruitment drives, incursions or rallies" of armed groups, not a demonstration
    assert _main(run, text) == CHANGE


def test_a_partys_rally_stays_a_protest(run):
    assert _main(run, "Opposition supporters held a rally in Mombasa to demand electoral reforms.")[0] == "Protests"


@pytest.mark.parametrize("text", [
    "Boko Haram released 19 schoolgirls in Banki.",
    "Al Shabaab freed 5 truck drivers in Galcad.",
])
def test_an_armed_group_freeing_its_captives_is_other(run, text):
    assert _main(run, text) == OTHER


def test_a_company_releasing_workers_is_no_event(run):
    assert _main(run, "The company released 300 workers in Kaduna.") is None


@pytest.mark.parametrize("text", [
    "The army and the rebels exchanged prisoners in Menaka.",
    "A prisoner exchange between the two militias took place in Pibor.",
])
def test_prisoners_exchanged_is_an_agreement(run, text):
    # ACLED codebook, Agreement: prisoner exchanges
    assert _main(run, text) == (SD, "Agreement")


def test_an_exchange_of_fire_stays_a_battle(run):
    assert _main(run, "Troops and militants exchanged fire in Menaka.")[0] == "Battles"


def test_forces_occupying_a_parliament_with_no_fight_is_other(run):
    # a building held to shut it, not ground taken from an enemy (no Government regains territory)
    assert _main(run, "Soldiers occupied the parliament in Maseru to keep the deputies out.") == OTHER


def test_arms_destroyed_are_disrupted_weapons_use(run):
    assert _main(run, "FARDC destroyed a number of arms belonging to Mai-Mai rebels near Lubero.") == \
        (SD, "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "A new armed group calling itself the Patriotic Front was formed in Ndele.",
    "A faction of the MPC split from the movement in Kabo.",
    "The government declared a state of emergency in Amhara region after weeks of protests.",
    "Al Shabaab trained 250 recruits at a camp near Bu'aale.",
])
def test_an_armed_group_formed_split_or_training_or_an_emergency_declared_is_a_change(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "The governor declared a state of emergency after the floods in Kano.",
    "The emergency services arrived in Kisumu.",
    "Foreign instructors trained 150 Malian soldiers in Koulikoro.",
    "The party split over the election in Tamale.",
    "The students graduated from the university in Gulu.",
])
def test_a_disaster_emergency_a_states_training_or_a_party_split_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "Soldiers searched houses in Kanyosha neighbourhood.",
    "Al Shabaab militants returned to El Garas.",
])
def test_a_search_operation_or_fighters_moving_back_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "Police searched the home of the suspect in Bristol.",
    "Police searched for the missing girl in the forest near Nyeri.",
    "Soldiers returned fire.",
    "The soldiers returned to their barracks in Segou.",
    "Refugees returned to Gitega.",
])
def test_a_suspects_home_searched_or_a_return_with_no_move_of_forces_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters entered Dinsoor without a fight.",
    "Soldiers were stationed in Mora after the attacks.",
])
def test_a_move_without_a_fight_or_forces_stationed_is_a_change_to_activity(run, text):
    # "without a fight" names no fight; the attacks a deployment answers are its cause, not the event
    assert _main(run, text) == CHANGE


def test_a_camp_set_up_by_an_armed_group_is_a_base(run):
    assert _main(run, "Al Shabaab set up a camp near Yeed.") == (SD, "Headquarters or base established")


@pytest.mark.parametrize("text", [
    "The company set up an office in Arusha.",
    "The UN set up a camp for displaced people in Malakal.",
    "He was stationed in Germany in the 1990s.",
])
def test_setting_up_or_stationing_with_no_armed_actor_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text, kind", [
    ("Gunmen killed 4 villagers and withdrew from Bangassou.", "Violence against civilians"),
    ("Militants withdrew from the village after killing 6 people.", "Violence against civilians"),
    ("Al Shabaab attacked the base and withdrew from Dhusamareb.", "Battles"),
])
def test_a_place_left_after_violence_is_the_violence(run, text, kind):
    # ACLED codebook: a non-violent transfer is one "without engaging in violent interactions"
    assert _main(run, text)[0] == kind


@pytest.mark.parametrize("text", [
    "Al Shabaab militants abandoned their positions in Wanlaweyn.",
    "Ethiopian troops abandoned Rabdhure.",
])
def test_forces_abandoning_a_place_is_a_non_violent_transfer(run, text):
    assert _main(run, text) == TRANSFER


@pytest.mark.parametrize("text", [
    "The family abandoned their car in Eldoret.",
    "The government abandoned the road project in Enugu.",
])
def test_abandoning_with_no_armed_actor_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "Ethiopian troops crossed into Somalia at Beled Hawo.",
    "Al Shabaab militants made an incursion into Lamu county.",
    "Al Shabaab fighters paraded through the streets of Buale.",
    "Boko Haram militants passed through Damasak without attacking.",
])
def test_an_incursion_or_a_move_through_a_place_is_a_change_to_activity(run, text):
    # old codebook, Strategic development: "recruitment drives, incursions or rallies"
    assert _main(run, text) == CHANGE


def test_an_incursion_repelled_is_a_battle(run):
    assert _main(run, "Troops repelled an Al Shabaab incursion into Wajir county.")[0] == "Battles"


@pytest.mark.parametrize("text", [
    "Thousands crossed the street in Mombasa.",
    "The bill passed through parliament in Lilongwe.",
    "The migrants crossed into Niger near Assamaka.",
])
def test_crossing_or_passing_with_no_forces_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "The senator spoke at a meeting of the Child Care Task Force, joined by two committee chairs.",
    "Deputies converged on the scene and searched the area for the missing hiker.",
    "Some 900 Rwandan troops are currently stationed in Bangui.",
])
def test_a_task_forces_meeting_a_manhunt_or_troops_where_they_are_is_no_event(run, text):
    assert _main(run, text) is None


def test_an_incursion_against_an_enemy_is_a_battle(run):
    assert _main(run, "Government forces conducted an incursion against rebel positions in Mayom.")[0] == "Battles"


def test_an_incursion_said_to_be_against_an_enemy_after_a_comma_is_a_battle(run):
    assert _main(run, "Government forces conducted an incursion, reportedly against rebel groups, in Nasir.")[0] \
        == "Battles"


@pytest.mark.parametrize("text", [
    "Soldiers recovered 7 rifles after a clash with Boko Haram in Ngala.",
    "Troops arrested 3 Boko Haram fighters after an encounter in Dikwa.",
    "Troops seized weapons after fighting with Al Shabaab in Balcad.",
    "Soldiers arrested 5 Boko Haram fighters. Three others were killed in the exchange.",
])
def test_an_arrest_or_seizure_told_with_a_fight_is_the_battle(run, text):
    # ACLED codebook: arrests and weapons taken in an armed clash are part of it
    assert _main(run, text)[0] == "Battles"
