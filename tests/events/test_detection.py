"""Event detection on sentences written for these tests (not from the reference article)."""

from __future__ import annotations

import datetime as dt


def test_armed_group_killing_villagers_is_violence_against_civilians(run):
    result = run("Suspected Boko Haram militants killed twelve villagers in an attack near Maiduguri on Sunday, "
                 "police said.", published="2024-03-05")
    events = [ev for ev in result.events if ev.modality in ("reported", "claimed")]
    assert len(events) == 1
    ev = events[0]
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1.name.startswith("Boko Haram")
    assert ev.actor2.name == "Civilians (Nigeria)"  # ACLED names civilians with their country
    assert ev.fatalities.best == 12
    assert ev.date.start == dt.date(2024, 3, 3)


def test_aliases_resolve_to_one_canonical_actor(run):
    for alias in ("ISIS", "ISIL", "Daesh", "the Islamic State group"):
        result = run(f"Iraqi forces clashed with {alias} fighters near Mosul on Monday.")
        names = {ev.actor2.name for ev in result.events if ev.actor2}
        assert names == {"Islamic State"}, (alias, names)


def test_negated_attack_yields_no_event(run):
    result = run("The army said its soldiers did not attack the village of Kidal on Friday.")
    assert [ev for ev in result.events if ev.modality in ("reported", "claimed")] == []


def test_threat_is_a_forecast_not_an_event(run):
    result = run("Al-Shabaab threatened to attack Somali army bases in Mogadishu in the coming weeks.")
    assert result.events, "the threat should be kept, as a forecast"
    assert all(ev.modality == "forecast" for ev in result.events)


def test_non_conflict_text_yields_no_event(run):
    result = run("The central bank raised interest rates on Tuesday, and shares in Frankfurt rose sharply. "
                 "Analysts expect inflation to ease by the end of the year.")
    assert result.events == []


