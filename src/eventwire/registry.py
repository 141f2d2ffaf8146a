"""Named, versioned registries for every swappable part of eventwire.

One catalogue per kind (readers, cleaners, gazetteers, date_parsers, exporters,
stores, linkers). Names carry a version (``"eventwire.text.v1"``), so changed
behaviour gets a new name and old configurations still resolve. Third-party packages
register through the ``eventwire_<kind>`` entry-point groups; eventwire's own built-ins
are registered the same way, in one place: :func:`populate`.

    >>> from eventwire.registry import registry
    >>> reader = registry.get("readers", "eventwire.text.v1")
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import catalogue

from .errors import UnknownName

__all__ = ["KINDS", "populate", "registry"]

KINDS: tuple[str, ...] = ("cleaners", "date_parsers", "exporters", "gazetteers", "linkers", "readers", "stores")


class _Registry:
    def __init__(self) -> None:
        self._populated = False
        for kind in KINDS:
            setattr(self, kind, catalogue.create("eventwire", kind, entry_points=True))

    def catalogue(self, kind: str) -> catalogue.Registry:
        if kind not in KINDS:
            raise UnknownName(f"no registry kind {kind!r}; kinds are {', '.join(KINDS)}")
        self.ensure_populated()
        reg: catalogue.Registry = getattr(self, kind)
        return reg

    def get(self, kind: str, name: str) -> Callable[..., Any]:
        reg = self.catalogue(kind)
        if name not in reg:
            known = ", ".join(sorted(reg.get_all()))
            raise UnknownName(f"no {kind[:-1]} named {name!r}; known: {known}")
        func: Callable[..., Any] = reg.get(name)
        return func

    def names(self, kind: str) -> list[str]:
        return sorted(self.catalogue(kind).get_all())

    def contents(self) -> dict[str, list[str]]:
        """Everything registered, by kind (snapshot-tested)."""
        return {kind: self.names(kind) for kind in KINDS}

    def ensure_populated(self) -> None:
        if not self._populated:
            self._populated = True
            populate()


registry = _Registry()


_BUILTIN_PACKAGES = ("clean", "readers", "geo", "time", "store", "export", "link")


def populate() -> None:
    """Register eventwire's built-ins: each subpackage's ``register(registry)``.

    Imports happen here, not at import time, so ``import eventwire`` stays cheap.
    """
    import importlib

    for package in _BUILTIN_PACKAGES:
        module = importlib.import_module(f"eventwire.{package}")
        register = getattr(module, "register", None)
        if register is not None:
            register(registry)
