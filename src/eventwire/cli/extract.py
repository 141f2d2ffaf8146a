"""``eventwire extract``, ``demo``, ``schema`` and ``--version``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from ._app import app

__all__ = ["demo", "extract", "schema"]

FORMATS = ("json", "jsonl", "interactions", "table")


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """Turn news reports of armed conflict into geocoded, source-attributed event data."""


def _print_result(result, fmt: str) -> None:  # type: ignore[no-untyped-def]
    if fmt == "json":
        typer.echo(result.model_dump_json(indent=2))
    elif fmt == "jsonl":
        for event in result.events:
            typer.echo(event.model_dump_json())
    elif fmt == "interactions":  # verbal interactions (PLOVER/CAMEO only, not ACLED events), one per line
        for item in result.interactions:
            typer.echo(item.model_dump_json())
    else:
        from ..report import events_table

        events_table(result.events, title=result.document.title or result.document.id[:12])


@app.command("extract")
def extract(
    path: str = typer.Argument(..., help="A text file, or - for standard input."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD (anchors 'on Tuesday')."),
    fmt: str = typer.Option("json", "--format", help="json (events and interactions), jsonl (one event per line), "
                            "interactions (one verbal interaction per line: PLOVER/CAMEO only) or table."),
    max_bytes: Optional[int] = typer.Option(None, help="Largest input accepted, in bytes (default 2,000,000)."),
    encoding: Optional[str] = typer.Option(None, help="Text encoding if not UTF-8."),
    interactions: bool = typer.Option(False, "--interactions", help="Also code verbal interactions (PLOVER/CAMEO "
                                      "only, not ACLED events); implied by --format interactions."),
) -> None:
    """Extract events from one article and print them.

    Example:

        eventwire extract article.txt --published 2018-07-24 --format table
    """
    from ..errors import MalformedInput
    from ..pipeline import Pipeline
    from ..readers.base import parse_published
    from ..readers.text import read_text_file

    if fmt not in FORMATS:
        raise MalformedInput(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", source="--format")
    date = parse_published(published)
    (document,) = read_text_file(path, published=date, encoding=encoding, max_bytes=max_bytes)
    _print_result(Pipeline(interactions=interactions or fmt == "interactions").run(document), fmt)


@app.command("demo")
def demo(
    db: Optional[str] = typer.Option(None, help="Database URL (default: SQLite in the user data directory)."),
) -> None:
    """Run the bundled reference article end to end into the store and show its events.

    Example:

        eventwire demo
    """
    from ..demo import run_demo
    from ..report import events_table

    result, url = run_demo(db)
    events_table(result.events, title="Reference article (AFP, 2018-07-24)")
    typer.echo(f"{len(result.events)} events stored in {url}")


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of extract's output (a Result).

    Example:

        eventwire schema > eventwire.schema.json
    """
    from ..model import Result

    json.dump(Result.model_json_schema(), sys.stdout, indent=2)
    sys.stdout.write("\n")
