"""Where Serambi keeps its files: the data, log and cache folders (platformdirs).

`--data-dir` or `SERAMBI_DATA_DIR` moves the data folder; logs and cache then live inside it,
so a workspace given on the command line is wholly self-contained.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir, user_log_dir

APP_NAME = "serambi"  # the folders' name before the app id; still read when they exist
APP_ID = "org.serambi.Serambi"  # app.version.APP_ID, the name folders are given now
ENV_DATA_DIR = "SERAMBI_DATA_DIR"
DATABASE_FILE = "serambi.sqlite3"
DEMO_SUBDIR = "demo"


@dataclass(frozen=True, slots=True)
class Paths:
    data: Path
    log: Path
    cache: Path

    @property
    def database(self) -> Path:
        return self.data / DATABASE_FILE

    def demo(self) -> Paths:
        """The demo workspace: a subfolder, so demo accounts never mix with real ones."""
        root = self.data / DEMO_SUBDIR
        return Paths(root, root / "logs", root / "cache")


def _named(where: Callable[..., str]) -> Path:
    """The platform's folder named by the app id; a folder an older Serambi made under its
    old name is used as it is when no new one exists yet, so nobody's inbox goes missing."""
    new, old = Path(where(APP_ID, appauthor=False)), Path(where(APP_NAME, appauthor=False))
    return old if old.is_dir() and not new.exists() else new


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder: the argument, else SERAMBI_DATA_DIR, else the platform's own."""
    if explicit is not None:
        return explicit.expanduser()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return _named(user_data_dir)


def paths(explicit: Path | None = None) -> Paths:
    chosen = explicit is not None or bool(os.environ.get(ENV_DATA_DIR, "").strip())
    data = data_dir(explicit)
    if chosen:
        return Paths(data, data / "logs", data / "cache")
    return Paths(data, _named(user_log_dir), _named(user_cache_dir))
