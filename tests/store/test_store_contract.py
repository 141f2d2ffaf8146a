"""The store contract, run against every backend: memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from store_builders import make_doc, make_event, make_interaction, result

from eventwire.errors import StoreError

ARTICLE = "Coalition forces clashed with Islamic State fighters near Hajin on Tuesday."
OTHER = "Airstrikes hit a market in Idlib, killing twelve civilians, monitors said."


def test_same_document_twice_is_one_document(store):
    doc = make_doc(ARTICLE)
    first = store.save(result(doc, make_event(doc, "e1"), make_event(doc, "e2")), pipeline_version="0.1.0")
    again = store.save(result(doc, make_event(doc, "e1"), make_event(doc, "e2")), pipeline_version="0.1.0")
    assert sorted(first) == sorted(again) == ["e1", "e2"]
    assert store.count_documents() == 1
    assert store.count_events() == 2
    assert [d.text for d in store.documents()] == [ARTICLE]
    assert [s.document_id for s in store.event("e1").sources] == [doc.id]


def test_newer_pipeline_replaces_derived_rows_and_keeps_document(store):
    doc = make_doc(ARTICLE)
    store.save(result(doc, make_event(doc, "old1"), make_event(doc, "old2")), pipeline_version="0.1.0")
    ids = store.save(result(doc, make_event(doc, "new1", killed=3)), pipeline_version="0.2.0")
    assert ids == ["new1"]
    assert [e.id for e in store.events()] == ["new1"]
    assert store.event("new1").fatalities.best == 3
    assert store.document(doc.id).text == ARTICLE
    assert store.pipeline_version(doc.id) == "0.2.0"
    # an older pipeline never overwrites a newer result
    assert store.save(result(doc, make_event(doc, "stale")), pipeline_version="0.1.5") == ["new1"]
    assert store.event("stale") is None


def test_event_reported_by_two_documents_keeps_both_sources(store):
    a, b = make_doc(ARTICLE), make_doc(OTHER)
    store.save(result(a, make_event(a, "shared")), pipeline_version="1")
    store.save(result(b, make_event(b, "shared")), pipeline_version="1")
    assert {s.document_id for s in store.event("shared").sources} == {a.id, b.id}
    # re-running one document with a newer pipeline keeps the other document's source
    store.save(result(a), pipeline_version="2")
    assert [s.document_id for s in store.event("shared").sources] == [b.id]
    assert store.count_documents() == 2


def test_filters(store):
    a, b = make_doc(ARTICLE), make_doc(OTHER, published="2018-08-02")
    store.save(result(a, make_event(a, "hajin")), pipeline_version="1")
    store.save(
        result(
            b,
            make_event(b, "idlib", event_type="Explosions/Remote violence", date="2018-08-01", place="Idlib",
                       lat=35.93, lon=36.63),
            make_event(b, "kabul", date="2018-08-01", place="Kabul", country="Afghanistan", iso3="AFG",
                       lat=34.53, lon=69.17),
        ),
        pipeline_version="1",
    )
    ids = lambda **f: [e.id for e in store.events(**f)]  # noqa: E731
    assert ids() == ["hajin", "idlib", "kabul"]  # by date, then id
    assert ids(start="2018-07-30") == ["idlib", "kabul"]
    assert ids(end="2018-07-30") == ["hajin"]
    assert ids(country="syria") == ["hajin", "idlib"]
    assert ids(country="AFG") == ["kabul"]
    assert ids(event_type="Explosions/Remote violence") == ["idlib"]
    assert ids(bbox=(35.0, 33.0, 42.0, 37.0)) == ["hajin", "idlib"]
    assert ids(bbox="60,30,70,40") == ["kabul"]
    assert ids(document_id=a.id) == ["hajin"]
    assert ids(limit=1) == ["hajin"]
    with pytest.raises(StoreError) as err:
        store.events(start="last week")
    assert err.value.code == "EW402"  # BadFilter, a StoreError


def test_event_round_trips_with_evidence(store):
    doc = make_doc(ARTICLE)
    event = make_event(doc, "e1", killed=6)
    store.save(result(doc, event), pipeline_version="1")
    back = store.event("e1")
    assert back.fatalities.best == 6
    assert back.evidence[0].text == ARTICLE[back.evidence[0].start : back.evidence[0].end]
    assert back.model_dump(exclude={"sources"}) == event.model_dump(exclude={"sources"})


def test_quarantine_keeps_failed_documents_until_released(store):
    doc = make_doc(ARTICLE)
    store.quarantine(doc, source="wire.jsonl:3", code="EW900", reason="parser crashed", pipeline_version="1")
    store.quarantine(doc, source="wire.jsonl:3", code="EW900", reason="parser crashed again", pipeline_version="1")
    (row,) = store.quarantined()
    assert (row["document_id"], row["source"], row["reason"]) == (doc.id, "wire.jsonl:3", "parser crashed again")
    store.release(doc.id)
    assert store.quarantined() == []


def test_save_many_stores_what_saving_each_would_and_releases_the_quarantine(store):
    a, b = make_doc(ARTICLE), make_doc(OTHER)
    store.quarantine(b, source="wire.jsonl:2", code="EW900", reason="parser crashed", pipeline_version="1")
    ids = store.save_many([result(a, make_event(a, "e1"), make_event(a, "shared")),
                           result(b, make_event(b, "shared"))], pipeline_version="1")
    assert ids == [["e1", "shared"], ["shared"]]
    assert store.count_documents() == 2
    assert sorted(e.id for e in store.events()) == ["e1", "shared"]
    assert {s.document_id for s in store.event("shared").sources} == {a.id, b.id}
    assert store.quarantined() == []
    # idempotent like save: the same chunk again changes nothing
    assert store.save_many([result(a, make_event(a, "e1"), make_event(a, "shared"))],
                           pipeline_version="1") == [["e1", "shared"]]
    assert store.count_documents() == 2 and store.count_events() == 2


def test_interactions_are_stored_apart_from_events_and_replaced_with_their_document(store):
    doc, other = make_doc(ARTICLE), make_doc(OTHER)
    accuse = make_interaction(doc, "i1", date="2018-07-24")
    demand = make_interaction(other, "i2", plover="DEMAND", date="2018-07-20", actor2=None)
    store.save(result(doc, make_event(doc, "e1"), interactions=(accuse,)), pipeline_version="0.1.0")
    store.save_many([result(other, interactions=(demand,))], pipeline_version="0.1.0")
    assert store.count_events() == 1  # an interaction is never an ACLED event
    assert [(i.id, i.plover.type) for i in store.interactions()] == [("i2", "DEMAND"), ("i1", "ACCUSE")]
    assert store.interactions(plover_type="accuse") == [accuse]  # round trip, evidence included
    assert [i.id for i in store.interactions(document_id=other.id)] == ["i2"]
    # a newer pipeline's result replaces the document's interactions; an older one changes nothing
    store.save(result(doc, make_event(doc, "e1")), pipeline_version="0.2.0")
    assert [i.id for i in store.interactions(document_id=doc.id)] == []
    store.save(result(other, interactions=(make_interaction(other, "stale"),)), pipeline_version="0.0.1")
    assert [i.id for i in store.interactions(document_id=other.id)] == ["i2"]
