"""Verbal and non-violent interactions (PLOVER/CAMEO only), on sentences written for these tests."""

from __future__ import annotations

import io

import pytest

from eventwire.events.plover import cameo_root, load_plover, plover_of
from eventwire.export import export


@pytest.fixture(scope="module")
def verbal_pipeline(pipeline):
    """The session pipeline's parts, looking for verbal interactions too (off by default)."""
    from eventwire.pipeline import Pipeline

    return Pipeline(nlp=pipeline.nlp, geoparser=pipeline.geoparser, interactions=True)


@pytest.fixture()
def run(verbal_pipeline):
    import datetime as dt

    from eventwire.readers.base import make_document

    def _run(text: str, published: str = "2024-03-05"):
        return verbal_pipeline.run(make_document(text, published=dt.date.fromisoformat(published)))

    return _run


def test_interactions_are_looked_for_only_when_asked(pipeline, run):
    import datetime as dt

    from eventwire.readers.base import make_document

    text = "Pakistan accused India on Tuesday of violating the border agreement."
    assert not pipeline.interactions
    assert pipeline.run(make_document(text, published=dt.date(2024, 3, 5))).interactions == []
    assert len(run(text).interactions) == 1


def _one(result):
    assert len(result.interactions) == 1, [(i.plover.type, i.evidence[0].text) for i in result.interactions]
    return result.interactions[0]


def test_an_accusation_is_an_interaction_never_an_acled_event(run):
    result = run("Pakistan accused India on Tuesday of violating the border agreement.")
    assert result.events == []
    item = _one(result)
    assert (item.plover.type, item.plover.mode, item.cameo) == ("ACCUSE", "disapprove", "11")
    assert item.actor1 is not None and "Pakistan" in item.actor1.name
    assert item.actor2 is not None and "India" in item.actor2.name
    assert item.evidence[0].text == "accused"


def test_verbal_interactions_stay_out_of_the_acled_export(run):
    result = run("Pakistan accused India on Tuesday of violating the border agreement. "
                 "The Kenyan president met his Ugandan counterpart in Nairobi on Monday.")
    assert len(result.interactions) == 2
    out = io.StringIO()
    assert export(result.events, "acled", out) == 0
    assert out.getvalue().count("\n") == 1  # the header only


def test_a_meeting_is_consult(run):
    item = _one(run("The Kenyan president met his Ugandan counterpart in Nairobi on Monday."))
    assert (item.plover.type, item.cameo) == ("CONSULT", "04")
    assert item.modality == "reported"


def test_future_aid_is_a_promise_agree_claimed_by_the_ministry(run):
    item = _one(run("Japan will provide 50 tons of food aid to Sudan, the foreign ministry said."))
    assert (item.plover.type, item.cameo) == ("AGREE", "03")
    assert [e.text for e in item.evidence[:2]] == ["provide", "will"]
    assert item.actor2 is not None and item.actor2.name == "Sudan"
    assert item.claimant is not None and item.claimant.name == "foreign ministry"
    assert item.modality == "claimed"


def test_a_reported_must_is_a_demand_by_the_speaker(run):
    item = _one(run("Al-Shabaab fighters must withdraw from Kismayo, the African Union said."))
    assert item.plover.type == "REQUEST" and item.cameo == "10"
    assert item.actor1 is not None and item.actor1.name == "African Union"
    assert "must" in [e.text for e in item.evidence]


def test_a_refusal_is_reject_and_a_negated_threat_is_nothing(run):
    item = _one(run("Hungary said it will not accept any more refugees."))
    assert item.plover.type == "REJECT"
    assert item.actor1 is not None and item.actor1.name == "Hungary"
    assert "not" in [e.text for e in item.evidence]
    result = run("Iran did not threaten Iraq on Monday.")
    assert result.interactions == [] and result.events == []


def test_a_threat_to_sanction_is_threaten(run):
    item = _one(run("Turkey threatened to impose sanctions on Austria."))
    assert (item.plover.type, item.cameo) == ("THREATEN", "13")


def test_a_vow_to_fight_is_a_threat_not_a_fight(run):
    result = run("The rebels of the Kivu Front have sworn to fight the army until they control Goma.")
    assert [ev for ev in result.events if ev.modality in ("reported", "claimed")] == []
    assert [i.plover.type for i in result.interactions] == ["THREATEN"]


def test_a_demand_inside_an_attack_is_not_a_second_record(run):
    result = run("Gunmen killed three soldiers in Kaya on Sunday, demanding the release of their leader.")
    assert len(result.events) == 1
    assert result.interactions == []


