"""The relevance screen: what the parser skips keeps its place and cannot change the events."""

from __future__ import annotations

import datetime as dt

from eventwire.clean.screen import candidate_words, is_candidate, screen, split_sentences
from eventwire.readers.base import make_document

TEXT = (
    "Floods and prices\n\n"
    "The central bank kept its interest rate unchanged. Parliament will debate the budget. "
    "Prices of food rose again. Militants attacked a checkpoint near Kidal on Monday. "
    "The army said two soldiers were wounded. Schools reopened after the rainy season. "
    "A new bridge was opened in the capital.\n\nThe weather will be dry."
)


def test_sentences_cover_the_text():
    spans = split_sentences(TEXT)
    assert spans[0][0] == 0 and spans[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


def test_inflected_and_irregular_trigger_forms_are_candidates():
    for sentence in ("Rebels fought the army.", "Gunmen shot two men.", "The town was shelled.",
                     "An airstrike struck the market.", "Attackers stormed the base.", "Troops ambushing a convoy."):
        assert is_candidate(sentence), sentence
    assert not is_candidate("The central bank kept its interest rate unchanged.")
    assert "fought" in candidate_words() and "interest" not in candidate_words()


def test_words_of_rule_found_triggers_are_candidates():
    for sentence in ("The bodies of five men were discovered near the market.", "Human remains were found on Monday.",
                     "Hundreds of traders took to the streets of Djibo."):
        assert is_candidate(sentence), sentence


def test_a_rule_found_event_far_from_the_first_sentence_is_found(run):
    text = ("The town of Djibo lies in the north of Burkina Faso. Its market is the largest in the province. "
            "Residents say life has become hard. On Monday, the bodies of five men were discovered near the market.")
    events = run(text, published="2024-03-05").events
    assert [(e.event_type, e.sub_event_type) for e in events] == [("Violence against civilians", "Attack")]


def test_skipped_sentences_are_blanked_in_place():
    s = screen(TEXT)
    assert len(s.text) == len(TEXT)
    assert [i for i, c in enumerate(s.text) if c == "\n"] == [i for i, c in enumerate(TEXT) if c == "\n"]
    assert "Militants attacked a checkpoint near Kidal on Monday." in s.text
    assert "Prices of food rose again." in s.text  # the neighbour before
    assert "two soldiers were wounded" in s.text and "Schools reopened" in s.text  # the neighbours after
    assert s.text.startswith("Floods and prices")  # the headline
    assert "central bank" not in s.text and "bridge" not in s.text and "weather" not in s.text
    for (start, end), kept in zip(s.sentences, s.kept):
        if kept:
            assert s.text[start:end] == TEXT[start:end]
        else:
            assert not s.text[start:end].strip()
    assert 0 < s.kept_fraction < 1


def test_a_text_with_no_event_word_keeps_only_its_first_sentence():
    s = screen("Markets rose. Rain is expected. The match ended in a draw.")
    assert s.text.startswith("Markets rose.") and "draw" not in s.text


def test_the_screen_does_not_change_the_reference_article_events(pipeline, seed_text, seed_result):
    from eventwire.pipeline import Pipeline

    unscreened = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, screen=False)
    assert pipeline.screen
    full = unscreened.run(make_document(seed_text, published=dt.date(2018, 7, 24)))
    assert [e.model_dump() for e in full.events] == [e.model_dump() for e in seed_result.events]


def test_a_long_report_with_filler_gives_the_same_events_screened_or_not(pipeline):
    from eventwire.pipeline import Pipeline

    unscreened = Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, screen=False)
    doc = make_document(TEXT, published=dt.date(2024, 3, 5))
    screened = pipeline.run(doc)
    assert screened.events
    assert [e.model_dump() for e in unscreened.run(doc).events] == [e.model_dump() for e in screened.events]
    for ev in screened.events:
        for item in ev.evidence:
            assert TEXT[item.start:item.end] == item.text


def test_a_sentence_the_keep_test_accepts_is_kept():
    plain = screen(TEXT)
    kept = screen(TEXT, keep=lambda sentence: "bridge" in sentence)
    bridge = next(i for i, (s, e) in enumerate(plain.sentences) if "bridge" in TEXT[s:e])
    assert not plain.kept[bridge] and kept.kept[bridge]
    assert "A new bridge was opened" in kept.text and len(kept.text) == len(TEXT)


def test_the_place_test_finds_place_names_without_a_parse(pipeline):
    from eventwire.geo._recognize import names_place

    test = names_place(pipeline.geoparser.gazetteer)
    assert test("Schools reopened in Kidal after the rainy season.")
    assert test("Syrian officials said little.")
    assert not test("The weather will be dry.")


def test_the_pipeline_keeps_sentences_that_name_a_place(pipeline):
    text = ("Markets\n\nPrices rose in Bamako. The bank was quiet. Rain fell. Militants attacked a checkpoint. Shops opened. "
            "Rain fell again. The weather was dry.")
    parser_text = pipeline._parser_text(type("C", (), {"text": text})())
    assert "Prices rose in Bamako." in parser_text and "The bank was quiet." not in parser_text
    assert "The weather was dry." not in parser_text and len(parser_text) == len(text)


def test_known_names_answer_as_the_gazetteer_does_and_leave_its_cache_alone(pipeline):
    from eventwire.clean.screen import KnownNames

    gazetteer = pipeline.geoparser.gazetteer
    names = ["Kidal", "Maarat al-Numan", "the Sahel", "Monday", "Nowhereville Zzq", "Syria", "X"]
    expected = {name: bool(gazetteer.lookup(name)) for name in names}
    assert expected["Kidal"] and not expected["Nowhereville Zzq"]
    before = type(gazetteer).lookup.cache_info().currsize if hasattr(type(gazetteer).lookup, "cache_info") else None
    known = KnownNames(gazetteer)
    assert {name: known.lookup(name) for name in [*names, "Gao", "Tessalit"]} == {
        **expected, "Gao": True, "Tessalit": True}
    if before is not None:  # the resolver's candidate cache did not grow
        assert type(gazetteer).lookup.cache_info().currsize == before


def test_a_multi_word_trigger_makes_a_candidate_only_with_all_its_words():
    # "work stoppage", "rounded up", "peace deal": no word of them is a trigger alone
    assert is_candidate("Dockers announced a work stoppage at the port on Friday.", interactions=False)
    assert is_candidate("Soldiers rounded up dozens of young men.", interactions=False)
    assert is_candidate("The two sides signed a peace deal in the capital.", interactions=False)
    assert not is_candidate("The work on the port was finished on Friday.", interactions=False)
    assert not is_candidate("The two sides met in the capital to talk about peace.", interactions=False)


def test_a_title_before_a_name_does_not_end_the_sentence():
    text = "Gunmen shot dead Hon. Ahmed Mohamed in Mogadishu. Lt. Col. Musa Ali confirmed it. Police came."
    assert [text[a:b].strip() for a, b in split_sentences(text)] == [
        "Gunmen shot dead Hon. Ahmed Mohamed in Mogadishu.", "Lt. Col. Musa Ali confirmed it.", "Police came."]


def test_the_victim_after_a_title_is_counted_with_the_killing(run):
    result = run("Gunmen shot dead Hon. Ahmed Mohamed, a member of parliament, in Mogadishu on Monday.", "2016-07-05")
    tolls = [ev.fatalities.best for ev in result.events if ev.fatalities]
    assert tolls == [1]
