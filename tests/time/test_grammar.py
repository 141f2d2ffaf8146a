"""Date phrases resolved without spaCy: the relative-date set and the edge cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from eventwire.time import resolve, scan

RELATIVE_SET = Path(__file__).with_name("relative_dates.tsv")
TUESDAY = dt.date(2018, 7, 24)


def test_relative_date_set_is_resolved_exactly() -> None:
    from eventwire.eval.time import evaluate_relative

    result = evaluate_relative(RELATIVE_SET)
    assert result["phrasings"] >= 150
    assert result["exact"] >= 0.95, "\n".join(result["misses"])


def test_weekday_is_the_latest_one_on_or_before_publication() -> None:
    assert resolve("Police said on Tuesday", TUESDAY).start == TUESDAY  # type: ignore[union-attr]
    on_friday = resolve("the strike on Friday", TUESDAY)
    assert on_friday is not None and on_friday.start == dt.date(2018, 7, 20) and on_friday.precision == 1


def test_weekday_across_a_year_boundary() -> None:
    found = resolve("Gunmen struck on Saturday.", dt.date(2019, 1, 2))
    assert found is not None and found.start == dt.date(2018, 12, 29)


def test_since_gives_a_range_up_to_publication_and_is_ongoing() -> None:
    [found] = scan("Looting has gone on since March 3 in the camp.", TUESDAY)
    assert (found.start, found.end, found.tense) == (dt.date(2018, 3, 3), TUESDAY, "ongoing")
    assert found.text == "since March 3"


def test_recently_is_a_coarse_range_ending_at_publication() -> None:
    found = resolve("Dozens of rebels surrendered recently.", TUESDAY)
    assert found is not None and found.end == TUESDAY and found.start < TUESDAY
    assert found.precision is not None and found.precision >= 4 and found.confidence < 0.5


def test_a_past_year_is_background_and_year_precise() -> None:
    [found] = scan("The militia seized the valley in 2009 and held it.", TUESDAY)
    assert found.tense == "background" and found.precision == (5, 3)


def test_forecasts_are_future() -> None:
    found = scan("Officials expect the siege to last another four or five weeks.", TUESDAY)
    assert [f.tense for f in found] == ["future"]
    assert found[0].end == TUESDAY + dt.timedelta(weeks=5)


def test_durations_without_a_forecast_are_not_dates() -> None:
    assert scan("The hostages were held for 2 or 3 months by the group.", TUESDAY) == []


def test_no_publication_date_means_no_relative_date() -> None:
    found = resolve("The market was bombed yesterday.", None)
    assert found is not None and found.start is None and found.end is None
    assert "no publication date" in (found.description or "") and found.confidence <= 0.2


def test_impossible_dates_are_kept_but_flagged() -> None:
    found = resolve("The raid on 31 April 2017 was denied.", TUESDAY)
    assert found is not None and found.start is None and found.confidence <= 0.1
    assert "impossible" in (found.description or "")


def test_numbers_of_people_are_not_years() -> None:
    assert scan("A force of 2000 soldiers was deployed.", TUESDAY) == []


def test_evidence_points_into_the_text() -> None:
    text = "Witnesses said the shelling started early last week."
    found = resolve(text, TUESDAY)
    assert found is not None
    ev = found.evidence[0]
    assert text[ev.start : ev.end] == ev.text == "early last week"


def test_dates_that_name_a_place_are_not_dates() -> None:
    text = "Forces shelled the July 7 neighbourhood and Monday Avenue, then the 25 of March sector, on 3 May."
    assert [f.text for f in scan(text, TUESDAY)] == ["3 May"]
    [found] = scan("In June 2016 schools were shut in the district.", TUESDAY)
    assert found.start == dt.date(2016, 6, 1)  # a date ending in a year is never a name


def test_rule_gates_only_skip_sentences_where_the_rule_finds_nothing(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A gate (``compile_rules``) saves a rule's search in a sentence without the gate's text; it must never
    drop a date: every phrase of the relative-date set, and the whole set as one text, scan the same without."""
    import dataclasses

    from eventwire.time import _grammar

    rows = [line.split("\t") for line in RELATIVE_SET.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    texts = [phrase for _, phrase, *_ in rows]
    texts += [" ".join(texts), "Three days ago on Monday, 5 May 2019, and for two WEEKS since 2018-03-04 or 3/4/2019."]
    english = _grammar.GRAMMARS["en"]
    assert any(gate is not None for _, _, gate in english.rules)
    gated = [[(f.start_char, f.end_char, f.start, f.end, f.kind) for f in scan(t, TUESDAY)] for t in texts]
    ungated = dataclasses.replace(english, rules=[(regex, handler, None) for regex, handler, _ in english.rules])
    monkeypatch.setitem(_grammar.GRAMMARS, "en", ungated)
    assert gated == [[(f.start_char, f.end_char, f.start, f.end, f.kind) for f in scan(t, TUESDAY)] for t in texts]
    assert any(gated)
