"""Where Serambi keeps its files: the data, log and cache folders (platformdirs).

`--data-dir` or `SERAMBI_DATA_DIR` moves the data folder; logs and cache then live inside it,
so a workspace given on the command line is wholly self-contained.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir, user_log_dir

APP_NAME = "serambi"
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


def data_dir(explicit: Path | None = None) -> Path:
    """The data folder: the argument, else SERAMBI_DATA_DIR, else the platform's own."""
    if explicit is not None:
        return explicit.expanduser()
    from_env = os.environ.get(ENV_DATA_DIR, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def paths(explicit: Path | None = None) -> Paths:
    chosen = explicit is not None or bool(os.environ.get(ENV_DATA_DIR, "").strip())
    data = data_dir(explicit)
    if chosen:
        return Paths(data, data / "logs", data / "cache")
    return Paths(data, Path(user_log_dir(APP_NAME, appauthor=False)),
                 Path(user_cache_dir(APP_NAME, appauthor=False)))
