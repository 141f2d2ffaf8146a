"""Event types in incident summaries written for these tests in the style of terrorism-incident databases
("Assailants opened fire on ...", "An explosive device was discovered and defused ..."), each coded by the
ACLED codebook's definitions: an attack on an armed target (a patrol, a checkpoint, a peacekeepers' base) is a
Battle; an attempted abduction carried out by armed men is an abduction; incendiary devices thrown at a building
with nobody hurt are property destruction; a device made harmless is a disrupted weapons use, one that went off
early and hurt bystanders an explosion."""

from __future__ import annotations

import pytest

from eventwire.eval.events import main_event

BATTLES = "Battles"
VAC = "Violence against civilians"
REMOTE = "Explosions/Remote violence"
SD = "Strategic developments"


def _main(run, text):
    return main_event(run(text, published="2017-03-10"))


def _current(run, text):
    return [e for e in run(text, published="2017-03-10").events if e.modality != "background"]


@pytest.mark.parametrize("text", [
    "Assailants opened fire on a security patrol in Maroua. One soldier was killed and another was injured in the attack.",
    "Gunmen opened fire on a security checkpost in Diffa district.",
    "Gunmen opened fire on the UN peacekeepers' base in Aguelhok. There were no casualties.",
    "Assailants attacked a police station in Bokoro overnight.",
])
def test_fire_on_an_armed_target_is_one_battle(run, text):
    # the target is named by what it is (a patrol, a post, a base): armed people who can respond
    events = _current(run, text)
    assert [e.event_type for e in events] == [BATTLES]


def test_another_person_hurt_is_the_same_attack(run):
    events = _current(run, "Gunmen ambushed an army convoy near Kolofata. Two soldiers were killed and another was "
                           "wounded in the ambush.")
    assert len(events) == 1 and events[0].fatalities is not None and events[0].fatalities.best == 2


@pytest.mark.parametrize("text", [
    "Unknown assailants attempted to abduct two aid workers from their car near Tanout.",
    "Gunmen tried to kidnap a local journalist in Menaka. The journalist escaped unharmed.",
])
def test_an_attempted_abduction_by_armed_men_is_an_abduction(run, text):
    ev = _main(run, text)
    assert ev is not None and (ev.event_type, ev.sub_event_type) == (VAC, "Abduction/forced disappearance")
    assert ev.modality in ("reported", "claimed")


def test_an_attempt_by_anyone_else_is_no_event(run):
    assert _main(run, "A man tried to steal a car from the hospital parking lot.") is None


def test_incendiary_devices_thrown_at_a_building_with_nobody_hurt(run):
    ev = _main(run, "Assailants threw incendiary devices at the Al Noor mosque in Garoua. There were no reported "
                    "casualties in the attack.")
    assert ev is not None and (ev.event_type, ev.sub_event_type) == (SD, "Looting/property destruction")


def test_a_device_found_and_safely_detonated_is_a_disrupted_weapons_use(run):
    # no actor is named, yet the device is the event (ACLED: Disrupted weapons use)
    ev = _main(run, "An explosive device was discovered and safely detonated near the old church in Mokolo.")
    assert ev is not None and (ev.event_type, ev.sub_event_type) == (SD, "Disrupted weapons use")


def test_a_device_that_went_off_early_and_hurt_bystanders_is_an_explosion(run):
    ev = _main(run, "An explosive device detonated prematurely in Baga. An assailant was killed and three "
                    "civilians were injured in the blast.")
    assert ev is not None and ev.event_type == REMOTE
    only_them = _main(run, "A bomb exploded prematurely while militants were planting it near Ansongo, killing two of them.")
    assert only_them is not None and (only_them.event_type, only_them.sub_event_type) == (SD, "Disrupted weapons use")


@pytest.mark.parametrize("text", [
    "A suicide bomber detonated at a market in Mora. In addition to the assailant, two civilians were killed in the "
    "blast. No group claimed responsibility for the incident.",
    "A suicide bomber detonated at a mosque in Limani. This was one of two related suicide bombings targeting mosques "
    "in the area on this date. In addition to two assailants, a civilian was killed across both attacks.",
    "Assailants raided Kerawa. At least three people were killed in the attack. No group claimed responsibility; "
    "however, sources attributed the attack to Boko Haram.",
    "Assailants attacked a border police post in Spin Boldak. This was one of two coordinated attacks on posts in the "
    "area on this date. At least nine people, including three officers, were killed across both attacks.",
    "Assailants abducted a council secretary in Mamfe. He was released a week later. No group claimed responsibility "
    "for the incident; however, sources attributed the attack to separatists.",
])
def test_sentences_about_the_attack_are_not_new_events(run, text):
    # "the blast", "both attacks", "This was one of ...", "attributed the attack to": the attack told again
    assert len(_current(run, text)) == 1


