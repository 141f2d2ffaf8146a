"""The story's focus country, from the places it names."""

from __future__ import annotations

from types import SimpleNamespace

from eventwire.events.assemble import focus_country
from eventwire.model import Place, Toponym


def _doc(*places: tuple[str, str, float, str]):
    mentions = [SimpleNamespace(toponym=Toponym(text=name, start=0, end=len(name),
                                                place=Place(name=name, country=country, confidence=conf)), role=role)
                for name, country, conf, role in places]
    return SimpleNamespace(_=SimpleNamespace(ew_places=mentions))


def test_one_sure_place_outweighs_two_doubtful_homonyms():
    doc = _doc(("Kaya", "Burkina Faso", 0.9, "place"), ("Dori", "Japan", 0.2, "place"), ("Kongoussi", "Japan", 0.2, "place"))
    assert focus_country(doc) == "Burkina Faso"


def test_equal_confidence_counts_places_and_a_tie_keeps_the_first_named():
    assert focus_country(_doc(("A", "Mali", 0.5, "place"), ("B", "Niger", 0.5, "place"), ("C", "Niger", 0.5, "place"))) == "Niger"
    assert focus_country(_doc(("A", "Mali", 0.5, "place"), ("B", "Niger", 0.5, "place"))) == "Mali"


def test_demonyms_do_not_set_the_focus_and_no_place_gives_none():
    assert focus_country(_doc(("French", "France", 0.9, "demonym"), ("Gao", "Mali", 0.4, "place"))) == "Mali"
    assert focus_country(_doc()) is None
