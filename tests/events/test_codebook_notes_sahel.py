"""ACLED typing on short notes written for these tests from the ACLED codebook's definitions (never rows
of a gold file): who is armed and who is harmed decides between Battles and Violence against civilians,
a crowd's own violence between Riots and Protests, and a non-violent act makes a Strategic development."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _main(run, text):
    ev = main_event(run(text, published="2024-03-05"))
    return ev


def _type(run, text):
    ev = _main(run, text)
    return (ev.event_type, ev.sub_event_type) if ev else None


@pytest.mark.parametrize("text", [
    "On 3 March 2024, IS militants attacked a displaced persons camp in Barsalogho, killing 3 displaced persons.",
    "On 3 March 2024, Boko Haram/IS raided Gajiram and burnt several huts, killing 2 farmers.",
])
def test_the_name_is_read_as_a_verb_is_still_the_attacker(run, text):
    # the parser reads "IS" as the auxiliary "is", which would make the attackers the target
    ev = _main(run, text)
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 is not None and ev.actor1.name in ("Islamic State",
                                                       "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")


def test_an_attack_repelled_by_volunteers_is_a_battle(run):
    assert _type(run, "On 3 March 2024, VDPs repelled an attack by militants on the village of Sollé. "
                      "5 attackers were killed.")[0] == "Battles"


def test_detainees_killed_by_the_army_are_civilians(run):
    # ACLED codebook, Violence against civilians: people in custody are unarmed whatever they were before
    assert _type(run, "On 3 March 2024, the army killed 7 suspected terrorists who had been arrested "
                      "in Djibo.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 March 2024, the FDS arrested 20 suspects during an operation in the forest of Pama.",
     ("Strategic developments", "Arrests")),
    ("On 3 March 2024, militants occupied the village of Toulfé after residents fled.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("On 3 March 2024, the army recaptured the town of Ndele after the rebels had left.",
     ("Strategic developments", "Non-violent transfer of territory")),
    ("On 3 March 2024, suspected militants attacked and burnt the town hall of Tongomayel. No one was hurt.",
     ("Strategic developments", "Looting/property destruction")),
    ("On 3 March 2024, armed men attacked a convoy of food trucks near Barsalogho and burnt five trucks. "
     "No casualties were reported.", ("Strategic developments", "Looting/property destruction")),
])
def test_strategic_developments(run, text, expected):
    assert _type(run, text) == expected


def test_a_military_convoy_is_still_an_armed_target(run):
    assert _type(run, "On 3 March 2024, militants ambushed a military convoy near Namssiguia, killing 4 "
                      "soldiers.")[0] == "Battles"


def test_fighting_after_a_withdrawal_is_not_a_peaceful_transfer(run):
    assert _type(run, "On 3 March 2024, militants seized the town of Mansila after the soldiers left, and "
                      "clashed with the VDP who stayed behind.")[0] == "Battles"


def test_a_crowd_burning_a_vehicle_after_its_reasons_is_a_riot(run):
    assert _type(run, "On 3 March 2024, residents of Bittou demonstrated against the gold mining company, "
                      "burning one of its vehicles.") == ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 3 March 2024, an elderly woman accused of witchcraft was attacked and injured by her neighbours in Ziniaré.",
    "On 3 March 2024, a man was attacked and killed by a group of men over a land dispute in Léo.",
    "On 3 March 2024, a group of villagers beat to death a man accused of stealing a goat in Tenkodogo.",
])
def test_unarmed_people_attacking_a_person_are_a_mob(run, text):
    # ACLED codebook, Riots: Mob violence; no weapon or armed group named
    assert _type(run, text) == ("Riots", "Mob violence")


@pytest.mark.parametrize("text", [
    "On 3 March 2024, a man was shot dead by unknown assailants over a land dispute in Pô.",
    "On 3 March 2024, a group of men on motorbikes killed a trader in Arbinda.",
    "On 3 March 2024, Koglweogo members beat a suspected thief to death in Kaya.",
])
def test_armed_or_organised_attackers_are_not_a_mob(run, text):
    assert _type(run, text)[0] == "Violence against civilians"


def test_a_locust_attack_is_not_mob_violence(run):
    assert _type(run, "On 3 March 2024, residents staged a protest in Tando Adam against the poor performance "
                      "of the local authorities after a locust attack.")[0] == "Protests"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 March 2024, a group of 30 Boko Haram militants surrendered to the Nigerian army in Bama.",
     ("Strategic developments", "Change to group/activity")),
    ("On 3 March 2024, the army installed a new base near the town of Kalehe.",
     ("Strategic developments", "Headquarters or base established")),
])
def test_an_armed_group_changing_its_activity(run, text, expected):
    assert _type(run, text) == expected


def test_a_suspect_surrendering_to_the_police_is_no_event(run):
    assert _type(run, "On 3 March 2024, the suspect in the murder of the shopkeeper surrendered to the police "
                      "in Nairobi.") is None


def test_civilians_killed_as_suspected_militants_are_civilians(run):
    # the armed group is named only as what the victims were accused of being
    assert _type(run, "On 3 March 2024, soldiers killed 3 shepherds near Djibo, accusing them of being "
                      "terrorists.") == ("Violence against civilians", "Attack")
    assert _type(run, "On 3 March 2024, soldiers killed 3 suspected terrorists near Djibo.")[0] == "Battles"


@pytest.mark.parametrize("text", [
    "On 3 March 2024, residents stormed the prefecture of Bourzanga and set it on fire.",
    "On 3 March 2024, in Bobo-Dioulasso, traders angry at the demolition of their stalls clashed with municipal police.",
    "On 3 March 2024, people in Fada N'Gourma looted the homes of officials of the former ruling party.",
])
def test_a_crowd_destroying_or_looting_is_a_riot(run, text):
    # ACLED codebook, Riots: a crowd's violence against property; the destruction a crowd is angry about is
    # its grievance, not a second event
    assert _type(run, text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    "On 3 March 2024, militants whipped residents of Pobé-Mengao for smoking cigarettes.",
    "On 3 March 2024, unidentified armed men burnt a man alive in his shop in Kaya.",
])
def test_corporal_punishment_and_burning_people_are_attacks_on_civilians(run, text):
    assert _type(run, text) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "The company installed new solar panels at its headquarters in Nairobi.",
    "The government chief whip said the bill would pass next week.",
])
def test_everyday_words_are_no_event(run, text):
    assert _type(run, text) is None


@pytest.mark.parametrize("text", [
    "On 3 March 2024, militants attacked the village of Dablo, killing 6 people, including 2 VDP members.",
    "On 3 March 2024, militants attacked Kelbo. The army intervened and killed 10 assailants.",
    "On 3 March 2024, an army patrol came under fire near Djibo; two soldiers were wounded.",
])
def test_attacks_met_by_armed_defenders_are_battles(run, text):
    # ACLED codebook, Battles: armed auxiliaries among the dead, attackers killed by the forces who came to
    # help, a patrol under fire
    assert _type(run, text)[0] == "Battles"
