"""Web fixtures: stores filled by the real pipeline (the reference article and a hostile one),
TestClients over them, and one uvicorn server per session for the browser tests."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from web_data import HOSTILE, TOKEN  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def hostile_result(pipeline):
    from eventwire.readers.base import make_document

    document = make_document(HOSTILE, published=dt.date(2024, 3, 5), title="<script>window.__pwned=6</script>Mali",
                             url="javascript:window.__pwned=5")
    result = pipeline.run(document)
    assert result.events, "the hostile article must give events for the XSS tests to mean anything"
    return result


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory, seed_result, hostile_result, pipeline) -> Path:
    """A SQLite file with the reference article's and the hostile article's events (copied per use)."""
    from eventwire.store import open_store

    path = tmp_path_factory.mktemp("web") / "filled.db"
    with open_store(f"sqlite:///{path}") as store:
        store.save(seed_result, pipeline_version=pipeline.version)
        store.save(hostile_result, pipeline_version=pipeline.version)
    return path


def _copy(filled_db: Path, target: Path) -> str:
    shutil.copy(filled_db, target)
    return f"sqlite:///{target}"


@pytest.fixture(scope="session")
def client(filled_db, tmp_path_factory, pipeline):
    """A read-only server (no token) over a filled store; tests with it must not write."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    url = _copy(filled_db, tmp_path_factory.mktemp("ro") / "ew.db")
    with TestClient(create_app(url, token="", pipeline=pipeline)) as test_client:
        yield test_client


@pytest.fixture()
def writer(filled_db, tmp_path, pipeline):
    """A server with writes on (token TOKEN) over its own copy of the filled store."""
    from fastapi.testclient import TestClient

    from eventwire.web import create_app

    with TestClient(create_app(_copy(filled_db, tmp_path / "ew.db"), token=TOKEN, pipeline=pipeline)) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def server(filled_db, tmp_path_factory, pipeline):
    """A real uvicorn server in a thread, writes on; yields (base_url, app)."""
    import uvicorn

    from eventwire.web import create_app

    app = create_app(_copy(filled_db, tmp_path_factory.mktemp("srv") / "ew.db"), token=TOKEN, pipeline=pipeline)
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.time() + 60  # a loaded machine starts it slowly; a broken one never
    while not uv.started:
        if time.time() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (the browser tests drive the Debian chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A fresh page that records console errors, page errors and any request off the server."""
    base, _app = server
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    pg.on("request", lambda r: None if r.url.startswith((base, "data:")) else pg.problems.append(f"off-site: {r.url}"))
    pg.base = base  # type: ignore[attr-defined]
    yield pg
    context.close()
