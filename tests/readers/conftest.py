"""Reader fixtures: a real HTTP server on localhost serving a folder."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".xml": "application/rss+xml",
        "": "application/octet-stream",
    }

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_root(tmp_path):  # type: ignore[no-untyped-def]
    """(folder, base URL): files written to the folder are served at the URL."""
    root = tmp_path / "www"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
