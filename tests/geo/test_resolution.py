"""Resolution choices a reader would notice, on the real GeoNames index and real spaCy."""

from __future__ import annotations

import json

import pytest

from eventwire.geo import Geoparser


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    return Geoparser(geonames)


def _places(gp, make_doc, text):  # type: ignore[no-untyped-def]
    doc = gp(make_doc(text))
    return {p.span.text: p.toponym for p in doc._.ew_places}


def test_state_abbreviation_is_not_a_country_code(gp, make_doc):
    got = _places(gp, make_doc, "Police in Baltimore, Md., said two men were shot on Sunday.")
    assert got["Md."].place.geonames_id == 4361885  # Maryland, not MD (Moldova)


def test_whole_document_decides_state_against_country(gp, make_doc):
    text = ("Georgia lawmakers debated the bill on Monday. Mayors of Macon, Valdosta and Gainesville "
            "said their towns would lose money, and officials in Savannah agreed.")
    got = _places(gp, make_doc, text)
    assert got["Georgia"].place.geonames_id == 4197000  # the US state, not the country
    assert got["Georgia"].place.country == "United States"


def test_document_country_beats_a_bigger_namesake(gp, make_doc):
    got = _places(gp, make_doc, "Syrian forces retook the ancient city of Palmyra on Sunday, state media said.")
    assert got["Palmyra"].place.geonames_id == 163808 and got["Palmyra"].place.country == "Syria"


def test_ambiguous_name_alone_is_a_coarse_low_confidence_guess(gp, make_doc):
    alone = _places(gp, make_doc, "Clashes were reported in Springfield on Tuesday.")["Springfield"].place
    assert alone.confidence <= 0.3 and alone.precision == 6 and alone.geonames_id is None
    assert alone.country == "United States" and "ambiguous" in alone.description
    qualified = _places(gp, make_doc, "Clashes were reported in Springfield, Illinois, on Tuesday.")["Springfield"]
    assert qualified.place.geonames_id == 4250542 and qualified.place.precision == 1


def test_unknown_name_stays_unresolved_with_a_reason(gp, make_doc):
    text = "Gunmen attacked Qqzrvbx Wlnortm on Sunday."
    doc = make_doc(text)
    start = text.index("Qqzrvbx")
    [toponym] = gp.resolve_spans(doc, [(start, start + len("Qqzrvbx Wlnortm"))])
    assert toponym.place is None and toponym.reason


def test_a_name_that_contains_a_place_is_placed_there_with_less_confidence(gp, make_doc):
    text = "The Bank of Japan kept rates unchanged, and Hampton Avenue was closed."
    doc = make_doc(text)
    spans = [(text.index("Bank"), text.index(" kept")), (text.index("Hampton"), text.index(" was"))]
    bank, street = gp.resolve_spans(doc, spans)
    assert bank.place.geonames_id == 1861060 and bank.place.confidence < 0.7 and "Japan" in bank.reason
    assert street.place is None  # a street named after a town is not in that town


def test_place_adjective_reads_as_the_place(gp, make_doc):
    text = "Several Central American governments protested."
    doc = make_doc(text)
    start = text.index("Central")
    [top] = gp.resolve_spans(doc, [(start, start + len("Central American"))])
    assert top.place is not None and top.place.name == "Central America"


def test_country_points_follow_geonames_and_the_factbook(geonames):
    us, vn = geonames.country("US"), geonames.country("VN")
    assert (us.lat, us.lon) == (39.76, -98.5)
    assert abs(vn.lat - 16.16667) < 0.01 and abs(vn.lon - 107.83333) < 0.01
    vi = geonames.country("VI")  # a territory without a Factbook point: its capital, Charlotte Amalie
    assert vi is not None and abs(vi.lat - 18.34) < 0.2 and abs(vi.lon + 64.93) < 0.2
    kw = geonames.country("KW")  # the Factbook's 29 30 N, 45 45 E is in Iraq: Kuwait's own land instead
    assert 46.5 < kw.lon < 48.5 and 28.5 < kw.lat < 30.1


def test_event_with_only_a_country_in_context_stays_country_level(gp, make_doc):
    doc = gp(make_doc("The war in Syria entered its eighth year. Fighting erupted again on Monday."))
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.lower_ == "fighting")
    place = gp.locate_event(doc, trigger)
    assert place.country == "Syria" and place.precision == 6  # UCDP 7 would mean international waters


def test_halterman_event_location_eval(tmp_path):
    from eventwire.eval.geo import evaluate_event_location

    text = "Gunmen killed three people in Mosul on Sunday, police in Baghdad said."
    tokens = []
    for i, word in enumerate(text.replace(",", " ,").replace(".", " .").split()):
        start = text.index(word, tokens[-1]["end"] if tokens else 0)
        tokens.append({"text": word, "start": start, "end": start + len(word), "id": i})
    verb = next(t for t in tokens if t["text"] == "killed")
    mosul = next(t for t in tokens if t["text"] == "Mosul")
    task = {"text": text, "tokens": tokens, "answer": "accept", "source": "RELABEL", "_input_hash": 2,
            "spans": [{"start": verb["start"], "end": verb["end"], "token_start": verb["id"], "token_end": verb["id"],
                       "label": "VERB"},
                      # upstream quirk: some spans carry token indices in start/end
                      {"start": mosul["id"], "end": mosul["id"], "token_start": mosul["id"],
                       "token_end": mosul["id"], "label": "LOCATION"}]}
    path = tmp_path / "labeled_text.jsonl"
    path.write_text(json.dumps([task]), encoding="utf-8")
    report = evaluate_event_location(path, split="dev")
    assert report["with_gold"] == 1 and report["accuracy"] == 1.0 and report["span_accuracy"] == 1.0
    assert evaluate_event_location(path, split="test")["tasks"] == 0


