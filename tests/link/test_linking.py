"""Cross-report linking: one airstrike told three ways is one event; two strikes stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.link import LinkRules, cluster_events, link_events, link_store
from eventwire.model import Actor, Count, DateSpan, Document, Event, Evidence, Place, Plover, Source, content_id
from eventwire.store import open_store

# Three reports of one event, written differently (wire, local outlet, monitor).
WIRE = (
    "BEIRUT (Reuters) - Air strikes on a crowded market in the Syrian town of Maarat al-Numan killed 31 people "
    "on Monday, a war monitor said, in one of the deadliest attacks of the Idlib offensive."
)
LOCAL = (
    "At least 27 civilians died when government warplanes bombed the vegetable market of Maarat al-Numan, "
    "south of Idlib city, on Monday morning, rescue workers said."
)
MONITOR = (
    "The Observatory documented the death of 30 people, among them children, in the massacre committed by "
    "regime aircraft in Ma'arrat al-Nu'man market in the southern Idlib countryside on July 22."
)
# A second strike the same day in the same province, 40 km away: another event.
OTHER = (
    "Separately, an air raid on Jisr al-Shughur in western Idlib killed four members of one family on Monday, "
    "local sources said."
)


def span(text: str, phrase: str) -> list[Evidence]:
    start = text.index(phrase)
    return [Evidence(start=start, end=start + len(phrase), text=phrase)]


def report(text: str, *, killed: int, low: int | None = None, place: str, lat: float, lon: float,
           precision: int = 1, trigger: str, actor: str, published: str = "2019-07-22") -> tuple[Document, Event]:
    doc = Document(id=content_id(text), text=text, published=dt.date.fromisoformat(published))
    day = dt.date(2019, 7, 22)
    event = Event(
        id=f"{doc.id}-0",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover(type="ASSAULT", mode="aerial"),
        actor1=Actor(name="Military Forces of Syria", inter=1, country="Syria", evidence=span(text, actor)),
        actor2=Actor(name="Civilians (Syria)", inter=7, country="Syria"),
        location=Place(name=place, country="Syria", iso3="SYR", admin1="Idlib", lat=lat, lon=lon,
                       precision=precision, confidence=0.8),
        date=DateSpan(start=day, end=day, precision=1),
        fatalities=Count(best=killed, low=killed if low is None else low, high=killed),
        confidence=0.7,
        evidence=span(text, trigger),
        sources=[Source(document_id=doc.id)],
    )
    return doc, event


def three_reports_and_another():
    return [
        report(WIRE, killed=31, place="Maarat al-Numan", lat=35.6439, lon=36.6742, trigger="Air strikes",
               actor="Air strikes"),
        report(LOCAL, killed=27, place="Maarat al-Numan", lat=35.6440, lon=36.6740, trigger="bombed",
               actor="government warplanes"),
        report(MONITOR, killed=30, place="Idlib Governorate", lat=35.83, lon=36.63, precision=4,
               trigger="massacre", actor="regime aircraft"),
        report(OTHER, killed=4, place="Jisr al-Shughur", lat=35.8117, lon=36.3178, trigger="air raid",
               actor="air raid"),
    ]


def test_three_reports_of_one_strike_become_one_event_with_three_sources():
    pairs = three_reports_and_another()
    linked = link_events([e for _, e in pairs])
    assert len(linked) == 2
    market = next(e for e in linked if len(e.sources) == 3)
    assert {s.document_id for s in market.sources} == {d.id for d, _ in pairs[:3]}
    # the most precise location wins, not the province-level one
    assert market.location.name == "Maarat al-Numan" and market.location.precision == 1
    # UCDP-style range across sources; ACLED's conservative figure is the low
    assert (market.fatalities.low, market.fatalities.best, market.fatalities.high) == (27, 30, 31)
    # evidence of the merged event points into its first source's text
    first = next(d for d, _ in pairs if d.id == market.sources[0].document_id)
    for item in market.evidence:
        assert first.text[item.start : item.end] == item.text


def test_two_strikes_same_day_same_province_stay_two():
    pairs = three_reports_and_another()
    other = pairs[3][1]
    linked = link_events([e for _, e in pairs])
    assert other in linked
    assert LinkRules().why_not(pairs[0][1], other) == "37 km apart"
    # the province-level report would fit either strike; it joins the one it resembles
    assert LinkRules().why_not(pairs[2][1], other) is None


def test_events_from_one_article_are_never_merged():
    doc, first = report(WIRE, killed=31, place="Maarat al-Numan", lat=35.6439, lon=36.6742,
                        trigger="Air strikes", actor="Air strikes")
    second = first.model_copy(update={"id": f"{doc.id}-1"})
    assert len(link_events([first, second])) == 2


def test_different_days_actors_or_countries_do_not_link():
    _, a = report(WIRE, killed=31, place="Maarat al-Numan", lat=35.6439, lon=36.6742, trigger="Air strikes",
                  actor="Air strikes")
    _, b = report(LOCAL, killed=27, place="Maarat al-Numan", lat=35.6440, lon=36.6740, trigger="bombed",
                  actor="government warplanes")
    three_days_later = b.model_copy(
        update={"date": DateSpan(start=dt.date(2019, 7, 25), end=dt.date(2019, 7, 25), precision=1)}
    )
    russian = b.model_copy(update={"actor1": Actor(name="Military Forces of Russia"), "actor2": None})
    assert [len(c.members) for c in cluster_events([a, three_days_later])] == [1, 1]
    assert [len(c.members) for c in cluster_events([a, russian])] == [1, 1]
    # one day apart is within the default slack; zero slack separates them
    next_day = b.model_copy(update={"date": DateSpan(start=dt.date(2019, 7, 23), end=dt.date(2019, 7, 23))})
    assert len(link_events([a, next_day])) == 1
    assert len(link_events([a, next_day], rules=LinkRules(date_slack_days=0))) == 2


def test_link_store_merges_in_place_and_keeps_each_documents_evidence(tmp_path):
    pairs = three_reports_and_another()
    from eventwire.model import Result

    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        for doc, event in pairs:
            store.save(Result(document=doc, events=[event]), pipeline_version="1")
        report_ = link_store(store)
        assert (report_.events_before, report_.events_after) == (4, 2)
        merged = store.events(document_id=pairs[1][0].id)
        assert len(merged) == 1 and len(merged[0].sources) == 3
        assert store.count_documents() == 4
        # linking again changes nothing
        assert link_store(store).clusters == []
        import sqlalchemy as sa

        with store.engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT document_id, evidence FROM event_sources")).fetchall()
        texts = {d.id: d.text for d, _ in pairs}
        for document_id, evidence in rows:
            import json

            for item in json.loads(evidence):
                assert texts[document_id][item["start"] : item["end"]] == item["text"]


def test_the_result_does_not_depend_on_input_order():
    import itertools

    events = [e for _, e in three_reports_and_another()]
    expected = sorted(sorted(s.document_id for s in e.sources) for e in link_events(events))
    for order in itertools.permutations(events):
        assert sorted(sorted(s.document_id for s in e.sources) for e in link_events(order)) == expected


def test_linking_scales_to_thousands_of_reports():
    import time

    base = three_reports_and_another()[0][1]
    events = []
    for day in range(200):
        for town in range(25):
            events.append(base.model_copy(update={
                "id": f"e{day}-{town}",
                "sources": [Source(document_id=f"d{day}-{town}")],
                "date": DateSpan(start=dt.date(2019, 1, 1) + dt.timedelta(days=day),
                                 end=dt.date(2019, 1, 1) + dt.timedelta(days=day)),
                "location": base.location.model_copy(update={"lat": 33.0 + town * 0.5}),
            }))
    started = time.process_time()  # CPU time: a loaded machine stretches the clock, not the work
    linked = link_events(events)
    assert time.process_time() - started < 20
    # towns 55 km apart never merge; the same town on consecutive days does (1-day slack) in pairs
    assert len(linked) == 25 * 100


def _corpus_over_months() -> list[tuple[Document, Event]]:
    """Reports over 90 days in three countries: duplicates across days and window edges,
    week-long spans, province-level reports and undated ones."""
    import random

    rng = random.Random(7)
    base = three_reports_and_another()[0][1]
    towns = [("SYR", "Syria", "Idlib", 35.6, 36.6), ("SYR", "Syria", "Aleppo", 36.2, 37.1),
             ("IRQ", "Iraq", "Nineveh", 36.3, 43.1), ("MLI", "Mali", "Gao", 16.3, -0.04)]
    pairs = []
    for i in range(240):
        iso3, country, admin1, lat, lon = towns[rng.randrange(len(towns))]
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(90))
        end = day + dt.timedelta(days=6) if i % 17 == 0 else day
        text = f"report {i}"
        doc = Document(id=content_id(text), text=text, published=day)
        precision = 4 if i % 11 == 0 else 1
        event = base.model_copy(update={
            "id": f"{doc.id}-0",
            "evidence": [],
            "sources": [Source(document_id=doc.id)],
            "date": None if i % 29 == 0 else DateSpan(start=day, end=end, precision=1 if end == day else 3),
            "location": Place(name=f"{admin1} town", country=country, iso3=iso3, admin1=admin1,
                              lat=lat + rng.choice([0, 0.01, 0.5]), lon=lon, precision=precision),
            "fatalities": Count(best=i % 7, low=i % 7, high=i % 7),
        })
        pairs.append((doc, event))
    return pairs


def _groups(events) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    return sorted(tuple(sorted(s.document_id for s in e.sources)) for e in events)


@pytest.mark.parametrize("url", ["memory://", "sqlite"])
def test_link_store_reads_a_window_at_a_time_and_matches_linking_everything(tmp_path, url):
    from eventwire.model import Result

    pairs = _corpus_over_months()
    expected = _groups(link_events([e for _, e in pairs]))
    assert len(expected) < len(pairs) - 20  # there is linking to do
    url = f"sqlite:///{tmp_path / 'ew.db'}" if url == "sqlite" else url
    with open_store(url) as store:
        for doc, event in pairs:
            store.save(Result(document=doc, events=[event]), pipeline_version="1")
        report = link_store(store, window_days=3)
        assert _groups(store.events()) == expected
        assert (report.events_before, report.events_after) == (240, len(expected))
        # memory is bounded by the window, not the corpus
        assert 0 < report.largest_window < 60


def test_link_store_with_filters_links_only_the_selection(tmp_path):
    from eventwire.model import Result

    pairs = _corpus_over_months()
    selected = [e for _, e in pairs if e.location.iso3 == "IRQ" and e.date
                and e.date.start <= dt.date(2019, 2, 15) and (e.date.end or e.date.start) >= dt.date(2019, 1, 20)]
    expected = _groups(link_events(selected))
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        for doc, event in pairs:
            store.save(Result(document=doc, events=[event]), pipeline_version="1")
        report = link_store(store, country="IRQ", start="2019-01-20", end="2019-02-15", window_days=5)
        assert _groups(store.events(country="IRQ", start="2019-01-20", end="2019-02-15")) == expected
        assert report.events_before == len(selected) and report.events_after == len(expected)
        assert store.count_events() == 240 - (len(selected) - len(expected))


def test_link_sorted_streams_the_same_clusters_as_link_events():
    from eventwire.link import link_sorted

    events = [e for _, e in _corpus_over_months()]
    ordered = sorted(events, key=lambda e: (e.date is None, e.date.start if e.date else None, e.id))
    assert _groups(link_sorted(iter(ordered))) == _groups(link_events(events))
