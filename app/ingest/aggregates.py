"""Conversation state derived from its messages, kept in step with every ingested batch.

`derive` is the one definition of every derived field. A batch that only appends to a
conversation (all its messages newer than what is stored) folds in without reading old
messages; anything arriving out of order, merged or edited is recomputed from the stored
messages, so batches in any order converge on the same row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, Row, select

from app.ingest.tables import rows_by_id
from app.models import CONVERSATIONS, EVENTS, MESSAGES, Direction, Status
from app.store import bulk, dialect
from app.timeutil import UTCDateTime, utcnow

SUBJECT_CHARS = 160
_INBOUND = Direction.INBOUND.value
_OUTBOUND = Direction.OUTBOUND.value


class Facts(Protocol):
    """What the derived fields need to know of one message (a batch item or a stored row)."""

    @property
    def platform_id(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def direction(self) -> str: ...
    @property
    def author_id(self) -> int | None: ...
    @property
    def subject(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(slots=True)
class NewMessage:
    conversation_id: int
    platform_id: str
    created_at: datetime
    direction: str
    author_id: int | None
    subject: str
    text: str
    is_direct: bool


@dataclass(slots=True)
class Outcome:
    reopened: list[int] = field(default_factory=list)


def subject_of(subject: str, text: str) -> str:
    if subject.strip():
        return subject.strip()[:SUBJECT_CHARS]
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:SUBJECT_CHARS]


def derive(messages: Sequence[Facts]) -> dict[str, Any]:
    """Every derived field of a conversation holding exactly these messages."""
    ordered = sorted(messages, key=lambda m: (m.created_at, m.platform_id))
    first = ordered[0]
    inbound = [m for m in ordered if m.direction == _INBOUND]
    outbound = [m.created_at for m in ordered if m.direction == _OUTBOUND]
    last_out = outbound[-1] if outbound else None
    return {
        "created_at": first.created_at,
        "subject": subject_of(first.subject, first.text),
        "last_message_at": ordered[-1].created_at,
        "last_inbound_at": inbound[-1].created_at if inbound else None,
        "last_outbound_at": last_out,
        "first_response_at": outbound[0] if outbound else None,
        # PRODUCT.md: the first inbound after our last reply; later inbound does not move it.
        "waiting_since": next((m.created_at for m in inbound
                               if last_out is None or m.created_at > last_out), None),
        "message_count": len(ordered),
        "member_id": next((m.author_id for m in inbound if m.author_id is not None), None),
    }


def _append(row: Row[Any], messages: Sequence[NewMessage]) -> dict[str, Any]:
    """Fold messages that are all newer than everything stored (the common, in-order case)."""
    batch = derive(messages)
    replied = batch["last_outbound_at"] is not None
    return {
        **batch,
        "created_at": row.created_at,
        "subject": row.subject,
        "last_inbound_at": batch["last_inbound_at"] or row.last_inbound_at,
        "last_outbound_at": batch["last_outbound_at"] or row.last_outbound_at,
        "first_response_at": row.first_response_at or batch["first_response_at"],
        "waiting_since": batch["waiting_since"] if replied
        else row.waiting_since or batch["waiting_since"],
        "message_count": row.message_count + len(messages),
        "member_id": row.member_id if row.member_id is not None else batch["member_id"],
    }


def apply(conn: Connection, new: Sequence[NewMessage], recount: Iterable[int] = (),
          edited: Mapping[int, datetime] | None = None) -> Outcome:
    """Fold new messages into stored conversations.

    `recount` are conversations that received merged messages; `edited` maps conversations
    to the earliest creation time of an edited message (an edited first message renames it).
    """
    by_conv: dict[int, list[NewMessage]] = {}
    for message in new:
        by_conv.setdefault(message.conversation_id, []).append(message)
    edited = edited or {}
    slow = set(recount)
    rows: dict[int, Any] = {row.id: row for row in rows_by_id(
        conn, CONVERSATIONS, list(CONVERSATIONS.c), set(by_conv) | slow | set(edited))}
    slow |= {cid for cid, row in rows.items() if cid in edited and edited[cid] <= row.created_at}
    changes: dict[int, dict[str, Any]] = {}
    for cid, row in rows.items():
        messages = by_conv.get(cid, [])
        if cid in slow or not messages:
            continue
        if row.message_count == 0:
            changes[cid] = derive(messages)
        elif min(m.created_at for m in messages) > row.last_message_at:
            changes[cid] = _append(row, messages)
        else:
            slow.add(cid)
    changes.update(_rebuilt(conn, slow))
    outcome = Outcome()
    updates = [_with_state(cid, rows[cid], derived, by_conv.get(cid, []), outcome)
               for cid, derived in changes.items() if cid in rows]
    _store(conn, updates)
    _log_reopened(conn, outcome.reopened)
    return outcome


def _store(conn: Connection, updates: list[dict[str, Any]]) -> None:
    if not updates:
        return
    encode = dialect.time_encoder(conn)
    names = [name for name in updates[0] if name != "id"]
    times = {name for name in names if isinstance(CONVERSATIONS.c[name].type, UTCDateTime)}
    rows = [(*(encode(change[n]) if n in times else change[n] for n in names), change["id"])
            for change in updates]
    bulk.bulk_update(conn, CONVERSATIONS, "id", names, rows)


def _rebuilt(conn: Connection, conv_ids: set[int]) -> dict[int, dict[str, Any]]:
    """Derived fields recomputed from every stored message of these conversations."""
    m = MESSAGES.c
    grouped: dict[int, list[Any]] = {}
    if conv_ids:
        stmt = select(m.conversation_id, m.platform_id, m.created_at, m.direction, m.author_id,
                      m.subject, m.text).where(dialect.one_of(conn, m.conversation_id, conv_ids))
        for row in conn.execute(stmt):
            grouped.setdefault(row.conversation_id, []).append(row)
    return {cid: derive(messages) for cid, messages in grouped.items()}


def _with_state(cid: int, row: Any, derived: dict[str, Any], messages: Sequence[NewMessage],
                outcome: Outcome) -> dict[str, Any]:
    """The full update row: derived fields plus unread/status (same keys for executemany)."""
    change = {"id": cid, **derived, "unread": row.unread, "status": row.status,
              "snoozed_until": row.snoozed_until, "status_changed_at": row.status_changed_at,
              "version": row.version,
              # Direct is a property of the whole exchange: any direct message makes it so.
              "is_direct": row.is_direct or any(msg.is_direct for msg in messages)}
    inbound = [msg.created_at for msg in messages if msg.direction == _INBOUND]
    if inbound:
        change["unread"] = True
        _maybe_reopen(cid, row, max(inbound), change, outcome)
    return change


def _maybe_reopen(cid: int, row: Any, newest_in: datetime, change: dict[str, Any],
                  outcome: Outcome) -> None:
    """New inbound after the conversation was closed or snoozed brings it back."""
    changed = row.status_changed_at
    if row.status in (Status.DONE, Status.SNOOZED) and (changed is None or newest_in > changed):
        change.update(status=Status.OPEN.value, snoozed_until=None,
                      status_changed_at=utcnow(), version=row.version + 1)
        outcome.reopened.append(cid)


def _log_reopened(conn: Connection, conv_ids: list[int]) -> None:
    if conv_ids:
        now = utcnow()
        conn.execute(EVENTS.insert(), [
            {"at": now, "actor": "system", "action": "reopened", "conversation_id": cid,
             "data": {"reason": "new inbound message"}} for cid in conv_ids])