def test_unknown_split_is_a_coded_error(tmp_path):
    from eventwire.errors import GoldDataError
    from eventwire.eval.geo import evaluate_event_location

    path = tmp_path / "x.jsonl"
    path.write_text("[]", encoding="utf-8")
    with pytest.raises(GoldDataError):
        evaluate_event_location(path, split="train")


def _resolve(gp, make_doc, text, names):  # type: ignore[no-untyped-def]
    doc = make_doc(text)
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {n: t.place for n, t in zip(names, gp.resolve_spans(doc, spans), strict=True)}


def test_oceans_and_world_regions_are_not_small_american_towns(gp, make_doc):
    text = ("The storm crossed the Atlantic before reaching Iowa and Ohio, while leaders in the Middle East "
            "and on the West Coast watched ships in the Gulf.")
    got = _resolve(gp, make_doc, text, ["Atlantic", "Middle East", "West Coast", "Gulf"])
    assert got["Atlantic"].name == "Atlantic Ocean" and got["Atlantic"].country is None
    assert got["Middle East"].name == "Middle East" and 20 < got["Middle East"].lat < 40  # not Middle East, Md.
    assert got["West Coast"].country == "United States" and got["West Coast"].lon < -115  # not New Zealand's
    assert got["Gulf"].name == "Persian Gulf"


def test_seas_and_world_regions_are_geonames_places_larger_than_a_country(gp, make_doc):
    text = "Migrants crossed the Mediterranean from Libya while fighting spread across West Africa and the Sahel."
    got = _resolve(gp, make_doc, text, ["Mediterranean", "West Africa"])
    assert got["Mediterranean"].geonames_id == 363196 and got["Mediterranean"].country is None
    assert (got["Mediterranean"].precision, got["Mediterranean"].geo_precision) == (7, 3)  # UCDP 7: international waters
    assert got["West Africa"].geonames_id == 7729885 and got["West Africa"].precision == 7


def test_a_former_state_no_country_holds_is_geonames_historical_entity(gp, make_doc):
    text = "Veterans who served in the Soviet Union army met in Kyiv, decades after the USSR collapsed."
    got = _resolve(gp, make_doc, text, ["Soviet Union", "USSR"])
    assert got["Soviet Union"].geonames_id == got["USSR"].geonames_id == 8354411  # A.PCLH, not a hand-made mean
    assert got["USSR"].country is None and got["USSR"].precision == 7


def test_a_world_regions_people_and_a_region_the_lexicon_names_differently(gp, make_doc):
    text = "Arab ministers met in Cairo as the virus spread across the Americas and Middle Eastern markets fell."
    got = _resolve(gp, make_doc, text, ["Arab", "Americas", "Middle Eastern", "Cairo"])
    assert got["Arab"].geonames_id == 6957698  # Arabia, a region, as "European" is Europe
    assert got["Middle Eastern"].geonames_id == 6269133
    assert got["Americas"].geonames_id == 10861432  # GeoNames' "America" region, while "America" stays the US
    assert got["Cairo"].country == "Egypt"


def test_tied_namesakes_with_no_country_keep_the_precision_of_a_sea(geonames):
    from eventwire.geo._place import make_place
    from eventwire.geo.parser import _coarsen

    sea = next(c for c in geonames.lookup("Mediterranean Sea") if c.geonames_id == 363196)
    region = next(c for c in geonames.lookup("Mediterranean Basin") if c.feature_code == "L.RGNE")
    place = _coarsen(geonames, make_place(geonames, sea), sea, (region,))
    # no country holds either: no "first-order division" (precision 4) with no division to give
    assert (place.precision, place.geo_precision) == (7, 3) and place.country is None
    assert "first-order division" not in (place.description or "")


def test_a_country_named_outright_beats_a_namesake_town_unless_qualified(gp, make_doc):
    text = "Troops returned from the border with Mexico to bases in California, Texas and Arizona."
    assert _resolve(gp, make_doc, text, ["Mexico"])["Mexico"].country == "Mexico"
    text = "The fair in Mexico, Missouri, drew crowds from Columbia and Fulton."
    assert _resolve(gp, make_doc, text, ["Mexico", "Missouri"])["Mexico"].country == "United States"


def test_seats_of_government_and_airports_are_placed_in_their_city(gp, make_doc):
    text = "The White House said on Monday that flights from Heathrow to Moscow were cancelled."
    got = _resolve(gp, make_doc, text, ["White House", "Heathrow"])
    assert got["White House"].geonames_id == 4140963  # Washington, not Whitehouse, Jamaica
    assert got["Heathrow"].geonames_id == 2643743  # London, not Heathrow, Florida


def test_a_place_that_names_an_organisation_is_found_but_is_no_event_location(gp, make_doc):
    doc = gp(make_doc("The tribal elders thanked the Pakistan Army for restoring peace."))
    [place] = [p for p in doc._.ew_places if p.span.text == "Pakistan"]
    assert place.role == "metonym" and place.toponym.place.country == "Pakistan"


