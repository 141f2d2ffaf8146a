"""Plausibility checks on real pipeline output: bad input is flagged, never kept as certain.

The pipeline runs ``check_event`` on every event, so what ``run`` returns is already checked; the
tests check that and that running the checks again changes nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.events.checks import FLAGGED_CONFIDENCE, check_event, place_population
from eventwire.model import Count, Event, Plover

PUBLISHED = "2024-03-05"


def _killing(result):  # type: ignore[no-untyped-def]
    events = [ev for ev in result.events if ev.fatalities is not None]
    assert len(events) == 1, [(ev.event_type, ev.fatalities) for ev in result.events]
    return events[0]


def _codes(event: Event) -> list[str]:
    return [flag.split(":", 1)[0] for flag in event.flags]


def test_february_30_is_flagged_as_impossible(run) -> None:  # type: ignore[no-untyped-def]
    result = run("On February 30, gunmen killed five villagers in Maiduguri, police said.", PUBLISHED)
    checked = _killing(result)
    assert _codes(checked) == ["impossible_date"]
    assert check_event(checked, result.document.published) == checked
    assert "February 30" in checked.flags[0]
    assert checked.date is not None and checked.date.start is None
    assert checked.date.confidence <= FLAGGED_CONFIDENCE


def test_a_reported_killing_dated_after_publication_is_flagged(run) -> None:  # type: ignore[no-untyped-def]
    result = run("On March 20, 2024, gunmen killed five villagers in Maiduguri, police said.", PUBLISHED)
    checked = _killing(result)
    assert _codes(checked) == ["date_after_publication"]
    assert checked.date is not None and checked.date.start == dt.date(2024, 3, 20)  # kept, not corrected
    assert checked.date.confidence <= FLAGGED_CONFIDENCE
    assert checked.fatalities is not None and checked.fatalities.confidence > FLAGGED_CONFIDENCE  # not at fault


@pytest.mark.parametrize(
    ("text", "place", "population"),
    [("Gunmen killed 5,000 people in Ansongo, Mali, on Monday, the army said.", "Ansongo", 3000),
     ("Al Shabaab fighters killed 3,000 civilians in Tayeeglow, Somalia, on Monday.", "Tayeeglow", 2119)],
)  # fmt: skip
def test_a_toll_larger_than_the_town_is_flagged(run, text: str, place: str, population: int) -> None:  # type: ignore[no-untyped-def]
    result = run(text, PUBLISHED)
    checked = _killing(result)
    assert checked.location is not None and checked.location.name == place
    assert place_population(checked.location) == population
    assert _codes(checked) == ["toll_above_population"]
    assert f"{population:,}" in checked.flags[0]
    plausible = run(text.replace("5,000", "5").replace("3,000", "3"), PUBLISHED)
    assert checked.fatalities is not None and checked.fatalities.best > 1000  # kept as the text says
    assert checked.fatalities.confidence <= FLAGGED_CONFIDENCE < _killing(plausible).fatalities.confidence


def test_a_plausible_toll_in_the_same_town_is_not_flagged(run) -> None:  # type: ignore[no-untyped-def]
    result = run("Gunmen killed 5 people in Ansongo, Mali, on Monday, the army said.", PUBLISHED)
    event = _killing(result)
    checked = check_event(event, result.document.published)
    assert checked.flags == []
    assert checked == event


def test_the_reference_article_has_nothing_to_flag(seed_result) -> None:  # type: ignore[no-untyped-def]
    for event in seed_result.events:
        checked = check_event(event, seed_result.document.published)
        assert checked.flags == [], checked.flags
        if event.fatalities is not None:
            assert checked.fatalities.confidence == event.fatalities.confidence


def test_checks_copy_the_event_and_do_not_repeat_a_flag(run) -> None:  # type: ignore[no-untyped-def]
    result = run("On February 30, gunmen killed five villagers in Maiduguri, police said.", PUBLISHED)
    event = _killing(result).model_copy(update={"flags": []}, deep=True)
    once = check_event(event, result.document.published)
    twice = check_event(once, result.document.published)
    assert event.flags == []  # the input is left alone
    assert twice.flags == once.flags


def test_a_known_population_can_be_given_and_an_inverted_range_is_flagged() -> None:
    event = Event(id="e1", event_type="Battles", sub_event_type="Armed clash", plover=Plover(type="FIGHT"),
                  fatalities=Count(best=40, low=50, high=45, confidence=0.8))  # fmt: skip
    checked = check_event(event, None, population=30)
    assert _codes(checked) == ["toll_range_inconsistent", "toll_above_population"]
    assert checked.fatalities is not None and checked.fatalities.confidence == FLAGGED_CONFIDENCE
    assert check_event(event, None, population=1000).flags == ["toll_range_inconsistent: low 50, best 40, high 45"]
