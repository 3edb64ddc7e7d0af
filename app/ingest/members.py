"""Members: one row per platform identity, profile fields from the newest item seen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, select, update

from app.ingest.tables import rows_by_id, select_in
from app.items import InboundItem, MemberRef
from app.models import MEMBERS, MESSAGES
from app.store import dialect

_PROFILE = ("handle", "name", "profile_url", "avatar_url")


def author_label(name: str, handle: str) -> str:
    """What the search index knows of an author (so `from:` and plain words find names)."""
    return f"{name} {handle}"


def _profile_key(seen: datetime | None, profile: Any) -> tuple[Any, ...]:
    """A total order on profile versions, so any arrival order keeps the same one."""
    return (seen is not None, seen, *(getattr(profile, name) for name in _PROFILE))


def author_labels(conn: Connection, member_ids: set[int]) -> dict[int, str]:
    rows = rows_by_id(conn, MEMBERS, (MEMBERS.c.id, MEMBERS.c.name, MEMBERS.c.handle),
                      member_ids)
    return {row.id: author_label(row.name, row.handle) for row in rows}


def _newest_profiles(items: Sequence[InboundItem]) -> dict[str, tuple[datetime, MemberRef]]:
    newest: dict[str, tuple[datetime, MemberRef]] = {}
    for item in items:
        author = item.author
        if author is None:
            continue
        seen = item.edited_at or item.created_at
        known = newest.get(author.remote_id)
        # The full key only on a tie of times: this loop runs once per ingested message.
        if known is None or seen > known[0] or (
                seen == known[0] and _profile_key(seen, author) > _profile_key(*known)):
            newest[author.remote_id] = (seen, author)
    return newest


def resolve_members(
    conn: Connection, account_id: int, platform: str, items: Sequence[InboundItem]
) -> dict[str, tuple[int, str]]:
    """Upsert every author in the batch; returns remote id -> (member id, author label)."""
    newest = _newest_profiles(items)
    if not newest:
        return {}
    cols = ("id", "remote_id", "profile_seen_at", *_PROFILE)
    existing = {row.remote_id: row for row in select_in(
        conn, MEMBERS, cols, "remote_id", newest, account_id)}
    missing = [
        {"account_id": account_id, "platform": platform, "remote_id": rid,
         "notes": "", "vip": False, "profile_seen_at": seen,
         **{name: getattr(ref, name) for name in _PROFILE}}
        for rid, (seen, ref) in newest.items() if rid not in existing
    ]
    if missing:
        conn.execute(dialect.insert_ignore(conn, MEMBERS, "account_id", "remote_id"), missing)
    _refresh_profiles(conn, existing, newest)
    resolved = select_in(conn, MEMBERS, ("id", "remote_id", "name", "handle"), "remote_id",
                         newest, account_id)
    return {row.remote_id: (row.id, author_label(row.name, row.handle)) for row in resolved}


def _refresh_profiles(
    conn: Connection, existing: dict[str, Row[Any]], newest: dict[str, tuple[datetime, MemberRef]]
) -> None:
    changes = []
    renamed: list[tuple[int, str]] = []
    for rid, row in existing.items():
        seen, ref = newest[rid]
        if _profile_key(seen, ref) <= _profile_key(row.profile_seen_at, row):
            continue
        values = {name: getattr(ref, name) for name in _PROFILE}
        changes.append({"b_id": row.id, "profile_seen_at": seen, **values})
        old = author_label(row.name, row.handle)
        if old != author_label(ref.name, ref.handle):
            renamed.append((row.id, old))
    if changes:
        stmt = update(MEMBERS).where(MEMBERS.c.id == bindparam("b_id"))
        conn.execute(stmt, changes)
    for member_id, old_label in renamed:
        _reindex_author(conn, member_id, old_label)


def _reindex_author(conn: Connection, member_id: int, old_label: str) -> None:
    """A renamed member: their messages' search rows carry the old name; swap it."""
    rows = conn.execute(
        select(MESSAGES.c.id, MESSAGES.c.text, MESSAGES.c.subject).where(
            MESSAGES.c.author_id == member_id)
    ).all()
    name, handle = conn.execute(
        select(MEMBERS.c.name, MEMBERS.c.handle).where(MEMBERS.c.id == member_id)).one()
    label = author_label(name, handle)
    dialect.unindex_messages(conn, ({"id": r.id, "text": r.text, "subject": r.subject,
                                     "author": old_label} for r in rows))
    dialect.index_messages(conn, [{"id": r.id, "text": r.text, "subject": r.subject,
                                   "author": label} for r in rows])