def test_a_respelling_of_a_far_away_division_is_no_match(gp, make_doc):
    text = "A drone strike hit a market in Makeen, in South Waziristan, near the border of Pakistan."
    got = _resolve(gp, make_doc, text, ["Makeen"])
    assert got["Makeen"] is None or got["Makeen"].country == "Pakistan"  # not Michigan by its consonants
    text = "The mayor spoke at City Hall in Atlanta on Monday."
    assert _resolve(gp, make_doc, text, ["City Hall"])["City Hall"] is None  # not Catahoula, Louisiana


def test_peoples_and_state_residents_read_as_their_place(gp, make_doc):
    text = "Salvadoran migrants crossed Mexico, and Ohioans and Serb voters in Belgrade watched."
    got = _resolve(gp, make_doc, text, ["Salvadoran", "Ohioans", "Serb"])
    assert got["Salvadoran"].name == "El Salvador" and got["Salvadoran"].feature_code == "A.PCLI"
    assert got["Ohioans"].geonames_id == 5165418  # the state of Ohio
    assert got["Serb"].country == "Serbia"


def test_a_world_region_beats_a_namesake_town_near_the_other_places(gp, make_doc):
    text = "Officials in Baltimore, Maryland, and in Washington said the Middle East talks would resume."
    got = _resolve(gp, make_doc, text, ["Middle East"])
    assert got["Middle East"].country is None and got["Middle East"].lat > 20  # not Middle East, Maryland


def test_namesakes_next_to_each_other_choose_each_other(gp, make_doc):
    text = "All residents of Paris and Henry County will receive a letter from the rescue squad."
    got = _resolve(gp, make_doc, text, ["Paris", "Henry County"])
    assert got["Paris"].country == "United States" and got["Paris"].admin1 == "Tennessee"  # Paris, Tenn.
    assert got["Henry County"].admin1 == "Tennessee"


def _resolve_all(gp, make_doc, text, spans):  # type: ignore[no-untyped-def]
    """Resolve the given (name, occurrence) pairs together, as gold spans."""
    doc = make_doc(text)
    offsets = []
    for name, nth in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        offsets.append((start, start + len(name)))
    return [t.place if t else None for t in gp.resolve_spans(doc, offsets)]


def test_a_state_whose_towns_are_named_beats_the_capital_namesake(gp, make_doc):
    text = ("Guardsmen from Tacoma, Spokane and Olympia trained at Camp Murray. Their focus is at home in "
            "Washington, though trips took them to Alaska and Washington, D.C.")
    places = _resolve_all(gp, make_doc, text, [("Tacoma", 0), ("Spokane", 0), ("Olympia", 0), ("Washington", 0),
                                               ("Alaska", 0)])
    assert places[3].feature_code == "A.ADM1" and places[3].admin1 == "Washington"


def test_a_state_is_not_a_small_town_named_after_it(gp, make_doc):
    text = ("Inmates at the prison in Shelby were moved to Helena and Great Falls. Officials in Montana declined "
            "to comment.")
    places = _resolve_all(gp, make_doc, text, [("Shelby", 0), ("Helena", 0), ("Great Falls", 0), ("Montana", 0)])
    assert places[3].geonames_id == 5667009  # the state, not Montana City


def test_a_hyphenated_compound_of_a_country_is_the_country(gp, make_doc):
    text = "Israel and other members of the U.S.-led coalition fought in Syria."
    got = _resolve(gp, make_doc, text, ["U.S.-led"])
    assert got["U.S.-led"].geonames_id == 6252001


def test_a_name_the_gazetteer_lacks_is_not_a_lookalike_far_away(gp, make_doc):
    text = "Russian troops entered South Ossetia, and paddlers on the Neches River near Athens, Texas, watched."
    got = _resolve(gp, make_doc, text, ["South Ossetia", "Neches River"])
    assert got["South Ossetia"] is None or got["South Ossetia"].country in ("Georgia", "Russia")  # not Cameroon's South-West
    assert got["Neches River"] is None or got["Neches River"].admin1 != "Mississippi"  # not Natchez


def test_initials_of_the_country_the_document_is_about(gp, make_doc):
    text = ("Mines in Limpopo and North West provinces employ thousands. SA platinum output fell, "
            "the Chamber of Mines of South Africa said.")
    got = _resolve(gp, make_doc, text, ["Limpopo", "North West", "SA", "South Africa"])
    assert got["SA"].country == "South Africa"  # not Saudi Arabia's ISO code
    text = "Oil exports from Riyadh and Jeddah rose; SA remains the largest producer."
    assert _resolve(gp, make_doc, text, ["Riyadh", "Jeddah", "SA"])["SA"].country == "Saudi Arabia"


def test_the_english_are_from_england(gp, make_doc):
    text = "English fans travelled to Liverpool and Manchester for the match."
    got = _resolve(gp, make_doc, text, ["English"])
    assert got["English"].name == "England" and got["English"].feature_code == "A.ADM1"


def test_a_county_named_in_full_elsewhere_is_the_short_name(gp, make_doc):
    text = ("Deputies in Suffolk County searched the dunes near Southold and Riverhead. The Suffolk County "
            "sheriff said Suffolk police would keep looking.")
    places = _resolve_all(gp, make_doc, text, [("Suffolk County", 0), ("Southold", 0), ("Riverhead", 0),
                                               ("Suffolk County", 1), ("Suffolk", 2)])
    assert places[4].feature_code == "A.ADM2" and places[4].admin1 == "New York"


