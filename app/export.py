"""Export conversations, messages or events as CSV or JSON Lines, streaming in chunks.

Message lines in JSONL are valid `serambi import` lines (docs/import-format.md), so an
export moves an archive between workspaces. Nothing secret is ever exported: no account
settings, no keyring references. CSV cells that a spreadsheet would run as a formula are
defused with a leading apostrophe, because message text is written by strangers.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from typing import Any, Literal, TextIO

from sqlalchemy import Connection, Select, func, select

from app.models import (
    ACCOUNTS,
    CONVERSATIONS,
    EVENTS,
    MEMBERS,
    MESSAGES,
)
from app.queries import tags_for
from app.search.scope import account_platform
from app.store import Store

Kind = Literal["conversations", "messages", "events"]
KINDS: tuple[str, ...] = ("conversations", "messages", "events")
FORMATS: tuple[str, ...] = ("csv", "jsonl")
CHUNK = 1000
_C = CONVERSATIONS.c
_M = MESSAGES.c
_E = EVENTS.c
# Always defused: = + tab CR. A leading - or @ only with a call or a reference in it, so
# handles (@ani) and plain dashes stay as they are.
_FORMULA = ("=", "+", "\t", "\r")
_MAYBE_FORMULA = ("-", "@")

CONVERSATION_FIELDS = (
    "id", "platform", "account_id", "account_handle", "thread_key", "member_name",
    "member_handle", "subject", "status", "priority", "assignee", "tags", "unread", "escalated",
    "is_direct", "created_at", "last_message_at", "waiting_since", "first_response_at",
    "snoozed_until", "message_count")
MESSAGE_FIELDS = (
    "message_id", "conversation_id", "account_id", "platform", "account", "id", "thread_id",
    "parent_id", "direction", "kind", "author", "subject", "text", "url", "language",
    "created_at", "edited_at", "deleted")
EVENT_FIELDS = ("id", "at", "actor", "action", "conversation_id", "data")


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _conversations(conn: Connection) -> Iterator[dict[str, Any]]:
    stmt = (select(_C.id, ACCOUNTS.c.platform, ACCOUNTS.c.settings, _C.account_id,
                   ACCOUNTS.c.handle.label("account_handle"), _C.thread_key,
                   func.coalesce(MEMBERS.c.name, "").label("member_name"),
                   func.coalesce(MEMBERS.c.handle, "").label("member_handle"), _C.subject,
                   _C.status, _C.priority, _C.assignee, _C.unread, _C.escalated, _C.is_direct,
                   _C.created_at, _C.last_message_at, _C.waiting_since, _C.first_response_at,
                   _C.snoozed_until, _C.message_count)
            .join(ACCOUNTS, ACCOUNTS.c.id == _C.account_id)
            .outerjoin(MEMBERS, MEMBERS.c.id == _C.member_id)
            .order_by(_C.id))
    for chunk in _chunks(conn, stmt):
        tags = tags_for(conn, [r.id for r in chunk])
        for r in chunk:
            row = dict(r._mapping)
            row["platform"] = account_platform(row["platform"], row.pop("settings"))
            row["tags"] = tags.get(r.id, [])
            row["unread"], row["escalated"] = bool(r.unread), bool(r.escalated)
            row["is_direct"] = bool(r.is_direct)
            yield {k: _iso(row[k]) for k in CONVERSATION_FIELDS}


def _messages(conn: Connection) -> Iterator[dict[str, Any]]:
    stmt = (select(_M.id, _M.conversation_id, _M.account_id, ACCOUNTS.c.platform,
                   ACCOUNTS.c.settings,
                   ACCOUNTS.c.handle, _M.platform_id, _C.thread_key, _M.parent_platform_id,
                   _M.direction, _M.kind, MEMBERS.c.remote_id, MEMBERS.c.handle.label("a_handle"),
                   MEMBERS.c.name, MEMBERS.c.profile_url, MEMBERS.c.avatar_url, _M.subject, _M.text,
                   _M.url, _M.language, _M.created_at, _M.edited_at, _M.deleted)
            .join(ACCOUNTS, ACCOUNTS.c.id == _M.account_id)
            .join(CONVERSATIONS, _C.id == _M.conversation_id)
            .outerjoin(MEMBERS, MEMBERS.c.id == _M.author_id).order_by(_M.id))
    for chunk in _chunks(conn, stmt):
        for r in chunk:
            author = None if r.remote_id is None else {
                "id": r.remote_id, "handle": r.a_handle, "name": r.name,
                "profile_url": r.profile_url, "avatar_url": r.avatar_url}
            yield {
                "message_id": r.id, "conversation_id": r.conversation_id,
                "account_id": r.account_id, "platform": account_platform(r.platform, r.settings),
                "account": {"platform": r.platform, "handle": r.handle}, "id": r.platform_id,
                "thread_id": r.thread_key, "parent_id": r.parent_platform_id,
                "direction": r.direction, "kind": r.kind, "author": author,
                "subject": r.subject, "text": r.text, "url": r.url, "language": r.language,
                "created_at": _iso(r.created_at), "edited_at": _iso(r.edited_at),
                "deleted": bool(r.deleted)}


def _events(conn: Connection) -> Iterator[dict[str, Any]]:
    stmt = select(_E.id, _E.at, _E.actor, _E.action, _E.conversation_id, _E.data).order_by(_E.id)
    for chunk in _chunks(conn, stmt):
        for r in chunk:
            yield {k: _iso(v) for k, v in r._mapping.items()}


def _chunks(conn: Connection, stmt: Select[Any]) -> Iterator[list[Any]]:
    result = conn.execution_options(yield_per=CHUNK).execute(stmt)
    for part in result.partitions():
        yield list(part)


_SOURCES: dict[str, tuple[Callable[[Connection], Iterator[dict[str, Any]]], tuple[str, ...]]] = {
    "conversations": (_conversations, CONVERSATION_FIELDS),
    "messages": (_messages, MESSAGE_FIELDS),
    "events": (_events, EVENT_FIELDS),
}


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str) and (value.startswith(_FORMULA) or (
            value.startswith(_MAYBE_FORMULA) and ("(" in value or "!" in value))):
        return "'" + value
    return value


def export(store: Store, kind: str, fmt: str, out: TextIO) -> int:
    """Write every row of `kind` to `out`; returns how many rows were written."""
    if kind not in _SOURCES:
        raise ValueError(f"cannot export {kind!r}: choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose csv or jsonl")
    source, fields = _SOURCES[kind]
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(fields)
    written = 0
    with store.read() as conn:
        for record in source(conn):
            if writer is not None:
                writer.writerow([csv_cell(record[name]) for name in fields])
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written
