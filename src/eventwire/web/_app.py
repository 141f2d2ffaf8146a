"""The FastAPI application: the API under /api, the dashboard at /, the docs at /docs.

Everything the pages load is served from ``web/static`` (Leaflet, Swagger UI, the Natural
Earth countries): the dashboard and the docs work with no internet connection.
"""

from __future__ import annotations

import contextlib
import os
from importlib import resources
from pathlib import Path
from typing import Any

from .. import settings
from .._version import __version__

__all__ = ["MAX_PAGE", "create_app", "static_dir"]

MAX_PAGE = 500


def static_dir() -> Path:
    return Path(str(resources.files("eventwire").joinpath("web/static")))


def _configured_token() -> str | None:
    """EVENTWIRE_TOKEN (through settings once it declares ``token``)."""
    try:
        value = settings.get("token")
    except KeyError:
        value = os.environ.get("EVENTWIRE_TOKEN", "")
    return str(value) or None


def create_app(
    db: str | None = None,
    *,
    store: Any = None,
    token: str | None = None,
    pipeline: Any = None,
    max_page: int = MAX_PAGE,
    max_text: int | None = None,
    cors_origins: tuple[str, ...] = (),
) -> Any:
    """The eventwire web app over the store at ``db`` (default: the store ``eventwire demo`` fills).

    ``token`` enables writes (default: EVENTWIRE_TOKEN; none means read-only). ``pipeline``
    is loaded on the first /api/extract when not given. CORS stays off unless
    ``cors_origins`` lists the origins allowed to call the API from a browser.
    """
    try:
        from fastapi import FastAPI
        from fastapi.responses import FileResponse
        from fastapi.staticfiles import StaticFiles
    except ImportError:
        from ..errors import MissingExtra

        raise MissingExtra("eventwire serve", extra="web") from None
    from . import _api, _write
    from ._errors import install_error_handlers
    from ._security import LimitsAndHeaders

    if store is None:
        from ..store import open_store

        store = open_store(db or settings.default_db_url())

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> Any:
        yield
        store.close()

    max_text = max_text or int(settings.get("max_bytes"))  # type: ignore[call-overload]
    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=(
            "Conflict events extracted from news reports: who did what to whom, where and when, with the "
            "sentences of each source that support each field. Every error has one JSON shape: "
            '`{"ok": false, "status", "code", "error", "errors"}`. Writes need `Authorization: Bearer <token>`.'
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token if token is not None else _configured_token()
    app.state.pipeline = pipeline
    app.state.max_page = max_page
    app.state.max_text = max_text
    install_error_handlers(app)
    app.include_router(_api.router)
    app.include_router(_write.router)

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> Any:
        return FileResponse(static / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> Any:
        return FileResponse(static / "docs.html", media_type="text/html")

    app.add_middleware(LimitsAndHeaders, max_body=max_text + 64 * 1024)
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    return app
