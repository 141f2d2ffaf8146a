"""Weapon nouns name an attack only with an act of their own in the sentence, and "fire" is shots only with a gun or
a shooter in it (sentences written for these tests)."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event


@pytest.mark.parametrize("text", [
    "The museum shows necklaces of ocean shells and mussel shells made by the Adena people.",
    "The result is a conical-shaped shell.",
])
def test_shells_with_no_act_are_no_shelling(run, text):
    assert main_event(run(text, published="2024-03-05")) is None


def test_shells_that_hit_a_market_are_shelling(run):
    ev = main_event(run("On 2 March 2024, Houthi shells hit a market in Taizz, killing two civilians.",
                        published="2024-03-05"))
    assert ev is not None and ev.event_type == "Explosions/Remote violence"


def test_a_house_fire_is_no_gunfire(run):
    assert main_event(run("The fire at the home of Rose Bench, 9025 Indian Lake Road, was first reported at about 8 a.m.",
                          published="2024-03-05")) is None


def test_gunmen_opening_fire_is_still_an_attack(run):
    ev = main_event(run("On 2 March 2024, gunmen opened fire on a bus near Kaduna, killing three passengers.",
                        published="2024-03-05"))
    assert ev is not None and ev.event_type == "Violence against civilians"


def test_shells_that_fell_on_a_village_are_shelling(run):
    ev = main_event(run("On 2 March 2024, one shell fell into the village of Taung Bway and two shells fell at a school. "
                        "A teacher was injured.", published="2024-03-05"))
    assert ev is not None and ev.event_type == "Explosions/Remote violence"
