"""The store: WAL, foreign keys, a busy timeout, one IMMEDIATE writer, readers that never block."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.models import CONVERSATIONS, Counter
from app.store import Store, default_database_url, open_store
from app.store.ids import allocate

COUNTERS = Counter.__table__  # type: ignore[attr-defined]
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def bump(store: Store, name: str, pause: threading.Event | None = None) -> None:
    """Read-modify-write inside one transaction: loses updates unless writers serialize."""
    with store.write() as conn:
        value = conn.execute(select(COUNTERS.c.value).where(COUNTERS.c.name == name)).scalar()
        if value is None:
            conn.execute(COUNTERS.insert().values(name=name, value=0))
            value = 0
        if pause is not None:
            pause.wait(0.2)  # widen the window another writer would have to slip through
        conn.execute(update(COUNTERS).where(COUNTERS.c.name == name).values(value=value + 1))


def counter(store: Store, name: str) -> int | None:
    with store.read() as conn:
        return conn.execute(select(COUNTERS.c.value).where(COUNTERS.c.name == name)).scalar()


def test_the_default_database_lives_in_the_data_folder(data_dir: Path) -> None:
    store = open_store(default_database_url(data_dir))
    try:
        with store.read() as conn:
            pragmas = [conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "foreign_keys", "busy_timeout")]
        assert (data_dir / "serambi.sqlite3").is_file()
        assert pragmas == ["wal", 1, 15000]
    finally:
        store.dispose()


def test_foreign_keys_are_enforced(any_store: Store) -> None:
    with pytest.raises(IntegrityError), any_store.write() as conn:
        conn.execute(CONVERSATIONS.insert().values(
            account_id=999, thread_key="x", created_at=None, last_message_at=None))


def test_an_open_reader_does_not_block_the_writer_and_keeps_its_snapshot(store: Store) -> None:
    bump(store, "n")
    with store.read() as reader, reader.begin():
        before = reader.execute(select(COUNTERS.c.value)).scalar()
        bump(store, "n")  # would raise "database is locked" if the reader blocked it
        during = reader.execute(select(COUNTERS.c.value)).scalar()
    assert (before, during, counter(store, "n")) == (1, 1, 2)


def test_concurrent_writers_are_serialized_and_all_commit(any_store: Store) -> None:
    pause = threading.Event()
    workers = [threading.Thread(target=bump, args=(any_store, "n", pause)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert counter(any_store, "n") == 4


def test_message_ids_from_concurrent_writers_never_collide(any_store: Store) -> None:
    found: list[int] = []

    def take() -> None:
        with any_store.write() as conn:
            found.extend(allocate(conn, [T0] * 50))

    workers = [threading.Thread(target=take) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(set(found)) == 200


def test_the_writer_takes_the_write_lock_when_its_transaction_begins(store: Store) -> None:
    other = sqlite3.connect(store.url.database or "", timeout=0, isolation_level=None)
    try:
        # Nothing written yet, yet BEGIN IMMEDIATE already holds the lock.
        with store.write(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # and lets go of it at the end
        other.execute("ROLLBACK")
    finally:
        other.close()


SECOND_PROCESS = """
import sys
from app.store import Store
from tests.test_store import bump
store = Store(sys.argv[1])
print("ready", flush=True)
bump(store, "n")
print("written", flush=True)
"""


def test_a_second_process_waits_for_the_lock_instead_of_failing(store: Store) -> None:
    bump(store, "n")
    with store.write() as conn:  # hold the write lock while the other process tries
        conn.execute(update(COUNTERS).values(value=COUNTERS.c.value + 10))
        other = subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(SECOND_PROCESS), str(store.url)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            cwd=Path(__file__).resolve().parent.parent)
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "ready"
        threading.Event().wait(1.0)  # it is now queued on the lock, not yet written
        assert other.poll() is None
    out, err = other.communicate(timeout=30)
    assert other.returncode == 0, err
    assert out.strip() == "written"
    assert counter(store, "n") == 12
