"""Coding short conflict notes in the style of a coder's summary, on sentences written for these
tests (never rows of a gold file): who is targeted decides the type, not the verb."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _main(run, text):
    ev = main_event(run(text, published="2024-03-05"))
    return (ev.event_type, ev.sub_event_type) if ev else None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, nurses gathered in front of the hospital in Kisumu to demand unpaid salaries.",
    "On 2 March 2024, taxi drivers blocked the main road in Nakuru, rejecting the new fuel levy.",
    "On 2 March 2024, the teachers' union held a sit-in outside the ministry in Kampala.",
    "On 2 March 2024, hundreds of traders took to the streets of Mombasa over market fees.",
])
def test_gatherings_with_a_grievance_are_protests(run, text):
    assert _main(run, text) == ("Protests", "Peaceful protest")


def test_a_gathering_without_a_grievance_is_not_an_event(run):
    assert _main(run, "On 2 March 2024, families gathered in Kisumu for the wedding of the chief's son.") is None


def test_a_body_found_is_an_attack_on_a_civilian(run):
    assert _main(run, "On 2 March 2024, the body of a man was found in a ditch near Tula. "
                      "It bore signs of torture.") == ("Violence against civilians", "Attack")


def test_gunmen_killing_an_unnamed_trader_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, unknown gunmen shot dead a trader in the market of Gao.")[0] == \
        "Violence against civilians"


def test_deaths_during_clashes_are_a_battle(run):
    assert _main(run, "On 2 March 2024, one person was killed during clashes between two armed clans "
                      "near Beledweyne.")[0] == "Battles"


def test_a_shoot_out_that_took_place_is_an_event(run):
    assert _main(run, "On 2 March 2024, a shoot-out took place in the Rocinha neighbourhood.") == \
        ("Battles", "Armed clash")


def test_mortars_with_small_arms_at_positions_are_a_battle(run):
    assert _main(run, "On 2 March 2024, the rebel forces fired 82mm mortars, heavy machine guns and small arms "
                      "at the army positions near Avdiivka.")[0] == "Battles"


def test_grenade_launchers_alone_are_shelling(run):
    assert _main(run, "On 2 March 2024, the rebel forces fired grenade launchers at the army positions "
                      "near Avdiivka.") == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_the_event_named_first_is_the_main_event(run):
    # the protest is the event; the arrest is its cause, named after it
    assert _main(run, "On 2 March 2024, journalists protested in Lahore against the arrest of an editor. "
                      "The editor was arrested by police in Karachi last week.")[0] == "Protests"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2024, residents burned tyres and blocked the highway in Kati, demanding drinking water.",
     ("Riots", "Violent demonstration")),
    ("On 2 March 2024, the army shot down a drone over Tessalit.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On 2 March 2024, soldiers defused three IEDs found on the road to Djibo.",
     ("Strategic developments", "Disrupted weapons use")),
    ("On 2 March 2024, federal police seized 2 tons of marijuana at a checkpoint on the highway near Campinas.",
     ("Strategic developments", "Looting/property destruction")),
    ("On 2 March 2024, the government released 40 prisoners from the central prison in Bagram.",
     ("Strategic developments", "Other")),
])
def test_strategic_developments_and_riots(run, text, expected):
    assert _main(run, text) == expected


def test_fighting_a_virus_is_not_a_battle(run):
    ev = _main(run, "On 2 March 2024, the governor closed the markets of Mukalla to combat the spread of the virus.")
    assert ev is None or ev[0] != "Battles"


def test_a_protest_against_an_arrest_is_peaceful(run):
    assert _main(run, "On 2 March 2024, journalists protested in Multan against the unjust arrest of their editor "
                      "and demanded his release.") == ("Protests", "Peaceful protest")


def test_a_protest_dispersed_in_the_next_sentence_is_a_protest_with_intervention(run):
    assert _main(run, "On 2 March 2024, patients demonstrated at the clinic in Gombe over their treatment. "
                      "Security forces dispersed the crowd.") == ("Protests", "Protest with intervention")


def test_a_thwarted_attack_is_a_battle(run):
    assert _main(run, "On 2 March 2024, government forces thwarted an attack by Al Shabaab militants on their "
                      "base near Afgooye.")[0] == "Battles"


def test_an_off_duty_police_officer_shot_is_a_civilian(run):
    assert _main(run, "On 2 March 2024, armed men carried out a drive-by shooting against a police officer who was "
                      "off-duty in Celaya.")[0] == "Violence against civilians"


def test_a_gang_member_shot_is_not_a_civilian(run):
    assert _main(run, "On 2 March 2024, in Manaus, an alleged gang member was shot dead by armed men.")[0] != \
        "Violence against civilians"


def test_families_clashing_without_weapons_is_mob_violence(run):
    assert _main(run, "On 2 March 2024, clashes broke out between villagers of two hamlets near Wau over "
                      "grazing land.") == ("Riots", "Mob violence")


def test_violent_words_in_a_protests_reasons_do_not_make_a_riot(run):
    assert _main(run, "On 2 March 2024, farmers protested in Swabi demanding help after their crops were destroyed "
                      "by a storm.") == ("Protests", "Peaceful protest")


def test_protesters_burning_tyres_in_the_next_sentence_make_a_riot(run):
    assert _main(run, "On 2 March 2024, supporters of the party demonstrated in Khartoum against the new law. "
                      "The demonstrators burned tires and blocked roads.")[0] == "Riots"


def test_a_man_found_dead_is_an_attack(run):
    assert _main(run, "On 2 March 2024, in Celaya, a man was found dead near the market. "
                      "The body presented firearm injuries.") == ("Violence against civilians", "Attack")


def test_a_suspect_killed_in_a_police_raid_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, a drug suspect was killed during a police raid in San Rafael.")[0] == \
        "Violence against civilians"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2024, rebel forces fired heavy machine guns at residential areas of Hays.",
     ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("On 2 March 2024, Turkey and Russia conducted a joint patrol on the M4 highway near Ariha.",
     ("Strategic developments", "Change to group/activity")),
    ("On 2 March 2024, Houthi forces established fortifications in the east of Hodeidah.",
     ("Strategic developments", "Change to group/activity")),
])
def test_heavy_weapons_and_movements_of_forces(run, text, expected):
    assert _main(run, text) == expected


def test_burning_an_effigy_is_a_peaceful_protest(run):
    assert _main(run, "On 2 March 2024, hundreds of people protested in Haflong demanding an inquiry. "
                      "They also burnt an effigy of the police chief.") == ("Protests", "Peaceful protest")


def test_workers_demanding_their_wages_is_a_protest(run):
    assert _main(run, "On 2 March 2024, in Monclova, workers of a construction company demanded the payment of "
                      "their salaries.") == ("Protests", "Peaceful protest")


def test_protesters_beaten_by_police_is_a_protest_with_intervention(run):
    assert _main(run, "On 2 March 2024, protesting residents were beaten up by police during their protest in "
                      "Tirana against the prime minister.")[0] == "Protests"


def test_a_participle_describing_the_victims_is_not_the_event(run):
    assert _main(run, "On 2 March 2024, soldiers executed six suspects detained in Djibo.") == \
        ("Violence against civilians", "Attack")


def test_a_communal_militia_killing_herders_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, Koglweogo members killed three herders near Arbinda.") == \
        ("Violence against civilians", "Attack")


def test_militants_killed_and_arrested_in_an_operation_is_a_battle(run):
    assert _main(run, "On 2 March 2024, 7 Taliban militants were killed and 3 were arrested during police "
                      "operations in Ghor.")[0] == "Battles"


def test_a_community_leader_stabbed_is_violence_against_civilians(run):
    assert _main(run, "On 2 March 2024, a local leader of the youth league was stabbed to death by unidentified "
                      "assailants in Rupganj.")[0] == "Violence against civilians"


@pytest.mark.parametrize(("text", "expected"), [
    ("On 2 March 2024, members of the teachers' union observed a 48-hour strike in Bobo-Dioulasso.",
     ("Protests", "Peaceful protest")),
    ("On 2 March 2024, opposition activists brought out a procession in Khulna demanding the release of their leader.",
     ("Protests", "Peaceful protest")),
    ("On 2 March 2024, a human chain was formed in front of the press club in Barishal demanding justice.",
     ("Protests", "Peaceful protest")),
    ("On 2 March 2024, a mob lynched a man accused of theft in Gazipur.", ("Riots", "Mob violence")),
    ("On 2 March 2024, supporters of two rival candidates clashed in Sirajganj, leaving 10 injured.",
     ("Riots", "Mob violence")),
])
def test_strikes_processions_and_mobs(run, text, expected):
    assert _main(run, text) == expected


def test_unnamed_men_killing_someone_are_an_armed_group_not_a_mob(run):
    ev = main_event(run("On 2 March 2024, hooded men on motorbikes killed a catechist near Dori.",
                        published="2024-03-05"))
    assert ev.event_type == "Violence against civilians" and ev.actor1.name.startswith("Unidentified Armed Group")


def test_policemen_injured_by_a_mob_is_mob_violence(run):
    assert _main(run, "On 2 March 2024, two police personnel were injured in an attack by a mob who tried to "
                      "snatch a suspect from custody in Narail.") == ("Riots", "Mob violence")


def test_two_groups_clashing_over_land_is_mob_violence(run):
    assert _main(run, "On 2 March 2024, two groups clashed over a land dispute in Ballia. "
                      "One person was killed.") == ("Riots", "Mob violence")
