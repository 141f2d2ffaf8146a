"""The actor knowledge base: hand-written aliases, PETRARCH-derived entries, generic agents."""

from __future__ import annotations

from eventwire.events.actors import load_kb


def test_islamic_state_aliases_are_one_record():
    kb = load_kb()
    rec = kb["islamic_state"]
    for alias in ("Daesh", "Islamic State of Iraq and the Levant"):
        assert alias in rec.aliases
    assert {"IS", "ISIS", "ISIL"} <= set(rec.acronyms)
    assert rec.inter == 2


def test_petrarch_gazette_is_loaded_with_countries_agents_and_groups():
    kb = load_kb()
    gz = kb.gazette
    assert gz is not None
    assert gz.country_words["syrian"] == "Syria"
    assert gz.agents["soldier"] == "MIL"
    assert gz.agents["farmer"] in ("AGR", "CVL")
    assert any(g.name.startswith("Aden Abyan Islamic Army") for g in gz.groups)


def test_forces_of_a_country_without_a_kb_record_are_named_like_acled():
    kb = load_kb()
    assert kb.forces_of("Syria").name == "Military Forces of Syria"
    assert kb.forces_of("Chad", police=True).name == "Police Forces of Chad"


def test_agent_nouns_become_generic_participants(pipeline):
    from eventwire.readers.base import make_document

    doc = pipeline.detect(pipeline.parse(make_document("Gunmen shot a farmer and two policemen near Jos.")))
    ids = {m.actor_id for m in doc._.ew_actors}
    assert {"unidentified_armed", "civilians", "police"} <= ids


def test_members_of_an_armed_unit_are_armed_not_protesters(run):
    named = run("Members of the Sultan Murad Division kidnapped two civilians near Afrin on Monday.", "2020-05-20")
    ev = named.events[0]
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Unidentified Armed Group")
    numbered = run("Members of the 4th Armoured Division shelled villages near Idlib on Monday.", "2020-05-20")
    ev = numbered.events[0]
    assert ev.actor1 is not None and ev.actor1.name.startswith("Military Forces of")


def test_members_of_a_party_stay_a_crowd(run):
    ev = run("Members of the opposition party protested in Dhaka on Monday.", "2020-05-20").events[0]
    assert ev.event_type == "Protests" and ev.actor1 is not None and ev.actor1.name.startswith("Protesters")


def test_fds_is_a_state_s_defence_forces_in_the_sahel_and_the_sdf_in_syria(run):
    sahel = run("On 3 March 2024, FDS arrested five suspected militants in Djibo (Djibo, Soum), Burkina Faso.")
    ev = sahel.events[0]
    assert ev.actor1 is not None and ev.actor1.name.startswith("Military Forces")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Arrests")
    syria = run("On 3 March 2024, FDS fighters clashed with Islamic State militants near Raqqa in Syria.")
    assert syria.events[0].actor1 is not None and syria.events[0].actor1.name == "Syrian Democratic Forces"


def test_a_noun_modifying_another_noun_is_not_an_actor(pipeline):
    from eventwire.readers.base import make_document

    doc = pipeline.detect(pipeline.parse(make_document("Soldiers entered a refugee camp near Djibo.")))
    assert "civilians" not in {m.actor_id for m in doc._.ew_actors}


def test_members_of_a_corps_or_a_spanish_named_gang_are_armed(run):
    corps = run("On 2 May 2020, members of the Al Sham Corps clashed with unidentified gunmen near Sarmin.",
                "2020-05-05").events[0]
    assert corps.event_type == "Battles" and corps.actor1.name.startswith("Unidentified Armed Group")
    gang = run("On 2 May 2020, members of La Tecampanera beat two men with a wooden plank in Chilapa.",
               "2020-05-05").events[0]
    assert gang.event_type == "Violence against civilians" and gang.actor1.name.startswith("Unidentified Armed Group")


