"""The armed groups, state forces and communities of African conflicts (2010-2020) in the actor knowledge
base, and what they change in the coding. Example notes written for these tests in the style of an ACLED
coder's note."""

from __future__ import annotations

from eventwire.eval.events import main_event
from eventwire.events.actors import load_kb


def _ev(run, text: str, published: str = "2016-07-01"):
    ev = main_event(run(text, published=published))
    assert ev is not None, text
    return ev


def test_the_kb_holds_african_groups_with_acled_inter_codes():
    kb = load_kb()
    assert kb["amisom"].inter == 8 and "AMISOM" in kb["amisom"].acronyms
    assert kb["splm_io"].inter == 2 and "SPLA-IO" in kb["splm_io"].acronyms
    assert kb["mil_south_sudan"].inter == 1 and "SPLA" in kb["mil_south_sudan"].acronyms
    assert kb["anti_balaka"].inter == 4 and kb["mai_mai"].inter == 3
    assert "Fulani" in kb.communities and "Habar Gidir" in kb.communities


def test_petrarch_country_names_are_spelt_as_the_gazetteer_spells_them():
    words = load_kb().gazette.country_words
    assert words["ivorian"] == "Ivory Coast"
    assert words["tanzanian"] == "Tanzania"


def test_al_shabaab_abbreviated_as_coders_write_it_fights_amisom(run):
    ev = _ev(run, "On 20 June 2016, AS militants attacked an AMISOM base in Janaale (Marka, Lower Shabelle). "
                  "Heavy fighting ensued and 4 AS militants were killed.")
    assert ev.event_type == "Battles"
    assert ev.actor1.name == "Al Shabaab"
    assert ev.actor2.name.startswith("AMISOM") and ev.actor2.inter == 8


def test_south_sudan_s_army_and_the_armed_opposition_are_told_apart(run):
    ev = _ev(run, "On 24 June 2016, SPLA-IO forces attacked an SPLA position near Wau town (Western Bahr el Ghazal).")
    assert ev.event_type == "Battles"
    assert ev.actor1.name.startswith("SPLM/A-IO") and ev.actor1.inter == 2
    assert ev.actor2.name == "Military Forces of South Sudan" and ev.actor2.inter == 1


def test_sna_is_the_somali_national_army_in_a_somalia_story(run):
    ev = _ev(run, "On 2 July 2016, a roadside bomb targeted an SNA vehicle in Mogadishu, killing 2 soldiers.")
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Somalia"


def test_a_state_fighting_its_own_rebels_is_at_home_whatever_a_homonym_abroad_says(run):
    # 'Beni' is also a department of Bolivia: the Congolese army fighting a Congolese militia is not an external force,
    # so its attack is a Battle, not a foreign air strike
    ev = _ev(run, "On 25 June 2016, FARDC attacked Mai-Mai positions in Beni territory, killing 3 militiamen.")
    assert ev.event_type == "Battles"
    assert ev.actor1.name.startswith("Military Forces of the Democratic Republic of Congo") and ev.actor1.inter == 1