def test_a_big_state_beats_a_village_of_its_name_near_the_other_places(gp, make_doc):
    text = ("The winning ticket was sold in Riverdale, Morris County, New Jersey. The jackpot was last hit in "
            "January, when a man in Florida won $451 million, and before that in New York.")
    got = _resolve(gp, make_doc, text, ["Riverdale", "Morris County", "New Jersey", "Florida", "New York"])
    assert got["Florida"].geonames_id == 4155751  # the state, not Florida, N.Y. (a village of 3,000)


def test_the_place_a_verb_takes_as_object_is_where_it_happened(gp, make_doc):
    text = "Earlier today, government troops stormed Najarah in eastern Aleppo and expelled the fighters."
    doc = gp(make_doc(text))
    start = text.index("stormed")
    trigger = doc.char_span(start, start + len("stormed"))
    assert gp.event_mention(doc, trigger).span.text == "Najarah"  # not the city that qualifies it


def test_a_place_with_a_settlement_word_or_a_side_is_that_place(gp, make_doc):
    text = "Shelling hit Aleppo City and west Baghdad, and troops patrolled Indian Kashmir."
    got = _resolve(gp, make_doc, text, ["Aleppo City", "west Baghdad", "Indian Kashmir"])
    assert got["Aleppo City"].country == "Syria" and got["Aleppo City"].feature_code.startswith("P.")
    assert got["west Baghdad"].country == "Iraq"
    assert got["Indian Kashmir"] is not None and got["Indian Kashmir"].feature_code != "A.PCLI"  # not India itself


def test_a_street_the_gazetteer_lacks_is_placed_in_the_documents_town(gp, make_doc):
    text = ("Police in Baltimore said the shooting happened on Frankford Avenue. Baltimore officials "
            "closed the street, and Baltimore schools stayed open.")
    places = _resolve_all(gp, make_doc, text, [("Baltimore", 0), ("Frankford Avenue", 0), ("Baltimore", 1),
                                               ("Baltimore", 2)])
    street = places[1]
    assert street is not None and street.geonames_id is None and street.precision == 2
    assert street.admin1 == "Maryland" and street.confidence <= 0.3 and "Baltimore" in street.description


@pytest.mark.parametrize(("text", "verb", "where"), [
    ("The double car bombing occurred in Tahrawa, a village near Mosul inhabited by families of the minority.",
     "occurred", "Tahrawa"),
    ("In the village of Jdeideh near Jenin in the north of the West Bank, troops captured two men.", "captured",
     "Jdeideh"),
])
def test_the_event_is_at_the_place_another_one_only_situates(gp, make_doc, text, verb, where):
    doc = gp(make_doc(text))
    start = text.index(verb)
    trigger = doc.char_span(start, start + len(verb))
    assert gp.event_mention(doc, trigger).span.text == where


def test_a_list_of_states_or_countries_is_not_a_town_and_its_state(gp, make_doc):
    text = "Beekeepers in Georgia, Oklahoma, Pennsylvania and Wisconsin lost half their hives this winter."
    got = _resolve(gp, make_doc, text, ["Oklahoma", "Pennsylvania"])
    assert got["Oklahoma"].feature_code == "A.ADM1"  # not Oklahoma, a village in Pennsylvania
    text = "Cases were also reported in Mexico, China, Japan and Brazil, health officials said."
    assert _resolve(gp, make_doc, text, ["China"])["China"].feature_code == "A.PCLI"  # not China, a town in Japan
    text = "The fair in Mexico, Missouri, drew crowds from Columbia and Fulton."  # a town and its state still is one
    assert _resolve(gp, make_doc, text, ["Mexico", "Missouri"])["Mexico"].feature_code.startswith("P.")


def test_a_dateline_in_capitals_names_the_city_the_story_was_filed_from(gp, make_doc):
    text = "(NEW YORK) — Police officers shot a man carrying a metal pipe on Wednesday, officials said."
    got = _resolve(gp, make_doc, text, ["NEW YORK"])
    assert got["NEW YORK"].geonames_id == 5128581  # New York City, not the state


def test_a_natural_region_near_the_documents_country_beats_a_far_namesake_town(gp, make_doc):
    text = "Smog covered Seoul and Incheon, and the Korea Baseball Organization postponed three games in Korea."
    got = _resolve_all(gp, make_doc, text, [("Seoul", 0), ("Incheon", 0), ("Korea", 1)])
    assert got[2].country != "Ivory Coast" and 30 < got[2].lat < 45  # the peninsula, not Koréa, Ivory Coast


def test_a_country_name_without_its_article_is_the_country(gp, make_doc):
    text = "Health workers in the Democratic Republic of Congo reported new cases near Kinshasa."
    got = _resolve(gp, make_doc, text, ["Democratic Republic of Congo"])
    assert got["Democratic Republic of Congo"].geonames_id == 203312


def test_an_institution_named_by_a_people_is_placed_in_their_country_not_a_lookalike(gp, make_doc):
    text = "The British Embassy and the European Commission both protested to officials in Tokyo."
    got = _resolve(gp, make_doc, text, ["British Embassy", "European Commission"])
    assert got["British Embassy"].geonames_id == 2635167  # the United Kingdom, not Maebashi by its consonants
    assert got["European Commission"].feature_code == "L.CONT" and got["European Commission"].name == "Europe"
    text = "Pupils of the British International School in Cairo marched on Sunday."
    school = _resolve(gp, make_doc, text, ["British International School"])["British International School"]
    assert school is None or school.country != "United Kingdom"  # a school is a building where it stands


