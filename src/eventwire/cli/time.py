"""CLI commands for time: ``eventwire eval time`` (dates and casualty counts against gold)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._app import app, eval_app  # noqa: F401

_DATASETS = ("acled", "gtd", "relative")


@eval_app.command("time")
def eval_time_cli(
    path: Annotated[str, typer.Argument(help="The gold file (ACLED or GTD CSV, or the relative-date TSV), read in place.")],
    dataset: Annotated[str, typer.Option("--dataset", help="acled, gtd or relative.")] = "acled",
    limit: Annotated[int, typer.Option("--limit", help="Only the first N rows (0 = all).")] = 0,
    errors: Annotated[int, typer.Option("--errors", help="Print up to N mistakes to stderr.")] = 0,
    split: Annotated[str, typer.Option("--split", help="GTD only: dev (first half by eventid), test (second half) or all.")] = "all",
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    lang: Annotated[str, typer.Option("--lang", help="relative only: the date grammar (en, fr); by default fr for a *_fr.tsv file, else en.")] = "",
) -> None:
    """Measure casualty counts and event dates (ACLED fatalities and event_date, GTD nkill) or the
    relative-date set (exact start and end).

    Example:
        eventwire eval time --dataset acled ../shared/data/acled-samples/acled_global_2020-05_RPanlilio.csv
        eventwire eval time --dataset relative tests/time/relative_dates_fr.tsv --lang fr
    """
    import json

    from ..errors import UnknownName
    from ..eval import time as evaluation

    if dataset == "acled":
        result = evaluation.evaluate_acled(path, limit=limit, errors=errors)
    elif dataset == "gtd":
        result = evaluation.evaluate_gtd(path, limit=limit, errors=errors, split=split)
    elif dataset == "relative":
        result = evaluation.evaluate_relative(path, lang=lang or None)
        for miss in result["misses"][: errors or 0]:
            typer.echo(f"miss: {miss}", err=True)
    else:
        raise UnknownName(f"no dataset {dataset!r}; choose one of {', '.join(_DATASETS)}")
    if format == "json":
        typer.echo(json.dumps(result, indent=1))
        return
    for key, value in result.items():
        if key != "misses":
            typer.echo(f"{key:<28} {value}")
