"""Thread root resolution: which conversation a new message belongs to.

A message joins the conversation of its thread root. Platforms that name the root (Bluesky
`reply.root`, email `References[0]`) settle it at once; otherwise the parent is followed
through this batch and what is stored. When a parent arrives after its replies, the replies'
provisional conversation is merged into the parent's, so arrival order never matters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, delete, select, update

from app.ingest.tables import select_in
from app.items import InboundItem
from app.models import (
    CONVERSATION_TAGS,
    CONVERSATIONS,
    ESCALATIONS,
    EVENTS,
    MESSAGES,
    OUTBOX,
)

_MAX_DEPTH = 200


def thread_keys(conn: Connection, account_id: int, new: Sequence[InboundItem]) -> dict[str, str]:
    """platform id -> thread key for every new item.

    Only new items are followed within the batch: a parent already stored has a settled
    conversation (perhaps merged since), whatever its own parent says.
    """
    fresh = {item.platform_id: item for item in new}
    parents = {i.parent_id for i in new if i.thread_id is None and i.parent_id}
    stored = _stored_thread_keys(conn, account_id, parents - set(fresh))
    return {item.platform_id: _key_for(item, fresh, stored) for item in new}


def _key_for(item: InboundItem, batch: Mapping[str, InboundItem], stored: Mapping[str, str]) -> str:
    current = item
    for _ in range(_MAX_DEPTH):
        if current.thread_id:
            return current.thread_id
        parent = current.parent_id
        if not parent:
            return current.platform_id
        if parent in stored:
            return stored[parent]
        if parent not in batch or parent == current.platform_id:
            return parent
        current = batch[parent]
    return current.platform_id


def _stored_thread_keys(conn: Connection, account_id: int, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = select_in(conn, MESSAGES, ("platform_id", "conversation_id"), "platform_id", ids,
                     account_id)
    if not rows:
        return {}
    convs = conn.execute(
        select(CONVERSATIONS.c.id, CONVERSATIONS.c.thread_key).where(
            CONVERSATIONS.c.id.in_({row.conversation_id for row in rows}))
    )
    key_of: dict[int, str] = {row.id: row.thread_key for row in convs}
    return {row.platform_id: key_of[row.conversation_id] for row in rows}


def merge_orphans(conn: Connection, orphans: Mapping[str, int],
                  placed: Mapping[str, int]) -> set[int]:
    """Fold conversations keyed on a just-arrived message into that message's conversation.

    `orphans` maps new message platform ids to the conversation keyed on them, `placed` to
    the conversation they went into. Returns the conversations that received messages
    (their aggregates must be recomputed).
    """
    touched: set[int] = set()
    folded: dict[int, int] = {}  # a conversation already folded away -> where it went

    def now(cid: int) -> int:
        while cid in folded:
            cid = folded[cid]
        return cid

    for pid, orphan in orphans.items():
        # One page can fold a chain (c into b, b into a): follow each to where it went.
        source, target = now(orphan), now(placed[pid])
        if source != target:
            _move(conn, source, target)
            folded[source] = target
            touched.add(target)
    return {now(cid) for cid in touched}


def _move(conn: Connection, source: int, target: int) -> None:
    conn.execute(update(MESSAGES).where(MESSAGES.c.conversation_id == source)
                 .values(conversation_id=target))
    for table in (EVENTS, ESCALATIONS, OUTBOX):
        conn.execute(update(table).where(table.c.conversation_id == source)
                     .values(conversation_id=target))
    tags = CONVERSATION_TAGS
    moved = conn.execute(select(tags.c.tag_id).where(tags.c.conversation_id == source)).scalars()
    have = set(conn.execute(
        select(tags.c.tag_id).where(tags.c.conversation_id == target)).scalars())
    extra = [{"conversation_id": target, "tag_id": t} for t in moved if t not in have]
    if extra:
        conn.execute(tags.insert(), extra)
    # Direct is sticky: a thread that was direct in either part stays direct.
    conv = CONVERSATIONS.c
    was_direct = conn.execute(select(conv.is_direct).where(conv.id == source)).scalar()
    if was_direct:
        conn.execute(update(CONVERSATIONS).where(conv.id == target).values(is_direct=True))
    conn.execute(delete(CONVERSATIONS).where(conv.id == source))
