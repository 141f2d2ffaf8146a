"""The actor knowledge base: hand-written aliases, PETRARCH-derived entries, generic agents."""

from __future__ import annotations

from eventwire.events.actors import load_kb


def test_islamic_state_aliases_are_one_record():
    kb = load_kb()
    rec = kb["islamic_state"]
    for alias in ("Daesh", "Islamic State of Iraq and the Levant"):
        assert alias in rec.aliases
    assert {"IS", "ISIS", "ISIL"} <= set(rec.acronyms)
    assert rec.inter == 2


def test_petrarch_gazette_is_loaded_with_countries_agents_and_groups():
    kb = load_kb()
    gz = kb.gazette
    assert gz is not None
    assert gz.country_words["syrian"] == "Syria"
    assert gz.agents["soldier"] == "MIL"
    assert gz.agents["farmer"] in ("AGR", "CVL")
    assert any(g.name.startswith("Aden Abyan Islamic Army") for g in gz.groups)


def test_forces_of_a_country_without_a_kb_record_are_named_like_acled():
    kb = load_kb()
    assert kb.forces_of("Syria").name == "Military Forces of Syria"
    assert kb.forces_of("Chad", police=True).name == "Police Forces of Chad"


def test_agent_nouns_become_generic_participants(pipeline):
    from eventwire.readers.base import make_document

    doc = pipeline.detect(pipeline.parse(make_document("Gunmen shot a farmer and two policemen near Jos.")))
    ids = {m.actor_id for m in doc._.ew_actors}
    assert {"unidentified_armed", "civilians", "police"} <= ids
