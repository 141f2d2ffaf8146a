"""ACLED codebook rules on who fights whom, on sentences written for these tests (never rows of a
gold file): return fire makes a battle, a demonstration that turns violent is one riot, an attack
on a place with nobody fighting back targets civilians, torture is violence against civilians
whoever the victim, arson on property with nobody hurt is property destruction."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _main(run, text):
    ev = main_event(run(text, published="2024-03-05"))
    return (ev.event_type, ev.sub_event_type) if ev else None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, rebels threw a grenade at a police post in Goma. The officers responded with gunfire.",
    "On 2 March 2024, separatist forces shelled army positions near Bakhmut and the soldiers returned fire.",
    "On 2 March 2024, government troops responded to rebel shelling on the Marib front, killing four fighters.",
])
def test_an_attack_met_with_return_fire_is_a_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_a_grenade_with_no_response_stays_a_grenade_attack(run):
    assert _main(run, "On 2 March 2024, rebels threw a grenade at a police post in Goma.") == \
        ("Explosions/Remote violence", "Grenade")


def test_a_shooting_of_a_man_carrying_a_grenade_is_not_a_grenade_attack(run):
    assert _main(run, "On 2 March 2024, police shot and killed a militant armed with a hand grenade at a "
                      "checkpoint in Mogadishu.")[0] == "Battles"


def test_killing_suicide_bombers_is_not_a_suicide_bombing(run):
    assert _main(run, "On 2 March 2024, Iraqi soldiers killed two suicide bombers near Mosul.") != \
        ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 March 2024, about 300 traders demonstrated outside the town hall of Gulu against new market fees. "
     "They clashed with police officers, who fired tear gas.", "Violent demonstration"),
    ("On 2 March 2024, students marched in Kisumu demanding the reopening of their college. "
     "Clashes with the police broke out when officers tried to clear the road.", "Violent demonstration"),
])
def test_a_demonstration_that_turns_violent_is_one_riot(run, text, sub):
    result = run(text, published="2024-03-05")
    current = [e for e in result.events if e.modality != "background"]
    assert [(e.event_type, e.sub_event_type) for e in current] == [("Riots", sub)]
    assert current[0].actor1.name.startswith("Rioters")


def test_a_peaceful_demonstration_followed_by_an_unrelated_arrest_stays_a_protest(run):
    assert _main(run, "On 2 March 2024, nurses demonstrated outside the hospital in Kisumu demanding unpaid "
                      "salaries. Police later dispersed them peacefully.")[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, suspected militiamen attacked Kobari, a farming settlement near Djibo. Three residents "
    "were killed and cattle were stolen.",
    "On 2 March 2024, gunmen attacked the hamlet of Tondikiwindi near Tillaberi. No fatalities were reported.",
])
def test_an_attack_on_a_place_with_nobody_fighting_back_targets_civilians(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_an_attack_on_a_place_that_soldiers_defend_is_a_battle(run):
    assert _main(run, "On 2 March 2024, militants attacked Kobari near Djibo. Soldiers repelled the attack, "
                      "killing five fighters.")[0] == "Battles"


def test_soldiers_shooting_one_unarmed_person_named_by_nationality_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, soldiers opened fire at a Palestinian near the checkpoint of Huwara, "
                      "wounding him in the leg.")[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, guards tortured a detained rebel commander to death in a prison near Homs.",
    "On 2 March 2024, the militia executed four captured soldiers in a village near Kidal.",
])
def test_torture_and_executions_are_violence_against_civilians(run, text):
    assert _main(run, text)[0] == "Violence against civilians"


def test_killing_a_former_official_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, gunmen shot and killed a former police commander in Sonsonate.")[0] \
        == "Violence against civilians"


def test_an_arson_attack_on_property_with_nobody_hurt_is_property_destruction(run):
    assert _main(run, "On 2 March 2024, an anarchist cell carried out an arson attack on a telecom mast in "
                      "Izmir. The attack caused material damage only.") == \
        ("Strategic developments", "Looting/property destruction")


def test_an_arson_attack_that_kills_is_not_property_destruction(run):
    assert _main(run, "On 2 March 2024, militants carried out an arson attack on a bus in Kandahar, "
                      "killing six passengers.")[0] != "Strategic developments"


def test_burning_an_effigy_is_no_event_of_its_own(run):
    result = run("On 2 March 2024, villagers burnt an effigy of the governor in Jos.", published="2024-03-05")
    assert [e for e in result.events if e.event_type == "Riots"] == []


@pytest.mark.parametrize("text", [
    "On 2 March 2024, two gang members were killed after exchanging fire with police during a raid in Recife.",
    "On 2 March 2024, members of a drug cartel shot at a police patrol in Culiacan, wounding an officer.",
])
def test_gangs_with_firearms_fight_battles_not_riots(run, text):
    assert _main(run, text)[0] == "Battles"


def test_a_victim_known_as_a_trafficker_is_a_member_of_an_armed_group(run):
    assert _main(run, "On 2 March 2024, a man was shot dead by two armed men in Manaus. The victim had charges "
                      "against him for drug trafficking.")[0] == "Battles"


def test_party_supporters_fighting_with_sticks_are_still_a_riot(run):
    assert _main(run, "On 2 March 2024, supporters of two rival parties clashed with sticks in Mymensingh, "
                      "injuring ten people.")[0] == "Riots"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 March 2024, the monitoring mission observed 14 shots involving small arms near Zolote.", "Armed clash"),
    ("On 2 March 2024, the monitors recorded a total of 30 explosions involving unknown weapons near Popasna.",
     "Shelling/artillery/missile attack"),
    # fire in both directions is an exchange between two armed sides (ACLED codebook: Battles)
    ("On 2 March 2024, the monitors recorded a total of 30 explosions involving unknown weapons in both "
     "directions of the front line near Popasna.", "Armed clash"),
])
def test_counted_fire_recorded_by_observers_is_an_event(run, text, sub):
    assert _main(run, text)[1] == sub


def test_counted_shots_in_sport_are_not_fire(run):
    assert _main(run, "The striker had five shots on goal in the first half, the club recorded.") is None


def test_heavy_machine_guns_fired_at_villages_with_no_response_are_shelling(run):
    assert _main(run, "On 2 March 2024, rebel forces fired mortar shells and 14.5mm machine guns at farms and "
                      "residential areas of Tuhayta district.") == \
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 March 2024, the Nigerian army bombed rebel hideouts in the Sambisa forest.", "Air/drone strike"),
    ("On 2 March 2024, a remote-controlled RCIED targeted a police vehicle in Mogadishu.",
     "Remote explosive/landmine/IED"),
])
def test_the_means_of_a_remote_attack(run, text, sub):
    assert _main(run, text) == ("Explosions/Remote violence", sub)


@pytest.mark.parametrize("text", [
    "On 2 March 2024, demonstrators protesting against fuel prices blocked the highway near Tripoli with "
    "burning tyres.",
    "On 2 March 2024, rioters demonstrating against the currency crash blocked the main road in Halba.",
    "On 2 March 2024, residents demonstrating against the curfew vandalised a police station in Sikasso.",
])
def test_demonstrators_who_burn_tyres_or_vandalise_riot(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, two soldiers were kidnapped by Taliban militants at a checkpoint in Kohsan district.",
    "On 2 March 2024, rebels killed a police officer with sniper fire near Abu Saida.",
])
def test_security_forces_taken_or_shot_by_an_armed_group_are_a_battle(run, text):
    assert _main(run, text)[0] == "Battles"


def test_traders_abducted_with_a_policeman_stay_an_abduction_of_civilians(run):
    assert _main(run, "On 2 March 2024, gunmen abducted three traders and a policeman near Kaduna.") == \
        ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, militants attacked and burned a school and two vehicles in Logobou. No casualties were reported.",
    "On 2 March 2024, suspected jihadists vandalised the prefect's office in Diguel.",
    "On 2 March 2024, police dismantled a cocaine laboratory in Petrolina.",
    "On 2 March 2024, soldiers seized 20,000 packs of smuggled cigarettes in a warehouse near Jussara.",
])
def test_property_destroyed_or_goods_seized_with_nobody_hurt(run, text):
    assert _main(run, text) == ("Strategic developments", "Looting/property destruction")


def test_an_attack_on_a_school_that_kills_pupils_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, militants attacked and burned a school in Logobou, killing two pupils.")[0] == \
        "Violence against civilians"


def test_gang_members_are_an_armed_group_not_protesters(run):
    ev = main_event(run("On 2 March 2024, two men were shot dead by gang members in a market in Manaus.",
                        published="2024-03-05"))
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 is not None and not ev.actor1.name.startswith(("Protesters", "Rioters"))


def test_members_of_the_security_forces_shot_are_a_battle_unless_off_duty(run):
    assert _main(run, "On 2 March 2024, two members of the intelligence service were shot dead by gunmen "
                      "in Daraa.")[0] == "Battles"
    assert _main(run, "On 2 March 2024, gunmen shot dead an off-duty member of the intelligence service "
                      "in Daraa.")[0] == "Violence against civilians"


def test_guards_firing_on_escaping_prisoners_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, prison guards opened fire on prisoners trying to escape from the "
                      "central prison in Burco, wounding two.")[0] == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, drivers protested in their cars in Lviv, complaining that the curfew kills their trade.",
    "On 2 March 2024, villagers demonstrated in Bunia to deplore the attack carried out by militiamen on nearby "
    "villages.",
])
def test_violence_told_as_the_grievance_does_not_make_a_protest_a_riot(run, text):
    assert _main(run, text)[0] == "Protests"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, two unidentified forces clashed near Bir Ahmed for unknown reasons.",
    "On 2 March 2024, the rebels and the army engaged in a short firefight near Pinabacdao.",
    "On 2 March 2024, the Zanuvian Corps clashed with another faction near the Yabseh crossing.",
])
def test_a_clash_between_sides_named_only_by_group_nouns_or_unknown_names_is_a_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_a_hyphenated_recapture_is_a_territory_event(run):
    assert _main(run, "On 2 March 2024, the Mozambican army re-captured Quissanga from Islamist militants.") == \
        ("Battles", "Government regains territory")


def test_a_place_called_mine_is_not_a_landmine(run):
    assert _main(run, "On 2 March 2024, the army fired heavy machine guns and small arms at rebel positions in the "
                      "area of Mine 6 near Donetsk.")[0] == "Battles"


def test_a_quarrel_between_politicians_is_not_a_clash(run):
    assert _main(run, "On 2 March 2024, Senator Kelly clashed with the governor over the budget.") is None


def test_an_ordinary_police_arrest_is_not_an_event(run):
    assert _main(run, "On 2 March 2024, police arrested a 46-year-old man at a home in Hamilton after a "
                      "neighbour called them.") is None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, soldiers entered the village of Yae Shin and detained about 70 villagers.",
    "On 2 March 2024, police arrested the secretary general of a Jerusalem civic association.",
])
def test_arrests_by_soldiers_or_of_leaders_are_arrests(run, text):
    assert _main(run, text) == ("Strategic developments", "Arrests")


def test_withdrawal_triggers_read_their_place_requirement():
    from eventwire.events.lexicon import load_lexicon

    assert load_lexicon().single["withdraw"].needs_object_place


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2024, she withdrew 1,200 dollars from her account in Lagos.", None),
    ("On 2 March 2024, the rebel forces withdrew from the town of Kitchanga.",
     ("Strategic developments", "Non-violent transfer of territory")),
])
def test_a_withdrawal_is_an_event_only_from_a_place_by_an_armed_actor(run, text, expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text", [
    "On 2 March 2024, market women barricaded the entrance to Banfora and demonstrated for the reopening of the market.",
    "On 2 March 2024, inmates demonstrated in the central prison of Kisumu over visiting rules. Chairs were burnt "
    "and property destroyed.",
    "On 2 March 2024, a prison riot broke out in Lurigancho prison over health measures. Guards fired shots to "
    "control the riot.",
])
def test_barricades_property_destroyed_and_prison_riots_are_riots(run, text):
    assert _main(run, text)[0] == "Riots"


def test_a_blocked_road_alone_stays_a_peaceful_protest(run):
    assert _main(run, "On 2 March 2024, taxi drivers blocked the main road in Nakuru, rejecting the new fuel levy.") \
        == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "Movement of forces: On 2 March 2024, the coalition brought reinforcements to its base near Tal Baydar.",
    "On 2 March 2024, the regional council declared the imposition of a night curfew in Aden for two weeks.",
])
def test_measures_an_actor_took_are_changes_to_group_activity(run, text):
    assert _main(run, text) == ("Strategic developments", "Change to group/activity")


def test_armed_men_taking_over_a_factory_is_property_not_territory(run):
    assert _main(run, "On 2 March 2024, armed men took control of a sawmill factory near Hermosillo.") == \
        ("Strategic developments", "Looting/property destruction")


def test_munitions_seized_are_disrupted_weapons_use(run):
    assert _main(run, "On 2 March 2024, police seized eight hundred munitions in an empty house near Thala.") == \
        ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, residents fought with police officers in Kubwa during the distribution of relief food.",
    "On 2 March 2024, three persons beat up a policeman on duty in Pune after he stopped them at a checkpoint.",
    "On 2 March 2024, clashes erupted between villagers and soldiers in Bozoum over a land dispute.",
])
def test_unarmed_people_fighting_state_forces_are_a_riot(run, text):
    assert _main(run, text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, Taliban militants clashed with police in Ghazni city.",
    "On 2 March 2024, gunmen attacked a police post in Zamfara, killing two officers.",
])
def test_armed_groups_fighting_state_forces_stay_a_battle(run, text):
    assert _main(run, text)[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, nurses demonstrated in Kisumu demanding that the government pay their salaries. "
    "The police intervened and arrested six of them.",
    "On 2 March 2024, about 40 traders protested against the county government's new fees in Gulu. "
    "Twelve protesters were later detained by officers.",
])
def test_police_stepping_in_next_sentence_is_a_protest_with_intervention(run, text):
    assert _main(run, text) == ("Protests", "Protest with intervention")


def test_an_arrest_told_as_the_grievance_keeps_the_protest_peaceful(run):
    assert _main(run, "On 2 March 2024, journalists protested in Gulu against the arrest of their editor. "
                      "He was arrested in connection with a defamation case.") == ("Protests", "Peaceful protest")


def test_asking_the_authorities_to_intervene_is_not_an_intervention(run):
    assert _main(run, "On 2 March 2024, workers protested outside a factory in Gulu demanding their back pay. "
                      "They urged the authorities to intervene in their case.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, members of a local militia killed three herders near Djibo.",
    "On 2 March 2024, armed men kidnapped the village chief of Kobari and two of his sons.",
    "On 2 March 2024, militiamen attacked and injured a communal leader of the opposition in Gashoho.",
])
def test_armed_men_harming_unarmed_people_or_local_officials_is_violence_against_civilians(run, text):
    assert _main(run, text)[0] == "Violence against civilians"


def test_a_militia_member_shot_by_police_is_still_a_battle(run):
    assert _main(run, "On 2 March 2024, a member of a local militia was shot dead by police in Gulu.")[0] == "Battles"


def test_rape_is_sexual_violence(run):
    assert _main(run, "On 2 March 2024, armed men raped four women near Djibo.") == \
        ("Violence against civilians", "Sexual violence")


def test_militants_attacking_pro_government_militia_forces_is_a_battle(run):
    assert _main(run, "On 2 March 2024, Taliban militants attacked pro-government militia forces in Porak, "
                      "causing three casualties.")[0] == "Battles"


def test_an_attack_on_a_village_routed_by_a_militia_is_a_battle(run):
    assert _main(run, "On 2 March 2024, suspected militiamen attacked the village of Kobari and seized livestock. "
                      "Local militiamen routed the assailants.")[0] == "Battles"


def test_a_shooting_met_with_return_fire_is_a_battle(run):
    assert _main(run, "On 2 March 2024, two officers were shot by a wanted man in Gulu. The officers returned fire "
                      "and hit the man, who died.")[0] == "Battles"


def test_a_vehicle_attacked_by_militants_with_a_passenger_hurt_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, a minibus was attacked by suspected Islamist militants on the road to Djibo. "
                      "One passenger was injured.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, fighting between the army and rebels forced over 400 villagers to flee their homes near Kalehe.",
    "On 2 March 2024, about 300 families were displaced following a clash between two armed clans in Datu Piang.",
])
def test_people_displaced_by_fighting_with_nobody_hurt_is_a_strategic_development(run, text):
    assert _main(run, text) == ("Strategic developments", "Other")


def test_fighting_that_kills_and_displaces_stays_a_battle(run):
    assert _main(run, "On 2 March 2024, fighting between the army and rebels killed six fighters and forced 400 "
                      "villagers to flee near Kalehe.") == ("Battles", "Armed clash")


def test_an_explosive_remnant_of_a_past_war_is_a_strategic_development(run):
    assert _main(run, "On 2 March 2024, a farmer was injured when an unexploded mortar shell left over from the civil "
                      "war exploded in his field near Battambang.") == ("Strategic developments", "Other")
    assert _main(run, "On 2 March 2024, a farmer was injured when a landmine exploded in his field near Djibo.") == \
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_warning_shots_in_the_air_at_nobody_are_a_strategic_development(run):
    assert _main(run, "On 2 March 2024, border guards fired warning shots in the air near the village of Apkan. "
                      "No one was hurt.") == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, residents of Kobari demonstrated against the mayor and set fire to the town hall.",
    "On 2 March 2024, miners protesting their dismissal clashed with security guards at the mine near Kobari.",
])
def test_crowd_acts_after_the_stated_reasons_make_a_riot(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, soldiers entered a displacement camp near Djibo and beat several Malian refugees.",
    "On 2 March 2024, police officers assaulted three street vendors in Gulu for selling after the curfew.",
])
def test_state_forces_beating_unarmed_people_is_violence_against_civilians_not_a_riot(run, text):
    assert _main(run, text)[0] == "Violence against civilians"


def test_unarmed_people_beating_a_policeman_stays_a_riot(run):
    assert _main(run, "On 2 March 2024, three men beat up a policeman at a market in Gulu.")[0] == "Riots"


@pytest.mark.parametrize(("text", "sub"), [
    ("On 2 March 2024, suspected jihadists set fire to a school in Kobari and beat the teacher.", "Attack"),
    ("On 2 March 2024, gunmen looted shops in Kobari and kidnapped two traders.", "Abduction/forced disappearance"),
])
def test_property_raided_while_people_are_harmed_is_violence_against_civilians(run, text, sub):
    assert _main(run, text) == ("Violence against civilians", sub)


def test_property_burnt_with_nobody_hurt_stays_property_destruction(run):
    assert _main(run, "On 2 March 2024, suspected jihadists set fire to a school in Kobari.") == \
        ("Strategic developments", "Looting/property destruction")


def test_a_rape_in_a_crime_story_with_no_armed_side_is_not_an_acled_event(run):
    assert _main(run, "On 2 March 2024, a doctor confirmed that the girl had been raped at her home in Cape Town.") is None


def test_an_attack_on_civilians_that_includes_rape_is_sexual_violence(run):
    assert _main(run, "On 2 March 2024, gunmen attacked three women collecting firewood near Kutum and raped "
                      "one of them.") == ("Violence against civilians", "Sexual violence")


def test_gendarmes_dispersing_a_march_is_a_protest_with_intervention(run):
    assert _main(run, "On 2 March 2024, gendarmes dispersed a march of students in Koudougou with tear gas.") == \
        ("Protests", "Protest with intervention")


def test_hundreds_of_protesters_demanding_is_a_protest(run):
    assert _main(run, "On 2 March 2024, hundreds of protesters in Kut demanded new elections.") == \
        ("Protests", "Peaceful protest")


def test_angry_youths_burning_a_mayors_house_over_a_grievance_is_a_violent_demonstration(run):
    assert _main(run, "On 2 March 2024, angry youths looted and burned the house of the mayor of Kobari, accusing "
                      "him of corruption.") == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the army carried out an operation against terrorists near Djibo, leaving 12 militants dead.",
    "On 2 March 2024, a military operation in the area of Kobari left 7 terrorists dead.",
])
def test_a_security_operation_that_kills_militants_is_a_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_a_surgical_operation_is_no_event(run):
    assert _main(run, "On 2 March 2024, the hospital in Gulu carried out an operation on a patient who later died.") is None


def test_soldiers_killed_when_their_patrol_was_ambushed_is_a_battle_not_a_patrol(run):
    assert _main(run, "On 2 March 2024, three soldiers died when their patrol was ambushed near Djibo.") == \
        ("Battles", "Armed clash")


def test_a_company_convoy_hitting_an_explosive_device_is_an_ied_not_a_crowd(run):
    assert _main(run, "On 2 March 2024, a convoy of the mining company hit an explosive device near Djibo.") == \
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, militants attacked a wedding in Kobari and killed five guests.",
    "On 2 March 2024, gunmen attacked the convoy of a mining company near Djibo, killing 37 workers.",
])
def test_an_attack_that_kills_guests_or_workers_is_violence_against_civilians(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_an_attack_on_a_military_convoy_killing_soldiers_stays_a_battle(run):
    assert _main(run, "On 2 March 2024, gunmen attacked a military convoy near Djibo, killing seven soldiers.")[0] == \
        "Battles"


def test_armed_men_taking_people_away_is_an_abduction(run):
    assert _main(run, "On 2 March 2024, unidentified armed men took away three men from the village of Kobari.") == \
        ("Violence against civilians", "Abduction/forced disappearance")
    assert _main(run, "On 2 March 2024, the farmers took away their cattle from the village of Kobari.") is None


def test_the_subject_of_the_first_of_two_coordinated_verbs_does_the_second_act(run):
    ev = main_event(run("On 2 March 2024, soldiers entered a refugee camp near Djibo and beat several residents "
                        "with sticks.", published="2024-03-05"))
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name.startswith("Military Forces")


def test_a_subject_shared_through_a_control_verb_is_the_initiator(run):
    ev = main_event(run("On 2 March 2024, JNIM, through its media outlets, claimed to have attacked an army base "
                        "near Djibo.", published="2024-03-05"))
    assert ev.actor1 is not None and ev.actor1.name.startswith("JNIM")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, gunmen shot dead a police officer in front of his house in Kaya.",
    "On 2 March 2024, suspected militants killed a soldier on his way home from the market in Djibo.",
])
def test_security_personnel_attacked_at_home_or_on_their_way_are_civilians(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_security_personnel_attacked_at_their_post_fight_a_battle(run):
    assert _main(run, "On 2 March 2024, gunmen attacked a police post in Kaya, killing two police officers.")[0] == \
        "Battles"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2024, armed men intercepted a minibus on the road to Dori and took the passengers away. "
     "Seven travellers were abducted.", ("Violence against civilians", "Abduction/forced disappearance")),
    ("On 2 March 2024, suspected jihadists intercepted two lorries near Arbinda and fired at the drivers.",
     ("Violence against civilians", "Attack")),
    ("On 2 March 2024, gendarmes intercepted a pickup truck carrying weapons and ammunition near Fada N'Gourma.",
     ("Strategic developments", "Disrupted weapons use")),
])
def test_an_armed_group_stopping_vehicles_attacks_civilians_and_only_intercepted_arms_are_disrupted(run, text,
                                                                                                     expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text", [
    "On 2 March 2024, hundreds of traders demonstrated against a new tax in Kaya, and demonstrators attacked and "
    "burned the town hall. The police dispersed the crowd with tear gas.",
    "On 2 March 2024, gendarmes fired live bullets at demonstrators burning tyres on the main road of Kaya.",
])
def test_force_used_on_violent_demonstrators_is_a_riot(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, Koglweogo militiamen arrested four herders near Barsalogho and held them at their base.",
    "On 2 March 2024, the Taliban detained two teachers in Ghazni city.",
])
def test_people_detained_by_a_non_state_armed_group_are_abducted(run, text):
    assert _main(run, text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_political_arrest_by_the_police_stays_an_arrest(run):
    assert _main(run, "On 2 March 2024, police arrested an opposition activist in Ouagadougou.") == \
        ("Strategic developments", "Arrests")


def test_an_arrest_followed_by_torture_in_custody_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, police arrested an opposition activist in Ouagadougou. Officers "
                      "allegedly tortured him at the police station.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, soldiers found and destroyed an explosive device buried on the Kaya-Dori road.",
    "On 2 March 2024, the army neutralised two IEDs planted near Arbinda.",
])
def test_explosives_made_harmless_are_disrupted_weapons_use(run, text):
    assert _main(run, text) == ("Strategic developments", "Disrupted weapons use")


def test_neutralising_militants_is_still_a_fight(run):
    assert _main(run, "On 2 March 2024, soldiers neutralised two militants near Arbinda.")[0] == "Battles"


def test_sabotage_of_property_by_armed_men_is_property_destruction(run):
    assert _main(run, "On 2 March 2024, armed men sabotaged a telecommunications mast in Djibo.") == \
        ("Strategic developments", "Looting/property destruction")


def test_lighting_tyres_to_block_a_road_is_a_riot(run):
    assert _main(run, "On 2 March 2024, hundreds of traders lit tyres and blocked the road near the central "
                      "market of Bobo-Dioulasso after the market was closed.") == ("Riots", "Violent demonstration")


def test_unarmed_people_burning_property_riot_and_gunmen_destroy_property(run):
    assert _main(run, "On 2 March 2024, motorcycle taxi drivers burnt a bus in Koudougou after an accident that "
                      "killed one of their colleagues.")[0] == "Riots"
    assert _main(run, "On 2 March 2024, gunmen burnt a bus near Koudougou.") == \
        ("Strategic developments", "Looting/property destruction")


def test_arrests_at_a_demonstration_are_a_protest_met_by_intervention_with_the_crowd_as_actor1(run):
    ev = main_event(run("On 2 March 2024, police arrested 15 demonstrators during a march against the high cost "
                        "of living in Ouagadougou.", published="2024-03-05"))
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Protest with intervention")
    assert ev.actor1.name.startswith("Protesters") and ev.actor2.name.startswith("Police Forces")


def test_an_arrest_for_taking_part_in_an_earlier_protest_stays_an_arrest(run):
    assert _main(run, "On 2 March 2024, police arrested 30 youths in Ouagadougou accused of having taken part in a "
                      "protest the previous weekend.") == ("Strategic developments", "Arrests")


def test_torches_carried_by_demonstrators_are_not_arson(run):
    result = run("On 2 March 2024, hundreds of students marched through Ouagadougou carrying torches against the "
                 "closure of their university.", published="2024-03-05")
    assert [(e.event_type, e.sub_event_type) for e in result.events if e.modality != "background"] == \
        [("Protests", "Peaceful protest")]


@pytest.mark.parametrize("text", [
    "On 2 March 2024, clan-based clashes erupted around Galkayo, leaving a dozen people dead.",
    "On 2 March 2024, unidentified tribesmen clashed near Lawdar over a vengeance dispute, leaving one dead.",
    "On 2 March 2024, a shoot-out took place in the Lixao community of Duque de Caxias.",
])
def test_clan_fights_and_shoot_outs_are_battles_not_riots(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_village_groups_fighting_over_land_stay_a_riot(run):
    assert _main(run, "On 2 March 2024, two village groups clashed over a land dispute in Kewata village. "
                      "Twelve people were injured.")[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, armed men raided several houses in Tin-Akoff, taking away motorcycles, food and clothes.",
    "On 2 March 2024, gunmen attacked the market of Solhan and looted shops. No casualties were reported.",
])
def test_a_raid_to_loot_with_nobody_hurt_is_property_destruction(run, text):
    assert _main(run, text) == ("Strategic developments", "Looting/property destruction")


def test_a_raid_that_kills_while_looting_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, armed men raided the village of Bangou, killed two herders and stole "
                      "their cattle.") == ("Violence against civilians", "Attack")


def test_an_attack_on_a_town_where_gendarmes_die_is_a_battle(run):
    assert _main(run, "On 2 March 2024, unidentified gunmen attacked Tongomayel. Three gendarmes were killed.")[0] == \
        "Battles"


def test_demonstrators_taking_the_streets_protest(run):
    assert _main(run, "On 2 March 2024, demonstrators took the streets in Ouagadougou, demanding the departure of "
                      "the French ambassador.") == ("Protests", "Peaceful protest")


def test_earlier_attacks_named_as_a_cause_are_not_the_event(run):
    assert _main(run, "On 2 March 2024, troops were deployed to Djibo to reinforce security after recent attacks.") == \
        ("Strategic developments", "Change to group/activity")


def test_a_base_set_up_is_a_base_established_and_a_base_attacked_is_not(run):
    assert _main(run, "On 2 March 2024, suspected militants set up a base in the forest near Foutouri.") == \
        ("Strategic developments", "Headquarters or base established")
    assert _main(run, "On 2 March 2024, militants attacked a military base near Djibo.")[0] == "Battles"


def test_territory_taken_without_a_fight_is_a_non_violent_transfer(run):
    assert _main(run, "On 2 March 2024, militants took control of the town of Mansila without any resistance.") == \
        ("Strategic developments", "Non-violent transfer of territory")
    assert _main(run, "On 2 March 2024, the army recaptured the town of Mansila after heavy fighting.") == \
        ("Battles", "Government regains territory")


def test_attackers_named_by_their_community_are_an_identity_militia_not_a_mob(run):
    assert _main(run, "On 2 March 2024, youths from the Mossi community attacked herders from the Fulani community "
                      "near Kaya, wounding four.") == ("Violence against civilians", "Attack")
    assert _main(run, "On 2 March 2024, local youths attacked two herders in Kaya.")[0] == "Riots"


@pytest.mark.parametrize("text", [
    # the crowd's own violence in the next sentence
    "On 2 March 2024, residents demonstrated in Gulu after a soldier shot a motorcycle taxi driver. "
    "They blocked the main road and set tyres on fire.",
    # demonstrators firing in the air
    "On 2 March 2024, soldiers staged a demonstration at their camp in Gao and fired gunshots in the air, "
    "demanding the payment of their allowances.",
    # demonstrators storming a building
    "On 2 March 2024, hundreds of traders demonstrated in Bobo-Dioulasso against market fees and stormed "
    "the town hall.",
])
def test_demonstrators_who_turn_to_violence_are_rioters(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, nurses demonstrated in Kisumu demanding unpaid salaries. No clashes were reported.",
    "On 2 March 2024, protesters gathered outside the central bank in Beirut. They demanded the recovery of "
    "looted funds.",
    "On 2 March 2024, police fired shots into the air to disperse demonstrators in Conakry.",
])
def test_a_peaceful_demonstration_is_not_made_a_riot_by_words_about_others(run, text):
    assert _main(run, text)[0] == "Protests"


def test_an_angry_mob_is_mob_violence_not_a_violent_demonstration(run):
    assert _main(run, "On 2 March 2024, an angry crowd beat to death a man accused of stealing a motorbike "
                      "in Kaya.") == ("Riots", "Mob violence")


def test_clans_fighting_one_another_are_a_battle(run):
    assert _main(run, "On 2 March 2024, inter-clan violence erupted near Beledweyne, leaving at least 5 people "
                      "dead.") == ("Battles", "Armed clash")


def test_fighters_killed_in_a_raid_on_their_hideouts_are_a_battle(run):
    assert _main(run, "On 2 March 2024, soldiers destroyed three hideouts and killed 7 militants in the "
                      "Hamrin mountains.") == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the monitors observed 40 explosions in both directions of the frontline near Avdiivka.",
    "On 2 March 2024, an army operation backed by airstrikes killed 12 militants in Zabul.",
    "On 2 March 2024, a roadside bomb exploded near a police patrol in Khost and was followed by gunfire "
    "that killed two policemen.",
])
def test_a_weapon_used_in_a_two_sided_fight_is_a_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_a_one_sided_shelling_stays_remote_violence(run):
    assert _main(run, "On 2 March 2024, the army shelled rebel positions near Kidal.")[0] == \
        "Explosions/Remote violence"


def test_a_gold_mine_is_a_place_not_a_landmine(run):
    ev = main_event(run("On 2 March 2024, miners clashed with security guards at the Essakane gold mine, "
                        "injuring 4.", published="2024-03-05"))
    assert ev is not None and ev.sub_event_type != "Remote explosive/landmine/IED"


def test_an_attack_that_leaves_a_toll_and_names_no_armed_target_is_on_civilians(run):
    assert _main(run, "On 2 March 2024, an attack by unidentified armed men against the gold mining site of "
                      "Kalsaka left 8 dead.") == ("Violence against civilians", "Attack")


def test_community_attackers_are_an_identity_militia_not_rioters(run):
    ev = main_event(run("On 2 March 2024, Fulani youths attacked farmers in Yirgou, killing 3.",
                        published="2024-03-05"))
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name.startswith("Fulani Ethnic Militia") and ev.actor1.inter == 4  # the community the KB knows


@pytest.mark.parametrize("text", [
    "On 2 March 2024, a demonstration by traders against new market fees degenerated into violence in Gulu.",
    "On 2 March 2024, the demonstration against the high cost of living turned violent in Kisumu.",
    "On 2 March 2024, supporters of the opposition protested in Kisumu and attacked journalists.",
    "On 2 March 2024, residents protested the death of a young man in custody. They destroyed the police station.",
])
def test_demonstrators_who_turn_violent_make_a_riot(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, protesters gathered outside the central bank in Kisumu demanding the recovery of looted funds.",
    "On 2 March 2024, residents protested in Gulu against the arrest of a youth in a looting case.",
])
def test_looting_named_in_the_grievance_leaves_the_protest_peaceful(run, text):
    assert _main(run, text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, students blocked the Gulu-Kampala highway with two trucks.",
    "On 2 March 2024, a group of residents blocked the roads leading to the landfill in Kisumu.",
])
def test_people_blocking_a_road_are_protesting_even_with_no_reason_given(run, text):
    assert _main(run, text) == ("Protests", "Peaceful protest")


def test_police_blocking_a_road_is_no_protest(run):
    assert _main(run, "On 2 March 2024, police blocked the roads leading to the stadium in Kisumu.") is None


def test_workers_occupying_a_building_with_a_demand_are_protesting(run):
    assert _main(run, "On 2 March 2024, workers occupied the factory in Gulu to demand the payment of unpaid "
                      "salaries.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, armed men threatened teachers in Djibo and told them to close the schools.",
    "On 2 March 2024, residents fled the village of Silgadji after armed men gave them an ultimatum to leave.",
    "On 2 March 2024, the teachers of Djibo fled after receiving threats from jihadists.",
])
def test_an_armed_group_threatening_people_is_a_strategic_development(run, text):
    result = run(text, published="2024-03-05")
    ev = main_event(result)
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Other")
    assert ev.plover.type == "THREATEN"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the minister said terrorism remains the main threat to the country.",
    "On 2 March 2024, a man threatened his neighbour with a knife in Kisumu.",
    "On 2 March 2024, the army threatened villagers who sheltered the rebels.",
])
def test_a_threat_by_no_armed_group_or_a_danger_talked_about_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, migrant workers pelted stones at police in Surat, demanding to return home.",
    "On 2 March 2024, prisoners rioted at the central prison in Port Sudan, calling for their release.",
])
def test_a_violent_crowd_stating_a_demand_is_a_violent_demonstration(run, text):
    assert _main(run, text) == ("Riots", "Violent demonstration")


def test_a_violent_crowd_with_no_demand_is_a_mob(run):
    assert _main(run, "On 2 March 2024, a crowd lynched a suspected thief in Bobo-Dioulasso.") == \
        ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, 25 people arrested by the army in Arbinda were found dead the next day.",
    "On 2 March 2024, the bodies of 12 men detained by gendarmes were found near Tanwalbougou.",
])
def test_people_killed_after_their_arrest_are_victims_of_violence_against_civilians(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_vigilantes_killing_suspected_thieves_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, Koglweogo members killed two suspected thieves in Tenkodogo.") == \
        ("Violence against civilians", "Attack")


def test_weapons_seized_in_a_fight_are_part_of_the_battle(run):
    assert _main(run, "On 2 March 2024, soldiers killed 3 suspected militants and seized weapons during an "
                      "operation near Djibo.") == ("Battles", "Armed clash")


def test_an_attack_that_reinforcements_answer_is_not_a_new_event(run):
    assert _main(run, "On 2 March 2024, the army deployed reinforcements to Arbinda after the attack of 28 "
                      "February.") == ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, traders in Bobo-Dioulasso observed a dead city day against the new municipal taxes.",
    "On 2 March 2024, teachers observed a 48-hour work stoppage across the country.",
    "On 2 March 2024, health workers downed tools in Kaya to demand the payment of their allowances.",
    "On 2 March 2024, hundreds of women mobilized in Kaya to denounce the insecurity.",
])
def test_strikes_stoppages_and_dead_city_days_are_protests(run, text):
    assert _main(run, text) == ("Protests", "Peaceful protest")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, armed men ordered women in Kelbo to wear veils.",
    "On 2 March 2024, suspected jihadists ordered the residents of Pobe-Mengao to leave the village within 72 hours.",
    "On 2 March 2024, armed men warned the residents of Dablo against collaborating with the army.",
])
def test_orders_and_warnings_of_an_armed_group_are_a_strategic_development(run, text):
    assert _main(run, text) == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the court ordered the release of five suspected militants.",
    "On 2 March 2024, the governor ordered the closure of schools in the Sahel region after attacks by militants.",
    "On 2 March 2024, the UN warned that militants could attack the camps.",
])
def test_orders_and_warnings_of_others_are_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, a military convoy hit an IED near Djibo, before the assailants opened fire on the soldiers.",
    "On 2 March 2024, militants ambushed a military convoy with explosives and gunfire near Dori, killing 6 soldiers.",
    "On 2 March 2024, militants attacked the gendarmerie of Inata using rocket launchers. The gendarmes repelled the "
    "attack.",
])
def test_a_blast_or_a_barrage_with_a_fight_on_the_ground_is_a_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, armed men kidnapped three members of a family in Kaya. The victims were later killed.",
    "On 2 March 2024, armed men abducted a teacher in Djibo. His body was found two days later.",
])
def test_an_abduction_whose_victims_are_killed_is_an_attack(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_an_abduction_whose_victims_are_released_stays_an_abduction(run):
    assert _main(run, "On 2 March 2024, armed men abducted 3 people in Djibo. They were released the next day.") == \
        ("Violence against civilians", "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, soldiers killed 5 and captured 3 terrorists near Djibo.",
    "On 2 March 2024, 3 militants were killed, injured or captured during security operations in Djibo.",
])
def test_fighters_captured_are_not_territory(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


def test_a_town_captured_is_territory(run):
    assert _main(run, "On 2 March 2024, militants captured the town of Djibo.") == \
        ("Battles", "Non-state actor overtakes territory")
