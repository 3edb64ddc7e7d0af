"""A full disk and a read-only inbox: a clear error, nothing half-written, every committed
row intact, and work resumes once the disk has room or is writable again.

The full disk is a real 8 MB tmpfs (mostly taken by a ballast file) when the tests may
mount one (root); otherwise SQLite's `PRAGMA max_page_count` gives the same "database or
disk is full". Read-only is a tmpfs
remounted read-only (or chmod when not root); a file turning read-only under a running app
is SQLite's `PRAGMA query_only` (root ignores chmod).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.secrets import Secrets
from app.store import Store, dialect, open_store
from app.store.errors import StorageError, StorageFull, StorageReadOnly
from app.sync import SyncEngine
from tests.conftest import make_account
from tests.fakes import FakePlatform, factory_for
from tests.fakes import item as fake_item
from tests.reliability.disk import Disk, small_disk

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
TOTAL = 300  # platform items for the sync test: more than fit before room is made


def batch(start: int, size: int = 20) -> list[InboundItem]:
    return [InboundItem(f"m{n}", T0 + timedelta(seconds=n), f"message {n} " + "isi " * 500,
                        MemberRef(f"u{n % 9}", f"@u{n % 9}", "Member")) for n in
            range(start, start + size)]


def counts(store: Store) -> tuple[int, int]:
    with store.read() as conn:
        messages = conn.exec_driver_sql("SELECT count(*) FROM messages").scalar_one()
        indexed = conn.exec_driver_sql("SELECT count(*) FROM message_search_docsize").scalar_one()
    return int(messages), int(indexed)


def pragma(store: Store, statement: str) -> object:
    """On the writer's one pooled connection, outside any transaction (no BEGIN IMMEDIATE:
    the point is sometimes that it would fail)."""
    with store.writer.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return raw.execute(statement).fetchone()


def healthy(store: Store) -> bool:
    with store.write() as conn:
        return dialect.integrity_check(conn) == []


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    with small_disk(tmp_path, "8m") as d:
        print(f"small disk: {d.how}")
        yield d


@pytest.fixture
def full(disk: Disk) -> Iterator[tuple[Store, Disk, Path | None]]:
    """A store on the small disk, with a ballast file whose removal frees room."""
    store = open_store(f"sqlite:///{disk.path / 'inbox.sqlite3'}")
    ballast = None
    if disk.real:
        ballast = disk.path / "ballast"
        # All but ~1.5 MB: the WAL checkpoints only at 4 MB, so it is what fills first.
        room = shutil.disk_usage(disk.path).free - 1_500_000
        ballast.write_bytes(b"\0" * room)
    else:
        pages = pragma(store, "PRAGMA page_count")[0]  # type: ignore[index]
        pragma(store, f"PRAGMA max_page_count = {int(pages) + 300}")
    yield store, disk, ballast
    store.dispose()


def make_room(store: Store, ballast: Path | None) -> None:
    if ballast is not None:
        ballast.unlink()
    else:
        pragma(store, "PRAGMA max_page_count = 1073741823")


def test_a_full_disk_says_so_loses_nothing_and_recovers(
        full: tuple[Store, Disk, Path | None]) -> None:
    store, _, ballast = full
    account = make_account(store)
    stored = 0
    with pytest.raises(StorageFull) as raised:
        while True:
            ingest(store, account, "demo", batch(stored))
            stored += 20
    assert stored > 0 and "is full" in str(raised.value)
    assert "Free some space" in str(raised.value)
    assert counts(store) == (stored, stored)  # every committed batch, nothing of the last
    assert healthy(store)
    make_room(store, ballast)
    ingest(store, account, "demo", batch(stored))
    assert counts(store) == (stored + 20, stored + 20) and healthy(store)


def test_sync_on_a_full_disk_keeps_its_cursor_and_catches_up(
        full: tuple[Store, Disk, Path | None], secrets: Secrets) -> None:
    store, _, ballast = full
    account = make_account(store)
    platform = FakePlatform(items=[fake_item(f"p{n}", n, f"pesan {n} " + "kata " * 400)
                                   for n in range(TOTAL)], page_size=10)
    engine = SyncEngine(store, secrets, factory_for=factory_for(platform))
    report = asyncio.run(engine.run_once())[0]
    assert report.error and "is full" in report.error  # said on the account
    with store.read() as conn:
        cursor = conn.exec_driver_sql("SELECT cursor FROM sync_state").scalar()
    stored, _ = counts(store)
    assert int(cursor or 0) == stored  # the cursor never ran ahead of what was stored
    make_room(store, ballast)
    for _ in range(TOTAL // 10):  # a poll each time until caught up
        report = asyncio.run(engine.run_once([account]))[0]
        assert report.ok, report.error
        if report.inserted == 0:
            break
    assert counts(store) == (TOTAL, TOTAL) and healthy(store)


def test_a_read_only_disk_is_said_plainly_and_left_untouched(disk: Disk, tmp_path: Path
                                                              ) -> None:
    database = disk.path / "inbox.sqlite3"
    store = open_store(f"sqlite:///{database}")
    ingest(store, make_account(store), "demo", batch(0))
    store.dispose()
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    if not disk.real and os.geteuid() == 0:
        pytest.skip("root ignores chmod, and the tmpfs was turned off (SERAMBI_TEST_NO_TMPFS)")
    if disk.real:
        disk.read_only(True)
    else:
        os.chmod(disk.path, 0o555)
    try:
        with pytest.raises(StorageReadOnly) as raised:
            open_store(f"sqlite:///{database}")
        assert "read-only" in str(raised.value) and str(database) in str(raised.value)
        cli = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir",
                              str(disk.path), "--database", f"sqlite:///{database}", "inbox"],
                             capture_output=True, text=True, timeout=120, check=False)
        assert cli.returncode == 1 and "Traceback" not in cli.stderr
        assert "read-only" in cli.stderr
    finally:
        if disk.real:
            disk.read_only(False)
        else:
            os.chmod(disk.path, 0o755)
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    again = open_store(f"sqlite:///{database}")
    try:
        assert counts(again) == (20, 20) and healthy(again)
    finally:
        again.dispose()


def test_an_inbox_that_turns_read_only_refuses_writes_plainly(store: Store) -> None:
    account = make_account(store)
    ingest(store, account, "demo", batch(0))
    pragma(store, "PRAGMA query_only = ON")
    with pytest.raises(StorageReadOnly, match="cannot save changes"):
        ingest(store, account, "demo", batch(20))
    assert isinstance(StorageReadOnly("x"), StorageError)
    pragma(store, "PRAGMA query_only = OFF")
    assert counts(store) == (20, 20) and healthy(store)


def test_the_cli_says_a_full_disk_plainly(full: tuple[Store, Disk, Path | None],
                                          tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    store, disk, _ = full
    if not disk.real:
        pytest.xfail("needs a real small disk (the CLI opens its own connection)")
    account = make_account(store)
    with contextlib.suppress(StorageFull):
        for start in range(0, 100_000, 20):
            ingest(store, account, "demo", batch(start))
    lines = tmp_path / "more.jsonl"
    lines.write_text("".join(
        json.dumps({"account_id": account, "id": f"x{n}", "created_at": T0.isoformat(),
                    "text": "lagi " * 300}) + "\n" for n in range(200)))
    from app.cli.main import main

    code = main(["--data-dir", str(disk.path), "--database",
                 f"sqlite:///{disk.path / 'inbox.sqlite3'}", "import", str(lines)])
    assert code == 1 and "is full" in capsys.readouterr().err
