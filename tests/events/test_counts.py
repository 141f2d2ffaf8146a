"""Casualty counts on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.counts import event_counts, find_counts, parse_number


@pytest.fixture(scope="module")
def counts_of():  # type: ignore[no-untyped-def]
    """text -> (doc, list of (text, kind or None, best, low, high))."""
    from eventwire._doc import ensure_extensions
    from eventwire.clean import clean
    from eventwire.nlp import load_spacy

    nlp = load_spacy()
    ensure_extensions()

    def build(text: str):  # type: ignore[no-untyped-def]
        cleaned = clean(text)
        doc = nlp(cleaned.text)
        doc._.ew_clean = cleaned
        doc._.ew_published = dt.date(2021, 3, 10)
        found = find_counts(doc)
        rows = [(c.span.text, c.count.kind if c.casualty else None, c.count.best, c.count.low, c.count.high) for c in found]
        return doc, rows

    return build


def _trigger(doc, word: str):  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.text == word)
    return doc[token.i : token.i + 1]


@pytest.mark.parametrize(
    ("words", "value"),
    [("six", 6), ("twenty-one", 21), ("1,200", 1200), ("2.5 million", 2_500_000), ("a dozen", 12),
     ("three hundred and forty", 340), ("two dozen", 24), ("half a dozen", 6), ("half a million", 500_000)],
)  # fmt: skip
def test_numbers_in_words_and_digits(words: str, value: int) -> None:
    assert parse_number(words) == value


def test_kinds_are_kept_apart(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Bandits killed at least 14 farmers, wounded nine others and abducted a teacher.")
    assert rows == [("at least 14", "killed", 14, 14, 21), ("nine", "wounded", 9, 9, 9), ("a teacher", "abducted", 1, 1, 1)]


def test_ranges_take_the_lower_bound_as_best(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Between 8 and 11 miners died when the tunnel was blown up.")
    assert rows == [("Between 8 and 11", "killed", 8, 8, 11)]


@pytest.mark.parametrize(
    ("sentence", "best"),
    [("Dozens of protesters were arrested in the capital.", 12),
     ("Scores of families were displaced by the fighting.", 20),
     ("Hundreds of people fled the shelling.", 100),
     ("Nearly 40 pilgrims were killed in the stampede.", 40),
     ("Up to 30 guards were injured.", 30)],
)  # fmt: skip
def test_vague_words_follow_the_documented_table(counts_of, sentence: str, best: int) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of(sentence)
    assert len(rows) == 1 and rows[0][2] == best and rows[0][1] is not None
    assert rows[0][3] <= rows[0][2] <= rows[0][4]


@pytest.mark.parametrize(
    "sentence",
    ["The convoy stopped 45 kilometres from the front, out of 12 planned stops.",
     "The siege may last 2 or 3 months, officials said.",
     "A few hundred fighters remain in the hills.",
     "A 34-year-old nurse led the march in 2019.",
     "The mayor offered $5,000 for information about 3 stolen trucks.",
     "Soldiers of the 72nd brigade blocked Route 9 on 4 March."],
)
def test_never_casualties(counts_of, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of(sentence)
    assert all(kind is None for _, kind, *_ in rows), rows


def test_a_force_size_is_kept_as_a_count_but_not_a_toll(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("About 300 militants still hold the old town.")
    assert rows == [("About 300", None, 300, 240, 360)]


def test_deaths_per_side_add_up_for_the_event(counts_of) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of("Four policemen and three attackers were killed when the station was stormed.")
    counts = event_counts(doc, _trigger(doc, "killed"))
    assert set(counts) == {"killed"}
    assert counts["killed"].best == 7 and len(counts["killed"].evidence) == 2


def test_a_long_subject_still_reaches_its_verb(counts_of) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of("The army reported on Monday that five commanders of the militia blamed for raids in the north "
                       "have been killed recently.")  # fmt: skip
    assert event_counts(doc, _trigger(doc, "killed"))["killed"].best == 5
    assert event_counts(doc, _trigger(doc, "reported")) == {}


def test_a_toll_belongs_to_its_event_not_to_others(counts_of) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of("A car bomb killed six shoppers in the market. Police arrested two suspects on Friday.")
    assert event_counts(doc, _trigger(doc, "bomb"))["killed"].best == 6
    assert "killed" not in event_counts(doc, _trigger(doc, "arrested"))
    assert event_counts(doc, _trigger(doc, "arrested"))["arrested"].best == 2


def test_spans_and_evidence(counts_of) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said \u201cmore than 20\u201d villagers drowned."
    doc, rows = counts_of(text)
    assert rows == [("more than 20", "killed", 20, 20, 30)]
    ev = doc._.ew_counts[0].count.evidence[0]
    assert text[ev.start : ev.end] == ev.text == "more than 20"
    assert [s.label_ for s in doc.spans["ew_counts"]] == ["killed"]


@pytest.mark.parametrize(
    ("sentence", "trigger", "best"),
    [("Two armed men on a motorcycle shot and killed a taxi driver in the market.", "killed", 1),
     ("Militants attacked the family with machetes, killing five of them.", "killing", 5),
     ("Fourteen Al Shabaab militants were killed in the fight.", "killed", 14),
     ("Gunmen kiled 8 residents and burnt down houses.", "kiled", 8),
     ("Assailants shot and killed Naimatullah, the head of the security zone, in Kandahar.", "killed", 1),
     ("The 12 hostages were executed later on the same day.", "executed", 12),
     ("In addition to the assailant, three soldiers, including a commander, were killed in the blast.", "killed", 3),
     ("At least 12 people, including the six assailants and six police officers were killed in the attack.", "killed", 12),
     ("Iraqi forces pursued and killed 3 IS militants in western Anbar.", "killed", 3),
     ("Three civilians were kidnapped and killed by militants in Maymana.", "killed", 3),
     ("The head of intelligence was killed in an operation by police forces.", "killed", 1)],
)  # fmt: skip
def test_who_was_killed_and_how_many(counts_of, sentence: str, trigger: str, best: int) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of(sentence)
    assert event_counts(doc, _trigger(doc, trigger))["killed"].best == best


@pytest.mark.parametrize(
    "sentence",
    ["Unidentified armed men attempted to kill a local commander as he returned home.",
     "Three PKK militants were killed, injured or captured during the operation.",
     "Airstrikes hit the camp, killing or injuring 3 militants."],
)
def test_no_toll_for_attempts_or_either_or(counts_of, sentence: str) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of(sentence)
    assert all(kind != "killed" for _, kind, *_ in rows), rows


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "values"),
    [("On 3 May 2020, 7-9 civilians were killed in an airstrike.", "7-9", "killed", (7, 7, 9)),
     ("Gunmen killed 7-9 people and wounded 20\u201325 others.", "20-25", "wounded", (20, 20, 25)),
     ("Information on fatalities range from 1 to 2.", "from 1 to 2", "killed", (1, 1, 2))],
)  # fmt: skip
def test_ranges_keep_their_upper_bound(counts_of, sentence: str, span: str, kind: str,  # type: ignore[no-untyped-def]
                                       values: tuple[int, int, int]) -> None:  # fmt: skip
    _, rows = counts_of(sentence)
    assert (span, kind, *values) in rows, rows


def test_a_dash_inside_a_name_is_not_a_range(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Police seized an AK-47 and a B-10; 3 soldiers were killed.")
    assert [r for r in rows if r[1] == "killed"] == [("3", "killed", 3, 3, 3)]


def test_two_sources_for_the_same_deaths_are_reconciled_not_added(counts_of) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of("An IED killed 4 soldiers, according to the army, while other sources said 6 soldiers were killed.")
    killed = event_counts(doc, _trigger(doc, "IED"))["killed"]
    assert (killed.best, killed.low, killed.high) == (4, 4, 6)  # ACLED's lower figure; the spread as low/high
    assert len(killed.evidence) == 2


def test_a_partys_claim_for_the_same_people_is_another_figure(counts_of) -> None:  # type: ignore[no-untyped-def]
    from eventwire.events.counts import same_people

    doc, _ = counts_of("6 soldiers were killed according to the army; Al Shabaab claimed 20 soldiers were killed.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert same_people(first, second)
    doc, _ = counts_of("3 soldiers were killed in Baidoa. Al Shabaab also claimed to have killed 5 soldiers in Afgoye.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert not same_people(first, second)  # "also": more people
    doc, _ = counts_of("6 soldiers were killed in the raid. Al Shabaab claimed 20 civilians were killed.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert not same_people(first, second)  # other people


def test_a_claim_given_first_is_another_figure_for_the_same_people(counts_of) -> None:  # type: ignore[no-untyped-def]
    from eventwire.events.counts import same_people

    doc, _ = counts_of("Al Shabaab claimed to have killed 30 soldiers in Leego. AMISOM said 3 soldiers were killed.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert same_people(first, second)
    doc, _ = counts_of("Boko Haram claimed killing 20 soldiers in Bosso; the army said 5 soldiers were killed.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert same_people(first, second)
    doc, _ = counts_of("Al Shabaab claimed the attack that killed 5 soldiers in Leego. 3 soldiers were killed in "
                       "Afgoye.")  # fmt: skip
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert not same_people(first, second)  # the claim is of the attack, not a figure of its own


def test_a_second_source_adding_deaths_is_still_added(counts_of) -> None:  # type: ignore[no-untyped-def]
    from eventwire.events.counts import same_people

    doc, _ = counts_of("Police said 3 soldiers were killed in the attack. Other sources said 2 civilians were also "
                       "killed there.")  # fmt: skip
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert not same_people(first, second)
    doc, _ = counts_of("Police said 5 people were killed in the attack. Other sources reported 8 people were killed.")
    first, second = (m for m in doc._.ew_counts if m.casualty)
    assert same_people(first, second)


@pytest.mark.parametrize(
    ("text", "killed"),
    [("Assailants abducted three civilians in Kharwar. The victims were shot and killed shortly after.", [3]),
     ("Assailants kidnapped five officials and a civilian in Farah. The hostages were executed on August 15.", [6]),
     ("Gunmen abducted 9 soldiers from a building in Mzeireb. They later killed them and dumped their bodies.", [9]),
     ("Assailants abducted six people from a bus. All six hostages were hanged a week later.", [6]),
     ("Both assailants were killed in the ensuing clash.", [2]),
     ("Both of them died in hospital.", [2]),
     ("Clashes on both sides left 3 dead.", [3]),
     ("A security guard fatally shot a man who was not wearing a face mask.", [1]),
     ("Two men were fatally assaulted by community members.", [2]),
     ("The clashes resulted in the death of the commander of the militia.", [1]),
     ("Snipers opened fire on a civilian in the east of the city, killing him.", [1]),
     ("Around 8 May 2020, 7 Taliban militants were killed and wounded during an operation.", [3]),
     ("Forces shelled the camp, killing and injuring 20 fighters.", [10]),
     ("Three people were killed and ten others injured.", [3]),
     ("Gunmen killed 5 people and wounded 8 others.", [5]),
     ("Two gunmen killed a man in the market.", [1]),
     ("A policeman shot and killed a woman at the checkpoint.", [1]),
     ("A supporter of a party member was killed in an armed attack.", [1]),
     ("One dahalo was killed and four others were arrested.", [1]),
     ("Five corpses of suspected militants were discovered the next day.", [5]),
     ("Nine fighters of the brigade were reported killed in the blast.", [9]),
     ("A detained activist was later found killed.", [1]),
     ("Militants shot a shopkeeper, resulting in his death.", [1]),
     ("A man's body was found near the river.", [1]),
     ("The clash resulted in 2 rebel and 1 military fatalities.", [2, 1]),
     ("Five civilians (two men, two women and a child) were killed by the blast.", [5]),
     ("Clashes between the army (2 killed) and rebels (3 killed) were reported.", [2, 3]),
     ("Two soldiers lost their lives in the ambush.", [2]),
     ("Three people succumbed to their injuries in hospital.", [3]),
     ("The attack claimed the lives of four villagers.", [4]),
     ("Fighting between the clans claimed 6 lives.", [6]),
     ("Two policemen were gunned down in the market.", [2]),
     ("Police met the suspects. Three suspects managed to flee and one was killed.", [1]),
     ("Police tortured the man in custody, and he died as a result.", [1]),
     ("Assailants abducted two traders. The hostages were shot and killed shortly after.", [2]),
     ("The commander was killed along with his bodyguard and three other people.", [1, 1, 3]),
     ("Rebels attacked Tarkende and killed 2 residents.", [2]),
     ("At least two people, the village chief and his driver, were killed in the assault.", [2]),
     ("At least six people, including the mayor, his son, and four of his guards were killed in the blast.", [6]),
     ("Gunmen killed Farid, a teacher, and his brother.", [1, 1]),
     ("Two communications department employees were killed in the attack.", [2]),
     ("Gunmen abducted three Hazara tribal elders. The elders were killed shortly after the kidnapping.", [3]),
     ("At least four soldiers and the assailant were killed in the attack.", [4, 1]),
     ("Assailants shot and killed a council leader and a school clerk.", [1, 1]),
     ("Two men were shot in a drive-by. One man was injured and the other died.", [1]),
     ("One soldier was killed and the other was wounded.", [1]),
     ("A mob killed two thieves. One was burnt and the other was stoned to death.", [2]),
     ("Troops neutralised 5 Boko Haram terrorists in Bama.", [5]),
     ("Five insurgents were neutralized by troops near Bama.", [5]),
     ("Troops raided the camp, eliminating 10 insurgents.", [10]),
     ("A suspected thief was burned alive by a mob.", [1]),
     ("The killings of 2 farmers by herdsmen sparked outrage.", [2]),
     ("Clashes left 4 militants and 1 soldier dead near Gao.", [4, 1]),
     ("A body was found in a ditch near the market.", [1]),
     ("A man was shot by police in Nairobi. He died on the spot.", [1]),
     ("A man was shot and killed in the market. He died on the spot.", [1]),
     ("Fighting near Gao killed 5 people: 3 soldiers and 2 civilians.", [5]),
     ("Fighting near Gao killed 5 people - 3 soldiers and 2 militants.", [5]),
     ("Gunmen killed 6 people in two villages: 4 in Kuda and 2 in Madagali.", [6]),
     ("Clashes killed 3 people, 2 soldiers and a civilian.", [3]),
     ("Gunmen killed 2 soldiers, 1 civilian and 1 policeman.", [2, 1, 1]),
     ("A grenade killed 1 and injured 11 people.", [1]),
     ("Police shot dead 2 protesters in Kasese.", [2]),
     ("Mai-Mai attacked an army position in Beni; 2 FARDC killed.", [2]),
     ("Militants attacked the base, killing 3 BH and 2 KDF.", [3, 2]),
     ("A mob killed two thieves. One was burnt alive and the other was stoned to death.", [2]),
     ("Soldier shot dead by unknown gunmen in Bujumbura.", [1]),
     ("Police officer killed in grenade attack in Bujumbura.", [1]),
     ("Police responded and four people, including a police officer, a civilian, and two assailants, were "
      "killed in the clash.", [4]),
     ("Gunmen killed eleven (11) people in Kano.", [11]),
     ("Gunmen killed one (1) soldier and two (2) civilians in Kano.", [1, 2]),
     ("Three members of the National Council for the Defense of Democracy (CNDD-FDD) party were killed in the "
      "attack.", [3]),
     ("Clashes between the army and militants left 5 people dead (3 soldiers and 2 militants).", [5]),
     ("The attack killed five, among them three children and a woman.", [5]),
     ("Six people were killed in the attack, four of them by gunshot and two by machete.", [6]),
     ("Gunmen abducted ten people and killed three of them.", [3]),
     ("Shells killed a family of three, including a child, and injured two others.", [3]),
     ("A group of three soldiers was ambushed and killed.", [3]),
     ("Four Maoist cadres and a Police Sub-Inspector were killed in an exchange of fire.", [4, 1]),
     ("Gunmen attacked the house of an officer, leaving him killed and injuring a number of his relatives.", [1]),
     ("Assailants abducted Gul Agha, a tribal elder. Agha was shot and killed shortly after the abduction.", [1]),
     ("Gunmen opened fire on General Ghulam Dastagir, the traffic head. Dastagir and his bodyguard were killed.",
      [1, 1]),
     ("Militants shot and killed a security forces personnel who was sitting in front of his house.", [1]),
     ("A person who was abducted by gunmen on 24 April was found dead near the highway.", [1]),
     ("The dispute between a local and a group of herders resulted in the death of the local.", [1]),
     ("An assailant shot and killed Abdul Ghafoor Feroz, a religious scholar and a media advisor to the governor.",
      [1]),
     ("Clashes between SPLA and SPLA-IO in Nasir. 4 SPLA-IO killed.", [4]),
     ("SNA forces attacked Al Shabaab positions; 5 Al Shabaab killed.", [5]),
     ("FARDC fought Mai-Mai near Beni; 4 Mai-Mai killed.", [4]),
     ("Clashes killed 8 (5 AS, 3 SNA).", [8]),
     ("Unknown gunmen attacked a patrol near Dori; 2 killed (1 soldier, 1 civilian).", [2]),
     ("Clashes broke out in Kidal and 5 were killed: 3 soldiers and 2 militants.", [5]),
     ("Gunmen killed 5 soldiers in Leego. 3 more soldiers died in hospital.", [5, 3]),
     ("The army repelled the attack; at least 21 militants including 2 commanders and 4 soldiers were killed.",
      [21, 4]),
     ("Gunmen killed 5 soldiers, including 2 officers.", [5]),
     ("On 28 April 2020, unknown gunmen shot and killed a civilian travelling in an eastern area of the mountains.",
      [1]),
     ("Around 3 May 2020 (as reported), in Sao Goncalo, Rio de Janeiro, five members of the CV (Red Command) died "
      "during a shoot-out with the Military Police.", [5])],
)  # fmt: skip
def test_who_is_counted_as_killed(counts_of, text: str, killed: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Hostages killed later take the abduction's count; "both" + a plural is two; "fatally", "the
    death of", "killing him"; one figure for the killed and wounded together counts half [ACLED];
    the killer is not a victim; a person inside another's "of" phrase is not a second one; an
    unknown noun killed is a person; a bracketed breakdown adds no one, nor do parts given as "among
    them", "N of them"; "a family of three" is three people; a surname repeated after a named person
    is that person."""
    _, rows = counts_of(text)
    assert [r[2] for r in rows if r[1] == "killed"] == killed, rows