def test_a_side_of_the_world_is_not_a_region_of_a_country_the_story_never_names(gp, make_doc):
    text = "Relations between Russia and the West soured after the talks in Moscow."
    west = _resolve(gp, make_doc, text, ["West"])["West"]
    assert west.geonames_id == 9408659  # the Western bloc (Western Europe), not Cameroon's West region nor West, Texas
    text = "Separatists attacked a school in Bamenda, in Cameroon's North-West region."
    assert _resolve(gp, make_doc, text, ["Cameroon", "North-West"])["North-West"].country == "Cameroon"


def test_a_building_the_gazetteer_lacks_is_placed_in_the_town_named_with_it(gp, make_doc):
    text = "Guests fled the Serena Hotel in Kabul as the attack began, police said."
    hotel = _resolve(gp, make_doc, text, ["Serena Hotel", "Kabul"])["Serena Hotel"]
    assert hotel is not None and hotel.geonames_id is None  # no id of its own: Kabul's point
    assert abs(hotel.lat - 34.53) < 0.2 and hotel.precision == 2 and hotel.confidence < 0.5


def test_conflict_regions_and_short_country_names_are_found_and_placed_in_their_country(gp, make_doc):
    text = ("Militias burned villages in Darfur, separatists shelled towns in the Donbas, and peacekeepers in "
            "Bosnia were put on alert.")
    got = {p.span.text: p.toponym.place for p in gp(make_doc(text))._.ew_places}
    assert got["Darfur"].country == "Sudan" and 10 < got["Darfur"].lat < 16 and got["Darfur"].lon < 27
    assert got["Donbas"].country == "Ukraine" and got["Donbas"].lon > 37  # Donetsk and Luhansk, not Kyiv
    assert got["Bosnia"].geonames_id == 3277605


def test_a_given_demonym_inside_a_hyphenated_token_is_its_country(gp, make_doc):
    text = "Three themes dominated Egyptian-US relations: the peace process and aid."
    got = _resolve(gp, make_doc, text, ["Egyptian"])
    assert got["Egyptian"].country == "Egypt"  # the span given, not the token "Egyptian-US" (no lookalike town)


def test_a_village_the_gazetteer_lacks_is_placed_near_the_documents_town_and_said_to_be(gp, make_doc):
    text = ("Police in Owerri said the fire started in Qqzrvbx. Owerri officials closed the market, and Owerri "
            "schools stayed open.")
    places = _resolve_all(gp, make_doc, text, [("Owerri", 0), ("Qqzrvbx", 0), ("Owerri", 1), ("Owerri", 2)])
    village = places[1]
    assert village is not None and village.geonames_id is None and village.country == "Nigeria"
    assert village.precision == 3 and village.confidence <= 0.2  # near the town, not at a known point
    assert "Owerri" in village.description and "too small" in village.description


def test_a_village_the_gazetteer_lacks_stays_unresolved_when_the_story_is_about_another_country(gp, make_doc):
    text = ("Police in Owerri said the fire started in Qqzrvbx. Owerri officials wrote to Egypt, Egypt replied, "
            "and Egypt, Egypt and Egypt sent aid.")
    spans = [("Owerri", 0), ("Qqzrvbx", 0), ("Owerri", 1), *[("Egypt", k) for k in range(5)]]
    places = _resolve_all(gp, make_doc, text, spans)
    assert places[0] is not None and places[0].country == "Nigeria"
    assert places[1] is None  # Owerri is the only town, but the story is mostly about Egypt: no guess


def test_a_village_the_gazetteer_lacks_is_not_where_the_sentence_places_an_event(gp, make_doc):
    text = ("Gunmen attacked the village of Umuokanne near Owerri on Sunday. Police in Owerri said six died. "
            "Residents of Owerri fled to Umuokanne.")
    doc = gp(make_doc(text))
    village = next(p for p in doc._.ew_places if p.span.text == "Umuokanne")
    assert village.toponym.place is not None and village.toponym.place.precision == 3  # near Owerri, by the story
    trigger = doc.char_span(text.index("attacked"), text.index("attacked") + len("attacked"))
    place = gp.locate_event(doc, trigger)
    # the event's place is still the village the gazetteer lacks: near Owerri (named with it), no id, saying so
    assert place is not None and place.name == "Umuokanne" and place.confidence < 0.5
    assert place.geonames_id is None and place.precision == 3 and "Owerri" in place.description
    assert place.evidence[0].text == "Umuokanne"


def test_a_village_the_gazetteer_lacks_goes_to_the_town_with_most_places_around_it(gp, make_doc):
    text = "Crews from Tacoma joined firefighters as the fire spread from Qqzrvbx to Evanston, Oak Park and Chicago."
    names = ["Tacoma", "Qqzrvbx", "Evanston", "Oak Park", "Chicago"]
    village = _resolve_all(gp, make_doc, text, [(n, 0) for n in names])[1]
    # every town is named once: the Chicago area (three places together) is the scene, not Tacoma named first
    assert village is not None and village.admin1 == "Illinois" and village.confidence <= 0.1
    assert "names most with the places around it" in village.description


def test_a_document_leaves_the_gazetteer_as_it_found_it(gp, make_doc, geonames):  # type: ignore[no-untyped-def]
    before = list(geonames.lookup("Idleb"))
    gp(make_doc("Cells are also active in Idleb province, in northwestern Syria."))
    assert geonames.lookup("Idleb") == before  # the next document starts from the same candidates