@pytest.mark.parametrize(("text", "doer"), [
    ("Gunmen attacked a police post in Bulo Burte, killing two officers. Al Shabaab claimed responsibility for the "
     "attack.", "Al Shabaab"),
    ("Assailants attacked Amchide. One civilian was killed in the attack. No group claimed responsibility for the "
     "incident; however, sources attributed the attack to Boko Haram.", "Boko Haram"),
    ("Gunmen killed two soldiers near Damboa. The army blamed the attack on Boko Haram.", "Boko Haram"),
])
def test_the_group_a_report_names_as_the_doer_replaces_unnamed_gunmen(run, text, doer):
    ev = _main(run, text)
    assert ev is not None and ev.actor1 is not None and ev.actor1.name.startswith(doer)


def test_who_blames_is_not_the_doer(run):
    ev = _main(run, "Gunmen killed two farmers near Bokkos. Police blamed the attack on Boko Haram.")
    assert ev is not None and ev.actor1 is not None and not ev.actor1.name.startswith("Police")
    unclaimed = _main(run, "Gunmen killed two farmers near Bokkos. No group claimed responsibility.")
    assert unclaimed is not None and unclaimed.actor1.name.startswith("Unidentified")


def test_a_target_named_only_as_a_person_who_was_a_police_commander(run):
    # the next sentence says who the person was: a serving member of the police, so two armed sides
    ev = _main(run, "Assailants opened fire on Tor Jan in Maywand. Jan, a local police commander, was killed in the "
                    "assault.")
    assert ev is not None and ev.event_type == BATTLES and ev.actor2.name.startswith("Police Forces")
    former = _main(run, "Assailants opened fire on Gul Agha in Spin Boldak. Agha, a former police commander, was killed "
                        "in the assault.")
    assert former is not None and former.event_type == VAC
    minister = _main(run, "An assailant opened fire on Jean Ndayi in Gitega. Ndayi, the environment minister, was killed "
                          "in the assault.")
    assert minister is not None and minister.event_type == VAC  # officials are civilians (ACLED codebook)


@pytest.mark.parametrize("text", [
    "An explosive device detonated as assailants were planting it near Gao. Three assailants were killed in the blast.",
    "A rocket exploded before it was fired near Tessit. Two assailants were killed in the blast.",
])
def test_a_device_that_went_off_in_its_handlers_hands(run, text):
    events = _current(run, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [(SD, "Disrupted weapons use")]


def test_the_other_sides_response_is_the_same_engagement(run):
    one = _current(run, "Militants threw a hand grenade at the residence of a district commissioner in Hodan. "
                        "His bodyguards reacted with gunfire.")
    assert [e.event_type for e in one] == [BATTLES]
    two = _current(run, "Gunmen ambushed a police patrol near Garissa. In a separate incident, soldiers returned fire "
                        "on militants in Lamu.")
    assert len(two) == 2


@pytest.mark.parametrize("text", [
    "At least seven people were injured in the attack on the market.",
    "At least 40 people were killed in the attack on the village.",
])
def test_people_counted_as_victims_are_no_mob(run, text):
    # the people counted are the ones hurt (a passive verb), not a crowd that attacked
    ev = _main(run, text)
    assert ev is None or ev.event_type != "Riots"


@pytest.mark.parametrize("text", [
    "On 5 May 2020, SPLA-IO rebels were attacked by SSPDF soldiers near Yei. SPLA-IO forces claimed to have killed "
    "four soldiers.",
    "On 1 May 2020, Al Shabaab militants attacked a checkpoint manned by soldiers near Wanlaweyn. The two sides briefly "
    "exchanged gunfire.",
])
def test_the_same_parties_told_again_the_other_way_round_are_one_battle(run, text):
    events = [e for e in run(text, published="2020-05-06").events if e.modality != "background"]
    assert [e.event_type for e in events] == [BATTLES]


def test_a_casualty_clause_gives_a_battle_no_civilian_side(run):
    events = [e for e in run("On 28 April 2020, soldiers clashed with armed smugglers in a forest near Mae Sai. One "
                             "suspect was injured.", published="2020-04-29").events if e.modality != "background"]
    assert len(events) == 1 and events[0].event_type == BATTLES
    assert events[0].actor2 is None or events[0].actor2.inter != 7
