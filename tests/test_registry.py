"""Every pluggable piece is registered under a namespaced, versioned name."""

from __future__ import annotations

import re

import pytest

from eventwire.errors import UnknownName
from eventwire.registry import KINDS, registry


def test_builtins_are_registered_with_versioned_names():
    contents = registry.contents()
    assert set(contents) == set(KINDS)
    for kind in ("cleaners", "readers", "gazetteers", "date_parsers", "stores"):
        assert contents[kind], kind
    for names in contents.values():
        for name in names:
            assert re.fullmatch(r"[a-z0-9_]+\.[a-z0-9_.-]+\.v\d+", name), name


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(UnknownName) as info:
        registry.get("readers", "eventwire.nope.v1")
    assert info.value.code == "EW201" and "eventwire.text.v1" in str(info.value)
