"""A workspace: one data folder, its inbox store, the keyring and who is at the keyboard."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app import redact
from app.models import SETTINGS
from app.paths import Paths, paths
from app.secrets import Secrets
from app.store import Store, open_store

AGENT_SETTING = "agent.name"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers) and no USER variable
        return "agent"


def agent_name(store: Store) -> str:
    """The setting `agent.name` ({"name": ...}) when set, else the OS user name."""
    try:
        with store.read() as conn:
            value: Any = conn.execute(
                select(SETTINGS.c.value).where(SETTINGS.c.key == AGENT_SETTING)).scalar()
    except SQLAlchemyError:  # a database not migrated yet (the doctor opens it as it is)
        value = None
    if isinstance(value, dict):
        name = value.get("name") or value.get("value")
        if isinstance(name, str) and name.strip():
            return name.strip()
    return _os_user()


@dataclass(frozen=True, slots=True)
class Workspace:
    data_dir: Path
    paths: Paths
    database_url: str
    store: Store
    secrets: Secrets
    agent: str

    @classmethod
    def open(cls, data_dir: Path | None = None, database_url: str | None = None, *,
             demo: bool = False, secrets: Secrets | None = None,
             migrate: bool = True) -> Workspace:
        """Open (and migrate) the workspace; `demo` uses the separate `demo/` subfolder."""
        redact.install()  # the CLI configures no logging: protect Python's stderr fallback
        where = paths(data_dir)
        if demo:
            where = where.demo()
            database_url = None  # the demo always has its own file
        where.data.mkdir(parents=True, exist_ok=True)
        url = database_url or f"sqlite:///{where.database}"
        store = open_store(url, migrate=migrate)
        return cls(where.data, where, url, store, secrets or Secrets(), agent_name(store))

    def close(self) -> None:
        self.store.dispose()
