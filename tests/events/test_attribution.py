"""Claimant and modality (issue 4: who says so, and is it said to have happened), on sentences written here."""

from __future__ import annotations

import pytest

_FACTUAL = ("reported", "claimed")


def _factual(result):
    return [ev for ev in result.events if ev.modality in _FACTUAL]


def _only(result):
    assert len(result.events) == 1, [(e.event_type, e.modality, e.evidence[0].text) for e in result.events]
    return result.events[0]


def _claimant_quoted(ev, text):
    assert ev.claimant is not None
    span = ev.claimant.evidence[0]
    assert text[span.start:span.end] == span.text
    return ev.claimant.name


def test_according_to_names_the_claimant(run):
    text = "Islamic State fighters attacked the town of Hajin on Monday, according to the French army."
    ev = _only(run(text))
    assert _claimant_quoted(ev, text) == "French army"
    assert ev.modality == "claimed"


def test_a_speaker_after_the_verb_is_the_claimant(run):
    text = "The coalition killed six Islamic State fighters near Hajin on Monday, said General Frederic Parisot."
    ev = _only(run(text))
    assert "Parisot" in _claimant_quoted(ev, text)
    assert ev.modality == "claimed"


def test_a_party_announcing_is_the_claimant(run):
    text = "The coalition announced that its aircraft struck an Islamic State convoy near Hajin."
    ev = _only(run(text))
    assert _claimant_quoted(ev, text) == "coalition"
    assert ev.modality == "claimed"


def test_residents_report_they_do_not_claim(run):
    text = "Gunmen killed five villagers in Kaya on Sunday, residents said."
    ev = _only(run(text))
    assert _claimant_quoted(ev, text) == "residents"
    assert ev.modality == "reported"


def test_will_is_a_forecast(run):
    ev = _only(run("The Malian army will attack the rebel town of Kidal next week."))
    assert ev.modality == "forecast"


def test_would_in_reported_speech_is_a_forecast_not_a_hypothesis(run):
    ev = _only(run("Al-Shabaab said it would attack Mogadishu."))
    assert ev.modality == "forecast"


def test_must_confirm_is_an_announcement_not_an_obligation(run):
    result = run("The Ministry of Defence must confirm that two soldiers were killed by a roadside bomb in Helmand.")
    assert [ev.modality for ev in result.events] == ["claimed"]


def test_a_denial_is_denied(run):
    ev = _only(run("The army denied that its troops had shelled the village of Kaya."))
    assert ev.modality == "denied"


def test_conquests_ten_years_before_publication_are_background(run):
    result = run("In 2014, the Islamic State seized Mosul.", published="2024-03-05")
    assert [ev.modality for ev in result.events] == ["background"]


@pytest.mark.parametrize("text", [
    "Soldiers did not attack the village of Kaya on Sunday.",
    "The rebels never attacked the town of Kidal.",
    "Rebels have not yet seized the town of Kidal.",
    "No clashes were reported in Kaya on Sunday.",
])
def test_negation_never_yields_an_event(run, text):
    assert run(text).events == []


@pytest.mark.parametrize("text", [
    "Teachers' unions agreed to postpone the protest planned in Nairobi.",
    "The march planned in Nairobi was called off by its organisers.",
    "Opposition leaders cancelled the demonstration planned in Nairobi on Friday.",
])
def test_a_called_off_event_is_no_event(run, text):
    assert _factual(run(text)) == []


@pytest.mark.parametrize("text", [
    "Al-Shabaab fighters must withdraw from Kismayo, the African Union said.",
    "The rebels must sign a ceasefire with the army, the UN said.",
    "President Kagame and the rebels must agree to a peace deal, the rebels announced.",
    "Rebels could attack the town of Kidal if talks fail.",
])
def test_obligations_and_hypotheses_are_not_reported_events(run, text):
    assert _factual(run(text)) == []
