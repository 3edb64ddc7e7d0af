"""Every released schema opens, migrates to head with a backup first, and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.models import CONVERSATIONS, MESSAGES
from app.store import Store, dialect, migrate, open_store

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "schemas").glob("*.sqlite3"))
SCRIPTS = migrate.SCRIPTS
NEXT_REVISION = '''"""a later schema, for the test only"""
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_test_messages_language", "messages", ["language"])
    {extra}


def downgrade() -> None:
    op.drop_index("ix_test_messages_language", "messages")
'''


def copy_of(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / "serambi.sqlite3"
    shutil.copyfile(fixture, target)
    return target


def search(store: Store, words: str) -> list[str]:
    with store.read() as conn:
        rows = conn.execute(text(
            "SELECT m.platform_id FROM message_search s JOIN messages m ON m.id = s.rowid"
            " WHERE message_search MATCH :q ORDER BY m.platform_id"), {"q": words})
        return [row[0] for row in rows]


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert f"{migrate.head_revision()}.sqlite3" in {f.name for f in FIXTURES}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_every_old_database_opens_at_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{copy_of(fixture, tmp_path)}")
    try:
        assert migrate.current_revision(store) == migrate.head_revision()
        with store.read() as conn:
            assert dialect.integrity_check(conn) == []
            texts = dict(conn.execute(select(MESSAGES.c.platform_id, MESSAGES.c.text)).all())
            done = conn.execute(select(CONVERSATIONS.c.status).where(
                CONVERSATIONS.c.thread_key == "3")).scalar_one()
        assert texts["3"] == "注文した本がまだ届きません"
        assert texts["5"] == "kata yang diperbaiki"
        assert done == "done"
        assert search(store, "diperbaiki") == ["5"]
        assert search(store, "شكرا") == ["4"]
        assert search(store, "Wulandari") == ["1", "5"]
        later = InboundItem("7", datetime(2026, 11, 2, tzinfo=UTC), "masih belum sampai",
                            MemberRef("u2", "@ken", "健 山田"), parent_id="4")
        assert ingest(store, 1, "demo", [later]).reopened  # the done thread comes back
    finally:
        store.dispose()


@pytest.fixture
def later_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """A copy of the migrations with one more revision on top, standing in for a release."""
    scripts = tmp_path / "migrations"
    shutil.copytree(SCRIPTS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "SCRIPTS", scripts)
    monkeypatch.setattr(migrate, "HEAD", "9999")

    def write(extra: str = "") -> None:
        body = NEXT_REVISION.format(head=migrate.head_revision(), extra=extra or "pass")
        (scripts / "versions" / "9999_later.py").write_text(body)

    return write


def test_migrating_an_older_database_backs_it_up_first(
    tmp_path: Path, later_schema: Callable[[str], None]
) -> None:
    old = migrate.head_revision()
    later_schema("")
    database = copy_of(FIXTURES[-1], tmp_path)
    store = open_store(f"sqlite:///{database}", migrate=False)
    try:
        backup = migrate.upgrade(store)
        assert migrate.current_revision(store) == "9999"
    finally:
        store.dispose()
    assert backup is not None and backup.parent == database.parent
    assert f"before-{old}" in backup.name
    restored = sqlite3.connect(backup)
    try:
        assert restored.execute("SELECT version_num FROM alembic_version").fetchall() == [(old,)]
        assert restored.execute("SELECT count(*) FROM messages").fetchone() == (7,)
        assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        restored.close()


def test_a_failed_migration_leaves_the_database_as_it_was(
    tmp_path: Path, later_schema: Callable[[str], None]
) -> None:
    old = migrate.head_revision()
    later_schema('raise RuntimeError("disk on fire")')
    database = copy_of(FIXTURES[-1], tmp_path)
    store = open_store(f"sqlite:///{database}", migrate=False)
    try:
        with pytest.raises(RuntimeError, match="disk on fire"):
            migrate.upgrade(store)
        assert migrate.current_revision(store) == old
        with store.read() as conn:
            indexes = [row[1] for row in conn.exec_driver_sql("PRAGMA index_list(messages)")]
            assert conn.execute(select(MESSAGES.c.id)).all() != []
        assert "ix_test_messages_language" not in indexes
    finally:
        store.dispose()
    assert list(tmp_path.glob("serambi.before-*.bak"))  # and the backup is there anyway


def test_an_up_to_date_database_is_not_backed_up(store: Store, tmp_path: Path) -> None:
    assert migrate.upgrade(store) is None
    assert list(tmp_path.glob("*.bak")) == []


def test_a_fresh_database_migrates_to_head(any_store: Store) -> None:
    assert migrate.current_revision(any_store) == migrate.head_revision()


def test_the_known_head_is_alembics_head() -> None:
    assert migrate.head_revision() == migrate.HEAD
