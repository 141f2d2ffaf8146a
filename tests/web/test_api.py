"""The REST API over a store the real pipeline filled: every endpoint, the token rule, bad parameters."""

from __future__ import annotations

import csv
import io

import pytest
from web_data import HOSTILE, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _ids(client, **params):  # type: ignore[no-untyped-def]
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


def test_index_lists_counts_and_endpoints(client, seed_result, hostile_result):
    body = client.get("/api").json()
    assert body["ok"] is True
    assert body["events"] == len(seed_result.events) + len(hostile_result.events)
    assert body["documents"] == 2
    assert body["writes"] is False
    assert {"/api/events", "/api/events/{event_id}", "/api/extract", "/api/actors", "/api/documents"} <= set(
        body["endpoints"])


def test_events_are_the_reference_articles_with_paging(client, seed_result, hostile_result):
    body = client.get("/api/events", params={"limit": 2}).json()
    total = len(seed_result.events) + len(hostile_result.events)
    assert body["total"] == total and len(body["events"]) == 2
    assert body["next"] and "offset=2" in body["next"]
    everything = _ids(client, limit=100)
    assert sorted(everything) == sorted(e.id for e in [*seed_result.events, *hostile_result.events])
    assert _ids(client, limit=2, offset=2) == everything[2:4]
    assert body["events"][0]["review"] == {"rejected": False, "revised": []}


@pytest.mark.parametrize("params, expect", [
    ({"country": "Iraq"}, lambda e: e.location and e.location.country == "Iraq"),
    ({"country": "MLI"}, lambda e: e.location and e.location.iso3 == "MLI"),
    ({"event_type": "explosions/remote violence"}, lambda e: e.event_type == "Explosions/Remote violence"),
    ({"sub_event_type": "Armed clash"}, lambda e: e.sub_event_type == "Armed clash"),
    ({"actor": "coalition"}, lambda e: any("coalition" in a.name.lower()
                                           for a in (e.actor1, e.actor2, *e.assoc_actors) if a)),
    ({"modality": "claimed"}, lambda e: e.modality == "claimed"),
    ({"min_confidence": "0.6"}, lambda e: e.confidence >= 0.6),
    ({"start": "2018-07-20", "end": "2018-07-31"},
     lambda e: e.date and e.date.start <= __import__("datetime").date(2018, 7, 31)
     and (e.date.end or e.date.start) >= __import__("datetime").date(2018, 7, 20)),
    ({"bbox": "35,30,45,38"}, lambda e: e.location and e.location.lat is not None
     and 35 <= e.location.lon <= 45 and 30 <= e.location.lat <= 38),
    ({"q": "Boukamal"}, lambda e: "Boukamal" in e.model_dump_json()),
    ({"admin1": "Deir ez-Zor"}, lambda e: e.location and e.location.admin1 == "Deir ez-Zor"),
])
def test_each_filter_selects_what_it_says(client, seed_result, hostile_result, params, expect):
    events = [*seed_result.events, *hostile_result.events]
    wanted = sorted(e.id for e in events if expect(e))
    assert wanted, f"the test data has no event for {params}"
    assert len(wanted) < len(events), f"{params} should leave some events out"
    assert sorted(_ids(client, **params)) == wanted


def test_geojson_and_csv_formats(client, seed_result):
    geo = client.get("/api/events", params={"format": "geojson", "country": "Syria"})
    assert geo.status_code == 200 and geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert features and all(f["properties"]["country"] == "Syria" for f in features)
    assert all(f["geometry"]["type"] == "Point" for f in features if f["geometry"])
    table = client.get("/api/events", params={"format": "csv", "country": "Iraq"})
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert rows and {r["country"] for r in rows} == {"Iraq"}
    assert {"event_date", "event_type", "actor1", "latitude", "fatalities"} <= set(rows[0])


def test_one_event_has_each_source_text_and_evidence(client, seed_result, seed_text):
    clash = next(e for e in seed_result.events if e.claimant and "Parisot" in e.claimant.name)
    body = client.get(f"/api/events/{clash.id}").json()
    assert body["event"]["id"] == clash.id and body["machine"] == body["event"]
    (source,) = body["sources"]
    assert source["document_id"] == seed_result.document.id and source["published"] == "2018-07-24"
    assert "".join(seg["text"] for seg in source["segments"]) == seed_text
    kinds = {ev["kind"] for ev in source["evidence"]}
    assert {"type", "actors", "place", "date", "claimant", "sentence"} <= kinds
    for ev in source["evidence"]:
        assert seed_text[ev["start"]:ev["end"]] == ev["text"]
    claimant = [seg for seg in source["segments"] if seg["kind"] == "claimant"]
    assert "General Frederic Parisot" in "".join(seg["text"] for seg in claimant)
    place = next(ev for ev in source["evidence"] if ev["kind"] == "place")
    assert place["text"] == "between the cities of Hajin and Boukamal"