def test_armed_individuals_are_an_unidentified_armed_group(run):
    ev = run("On 3 March 2024, unidentified armed individuals abducted two teachers in Djibo.").events[0]
    assert ev.actor1 is not None and ev.actor1.name.startswith("Unidentified Armed Group")
    assert ev.sub_event_type == "Abduction/forced disappearance"


def test_violence_against_civilians_has_civilians_as_the_target_even_when_unnamed(run):
    ev = run("On 3 March 2024, gunmen shot dead a trader in the market of Djibo.").events[0]
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")
    assert ev.actor2.evidence and ev.actor2.evidence[0].text in ("trader", "shot")


def test_the_target_of_violence_against_civilians_is_civilians_with_who_they_are_associated(run):
    ev = run("On 3 March 2024, suspected militants killed a gendarme at his home in Arbinda.").events[0]
    assert ev.event_type == "Violence against civilians"
    assert ev.actor2.name.startswith("Civilians") and ev.actor2.mention == "gendarme"
    assert any(a.name.startswith("Police Forces") for a in ev.assoc_actors)


def test_members_of_nothing_named_or_of_a_community_are_not_protesters(pipeline):
    from eventwire.readers.base import make_document

    for text in ("On Monday, members attacked a farmer near Jos.",
                 "On Monday, Kanuri men clashed with members of the Glavda community near Mokolo."):
        doc = pipeline.detect(pipeline.parse(make_document(text)))
        members = [m for m in doc._.ew_actors if m.span[-1].lower_ == "members"]
        assert all(m.actor_id != "protesters" for m in members), text


def test_afghanistan_s_intelligence_service_is_state_forces(run):
    ev = run("On 3 May 2020, 2 NDS members were shot and killed by Taliban militants in Herat.", "2020-05-05").events[0]
    assert ev.event_type == "Battles"
    assert ev.actor2 is not None and ev.actor2.inter == 1 and "National Directorate of Security" in ev.actor2.name


def test_forces_of_a_country_named_after_them_are_that_country_s_not_the_story_s(run):
    ev = run("On Tuesday, the armed forces of Armenia shelled the positions of the armed forces of Azerbaijan "
             "near Tovuz.", "2021-06-10").events[0]
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Armenia"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Azerbaijan"


def test_a_group_named_after_anti_is_not_that_group(pipeline):
    from eventwire.readers.base import make_document

    doc = pipeline.detect(pipeline.parse(make_document("Anti-Houthi fighters ambushed a convoy near Mocha.")))
    assert all(m.actor_id != "houthis" for m in doc._.ew_actors)


def test_separatists_fire_at_governmental_positions_the_state_is_the_target(run):
    ev = run("On Friday, NAF fighters fired mortars at governmental positions near Avdiivka, Ukraine.",
             "2021-06-12").events[0]
    assert ev.actor1 is not None and ev.actor1.name.startswith("NAF")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Military Forces")


def test_libya_s_rival_forces_have_acled_s_names(run):
    ev = run("On Sunday, LNA fighters clashed with GNA forces south of Tripoli in Libya.", "2020-01-07").events[0]
    assert ev.actor1 is not None and ev.actor1.name == "Military Forces of Libya Haftar Faction"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Libya Government of National Accord"


def test_an_unknown_doer_of_violence_is_an_unidentified_armed_group(run):
    ev = run("On Monday, a farmer was shot dead near his field outside Kaduna, Nigeria.", "2020-05-20").events[0]
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1 is not None and ev.actor1.name.startswith("Unidentified Armed Group") and ev.actor1.confidence <= 0.35



def test_a_named_militia_or_rebel_group_keeps_its_name(run):
    ev = run("On Monday, MRDC rebels clashed with Zongo Zongo militiamen near Bria.", "2020-05-20").events[0]
    names = {ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None}
    assert names == {"MRDC", "Zongo Zongo Militia"}


