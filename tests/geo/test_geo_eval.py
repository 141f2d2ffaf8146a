"""Gold loaders read the benchmark files in place; skipped when ../shared is absent."""

from __future__ import annotations

import pytest

from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

GOLD = {"gwn": "geowebnews/GWN.xml", "lgl": "lgl/lgl.xml", "geovirus": "geovirus/GeoVirus.xml"}


@pytest.mark.parametrize("dataset", sorted(GOLD))
def test_gold_spans_match_the_text(dataset):
    path = SHARED / GOLD[dataset]
    if not path.exists():
        pytest.skip("shared evaluation data absent")
    from eventwire.eval.geo import load_gold

    articles, misaligned = load_gold(dataset, path)
    spans = [(a.text, g) for a in articles for g in a.toponyms]
    assert len(spans) > 1000 and misaligned < 0.01 * len(spans)
    assert all(text[g.start:g.end] == g.text and g.text.strip() for text, g in spans)


def test_missing_gold_file_is_a_coded_error(tmp_path):
    from eventwire.errors import GoldDataError
    from eventwire.eval.geo import load_gold

    with pytest.raises(GoldDataError) as info:
        load_gold("gwn", tmp_path / "nope.xml")
    assert info.value.code == "EW302"


def test_errors_option_lists_the_far_misses(tmp_path):
    from eventwire.eval.geo import evaluate, format_report

    text = "Troops entered Aleppo on Monday, and ministers met in Paris."
    gold = [("Aleppo", 36.2, 37.16, 170063), ("Paris", 0.0, 0.0, 2988507)]  # the second point is deliberately off
    tops = "".join(f"<toponym><start>{text.index(n)}</start><end>{text.index(n) + len(n)}</end><phrase>{n}</phrase>"
                   f"<gaztag geonameid='{gid}'><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym>"
                   for n, lat, lon, gid in gold)
    path = tmp_path / "lgl.xml"
    path.write_text(f"<articles><article><text>{text}</text><toponyms>{tops}</toponyms></article></articles>")
    report = evaluate("lgl", path, errors=5)
    assert [e["text"] for e in report["errors"]] == ["Paris"] and report["errors"][0]["km"] > 161
    assert "miss: article 0 'Paris'" in format_report(report)
    assert "errors" not in evaluate("lgl", path)
