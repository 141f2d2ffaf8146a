"""CLI command ``serve``: the REST API and the offline dashboard (attached to the app in _app)."""

from __future__ import annotations

from ._app import app  # noqa: F401
