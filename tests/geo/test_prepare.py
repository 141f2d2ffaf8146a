"""The developer tool that derives the shipped geo files: the same input gives the same bytes."""

from __future__ import annotations

import gzip
import time

from eventwire.geo import _prepare, geonames


def test_written_files_are_byte_identical_across_runs(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(_prepare, "OUT", tmp_path)
    rows = [[1, "Lima Province", -12.1, None], [2, "Vientiane", 18.1, 102.5]]
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    _prepare._write("x.tsv.gz", rows)
    first = (tmp_path / "x.tsv.gz").read_bytes()
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.0)  # a later rebuild
    _prepare._write("x.tsv.gz", rows)
    assert (tmp_path / "x.tsv.gz").read_bytes() == first  # no timestamp in the gzip header
    assert gzip.decompress(first).decode() == "1\tLima Province\t-12.1\t\n2\tVientiane\t18.1\t102.5\n"


def test_index_name_follows_the_data_content_not_its_size(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(geonames, "DATA_DIR", tmp_path)
    (tmp_path / "admin.tsv.gz").write_bytes(gzip.compress(b"1\tA\t18.10298\n", mtime=0))
    before = geonames._fingerprint()
    (tmp_path / "admin.tsv.gz").write_bytes(gzip.compress(b"1\tA\t18.91857\n", mtime=0))  # a moved point, same size
    assert geonames._fingerprint() != before


def _nocountry_line(gid, name, alternates, fclass, fcode, lat=10.0, lon=20.0, cc=""):  # type: ignore[no-untyped-def]
    # GeoNames dump format: 19 tab-separated columns (id, name, ascii name, alternates, lat, lon, class, code, cc ...)
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, cc] + [""] * 10
    return "\t".join(cols) + "\n"


def test_nocountry_keeps_seas_and_regions_with_their_news_names(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(_prepare, "OUT", tmp_path)
    src = tmp_path / "no-country.txt"
    src.write_text("".join([
        _nocountry_line(7577043, "Red Sea", "Mar Rojo", "H", "SEA"),  # a second entry of one name: the older id wins
        _nocountry_line(350155, "Red Sea", "Rotes Meer,bhr ahmr,البحر الأحمر,RS", "H", "SEA"),
        _nocountry_line(1281789, "Bay of Bengal", "Bengal,Golfe du Bengale", "H", "BAY", 13.5392, 87.6709),
        _nocountry_line(6269133, "Middle East", "Moyen-Orient,alshrq alawst", "L", "RGN"),
        _nocountry_line(8426502, "Mozambique Channel", "", "H", "CHN"),
        _nocountry_line(1821033, "Second North Pass", "", "H", "CHN"),  # a pass between reefs: not news
        _nocountry_line(3125609, "Catalunya", "Catalonia", "L", "RGN"),  # Spain's division carries it
        _nocountry_line(12345, "Some Seamount", "", "U", "SMU"),
        _nocountry_line(54321, "Held Sea", "", "H", "SEA", cc="XX"),
    ]), encoding="utf-8")
    _prepare.prepare_nocountry(src)
    first = (tmp_path / "nocountry.tsv.gz").read_bytes()
    rows = [line.split("\t") for line in gzip.decompress(first).decode().splitlines()]
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("350155", "Red Sea", "H.SEA"), ("1281789", "Bay of Bengal", "H.BAY"), ("6269133", "Middle East", "L.RGN"),
        ("8426502", "Mozambique Channel", "H.CHN")]
    alternates = {r[1]: r[5] for r in rows}
    assert alternates["Red Sea"] == "Rotes Meer"  # no transliteration key, no other script, no short code
    assert alternates["Bay of Bengal"] == "Golfe du Bengale"  # "Bengal" is the land, not the bay
    assert alternates["Middle East"] == "Moyen-Orient"
    assert rows[1][3:5] == ["13.5392", "87.6709"]
    _prepare.prepare_nocountry(src)
    assert (tmp_path / "nocountry.tsv.gz").read_bytes() == first