def test_a_ceasefire_between_armed_parties_stays_an_acled_agreement(run):
    result = run("The army and the rebels signed a ceasefire agreement in Juba on Monday.")
    assert [(e.event_type, e.sub_event_type) for e in result.events] == [("Strategic developments", "Agreement")]
    assert result.interactions == []


def test_a_verbal_sentence_far_from_any_fighting_is_still_read(run):
    text = ("The weather in Cairo was hot on Monday. Markets were busy and traffic was heavy. "
            "Tourists visited the pyramids. Football fans gathered to watch the match. "
            "Later, Egypt condemned the Israeli decision to build new settlements. "
            "Shops closed early for the holiday.")
    result = run(text)
    assert [i.plover.type for i in result.interactions] == ["ACCUSE"]
    item = result.interactions[0]
    assert text[item.evidence[0].start:item.evidence[0].end] == "condemned"


def test_a_forecast_attack_is_plover_threaten_with_a_cameo_root():
    assert plover_of("FIGHT", None, "190", "forecast") == ("THREATEN", None, "13")
    assert plover_of("FIGHT", "aerial", "195", "reported") == ("FIGHT", "aerial", "19")
    assert plover_of("RETREAT", "withdraw", "087", "forecast")[0] == "CONCEDE"
    assert cameo_root("0871") == "08" and cameo_root(None) is None
    assert plover_of("PROTEST", "demonstrate", "141", "reported", "Excessive force against protesters") == (
        "ASSAULT", "crowd-control", "18")


def test_forecast_attack_in_text_is_coded_threaten(run):
    result = run("Al-Shabaab said it would attack Mogadishu.")
    assert [(e.modality, e.plover.type, e.cameo) for e in result.events] == [("forecast", "THREATEN", "13")]


def test_every_event_cameo_is_a_two_digit_root(seed_result):
    assert seed_result.events
    for ev in seed_result.events:
        assert ev.cameo is None or (len(ev.cameo) == 2 and ev.cameo.isdigit()), ev.cameo


@pytest.mark.parametrize("plover", sorted(load_plover().types))
def test_every_type_cites_the_manual(plover):
    info = load_plover().types[plover]
    assert info["section"].startswith("3.") and info["definition"] and len(info["cameo"]) == 2


def test_interaction_evidence_matches_the_text(run):
    text = "The United Nations said the two sides must return to talks in Geneva."
    result = run(text)
    for item in result.interactions:
        for e in item.evidence:
            assert text[e.start:e.end] == e.text
        assert item.evidence[-1].text.startswith("The United Nations")


def test_every_plover_type_the_event_triggers_emit_is_a_plover_type():
    import json
    from importlib import resources

    lex = load_plover()
    known = set(lex.types) | set(json.loads(resources.files("eventwire").joinpath(
        "data/events/plover.json").read_text(encoding="utf-8"))["legacy"]["types"])
    triggers = json.loads(resources.files("eventwire").joinpath("data/events/triggers.json").read_text(encoding="utf-8"))
    assert {entry["plover"] for entry in triggers["triggers"]} <= known


@pytest.mark.parametrize("text, plover", [
    ("Qatar withdrew its ambassador from Cairo on Monday.", "SANCTION"),  # the object names the sense
    ("Sudan and Chad reached an agreement on border trade on Monday.", "AGREE"),  # a noun carried by its verb
    ("France and India began joint naval exercises in the Indian Ocean.", "COOPERATE"),
    ("The US Senate will withdraw its support for the plan.", "THREATEN"),  # a future sanction
])
def test_lexicon_senses(run, text, plover):
    assert [i.plover.type for i in run(text).interactions] == [plover]


def test_the_actors_own_envoy_is_not_the_recipient(run):
    item = _one(run("Qatar withdrew its ambassador from Cairo on Monday."))
    assert item.actor1.name == "Qatar" and item.actor2 is not None and item.actor2.name == "Cairo"


def test_a_noun_only_talked_about_is_no_act(run):
    assert run("Experts will assess what threat the new virus strain poses to farms.").interactions == []


def test_a_warning_of_a_sanction_is_a_threat_to_its_recipient(run):
    item = _one(run("Washington warned that it would suspend military aid to Egypt."))
    assert item.plover.type == "THREATEN"
    assert (item.actor1.name, item.actor2.name) == ("Washington", "Egypt")
    assert run("The UN warned that two million people face starvation in Somalia.").interactions == []


def test_a_warning_of_an_attack_is_one_record_the_forecast_event(run):
    result = run("The Taliban warned they would attack polling stations in Kandahar.")
    assert [(e.modality, e.plover.type) for e in result.events] == [("forecast", "THREATEN")]
    assert result.interactions == []