def test_documents_and_actors(client, seed_result, seed_text):
    docs = client.get("/api/documents").json()
    assert docs["total"] == 2 and all("text" not in d for d in docs["documents"])
    doc_id = seed_result.document.id
    one = client.get(f"/api/documents/{doc_id}").json()
    assert one["document"]["text"] == seed_text
    assert sorted(one["events"]) == sorted(e.id for e in seed_result.events)
    actors = client.get("/api/actors").json()["actors"]
    top = actors[0]
    assert top["name"] == "Islamic State" and top["events"] >= 3
    assert [a["name"] for a in client.get("/api/actors", params={"q": "russia"}).json()["actors"]] == [
        "Military Forces of Russia"]


def test_timeline_and_facets(client, seed_result):
    days = client.get("/api/timeline", params={"country": "Syria"}).json()
    assert days["interval"] == "day" and sum(b["count"] for b in days["buckets"]) + days["undated"] == len(
        _ids(client, country="Syria"))
    weeks = client.get("/api/timeline", params={"interval": "week"}).json()
    assert all(__import__("datetime").date.fromisoformat(b["date"]).weekday() == 0 for b in weeks["buckets"])
    facets = client.get("/api/facets").json()
    assert {f["value"] for f in facets["country"]} >= {"Syria", "Iraq"}


