"""The Store: readers that never block, and one writer whose transactions begin IMMEDIATE.

SQLite is the default (WAL, foreign keys, a busy timeout); PostgreSQL is the same API for a
team sharing one inbox. Everything SQLite-specific lives in `app.store.dialect`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from app.store import dialect
from app.store.errors import plain_storage_errors


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'serambi.sqlite3'}"


class Store:
    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database:
            Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
        self.reader: Engine = self._engine(writer=False)
        # One connection, one lock: the single writer of this process. Other processes
        # queue on SQLite's own lock through BEGIN IMMEDIATE and the busy timeout.
        self.writer: Engine = self._engine(writer=True)
        self._write_lock = threading.RLock()

    def _engine(self, writer: bool) -> Engine:
        if self.is_sqlite:
            engine = create_engine(
                self.url,
                poolclass=QueuePool,
                pool_size=1 if writer else 4,
                max_overflow=0 if writer else 8,
                connect_args={"check_same_thread": False},
            )
            dialect.configure_sqlite(engine, immediate=writer)
            return engine
        return create_engine(self.url, pool_size=2 if writer else 4, pool_pre_ping=True)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: commits when the block ends, rolls back on an exception."""
        with self._write_lock, plain_storage_errors(self.url.database), \
                self.writer.begin() as conn:
            yield conn

    @contextmanager
    def write_in(self, conn: Connection | None) -> Iterator[Connection]:
        """The caller's open write transaction when it has one (rules acting inside the
        transaction that stored a page), else a new one."""
        if conn is not None:
            yield conn
        else:
            with self.write() as fresh:
                yield fresh

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with plain_storage_errors(self.url.database), self.reader.connect() as conn:
            yield conn

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """An ORM session on the writer's transaction, for small one-row services."""
        with self.write() as conn, Session(bind=conn, expire_on_commit=False) as session:
            yield session
            session.flush()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        with self.read() as conn, Session(bind=conn) as session:
            yield session

    def dispose(self) -> None:
        self.reader.dispose()
        self.writer.dispose()


def open_store(url: str, migrate: bool = True) -> Store:
    """Open a store and bring its schema up to date (backing the file up first)."""
    store = Store(url)
    if migrate:
        from app.store.migrate import upgrade

        with plain_storage_errors(store.url.database):  # a read-only or full disk, said plainly
            upgrade(store)
    return store
