"""The one ingest path: a batch of normalized items becomes members, conversations, messages,
search rows and conversation state, in one transaction, with Core bulk statements.

It is idempotent and order-independent: the same batch twice, or batches in any order, leave
the same database (tests/test_ingest_properties.py proves it with hypothesis).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, Row, bindparam, update

from app.ingest import aggregates, threads
from app.ingest.members import resolve_members
from app.ingest.tables import CONVERSATIONS, MESSAGES, select_in
from app.items import InboundItem
from app.store import Store, dialect, ids

__all__ = ["IngestResult", "ingest", "ingest_in"]


@dataclass(slots=True)
class IngestResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conversations_created: int = 0
    reopened: list[int] = field(default_factory=list)
    new_message_ids: list[int] = field(default_factory=list)
    touched_conversations: set[int] = field(default_factory=set)

    def add(self, other: IngestResult) -> None:
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conversations_created += other.conversations_created
        self.reopened += other.reopened
        self.new_message_ids += other.new_message_ids
        self.touched_conversations |= other.touched_conversations


def ingest(store: Store, account_id: int, platform: str,
           items: Iterable[InboundItem]) -> IngestResult:
    """Store one account's validated items in a single write transaction."""
    with store.write() as conn:
        return ingest_in(conn, account_id, platform, list(items))


def ingest_in(conn: Connection, account_id: int, platform: str,
              items: Sequence[InboundItem]) -> IngestResult:
    batch = _merge_versions(items)
    result = IngestResult()
    if not batch:
        return result
    authors = resolve_members(conn, account_id, platform, list(batch.values()))
    stored = {row.platform_id: row for row in select_in(
        conn, MESSAGES, ("id", "platform_id", "text", "subject", "html", "edited_at",
                         "created_at", "deleted", "author_id"),
        "platform_id", batch, account_id)}
    _apply_updates(conn, batch, stored, authors, result)
    new = [item for pid, item in batch.items() if pid not in stored]
    if new:
        _insert_new(conn, account_id, new, batch, authors, result)
    return result


def _merge_versions(items: Sequence[InboundItem]) -> dict[str, InboundItem]:
    """One item per platform id: the newest content, deleted if any version says so."""
    batch: dict[str, InboundItem] = {}
    for item in items:
        known = batch.get(item.platform_id)
        if known is None:
            batch[item.platform_id] = item
            continue
        winner = item if item.content_key > known.content_key else known
        if (item.deleted or known.deleted) and not winner.deleted:
            winner = replace(winner, deleted=True)
        batch[item.platform_id] = winner
    return batch


def _stored_key(row: Row[Any]) -> tuple[Any, bool, str]:
    return (row.edited_at or row.created_at, bool(row.text), row.text)


def _apply_updates(conn: Connection, batch: dict[str, InboundItem], stored: dict[str, Row[Any]],
                   authors: dict[str, tuple[int, str]], result: IngestResult) -> None:
    """Edits and deletions of messages we already have."""
    changes: list[dict[str, Any]] = []
    old_rows: list[dict[str, Any]] = []
    new_rows: list[dict[str, Any]] = []
    for pid, row in stored.items():
        item = batch[pid]
        newer = item.content_key > _stored_key(row)
        deleted = row.deleted or item.deleted
        if not newer and deleted == row.deleted:
            result.unchanged += 1
            continue
        source = item if newer else row
        changes.append({"b_id": row.id, "text": source.text, "subject": source.subject,
                        "html": source.html, "edited_at": source.edited_at, "deleted": deleted})
        if newer:
            label = authors[item.author.remote_id][1] if item.author else ""
            old_rows.append({"id": row.id, "text": row.text, "subject": row.subject,
                             "author": label})
            new_rows.append({"id": row.id, "text": item.text, "subject": item.subject,
                             "author": label})
        result.updated += 1
    if changes:
        conn.execute(update(MESSAGES).where(MESSAGES.c.id == bindparam("b_id")), changes)
        dialect.unindex_messages(conn, old_rows)
        dialect.index_messages(conn, new_rows)


def _insert_new(conn: Connection, account_id: int, new: list[InboundItem],
                batch: dict[str, InboundItem], authors: dict[str, tuple[int, str]],
                result: IngestResult) -> None:
    keys = threads.thread_keys(conn, account_id, new, batch)
    conv_ids, created = _conversations_for(conn, account_id, new, keys)
    result.conversations_created = created
    new.sort(key=lambda i: (i.created_at, i.platform_id))
    message_ids = ids.allocate(conn, [item.created_at for item in new])
    rows, search_rows, folded = [], [], []
    placed: dict[str, int] = {}
    for mid, item in zip(message_ids, new, strict=True):
        conv_id = conv_ids[keys[item.platform_id]]
        placed[item.platform_id] = conv_id
        author_id, label = authors[item.author.remote_id] if item.author else (None, "")
        rows.append({
            "id": mid, "account_id": account_id, "conversation_id": conv_id,
            "platform_id": item.platform_id, "parent_platform_id": item.parent_id,
            "author_id": author_id, "direction": str(item.direction), "kind": str(item.kind),
            "subject": item.subject, "text": item.text, "html": item.html, "url": item.url,
            "language": item.language, "created_at": item.created_at,
            "edited_at": item.edited_at, "deleted": item.deleted,
        })
        search_rows.append({"id": mid, "text": item.text, "subject": item.subject,
                            "author": label})
        folded.append(aggregates.NewMessage(
            conv_id, item.created_at, str(item.direction), author_id, item.subject,
            item.text, item.is_direct))
    conn.execute(MESSAGES.insert(), rows)
    dialect.index_messages(conn, search_rows)
    merged = threads.merge_orphans(conn, account_id, placed)
    outcome = aggregates.apply(conn, folded, recount=merged)
    result.inserted = len(rows)
    result.new_message_ids = message_ids
    result.reopened = outcome.reopened
    result.touched_conversations = set(placed.values())


def _conversations_for(conn: Connection, account_id: int, new: list[InboundItem],
                       keys: dict[str, str]) -> tuple[dict[str, int], int]:
    """thread key -> conversation id, creating the conversations that do not exist yet."""
    wanted = set(keys.values())
    found = {row.thread_key: row.id for row in select_in(
        conn, CONVERSATIONS, ("id", "thread_key"), "thread_key", wanted, account_id)}
    missing = wanted - set(found)
    if missing:
        first = {}
        for item in new:
            key = keys[item.platform_id]
            if key in missing and (key not in first or item.created_at < first[key]):
                first[key] = item.created_at
        conn.execute(dialect.insert_ignore(conn, CONVERSATIONS, "account_id", "thread_key"), [
            {"account_id": account_id, "thread_key": key, "created_at": at,
             "last_message_at": at, "status": "new", "priority": "none", "unread": True,
             "escalated": False, "is_direct": False, "subject": "", "message_count": 0,
             "version": 1}
            for key, at in first.items()])
        found.update({row.thread_key: row.id for row in select_in(
            conn, CONVERSATIONS, ("id", "thread_key"), "thread_key", missing, account_id)})
    return found, len(missing)

