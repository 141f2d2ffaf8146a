"""One event told in several clauses is one record; two events told side by side stay two.

Notes written for these tests in the manner of conflict reports and coder notes.
"""

from __future__ import annotations

import pytest


def _factual(result):  # type: ignore[no-untyped-def]
    return [ev for ev in result.events if ev.modality in ("reported", "claimed")]


@pytest.mark.parametrize(("text", "event_type"), [
    # the weapon told in the same sentence
    ("On 9 May 2020, army units shelled the outskirts of Kafr Nabl using artillery fire.", "Explosions/Remote violence"),
    # the event named again in the next sentence, with its toll
    ("On 9 May 2020, clashes erupted between Houthi forces and government forces near Marib. The clashes left "
     "12 fighters dead.", "Battles"),
    # the casualties in the next sentence
    ("On 8 May 2020, rebels fired mortars at army positions near Avdiivka. During the day, four soldiers were "
     "wounded.", "Explosions/Remote violence"),
    ("On 8 May 2020, two armed men carried out a drive-by shooting against a trader in Tijuana. The victim was "
     "injured.", "Violence against civilians"),
])
def test_clauses_of_one_event_make_one_record(run, text, event_type):  # type: ignore[no-untyped-def]
    events = _factual(run(text, published="2020-05-10"))
    assert [ev.event_type for ev in events] == [event_type], [(e.event_type, e.evidence[0].text) for e in events]
    assert len(events[0].evidence) > 2  # the folded clause's trigger and sentence are kept as evidence


def test_the_toll_of_the_next_sentence_becomes_the_events_toll(run):  # type: ignore[no-untyped-def]
    events = _factual(run("On 9 May 2020, clashes erupted between Houthi forces and government forces near Marib. "
                          "The clashes left 12 fighters dead.", published="2020-05-10"))
    assert events[0].fatalities is not None and events[0].fatalities.best == 12


@pytest.mark.parametrize("text", [
    # a second event said to be separate
    "Gunmen killed three villagers in Kidal on Monday. In a separate attack, gunmen killed two herders in Gao.",
    # the next sentence's dead are another town's
    "Gunmen killed three villagers in Kidal on Monday. Two soldiers were killed in Gao.",
])
def test_distinct_events_stay_distinct(run, text):  # type: ignore[no-untyped-def]
    assert len(_factual(run(text, published="2020-05-10"))) == 2, text


def test_the_casualties_of_a_riot_are_its_toll(run):  # type: ignore[no-untyped-def]
    events = _factual(run("On 8 May 2020, two mobs clashed with each other in Pratapgarh over a property dispute. "
                          "1 killed, 7 injured.", published="2020-05-10"))
    assert [ev.event_type for ev in events] == ["Riots"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 1


def test_what_monitors_observed_at_the_same_place_is_the_same_event(run):  # type: ignore[no-untyped-def]
    events = _factual(run("On 9 May 2020, rebels fired grenade launchers at army positions near Opytne. Monitors "
                          "observed a total of 19 explosions near Opytne.", published="2020-05-10"))
    assert [ev.event_type for ev in events] == ["Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "On 9 May 2020, traders demonstrated in Kano against gunmen who abducted two of their members last week.",
    "On 9 May 2020, students protested in Nairobi against police officers who shot a classmate on Friday.",
])
def test_what_a_protest_is_about_is_background_to_it(run, text):  # type: ignore[no-untyped-def]
    result = run(text, published="2020-05-10")
    assert [ev.event_type for ev in _factual(result)] == ["Protests"], text
    assert any(ev.modality == "background" for ev in result.events)  # kept, as context


def test_what_forces_seized_after_the_attack_is_part_of_it(run):  # type: ignore[no-untyped-def]
    events = _factual(run("On 9 May 2020, militants attacked a police post in Bossaso. Police captured the vehicle "
                          "used by the militants along with weapons and ammunition.", published="2020-05-10"))
    assert [ev.event_type for ev in events] == ["Battles"], [(e.event_type, e.evidence[0].text) for e in events]
