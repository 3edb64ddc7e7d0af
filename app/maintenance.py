"""Keeping a workspace healthy: a consistent online backup, restoring one, and the doctor's
check-up."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from app.models import OUTBOX, Account, Conversation, Member, Message
from app.store import Store, dialect
from app.store.migrate import SCRIPTS, backup_sqlite, current_revision, head_revision, upgrade
from app.timeutil import utcnow
from app.workspace import Workspace

Level = Literal["ok", "warning", "problem"]


class MaintenanceError(RuntimeError):
    """A maintenance request that cannot be done here, said in plain words."""


def backup(store: Store, target: Path) -> Path:
    """Copy the live database to `target` through SQLite's online backup API."""
    if not store.is_sqlite or not store.url.database:
        raise MaintenanceError(
            "this workspace uses PostgreSQL: back it up with pg_dump "
            "(for example: pg_dump --format=custom --file=serambi.dump DBNAME)")
    source = Path(store.url.database).resolve()
    target = target.expanduser()
    if target.exists():
        raise MaintenanceError(f"{target} already exists; choose a new file name")
    if target.resolve() == source:
        raise MaintenanceError("the backup cannot overwrite the database itself")
    return backup_sqlite(source, target)


def restore(store: Store, source: Path) -> Path:
    """Replace the inbox with a backup made by `backup` (checked first); the inbox as it
    was is copied beside the database before anything changes. Returns that copy's path."""
    if not store.is_sqlite or not store.url.database:
        raise MaintenanceError("this workspace uses PostgreSQL: restore it with pg_restore")
    database = Path(store.url.database).resolve()
    source = source.expanduser()
    if not source.is_file():
        raise MaintenanceError(f"{source} is not a file")
    if source.resolve() == database:
        raise MaintenanceError("that is the inbox itself, not a backup of it")
    revision = _backup_revision(source)
    safety = backup_sqlite(database, _free_name(database, "before-restore"))
    _copy_pages(store, source)
    store.dispose()  # no pooled connection keeps a view of the old file
    if revision != head_revision():
        upgrade(store)  # an older backup comes up to this version (backed up first)
    return safety


def _backup_revision(source: Path) -> str:
    """The schema revision of a sound Serambi backup, or MaintenanceError saying why not."""
    try:
        conn = sqlite3.connect(_read_only(source), uri=True)
        try:
            sound = conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        raise MaintenanceError(f"{source} is not a Serambi backup (not a database it can "
                               "read)") from None
    if not sound:
        raise MaintenanceError(f"{source} is damaged (its integrity check failed); "
                               "choose another backup")
    from alembic.script import ScriptDirectory  # only here: start-up never pays for it

    known = {script.revision for script in ScriptDirectory(str(SCRIPTS)).walk_revisions()}
    if found is None or found[0] not in known:
        raise MaintenanceError(f"{source} was made by a newer or unknown version of Serambi "
                               f"(schema {found[0] if found else 'none'}); update Serambi first")
    return str(found[0])


def _copy_pages(store: Store, source: Path) -> None:
    """Through the writer's own connection: this process's writes wait for it (a pool of
    one), and other processes see a changed file, never a half-copied one."""
    src = sqlite3.connect(_read_only(source), uri=True)
    try:
        with store.writer.connect() as conn:
            dest = conn.connection.dbapi_connection
            assert isinstance(dest, sqlite3.Connection)
            src.backup(dest)
    finally:
        src.close()


def _read_only(path: Path) -> str:
    """A URI that opens the file for reading only (any character in its name escaped)."""
    return f"{path.resolve().as_uri()}?mode=ro"


def _free_name(database: Path, label: str) -> Path:
    stamp = utcnow().strftime("%Y%m%dT%H%M%S")
    target = database.with_name(f"{database.stem}.{label}-{stamp}.bak")
    n = 1
    while target.exists():
        n += 1
        target = database.with_name(f"{database.stem}.{label}-{stamp}-{n}.bak")
    return target


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    level: Level
    detail: str


@dataclass(slots=True)
class DoctorReport:
    checks: list[Check] = field(default_factory=list)
    paths: dict[str, str] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    keyring_backend: str = ""
    schema_revision: str | None = None
    schema_head: str = ""

    @property
    def ok(self) -> bool:
        return all(check.level != "problem" for check in self.checks)

    def add(self, name: str, level: Level, detail: str) -> None:
        self.checks.append(Check(name, level, detail))


def doctor(workspace: Workspace) -> DoctorReport:
    report = DoctorReport()
    _check_paths(workspace, report)
    _check_schema(workspace.store, report)
    if report.schema_revision is not None:  # a brand-new file has nothing to check yet
        _check_integrity(workspace.store, report)
    _check_keyring(workspace, report)
    if report.schema_revision == report.schema_head and report.ok:  # sound and current
        report.counts = counts(workspace.store)
    return report


def _check_paths(workspace: Workspace, report: DoctorReport) -> None:
    where = workspace.paths
    report.paths = {"data": str(where.data), "log": str(where.log), "cache": str(where.cache),
                    "database": workspace.store.url.render_as_string(hide_password=True)}
    if not os.access(where.data, os.W_OK):
        report.add("data folder", "problem", f"{where.data} is not writable")
    else:
        report.add("data folder", "ok", f"{where.data} is writable")


def _check_schema(store: Store, report: DoctorReport) -> None:
    report.schema_head = head_revision()
    report.schema_revision = current_revision(store)
    if report.schema_revision == report.schema_head:
        report.add("schema", "ok", f"at revision {report.schema_head}")
    elif report.schema_revision is None:
        report.add("schema", "warning", "the inbox is empty and has no tables yet: any other "
                   "serambi command, or opening the app, creates them")
    else:
        report.add("schema", "problem",
                   f"at revision {report.schema_revision or 'none'}, expected "
                   f"{report.schema_head}: open Serambi once to upgrade (it backs up first)")


def _check_integrity(store: Store, report: DoctorReport) -> None:
    if not store.is_sqlite:
        report.add("integrity", "ok", "PostgreSQL checks its own storage")
        return
    # The FTS5 integrity check is an INSERT command: run it as the writer, never as a reader.
    try:
        with store.write() as conn:
            problems = dialect.integrity_check(conn)
    except DatabaseError as exc:  # damaged beyond what integrity_check can even list
        problems = [f"the database file is damaged ({exc.orig or exc}); restore a backup "
                    "with `serambi restore FILE` (the damaged file is backed up first)"]
    if problems:
        report.add("integrity", "problem", "; ".join(problems[:10]))
    else:
        report.add("integrity", "ok", "database file, foreign keys and search index are sound")


def _check_keyring(workspace: Workspace, report: DoctorReport) -> None:
    report.keyring_backend = workspace.secrets.backend_name
    if not workspace.secrets.persistent:
        report.add("keyring", "warning", workspace.secrets.notice)
    else:
        report.add("keyring", "ok", report.keyring_backend)


def counts(store: Store) -> dict[str, int]:
    tables = {"accounts": Account, "members": Member, "conversations": Conversation,
              "messages": Message}
    outbox = OUTBOX
    result: dict[str, int] = {}
    with store.read() as conn:
        for name, model in tables.items():
            stmt = select(func.count()).select_from(model.__table__)  # type: ignore[attr-defined]
            result[name] = int(conn.execute(stmt).scalar() or 0)
        for state in ("queued", "failed", "unknown"):
            stmt = select(func.count()).select_from(outbox).where(outbox.c.state == state)
            result[f"outbox_{state}"] = int(conn.execute(stmt).scalar() or 0)
    return result
