"""Read-only views the command line and the desktop share: the queue and one conversation.

Core selects with joins: a page of the queue is one statement plus one for its tags, and a
conversation is a handful, however long its thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Select, func, select

from app.errors import ConversationNotFound
from app.models import (
    ACCOUNTS,
    CONVERSATION_TAGS,
    CONVERSATIONS,
    ESCALATIONS,
    MEMBERS,
    MESSAGES,
    OUTBOX,
    TAGS,
    OutboxState,
    Status,
)
from app.search.scope import account_platform
from app.store import Store

C = CONVERSATIONS.c
M = MESSAGES.c
CT = CONVERSATION_TAGS.c
ESC = ESCALATIONS.c
OUT = OUTBOX.c

Order = Literal["newest", "oldest", "waiting"]
ORDERS: tuple[str, ...] = ("newest", "oldest", "waiting")
# The queue a manager works: everything not snoozed away or done.
QUEUE = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value)
ALL = "all"
PREVIEW_CHARS = 120
_UNSENT = (OutboxState.QUEUED.value, OutboxState.SENDING.value, OutboxState.FAILED.value,
           OutboxState.UNKNOWN.value)




@dataclass(frozen=True, slots=True)
class ConversationRow:
    """One line of a conversation list, for the CLI and the desktop app alike."""

    id: int
    platform: str  # as the manager knows it (a demo account says which platform it imitates)
    account_id: int
    account_handle: str
    member_name: str
    member_handle: str
    subject: str
    preview: str
    status: str
    priority: str
    assignee: str | None
    tags: tuple[str, ...]
    unread: bool
    escalated: bool
    created_at: datetime
    last_message_at: datetime
    waiting_since: datetime | None
    snoozed_until: datetime | None
    message_count: int
    connector: str  # the connector that serves the account
    version: int  # for optimistic locking of triage from a list


def preview_of(text: str) -> str:
    """The first non-empty line, cut to a list row's width."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


def _filters(status: str | None, tag: str | None, assignee: str | None) -> list[Any]:
    where: list[Any] = []
    if status is None:
        where.append(C.status.in_(QUEUE))
    elif status != ALL:
        where.append(C.status == Status(status).value)
    if tag is not None:
        tagged = select(CT.conversation_id).join(TAGS, TAGS.c.id == CT.tag_id)
        where.append(C.id.in_(tagged.where(func.lower(TAGS.c.name) == tag.lower())))
    if assignee is not None:
        where.append(C.assignee == assignee)
    return where


def _row_select() -> Select[Any]:
    latest = (select(M.text).where(M.conversation_id == C.id, M.direction != "note")
              .order_by(M.created_at.desc(), M.id.desc()).limit(1).scalar_subquery())
    return (select(C.id, C.account_id, ACCOUNTS.c.platform, ACCOUNTS.c.settings,
                   ACCOUNTS.c.handle.label("account_handle"),
                   func.coalesce(MEMBERS.c.name, "").label("member_name"),
                   func.coalesce(MEMBERS.c.handle, "").label("member_handle"), C.subject,
                   func.coalesce(latest, "").label("latest"), C.status, C.priority,
                   C.assignee, C.unread, C.escalated, C.created_at, C.last_message_at,
                   C.waiting_since, C.snoozed_until, C.message_count, C.version)
            .join(ACCOUNTS, ACCOUNTS.c.id == C.account_id)
            .outerjoin(MEMBERS, MEMBERS.c.id == C.member_id))


def _ordered(stmt: Select[Any], order: str) -> Select[Any]:
    if order == "oldest":
        return stmt.order_by(C.last_message_at.asc(), C.id)
    if order == "waiting":
        return stmt.order_by(C.waiting_since.is_(None), C.waiting_since.asc(), C.id)
    if order == "newest":
        return stmt.order_by(C.last_message_at.desc(), C.id.desc())
    raise ValueError(f"unknown order {order!r}: use one of {', '.join(ORDERS)}")


def inbox(store: Store, status: str | None = None, tag: str | None = None,
          assignee: str | None = None, limit: int = 100, offset: int = 0,
          order: str = "newest") -> list[ConversationRow]:
    """One page of the queue; `status=None` is new+open+pending, `"all"` is everything."""
    keys = _ordered(select(C.id).where(*_filters(status, tag, assignee)), order)
    with store.read() as conn:
        ids = list(conn.execute(keys.limit(limit).offset(offset)).scalars())
    return rows_by_ids(store, ids)


