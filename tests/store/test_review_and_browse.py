"""Reviewer corrections (a history, never an overwrite), rejection, and the filters the web API uses."""

from __future__ import annotations

import sqlite3

import pytest
from store_builders import make_doc, make_event, result

from eventwire.errors import BadFilter, BadRevision, EventNotFound
from eventwire.store import open_store
from eventwire.store._review import apply_revisions, is_rejected

ARTICLE = "Coalition forces clashed with Islamic State fighters near Hajin on Tuesday."
OTHER = "Airstrikes hit a market in Idlib, killing twelve civilians, monitors said."


def _fill(store):  # type: ignore[no-untyped-def]
    a, b = make_doc(ARTICLE), make_doc(OTHER, published="2018-08-02")
    store.save(result(a, make_event(a, "hajin")), pipeline_version="1")
    idlib = make_event(b, "idlib", event_type="Explosions/Remote violence", date="2018-08-01", place="Idlib",
                       lat=35.93, lon=36.63, actor1="Military Forces of Russia", killed=12)
    idlib = idlib.model_copy(update={"modality": "claimed", "confidence": 0.4,
                                     "location": idlib.location.model_copy(update={"admin1": "Idlib"})})
    kabul = make_event(b, "kabul", date="2018-08-01", place="Kabul", country="Afghanistan", iso3="AFG",
                       lat=34.53, lon=69.17, actor1="Taliban")
    store.save(result(b, idlib, kabul), pipeline_version="1")
    return a, b


def test_new_filters(store):
    _fill(store)
    ids = lambda **f: [e.id for e in store.events(**f)]  # noqa: E731
    assert ids(admin1="idlib") == ["idlib"]
    assert ids(admin1="Deir ez-Zor") == ["hajin", "kabul"]
    assert ids(sub_event_type="air/drone strike") == ["idlib"]
    assert ids(actor="russia") == ["idlib"]
    assert ids(actor="TALIBAN") == ["kabul"]
    assert ids(modality="claimed") == ["idlib"]
    assert ids(min_confidence=0.5) == ["hajin", "kabul"]
    assert ids(q="kabul") == ["kabul"]
    assert ids(q="100%") == []  # % is a literal character, not a wildcard
    assert ids(limit=1, offset=1) == ["idlib"]
    assert ids(offset=2) == ["kabul"]
    assert store.count_events(actor="islamic") == 1
    assert store.count_events(limit=1) == 3


@pytest.mark.parametrize("bad", [dict(modality="rumoured"), dict(min_confidence="high"),
                                 dict(min_confidence=2), dict(limit=-1), dict(bbox="40,30,35,37"),
                                 dict(offset="two")])
def test_bad_filters_are_bad_filter_errors(bad):
    with open_store("memory://") as store, pytest.raises(BadFilter) as err:
        store.events(**bad)
    assert err.value.code == "EW402"


def test_revisions_keep_the_machine_record(store):
    _fill(store)
    first = store.revise("idlib", "fatalities", {"best": 10, "low": 10, "high": 12}, author="ana", note="MSF toll")
    store.revise("idlib", "actor1", {"name": "Military Forces of Syria", "inter": 1})
    assert store.event("idlib").fatalities.best == 12  # the machine's value is untouched
    history = store.revisions("idlib")
    assert [r.field for r in history] == ["fatalities", "actor1"]
    assert history[0].id == first.id and history[0].author == "ana" and history[0].note == "MSF toll"
    corrected = apply_revisions(store.event("idlib"), history)
    assert (corrected.fatalities.best, corrected.fatalities.high) == (10, 12)
    assert corrected.actor1.name == "Military Forces of Syria"
    assert store.revisions("kabul") == []


def test_rejection_is_a_revision_and_a_filter(store):
    _fill(store)
    store.revise("kabul", "rejected", True, note="not conflict")
    assert [e.id for e in store.events(rejected=False)] == ["hajin", "idlib"]
    assert [e.id for e in store.events(rejected=True)] == ["kabul"]
    assert len(store.events()) == 3
    store.revise("kabul", "rejected", False, note="on second thoughts")
    assert store.events(rejected=True) == []
    assert is_rejected(store.revisions("kabul")) is False


@pytest.mark.parametrize("field, value", [("id", "x"), ("fatalities", {"best": -3, "low": 0, "high": 0}),
                                          ("rejected", "yes"), ("modality", "rumour")])
def test_bad_revisions_are_refused(store, field, value):
    _fill(store)
    with pytest.raises(BadRevision) as err:
        store.revise("hajin", field, value)
    assert err.value.code == "EW403"
    assert store.revisions() == []


def test_revising_an_unknown_event(store):
    with pytest.raises(EventNotFound) as err:
        store.revise("nope", "modality", "claimed")
    assert err.value.code == "EW401"


def test_event_sources_actors_and_facets(store):
    a, b = _fill(store)
    (row,) = store.event_sources("idlib")
    assert row["document_id"] == b.id
    assert [e.text for e in row["evidence"]] == ["Airstrikes"]
    assert {r["name"]: r["events"] for r in store.actors()} == {
        "Islamic State": 1, "Military Forces of Russia": 1, "Taliban": 1}
    assert [r["name"] for r in store.actors("tali")] == ["Taliban"]
    assert store.count_actors() == 3
    facets = store.facets()
    assert {"value": "Syria", "count": 2} in facets["country"]
    assert facets["event_type"][0] == {"value": "Battles", "count": 2}


def test_revisions_survive_reextraction(tmp_path):
    url = f"sqlite:///{tmp_path / 'ew.db'}"
    doc = make_doc(ARTICLE)
    with open_store(url) as store:
        store.save(result(doc, make_event(doc, "e1")), pipeline_version="1")
        store.revise("e1", "rejected", True)
        store.save(result(doc, make_event(doc, "e1", killed=2)), pipeline_version="2")
        assert store.event("e1").fatalities.best == 2
        assert [e.id for e in store.events(rejected=True)] == ["e1"]


def test_migration_fills_search_text_of_older_events(tmp_path):
    """An 0003 database opened by this version gets the search column filled in."""
    from eventwire.store.sql import SQLStore

    url = f"sqlite:///{tmp_path / 'old.db'}"
    doc = make_doc(ARTICLE)
    with open_store(url) as store:
        store.save(result(doc, make_event(doc, "e1")), pipeline_version="1")
    con = sqlite3.connect(tmp_path / "old.db")
    con.execute("DROP TABLE interactions")
    con.execute("DROP TABLE revisions")
    con.execute("ALTER TABLE events DROP COLUMN search")
    con.execute("UPDATE alembic_version SET version_num='0003'")
    con.commit()
    con.close()
    with SQLStore(url) as store:
        assert [e.id for e in store.events(q="hajin")] == ["e1"]
        assert store.interactions() == []  # and the interactions table of 0005
