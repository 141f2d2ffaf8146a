"""CLI commands for geo: ``eventwire geoparse`` and ``eventwire eval geo``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ._app import app, eval_app


@app.command("geoparse")
def geoparse_cli(
    path: Annotated[str, typer.Argument(help="A text file, or - for standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Print every toponym in a text: span, GeoNames id, coordinates, feature code, score.

    Example:
        eventwire geoparse article.txt --format json
    """
    import json
    import sys

    from ..geo import geoparse

    text = sys.stdin.read() if path == "-" else _read(path)
    toponyms = geoparse(text)
    if format == "json":
        print(json.dumps([t.model_dump(exclude_none=True) for t in toponyms], ensure_ascii=False, indent=1))
        return
    print(f"{'span':>11}  {'text':<24} {'geonames':>9} {'lat':>9} {'lon':>10} {'code':<7} {'score':>6}  note")
    for t in toponyms:
        p = t.place
        note = t.reason or (f"{p.name}, {p.country or ''}" if p else "")
        if p is None:
            print(f"{t.start:>5}-{t.end:<5}  {t.text[:24]:<24} {'-':>9} {'-':>9} {'-':>10} {'-':<7} {t.score:>6.2f}  {note}")
        else:
            print(f"{t.start:>5}-{t.end:<5}  {t.text[:24]:<24} {p.geonames_id or '-':>9} {p.lat:>9.4f} {p.lon:>10.4f} "
                  f"{(p.feature_code or '-'):<7} {t.score:>6.2f}  {note}")


def _read(path: str) -> str:
    from ..readers._load import existing_file

    return existing_file(path).read_text(encoding="utf-8")


@eval_app.command("geo")
def eval_geo_cli(
    path: Annotated[str, typer.Argument(help="The gold file (GWN.xml, lgl.xml, GeoVirus.xml or the Halterman "
                                              "labeled_text.jsonl), read in place.")],
    dataset: Annotated[str, typer.Option("--dataset", help="gwn, lgl, geovirus or halterman.")] = "gwn",
    split: Annotated[str, typer.Option("--split", help="all, dev (even articles) or test (odd articles).")] = "all",
    limit: Annotated[int, typer.Option("--limit", help="Only the first N articles (0 = all).")] = 0,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    errors: Annotated[int, typer.Option("--errors", help="Also list the first N gold toponyms resolved over "
                                                         "161 km off or not at all (use on --split dev).")] = 0,
) -> None:
    """Measure toponym resolution (gold spans) and end-to-end geoparsing against gold data, or, with
    --dataset halterman, how often an event's location is the gold location span.

    Example:
        eventwire eval geo --dataset gwn --split test ../shared/data/geowebnews/GWN.xml
    """
    import json

    from ..eval.geo import evaluate, evaluate_event_location, format_event_report, format_report

    if dataset == "halterman":
        report = evaluate_event_location(Path(path), split=split, limit=limit or None)
        print(json.dumps(report, indent=1) if format == "json" else format_event_report(report))
        return
    report = evaluate(dataset, Path(path), limit=limit or None, split=split, errors=errors)
    print(json.dumps(report, indent=1) if format == "json" else format_report(report))
