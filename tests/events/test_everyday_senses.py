"""Conflict words in their everyday senses give no event; the same words in a fight still do.

Sentences written for these tests in the manner of local and business news (the false positives a user
sees when running eventwire over ordinary news), each beside a conflict sentence that uses the same word.
"""

from __future__ import annotations

import pytest


def _factual(result):  # type: ignore[no-untyped-def]
    return [ev for ev in result.events if ev.modality in ("reported", "claimed")]


@pytest.mark.parametrize("text", [
    # a taking of something that is not ground, by nobody armed
    "The new museum guides helped to capture the visitors' interest.",
    "The second vehicle, occupied by a female driver and a child, was parked along the curb.",
    "Belgium has expelled 13 and Canada four.",
    # a drone that is a tool, a blast that is a home run, a grenade that is only a danger
    "A new search for the missing yacht using underwater drones has started, officials said.",
    "It was a three-run blast that won the series for the visitors.",
    "The city bought a portable flood wall of the kind used to protect soldiers from bullets and grenades.",
    # dismissals, animals, job cuts, facilities, family engagement, airbags
    "The county judge fired Reams at the emergency operations centre on Tuesday.",
    "A hiker is recovering after a killer bee attack near the canyon trail.",
    "The teachers' union proposed eliminating seasonal jobs instead of layoffs.",
    "A new detention facility planned for the district has worried some officials.",
    "The engagement of parents has improved since the school changed its newsletter.",
    "His airbags did deploy when he lost control of the car.",
    # road crashes, accidents and fires with nobody armed
    "Four-car collision critically injures woman, 82.",
    "1 dead, 1 hurt in motorcycle crash.",
    "Man, 34, struck, killed by car.",
    "An 80-year-old woman was killed when a neighbour accidentally hit her while backing out of a driveway.",
    "A fire destroyed the roof of a family home on Tuesday, displacing the tenants and injuring two firefighters.",
    # nobody hurt, bodies with nothing said of how they died, policies that "target"
    "No residents were injured.",
    "Police are investigating after two bodies were found on a coastal path.",
    "The stop-and-search powers have been criticised for targeting ethnic minorities.",
])
def test_everyday_sense_gives_no_event(run, text):  # type: ignore[no-untyped-def]
    assert _factual(run(text, published="2018-04-05")) == [], text


@pytest.mark.parametrize(("text", "event_type"), [
    ("Rebels captured the town of Kidal after heavy fighting.", "Battles"),
    ("Militants occupied the police station in the village of Koro on Monday.", "Battles"),
    ("The army used drones to strike insurgent positions near Kunduz.", "Explosions/Remote violence"),
    ("Rebels dropped a grenade from a drone on army positions near the town.", "Explosions/Remote violence"),
    ("Gunmen threw a grenade at a police patrol in Mogadishu, wounding three officers.", "Explosions/Remote violence"),
    ("Soldiers fired at protesters in the capital, killing two.", "Protests"),
    ("The bodies of two men were found in a ditch near Kidal on Tuesday, residents said.",
     "Violence against civilians"),
    ("The body of a man was found with gunshot wounds on a road outside Tijuana.", "Violence against civilians"),
    ("A human head was found in a plastic bag in Acapulco.", "Violence against civilians"),
    ("Militants rammed a car into a checkpoint and shot two soldiers.", "Battles"),
])
def test_same_words_in_a_fight_still_give_the_event(run, text, event_type):  # type: ignore[no-untyped-def]
    types = {ev.event_type for ev in _factual(run(text, published="2020-05-05"))}
    assert event_type in types, (text, types)


@pytest.mark.parametrize("text", ["Gunmen attacked the village on Monday; no residents were injured.",
                                  "Gunmen attacked the village on Monday. No residents were injured."])
def test_nobody_hurt_keeps_the_attack_but_adds_no_injury(run, text):  # type: ignore[no-untyped-def]
    events = _factual(run(text, published="2020-05-05"))
    assert [ev.event_type for ev in events] == ["Violence against civilians"], text
