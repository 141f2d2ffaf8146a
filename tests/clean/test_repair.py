"""Damaged text is repaired for the parser; evidence still quotes the original."""

from __future__ import annotations

import pytest

from eventwire.clean import clean
from eventwire.clean.repair import fix_displaced_quotes, fix_mojibake, undo_substitutions


def _apply(text, edits):
    for start, end, repl in sorted(edits, reverse=True):
        text = text[:start] + repl + text[end:]
    return text


def test_word_filter_artefact_is_undone_and_evidence_keeps_the_original():
    original = 'A territory badessed at "30 kilometers", badessing the number of fighters. Badessed again.'
    cleaned = clean(original)
    assert "territory assessed at" in cleaned.text and "assessing the number" in cleaned.text
    assert "Assessed again" in cleaned.text
    start = cleaned.text.index("assessing")
    ev = cleaned.evidence(start, start + len("assessing the number"))
    assert ev.text == original[ev.start:ev.end] == "badessing the number"
    assert ev.repaired == "assessing the number"


@pytest.mark.parametrize("text", [
    "The badge of the bad guards was found abroad in Islamabad and Jalalabad.",
    "Ahmedabad, Hyderabad and Faisalabad reported no badness.",
    "Buttons, butter and a buttress.",
])
def test_real_words_and_names_are_left_alone(text):
    assert undo_substitutions(text) == []


def test_the_repair_follows_the_dictionary_not_a_word_list():
    # none of these appear anywhere in eventwire's code: the rule finds them through the word check
    text = "The embbady was evacuated; a mbadive crowd and a clbuttic mistake; they bypbaded the town."
    assert _apply(text, undo_substitutions(text)) == (
        "The embassy was evacuated; a massive crowd and a classic mistake; they bypassed the town.")


def test_mojibake_is_fixed_where_it_is_and_nowhere_else():
    text = "Le cafÃ© at Saint-Ã‰tienne, donâ€™t go. Naïve Zürich stays."
    edits = fix_mojibake(text)
    assert _apply(text, edits) == "Le café at Saint-Étienne, don\u2019t go. Naïve Zürich stays."
    cleaned = clean(text)
    assert "don't go" in cleaned.text
    start = cleaned.text.index("Saint")
    ev = cleaned.evidence(start, start + len("Saint-Étienne"))
    assert ev.text == "Saint-Ã‰tienne" and ev.repaired == "Saint-Étienne"


def test_a_closing_quote_that_slid_onto_the_speech_tag_is_put_back():
    text = 'there will be a transition, a slow transition, "he added. "All this will not happen."'
    assert _apply(text, fix_displaced_quotes(text)) == (
        'there will be a transition, a slow transition," he added. "All this will not happen."')
    # an opening quote after a comma is left alone
    assert fix_displaced_quotes('He said, "we want to make sure that they can not regroup."') == []


def test_the_reference_article_is_repaired(seed_text):
    cleaned = clean(seed_text)
    assert "badess" not in cleaned.text
    assert "territory assessed at" in cleaned.text and "assessing the number" in cleaned.text
    assert len(cleaned.original) == len(seed_text)


def test_a_text_without_a_substitution_artefact_gets_no_substitution_edit():
    from eventwire.clean.repair import undo_substitutions

    assert undo_substitutions("Officials assessed the damage to the embassy on Tuesday.") == []
    assert undo_substitutions("Officials BADESSED the damage; a badge and an abroad trip were untouched.") == [
        (10, 13, "ASS")]
