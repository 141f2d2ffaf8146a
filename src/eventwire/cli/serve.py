"""CLI command ``serve``: the REST API and the offline dashboard (attached to the app in _app)."""

from __future__ import annotations

from typing import Optional

import typer

from ._app import app

__all__ = ["serve"]


@app.command("serve")
def serve(
    db: Optional[str] = typer.Option(
        None, "--db", help="Database URL (sqlite:///path, postgresql://...); default: the store 'eventwire demo' fills."
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
) -> None:
    """Serve the REST API (/api, /docs, /openapi.json) and the offline map dashboard (/).

    Read-only unless EVENTWIRE_TOKEN is set; writes then need 'Authorization: Bearer <token>'.

    Example:

        eventwire demo && eventwire serve --port 8000    # then open http://127.0.0.1:8000/
    """
    from ..web import create_app

    try:
        import uvicorn
    except ImportError:
        from ..errors import MissingExtra

        raise MissingExtra("eventwire serve", extra="web") from None
    application = create_app(db)
    typer.echo(f"eventwire: serving {application.state.store.url} at http://{host}:{port}/ "
               f"(API docs at /docs; writes {'on' if application.state.token else 'off'})", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")
