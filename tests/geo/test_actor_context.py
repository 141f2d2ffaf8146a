"""The countries of the actors a document names as weak evidence for its places (real GeoNames, real spaCy)."""

from __future__ import annotations

import pytest

from eventwire.geo import Geoparser
from eventwire.geo._actorctx import actor_countries


@pytest.fixture(scope="module")
def gp(geonames):  # type: ignore[no-untyped-def]
    return Geoparser(geonames)


@pytest.fixture(scope="module")
def with_actors(nlp, make_doc):  # type: ignore[no-untyped-def]
    """A doc as the pipeline builds it: the actor finder has run before the geoparser."""
    from eventwire.events.actors import ActorFinder

    finder = ActorFinder(nlp)

    def build(text: str):  # type: ignore[no-untyped-def]
        return finder(make_doc(text))

    return build


def _country(gp, doc, name):  # type: ignore[no-untyped-def]
    doc = gp(doc)
    found = [p.toponym for p in doc._.ew_places if p.span.text == name]
    assert found and found[0].place is not None, name
    return found[0].place.country


def test_actor_countries_reads_the_records_of_the_actors_found(with_actors, geonames):
    doc = with_actors("SPLA-IO fighters ambushed a convoy on Tuesday.")
    assert actor_countries(doc, geonames)[0]["SS"] >= 1
    assert not actor_countries(with_actors("Unknown gunmen ambushed a convoy on Tuesday."), geonames)[0]


def test_town_goes_to_the_actors_country_when_nothing_else_says_where(gp, with_actors, make_doc):
    text = "SPLA-IO fighters clashed with government soldiers near Bor on Tuesday."
    assert _country(gp, with_actors(text), "Bor") == "South Sudan"
    # the same words with no actor known: the bigger namesake abroad, as before
    assert _country(gp, make_doc(text), "Bor") != "South Sudan"


def test_a_country_the_text_names_wins_over_the_actors(gp, with_actors):
    text = "Hundreds of SPLA-IO supporters living in Germany gathered outside the town hall in Leer on Saturday."
    assert _country(gp, with_actors(text), "Leer") == "Germany"


def test_a_qualifier_wins_over_the_actors(gp, with_actors):
    text = "SPLA-IO exiles held a meeting in Leer, Germany, on Saturday."
    assert _country(gp, with_actors(text), "Leer") == "Germany"


def test_a_place_clearly_abroad_stays_abroad(gp, with_actors):
    text = "SPLA-IO leaders flew to Nairobi and then to Paris for talks with mediators."
    doc = with_actors(text)
    assert _country(gp, doc, "Paris") == "France"
    assert _country(gp, doc, "Nairobi") == "Kenya"


def test_a_small_namesake_abroad_is_not_taken_beside_the_actors(gp, with_actors, make_doc):
    # the only Thor the gazetteer knows is an Austrian village: nothing in a note about South Sudanese rebels
    # points there, so the name stays unplaced rather than moving the event to Austria
    text = "SPLA-IO fighters raided cattle camps near Thor on Monday."
    doc = gp(with_actors(text))
    thor = next(p.toponym for p in doc._.ew_places if p.span.text == "Thor")
    assert thor.place is None and "small namesake" in (thor.reason or "")
    # with no actor known, the gazetteer's Thor as before
    assert _country(gp, make_doc(text), "Thor") == "Austria"


def test_a_small_town_in_a_country_the_text_names_is_kept(gp, with_actors):
    text = "SPLA-IO fighters who crossed into Austria were arrested in Thor on Monday."
    assert _country(gp, with_actors(text), "Thor") == "Austria"


def test_a_states_military_alone_does_not_unplace_a_town_abroad(gp, with_actors):
    # a country's army also fights abroad: beside French soldiers alone, the Austrian Thor stays
    text = "French soldiers patrolled the roads near the village of Thor on Monday."
    assert _country(gp, with_actors(text), "Thor") == "Austria"
