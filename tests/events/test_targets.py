"""Battles or Violence against civilians by who is targeted, on sentences written for these tests (never rows of a
gold file): unarmed people named as the object of the act are civilians (ACLED codebook)."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


def _type(run, text):
    ev = main_event(run(text, published="2024-03-05"))
    return ev.event_type if ev else None


@pytest.mark.parametrize("text", [
    "On 2 March 2024, police assaulted several bar owners in Douala for selling after curfew.",
    "On 2 March 2024, soldiers fired rubber bullets at fishermen off the coast of Gaza.",
])
def test_unarmed_people_named_as_the_target_make_violence_against_civilians(run, text):
    assert _type(run, text) == "Violence against civilians"


@pytest.mark.parametrize("text", [
    "On 2 March 2024, soldiers fired on rebel fighters near Goma, killing two.",
    "On 2 March 2024, militants shot at traders' escorts and the soldiers returned fire near Gao.",
])
def test_armed_targets_or_a_fight_back_stay_a_battle(run, text):
    assert _type(run, text) == "Battles"


def test_a_grenade_answered_with_gunfire_in_response_is_a_battle(run):
    ev = main_event(run("On 2 March 2024, militants threw a hand grenade at soldiers in Mogadishu. The soldiers opened "
                        "gunfire in response.", published="2024-03-05"))
    assert ev is not None and ev.event_type == "Battles"


def test_villages_torched_during_a_battle_are_part_of_the_battle(run):
    assert _type(run, "On 2 March 2024, several villages were torched during a two-day battle between rebels and "
                      "the army near Lainya.") == "Battles"


def test_an_arson_attack_after_which_people_died_is_violence_against_civilians(run):
    assert _type(run, "On 2 March 2024, a party militia torched the opposition offices in Lilongwe using petrol bombs. "
                      "Three people died following the attack.") == "Violence against civilians"
