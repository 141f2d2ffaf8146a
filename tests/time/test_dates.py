"""Date mentions over parsed documents and the date of one event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.time import event_date, find_dates

TUESDAY = dt.date(2018, 7, 24)


def _trigger(doc, word: str):  # type: ignore[no-untyped-def]
    token = next(t for t in doc if t.text == word)
    return doc[token.i : token.i + 1]


def test_find_dates_sets_spans_and_evidence_into_the_original_text(make_doc) -> None:  # type: ignore[no-untyped-def]
    text = "The army said on Monday that \u201cthe town\u201d was retaken in early June."
    doc = make_doc(text)
    mentions = find_dates(doc)
    assert [span.text for span in doc.spans["ew_dates"]] == ["Monday", "early June"]
    assert doc._.ew_dates == mentions
    for m in mentions:
        ev = m.date.evidence[0]
        assert text[ev.start : ev.end] == ev.text
    assert mentions[0].date.start == dt.date(2018, 7, 23)
    assert (mentions[1].date.start, mentions[1].date.end) == (dt.date(2018, 6, 1), dt.date(2018, 6, 10))


def test_the_event_gets_its_own_clause_date_not_the_announcement(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("The ministry said on Friday that four guards had been abducted recently near the border.")
    find_dates(doc)
    said = event_date(doc, _trigger(doc, "said"))
    abducted = event_date(doc, _trigger(doc, "abducted"))
    assert said is not None and said.start == dt.date(2018, 7, 20)
    assert abducted is not None and abducted.end == TUESDAY and abducted.start < dt.date(2018, 7, 20)


def test_a_future_verb_points_a_weekday_forward(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("The rebels will hand over their weapons on Friday.", dt.date(2018, 7, 25))
    [mention] = find_dates(doc)
    assert mention.date.start == dt.date(2018, 7, 27) and mention.tense == "future"


def test_an_event_without_a_date_falls_back_on_the_week_before_publication(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gunmen stormed a police post and seized rifles.")
    find_dates(doc)
    date = event_date(doc, _trigger(doc, "stormed"))
    assert date is not None and date.end == TUESDAY and date.start == TUESDAY - dt.timedelta(days=6)
    assert date.confidence <= 0.3 and date.precision == 3


def test_no_publication_date_and_no_date_in_the_text_gives_no_date(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Gunmen stormed a police post yesterday.", None)
    date = event_date(doc, _trigger(doc, "stormed"))
    assert date is None or date.start is None


def test_a_reported_event_after_publication_is_flagged(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Militants attacked the camp on 3 August 2018.")
    find_dates(doc)
    date = event_date(doc, _trigger(doc, "attacked"), modality="reported")
    assert date is not None and date.start == dt.date(2018, 8, 3)
    assert date.confidence <= 0.2 and "after publication" in (date.description or "")


def test_an_earlier_sentence_dates_a_later_one(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("On 2 May 2020, militants raided a village. Three herders were killed.", dt.date(2020, 5, 9))
    find_dates(doc)
    date = event_date(doc, _trigger(doc, "killed"))
    assert date is not None and date.start == dt.date(2020, 5, 2) and date.confidence < 0.9


def test_the_date_parser_is_registered() -> None:
    from eventwire.registry import registry

    assert registry.get("date_parsers", "eventwire.dates.v1") is find_dates


@pytest.mark.parametrize("modality", ["reported", "forecast"])
def test_forecast_spans_only_date_forecast_events(make_doc, modality: str) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Commanders expect the offensive to end in the coming weeks.")
    find_dates(doc)
    date = event_date(doc, _trigger(doc, "end"), modality=modality)
    assert date is not None
    assert (date.start > TUESDAY) == (modality == "forecast")  # type: ignore[operator]


def test_a_relative_clause_dates_an_earlier_state_not_a_change_told_in_the_perfect(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("The group has been driven out of most of the territories it conquered in 2014.")
    find_dates(doc)
    driven = event_date(doc, _trigger(doc, "driven"))
    conquered = event_date(doc, _trigger(doc, "conquered"))
    assert conquered is not None and (conquered.start, conquered.end) == (dt.date(2014, 1, 1), dt.date(2014, 12, 31))
    assert driven is not None and (driven.start, driven.end) == (dt.date(2014, 1, 1), TUESDAY)
    assert driven.evidence[0].text == "2014"
    doc = make_doc("Troops have retaken the town that rebels seized in early June.")
    find_dates(doc)
    retaken = event_date(doc, _trigger(doc, "retaken"))
    assert retaken is not None and (retaken.start, retaken.end) == (dt.date(2018, 6, 1), TUESDAY)
