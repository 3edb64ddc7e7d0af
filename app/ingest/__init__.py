"""The one ingest path: a batch of normalized items becomes members, conversations, messages,
search rows and conversation state, in one transaction, with Core bulk statements.

It is idempotent and order-independent: the same batch twice, or batches in any order, leave
the same database (tests/test_ingest_properties.py proves it with hypothesis).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import Connection

from app.ingest import aggregates
from app.ingest.insert import insert_new
from app.ingest.members import resolve_members
from app.ingest.result import IngestResult
from app.ingest.tables import select_in
from app.ingest.updates import apply_updates
from app.items import InboundItem
from app.models import MESSAGES
from app.store import Store

__all__ = ["IngestResult", "ingest", "ingest_in"]


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
                         "created_at", "deleted", "author_id", "conversation_id"),
        "platform_id", batch, account_id)}
    edited = apply_updates(conn, batch, stored, result)
    new = [item for pid, item in batch.items() if pid not in stored]
    if new:
        insert_new(conn, account_id, new, batch, authors, result, edited)
    elif edited:
        aggregates.apply(conn, [], edited=edited)
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