def test_herdsmen_named_by_their_community_who_attack_farmers_are_its_militia(run):
    ev = _ev(run, "On 28 June 2016, Fulani herdsmen attacked farmers in Agatu LGA (Benue), killing 12.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name.startswith("Fulani Ethnic Militia") and ev.actor1.inter == 4


def test_a_clan_militia_keeps_its_clan_s_name(run):
    ev = _ev(run, "On 30 June 2016, Habar Gidir clan militia clashed with Hawadle clan militia near Beledweyne; "
                  "4 militiamen were killed.")
    assert ev.event_type == "Battles"
    assert ev.actor1.name.startswith("Habar Gidir Clan Militia") and ev.actor1.inter == 4


def test_community_victims_stay_civilians(run):
    ev = _ev(run, "On 27 June 2016, unknown gunmen shot dead three Fulani herders near Mokwa (Niger state).")
    assert ev.event_type == "Violence against civilians"
    assert ev.actor1.name.startswith("Unidentified Armed Group")


def test_a_prisoner_beaten_by_his_captors_is_a_civilian(run):
    ev = _ev(run, "On 26 June 2016, soldiers detained and tortured two suspected FDLR collaborators in Rutshuru.")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")


def test_an_armed_group_gathering_villagers_is_not_a_demonstration(run):
    ev = _ev(run, "On 29 June 2016, Al Shabaab militants gathered residents of Buulo Mareer and warned them against "
                  "cooperating with AMISOM.")
    assert ev.event_type not in ("Protests", "Riots")


def test_a_base_vacated_by_one_force_is_a_transfer_of_territory(run):
    ev = _ev(run, "On 1 July 2016, AMISOM troops vacated Leego base; AS militants moved in shortly after.")
    assert (ev.event_type, ev.sub_event_type) == ("Strategic developments", "Non-violent transfer of territory")


def test_police_dispersing_demonstrators_with_a_demand_is_a_protest(run):
    ev = _ev(run, "On 30 June 2016, police dispersed traders who were demanding the reopening of the market in Bukavu.")
    assert ev.event_type == "Protests"
    assert ev.actor2 is not None and ev.actor2.inter == 1


def test_an_official_assassinated_by_an_armed_group_is_a_civilian(run):
    ev = _ev(run, "On 27 June 2016, AS militants assassinated a district commissioner in Afgoye (Lower Shabelle).")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.name == "Al Shabaab"


def test_police_in_a_nigeria_story_is_the_kb_s_police_of_nigeria(run):
    kb = load_kb()
    assert kb.police_forces("Nigeria") is kb["police_nigeria"]
    ev = _ev(run, "On 28 June 2016, police arrested 12 suspected kidnappers in Kaduna, Nigeria.")
    assert ev.actor1 is not None and ev.actor1.name == "Police Forces of Nigeria"


def test_herdsmen_who_kill_farmers_are_a_communal_militia_not_a_mob(run):
    ev = _ev(run, "On 29 June 2016, herdsmen killed 3 farmers and injured 2 others in Nimbo (Uzo-Uwani, Enugu).")
    assert (ev.event_type, ev.sub_event_type) == ("Violence against civilians", "Attack")
    assert ev.actor1.inter == 4


def test_the_victims_of_a_lynching_are_civilians(run):
    ev = _ev(run, "On 26 June 2016, a mob lynched a suspected thief in Kawempe, Kampala.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Mob violence")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians") and ev.actor2.inter == 7


def test_two_crowds_fighting_have_no_civilian_victims_made_up(run):
    ev = _ev(run, "On 26 June 2016, supporters of two rival parties clashed in Mbare, Harare; several were injured.")
    assert ev.actor2 is None or not ev.actor2.name.startswith("Civilians")


# --- actors named as ACLED names them (session 11) ---


def test_the_kb_holds_more_african_forces_and_groups():
    kb = load_kb()
    assert kb["mil_niger"].country == "Niger" and kb["mil_chad"].country == "Chad"
    assert kb.police_forces("Uganda").name == "Police Forces of Uganda"
    assert kb["dahalo"].name == "Dahalo Militia" and "Fellata" in kb.communities


def test_a_community_s_militias_in_the_plural_are_its_ethnic_militia(run):
    ev = _ev(run, "On 12 June 2016, Tiv militias attacked two Jukun villages near Wukari (Taraba), killing 6 residents.")
    assert ev.actor1.name.startswith("Tiv Ethnic Militia") and ev.actor1.inter == 4


def test_two_communities_militias_that_clash_are_the_two_sides(run):
    ev = _ev(run, "On 3 June 2016, Fellata and Rizeigat communal militias clashed near Buram (South Darfur), "
                  "killing 14.")
    assert ev.event_type == "Battles"
    assert ev.actor1.name == "Fellata Ethnic Militia (Sudan)"
    assert ev.actor2.name == "Rizeigat Ethnic Militia (Sudan)"


def test_a_fight_between_two_named_forces_has_both_as_sides(run):
    ev = _ev(run, "On 8 July 2016, fighting between SPLA and SPLA-IO forces erupted in Yei (Central Equatoria).")
    assert ev.event_type == "Battles"
    assert ev.actor1.name == "Military Forces of South Sudan"
    assert ev.actor2.name.startswith("SPLM/A-IO")


def test_inter_clan_clashes_with_no_clan_named_are_unidentified_clan_militias(run):
    ev = _ev(run, "On 14 June 2016, inter-clan clashes in Galkayo (Mudug) left 4 people dead.")
    assert ev.actor1.name.startswith("Unidentified Clan Militia")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Unidentified Clan Militia")


def test_the_owners_of_looted_property_are_civilians(run):
    ev = _ev(run, "On 4 May 2016, Boko Haram looted several shops and houses in Kerawa (Mayo-Sava, Extreme-Nord) "
                  "and took away food.")
    assert ev.sub_event_type == "Looting/property destruction"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


def test_the_doer_named_after_by_of_a_weapon_fired_is_actor1(run):
    ev = _ev(run, "On 19 June 2016, mortar shells fired by Al Shabaab militants landed near the airport in "
                  "Baidoa (Bay). No casualties reported.")
    assert ev.actor1.name == "Al Shabaab"


def test_a_claim_in_the_next_sentence_names_the_doer(run):
    ev = _ev(run, "On 11 June 2016, a roadside bomb exploded near a military convoy in Afgooye (Lower Shabelle), "
                  "killing 2 soldiers. Al Shabaab claimed responsibility for the attack.")
    assert ev.actor1.name == "Al Shabaab"


def test_men_suspected_to_be_a_named_group_are_that_group(run):
    ev = _ev(run, "On 2 June 2016, men suspected to be Al Shabaab militants threw a hand grenade at a police "
                  "checkpoint in Mogadishu (Banadir).")
    assert ev.actor1.name == "Al Shabaab"


def test_soldiers_of_a_named_army_are_that_army_not_the_host_state(run):
    ev = _ev(run, "On 28 April 2016, soldiers of the army of South Sudan looted goods from households in "
                  "villages of Faradje territory (Haut-Uele), on Congolese soil.")
    assert ev.actor1.name == "Military Forces of South Sudan"


def test_a_state_s_forces_that_conduct_a_bombardment_are_its_doer(run):
    ev = _ev(run, "On 29 April 2016, Egyptian military forces conducted artillery bombardment targeting "
                  "militants south of Sheikh Zuweid (North Sinai).")
    assert ev.actor1.name == "Military Forces of Egypt"


def test_security_forces_dispersing_a_protest_are_the_police(run):
    ev = _ev(run, "On 5 May 2016, patients at a clinic in Gombe (Gombe) demonstrated over their treatment. "
                  "Security forces dispersed the crowd.")
    assert ev.event_type == "Protests"
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Nigeria"


def test_the_government_a_protest_addresses_is_no_party_to_it(run):
    ev = _ev(run, "On 6 May 2016, teachers demonstrated in Goma (Nord-Kivu) to demand that the government pay "
                  "their salaries.")
    assert ev.event_type == "Protests"
    assert ev.actor2 is None or not ev.actor2.name.startswith("Government")


def test_arrests_told_in_the_passive_at_a_protest_were_made_by_the_police(run):
    ev = _ev(run, "On 5 May 2016, traders demonstrated outside the municipal offices in Kisumu against new levies. "
                  "Several arrests were made.")
    assert ev.event_type == "Protests"
    assert ev.actor2 is not None and ev.actor2.name == "Police Forces of Kenya"


def test_civilians_and_crowds_are_named_with_their_country(run):
    ev = _ev(run, "On 7 June 2016, students protested in Kampala over tuition fees.")
    assert ev.actor1.name == "Protesters (Uganda)"


def test_state_forces_take_acled_s_spelling_of_their_country(run):
    ev = _ev(run, "On 9 June 2016, Ivorian police fired tear gas at demonstrators in Abidjan.")
    names = [a.name for a in (ev.actor1, ev.actor2) if a is not None]
    assert "Police Forces of the Ivory Coast" in names


def test_two_states_soldiers_sharing_one_noun_are_the_two_sides(run):
    ev = _ev(run, "On 8 May 2016, Burundian and Rwandan soldiers clashed on Lake Rweru (Kirundo).")
    assert ev.event_type == "Battles"
    assert ev.actor1.name == "Military Forces of Burundi"
    assert ev.actor2 is not None and ev.actor2.name == "Military Forces of Rwanda"


def test_people_killed_by_a_grenade_with_no_armed_target_are_civilians(run):
    ev = _ev(run, "On 7 May 2016, unknown assailants threw a grenade into a bar in Bujumbura. 1 person was killed "
                  "and 5 were injured.")
    assert ev.event_type == "Explosions/Remote violence"
    assert ev.actor2 is not None and ev.actor2.name.startswith("Civilians")


def test_militias_from_named_clans_are_each_clan_s_militia(run):
    ev = _ev(run, "On 8 May 2016, armed militias from the Hawadle and Jarer Weyne clans battled near Beledweyne "
                  "(Hiraan).")
    assert ev.event_type == "Battles"
    assert ev.actor1.name.startswith("Hawadle Clan Militia")
    assert ev.actor2 is not None and ev.actor2.name.startswith("Jarer Weyne Clan Militia")
