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
    assert out[1].endswith("-> Civilians") and out[1].startswith("Boko Haram")
    assert out[2] == "12 2024-03-03"
    assert "twelve" in out[3]
