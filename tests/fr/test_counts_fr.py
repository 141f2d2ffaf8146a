"""French casualty counts: number words, vague quantities, killing and non-killing wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventwire.events.counts import event_counts, find_counts, parse_number_fr

TARGET = ("Mardi, la coalition internationale a annoncé que six dirigeants de l'EI avaient été tués près de Hajine, "
          "dans la province de Deir Ezzor, en Syrie.")  # fmt: skip


def _tolls(doc) -> list[tuple[int, int, int, str]]:  # type: ignore[no-untyped-def]
    return [(c.count.best, c.count.low, c.count.high, c.count.kind) for c in find_counts(doc) if c.casualty]


@pytest.mark.parametrize(
    ("words", "value"),
    [("six", 6), ("vingt et un", 21), ("soixante-dix-sept", 77), ("quatre-vingt-douze", 92), ("deux cents", 200),
     ("trois mille", 3000), ("1 200", 1200), ("2,5 millions", 2_500_000), ("quatre-vingts", 80)],
)  # fmt: skip
def test_french_number_words(words: str, value: int) -> None:
    assert parse_number_fr(words) == value


def test_the_target_sentence_has_six_killed(fr_doc: Callable[..., object]) -> None:
    doc = fr_doc(TARGET)
    assert _tolls(doc) == [(6, 6, 6, "killed")]
    killed = next(t for t in doc if t.text == "tués")  # type: ignore[attr-defined]
    counts = event_counts(doc, doc[killed.i : killed.i + 1])  # type: ignore[index,arg-type]
    assert counts["killed"].best == 6 and counts["killed"].evidence[0].text == "six"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au moins 12 militaires ont péri jeudi dans des combats.", (12, 12, 18, "killed")),
        ("L'attentat a fait plus de 300 morts.", (300, 300, 450, "killed")),
        ("Une trentaine de combattants ont été tués vendredi.", (30, 24, 36, "killed")),
        ("Une vingtaine de civils ont été tués dans la nuit.", (20, 16, 24, "killed")),
        ("Une douzaine de soldats ont été tués samedi.", (12, 12, 12, "killed")),
        ("Des dizaines de villageois ont été massacrés.", (10, 10, 99, "killed")),
        ("Des hommes armés ont attaqué le village, tuant cinq civils.", (5, 5, 5, "killed")),
        ("Les jihadistes ont égorgé 43 ouvriers agricoles.", (43, 43, 43, "killed")),
        ("Des soldats ont exécuté douze civils.", (12, 12, 12, "killed")),
        ("L'armée a annoncé avoir neutralisé une vingtaine de jihadistes.", (20, 16, 24, "killed")),
        ("Le bilan s'élève à 17 morts selon les secours.", (17, 17, 17, "killed")),
        ("Plus de 200 lycéennes ont été enlevées par des hommes armés.", (200, 200, 300, "abducted")),
        ("Quinze personnes ont été blessées dans l'explosion.", (15, 15, 15, "wounded")),
    ],
)
def test_french_tolls(fr_doc: Callable[..., object], text: str, expected: tuple[int, int, int, str]) -> None:
    assert _tolls(fr_doc(text)) == [expected]


def test_fighters_remaining_are_a_count_not_a_toll(fr_doc: Callable[..., object]) -> None:
    doc = fr_doc('Le général a évalué à "quelques centaines" le nombre de combattants restants. '
                 "Il reste quelques centaines de combattants dans la vallée.")  # fmt: skip
    counts = find_counts(doc)  # type: ignore[arg-type]
    assert [(c.count.best, c.count.low, c.count.high) for c in counts] == [(300, 200, 900), (300, 200, 900)]
    assert not any(c.casualty for c in counts)


def test_wounded_and_killed_are_told_apart(fr_doc: Callable[..., object]) -> None:
    doc = fr_doc("Une grenade lancée dans un bar a tué une personne et en a blessé six autres.")
    assert _tolls(doc) == [(1, 1, 1, "killed"), (6, 6, 6, "wounded")]


def test_a_part_after_dont_is_not_counted_twice(fr_doc: Callable[..., object]) -> None:
    doc = fr_doc("Douze civils, dont quatre enfants, ont été tués samedi.")
    assert _tolls(doc) == [(12, 12, 12, "killed")]


def test_the_killers_are_not_the_toll(fr_doc: Callable[..., object]) -> None:
    assert _tolls(fr_doc("Trois hommes armés ont tué un berger près du village.")) == [(1, 1, 1, "killed")]


def test_neutralised_soldiers_are_not_dead(fr_doc: Callable[..., object]) -> None:
    doc = fr_doc("La police a neutralisé deux engins explosifs et interpellé trois suspects.")
    assert [c for c in _tolls(doc) if c[3] == "killed"] == []


def test_english_docs_keep_the_english_rules() -> None:
    from eventwire._doc import ensure_extensions
    from eventwire.nlp import load_spacy

    ensure_extensions()
    doc = load_spacy("en")("Six leaders were killed near Hajin.")
    doc._.ew_published = None
    assert [(c.count.best, c.count.kind) for c in find_counts(doc) if c.casualty] == [(6, "killed")]
