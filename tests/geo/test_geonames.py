"""The built GeoNames index and the Geoparser on real text (the index builds once per cache)."""

from __future__ import annotations

import time
from importlib import resources

import pytest

from eventwire.geo import Geoparser


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    return Geoparser(geonames)


def test_index_opens_fast_and_answers_transliterations(geonames):
    from eventwire.geo.geonames import GeonamesGazetteer

    started = time.process_time()  # CPU time: a loaded machine stretches the clock, not the work
    fresh = GeonamesGazetteer(geonames.path)
    assert fresh.lookup("Aleppo")
    assert time.process_time() - started < 1.0
    assert 174448 in {c.geonames_id for c in fresh.lookup("Albu Kamal")}
    assert 174448 in {c.geonames_id for c in fresh.lookup_skeleton("Boukamal")}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Officials in the U.S. and Russia disagreed.", "U.S.", 6252001),
    ("Floods hit California and Nevada this week.", "California", 5332921),
    ("Aid reached Africa and Europe.", "Africa", 6255146),
])
def test_priors_prefer_countries_states_and_continents(gp, make_doc, text, name, expected):
    doc = gp(make_doc(text))
    got = {p.span.text: p.toponym.place.geonames_id for p in doc._.ew_places if p.toponym.place}
    assert got.get(name) == expected


def test_reference_article(gp, make_doc):
    text = (resources.files("eventwire") / "data" / "seed-article.txt").read_text(encoding="utf-8")
    doc = gp(make_doc(text))
    ids = {p.toponym.text: p.toponym.place.geonames_id for p in doc._.ew_places if p.toponym.place}
    assert ids["Hajin"] == 174506 and ids["Boukamal"] == 174448
    assert ids["Deir Ezzor"] == 170792 and ids["Idleb province"] == 169387
    assert "Daesh" not in ids
    for p in doc._.ew_places:
        assert text[p.toponym.start:p.toponym.end] == p.toponym.text
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.lower_ == "fighting")
    place = gp.locate_event(doc, trigger)
    assert place.precision == 5 and place.country == "Syria" and place.iso3 == "SYR"
    assert 34.4 < place.lat < 34.7 and 40.8 < place.lon < 40.95


def test_geoparse_library_function_returns_original_offsets():
    from eventwire.geo import geoparse

    text = "\u201cWe will stay,\u201d he said in Mosul, Iraq."
    toponyms = geoparse(text)
    assert {t.text for t in toponyms} >= {"Mosul", "Iraq"}
    for t in toponyms:
        assert text[t.start:t.end] == t.text


def test_a_new_index_removes_older_versions_and_week_old_ones(tmp_path):
    import os
    import time

    from eventwire.geo.geonames import remove_stale

    current = tmp_path / "gazetteer-v6-aaaaaaaaaaaa.sqlite"
    older = tmp_path / "gazetteer-v5-031a5ba22513.sqlite"
    crashed = tmp_path / "gazetteer-v4-bbbbbbbbbbbb.tmp123"
    building = tmp_path / "gazetteer-v5-eeeeeeeeeeee.tmp456"  # another process (an older checkout) building now
    sibling = tmp_path / "gazetteer-v6-cccccccccccc.sqlite"  # another checkout's data, in use
    unused = tmp_path / "gazetteer-v6-dddddddddddd.sqlite"
    other = tmp_path / "notes.sqlite"
    for f in (current, older, crashed, building, sibling, unused, other):
        f.write_bytes(b"x")
    week_ago, two_hours_ago = time.time() - 8 * 86400, time.time() - 7200
    os.utime(unused, (week_ago, week_ago))
    os.utime(crashed, (two_hours_ago, two_hours_ago))
    removed = remove_stale(current)
    assert set(removed) == {older, crashed, unused}
    assert current.exists() and sibling.exists() and other.exists() and building.exists()


@pytest.mark.parametrize("text", ["Mogadiscio", "Kandahhar", "Ouagadougouu", "Tillaberi", "Deir Ezzor", "Maidugurii"])
def test_fuzzy_matches_are_those_of_a_search_over_every_name_with_the_prefix(geonames, text):
    """Fuzzy lookup fetches only names of a length that can reach its cutoff: it must find the same names
    a scan of every name sharing the first two letters finds."""
    from rapidfuzz import fuzz, process

    from eventwire.geo._names import loose_key
    from eventwire.geo.geonames import _FUZZY_CUTOFF

    key = loose_key(text)
    every = [r[0] for r in geonames.db.execute("SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?",
                                               (key[:2], key[:2] + "\uffff"))]
    expected = {k for k, _, _ in process.extract(key, every, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF, limit=10)}
    got = {loose_key(c.name) for c in geonames.fuzzy(text)} | {
        r[0] for c in geonames.fuzzy(text) for r in geonames.db.execute("SELECT key FROM names WHERE id = ?", (c.key,))}
    assert expected and expected <= got


def test_oceans_seas_and_world_regions_carry_their_geonames_ids(geonames):
    def ids(name: str) -> set[int | None]:
        return {c.geonames_id for c in geonames.lookup(name)}

    assert 363196 in ids("Mediterranean") and 363196 in ids("Mediterranean Sea")
    assert 3373405 in ids("Atlantic") and 6269133 in ids("Mideast") and 80303 in ids("Gulf of Aden")
    assert 7729885 in ids("West Africa") and 12216908 in ids("Balkans")
    # GeoWebNews' convention: the continent of South America, not a hand-made mean (GeoNames' region "Latin America
    # and the Caribbean" keeps its own name)
    assert ids("Latin America") == {6255150} and ids("Latin America and the Caribbean") == {7730009}
    # an alternate name that is another place's own name stays that place's ("Spain", once the Argentine Sea)
    assert ids("Spain") == {2510769}
    # a name the lexicon gives another place stays that place's: "America" is the United States, the region
    # GeoNames calls "America" is found by its other name
    assert 10861432 not in ids("America") and ids("Americas") == {10861432}
    # seas GeoNames holds under a country code stay hand-written (no id)
    assert [c.feature_code for c in geonames.lookup("Gulf of Mexico")] == ["H.SEA"]


def test_ranges_and_peninsulas_no_country_holds_are_geonames_not_natural_earth_twins(geonames):
    himalayas = geonames.lookup("Himalayas")
    # GeoNames' id and point replace Natural Earth's twin of the same name (900 km apart)
    assert [(c.geonames_id, round(c.lat), round(c.lon)) for c in himalayas] == [(1252558, 28, 84)]
    assert 11494804 in {c.geonames_id for c in geonames.lookup("Korean Peninsula")}


def test_straits_and_regions_geonames_holds_under_a_country_are_hand_placed(geonames):
    (strait,) = geonames.lookup("Taiwan Strait")
    assert strait.geonames_id is None and 23 < strait.lat < 25 and 118.5 < strait.lon < 120.5  # between Fujian and Taiwan
    (north,) = geonames.lookup("North Caucasus")
    assert north.country_code == "RU" and 42 < north.lat < 46 and 42 < north.lon < 47  # the mean of its republics
