"""Data safety: every earlier schema migrates with every row of every table kept and a
backup taken first; `serambi doctor` finds a damaged file; `serambi backup` restores, with
`serambi restore`, to an inbox identical table by table and row by row."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main
from app.ingest import ingest
from app.items import InboundItem, MemberRef
from app.maintenance import MaintenanceError, restore
from app.outbox import Outbox
from app.store import migrate, open_store
from app.triage import Triage
from tests.reliability.hostile import T0

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "schemas").glob("*.sqlite3"))
Rows = dict[str, list[tuple[Any, ...]]]


def tables(db: Path, shadow: bool = True) -> Rows:
    """Every row of every table (the search index's own tables too, unless `shadow` is
    False), in a stable order."""
    conn = sqlite3.connect(db)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        if not shadow:
            names = [n for n in names if not n.startswith("message_search")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr)
                for n in names}
    finally:
        conn.close()


def by_column(db: Path, table: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')]
    finally:
        conn.close()


def _value(conn: sqlite3.Connection, table: str, column: dict[str, Any],
           references: dict[str, tuple[str, str]]) -> Any:
    name, kind = column["name"], (column["type"] or "").upper()
    if name in references:
        other, key = references[name]
        found = conn.execute(f'SELECT "{key}" FROM "{other}" LIMIT 1').fetchone()
        if found is None:
            raise LookupError(other)
        return found[0]
    if "INT" in kind or "BOOL" in kind:
        return 1
    if "DATE" in kind or "TIME" in kind:
        return "2026-11-01 09:00:00.000000"
    if "JSON" in kind:
        return "{}"
    if "FLOAT" in kind or "REAL" in kind or "NUMERIC" in kind:
        return 0.5
    return f"kept-{table}-{name}"


def fill_every_table(db: Path) -> set[str]:
    """One row more in every ordinary table an old fixture left empty, so the migration has
    something to keep everywhere; returns the tables that were filled."""
    conn = sqlite3.connect(db)
    filled: set[str] = set()
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'message_search%' AND name != 'alembic_version'")]
        for _ in range(len(names)):  # parents before children, whatever the order
            for table in names:
                if table in filled or conn.execute(
                        f'SELECT count(*) FROM "{table}"').fetchone()[0]:
                    continue
                columns = [dict(zip(("cid", "name", "type", "notnull", "default", "pk"), c,
                                    strict=True))
                           for c in conn.execute(f'PRAGMA table_info("{table}")')]
                references = {r[3]: (r[2], r[4]) for r in
                              conn.execute(f'PRAGMA foreign_key_list("{table}")')}
                try:
                    row = {c["name"]: _value(conn, table, c, references) for c in columns
                           if not (c["pk"] and "INT" in (c["type"] or "").upper()
                                   and len([x for x in columns if x["pk"]]) == 1)}
                    marks = ", ".join("?" for _ in row)
                    quoted = ", ".join(f'"{c}"' for c in row)
                    conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                                 list(row.values()))
                    filled.add(table)
                except (LookupError, sqlite3.IntegrityError):
                    continue  # its parent is not filled yet
        conn.commit()
    finally:
        conn.close()
    return filled


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_every_old_schema_keeps_every_row_and_is_backed_up_first(
        fixture: Path, tmp_path: Path) -> None:
    database = tmp_path / "serambi.sqlite3"
    shutil.copyfile(fixture, database)
    filled = fill_every_table(database)
    before = {t: by_column(database, t) for t in tables(database, shadow=False)
              if t != "alembic_version"}  # the one row a migration must change
    empty = [t for t, rows in before.items() if not rows]
    assert empty == [], f"tables with nothing to keep: {empty} (filled {sorted(filled)})"
    old = tables(database)
    store = open_store(f"sqlite:///{database}")
    try:
        assert migrate.current_revision(store) == migrate.head_revision()
    finally:
        store.dispose()
    for table, rows in before.items():
        after = by_column(database, table)
        assert len(after) >= len(rows), table
        for was, now in zip(rows, after, strict=False):
            assert {k: now.get(k) for k in was} == was, table  # every column it had
    backups = list(tmp_path.glob("serambi.before-*.bak"))
    if fixture.stem == migrate.head_revision():
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert len(backups) == 1 and tables(backups[0]) == old  # the file as it was


def scribble(database: Path) -> None:
    """Damage the messages table's root page, as a failing disk would."""
    conn = sqlite3.connect(database)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").fetchone()
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with database.open("r+b") as f:
        f.seek((root[0] - 1) * page_size)  # its header and cell pointers
        f.write(b"\xde\xad\xbe\xef" * 64)


