"""ACLED sub-types, actors and attribution on sentences written from the ACLED codebook definitions."""

from __future__ import annotations

import pytest


def _main(result):
    from eventwire.eval.events import main_event

    return main_event(result)


@pytest.mark.parametrize(("text", "etype", "sub"), [
    # Protests: "a public demonstration in which participants do not engage in violence"
    ("Hundreds of teachers protested outside the education ministry in Lahore on Monday, demanding higher salaries.",
     "Protests", "Peaceful protest"),
    # Protest with intervention: "authorities attempt to disrupt it (e.g. dispersal, arrests)"
    ("Police fired tear gas to disperse students who were protesting against fee increases in Nairobi on Monday.",
     "Protests", "Protest with intervention"),
    # Riots, violent demonstration: "demonstrators engage in violent or destructive acts"
    ("Protesters torched tyres and pelted police with stones in Kinshasa on Monday during a demonstration against "
     "the election results.", "Riots", "Violent demonstration"),
    # Explosions/Remote violence, remote explosive: "an IED, landmine or other explosive detonated remotely"
    ("A roadside bomb exploded near a police convoy in Kandahar on Monday, wounding three officers.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    # Shelling: "long-range artillery, missile or rocket fire"
    ("Separatist forces shelled the positions of the Ukrainian army near Avdiivka with 120mm mortars on Monday.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    # Armed clash: "armed, organised groups engage in a violent interaction"
    ("Al Shabaab militants clashed with Somali soldiers near Afgooye on Monday.", "Battles", "Armed clash"),
    # Strategic developments, arrests
    ("Security forces arrested four opposition leaders in Harare on Monday.", "Strategic developments", "Arrests"),
    # Abduction
    ("Gunmen abducted twenty schoolchildren from a school in Kaduna state on Monday.",
     "Violence against civilians", "Abduction/forced disappearance"),
])
def test_codebook_sentences_get_their_sub_type(run, text, etype, sub):
    ev = _main(run(text))
    assert ev is not None, text
    assert (ev.event_type, ev.sub_event_type) == (etype, sub)


def test_two_sided_exchange_of_shelling_is_a_battle(run):
    ev = _main(run("Houthi forces exchanged artillery fire with government forces on the Nihm front on Monday."))
    assert ev is not None and ev.event_type == "Battles"


def test_attack_on_a_village_is_violence_against_civilians(run):
    ev = _main(run("Suspected militiamen attacked the village of Tieba in Mopti region on Monday, burning homes."))
    assert ev is not None and ev.event_type == "Violence against civilians"


def test_protest_actor_is_protesters_of_the_country_with_the_group_associated(run):
    ev = _main(run("On 4 March 2024, doctors held a protest at a hospital in Bengaluru, India, demanding protective "
                   "equipment."))
    assert ev.event_type == "Protests"
    assert ev.actor1.name.startswith("Protesters")
    assert ev.actor1.evidence and ev.actor1.confidence > 0


def test_protest_against_an_arrest_is_one_protest_not_an_arrest(run):
    result = run("Journalists protested in Hyderabad on Monday against the arrest of a newspaper editor.")
    current = [e for e in result.events if e.modality != "background"]
    assert [e.event_type for e in current] == ["Protests"]


def test_unknown_named_forces_are_kept_as_written(run):
    ev = _main(run("Zanuvian Liberation Front fighters clashed with soldiers near Kidal on Monday."))
    assert ev is not None and ev.actor1 is not None
    assert "Zanuvian Liberation Front" in ev.actor1.name
    assert ev.actor1.known is False
    assert ev.actor1.evidence[0].text in "Zanuvian Liberation Front fighters"


def test_country_word_and_force_noun_give_that_state(run):
    ev = _main(run("Turkish soldiers clashed with PKK militants in Hakkari province on Monday."))
    assert ev.actor1.name == "Military Forces of Turkey"
    assert ev.actor2.name.startswith("PKK")


def test_petrarch_armed_group_alias_resolves(run):
    # "Aden Islamic Army" is a Phoenix MilNonState synonym of the Aden-Abyan Islamic Army
    ev = _main(run("Fighters of the Aden Islamic Army attacked Yemeni soldiers in Abyan on Monday."))
    assert ev is not None and ev.actor1 is not None
    assert ev.actor1.name.startswith("Aden Abyan Islamic Army")
    assert ev.actor1.known


def test_hypothetical_and_denied_are_not_reported(run):
    hyp = run("If the talks fail, the rebels could attack Goma next month.")
    assert all(e.modality in ("hypothetical", "forecast") for e in hyp.events)
    denied = run("The army denied that its troops had shelled the village of Bourasso on Monday.")
    assert all(e.modality != "reported" for e in denied.events)


@pytest.mark.parametrize("text", [
    "Health workers went on strike in Lagos on Monday demanding unpaid salaries.",
    "Nurses went on a strike in Lagos on Monday.",
    "Dock workers in Mombasa went on a two-week strike on Monday.",
])
def test_labour_strike_is_a_protest_not_an_air_strike(run, text):
    ev = _main(run(text))
    assert ev is not None and ev.event_type == "Protests"


def test_ordinary_agreement_is_not_a_conflict_event(run):
    result = run("The city council agreed on Tuesday to sign a new contract for waste collection.")
    assert result.events == []
