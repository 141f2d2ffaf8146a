"""Rebuild web/static/countries.geojson from Natural Earth 1:110m countries (run by hand, not imported).

    python src/eventwire/web/_build_countries.py   # reads /work/shared/data/natural-earth

Keeps name, iso3 and a label point (centroid of the largest polygon) per country; rounds
coordinates to 0.01 degrees and drops vertices closer than 0.08 degrees (about 180 KB).
"""
import json

def ring_area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        f = x0 * y1 - x1 * y0
        a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)

def simplify(ring, tol=0.08):
    out = [ring[0]]
    for p in ring[1:-1]:
        if abs(p[0] - out[-1][0]) + abs(p[1] - out[-1][1]) >= tol:
            out.append(p)
    out.append(ring[-1])
    if len(out) < 4:
        return None
    return [[round(x, 2), round(y, 2)] for x, y in out]

def build(source, target):
    src = json.load(open(source))
    feats = []
    for f in src['features']:
        p = f['properties']; g = f['geometry']
        polys = g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]
        best = max((ring_area_centroid(poly[0]) for poly in polys), key=lambda t: t[0])
        new = []
        for poly in polys:
            rings = [r for r in (simplify(r) for r in poly) if r]
            if rings:
                new.append(rings)
        iso3 = p['ISO_A3'] if p['ISO_A3'] not in ('-99', None) else p['ADM0_A3']
        feats.append({"type": "Feature",
                      "properties": {"name": p['NAME'], "iso3": iso3, "label": [round(best[1], 3), round(best[2], 3)]},
                      "geometry": {"type": "MultiPolygon", "coordinates": new}})
    out = {"type": "FeatureCollection",
           "attribution": "Made with Natural Earth (public domain), 1:110m admin-0 countries, simplified.",
           "features": feats}
    json.dump(out, open(target, 'w'), separators=(',', ':'))


if __name__ == "__main__":
    from pathlib import Path

    build("/work/shared/data/natural-earth/geojson/ne_110m_admin_0_countries.json",
          Path(__file__).with_name("static") / "countries.geojson")
