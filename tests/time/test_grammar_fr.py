"""French date phrases: the French relative-date set, and French dates over a parsed doc."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from eventwire.time import event_date, find_dates, resolve, scan

FRENCH_SET = Path(__file__).with_name("relative_dates_fr.tsv")
TUESDAY = dt.date(2018, 7, 24)


def test_french_relative_date_set_is_resolved_exactly() -> None:
    from eventwire.eval.time import evaluate_relative

    result = evaluate_relative(FRENCH_SET)
    assert result["lang"] == "fr"  # chosen from the file name
    assert result["phrasings"] >= 60
    assert result["exact"] >= 0.95, "\n".join(result["misses"])


def test_the_cli_scores_the_french_set(capsys) -> None:  # type: ignore[no-untyped-def]
    from eventwire.cli.time import eval_time_cli

    eval_time_cli(str(FRENCH_SET), dataset="relative", lang="fr", format="table")
    out = capsys.readouterr().out
    assert "lang                         fr" in out and "exact" in out


def test_french_words_are_not_dates_in_english_and_english_words_not_in_french() -> None:
    assert scan("Les combats ont repris mardi soir.", TUESDAY) == []
    assert scan("Fighting resumed on Monday.", TUESDAY, lang="fr") == []


def test_a_language_without_a_grammar_is_read_with_the_english_rules() -> None:
    found = resolve("on Friday", TUESDAY, lang="xx")
    assert found is not None and found.start == dt.date(2018, 7, 20)


def test_a_night_between_two_weekdays_covers_both_days() -> None:
    found = resolve("Trois civils ont été tués dans la nuit de dimanche à lundi.", TUESDAY, lang="fr")
    assert found is not None and (found.start, found.end) == (dt.date(2018, 7, 22), dt.date(2018, 7, 23))
    assert found.precision == 2


def test_days_later_is_anchored_on_the_previous_date() -> None:
    found = scan("Le 20 juillet, des rebelles ont attaqué le poste; deux jours plus tard, l'armée a riposté.",
                 TUESDAY, lang="fr")  # fmt: skip
    assert [f.start for f in found] == [dt.date(2018, 7, 20), dt.date(2018, 7, 22)]


def test_since_a_date_is_ongoing_up_to_publication() -> None:
    [found] = scan("Khartoum est le théâtre de combats depuis le 15 avril.", TUESDAY, lang="fr")
    assert (found.start, found.end, found.tense, found.text) == (dt.date(2018, 4, 15), TUESDAY, "ongoing",
                                                                 "depuis le 15 avril")  # fmt: skip


def test_the_target_sentence_is_dated_on_publication(make_fr_doc: Callable[..., object]) -> None:
    doc = make_fr_doc("Mardi, la coalition internationale a annoncé que six dirigeants de l'EI avaient été tués "
                      "près de Hajine, dans la province de Deir Ezzor, en Syrie.")  # fmt: skip
    [mention] = find_dates(doc)  # type: ignore[arg-type]
    assert mention.span.text == "Mardi" and mention.date.start == TUESDAY
    killed = next(t for t in doc if t.text == "tués")  # type: ignore[attr-defined]
    date = event_date(doc, doc[killed.i : killed.i + 1])  # type: ignore[index,arg-type]
    assert date is not None and date.start == date.end == TUESDAY


def test_a_bare_weekday_points_forward_when_the_verb_is_future(make_fr_doc: Callable[..., object]) -> None:
    doc = make_fr_doc("Le président se rendra à Gao jeudi.")
    [mention] = find_dates(doc)  # type: ignore[arg-type]
    assert mention.date.start == dt.date(2018, 7, 26) and mention.tense == "future"


def test_the_night_between_two_dates() -> None:
    found = resolve("dans la nuit du 1er au 2 mars, des hommes armés ont attaqué", dt.date(2018, 3, 5), lang="fr")
    assert found is not None and (found.start, found.end) == (dt.date(2018, 3, 1), dt.date(2018, 3, 2))


def test_every_language_uses_the_shared_rule_bodies() -> None:
    from eventwire.time import _rules
    from eventwire.time._grammar import GRAMMARS

    scan("hier", dt.date(2018, 7, 24), lang="fr")  # loads the French grammar
    for lang in ("en", "fr"):
        assert all(handler.__module__ == _rules.__name__ for _, handler, _ in GRAMMARS[lang].rules), lang
