"""Edits and deletions of messages already stored: the newest version wins, deletion sticks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, update

from app.ingest.members import author_labels
from app.ingest.result import IngestResult
from app.items import InboundItem, content_key
from app.models import MESSAGES
from app.store import dialect


def _stored_key(row: Row[Any]) -> tuple[Any, ...]:
    return content_key(row.edited_at, row.created_at, row.text, row.subject, row.html)


def apply_updates(conn: Connection, batch: dict[str, InboundItem], stored: dict[str, Row[Any]],
                  result: IngestResult) -> dict[int, datetime]:
    """Update stored messages from newer versions in the batch.

    Returns conversation id -> earliest creation time among its messages whose text changed
    (an edited first message changes the conversation's subject).
    """
    changes: list[dict[str, Any]] = []
    rewritten: list[Row[Any]] = []
    edited: dict[int, datetime] = {}
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
            rewritten.append(row)
            known = edited.get(row.conversation_id, row.created_at)
            edited[row.conversation_id] = min(known, row.created_at)
        result.updated += 1
    if changes:
        conn.execute(update(MESSAGES).where(MESSAGES.c.id == bindparam("b_id")), changes)
        _reindex(conn, rewritten, batch)
    return edited


def _reindex(conn: Connection, rows: list[Row[Any]], batch: dict[str, InboundItem]) -> None:
    """Swap the search rows of edited messages; FTS5 must be told exactly what it indexed."""
    labels = author_labels(conn, {row.author_id for row in rows if row.author_id is not None})
    old, new = [], []
    for row in rows:
        label = labels.get(row.author_id, "") if row.author_id is not None else ""
        item = batch[row.platform_id]
        old.append({"id": row.id, "text": row.text, "subject": row.subject, "author": label})
        new.append({"id": row.id, "text": item.text, "subject": item.subject, "author": label})
    dialect.unindex_messages(conn, old)
    dialect.index_messages(conn, new)
