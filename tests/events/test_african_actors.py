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
    assert ev.actor1.name == "Unidentified Armed Group"


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
