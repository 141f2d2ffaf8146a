"""``eventwire eval events --dataset gtd``: GTD incidents scored by the ACLED type their attack, target and
weapon imply, on a small file written for these tests (never GTD rows)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import _load_commands, app
from eventwire.eval.gtd import acled_type

_COLS = ["eventid", "summary", "success", "attacktype1_txt", "targtype1_txt", "weaptype1_txt", "nkill", "nwound"]
_ROWS = [
    ["201703100001", "03/10/2017: Assailants opened fire on a military patrol in Mora, Cameroon. Two soldiers were killed.",
     "1", "Armed Assault", "Military", "Firearms", "2", "0"],
    ["201703100002", "03/10/2017: Assailants shot and killed a teacher at his home in Kolofata, Cameroon.",
     "1", "Armed Assault", "Educational Institution", "Firearms", "1", "0"],
    ["201703100003", "03/10/2017: An explosive device detonated near a market in Maiduguri, Nigeria, injuring four civilians.",
     "1", "Bombing/Explosion", "Private Citizens & Property", "Explosives", "0", "4"],
    ["201703100004", "03/10/2017: An explosive device was discovered and defused near a school in Fotokol, Cameroon.",
     "0", "Bombing/Explosion", "Educational Institution", "Explosives", "0", "0"],
    ["201703100005", "03/10/2017: Unknown people attacked a farmer in Garoua, Cameroon.",
     "1", "Unknown", "Private Citizens & Property", "Unknown", "0", "1"],
]


@pytest.mark.parametrize(("fields", "expected"), [
    (("Bombing/Explosion", "Police", "Explosives", 3, 0, True), "Explosions/Remote violence"),
    (("Bombing/Explosion", "Police", "Explosives", 0, 0, False), "Strategic developments"),  # defused
    (("Armed Assault", "Military", "Explosives", 1, 0, True), "Battles"),  # grenades in an assault
    (("Assassination", "Government (General)", "Explosives", 1, 0, True), "Explosions/Remote violence"),
    (("Assassination", "Police", "Firearms", 1, 0, True), "Battles"),
    (("Armed Assault", "Journalists & Media", "Firearms", 1, 0, True), "Violence against civilians"),
    (("Hostage Taking (Kidnapping)", "NGO", "Firearms", 0, 0, True), "Violence against civilians"),
    (("Hostage Taking (Kidnapping)", "Military", "Firearms", 0, 0, True), None),
    (("Facility/Infrastructure Attack", "Educational Institution", "Incendiary", 0, 0, True), "Strategic developments"),
    (("Facility/Infrastructure Attack", "Educational Institution", "Incendiary", 2, 0, True), None),
    (("Unknown", "Military", "Firearms", 1, 0, True), None),
])
def test_the_acled_type_a_gtd_incident_implies(fields, expected):
    attack, target, weapon, killed, wounded, success = fields
    assert acled_type(attack, target, weapon, killed, wounded, success) == expected


def test_eval_events_gtd_scores_the_settled_incidents(write_csv):
    path = write_csv("gtd_small.csv", _COLS, _ROWS)
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "gtd", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert (data["incidents"], data["incidents_scored"], data["incidents_not_settled"]) == (5, 4, 1)
    assert data["confusion"]["Battles"] == {"Battles": 1}
    assert data["confusion"]["Violence against civilians"] == {"Violence against civilians": 1}
    assert data["event_type_accuracy"] >= 0.75
    dev = json.loads(CliRunner().invoke(app, ["eval", "events", "--dataset", "gtd", str(path), "--split", "dev",
                                              "--format", "json"]).output)
    assert dev["incidents"] == 2  # the first half by eventid


def test_a_file_that_is_not_gtd_is_named_in_the_error(write_csv):
    path = write_csv("notes.csv", ["notes"], [["Soldiers clashed with rebels."]])
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "gtd", str(path)])
    assert out.exit_code != 0
    message = str(out.exception) + out.output
    assert "notes.csv" in message and "attacktype1_txt" in message