def test_doctor_finds_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                     ) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo", "seed"]) == 0
    database, good = data / "serambi.sqlite3", tmp_path / "good.sqlite3"
    assert main(["--data-dir", str(data), "backup", str(good)]) == 0
    scribble(database)
    capsys.readouterr()
    code = main(["--data-dir", str(data), "doctor", "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in err
    report = json.loads(out)
    integrity = next(c for c in report["checks"] if c["name"] == "integrity")
    assert integrity["level"] == "problem" and integrity["detail"]
    assert main(["--data-dir", str(data), "restore", str(good)]) == 0  # the way back
    assert main(["--data-dir", str(data), "doctor"]) == 0


def busy_inbox(data: Path) -> None:
    assert main(["--data-dir", str(data), "demo", "seed"]) == 0
    store = open_store(f"sqlite:///{data / 'serambi.sqlite3'}")
    try:
        triage = Triage(store, "rina")
        triage.tag([1, 2], "refund")
        triage.mark_done([3])
        Outbox(store, "rina").queue_reply(1, "Sudah kami proses ya!")
    finally:
        store.dispose()


def test_a_backup_restores_to_an_identical_inbox(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    busy_inbox(data)
    database, copy = data / "serambi.sqlite3", tmp_path / "backup.sqlite3"
    assert main(["--data-dir", str(data), "backup", str(copy)]) == 0
    saved = tables(copy)
    assert sum(len(rows) for rows in saved.values()) > 500 and len(saved) > 20
    store = open_store(f"sqlite:///{database}")
    try:  # life goes on after the backup: new messages, triage, a reply
        ingest(store, 1, "demo", [InboundItem("after-1", T0, "pesan baru setelah backup",
                                              MemberRef("u-new", "@baru", "Baru"))])
        Triage(store, "rina").mark_done([1, 2, 4])
        Outbox(store, "rina").queue_reply(2, "Balasan setelah backup")
    finally:
        store.dispose()
    changed = tables(database)
    assert changed != saved
    capsys.readouterr()
    assert main(["--data-dir", str(data), "restore", str(copy)]) == 0
    said = capsys.readouterr().out
    assert tables(database) == saved  # every table, every row, the search index too
    safety = Path(said.rsplit("kept in ", 1)[1].strip())
    assert safety.parent == data and tables(safety) == changed  # nothing lost by restoring
    assert main(["--data-dir", str(data), "doctor"]) == 0


def test_an_older_backup_is_restored_and_brought_up_to_date(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'serambi.sqlite3'}")
    try:
        old = FIXTURES[0]
        restore(store, old)
        assert migrate.current_revision(store) == migrate.head_revision()
        with store.read() as conn:
            texts = conn.exec_driver_sql("SELECT count(*) FROM messages").scalar_one()
        assert texts == 7
    finally:
        store.dispose()


@pytest.mark.parametrize("kind", ["not a database", "damaged", "from the future"])
def test_restore_refuses_what_is_not_a_sound_backup(kind: str, tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite3"
    if kind == "not a database":
        source.write_text("hello, this is a note\n" * 200)
    else:
        shutil.copyfile(FIXTURES[-1], source)
        conn = sqlite3.connect(source)
        if kind == "from the future":
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
            conn.commit()
        conn.close()
        if kind == "damaged":
            scribble(source)
    store = open_store(f"sqlite:///{tmp_path / 'serambi.sqlite3'}")
    try:
        before = tables(tmp_path / "serambi.sqlite3")
        with pytest.raises(MaintenanceError):
            restore(store, source)
        assert tables(tmp_path / "serambi.sqlite3") == before
        assert list(tmp_path.glob("*.bak")) == []  # refused before anything was touched
    finally:
        store.dispose()
