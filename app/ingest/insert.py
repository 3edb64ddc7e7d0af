"""New messages: thread keys, their conversations, time-ordered ids, the rows and search rows.

The rows go to the driver as plain tuples (app.store.bulk): at a million messages the
per-row parameter processing of SQLAlchemy cost more than SQLite's own work. Conversations
first seen in this batch are inserted already complete (aggregates.derive), not patched.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from app.ingest import aggregates, threads
from app.ingest.result import IngestResult
from app.ingest.tables import select_in
from app.items import InboundItem
from app.models import CONVERSATIONS, MESSAGES
from app.store import bulk, dialect, ids

_MESSAGE_COLUMNS = ("id", "account_id", "conversation_id", "platform_id", "parent_platform_id",
                    "author_id", "direction", "kind", "subject", "text", "html", "url",
                    "language", "created_at", "edited_at", "deleted")
_DERIVED = ("created_at", "subject", "last_message_at", "last_inbound_at", "last_outbound_at",
            "first_response_at", "waiting_since", "message_count", "member_id")
_CONVERSATION_COLUMNS = ("account_id", "thread_key", "status", "priority", "unread",
                         "escalated", "version", "is_direct", *_DERIVED)
_TIMES = {"created_at", "last_message_at", "last_inbound_at", "last_outbound_at",
          "first_response_at", "waiting_since"}


def insert_new(conn: Connection, account_id: int, new: list[InboundItem],
               batch: dict[str, InboundItem], authors: dict[str, tuple[int, str]],
               result: IngestResult, edited: dict[int, datetime]) -> None:
    keys = threads.thread_keys(conn, account_id, new)
    new.sort(key=lambda i: (i.created_at, i.platform_id))
    folded: dict[str, list[aggregates.NewMessage]] = {}
    for item in new:
        author = item.author
        folded.setdefault(keys[item.platform_id], []).append(aggregates.NewMessage(
            0, item.platform_id, item.created_at, str(item.direction),
            authors[author.remote_id][0] if author else None, item.subject, item.text,
            item.is_direct))
    known = _known(conn, account_id, set(folded) | set(batch))
    fresh = _create(conn, account_id, {k: v for k, v in folded.items() if k not in known})
    conv_ids = {**known, **fresh}
    placed = _insert_rows(conn, account_id, new, keys, conv_ids, authors, result)
    merged = threads.merge_orphans(conn, {k: conv_ids[k] for k in known if k in placed},
                                   placed)
    fresh_ids = set(fresh.values())
    for key, messages in folded.items():
        for message in messages:
            message.conversation_id = conv_ids[key]
    outcome = aggregates.apply(
        conn, [m for key, ms in folded.items() if key not in fresh for m in ms],
        recount=merged, edited=edited)
    result.conversations_created = len(fresh_ids)
    result.reopened = outcome.reopened
    result.touched_conversations = set(placed.values())


def _insert_rows(conn: Connection, account_id: int, new: list[InboundItem],
                 keys: dict[str, str], conv_ids: dict[str, int],
                 authors: dict[str, tuple[int, str]], result: IngestResult) -> dict[str, int]:
    """The message and search rows; returns platform id -> conversation id."""
    message_ids = ids.allocate(conn, [item.created_at for item in new])
    encode = dialect.time_encoder(conn)
    rows, search_rows = [], []
    placed: dict[str, int] = {}
    for mid, item in zip(message_ids, new, strict=True):
        pid, author = item.platform_id, item.author
        conv_id = placed[pid] = conv_ids[keys[pid]]
        author_id, label = authors[author.remote_id] if author else (None, "")
        rows.append((mid, account_id, conv_id, pid, item.parent_id, author_id,
                     str(item.direction), str(item.kind), item.subject, item.text, item.html,
                     item.url, item.language, encode(item.created_at), encode(item.edited_at),
                     item.deleted))
        search_rows.append((mid, item.text, item.subject, label))
    bulk.bulk_insert(conn, MESSAGES, _MESSAGE_COLUMNS, rows)
    dialect.index_message_rows(conn, search_rows)
    result.inserted = len(rows)
    result.new_message_ids = message_ids
    return placed


def _known(conn: Connection, account_id: int, keys: set[str]) -> dict[str, int]:
    """Stored conversations keyed on these thread keys or on the batch's own ids (orphans)."""
    return {row.thread_key: row.id for row in select_in(
        conn, CONVERSATIONS, ("id", "thread_key"), "thread_key", keys, account_id)}


def _create(conn: Connection, account_id: int,
            grouped: dict[str, list[aggregates.NewMessage]]) -> dict[str, int]:
    """Insert the conversations first seen in this batch, complete; thread key -> id."""
    if not grouped:
        return {}
    encode = dialect.time_encoder(conn)
    rows = []
    for key, messages in grouped.items():
        derived = aggregates.derive(messages)
        direct = any(m.is_direct for m in messages)
        rows.append((account_id, key, "new", "none", True, False, 1, direct, *(
            encode(derived[n]) if n in _TIMES else derived[n] for n in _DERIVED)))
    # A team's other writer may have created one meanwhile (PostgreSQL): keep theirs, and
    # fold this batch into it like any existing conversation.
    bulk.bulk_insert(conn, CONVERSATIONS, _CONVERSATION_COLUMNS, rows, skip_existing=True)
    return _known(conn, account_id, set(grouped))
