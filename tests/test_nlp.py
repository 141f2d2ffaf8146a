from __future__ import annotations

import pytest

from eventwire.nlp import TITLE_ABBREVIATIONS, load_spacy


@pytest.mark.parametrize("text", [
    "Gunmen shot dead Hon. Ahmed Mohamed, a member of parliament, in Mogadishu on Monday.",
    "Troops led by Lt. Col. Musa Ali attacked the camp near Maiduguri.",
    "Insurgents abducted Capt. John Okoro and two soldiers.",
])
def test_a_title_and_the_name_after_it_stay_in_one_sentence(text):
    doc = load_spacy("en")(text)
    assert len(list(doc.sents)) == 1
    assert any(t.text.endswith(".") and t.text[:-1] in TITLE_ABBREVIATIONS for t in doc)  # one token, stop kept


def test_a_sentence_ending_before_a_new_one_still_ends():
    doc = load_spacy("en")("The attack killed six people. Police said the gunmen fled.")
    assert [s.text for s in doc.sents] == ["The attack killed six people.", "Police said the gunmen fled."]
