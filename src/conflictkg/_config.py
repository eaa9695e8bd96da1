"""User settings: a TOML file, so that a team can keep its store and its own queries in one place.

Looked up in this order, first found wins: the file named by $CONFLICTKG_CONFIG,
./conflictkg.toml, then $XDG_CONFIG_HOME/conflictkg/config.toml (~/.config/...).
Keys: ``store`` (the store folder) and ``queries`` (a folder of your own .rq
files). Relative paths are relative to the file. Environment variables
(CONFLICTKG_STORE, CONFLICTKG_QUERIES) and command-line options win over the file.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ._errors import InputError

KEYS = ("store", "queries")


@dataclass
class Settings:
    store: Path | None = None
    queries: Path | None = None
    source: Path | None = None


def config_path() -> Path | None:
    if os.environ.get("CONFLICTKG_CONFIG"):
        path = Path(os.environ["CONFLICTKG_CONFIG"])
        if not path.is_file():
            what = "a folder, not a settings file" if path.is_dir() else "a file that does not exist"
            raise InputError(f"CONFLICTKG_CONFIG names {path}, {what}", code="E120")
        return path
    home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    for path in (Path("conflictkg.toml"), home / "conflictkg" / "config.toml"):
        if path.is_file():
            return path
    return None


def load_settings() -> Settings:
    settings = Settings()
    path = config_path()
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{path} is not valid TOML: {exc}", code="E121") from exc
        unknown = sorted(set(data) - set(KEYS))
        if unknown:
            raise InputError(f"{path}: unknown setting {', '.join(unknown)}; known: {', '.join(KEYS)}", code="E122")
        for key in KEYS:
            if key in data:
                if not isinstance(data[key], str):
                    raise InputError(f"{path}: {key} must be a path string", code="E122")
                setattr(settings, key, (path.parent / data[key]).resolve())
        settings.source = path
    for key in KEYS:
        if os.environ.get(f"CONFLICTKG_{key.upper()}"):
            setattr(settings, key, Path(os.environ[f"CONFLICTKG_{key.upper()}"]))
    return settings