def test_the_kb_knows_central_african_and_congolese_groups_by_acled_s_names(run):
    ev = run("On Monday, FPRC rebels clashed with Mai-Mai militiamen near Bria.", "2020-05-20").events[0]
    names = {ev.actor1.name if ev.actor1 else None, ev.actor2.name if ev.actor2 else None}
    assert names == {"FPRC: Popular Front for the Renaissance of the Central African Republic", "Mayi Mayi Militia"}


def test_the_armed_forces_of_a_state_the_gazette_lacks_keep_its_name(pipeline):
    from eventwire.readers.base import make_document

    doc = pipeline.detect(pipeline.parse(make_document(
        "On Monday, the military forces of Artsakh fired at the positions of Azerbaijan near Tartar.")))
    assert "Military Forces of Artsakh" in {m.name for m in doc._.ew_actors}
    doc = pipeline.detect(pipeline.parse(make_document("On Monday, the forces of Daraa attacked a checkpoint.")))
    assert "Military Forces of Daraa" not in {m.name for m in doc._.ew_actors}


def test_the_doer_is_never_also_the_target(run):
    ev = run("On Monday, a drone operated by the Houthis struck a civilian bus near Marib.", "2020-05-20").events[0]
    assert ev.actor1 is not None and ev.actor1.name == "Ansar Allah (Houthis)"
    assert ev.actor2 is None or ev.actor2.name != ev.actor1.name


def test_burkina_s_volunteer_auxiliaries_are_a_militia_not_civilians(run):
    ev = run("On Monday, gunmen ambushed a VDP patrol near Djibo, Burkina Faso, killing four VDPs.",
             "2020-05-20").events[0]
    assert ev.event_type == "Battles"
    assert ev.actor2 is not None and ev.actor2.name.startswith("VDP") and ev.actor2.inter == 3


def test_state_forces_that_met_a_demonstration_in_the_next_sentence_are_its_actor2(run):
    ev = run("On Monday, nurses marched in Nairobi over unpaid wages. Police dispersed the march and detained "
             "three nurses.", "2020-05-20").events[0]
    assert ev.event_type == "Protests"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Police Forces")
    calm = run("On Monday, nurses marched in Nairobi over unpaid wages. Police watched but did not "
               "intervene.", "2020-05-20").events[0]
    assert calm.actor2 is None


def test_a_knowledge_base_with_a_record_id_twice_is_refused_with_the_id():
    import pytest

    from eventwire.errors import ConfigError
    from eventwire.events.actors import ActorKB

    record = {"id": "vdp", "name": "VDP: Volunteers for the Defense of the Homeland", "inter": 3}
    with pytest.raises(ConfigError, match="'vdp' appears twice"):
        ActorKB.from_json({"actors": [record, dict(record, aliases=["VDP"])]})
    assert load_kb().get("vdp") is not None  # the shipped file has each id once


def test_an_acronym_the_text_defines_otherwise_is_not_the_known_group(run):
    # SDF and ADF are known armed groups (Syria, DR Congo); a text that defines them as other names means those
    ev = run("Assailants set fire to the residence of the Social Democratic Front (SDF) party chair in Bamenda, "
             "Cameroon. There were no reported casualties.", published="2018-02-28").events[0]
    assert all(a is None or a.name != "Syrian Democratic Forces" for a in (ev.actor1, ev.actor2))
    ev = run("The Ambazonia Defense Forces (ADF) claimed responsibility for the attack on a gendarmerie post in Batibo, "
             "Cameroon.", published="2018-02-28").events[0]
    assert ev.actor1 is not None and "Allied Democratic Forces" not in ev.actor1.name
    # defined as the known group's own name, or not defined: the known group
    ev = run("Fighters of the Syrian Democratic Forces (SDF) clashed with IS militants near Hajin.",
             published="2018-07-24").events[0]
    assert ev.actor1.name == "Syrian Democratic Forces"
    ev = run("ADF rebels killed 12 civilians in Beni.", published="2020-05-01").events[0]
    assert ev.actor1.name.startswith("ADF")