def test_extract_stores_nothing(client):
    before = client.get("/api").json()["events"]
    response = client.post("/api/extract", json={"text": "Gunmen killed six civilians in Kidal on Monday.",
                                                  "published": "2024-03-05"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["events"][0]["fatalities"]["best"] == 6
    assert body["events"][0]["date"]["start"] == "2024-03-04"
    assert client.get("/api").json()["events"] == before


@pytest.mark.parametrize("method, path, body", [
    ("post", "/api/ingest", {"text": "Gunmen killed two people in Gao on Monday.", "published": "2024-03-05"}),
    ("post", "/api/events/{id}/revisions", {"field": "modality", "value": "reported"}),
    ("post", "/api/events/{id}/reject", {"note": "duplicate"}),
])
def test_writes_need_the_token(client, writer, seed_result, method, path, body):
    path = path.format(id=seed_result.events[0].id)
    off = getattr(client, method)(path, json=body)
    assert off.status_code == 403 and off.json()["code"] == "EW601"  # no token configured: writes are off
    missing = getattr(writer, method)(path, json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = getattr(writer, method)(path, json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["code"] == "EW601"
    right = getattr(writer, method)(path, json=body, headers=AUTH)
    assert right.status_code == 201, right.text


def test_a_write_without_token_is_refused_before_its_body_is_read(writer):
    response = writer.post("/api/ingest", json={"nonsense": True})
    assert response.status_code == 401


def test_ingest_stores_events(writer):
    before = writer.get("/api").json()
    response = writer.post("/api/ingest", headers=AUTH, json={
        "text": "Gunmen killed two people in Gao on Monday.", "published": "2024-03-05", "title": "Gao"})
    assert response.status_code == 201
    body = response.json()
    assert body["events"]
    after = writer.get("/api").json()
    assert after["documents"] == before["documents"] + 1
    assert writer.get(f"/api/events/{body['events'][0]}").json()["sources"][0]["title"] == "Gao"


def test_corrections_are_a_history_and_the_machine_values_stay(writer, seed_result):
    event = next(e for e in seed_result.events if e.fatalities is not None)
    first = writer.post(f"/api/events/{event.id}/revisions", headers=AUTH, json={
        "field": "fatalities", "value": {"best": 7, "low": 6, "high": 8}, "note": "later toll", "author": "ana"})
    assert first.status_code == 201 and first.json()["event"]["fatalities"]["best"] == 7
    writer.post(f"/api/events/{event.id}/revisions", headers=AUTH, json={"field": "modality", "value": "reported"})
    body = writer.get(f"/api/events/{event.id}").json()
    assert body["event"]["fatalities"]["best"] == 7 and body["event"]["modality"] == "reported"
    assert body["machine"]["fatalities"]["best"] == event.fatalities.best
    assert body["machine"]["modality"] == event.modality
    assert [r["field"] for r in body["review"]["revisions"]] == ["fatalities", "modality"]
    assert body["review"]["revisions"][0]["note"] == "later toll"
    listed = next(e for e in writer.get("/api/events").json()["events"] if e["id"] == event.id)
    assert listed["fatalities"]["best"] == 7 and listed["review"]["revised"] == ["fatalities", "modality"]
    history = writer.get(f"/api/events/{event.id}/revisions").json()
    assert len(history["revisions"]) == 2 and history["rejected"] is False


def test_rejected_events_are_hidden_unless_asked_for(writer, seed_result):
    event_id = seed_result.events[0].id
    assert writer.post(f"/api/events/{event_id}/reject", headers=AUTH, json={"note": "background"}).status_code == 201
    assert event_id not in _ids(writer)
    assert event_id in _ids(writer, rejected="include")
    assert _ids(writer, rejected="only") == [event_id]
    writer.post(f"/api/events/{event_id}/reject", headers=AUTH, json={"rejected": False})
    assert event_id in _ids(writer)


@pytest.mark.parametrize("params, code, words", [
    ({"start": "soon"}, "EW402", "not a date"),
    ({"bbox": "1,2,3"}, "EW402", "four numbers"),
    ({"bbox": "a,b,c,d"}, "EW402", "min_lon"),
    ({"min_confidence": "high"}, "EW402", "not a number"),
    ({"modality": "rumour"}, "EW402", "modality"),
    ({"limit": "ten"}, "EW603", "limit"),
    ({"limit": "0"}, "EW603", "limit"),
    ({"limit": "100000"}, "EW603", "page size limit"),
    ({"offset": "-1"}, "EW603", "offset"),
    ({"format": "xml"}, "EW603", "format"),
    ({"rejected": "maybe"}, "EW603", "rejected"),
    ({"contry": "Syria"}, "EW603", "unknown parameter 'contry'"),
])
def test_bad_parameters_are_422_with_a_clear_message(client, params, code, words):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["ok"] is False and body["status"] == 422 and body["code"] == code
    assert words in body["error"]


@pytest.mark.parametrize("method, path, kwargs, status", [
    ("get", "/api/events/no-such-event", {}, 404),
    ("get", "/api/documents/no-such-doc", {}, 404),
    ("get", "/api/no-such-endpoint", {}, 404),
    ("get", "/api/timeline?interval=month", {}, 422),
    ("post", "/api/extract", {"json": {"text": ""}}, 422),
    ("post", "/api/extract", {"json": {"text": "Gunmen attacked Gao.", "published": "yesterday-ish"}}, 422),
    ("post", "/api/extract", {"content": b"not json", "headers": {"content-type": "application/json"}}, 422),
    ("post", "/api/events/x/revisions", {"json": {"field": "id", "value": "y"}, "headers": AUTH}, 404),
    ("delete", "/api/events", {}, 405),
])
def test_every_error_has_one_shape(client, writer, method, path, kwargs, status):
    target = writer if "headers" in kwargs and kwargs["headers"] is AUTH else client
    response = getattr(target, method)(path, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"ok", "status", "code", "error", "errors"}
    assert body["ok"] is False and body["status"] == status and body["code"].startswith("EW") and body["error"]


def test_bad_revision_is_422(writer, seed_result):
    event_id = seed_result.events[0].id
    response = writer.post(f"/api/events/{event_id}/revisions", headers=AUTH,
                           json={"field": "fatalities", "value": {"best": "many"}})
    assert response.status_code == 422 and response.json()["code"] == "EW403"
    assert writer.get(f"/api/events/{event_id}/revisions").json()["revisions"] == []


def test_request_size_limit(filled_db, tmp_path, pipeline):
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    url = f"sqlite:///{tmp_path / 'ew.db'}"
    __import__("shutil").copy(filled_db, tmp_path / "ew.db")
    with TestClient(create_app(url, pipeline=pipeline, max_text=1000)) as small:
        big = small.post("/api/extract", json={"text": "Gunmen killed six civilians in Kidal. " * 40})
        assert big.status_code == 413 and big.json()["code"] == "EW105"
        huge = small.post("/api/extract", content=b'{"text": "' + b"x" * 200_000 + b'"}',
                          headers={"content-type": "application/json"})
        assert huge.status_code == 413 and huge.json()["code"] == "EW602"


def test_security_headers_and_no_cors(client):
    response = client.get("/api/events", headers={"Origin": "https://evil.example"})
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/events", headers={"Origin": "https://evil.example",
                                                       "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_hostile_text_comes_back_as_data(client, hostile_result):
    event = hostile_result.events[0]
    body = client.get(f"/api/events/{event.id}").json()
    text = "".join(seg["text"] for seg in body["sources"][0]["segments"])
    assert text == HOSTILE  # verbatim; escaping is the page's job, by building text nodes


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/extract" in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "http" not in page.text.replace('name="viewport"', "")  # no external URL at all
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


def test_dashboard_and_its_assets_are_served_locally(client):
    import re

    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<script>" not in page.text and not re.search(r"\son[a-z]+\s*=", page.text)  # no inline script
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200, asset
    assert not re.search(r'(?:src|href)="https?:', page.text)
    countries = client.get("/static/countries.geojson")
    assert countries.status_code == 200 and len(countries.content) < 1_500_000
