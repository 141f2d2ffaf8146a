"""eventwire's command line: a thin layer over the library.

Each command module attaches its commands to ``app`` (or ``eval_app``) from ``_app``;
``main`` turns any ``EventwireError`` into one clean line on stderr and exit code 2.
"""

from __future__ import annotations

import sys

from ..errors import EventwireError
from ._app import app, eval_app

__all__ = ["app", "eval_app", "main"]

_COMMAND_MODULES = ("extract", "geo", "time", "events", "store", "serve")


def _load_commands() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(f"eventwire.cli.{name}")


def main(argv: list[str] | None = None) -> None:
    _load_commands()
    try:
        app(args=argv, prog_name="eventwire", standalone_mode=True)
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
