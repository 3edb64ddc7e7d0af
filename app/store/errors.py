"""Storage failures the user can act on (a full disk, a read-only file), said plainly.

SQLite reports them as OperationalError with a result code; they are turned into these
types where the store opens and where it writes, so callers never match message strings.
A failed write is rolled back by SQLite: what was saved before stays intact.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


class StorageError(RuntimeError):
    """The inbox file cannot be read or written; `str()` says what to do about it."""


class StorageFull(StorageError):
    """The disk (or the database's size limit) is full; nothing new was saved."""


class StorageReadOnly(StorageError):
    """The inbox file, its folder or its disk is read-only."""


def _where(database: str | None) -> str:
    return f" ({database})" if database else ""


def translate(exc: DBAPIError, database: str | None) -> StorageError | None:
    """The plain-words error for a storage failure, or None when it is something else."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary, where = code & 0xFF, _where(database)
    if primary == SQLITE_FULL:
        return StorageFull(
            f"The disk that holds the inbox{where} is full, so the last change was not "
            "saved. Free some space and try again; everything saved before is intact.")
    if primary == SQLITE_READONLY:
        return StorageReadOnly(
            f"The inbox file{where} is read-only, so Serambi cannot save changes. Make the "
            "file and its folder writable (or mount the disk read-write) and try again.")
    if primary == SQLITE_CANTOPEN:
        return StorageReadOnly(
            f"Serambi cannot open the inbox file{where}: its folder or disk is read-only or "
            "missing. Make the folder writable (or mount the disk read-write) and try again.")
    if primary == SQLITE_IOERR:
        return StorageError(
            f"The disk refused to read or write the inbox file{where}; the last change was "
            "not saved. Check the disk (and that it is still connected) and try again.")
    return None


@contextmanager
def plain_storage_errors(database: str | None) -> Iterator[None]:
    """Re-raise full-disk and read-only failures as StorageError; anything else as it is."""
    try:
        yield
    except DBAPIError as exc:
        plain = translate(exc, database)
        if plain is None:
            raise
        raise plain from exc