def test_airstrike_is_remote_violence(run):
    result = run("A Russian airstrike killed four civilians in the town of Ariha in Idlib province on Wednesday, "
                 "according to the Syrian Observatory for Human Rights.")
    ev = [e for e in result.events if e.modality in ("reported", "claimed")][0]
    assert (ev.event_type, ev.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert ev.fatalities.best == 4
    assert ev.location.country == "Syria"
    assert ev.claimant is not None and "Observatory" in ev.claimant.name


def test_multi_word_triggers_name_events(run):
    cases = {
        "Police rounded up 40 opposition activists in Harare on Monday.": ("Strategic developments", "Arrests"),
        "Hundreds of teachers formed a human chain in Nairobi on Tuesday to demand unpaid salaries.":
            ("Protests", "Peaceful protest"),
        "The government and the ELN rebels signed a peace deal in Havana on Friday.":
            ("Strategic developments", "Agreement"),
        "Troops pulled out of the town of Bakhmut on Friday.":
            ("Strategic developments", "Non-violent transfer of territory"),
    }
    for text, expected in cases.items():
        result = run(text)
        assert [(ev.event_type, ev.sub_event_type) for ev in result.events] == [expected], text


def test_shot_dead_is_one_attack_named_by_the_verb(run):
    result = run("Gunmen shot dead a trader in Maiduguri on Sunday.")
    assert len(result.events) == 1
    ev = result.events[0]
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.evidence[0].text == "shot"


def test_separated_phrasal_trigger_words_still_match(run):
    result = run("Soldiers rounded the suspected smugglers up near the border town of Tulkarm on Monday.")
    assert [ev.sub_event_type for ev in result.events] == ["Arrests"]


def test_handing_over_a_captaincy_is_not_a_transfer_of_territory(run):
    result = run("The striker handed over the captaincy to his teammate before the match in Madrid.")
    assert result.events == []


def test_a_forecast_about_a_reported_fight_is_evidence_of_it(run):
    result = run('Somali troops clashed with Al-Shabaab fighters near Afgooye on Monday. "We will keep fighting them '
                 'until they are defeated," the commander said.')
    assert len(result.events) == 1
    ev = result.events[0]
    assert (ev.event_type, ev.modality) == ("Battles", "reported")
    assert any(e.text == "fighting" for e in ev.evidence)


def test_a_forecast_with_no_named_party_is_not_a_record(run):
    result = run('"We will kill them all," a man shouted outside the court in Lagos on Monday.')
    assert [ev for ev in result.events if ev.modality in ("forecast", "hypothetical")] == []


NOT_EVENTS = [
    "The new album certainly demonstrates the talents of the young piano player.",  # to show
    "Barkley blasted the FBI's ongoing investigation into college basketball on Friday.",  # criticised
    "India's cricket board struck a record $944 million deal with Star India on Thursday.",
    "He kept West Coast, with whom he had exchanged the lead briefly at the start, at bay over the 2000-metre contest.",
    "The United States approved a contract to sell Saudi Arabia 180 self-propelled artillery systems for $1.31 billion.",
    "Each country has expelled 23 of the other's diplomats, Moscow said on Monday.",
    "The owner of a restaurant in Massachusetts was arrested on Thursday on federal charges of insider trading.",
    "The day before she vanished she withdrew $1,273.80 from her bank account in Boston.",
    "Kelly has also clashed with Trump's son-in-law Jared Kushner over the budget.",
    "He had a cardiac arrest in Montpellier on Sunday and was taken to hospital.",
    "Many of these land disputes in Kenya have been fought in the courts.",
    "The former prime minister visited NATO headquarters in Brussels on Tuesday.",
]


def test_figurative_senses_of_trigger_words_are_not_events(run):
    for text in NOT_EVENTS:
        assert run(text).events == [], text


def test_literal_senses_of_the_same_words_still_are(run):
    cases = {
        "On 29 April 2020, about 2400 migrant workers demonstrated in Hyderabad city demanding salaries.": "Protests",
        "Military forces of India and Pakistan exchanged fire across the LoC in Poonch district on Monday.": "Battles",
        "Police arrested 12 opposition activists in Harare on Thursday.": "Strategic developments",
        "Government troops withdrew from the town of Kidal on Friday.": "Strategic developments",
        "Four men used explosives to blow open a bank in Natal on Sunday.": "Explosions/Remote violence",
    }
    for text, etype in cases.items():
        assert [ev.event_type for ev in run(text).events] == [etype], text


def test_everyday_senses_of_violent_verbs_are_not_events(run):
    for text in (
        "The projects have been executed by army engineers in collaboration with the government in Lahore.",
        "The Rockets beat Portland 96-94 in Houston on Sunday.",
        "The migrants in Calais hang up their washing on the fences.",
        "Hundreds of diplomats are being expelled from both the West and Russia in the dispute.",
        "A retailer in Lahaina offers employees extra money to cover the cost of driving to its stores from Maui's "
        "bigger cities.",
        "His mother was arrested on drugs charges in Leeds on Monday.",
    ):
        assert run(text).events == [], text


def test_executing_prisoners_is_still_an_attack(run):
    result = run("Militants executed six prisoners in the village of Kidal on Friday.")
    assert [ev.event_type for ev in result.events] == ["Violence against civilians"]


def test_beatings_and_stone_throwing_stay_events(run):
    for text in ("Volunteers helping police enforce the lockdown beat up a truck driver in Bansure town on Saturday.",
                 "A youth mob threw stones at police officers at a market in Tudun Wada, Kaduna, on Saturday."):
        assert run(text).events, text


def test_storms_lost_planes_and_battles_with_illness_are_not_events(run):
    for text in (
        "All this changed when Hurricane Betsy utterly destroyed the church and damaged the library.",
        "The airliner disappeared in March with 150 people -- mostly tourists -- on board, en route from Lagos to "
        "Nairobi.",
        "The case echoes that of a terminally-ill toddler whose parents staged a months-long battle with the courts "
        "last year to take him abroad for experimental treatment.",
        "She lost her long fight against cancer in a Lagos hospital on Monday.",
    ):
        assert run(text).events == [], text


def test_a_battle_with_an_armed_group_and_a_forced_disappearance_stay_events(run):
    for text in ("Troops fought a fierce battle with Boko Haram fighters near Bama on Sunday.",
                 "The activist disappeared after soldiers took him from his home in Harare on Friday."):
        assert run(text).events, text


def test_deaths_and_hurts_by_accident_fire_or_traffic_are_not_events(run):
    for text in (
        "A driver was injured in a crash on Highway 9 near Springfield on Tuesday.",
        "Four children were killed in a fire at their home in Dayton on Saturday.",
        "A woman was struck by an SUV driven by her neighbour in Columbia on Friday.",
        "A local man died after his car struck a tree in Chapin on Sunday.",
        "A fire destroyed the roof of a house in Torrington on Tuesday, injuring two firefighters.",
    ):
        assert run(text).events == [], text


def test_a_fire_set_by_attackers_and_a_car_bomb_stay_events(run):
    for text in ("Three people were killed in a fire set by gunmen at a market in Maiduguri on Sunday.",
                 "A car bomb killed five soldiers at a checkpoint near Mogadishu on Monday."):
        assert run(text).events, text