def test_abducted_people_not_said_to_be_killed_are_no_toll(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Militants abducted 20 people. Police later freed them. They killed two of them.")
    assert [r[2] for r in rows if r[1] == "killed"] == [2], rows


def test_one_event_for_two_sources_of_one_toll(run) -> None:  # type: ignore[no-untyped-def]
    result = run("A roadside bomb killed 4 soldiers in Kandahar on Tuesday, the army said. Other sources said "
                 "6 soldiers were killed in the blast.")  # fmt: skip
    tolls = [(ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) for ev in result.events if ev.fatalities]
    assert tolls == [(4, 4, 6)]


def test_an_attempt_on_her_is_no_toll(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Police said gunmen had tried to kill her before.")
    assert all(r[1] != "killed" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    ["Residents protested over his death.",
     "The family demanded his body from the morgue.",
     "The participants slaughtered a lamb outside the office.",
     "Raiders burned 20 huts and killed 15 livestock.",
     "The son of a farmer who died last year led the march.",
     "Troops neutralised an IED planted on the road.",
     "The army eliminated two checkpoints of the rebels.",
     "Rebels fired 3 RPG at the base and destroyed 2 APC.",
     "Authorities announced a lockdown as a resident died from coronavirus the previous day.",
     "Two inmates died of natural causes in the prison."],
)  # fmt: skip
def test_deaths_only_mentioned_and_animals_are_no_toll(counts_of, text: str) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of(text)
    assert [r for r in rows if r[1] == "killed"] == [], rows


@pytest.mark.parametrize(
    ("sentence", "kind", "values"),
    [("A dozen soldiers were wounded in the ambush.", "wounded", (12, 12, 12)),
     ("Twenty-one miners were abducted from the site.", "abducted", (21, 21, 21)),
     ("Police arrested 1,200 demonstrators in the capital.", "arrested", (1200, 1200, 1200)),
     ("Between 10 and 15 villagers were killed in the raid.", "killed", (10, 10, 15)),
     ("The fighting has displaced 2.5 million people.", "displaced", (2_500_000, 2_500_000, 2_500_000)),
     ("A few hundred families were displaced by the floods and the fighting.", "displaced", (300, 200, 900)),
     ("Tens of civilians were killed in the shelling.", "killed", (10, 10, 99)),
     ("Dozens of people were killed in the stampede.", "killed", (12, 12, 99))],
)  # fmt: skip
def test_the_issue_wordings_give_best_low_high(counts_of, sentence: str, kind: str,  # type: ignore[no-untyped-def]
                                               values: tuple[int, int, int]) -> None:  # fmt: skip
    _, rows = counts_of(sentence)
    assert [(k, *v) for _, k, *v in rows if k is not None] == [(kind, *values)], rows


def test_each_kind_of_casualty_is_kept_apart_for_one_event(counts_of) -> None:  # type: ignore[no-untyped-def]
    doc, _ = counts_of("Gunmen killed three soldiers and two civilians, wounded 7 others, abducted 4 women and "
                       "drove some 300 villagers from their homes; police later arrested 9 suspects.")  # fmt: skip
    counts = event_counts(doc, _trigger(doc, "killed"))
    assert counts["killed"].best == 5 and len(counts["killed"].evidence) == 2  # per side, added up
    assert counts["wounded"].best == 7 and counts["abducted"].best == 4
    assert "arrested" not in counts  # a later act of others, not this event's
    assert event_counts(doc, _trigger(doc, "arrested"))["arrested"].best == 9


def test_a_force_or_crowd_size_is_the_actors_strength_not_a_toll(run) -> None:  # type: ignore[no-untyped-def]
    result = run("A few hundred fighters attacked the army base near Gao on Sunday, killing six soldiers.")
    [battle] = [ev for ev in result.events if ev.fatalities is not None]
    assert battle.fatalities.best == 6
    assert [(c.kind, c.best, c.evidence[0].text) for c in battle.counts] == [("strength", 300, "A few hundred")]
    protest = run("About 500 residents protested against the curfew in Nairobi on Monday.").events[0]
    assert protest.fatalities is None
    assert [(c.kind, c.best, c.low, c.high) for c in protest.counts] == [("strength", 500, 400, 600)]


def test_an_event_keeps_the_counts_of_every_act_it_groups(run) -> None:  # type: ignore[no-untyped-def]
    result = run("Gunmen killed five villagers and abducted 12 women in Zamfara on Saturday.")
    [event] = result.events
    assert event.fatalities is not None and event.fatalities.best == 5
    assert [(c.kind, c.best) for c in event.counts] == [("abducted", 12)]


def test_he_died_counts_only_after_harm_the_text_tells(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("Residents protested in Nairobi over police brutality. He died in custody last year.")
    assert [r for r in rows if r[1] == "killed"] == [], rows
    _, rows = counts_of("A trader was stabbed by robbers in Kano. She died in hospital.")
    assert [r[2] for r in rows if r[1] == "killed"] == [1], rows


def test_a_group_name_that_does_the_killing_is_no_toll(counts_of) -> None:  # type: ignore[no-untyped-def]
    _, rows = counts_of("On 5 May, 5 Al Shabaab killed 3 soldiers near Afgoye.")
    assert [r[2] for r in rows if r[1] == "killed"] == [3], rows
