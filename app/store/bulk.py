"""Bulk rows straight to the driver's executemany, for the ingest hot path.

SQLAlchemy's per-row parameter processing cost more than SQLite itself there (bench/ingest.py),
so these take plain tuples; timestamps must already be encoded with
`dialect.time_encoder`. Everything else goes through ordinary Core statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table


def _marks(conn: Connection, count: int) -> str:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


def bulk_insert(conn: Connection, table: Table, columns: Sequence[str],
                rows: list[tuple[Any, ...]], skip_existing: bool = False) -> None:
    """INSERT many rows given as tuples in `columns` order (SQLite and PostgreSQL alike)."""
    if rows:
        names, marks = ", ".join(columns), _marks(conn, len(columns))
        tail = " ON CONFLICT DO NOTHING" if skip_existing else ""
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks}){tail}", rows)


def bulk_update(conn: Connection, table: Table, key: str, columns: Sequence[str],
                rows: list[tuple[Any, ...]]) -> None:
    """UPDATE by key for many rows; each row is (*values in `columns` order, key value)."""
    if rows:
        mark = _marks(conn, 1)
        sets = ", ".join(f"{name} = {mark}" for name in columns)
        conn.exec_driver_sql(f"UPDATE {table.name} SET {sets} WHERE {key} = {mark}", rows)
