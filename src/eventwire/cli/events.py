"""CLI commands for events (attached to the app in _app)."""

from __future__ import annotations

from ._app import app, eval_app  # noqa: F401
