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
