"""Conversation state derived from its messages, updated incrementally per batch.

Every field is a min or max over messages, so batches in any order converge on the same
row. waiting_since (the first inbound after our last reply) only needs the database when a
batch moves the last reply forward.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, func, select, update

from app.ingest.tables import CONVERSATIONS, EVENTS, MESSAGES
from app.models import Direction, Status
from app.timeutil import utcnow

SUBJECT_CHARS = 160


@dataclass(slots=True)
class NewMessage:
    conversation_id: int
    created_at: datetime
    direction: str
    author_id: int | None
    subject: str
    text: str
    is_direct: bool


@dataclass(slots=True)
class Outcome:
    reopened: list[int] = field(default_factory=list)


def _min(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return min(present) if present else None


def _max(*values: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def subject_of(subject: str, text: str) -> str:
    if subject.strip():
        return subject.strip()[:SUBJECT_CHARS]
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:SUBJECT_CHARS]


def apply(conn: Connection, new: Sequence[NewMessage], recount: Iterable[int] = ()) -> Outcome:
    """Fold new messages into their conversations; `recount` are merged ones to rebuild."""
    by_conv: dict[int, list[NewMessage]] = {}
    for message in new:
        by_conv.setdefault(message.conversation_id, []).append(message)
    outcome = Outcome()
    rows = _load(conn, by_conv)
    changes = [_fold(conn, row, by_conv[row.id], outcome) for row in rows]
    if changes:
        stmt = update(CONVERSATIONS).where(CONVERSATIONS.c.id == bindparam("b_id"))
        conn.execute(stmt, changes)
    for conv_id in set(recount):
        rebuild(conn, conv_id)
    if outcome.reopened:
        now = utcnow()
        conn.execute(EVENTS.insert(), [
            {"at": now, "actor": "system", "action": "reopened", "conversation_id": cid,
             "data": {"reason": "new inbound message"}} for cid in outcome.reopened])
    return outcome


def _load(conn: Connection, by_conv: Mapping[int, list[NewMessage]]) -> list[Row[Any]]:
    ids = list(by_conv)
    rows: list[Row[Any]] = []
    for start in range(0, len(ids), 5000):
        rows.extend(conn.execute(select(CONVERSATIONS).where(
            CONVERSATIONS.c.id.in_(ids[start:start + 5000]))))
    return rows


_FOLDED = ("subject", "is_direct", "member_id", "unread", "status", "snoozed_until",
           "status_changed_at", "version")


def _fold(conn: Connection, row: Row[Any], messages: list[NewMessage],
          outcome: Outcome) -> dict[str, Any]:
    """The conversation's new derived fields; every dict has the same keys (executemany)."""
    inbound = [m for m in messages if m.direction == Direction.INBOUND]
    outbound = [m.created_at for m in messages if m.direction == Direction.OUTBOUND]
    earliest = min(messages, key=lambda m: (m.created_at, m.text))
    empty = row.message_count == 0
    change: dict[str, Any] = {"b_id": row.id, **{name: row._mapping[name] for name in _FOLDED}}
    if empty or earliest.created_at < row.created_at:
        change["subject"] = subject_of(earliest.subject, earliest.text)
        change["is_direct"] = earliest.is_direct
        first_in = min(inbound, key=lambda m: m.created_at, default=None)
        if first_in is not None and first_in.author_id is not None:
            change["member_id"] = first_in.author_id
    latest = max(m.created_at for m in messages)
    last_out = _max(row.last_outbound_at, *outbound)
    change.update(
        created_at=earliest.created_at if empty else _min(row.created_at, earliest.created_at),
        last_message_at=latest if empty else _max(row.last_message_at, latest),
        last_inbound_at=_max(row.last_inbound_at, *(m.created_at for m in inbound)),
        last_outbound_at=last_out,
        first_response_at=_min(row.first_response_at, *outbound),
        message_count=row.message_count + len(messages),
    )
    if last_out == row.last_outbound_at:
        after = (m.created_at for m in inbound if last_out is None or m.created_at > last_out)
        change["waiting_since"] = _min(row.waiting_since, *after)
    else:  # our last reply moved forward: older inbound messages may now be the first after it
        change["waiting_since"] = conn.execute(_first_inbound_after(row.id, last_out)).scalar()
    if inbound:
        change["unread"] = True
        _maybe_reopen(row, max(m.created_at for m in inbound), change, outcome)
    return change


def _maybe_reopen(row: Row[Any], newest_in: datetime, change: dict[str, Any],
                  outcome: Outcome) -> None:
    """New inbound after the conversation was closed or snoozed brings it back."""
    changed = row.status_changed_at
    if row.status in (Status.DONE, Status.SNOOZED) and (changed is None or newest_in > changed):
        change.update(status=Status.OPEN.value, snoozed_until=None,
                      status_changed_at=utcnow(), version=row.version + 1)
        outcome.reopened.append(row.id)


def _first_inbound_after(conv_id: int, after: datetime | None) -> Any:
    stmt = select(func.min(MESSAGES.c.created_at)).where(
        MESSAGES.c.conversation_id == conv_id, MESSAGES.c.direction == Direction.INBOUND.value)
    if after is not None:
        stmt = stmt.where(MESSAGES.c.created_at > after)
    return stmt


def rebuild(conn: Connection, conv_id: int) -> None:
    """Recompute a conversation's derived fields from all its stored messages."""
    m = MESSAGES.c
    rows = conn.execute(select(m.created_at, m.direction, m.author_id, m.subject, m.text)
                        .where(m.conversation_id == conv_id)).all()
    if not rows:
        return
    inbound = [r.created_at for r in rows if r.direction == Direction.INBOUND]
    outbound = [r.created_at for r in rows if r.direction == Direction.OUTBOUND]
    last_out = _max(*outbound)
    first = min(rows, key=lambda r: (r.created_at, r.text))
    first_in = min((r for r in rows if r.direction == Direction.INBOUND),
                   key=lambda r: r.created_at, default=None)
    values: dict[str, Any] = {
        "created_at": first.created_at, "subject": subject_of(first.subject, first.text),
        "last_message_at": max(r.created_at for r in rows),
        "last_inbound_at": _max(*inbound), "last_outbound_at": last_out,
        "first_response_at": _min(*outbound), "message_count": len(rows),
        "waiting_since": _min(*(t for t in inbound if last_out is None or t > last_out)),
    }
    if first_in is not None and first_in.author_id is not None:
        values["member_id"] = first_in.author_id
    conn.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.id == conv_id).values(**values))
