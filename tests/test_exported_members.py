from __future__ import annotations

import inspect
import subprocess
import sys

import eventwire


def test_all_lists_public_names_sorted():
    # Submodules appear as attributes once something imports them; only the re-exported names are the API.
    public = {
        name for name in dir(eventwire) if not name.startswith("_") and not inspect.ismodule(getattr(eventwire, name))
    }
    assert set(eventwire.__all__) >= public
    names = [n for n in eventwire.__all__ if n != "__version__"]
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None


def test_importing_eventwire_does_not_load_spacy():
    code = "import sys, eventwire; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
