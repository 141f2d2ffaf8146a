"""``eventwire serve``: the newcomer's path (demo, then serve with no options, then the page)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from eventwire.cli import app


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_help_names_its_options():
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands

    _load_commands()
    out = CliRunner().invoke(app, ["serve", "--help"])
    assert out.exit_code == 0
    for option in ("--db", "--host", "--port", "EVENTWIRE_TOKEN", "Example"):
        assert option in out.output


@pytest.mark.slow
def test_demo_then_serve_shows_the_reference_events(tmp_path):
    env = {**os.environ, "EVENTWIRE_DATA_DIR": str(tmp_path), "EVENTWIRE_DB": "", "EVENTWIRE_TOKEN": ""}
    demo = subprocess.run([sys.executable, "-m", "eventwire", "demo"], env=env, capture_output=True, text=True,
                          timeout=300)
    assert demo.returncode == 0, demo.stderr
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.time() + 60
        while True:
            try:
                index = httpx.get(f"{base}/api", timeout=2)
                break
            except httpx.TransportError:
                if time.time() > deadline or server.poll() is not None:
                    raise AssertionError(server.stderr.read() if server.poll() is not None else "no answer")
                time.sleep(0.2)
        assert index.json()["documents"] == 1 and index.json()["events"] >= 3
        assert index.json()["writes"] is False
        events = httpx.get(f"{base}/api/events").json()["events"]
        assert any(e["location"] and e["location"]["name"] == "between Hajīn and Ālbū Kamāl" for e in events)
        page = httpx.get(f"{base}/")
        assert page.status_code == 200 and "/static/app.js" in page.text
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert str(tmp_path / "eventwire.db") in server.stderr.read()
