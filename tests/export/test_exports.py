"""Exports a user opens in their own tools: ACLED/UCDP CSV, GeoJSON, JSONL, Parquet, frames."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from eventwire.errors import ExportError, MissingExtra, UnknownName
from eventwire.export import ACLED_COLUMNS, export, to_frame
from eventwire.model import (
    Actor, Claimant, Count, DateSpan, Document, Event, Evidence, Place, Plover, Result, Source, content_id,
)
from eventwire.store import open_store

TEXT_A = "Government aircraft bombed a market in Maarat al-Numan on Monday, killing at least 27 civilians."
TEXT_B = "Islamic State fighters attacked an army post near Hajin, the coalition said; two soldiers died."


def _span(text: str, phrase: str) -> Evidence:
    start = text.index(phrase)
    return Evidence(start=start, end=start + len(phrase), text=phrase)


def _events() -> tuple[list[Document], list[Event]]:
    a = Document(id=content_id(TEXT_A), text=TEXT_A, published=dt.date(2019, 7, 22), source_name="Example Wire",
                 url="https://wire.example.org/a", title="Market strike")
    b = Document(id=content_id(TEXT_B), text=TEXT_B, published=dt.date(2018, 7, 24), url="https://news.example.com/b")
    strike = Event(
        id="strike1", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        disorder_type="Political violence", plover=Plover(type="ASSAULT"),
        actor1=Actor(name="Military Forces of Syria", inter=1), actor2=Actor(name="Civilians (Syria)", inter=7),
        location=Place(name="Maarat al-Numan", country="Syria", iso3="SYR", admin1="Idlib", lat=35.6439,
                       lon=36.6742, precision=1),
        date=DateSpan(start=dt.date(2019, 7, 22), end=dt.date(2019, 7, 22), precision=1),
        fatalities=Count(best=30, low=27, high=31),
        evidence=[_span(TEXT_A, "bombed"), _span(TEXT_A, TEXT_A)],
        sources=[Source(document_id=a.id, url=a.url)],
    )
    attack = Event(
        id="attack1", event_type="Battles", sub_event_type="Armed clash", plover=Plover(type="ASSAULT"),
        actor1=Actor(name="Islamic State", inter=2), actor2=Actor(name="Military Forces of Syria", inter=1),
        location=Place(name="Hajin", country="Syria", iso3="SYR", admin1="Deir ez-Zor", lat=34.695, lon=40.831,
                       precision=1),
        date=DateSpan(start=dt.date(2018, 7, 23), end=dt.date(2018, 7, 23), precision=1),
        fatalities=Count(best=2, low=2, high=2), modality="claimed", claimant=Claimant(name="the coalition"),
        evidence=[_span(TEXT_B, "attacked")],
        sources=[Source(document_id=b.id, url=b.url)],
    )
    undated = Event(id="vague1", event_type="Battles", sub_event_type="Armed clash", plover=Plover(type="ASSAULT"),
                    sources=[Source(document_id=b.id)])
    return [a, b], [strike, attack, undated]


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    docs, events = _events()
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as s:
        s.save(Result(document=docs[0], events=[events[0]]), pipeline_version="1")
        s.save(Result(document=docs[1], events=events[1:]), pipeline_version="1")
        yield s


def test_acled_csv_has_acleds_31_columns_and_conservative_fatalities(store, tmp_path):
    out = tmp_path / "acled.csv"
    assert export(store, "acled", out) == 3
    rows = list(csv.DictReader(out.open()))
    with out.open() as handle:
        assert next(csv.reader(handle)) == list(ACLED_COLUMNS)
    assert len(ACLED_COLUMNS) == 31
    strike = next(r for r in rows if r["location"] == "Maarat al-Numan")
    assert strike["event_date"] == "2019-07-22" and strike["year"] == "2019"
    assert strike["fatalities"] == "27"  # ACLED's conservative figure, not the best (30)
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("1", "7", "17")
    assert strike["civilian_targeting"] == "Civilian targeting"
    assert strike["iso"] == "760" and strike["country"] == "Syria" and strike["admin1"] == "Idlib"
    assert strike["region"] == "Middle East"
    assert strike["source"] == "Example Wire" and strike["geo_precision"] == "1"
    assert strike["notes"] == TEXT_A
    attack = next(r for r in rows if r["location"] == "Hajin")
    assert attack["source"] == "news.example.com" and "claimed by the coalition" in attack["tags"]
    assert next(r for r in rows if r["location"] == "")["region"] == ""  # no place, no region


def test_ucdp_csv_keeps_the_range(store):
    buffer = io.StringIO()
    export(store, "ucdp", buffer, event_type="Explosions/Remote violence")
    (row,) = csv.DictReader(io.StringIO(buffer.getvalue()))
    assert (row["best"], row["low"], row["high"]) == ("30", "27", "31")
    assert (row["where_prec"], row["date_prec"], row["type_of_violence"]) == ("1", "1", "3")
    assert row["date_start"] == row["date_end"] == "2019-07-22"
    assert row["geom_wkt"] == "POINT (36.6742 35.6439)"
    assert row["number_of_sources"] == "1" and row["source_headline"] == "Market strike"


def test_geojson_feature_collection(store, tmp_path):
    out = tmp_path / "events.geojson"
    export(store, "geojson", out)
    data = json.loads(out.read_text())
    assert data["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in data["features"]}
    assert by_id["attack1"]["geometry"] == {"type": "Point", "coordinates": [40.831, 34.695]}
    assert by_id["attack1"]["properties"]["date_start"] == "2018-07-23"
    assert by_id["vague1"]["geometry"] is None


def test_jsonl_round_trips_events(store, tmp_path):
    out = tmp_path / "events.jsonl"
    export(store, "jsonl", out)
    back = [Event.model_validate_json(line) for line in out.read_text().splitlines()]
    assert back == store.events()


def test_parquet_and_frames_with_filters(store, tmp_path):
    import polars as pl

    out = tmp_path / "events.parquet"
    assert export(store, "parquet", out, country="SYR", bbox="36,35,37,36") == 1
    frame = pl.read_parquet(out)
    assert frame["id"].to_list() == ["strike1"]
    assert frame["date_start"].to_list() == [dt.date(2019, 7, 22)]
    assert frame["document_ids"].to_list() == [[content_id(TEXT_A)]]
    whole = to_frame(store.events(start="2018-01-01", end="2018-12-31"))
    assert whole["id"].to_list() == ["attack1"] and whole["fatalities_best"].to_list() == [2]


def test_export_errors(store, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError) as err:
        export(store, "acled", blocker / "sub" / "out.csv")
    assert err.value.code == "EW500"
    with pytest.raises(UnknownName):
        export(store, "xlsx", tmp_path / "x")
    with pytest.raises(ExportError):
        export(store, "parquet", "-")
    assert not list(tmp_path.glob("*.part"))


def test_acled_header_is_acleds_31_columns_in_acleds_order(store):
    buffer = io.StringIO()
    export(store, "acled", buffer)
    header = buffer.getvalue().splitlines()[0].split(",")
    assert header == [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
        "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
        "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]
    rows = {r["location"]: r for r in csv.DictReader(io.StringIO(buffer.getvalue()))}
    # iso is ISO 3166-1 numeric, as ACLED writes it (Syria 760), not the alpha-3 code
    assert rows["Hajin"]["iso"] == "760" and rows["Hajin"]["event_id_cnty"].startswith("SYR")


def test_frames_straight_from_a_store_with_filters(store):
    frame = to_frame(store, country="Syria", event_type="Battles", start="2018-07-01", end="2018-07-31")
    assert frame["id"].to_list() == ["attack1"]
    assert to_frame(store, bbox=(36, 35, 37, 36))["id"].to_list() == ["strike1"]
    assert to_frame(store).height == 3
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(MissingExtra) as err:
            to_frame(store, library="pandas")
        assert err.value.code == "EW203"
    else:
        pdf = to_frame(store, library="pandas", country="SYR")
        assert sorted(pdf["id"]) == ["attack1", "strike1"]


def test_acled_csv_from_a_batch_parquet_run(tmp_path):
    from eventwire.export.partitions import merge_parts, read_documents, read_events, write_part

    docs, events = _events()
    out = tmp_path / "run"
    write_part(out, "1", [(docs[0], "a.html", "stored", None, None, [events[0]])])
    write_part(out, "1", [(docs[1], "b.html", "stored", None, None, events[1:])])
    merged = merge_parts(out)
    assert (merged.parts, merged.documents, merged.events_after) == (2, 2, 3)
    csv_path = tmp_path / "run.csv"
    assert export(read_events(out), "acled", csv_path, documents=read_documents(out), country="SYR") == 2
    rows = {r["location"]: r for r in csv.DictReader(csv_path.open())}
    assert rows["Maarat al-Numan"]["source"] == "Example Wire" and rows["Hajin"]["source"] == "news.example.com"
    with pytest.raises(ExportError):
        list(read_events(tmp_path))


def test_acled_regions_agree_with_acleds_own_exports():
    """Every country in the ACLED sample exports gets the region ACLED gave it."""
    from tests.conftest import SHARED

    from eventwire.export._regions import acled_region
    from eventwire.export._rows import _isonumeric

    samples = sorted((SHARED / "acled-samples").glob("*.csv"))
    if not samples:
        pytest.skip("no ACLED samples under ../shared/data")
    renamed = {"Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia"}  # 2020 exports' names
    iso3_of = {number: iso3 for iso3, number in _isonumeric().items()}
    seen: dict[str, str] = {}
    for path in samples:
        with path.open(encoding="utf-8", errors="replace") as handle:
            for row in csv.DictReader(handle):
                if row.get("region") and row.get("iso") and int(row["iso"]) in iso3_of:
                    seen[iso3_of[int(row["iso"])]] = renamed.get(row["region"], row["region"])
    assert len(seen) > 80
    assert {iso3: acled_region(iso3) for iso3 in seen} == seen
    assert acled_region("mli") == "Western Africa" and acled_region(None) == acled_region("XYZ") == ""