def _locate(gp, make_doc, text: str, trigger: str):  # type: ignore[no-untyped-def]
    """Where the event of the first ``trigger`` in ``text`` happened, as the geoparser says."""
    doc = gp(make_doc(text))
    start = text.index(trigger)
    return gp.locate_event(doc, doc.char_span(start, start + len(trigger)))


@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("Fighting erupted when troops came under attack in Beledweyne town, 350 kilometres north of the capital "
     "Mogadishu, killing nine civilians.", "attack", "Beledweyne"),
    ("In Muqdadiyah, northeast of Baghdad, gunmen opened fire on a convoy, killing two guards.", "fire", "Muqdadiyah"),
])
def test_a_place_named_as_a_reference_point_is_not_where_the_event_happened(gp, make_doc, text, trigger, place):
    located = _locate(gp, make_doc, text, trigger)
    assert located is not None and located.evidence[0].text == place


def test_a_reference_point_alone_in_its_sentence_is_moved_by_its_offset(gp, make_doc):
    text = "Gunmen attacked a convoy 50 km north of Mogadishu on Monday."
    located = _locate(gp, make_doc, text, "attacked")
    assert located is not None and located.precision == 2 and located.lat > 2.04 + 0.3  # Mogadishu is at 2.04 N


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a place in another verb's phrase is what that verb is about
    ("Rebels launched a new offensive in the northern countryside of Latakia on Saturday, targeting the key town "
     "of Salma.", "launched", "Latakia"),
    # the part word's preposition is the name's own; the state only says where the areas are
    ("Gunmen attacked communities in Chibok and Biu local government areas of Borno State, killing 54 people.",
     "attacked", "Chibok|Biu"),
])
def test_the_event_place_is_the_one_its_own_verb_governs(gp, make_doc, text, trigger, place):
    located = _locate(gp, make_doc, text, trigger)
    assert located is not None and located.evidence[0].text in place.split("|")


@pytest.mark.parametrize("text", [
    "Two Iraqis were shot dead by a U.S. soldier when the demonstration turned violent.",
    "The UK-based monitor said a commander was among those executed.",
])
def test_a_country_that_only_says_whose_soldiers_is_not_the_event_place(gp, make_doc, text):
    doc = gp(make_doc(text))
    trigger = next(t for t in doc if t.lower_ in ("shot", "executed"))
    located = gp.locate_event(doc, doc[trigger.i:trigger.i + 1])
    assert located is None or located.country not in ("United States", "United Kingdom")


def test_a_country_where_the_soldiers_fought_is_still_the_place(gp, make_doc):
    text = "A U.S. soldier was shot dead in Afghanistan on Monday."
    located = _locate(gp, make_doc, text, "shot")
    assert located is not None and located.country == "Afghanistan"


def test_lakes_and_ranges_by_their_short_names(gp, make_doc):
    text = "Boko Haram fighters attacked islands on Lake Chad, and snow fell in the Appalachians and the Rockies."
    doc = make_doc(text)
    names = ("Lake Chad", "Appalachians", "Rockies")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    lake, east, west = (t.place for t in gp.resolve_spans(doc, spans))
    assert lake.feature_code == "H.LK" and 12 < lake.lat < 14.5 and 13 < lake.lon < 15.5
    assert east.name == "Appalachian Mountains" and west.name == "Rocky Mountains"


def test_natural_earth_abbreviations_are_spelled_out():
    from eventwire.geo._prepare import _spelled_out

    assert _spelled_out("L. Kivu") == ("Lake Kivu", ["L. Kivu"])
    assert _spelled_out("Caucasus Mts.") == ("Caucasus Mountains", ["Caucasus Mts."])
    assert _spelled_out("Lago Titicaca") == ("Lago Titicaca", ["Lake Titicaca"])


@pytest.mark.parametrize(("text", "name", "same"), [
    ("Hodeida", "Al Hudaydah", True), ("Boukamal", "Ālbū Kamāl", True), ("Qandahar", "Kandahar", True),
    ("Deir Ezzor", "Dayr az Zawr", True), ("Idleb", "Idlib", True),
    ("South Ossetian", "South Houston", False), ("Elysian Fields", "Scheinfeld", False),
    ("Almonaster", "Munster", False),
])
def test_a_consonant_skeleton_joined_across_words_is_no_respelling(text, name, same):
    from eventwire.geo._resolve import _respelling

    assert _respelling(text, name) is same


def test_a_village_namesake_far_from_the_story_town_is_placed_near_that_town(gp, make_doc):
    text = ("Police in New Orleans closed streets on Tuesday. Crowds gathered on Bourbon near the river, "
            "and New Orleans officials said the parade would go ahead.")
    doc = make_doc(text)
    spans = [(i, i + len(n)) for n in ("New Orleans", "Bourbon") for i in range(len(text)) if text.startswith(n, i)]
    bourbon = gp.resolve_spans(doc, spans)[-1]
    assert bourbon.place is not None and bourbon.place.geonames_id is None  # not Bourbon, Indiana
    assert abs(bourbon.place.lat - 29.95) < 0.3 and bourbon.place.precision == 3 and "Bourbon" in bourbon.reason


def test_state_points_are_centroids_of_the_whole_state(geonames):
    hawaii = geonames.admin1("US", "HI")  # the middle of the islands, not the Big Island's label point
    assert 20.0 < hawaii.lat < 20.8 and -157.0 < hawaii.lon < -155.9
    florida = geonames.admin1("US", "FL")  # the peninsula's middle, not its north
    assert 28.3 < florida.lat < 29.0 and -82.8 < florida.lon < -82.0


