"""ACLED typing on terse coder's notes written for these tests in the style of short conflict notes (noun
phrases, headlines without a verb, agentless passives, "suspected of" attributions), each coded by the ACLED
codebook's definitions (never rows of a gold file): both sides armed and organised is a Battle, one-sided
violence on unarmed people is Violence against civilians, a weapon that explodes or is fired from a distance
is Explosions/Remote violence. Sentences with the same words that tell no conflict event give none."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event

BATTLES = "Battles"
VAC = "Violence against civilians"
REMOTE = "Explosions/Remote violence"


def _type(run, text):
    ev = main_event(run(text, published="2016-06-15"))
    return ev.event_type if ev else None


@pytest.mark.parametrize("text", [
    "Fighting between two clans in Galkayo left 5 dead.",
    "Clashes between herders and farmers in Benue; 10 killed.",
    "Clashes between Dinka and Nuer youths over cattle; 12 killed.",
    "Revenge attack between clans in Lower Shabelle.",
    "Heavy clashes reported in Wau between government forces and armed youths.",
    "Vigilante group members killed 4 bandits in Katsina.",
    "Boko Haram militants armed with grenades attacked a military base in Bosso.",
    "Boko Haram militants armed with guns and grenades attacked a military base in Bosso.",
])
def test_two_armed_sides_are_a_battle(run, text):
    # clans, communities and vigilantes who fight with weapons are organised armed groups; a grenade carried
    # by attackers who storm a base is not a weapon used at a distance
    assert _type(run, text) == BATTLES


@pytest.mark.parametrize("text", [
    "3 killed when gunmen attacked a village in Zamfara.",
    "Man killed by unknown assailants in Ngagara.",
    "Body of a man found with gunshot wounds in Bujumbura.",
    "Bodies of two men found with their hands tied in Mutakura.",
    "Two bodies found with gunshot wounds in the Rusizi river.",
    "Boko Haram suspected of killing 4 in Gwoza.",
    "Suspected Boko Haram militants blamed for attack on a village in Borno.",
    "Al Shabaab blamed for the killing of an elder in Baidoa.",
    "Soldiers shot and killed a motorcyclist at a checkpoint in Goma.",
    "Murle cattle raiders attacked Pibor, killing 3 and stealing 100 cattle.",
    "Inter-communal violence in Djugu; 12 civilians killed.",
    "Communal violence in Wau; 5 dead.",
])
def test_one_sided_violence_on_unarmed_people(run, text):
    assert _type(run, text) == VAC


def test_armed_men_who_meet_resistance_fight_a_battle(run):
    assert _type(run, "Armed cattle raiders from Pokot attacked Turkana herders, who fought back; 5 killed.") == BATTLES


def test_soldiers_killed_in_a_headline_are_the_target(run):
    # "2 soldiers killed in X": a passive with its auxiliary left out; the soldiers are who was killed
    ev = main_event(run("2 soldiers killed in Lower Shabelle.", published="2016-06-15"))
    assert ev.event_type == BATTLES
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces")


def test_a_killing_names_the_event_over_an_abduction(run):
    # ACLED codebook: an abduction whose victims are killed is coded by the killing; a policeman killed is a Battle
    assert _type(run, "Gunmen killed a policeman and abducted 3 civilians in Irumu.") == BATTLES


def test_a_village_attack_that_meets_resistance_is_a_battle(run):
    assert _type(run, "Armed youths attacked several villages in Mapel, leading to clashes with residents; 3 killed.") \
        == BATTLES


def test_a_grenade_thrown_is_remote_violence(run):
    assert _type(run, "A man armed with a grenade threw it into a bar in Bujumbura, injuring 3.") == REMOTE


def test_the_named_suspect_is_the_doer(run):
    ev = main_event(run("Al Shabaab blamed for the killing of an elder in Baidoa.", published="2016-06-15"))
    assert ev.actor1 is not None and ev.actor1.name == "Al Shabaab"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


@pytest.mark.parametrize("text", [
    "Farmers killed a lion that attacked their cattle.",
    "Drought killed hundreds of cattle in Turkana.",
    "A man killed himself in Kampala.",
    "The teachers' union attacked the new policy.",
    "Two teams clashed in the football final in Lagos.",
    "A road accident killed 5 people in Mombasa.",
    "The man is suspected of killing his neighbour.",
])
def test_same_words_no_conflict_event(run, text):
    assert _type(run, text) is None


@pytest.mark.parametrize("text", [
    "On 3 May 2020, five persons beat up a shopkeeper with bamboo sticks in Chembur over a debt.",
    "On 7 May 2020, a group of around 20 people attacked two traders at the market in Cuautla, injuring them.",
])
def test_unarmed_people_beating_someone_are_a_mob(run, text):  # type: ignore[no-untyped-def]
    events = [e for e in run(text, published="2020-05-10").events if e.modality in ("reported", "claimed")]
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Riots", "Mob violence")], text


@pytest.mark.parametrize(("text", "expected"), [
    ("Riot in Nairobi after a man was shot by police.", "Riots"),
    ("Clashes in Kidal between rebels and soldiers.", BATTLES),
])
def test_a_headline_that_opens_with_the_event_noun(run, text, expected):
    # the tagger takes the capitalised first word for a name; a preposition after it says it is the event
    assert _type(run, text) == expected
