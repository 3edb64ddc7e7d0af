"""Serambi's identity: the one application id and the version, whose only source is
pyproject.toml (read through the installed metadata, or the file itself when there is none)."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

# Reverse DNS, as desktops want it: the .desktop file, the AppStream metainfo, the icons, the
# Flatpak, the macOS bundle and the window's desktop file name all use exactly this.
APP_ID = "org.serambi.Serambi"
DISTRIBUTION = "serambi"
UNKNOWN = "unknown"
# A frozen bundle keeps pyproject.toml beside the packages (packaging/serambi.spec), and a
# source checkout has it one level up: either way, next to the `app` folder.
PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def version(pyproject: Path = PYPROJECT) -> str:
    """The installed distribution's version; else pyproject's own; else "unknown"."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return _declared(pyproject) or UNKNOWN


def _declared(pyproject: Path) -> str | None:
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    found = project.get("version") if isinstance(project, dict) else None
    return found.strip() if isinstance(found, str) and found.strip() else None
