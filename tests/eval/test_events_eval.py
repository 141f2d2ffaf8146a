"""``eventwire eval events`` on small files written for these tests (never ACLED or PLOVER rows)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import _load_commands, app
from eventwire.eval.events import actor_matches, load_acled, old_schema_type, score_types

_COLS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "notes", "fatalities"]
_ROWS = [
    ["XYZ1", "4-Mar-24", "Protests", "Peaceful protest", "Protesters (Kenya)", "",
     "On 4 March 2024, hundreds of nurses protested in Nairobi demanding unpaid wages. [size=hundreds]", "0"],
    ["XYZ1", "4-Mar-24", "Protests", "Peaceful protest", "Protesters (Kenya)", "",
     "On 4 March 2024, hundreds of nurses protested in Nairobi demanding unpaid wages. [size=hundreds]", "0"],
    ["XYZ2", "4-Mar-24", "Battles", "Armed clash", "Al Shabaab", "Military Forces of Somalia (2017-)",
     "On 4 March 2024, Al Shabaab militants clashed with Somali soldiers near Afgooye.", "2"],
    ["XYZ3", "4-Mar-24", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified Armed Group (Afghanistan)",
     "Police Forces of Afghanistan (2014-)", "On 4 March 2024, a roadside bomb exploded near a police convoy in Kandahar.", "0"],
    ["XYZ4", "4-Mar-24", "Strategic developments", "Other", "Government of Kenya (2022-)", "",
     "On 4 March 2024, the central bank raised interest rates.", "0"],
]


@pytest.fixture()
def acled_csv(write_csv):
    return write_csv("acled_small.csv", _COLS, _ROWS)


def test_loader_dedupes_by_event_id_and_strips_size_tag(acled_csv):
    notes = load_acled(acled_csv)
    assert [n.id for n in notes] == ["XYZ1", "XYZ2", "XYZ3", "XYZ4"]
    assert "[size" not in notes[0].text


def test_old_schema_types_are_mapped(tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("event_date,event_type,actor1,actor2,notes\n"
                    "2016-07-02,Battle-Government regains territory,A,B,Soldiers retook the town.\n"
                    "2016-07-02,Riots/Protests,C,,Students marched.\n", encoding="utf-8")
    notes = load_acled(path)
    assert [(n.event_type, n.sub_event_type) for n in notes] == [
        ("Battles", "Government regains territory"), ("Protests/Riots", "")]
    assert all(n.old_schema for n in notes)


def test_predictions_take_the_old_schema_types_of_the_2017_codebook():
    # significant violence against protesters and rioters attacking civilians were Violence against civilians
    assert old_schema_type("Protests", "Excessive force against protesters", None) == "Violence against civilians"
    assert old_schema_type("Riots", "Mob violence", 7) == "Violence against civilians"
    # a mob fighting the police, a violent or a peaceful demonstration: the one class Riots/Protests
    assert old_schema_type("Riots", "Mob violence", 1) == "Protests/Riots"
    assert old_schema_type("Riots", "Violent demonstration", 7) == "Protests/Riots"
    assert old_schema_type("Protests", "Protest with intervention", 1) == "Protests/Riots"
    assert old_schema_type("Battles", "Armed clash", 7) == "Battles"


def test_scores_macro_f1_over_gold_classes():
    scores = score_types([("A", "A"), ("A", "B"), ("B", "B"), ("C", "(no event)")])
    assert scores["accuracy"] == 0.5
    # A: P=1 R=.5 F=.667; B: P=.5 R=1 F=.667; C: 0
    assert scores["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 0) / 3, abs=1e-3)


def test_actor_match_ignores_periods_and_accepts_longer_gold_names():
    class A:
        name = "Military Forces of Yemen"

    assert actor_matches(A(), "Military Forces of Yemen (2016-) Supreme Political Council")
    assert not actor_matches(A(), "Military Forces of Syria (2000-)")


def test_eval_events_command_prints_scores(acled_csv):
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "acled", str(acled_csv), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["notes"] == 4
    assert data["notes_no_event"] >= 1  # the interest-rate note is not an event
    assert data["confusion"]["Battles"].get("Battles") == 1
    assert data["confusion"]["Protests"].get("Protests") == 1
    assert data["event_type_accuracy"] >= 0.75
    table = CliRunner().invoke(app, ["eval", "events", "--dataset", "acled", str(acled_csv)])
    assert "event_type_macro_f1" in table.output and "confusion" in table.output


def test_unknown_dataset_is_a_coded_error(acled_csv):
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "gdelt", str(acled_csv)])
    assert out.exit_code != 0


def test_sample_draws_the_same_notes_from_the_whole_file(acled_csv):
    first = [n.id for n in load_acled(acled_csv, sample=2)]
    assert len(first) == 2
    assert first == [n.id for n in load_acled(acled_csv, sample=2)]
    draws = {tuple(n.id for n in load_acled(acled_csv, sample=2, seed=s)) for s in range(20)}
    assert any("XYZ4" in d for d in draws)  # not only the first rows


def _plover_gold(tmp_path):
    records = [{"id": "DOC", "event": "DOCUMENT"}]
    sentences = [
        ("S1", "DISAPPROVE", "Pakistan accused India on Tuesday of violating the border agreement."),
        ("S2", "CONSULT", "The Kenyan president met his Ugandan counterpart in Nairobi on Monday."),
        ("S3", "DEMAND", "Al-Shabaab fighters must withdraw from Kismayo, the African Union said."),
        ("S4", "THREATEN", "Turkey threatened to impose sanctions on Austria."),
        ("S5", "REJECT", "Hungary said it will not accept any more refugees."),
        ("S6", "AGREE", "Japan will provide 50 tons of food aid to Sudan, the foreign ministry said."),
    ]
    records += [{"id": i, "event": e, "text": t} for i, e, t in sentences]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_plover_eval_splits_are_stable_and_disjoint(tmp_path, pipeline):
    from eventwire.eval.events import evaluate_plover, plover_split

    path = _plover_gold(tmp_path)
    dev = evaluate_plover(path, split="dev", pipeline=pipeline)
    test = evaluate_plover(path, split="test", pipeline=pipeline)
    every = evaluate_plover(path, pipeline=pipeline)
    assert dev["sentences"] + test["sentences"] == every["sentences"] == 6
    assert [plover_split(f"S{i}") for i in range(1, 7)] == [plover_split(f"S{i}") for i in range(1, 7)]
    # the coder's 2024 names are scored in the gold file's 0.5b1 names
    assert every["plover_accuracy"] == 1.0, every["plover_f1"]


def test_plover_eval_rejects_an_unknown_split(tmp_path):
    from eventwire.errors import UnknownName
    from eventwire.eval.events import evaluate_plover

    with pytest.raises(UnknownName):
        evaluate_plover(_plover_gold(tmp_path), split="train")


def test_gold_names_map_the_2024_types_to_the_2016_file():
    from eventwire.eval.events import gold_name

    assert gold_name("REQUEST", None) == "DEMAND"
    assert gold_name("ACCUSE", "investigate") == "INVESTIGATE"
    assert gold_name("ACCUSE", "disapprove") == "DISAPPROVE"
    assert gold_name("AGREE", None) == "AGREE"


def test_non_conflict_rate_counts_every_sentence_of_the_texts(tmp_path, pipeline):  # type: ignore[no-untyped-def]
    """Events per 1,000 sentences is over all the sentences of the articles, not only those the screen lets
    through to the parser: a vocabulary change must not move the denominator."""
    from eventwire.eval.events import evaluate_text

    calm = ("The council approved the new budget on Monday. Libraries will open longer hours. The mayor thanked "
            "the volunteers. Parking fees stay the same.")
    violent = "Gunmen killed three villagers in an attack near Kidal on Sunday, police said. The market stayed closed."
    path = tmp_path / "news.xml"
    path.write_text(f"<articles><article><text>{calm}</text></article>"
                    f"<article><text>{violent}</text></article></articles>", encoding="utf-8")
    out = evaluate_text(path, pipeline=pipeline)
    assert out["articles"] == 2 and out["sentences"] == 6
    assert out["events"] == 1 and out["events_per_1000_sentences"] == round(1000 / 6, 2)
