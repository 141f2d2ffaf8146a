"""The Typer application and its command groups; command modules attach to these."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="eventwire",
    help="Turn news reports of armed conflict into geocoded, source-attributed event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure accuracy against gold data (read in place, never copied).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