def test_an_abbreviated_town_name_meets_the_town_of_the_named_state(gp, make_doc):
    text = ("The Mt. Pleasant band won the state jazz title in Des Moines. Mt. Pleasant had not won since 1992, "
            "a teacher from Iowa City said.")
    got = _places(gp, make_doc, text)
    assert got["Mt. Pleasant"].place.admin1 == "Iowa"  # Mount Pleasant, Iowa, not Mount Pleasant, South Carolina


def test_an_abbreviated_county_is_the_county(gp, make_doc):
    got = _places(gp, make_doc, "Rain fell across Nebraska on Monday. Officials in Platte Co. said two roads were closed.")
    assert got["Platte Co."].place.feature_code == "A.ADM2" and got["Platte Co."].place.admin1 == "Nebraska"


def test_two_common_town_names_near_each_other_by_chance_are_no_evidence(gp, make_doc):
    text = ("Ohio will ask Washington for money, the governor said. Ohio armories need repairs, and the one in "
            "Middletown needs new plumbing.")
    got = _places(gp, make_doc, text)
    assert got["Middletown"].place.admin1 == "Ohio"  # not the Middletown in Pennsylvania near a town called Washington


def test_a_short_county_name_follows_the_county_the_whole_document_chose(gp, make_doc):
    text = ("Police in Suffolk County said the woman from Southold was last seen on Friday at a bank in Southold. "
            "Suffolk County detectives asked for help, and Suffolk police searched the woods.")
    got = _places(gp, make_doc, text)
    assert got["Suffolk County"].place.admin1 == "New York"
    assert got["Suffolk"].place.admin1 == "New York"  # not Suffolk County, Massachusetts (more people)


def test_a_place_adjective_reads_as_the_country_before_a_same_stemmed_division(gp, make_doc):
    text = "Marine turtles nest on Saint Lucian beaches every spring."
    doc = make_doc(text)
    start = text.index("Saint")
    [top] = gp.resolve_spans(doc, [(start, start + len("Saint Lucian"))])
    assert top.place is not None and top.place.country == "Saint Lucia"  # not Saint Lucy, a parish of Barbados


def test_names_listed_before_a_plural_division_word_are_divisions(gp, make_doc):
    text = "Rates were highest in Hitchcock and Hayes counties in southwest Nebraska, officials said."
    got = _places(gp, make_doc, text)
    assert got["Hitchcock"].place.feature_code == "A.ADM2" and got["Hitchcock"].place.admin1 == "Nebraska"


def test_a_name_before_border_is_the_state_not_its_city(gp, make_doc):
    text = ("Tolls return between Exit 1 in West Stockbridge near the New York border and Exit 6 in Springfield, "
            "officials said.")
    got = _places(gp, make_doc, text)
    assert got["New York"].place.feature_code == "A.ADM1"  # the state, not New York City


def test_a_major_island_is_not_a_village_of_its_name_in_a_named_province(gp, make_doc):
    text = ("Bird flu was found on farms in Pampanga and Davao del Sur in the Philippines. Most farms on Luzon "
            "were spared, officials said.")
    got = _places(gp, make_doc, text)
    assert got["Luzon"].place.feature_code == "T.ISL"  # the island, not the village Luzon in Davao del Sur


def test_a_former_country_name_is_the_country_now(gp, make_doc):
    got = _places(gp, make_doc, "Ebola first broke out in Zaire in 1976, doctors recalled.")
    assert got["Zaire"].place.country == "Democratic Republic of the Congo"  # not Zaire province, Angola


def test_a_city_whose_name_ends_in_a_landform_word_is_the_city(gp, make_doc):
    # "Coast" is part of the city's own name: it says no more for the coastline than for the city of 640,000
    got = _places(gp, make_doc, "Heavy rain flooded streets in Gold Coast on Sunday, the weather bureau said.")
    assert got["Gold Coast"].place.feature_code.startswith("P.")
    assert got["Gold Coast"].place.country == "Australia"


def test_a_landform_word_after_a_river_name_still_picks_the_river(gp, make_doc):
    got = _places(gp, make_doc, "Fighting raged along the Euphrates River in eastern Syria, monitors said.")
    assert got["Euphrates River"].place.feature_code.startswith("H.")


def test_each_name_is_looked_up_once_for_both_resolution_passes(gp, make_doc, monkeypatch):
    """The two passes start from the same candidates: found once per document, with the same choices."""
    from eventwire.geo import _resolve

    text = ("Georgia lawmakers debated the bill on Monday. Mayors of Macon, Valdosta and Gainesville "
            "said their towns would lose money, and officials in Savannah agreed.")
    before = _places(gp, make_doc, text)
    calls: list[str] = []
    candidates = _resolve._candidates

    def counting(gaz, name, countries):  # type: ignore[no-untyped-def]
        calls.append(name)
        return candidates(gaz, name, countries)

    monkeypatch.setattr(_resolve, "_candidates", counting)
    after = _places(gp, make_doc, text)
    assert after == before
    assert sorted(calls) == ["Gainesville", "Georgia", "Macon", "Savannah", "Valdosta"]  # once each, not once a pass


