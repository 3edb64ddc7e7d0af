"""Schema migrations (Alembic), with a backup of the database file before any of them."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.store.engine import Store
from app.timeutil import utcnow

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
SCRIPTS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in app/migrations/versions (a test checks Alembic agrees). Knowing it
# lets start-up skip importing Alembic and parsing every script when nothing is to migrate.
HEAD = "0004"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.writer.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stored_revision(store: Store) -> str | None:
    try:
        with store.reader.connect() as conn:
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # a new, empty database has no version table yet
        return None
    return None if found is None else str(found)


def backup_sqlite(database: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others read)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(database)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def upgrade(store: Store) -> Path | None:
    """Bring the schema to head; returns the backup path when an existing file was migrated."""
    if _stored_revision(store) == HEAD:
        return None
    from alembic import command

    current = current_revision(store)
    if current == head_revision():
        return None
    backup = None
    database = store.url.database
    if store.is_sqlite and current is not None and database:
        stamp = utcnow().strftime("%Y%m%dT%H%M%S")
        path = Path(database)
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.before-{current}-{stamp}.bak"))
        log.info("backed up %s to %s before migrating", path, backup)
    config = _config()
    with store.write() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


