"""Linking measured on differently worded reports through the real pipeline (``eventwire eval link``)."""

from __future__ import annotations

import datetime as dt

from eventwire.eval.link import evaluate_link, load_gold, rule_grid
from eventwire.link import LinkRules, link_events
from eventwire.model import Actor, Count, DateSpan, Event, Place, Plover, Source
from eventwire.readers.base import make_document


def _run(pipeline, ids):  # type: ignore[no-untyped-def]
    gold = {g.id: g for g in load_gold()}
    docs, events = {}, []
    for report_id in ids:
        g = gold[report_id]
        result = pipeline.run(make_document(g.text, published=g.published))
        docs[report_id] = result.document.id
        events.extend(result.events)
    return docs, link_events(events)


def test_three_differently_worded_articles_become_one_event_with_three_sources(pipeline):
    docs, linked = _run(pipeline, ["kadisau-1", "kadisau-2", "kadisau-3", "batsari-1", "batsari-2"])
    faskari = {docs["kadisau-1"], docs["kadisau-2"], docs["kadisau-3"]}
    (merged,) = [e for e in linked if faskari & {s.document_id for s in e.sources}]
    assert {s.document_id for s in merged.sources} == faskari
    # the market attack in Batsari, same state, same day, stays another event
    batsari = {docs["batsari-1"], docs["batsari-2"]}
    assert not batsari & {s.document_id for s in merged.sources}


def test_same_city_consecutive_days_with_different_tolls_stay_two(pipeline):
    docs, linked = _run(pipeline, ["mogadishu-cb-1", "mogadishu-mortar-1", "mogadishu-mortar-2"])
    for event in linked:
        ids = {s.document_id for s in event.sources}
        assert not (docs["mogadishu-cb-1"] in ids and ids & {docs["mogadishu-mortar-1"], docs["mogadishu-mortar-2"]})


def _strike(id_: str, day: int, killed: int | None, actor: str = "Military Forces of Syria") -> Event:
    return Event(
        id=id_, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        plover=Plover(type="ASSAULT"),
        actor1=Actor(name=actor), actor2=Actor(name="Civilians (Syria)"),
        location=Place(name="Ariha", country="Syria", iso3="SYR", admin1="Idlib", lat=35.81, lon=36.61, precision=1),
        date=DateSpan(start=dt.date(2021, 3, day), end=dt.date(2021, 3, day), precision=1),
        fatalities=None if killed is None else Count(best=killed, low=killed, high=killed),
        sources=[Source(document_id=f"doc-{id_}")],
    )


def test_consecutive_days_link_only_with_comparable_tolls():
    rules = LinkRules()
    assert rules.why_not(_strike("a", 7, 27), _strike("b", 8, 31)) is None
    assert rules.why_not(_strike("a", 7, 4), _strike("b", 8, 2)) == (
        "dates 2021-03-07 vs 2021-03-08 differ and tolls 4 vs 2"
    )
    assert "no toll" in rules.why_not(_strike("a", 7, 4), _strike("b", 8, None))
    # the same day needs no toll at all
    assert rules.why_not(_strike("a", 7, 4), _strike("b", 7, None)) is None
    assert LinkRules(adjacent_toll_ratio=0.0).why_not(_strike("a", 7, 4), _strike("b", 8, None)) is None


def test_a_states_forces_are_one_actor_and_generic_actors_do_not_separate():
    rules = LinkRules()
    army = _strike("a", 7, 4, actor="Military Forces of Syria (2000-)")
    police = _strike("b", 7, 4, actor="Government of Syria")
    russia = _strike("c", 7, 4, actor="Military Forces of Russia")
    unknown = _strike("d", 7, 4, actor="Unidentified Armed Group (Syria)")
    assert rules.why_not(army, police) is None
    assert rules.why_not(army, unknown) is None
    # shared "Civilians" no longer makes Russian and Syrian strikes one event
    assert rules.why_not(army, russia) == "no shared actor"


def test_eval_link_scores_the_packaged_sets(pipeline):
    dev = evaluate_link(rules=rule_grid(), pipeline=pipeline)
    defaults = dev["scores"][0]
    assert defaults.rules == LinkRules() and dev["reports"] == 32 and defaults.gold_pairs == 21
    assert defaults.false_merges == [] and defaults.recall >= 0.7
    no_toll = next(s for s in dev["scores"] if s.rules.adjacent_toll_ratio == 0.0)
    assert no_toll.precision < defaults.precision  # the toll check is what keeps consecutive days apart
    held = evaluate_link("heldout", pipeline=pipeline)
    assert held["reports"] == 14 and held["scores"][0].false_merges == []
