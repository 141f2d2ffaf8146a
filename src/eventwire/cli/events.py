"""CLI commands for events: ``eventwire eval events`` (event types, PLOVER types, actors, false positives)."""

from __future__ import annotations

from typing import Annotated

import typer

from ._app import app, eval_app  # noqa: F401

_DATASETS = ("acled", "gtd", "plover", "text", "sentences")


@eval_app.command("events")
def eval_events_cli(
    path: Annotated[str, typer.Argument(help="The gold file (ACLED CSV, GTD CSV, PLOVER gold JSON, GeoWebNews/LGL XML, or a sentence TSV), read in place; with --lang and no path, the project's sentence set of that language.")] = "",
    dataset: Annotated[str, typer.Option("--dataset", help="acled, gtd (GTD attack types as ACLED types, a proxy), plover, text (non-conflict news: false positives), or sentences (the project's TSV sets, data/eval).")] = "acled",
    lang: Annotated[str, typer.Option("--lang", help="The documents' language (e.g. fr; default: detected); with no path, scores the shipped <lang>-events.tsv.")] = "",
    heldout: Annotated[bool, typer.Option("--heldout", help="With --lang and no path: the held-out set (<lang>-events-heldout.tsv).")] = False,
    limit: Annotated[int, typer.Option("--limit", help="Only the first N notes/sentences/articles (0 = all).")] = 0,
    sample: Annotated[int, typer.Option("--sample", help="ACLED: N notes drawn at random from the whole file, the same N each run (0 = all).")] = 0,
    errors: Annotated[int, typer.Option("--errors", help="Print up to N mistakes to stderr.")] = 0,
    split: Annotated[str, typer.Option("--split", help="PLOVER: dev (records whose sha1(id) is even), test (the others) or all; GTD: dev (first half by eventid), test or all.")] = "all",
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Measure event coding: ACLED event_type macro-F1 and accuracy, sub_event_type accuracy and
    macro-F1, the confusion matrix, actor1/actor2 match rates and the notes with no or several
    events; the same event types against GTD incidents (their attack, target and weapon read as an
    ACLED type); PLOVER type accuracy on the PLOVER gold sentences; events per 1,000 sentences of
    non-conflict news.

    Example:
        eventwire eval events --dataset acled ../shared/data/acled-samples/acled_burkina_faso_1997-2020_ElliottMess.csv
        eventwire eval events --lang fr
    """
    import json

    from ..errors import UnknownName
    from ..eval import events as evaluation

    from ..eval import gtd, sentences

    runners = {"acled": evaluation.evaluate_acled, "gtd": gtd.evaluate_gtd, "plover": evaluation.evaluate_plover, "text": evaluation.evaluate_text,
               "sentences": sentences.evaluate_sentences}
    if lang and not path or path.endswith(".tsv"):
        dataset = "sentences"
        path = path or str(sentences.shipped_set(lang, "events-heldout" if heldout else "events"))
    if not path:
        raise typer.BadParameter("give the gold file, or --lang for the project's sentence set")
    if dataset not in runners:
        raise UnknownName(f"no dataset {dataset!r}; choose one of {', '.join(_DATASETS)}")
    options: dict[str, object] = {"sample": sample} if dataset == "acled" and sample else {}
    if dataset == "sentences":
        options["lang"] = lang or None
    if dataset in ("plover", "gtd"):
        options["split"] = split
    result = runners[dataset](path, limit=limit, errors=errors, **options)
    if format == "json":
        typer.echo(json.dumps(result, indent=1))
        return
    for key, value in result.items():
        if key == "confusion":
            typer.echo(_confusion_table(value))
        elif isinstance(value, dict):
            typer.echo(f"{key}:")
            for k, v in value.items():
                typer.echo(f"  {k:<40} {v}")
        else:
            typer.echo(f"{key:<28} {value}")


def _confusion_table(matrix: dict[str, dict[str, int]]) -> str:
    abbrev = {"(no event)": "none", "Battles": "BAT", "Explosions/Remote violence": "ERV", "Protests": "PRO",
              "Riots": "RIO", "Protests/Riots": "P/R", "Strategic developments": "SD", "Violence against civilians": "VAC"}
    short = lambda s: abbrev.get(s, s[:5])  # noqa: E731
    cols = sorted({p for row in matrix.values() for p in row} | set(matrix))
    lines = ["confusion (rows gold, columns predicted; " + ", ".join(f"{short(c)}={c}" for c in cols) + "):"]
    lines.append(" " * 8 + "".join(f"{short(c):>7}" for c in cols))
    for gold, row in matrix.items():
        lines.append(f"{short(gold):>8}" + "".join(f"{row.get(c, 0):>7}" for c in cols))
    return "\n".join(lines)