def test_capital_abroad_beats_a_domestic_namesake_with_nothing_near_it(gp, make_doc):
    text = ("The United States urged Ukraine to repeal the law, and officials in Washington said Kyiv should follow "
            "the advice that experts gave in Venice last year.")
    venice = _places(gp, make_doc, text)["Venice"].place
    assert venice.country == "Italy"  # a first-order capital, not Venice, California (nothing Californian named)
    anchored = _places(gp, make_doc, "Police in Los Angeles and Santa Monica said the man was arrested in Venice.")
    assert anchored["Venice"].place.country == "United States"  # a place near it named: the local namesake


def test_namesakes_meeting_outside_the_state_a_story_is_about_are_no_evidence(gp, make_doc):
    """Some Madison County lies near some Atlanta (in Indiana), and McLean County near another (in Illinois); a
    story about Kentucky towns means Kentucky's."""
    text = ("Debate teams from Louisville met in Kentucky's state final on Saturday. Two Madison County schools "
            "reached the last round, beating McLean County, and the winner will travel to Atlanta for the national "
            "final.")
    got = _places(gp, make_doc, text)
    assert got["Madison County"].place.admin1 == "Kentucky"
    assert got["McLean County"].place.admin1 == "Kentucky"
    assert got["Atlanta"].place.admin1 == "Georgia"  # the big city, not a village beside a namesake county


def test_a_state_the_story_only_mentions_does_not_outweigh_two_names_side_by_side(gp, make_doc):
    text = ("A Richmond man was charged after Richmond police said he struck a parked car on the interstate. He was "
            "lodged in the Madison County Detention Center. The man had moved from Louisiana last year.")
    got = _places(gp, make_doc, text)
    assert got["Madison County"].place.admin1 == "Kentucky"  # Richmond, Kentucky is in Madison County


def test_a_peoples_quarter_or_a_square_of_the_storys_town_is_no_far_namesake(gp, make_doc):
    text = ("New Orleans police closed streets in the French Quarter on Saturday as the parade passed. The march "
            "ended at Washington Square, where New Orleans musicians played until dark.")
    names = ["New Orleans", "French Quarter", "Washington Square", "New Orleans"]
    spans, at = [], 0
    for name in names:  # the names given, as in the eval's gold-span setting
        at = text.index(name, at)
        spans.append((at, at + len(name)))
    got = dict(zip(names, gp.resolve_spans(make_doc(text), spans), strict=True))
    quarter, square = got["French Quarter"].place, got["Washington Square"].place
    assert quarter is not None and quarter.country == "United States"  # not the village of Quarter in Scotland
    assert square is not None and square.admin1 == "Louisiana"  # not Washington Square, Pennsylvania
    assert square.geonames_id is None and square.precision == 3  # only near the town: the gazetteer lacks the square


def test_latin_america_is_the_south_american_continent_as_geowebnews_codes_it(gp, make_doc):
    got = _places(gp, make_doc, "Inflation is rising across Latin America, and Brazil and Chile raised rates on Monday.")
    assert got["Latin America"].place.geonames_id == 6255150  # South America, the continent


def test_the_west_as_a_bloc_is_western_europe_as_geowebnews_codes_it(gp, make_doc):
    text = ("Moscow accused the West of meddling, and Western governments answered with new sanctions. Money sent "
            "through Western Union was frozen too.")
    got = _resolve(gp, make_doc, text, ["Moscow", "Western", "Western Union"])
    assert got["Western"].geonames_id == 9408659
    union = got["Western Union"]
    assert union is None or union.geonames_id != 9408659  # a company, not the West


def test_a_half_of_an_ocean_is_that_half(gp, make_doc):
    text = "Storms formed in the north Atlantic, while Asia-Pacific leaders met and the Atlantic stayed calm."
    got = _resolve_all(gp, make_doc, text, [("Atlantic", 0), ("Pacific", 0), ("Atlantic", 1)])
    assert got[0].geonames_id == 3411923 and got[1].geonames_id == 4030875  # North Atlantic, North Pacific
    assert got[2].geonames_id == 3373405  # the Atlantic alone is the whole ocean


@pytest.mark.parametrize("text", [
    "Assailants kidnapped seven people in Koya, Cameroon, on Saturday.",
    "Assailants kidnapped seven people in Koya, Kette, Cameroon, on Saturday.",
])
def test_a_namesake_outside_the_country_named_with_it_is_not_taken(gp, make_doc, text):
    # the gazetteer's only Koya is in Japan; the text puts this one in Cameroon: a place the gazetteer lacks,
    # placed near the country named with it, no better than the country, and said so
    koya = _places(gp, make_doc, text)["Koya"].place
    assert koya is not None and koya.country == "Cameroon" and koya.geonames_id is None
    assert koya.precision >= 6 and koya.confidence <= 0.3 and "outside Cameroon" in koya.description


def test_a_place_inside_the_country_named_with_it_is_kept(gp, make_doc):
    leer = _places(gp, make_doc, "Soldiers clashed with rebels in Leer, South Sudan, on Monday.")["Leer"].place
    assert leer.country == "South Sudan" and leer.precision == 1 and leer.geonames_id is not None


def test_a_place_named_as_part_of_a_town_abroad_is_not_a_namesake_elsewhere(gp, make_doc):
    # the gazetteer's Soba is in Nigeria; "the Soba area of Khartoum" is in Khartoum
    soba = _places(gp, make_doc, "Protesters gathered in the Soba area of Khartoum on Friday.")["Soba"].place
    assert soba is not None and soba.country == "Sudan" and soba.geonames_id is None and "Khartoum" in soba.description
