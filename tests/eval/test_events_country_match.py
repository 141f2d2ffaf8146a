"""``eventwire eval events``: the share of notes whose main event is placed in the gold country (own notes)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from eventwire.cli import _load_commands, app

_COLS = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "notes"]
_ROWS = [
    ["T1", "6-Jun-24", "Protests", "Peaceful protest", "Protesters (Kenya)", "", "Kenya",
     "On 6 June 2024, teachers marched through Mombasa demanding higher pay."],
    # the gold country written otherwise than the gazetteer writes it: still the same country
    ["T2", "6-Jun-24", "Battles", "Armed clash", "M23", "Military Forces of the Democratic Republic of Congo",
     "Democratic Republic of Congo", "On 6 June 2024, M23 rebels clashed with soldiers in Goma."],
    # gold says Uganda, the note's town is in Kenya: a miss
    ["T3", "6-Jun-24", "Protests", "Peaceful protest", "Protesters (Uganda)", "", "Uganda",
     "On 6 June 2024, students protested in Kisumu over fees."],
    # no place named: not counted
    ["T4", "6-Jun-24", "Protests", "Peaceful protest", "Protesters (Kenya)", "", "Kenya",
     "On 6 June 2024, nurses protested over unpaid wages."],
]


def test_event_location_country_match_counts_notes_with_a_located_event(write_csv):
    path = write_csv("acled_countries.csv", _COLS, _ROWS)
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "acled", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["event_location_country_match"] == round(2 / 3, 4)
    table = CliRunner().invoke(app, ["eval", "events", "--dataset", "acled", str(path)])
    assert "event_location_country_match" in table.output


_ACTOR_ROWS = [
    # the words after "Forces of" name a self-proclaimed entity, not a state: the name asks for no country
    ["A1", "6-Jun-24", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "NAF: United Armed Forces of Novorossiya", "Military Forces of Ukraine (2019-)", "Ukraine",
     "On 6 June 2024, NAF forces shelled positions of the Ukrainian army near Horlivka, Donetsk."],
    # a state in brackets still asks for its country: the note's town is in Kenya, the gold says Uganda
    ["A2", "6-Jun-24", "Protests", "Peaceful protest", "Protesters (Uganda)", "", "Uganda",
     "On 6 June 2024, students protested in Kisumu over fees."],
]


def test_actor_match_with_country_asks_a_country_only_of_names_that_carry_a_state(write_csv):
    path = write_csv("acled_actor_countries.csv", _COLS, _ACTOR_ROWS)
    _load_commands()
    out = CliRunner().invoke(app, ["eval", "events", "--dataset", "acled", str(path), "--format", "json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.output)
    assert figures["actor1_match"] == 1.0
    assert figures["actor1_match_with_country"] == 0.5
