"""The only place that knows SQL differs between SQLite and PostgreSQL.

SQLite gets its pragmas, an explicit BEGIN (IMMEDIATE for the writer) and FTS5 full-text
search over a view of messages; PostgreSQL gets portable equivalents or nothing (search
there arrives with team mode).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Table,
    bindparam,
    event,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.sql.dml import Insert

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=15000",
    # WAL makes NORMAL safe from corruption; a power cut may lose the last commits, which the
    # next sync fetches again (the platforms are the source of truth for inbound messages).
    "PRAGMA synchronous=NORMAL",
    "PRAGMA temp_store=MEMORY",
)
# Page cache in KiB (negative = KiB in SQLite's terms). The default 2 MiB thrashes once the
# unique and FTS indexes outgrow it (bench/ingest.py); readers need less than the writer.
WRITER_PRAGMAS = (*PRAGMAS, "PRAGMA cache_size=-65536")
READER_PRAGMAS = (*PRAGMAS, "PRAGMA cache_size=-16384")


def configure_sqlite(engine: Engine, immediate: bool) -> None:
    """Take transaction control from pysqlite so BEGIN IMMEDIATE means what it says."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in WRITER_PRAGMAS if immediate else READER_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def is_sqlite(conn: Connection) -> bool:
    return conn.dialect.name == "sqlite"


def insert_ignore(conn: Connection, table: Table, *conflict_cols: str) -> Insert:
    """INSERT that silently skips rows that already exist (the ingest's idempotence)."""
    if is_sqlite(conn):
        return sqlite.insert(table).on_conflict_do_nothing(index_elements=list(conflict_cols))
    return postgresql.insert(table).on_conflict_do_nothing(index_elements=list(conflict_cols))


def one_of(conn: Connection, column: ColumnElement[Any], values: Iterable[Any]) -> Any:
    """`column IN values` as one bound parameter however many values (no SQL per value)."""
    if is_sqlite(conn):
        members: Any = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, json.dumps(list(values)))))
        return column.in_(members)
    return column == func.any(bindparam(None, list(values), type_=ARRAY(column.type)))


@lru_cache(maxsize=1 << 16)
def _sqlite_time(value: datetime | None) -> str | None:
    """What UTCDateTime would store on SQLite, without its per-row bind machinery.

    Cached: a conversation's fields repeat its messages' times, and isoformat() is the
    costliest step per row at a million messages."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC) if value.tzinfo else value.replace(tzinfo=UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def _as_is(value: datetime | None) -> datetime | None:
    return value


def time_encoder(conn: Connection) -> Callable[[datetime | None], Any]:
    """How a timestamp goes into a raw bulk row (see bulk_insert)."""
    return _sqlite_time if is_sqlite(conn) else _as_is


# Full-text search: an external-content FTS5 table over a view that joins each message to
# its author, so "from a name" and "words in the text" live in one index. The view is the
# content table, so snippet() and 'rebuild' work; the ingest path keeps the index in step.
FTS_DDL = (
    """CREATE VIEW IF NOT EXISTS message_search_source AS
       SELECT m.id AS id, m.text AS text, m.subject AS subject,
              COALESCE(mb.name, '') || ' ' || COALESCE(mb.handle, '') AS author
       FROM messages m LEFT JOIN members mb ON mb.id = m.author_id""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS message_search USING fts5(
         text, subject, author,
         content='message_search_source', content_rowid='id',
         tokenize='unicode61 remove_diacritics 2', prefix='3 4')""",
)
FTS_DROP = (
    "DROP TABLE IF EXISTS message_search",
    "DROP VIEW IF EXISTS message_search_source",
)

_FTS_INSERT = text(
    "INSERT INTO message_search(rowid, text, subject, author) "
    "VALUES (:id, :text, :subject, :author)"
)
_FTS_BULK = "INSERT INTO message_search(rowid, text, subject, author) VALUES (?, ?, ?, ?)"
_FTS_DELETE = text(
    "INSERT INTO message_search(message_search, rowid, text, subject, author) "
    "VALUES ('delete', :id, :text, :subject, :author)"
)


def create_search_index(conn: Connection) -> None:
    if is_sqlite(conn):
        for ddl in FTS_DDL:
            conn.exec_driver_sql(ddl)
        # Pending index data kept in memory per transaction before it becomes a segment
        # (default 1 MiB): fewer, larger segments mean less merging at a 20k-message batch.
        conn.exec_driver_sql(
            "INSERT INTO message_search(message_search, rank) VALUES ('hashsize', 16777216)")
        # Merge segments 16 at a time instead of 4: a fifth less ingest time at 1M messages,
        # for a search that reads a few more segments (still ~2 ms at p95).
        conn.exec_driver_sql(
            "INSERT INTO message_search(message_search, rank) VALUES ('automerge', 16)")


def drop_search_index(conn: Connection) -> None:
    if is_sqlite(conn):
        for ddl in FTS_DROP:
            conn.exec_driver_sql(ddl)


def index_messages(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Add rows ({id, text, subject, author}) to the search index."""
    if rows and is_sqlite(conn):
        conn.execute(_FTS_INSERT, list(rows))


def index_message_rows(conn: Connection, rows: list[tuple[int, str, str, str]]) -> None:
    """The bulk form of index_messages: (id, text, subject, author) tuples."""
    if rows and is_sqlite(conn):
        conn.exec_driver_sql(_FTS_BULK, rows)


def unindex_messages(conn: Connection, old_rows: Iterable[dict[str, Any]]) -> None:
    """Remove rows from the index; FTS5 external content needs the values it indexed."""
    rows = list(old_rows)
    if rows and is_sqlite(conn):
        conn.execute(_FTS_DELETE, rows)


def rebuild_search_index(conn: Connection) -> None:
    if is_sqlite(conn):
        conn.exec_driver_sql("INSERT INTO message_search(message_search) VALUES ('rebuild')")


def integrity_check(conn: Connection) -> list[str]:
    """Problems found in the database file and the search index; empty when healthy."""
    if not is_sqlite(conn):
        return []
    problems = [
        str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check") if row[0] != "ok"
    ]
    problems += [f"foreign key: {tuple(row)}" for row in conn.exec_driver_sql(
        "PRAGMA foreign_key_check")]
    try:
        conn.exec_driver_sql(
            "INSERT INTO message_search(message_search, rank) VALUES ('integrity-check', 1)"
        )
    except Exception as exc:  # the index is derived; doctor can rebuild it
        problems.append(f"search index: {exc}")
    return problems
