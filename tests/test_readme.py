"""The README's commands and examples are the ones that work."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _blocks(lang: str | None = None) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [m.group(2) for m in re.finditer(r"```(\w*)\n(.*?)```", text, re.S) if lang is None or m.group(1) == lang]


def test_first_two_blocks_are_one_command_each_and_ci_runs_the_second():
    first, second = _blocks()[:2]
    assert len(first.strip().splitlines()) == 1 and "eventwire demo" in first
    assert len(second.strip().splitlines()) == 1 and "pytest" in second
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert second.strip() in [line.strip() for line in ci]


def test_python_example_runs_and_prints_what_it_says(capsys):
    (example,) = _blocks("python")
    exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Violence against civilians Attack"
    assert out[1].endswith("-> Civilians (Nigeria)") and out[1].startswith("Boko Haram")
    assert out[2] == "12 2024-03-03"
    assert "twelve" in out[3]


def _readme_commands() -> list[list[str]]:
    """Each `eventwire ...` command shown in the README's bash blocks, as its command path (e.g. ['eval', 'geo'])."""
    paths = []
    for block in _blocks("bash"):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split("#")[0].strip()
            if not line.startswith("eventwire "):
                continue
            words = line.split()[1:]
            path = [words[0]]
            if words[0] == "eval":
                path += words[1].split("|")[:1]
            paths.append(path)
    return paths


def test_every_command_the_readme_shows_exists_with_its_options():
    from typer.testing import CliRunner

    from eventwire.cli import _load_commands, app

    _load_commands()
    runner = CliRunner()
    commands = _readme_commands()
    assert len(commands) >= 10
    for path in commands:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, f"README shows `eventwire {' '.join(path)}`, which does not exist"
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in _blocks("bash"):
        for line in block.replace("\\\n", " ").splitlines():
            line = line.split("#")[0].strip()
            if not line.startswith("eventwire "):
                continue
            words = line.split()
            path = words[1:2] + (words[2:3] if words[1] == "eval" else [])
            path = [p.split("|")[0] for p in path]
            helptext = runner.invoke(app, [*path, "--help"], terminal_width=200).output
            for option in (w.strip("[]").split("=")[0] for w in words if w.strip("[]").startswith("--")):
                assert option in helptext, f"README shows `{option}` for `eventwire {' '.join(path)}`"
    assert "eventwire serve" in text
