"""Keeping a workspace healthy: a consistent online backup and the doctor's check-up."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select

from app.models import OUTBOX, Account, Conversation, Member, Message
from app.store import Store, dialect
from app.store.migrate import backup_sqlite, current_revision, head_revision
from app.workspace import Workspace

Level = Literal["ok", "warning", "problem"]
_NO_KEYRING = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


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
    if report.schema_revision == report.schema_head:  # other schemas have other tables
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
    with store.write() as conn:
        problems = dialect.integrity_check(conn)
    if problems:
        report.add("integrity", "problem", "; ".join(problems[:10]))
    else:
        report.add("integrity", "ok", "database file, foreign keys and search index are sound")


def _check_keyring(workspace: Workspace, report: DoctorReport) -> None:
    report.keyring_backend = workspace.secrets.backend_name
    if report.keyring_backend in _NO_KEYRING:
        report.add("keyring", "warning", "no usable keyring: accounts that need a password "
                   "or token cannot be added (install and unlock a Secret Service)")
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
