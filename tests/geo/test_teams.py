"""A sports report's team names: the city a team is named for, not a small namesake among the report's towns."""

from __future__ import annotations

import pytest

from eventwire.geo import Geoparser

_GAME = ("CORPUS CHRISTI (AP) - LaMarcus Aldridge scored 31 points and the San Antonio Spurs beat the Portland Trail "
         "Blazers 112-104 in a preseason game in Corpus Christi on Friday night. The Spurs, who play in Dallas on "
         "Sunday, won the season series with Portland three games to one, and their coach praised the bench after "
         "the game. In Arlington, the Texas Rangers lost to Houston in extra innings.")


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    return Geoparser(geonames)


def _resolved(gp, make_doc, text):  # type: ignore[no-untyped-def]
    """Every span's place, resolved the way the eval's gold-span setting does (all mentions of each name)."""
    doc = make_doc(text)
    names = ("Portland", "Texas", "Corpus Christi")
    spans = []
    for name in names:
        at = text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + 1)
    return [(text[s:e], t.place) for (s, e), t in zip(spans, gp.resolve_spans(doc, spans), strict=True)]


def test_a_team_named_for_a_city_is_the_big_city_wherever_the_report_names_it(gp, make_doc):
    got = _resolved(gp, make_doc, _GAME)
    portland = [p for name, p in got if name == "Portland"]
    assert len(portland) == 2
    # Oregon's Portland, not Portland, Texas, though the report's other towns are all in Texas
    assert all(p.geonames_id == 5746545 and p.admin1 == "Oregon" for p in portland)


def test_a_team_named_for_a_state_is_the_state(gp, make_doc):
    got = dict(_resolved(gp, make_doc, _GAME))
    assert got["Texas"].feature_code == "A.ADM1" and got["Texas"].name == "Texas"


def test_the_end_to_end_parser_reads_the_team_in_the_same_way(gp, make_doc):
    doc = gp(make_doc(_GAME))
    portland = [p.toponym.place for p in doc._.ew_places if p.span.text == "Portland"]
    assert portland and all(p.admin1 == "Oregon" for p in portland)


def test_outside_a_sports_report_the_local_namesake_stays(gp, make_doc):
    text = ("Flood waters closed roads in Corpus Christi on Monday, and officials in Portland, across the bay, "
            "opened a shelter at the Portland Community Center for families from Texas coastal towns.")
    got = [p for name, p in _resolved(gp, make_doc, text) if name == "Portland"]
    assert got and all(p is not None and p.admin1 == "Texas" for p in got)
