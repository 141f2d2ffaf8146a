"""The reference article (AFP, 2018-07-24), extracted as a user would see it."""

from __future__ import annotations

import datetime as dt

from tests.conftest import walk_evidence


def _by(result, **where):
    out = []
    for ev in result.events:
        if all(getattr(ev, k) == v for k, v in where.items()):
            out.append(ev)
    return out


def test_coalition_battle_against_islamic_state_in_syria(seed_result):
    battles = [ev for ev in seed_result.events if ev.event_type == "Battles" and ev.modality in ("reported", "claimed")]
    assert len(battles) == 1, [ev.sub_event_type for ev in battles]
    battle = battles[0]
    names = {battle.actor1.name, battle.actor2.name}
    assert names == {"International Coalition against the Islamic State", "Islamic State"}
    assert battle.location is not None and battle.location.country == "Syria"
    assert battle.claimant is not None and "Parisot" in battle.claimant.name
    assert battle.modality == "claimed"


def test_six_killed_announced_by_the_coalition(seed_result):
    killed = [ev for ev in seed_result.events if ev.fatalities is not None]
    assert len(killed) == 1
    ev = killed[0]
    assert (ev.fatalities.best, ev.fatalities.low, ev.fatalities.high) == (6, 6, 6)
    assert "Islamic State" in {ev.actor1 and ev.actor1.name, ev.actor2 and ev.actor2.name}
    assert ev.claimant is not None and "coalition" in ev.claimant.name.lower()
    assert ev.date.end == dt.date(2018, 7, 24)  # "recently": a range ending at publication
    assert ev.date.start < ev.date.end
    assert ev.location.country == "Syria"


def test_2014_conquests_are_background_never_current(seed_result):
    for ev in seed_result.events:
        if ev.date is not None and ev.date.start is not None and ev.date.start.year == 2014:
            assert ev.modality == "background"
        if ev.modality != "background":
            assert ev.date is None or ev.date.start is None or ev.date.start.year == 2018


def test_no_distance_duration_or_force_size_becomes_a_toll(seed_result):
    tolls = {ev.fatalities.best for ev in seed_result.events if ev.fatalities is not None}
    assert tolls.isdisjoint({30, 10, 2, 3, 100, 200, 300})


def test_regime_and_russian_raids_are_air_strikes(seed_result):
    strikes = [ev for ev in seed_result.events if ev.actor1 and ev.actor1.name == "Military Forces of Syria"]
    assert len(strikes) == 1
    ev = strikes[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert "Military Forces of Russia" in [a.name for a in ev.assoc_actors]
    assert ev.actor2 is not None and ev.actor2.name == "Islamic State"


def test_every_evidence_span_matches_the_original_text(seed_result, seed_text):
    data = seed_result.model_dump(mode="json")
    spans = list(walk_evidence(data["events"]))
    assert len(spans) > 20
    for span in spans:
        assert seed_text[span["start"]:span["end"]] == span["text"]


def test_every_extracted_field_has_evidence(seed_result):
    for ev in seed_result.events:
        assert ev.evidence
        for field in (ev.actor1, ev.actor2, ev.location, ev.date, ev.fatalities, ev.claimant):
            if field is not None:
                assert field.evidence, field
        assert 0.0 <= ev.confidence <= 1.0


def test_we_kill_them_all_is_modality_evidence_of_the_battle_not_a_record(seed_result):
    # "We want to make sure we kill them all": a forecast about the coalition's fight against IS
    assert [ev for ev in seed_result.events if ev.modality in ("forecast", "hypothetical")] == []
    holders = [ev for ev in seed_result.events if any("kill them all" in e.text for e in ev.evidence)]
    assert len(holders) == 1
    battle = holders[0]
    assert battle.event_type == "Battles" and battle.modality == "claimed"
    assert {battle.actor1.name, battle.actor2.name} == {"International Coalition against the Islamic State",
                                                        "Islamic State"}


def test_is_cells_active_in_idlib_are_a_presence_not_an_event(seed_result):
    # "Cells are also active in Idleb province": no act, no date, no target; ACLED codes acts, not presence
    for ev in seed_result.events:
        assert not any("Idleb" in e.text for e in ev.evidence), ev.evidence
        assert ev.location is None or "Idl" not in f"{ev.location.name} {ev.location.admin1}"
