"""Core table handles and the set look-ups shared by the ingest steps."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, Table, select

from app.store import dialect


def select_in(
    conn: Connection, table: Table, columns: Iterable[str], key: str, values: Iterable[Any],
    account_id: int,
) -> list[Row[Any]]:
    """Rows of one account whose `key` is among `values`, in one statement."""
    wanted = set(values)
    if not wanted:
        return []
    cols = [table.c[name] for name in columns]
    stmt = select(*cols).where(table.c.account_id == account_id,
                               dialect.one_of(conn, table.c[key], wanted))
    return list(conn.execute(stmt))


def rows_by_id(conn: Connection, table: Table, columns: Iterable[Any],
               ids: Iterable[int]) -> list[Row[Any]]:
    wanted = set(ids)
    if not wanted:
        return []
    return list(conn.execute(select(*columns).where(dialect.one_of(conn, table.c.id, wanted))))