def rows_by_ids(store: Store, ids: Sequence[int]) -> list[ConversationRow]:
    """List rows for these conversations, in the order given (unknown ids are left out).

    Pages pick their ids first and read full rows (with the preview subquery) only for
    those: sorting full rows took over a second at 1M messages.
    """
    if not ids:
        return []
    with store.read() as conn:
        rows = {r.id: r for r in conn.execute(_row_select().where(C.id.in_(list(ids))))}
        tags = tags_for(conn, list(rows))
    return [_row(rows[i], tags) for i in ids if i in rows]


def count(store: Store, status: str | None = None, tag: str | None = None,
          assignee: str | None = None) -> int:
    stmt = select(func.count()).select_from(CONVERSATIONS)
    with store.read() as conn:
        return int(conn.execute(stmt.where(*_filters(status, tag, assignee))).scalar() or 0)


def tags_for(conn: Any, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    if ids:
        stmt = (select(CT.conversation_id, TAGS.c.name).join(TAGS, TAGS.c.id == CT.tag_id)
                .where(CT.conversation_id.in_(list(ids))).order_by(TAGS.c.name))
        for cid, name in conn.execute(stmt):
            found[cid].append(name)
    return found


def _row(r: Any, tags: dict[int, list[str]]) -> ConversationRow:
    return ConversationRow(
        id=r.id, platform=account_platform(r.platform, r.settings), account_id=r.account_id,
        account_handle=r.account_handle, member_name=r.member_name,
        member_handle=r.member_handle, subject=r.subject, preview=preview_of(r.latest),
        status=r.status, priority=r.priority, assignee=r.assignee,
        tags=tuple(tags.get(r.id, ())), unread=bool(r.unread), escalated=bool(r.escalated),
        created_at=r.created_at, last_message_at=r.last_message_at,
        waiting_since=r.waiting_since, snoozed_until=r.snoozed_until,
        message_count=r.message_count, connector=r.platform, version=r.version)


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    platform_id: str
    direction: str
    kind: str
    author_name: str
    author_handle: str
    subject: str
    text: str
    url: str
    created_at: datetime
    edited_at: datetime | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class EscalationView:
    id: int
    to: str
    reason: str
    note: str
    created_by: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PendingReply:
    """An outbox item not (yet) sent: queued, sending, failed or of unknown outcome."""

    id: int
    action: str
    state: str
    text: str
    agent: str
    attempts: int
    last_error: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    conversation: ConversationRow
    messages: tuple[MessageView, ...]
    escalations: tuple[EscalationView, ...]
    outbox: tuple[PendingReply, ...]


def conversation(store: Store, conversation_id: int) -> ConversationDetail:
    """One conversation with its whole thread, oldest first; raises ConversationNotFound."""
    thread = (select(M.id, M.platform_id, M.direction, M.kind,
                     func.coalesce(MEMBERS.c.name, "").label("name"),
                     func.coalesce(MEMBERS.c.handle, "").label("handle"), M.subject, M.text, M.url,
                     M.created_at, M.edited_at, M.deleted)
              .outerjoin(MEMBERS, MEMBERS.c.id == M.author_id)
              .where(M.conversation_id == conversation_id).order_by(M.created_at, M.id))
    escalations = (select(ESC.id, ESC.to, ESC.reason, ESC.note, ESC.created_by, ESC.created_at)
                   .where(ESC.conversation_id == conversation_id, ESC.resolved_at.is_(None))
                   .order_by(ESC.id))
    outbox = (select(OUT.id, OUT.action, OUT.state, OUT.text, OUT.agent, OUT.attempts,
                     OUT.last_error, OUT.created_at)
              .where(OUT.conversation_id == conversation_id, OUT.state.in_(_UNSENT))
              .order_by(OUT.id))
    with store.read() as conn:
        head = conn.execute(_row_select().where(C.id == conversation_id)).first()
        if head is None:
            raise ConversationNotFound(conversation_id)
        row = _row(head, tags_for(conn, [conversation_id]))
        messages = tuple(MessageView(r.id, r.platform_id, r.direction, r.kind, r.name,
                                     r.handle, r.subject, r.text, r.url, r.created_at,
                                     r.edited_at, bool(r.deleted))
                         for r in conn.execute(thread))
        open_escalations = tuple(EscalationView(*r) for r in conn.execute(escalations))
        pending = tuple(PendingReply(*r) for r in conn.execute(outbox))
    return ConversationDetail(row, messages, open_escalations, pending)
