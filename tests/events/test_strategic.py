"""Strategic developments (ACLED codebook, Change to group/activity and Other) on sentences written for these
tests (never rows of a gold file): security measures such as curfews and lockdowns, movements of armed forces,
a measure's purpose is not the event, and an everyday "deploy" or "convoy" is no event."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _main(run, text):
    ev = main_event(run(text, published="2024-03-05"))
    return (ev.event_type, ev.sub_event_type) if ev else None


CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the government declared a lockdown on the capital Bamako and banned travel between cities.",
    "On 2 March 2024, the governor of Kasai province closed the markets and imposed a curfew starting at midnight.",
])
def test_a_lockdown_or_curfew_imposed_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


def test_a_military_convoy_moving_is_a_change_to_activity(run):
    assert _main(run, "On 2 March 2024, three Turkish military convoys entered Idlib through the Bab al-Hawa crossing.") \
        == CHANGE


def test_a_convoy_attacked_is_the_attack(run):
    assert _main(run, "On 2 March 2024, militants ambushed a military convoy near Gao, killing four soldiers.")[0] \
        == "Battles"


def test_what_a_deployment_is_for_is_not_the_event(run):
    assert _main(run, "On 2 March 2024, soldiers were deployed across Juba to prevent planned protests by "
                      "opposition supporters.") == CHANGE


def test_what_a_release_is_for_is_not_the_event(run):
    assert _main(run, "On 2 March 2024, the government released 90 rebel prisoners to help advance the peace "
                      "deal.") == ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the company deployed a new payment system across its stores in Lagos.",
    "On 2 March 2024, an aid convoy carrying food and medicine reached the town of Bentiu.",
])
def test_a_deployment_or_convoy_with_no_armed_actor_is_no_event(run, text):
    assert _main(run, text) is None


def test_a_bomb_found_and_detonated_by_the_police_is_disrupted_weapons_use(run):
    assert _main(run, "On 2 March 2024, police detonated a bomb planted by militants outside a church in Poso.") == \
        ("Strategic developments", "Disrupted weapons use")


def test_a_bomb_detonated_by_militants_stays_an_explosion(run):
    assert _main(run, "On 2 March 2024, militants detonated a bomb planted outside a police station in Poso.")[0] == \
        "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, the minister said the two countries would keep reinforcing their friendship and trade.",
    "On 2 March 2024, the mayor said the department would recruit more people to answer calls.",
    "On 2 March 2024, the lawyer, who defended victims of land seizures, said his client was recovering at home.",
])
def test_everyday_senses_of_strategic_words_are_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, about 70 travellers stranded in Cusco because of the lockdown protested outside the town hall.",
    "On 2 March 2024, traders who defied the curfew held a demonstration in the market of Kano.",
])
def test_a_lockdown_or_curfew_named_as_the_setting_is_not_the_event(run, text):
    assert _main(run, text)[0] == "Protests"


def test_a_curfew_being_enforced_is_a_change_to_activity(run):
    assert _main(run, "On 2 March 2024, the Turkish government began enforcing a two-day curfew in 31 provinces.") \
        == CHANGE


def test_violence_by_people_enforcing_a_lockdown_is_the_event(run):
    assert _main(run, "On 2 March 2024, volunteers helping police enforce the lockdown beat up a truck driver in "
                      "Alwar.")[0] == "Violence against civilians"


def test_land_seized_by_armed_forces_is_property_destruction(run):
    assert _main(run, "On 2 March 2024, Israeli forces seized a large area of Palestinian-owned land in the village "
                      "of Azzun.") == ("Strategic developments", "Looting/property destruction")


def test_territory_recovered_by_soldiers_is_regained(run):
    assert _main(run, "On 2 March 2024, FARDC soldiers recovered territory following a clash with the ADF near "
                      "Beni.") == ("Battles", "Government regains territory")


@pytest.mark.parametrize("text", [
    "A police patrol stopped him as he tried to sell heroin to two men outside the station.",
    "The county commissioners lifted the five-week-old burn ban on Tuesday.",
])
def test_police_patrols_and_burn_bans_are_no_event(run, text):
    assert _main(run, text) is None


# ---- Strategic developments told with words of their own (ACLED codebook 2019+: Change to group/activity,
# Looting/property destruction, Other; old codebook 2016/2017: troop movements, non-violent activity of armed
# groups, looting); sentences written for these tests

LOOTING = ("Strategic developments", "Looting/property destruction")
OTHER = ("Strategic developments", "Other")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, a Turkish military column of forty vehicles entered Syrian territory through the Kafr Lusin crossing.",
    "On 2 March 2024, a ship carrying tanks and armoured vehicles arrived in the port of Aden for the coalition forces.",
    "On 2 March 2024, the United States withdrew 200 troops from its base in northern Iraq.",
    "On 2 March 2024, rebels set up checkpoints on the road between Goma and Rutshuru.",
    "On 2 March 2024, soldiers sealed off the town of Kaya and searched houses.",
    "On 2 March 2024, members of the Sinaloa Cartel delivered food packages to families in Culiacan.",
    "On 2 March 2024, the army conducted a raid in the village. No arrests or clashes were reported.",
])
def test_a_movement_or_measure_of_armed_forces_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "On 2 March 2024, settlers uprooted 300 olive trees belonging to Palestinian farmers near Hebron.",
    "On 2 March 2024, 40 olive trees owned by Palestinians were cut down in the village of Burin.",
    "On 2 March 2024, militants smashed the windows of a bank in the town.",
])
def test_property_destroyed_with_nobody_hurt_is_looting_property_destruction(run, text):
    assert _main(run, text) == LOOTING


@pytest.mark.parametrize("text", [
    "On 2 March 2024, more than 100 war-affected villagers fled their village to the town of Paletwa.",
    "On 2 March 2024, 500 villagers were evacuated from the area following fighting between the army and rebels.",
])
def test_people_displaced_by_a_conflict_is_other(run, text):
    assert _main(run, text) == OTHER


@pytest.mark.parametrize("text", [
    "The guests arrived at the hotel shortly after midnight.",
    "The new column in the Sunday paper discusses housing prices.",
    "The company dispatched a technician to fix the network.",
    "The police set up checkpoints to test drivers for alcohol during the holiday weekend.",
    "Firefighters sealed off the street after the gas leak.",
    "Volunteers distributed food packages to families hit by the floods.",
    "The farmer cut down an old oak tree in his garden.",
    "Doctors urged people to cut down on sugar and salt.",
    "The city bulldozed the old stadium to build new homes.",
    "Residents fled the fire as flames spread through the hills.",
    "The storm displaced 2,000 families in the coastal region.",
    "The suspect fled the scene before police arrived.",
    "The team withdrew its players from the tournament.",
    "The army arrived to help victims of the earthquake.",
])
def test_the_same_words_in_everyday_news_are_no_event(run, text):
    assert _main(run, text) is None


# ---- the line between Strategic developments and violence: when a note tells of violence and of a strategic act,
# ACLED codes the violence

@pytest.mark.parametrize("text", [
    "On 2 March 2024, police arrested three militants after a firefight in the town of Garissa.",
    "On 2 March 2024, soldiers seized weapons after killing two militants near Mopti.",
    "On 2 March 2024, the police dismantled a camp of the gang and killed one of their leaders.",
    "On 2 March 2024, soldiers on patrol clashed with armed men in Rubare, killing one of them.",
])
def test_a_strategic_act_told_with_a_fight_is_the_battle(run, text):
    assert _main(run, text) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "On 2 March 2024, rebels destroyed an army tank with an anti-tank missile near the front line.",
    "On 2 March 2024, the army destroyed a rebel ammunition depot with artillery fire.",
])
def test_property_destroyed_with_a_remote_weapon_is_remote_violence(run, text):
    assert _main(run, text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_reconnaissance_flight_that_drops_bombs_is_the_strike(run):
    assert _main(run, "On 2 March 2024, jets conducted reconnaissance flights over the rebel camps and dropped "
                      "several bombs.")[0] == "Explosions/Remote violence"


def test_an_arrest_for_a_past_killing_stays_an_arrest(run):
    assert _main(run, "On 2 March 2024, police arrested two men suspected of killing a soldier last week.") == \
        ("Strategic developments", "Arrests")


def test_a_movement_of_forces_for_a_fight_stays_the_movement(run):
    assert _main(run, "On 2 March 2024, the army brought in military reinforcements to Kidal amid the ongoing "
                      "clashes in the region.") == CHANGE


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, militants took control of the village of Nassougou and raised a black banner in the locality.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("On 2 March 2024, rebels seized the town of Bunagana after heavy fighting with the army.",
     ("Battles", "Non-state actor overtakes territory")),
    ("On 2 March 2024, M23 rebels captured the town of Kiwanja.", ("Battles", "Non-state actor overtakes territory")),
    ("On 2 March 2024, police seized 20 kg of cannabis in the town.", LOOTING),
])
def test_territory_taken_with_or_without_a_fight(run, text, expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text", [
    "On 2 March 2024, Al Shabaab militants entered the town of Bulo Burde and addressed residents at the mosque.",
    "On 2 March 2024, Boko Haram fighters moved into the forest near the village of Bama.",
    "On 2 March 2024, Turkish forces closed all entrances to the city of Afrin until further notice.",
    "On 2 March 2024, fighters announced the formation of a new armed group called the Popular Resistance Front.",
])
def test_armed_men_entering_moving_closing_or_forming_a_group_is_a_change_to_activity(run, text):
    assert _main(run, text) == CHANGE


@pytest.mark.parametrize("text", [
    "On 2 March 2024, gunmen entered the village of Kasala. They killed five people and burned houses.",
    "On 2 March 2024, militants arrived on motorbikes in the village. They shot dead three farmers.",
])
def test_an_entry_that_opens_an_attack_is_the_attack(run, text):
    assert _main(run, text) == ("Violence against civilians", "Attack")


def test_an_entry_followed_by_arrests_is_the_arrests(run):
    assert _main(run, "On 2 March 2024, soldiers entered the village of Kyauktaw and detained about 40 villagers.") == \
        ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "The new law entered into force on Monday.",
    "The company moved its headquarters to Berlin last year.",
    "Police closed the road after a crash on the motorway.",
    "The government closed the border to travellers because of the virus.",
    "Students formed a new club at the university.",
    "The firm created 200 new jobs in the region.",
    "The team moved into second place after the win.",
])
def test_everyday_entering_moving_closing_or_forming_is_no_event(run, text):
    assert _main(run, text) is None


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, AMISOM troops withdrew from the town of Leego after heavy fighting with Al Shabaab.",
     ("Battles", "Armed clash")),
    ("On 2 March 2024, rebels took control of the town after the army withdrew following heavy clashes.",
     ("Battles", "Non-state actor overtakes territory")),
    ("On 2 March 2024, rebels took control of the town without a fight after the army withdrew.",
     ("Strategic developments", "Non-violent transfer of territory")),
])
def test_a_withdrawal_in_a_fight_is_a_battle_and_without_one_a_transfer(run, text, expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, military intelligence raided the neighbourhood of Kafr Batna. 20 young men were arrested and "
     "taken to an unknown location.", ("Strategic developments", "Arrests")),
    ("On 2 March 2024, troops raided a Boko Haram camp in the Sambisa forest, killing 12 militants and arresting five.",
     ("Battles", "Armed clash")),
    ("On 2 March 2024, soldiers raided the village and clashed with militants; three suspects were arrested.",
     ("Battles", "Armed clash")),
])
def test_a_raid_that_ends_in_arrests_with_no_fight_is_an_arrest(run, text, expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, militants fired several rounds in air to disperse residents and then looted supplies in the "
     "village of Nangade.", ("Strategic developments", "Looting/property destruction")),
    ("On 2 March 2024, gunmen fired in the air and looted shops, wounding two traders.",
     ("Violence against civilians", "Attack")),
])
def test_looting_under_shots_in_the_air_is_looting_unless_people_are_hurt(run, text, expected):
    assert _main(run, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("On 2 March 2024, troops were deployed in the schools of the village. The soldiers then fired mortars at the "
     "surrounding hamlets.", "Explosions/Remote violence"),
    ("On 2 March 2024, gunmen who had seized a truck of the health ministry opened fire on the soldiers who pursued "
     "them, wounding one.", "Battles"),
])
def test_a_deployment_or_seizure_told_with_the_violence_that_follows_is_the_violence(run, text, expected):
    assert _main(run, text)[0] == expected
