"""The REST API and the offline dashboard (``eventwire serve``; needs the ``web`` extra).

    >>> from eventwire.web import create_app
    >>> app = create_app("sqlite:///events.db", token="s3cret")   # an ASGI app for uvicorn
"""

from __future__ import annotations

from ._app import create_app

__all__ = ["create_app"]
