"""Running a parsed search: newest first by walking the FTS5 index backwards, or by rank.

Message ids sort by time (app.store.ids), so `ORDER BY rowid DESC LIMIT 50` lets FTS5 stop
after one page however common the word. CROSS JOIN pins the FTS table as the outer loop:
SQLite's planner must not turn that into a scan of every message probing the index.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import BigInteger, Connection, String, TextClause, text

from app.search.parser import SearchQuery, parse
from app.search.scope import Scope, resolve
from app.store import Store
from app.timeutil import UTCDateTime

Order = Literal["newest", "rank"]
SNIPPET_CHARS = 160
# FTS5's snippet() costs the square of a word's repeats in one message (a 1 MB flood of one
# word took minutes): longer messages show their start, unmarked, instead.
MARKED_CHARS = 20_000
# snippet() arguments: marks, ellipsis, and about a dozen words of context.
_SNIPPET = "'[', ']', '…', 16"


class SearchUnavailable(RuntimeError):
    """This inbox cannot run full-text search (team mode on PostgreSQL, for now)."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    message_id: int
    conversation_id: int
    account_id: int
    platform: str
    created_at: datetime
    author_name: str
    author_handle: str
    subject: str
    snippet: str  # plain text; the matched words are marked [like this]
    direction: str
    status: str


_COLUMNS = (
    "m.id AS message_id, m.conversation_id, m.account_id, m.created_at, "
    "COALESCE(mb.name, '') AS author_name, COALESCE(mb.handle, '') AS author_handle, "
    "m.subject, m.direction, c.status"
)
_TYPES: dict[str, Any] = {
    "message_id": BigInteger, "conversation_id": BigInteger, "account_id": BigInteger,
    "created_at": UTCDateTime, "author_name": String, "author_handle": String,
    "subject": String, "direction": String, "status": String, "text_snippet": String,
    "subject_snippet": String,
}


def _statement(query: SearchQuery, scope: Scope, order: Order, columns: str,
               paged: bool) -> TextClause:
    """The SQL: fixed text around the scope's fixed conditions; every value is bound."""
    match = query.match_expression()
    where = list(scope.conditions)
    if match is None:
        source = "messages m CROSS JOIN conversations c"
        order_by = "m.id DESC"
    else:
        source = "message_search CROSS JOIN messages m CROSS JOIN conversations c"
        where[:0] = ["message_search MATCH :match", "m.id = message_search.rowid"]
        order_by = ("message_search.rowid DESC" if order == "newest"
                    else "bm25(message_search, 1.0, 2.0, 0.5), message_search.rowid DESC")
    where.append("c.id = m.conversation_id")
    sql = (f"SELECT {columns} FROM {source} LEFT JOIN members mb ON mb.id = m.author_id "
           f"WHERE {' AND '.join(where)} ORDER BY {order_by}")
    if paged:
        sql += " LIMIT :limit OFFSET :offset"
    params = list(scope.params)
    stmt = text(sql).bindparams(*params)
    if match is not None:
        stmt = stmt.bindparams(match=match)
    return stmt


def _prepare(store: Store, conn: Connection, query: str) -> tuple[SearchQuery, Scope]:
    parsed = parse(query)
    if parsed.match_expression() is not None and not store.is_sqlite:
        raise SearchUnavailable(
            "Searching message text works in a local inbox; a shared team inbox (PostgreSQL) "
            "can only filter (status:, tag:, platform:, is:, before:, after:) for now.")
    alias = "m.id" if parsed.match_expression() is None else "message_search.rowid"
    return parsed, resolve(conn, parsed.filters, alias)


def _check_page(limit: int, offset: int) -> None:
    if limit < 1 or offset < 0:
        raise ValueError(f"limit must be positive and offset not negative ({limit}, {offset})")


def search(store: Store, query: str, *, limit: int = 50, offset: int = 0,
           order: Order = "newest") -> list[SearchHit]:
    """Messages matching `query`, newest first (or best first), one page at a time."""
    _check_page(limit, offset)
    with store.read() as conn:
        parsed, scope = _prepare(store, conn, query)
        if scope.empty:
            return []
        has_text = parsed.match_expression() is not None
        columns = _COLUMNS + (
            f", CASE WHEN length(m.text) <= {MARKED_CHARS} "
            f"THEN snippet(message_search, 0, {_SNIPPET}) "
            f"ELSE substr(m.text, 1, {SNIPPET_CHARS + 1}) END AS text_snippet, "
            f"snippet(message_search, 1, {_SNIPPET}) AS subject_snippet" if has_text
            else f", substr(m.text, 1, {SNIPPET_CHARS + 1}) AS text_snippet, "
                 "'' AS subject_snippet")
        stmt = _statement(parsed, scope, order, columns, paged=True)
        stmt = stmt.bindparams(limit=limit, offset=offset)
        rows = conn.execute(stmt.columns(**_TYPES))
        return [_hit(row, scope, has_text) for row in rows]


def _hit(row: Any, scope: Scope, has_text: bool) -> SearchHit:
    snippet = row.text_snippet or ""
    if has_text and "[" not in snippet and "[" in (row.subject_snippet or ""):
        snippet = row.subject_snippet  # the words were in the subject, not the text
    elif "[" not in snippet and len(snippet) > SNIPPET_CHARS:
        snippet = snippet[:SNIPPET_CHARS].rstrip() + "…"
    return SearchHit(
        message_id=row.message_id, conversation_id=row.conversation_id,
        account_id=row.account_id, platform=scope.platforms.get(row.account_id, ""),
        created_at=row.created_at, author_name=row.author_name,
        author_handle=row.author_handle, subject=row.subject, snippet=snippet,
        direction=row.direction, status=row.status,
    )


def search_conversations(store: Store, query: str, *, limit: int = 50,
                         offset: int = 0) -> list[int]:
    """Distinct conversations with a matching message, the newest match first."""
    _check_page(limit, offset)
    with store.read() as conn:
        parsed, scope = _prepare(store, conn, query)
        if scope.empty:
            return []
        stmt = _statement(parsed, scope, "newest", "m.conversation_id", paged=False)
        seen: dict[int, None] = {}
        # Streamed, not paged: stepping stops as soon as enough conversations are found.
        for conversation_id in _stream(conn, stmt):
            seen.setdefault(conversation_id, None)
            if len(seen) >= offset + limit:
                break
        return list(seen)[offset:]


def _stream(conn: Connection, stmt: TextClause) -> Iterator[int]:
    result = conn.execute(stmt)
    try:
        for row in result:
            yield int(row[0])
    finally:
        result.close()
