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
