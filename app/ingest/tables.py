"""Core table handles and chunked look-ups shared by the ingest steps."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, Row, Table, select

from app.models import Conversation, Event, Member, Message

T = TypeVar("T")

MESSAGES: Table = Message.__table__  # type: ignore[attr-defined]
MEMBERS: Table = Member.__table__  # type: ignore[attr-defined]
CONVERSATIONS: Table = Conversation.__table__  # type: ignore[attr-defined]
EVENTS: Table = Event.__table__  # type: ignore[attr-defined]

CHUNK = 5000  # well under SQLite's 32766 bound parameters and PostgreSQL's 65535


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def select_in(
    conn: Connection, table: Table, columns: Iterable[str], key: str, values: Iterable[Any],
    account_id: int,
) -> list[Row[Any]]:
    """Rows of one account whose `key` is among `values`, fetched in bounded chunks."""
    wanted = sorted(set(values))
    cols = [table.c[name] for name in columns]
    rows: list[Row[Any]] = []
    for part in chunks(wanted):
        stmt = select(*cols).where(table.c.account_id == account_id, table.c[key].in_(part))
        rows.extend(conn.execute(stmt))
    return rows
