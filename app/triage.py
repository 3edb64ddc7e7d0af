"""Triage services every front end calls: status, snooze, assign, tag, priority, escalate,
notes, read state. Each action works on one or many conversations and writes an event.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, func, select, update

from app.errors import ConversationNotFound
from app.ingest import ingest_in
from app.items import InboundItem, MemberRef
from app.models import (
    CONVERSATION_TAGS,
    CONVERSATIONS,
    ESCALATIONS,
    EVENTS,
    TAGS,
    Direction,
    MessageKind,
    Priority,
    Status,
)
from app.store import Store, dialect
from app.timeutil import utcnow

CONV_TAGS: Table = CONVERSATION_TAGS

MAX_NOTE = 20_000




class StaleConversation(RuntimeError):
    """Someone (or a new message) changed the conversation since it was shown."""


class TriageError(ValueError):
    """A triage request that cannot be carried out as asked (bad tag name, empty note...)."""


def log_event(conn: Connection, actor: str, action: str, conversation_ids: Iterable[int | None],
              **data: Any) -> None:
    now = utcnow()
    rows = [{"at": now, "actor": actor, "action": action, "conversation_id": cid, "data": data}
            for cid in conversation_ids]
    if rows:
        conn.execute(EVENTS.insert(), rows)


class Triage:
    def __init__(self, store: Store, agent: str, conn: Connection | None = None) -> None:
        self.store = store
        self.agent = agent
        self.conn = conn  # act inside this open transaction (rules on ingest) when given

    def _change(self, ids: Sequence[int], action: str, values: dict[str, Any],
                expected_version: int | None = None, **data: Any) -> None:
        with self.store.write_in(self.conn) as conn:
            self._check(conn, ids, expected_version)
            conn.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.id.in_(ids))
                         .values(**values, version=CONVERSATIONS.c.version + 1))
            log_event(conn, self.agent, action, ids, **data)

    @staticmethod
    def _check(conn: Connection, ids: Sequence[int], expected_version: int | None) -> None:
        found = dict(conn.execute(select(CONVERSATIONS.c.id, CONVERSATIONS.c.version)
                                  .where(CONVERSATIONS.c.id.in_(ids))).all())
        for cid in ids:
            if cid not in found:
                raise ConversationNotFound(cid)
        if expected_version is not None and len(ids) == 1 and found[ids[0]] != expected_version:
            raise StaleConversation(
                f"conversation {ids[0]} changed since you opened it; look again before acting")

    def set_status(self, ids: Sequence[int], status: Status,
                   expected_version: int | None = None) -> None:
        status = Status(status)
        if status is Status.SNOOZED:
            raise TriageError("use snooze() with a time to snooze a conversation")
        values: dict[str, Any] = {"status": status.value, "status_changed_at": utcnow(),
                                  "snoozed_until": None}
        self._change(ids, "status", values, expected_version, status=status.value)

    def mark_done(self, ids: Sequence[int], expected_version: int | None = None) -> None:
        self.set_status(ids, Status.DONE, expected_version)

    def snooze(self, ids: Sequence[int], until: datetime) -> None:
        if until <= utcnow():
            raise TriageError("snooze until a time in the future")
        values = {"status": Status.SNOOZED.value, "snoozed_until": until,
                  "status_changed_at": utcnow()}
        self._change(ids, "snoozed", values, until=until.isoformat())

    def wake_snoozed(self, now: datetime | None = None) -> list[int]:
        """Snoozes that have run out come back as open; returns the woken conversations."""
        now = now or utcnow()
        with self.store.write_in(self.conn) as conn:
            due = list(conn.execute(select(CONVERSATIONS.c.id).where(
                CONVERSATIONS.c.status == Status.SNOOZED.value,
                CONVERSATIONS.c.snoozed_until <= now)).scalars())
            if due:
                conn.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.id.in_(due)).values(
                    status=Status.OPEN.value, snoozed_until=None, status_changed_at=now,
                    version=CONVERSATIONS.c.version + 1))
                log_event(conn, "system", "woke", due)
        return due

    def assign(self, ids: Sequence[int], assignee: str | None) -> None:
        who = (assignee or "").strip() or None
        self._change(ids, "assigned", {"assignee": who}, assignee=who)

    def set_priority(self, ids: Sequence[int], priority: Priority) -> None:
        priority = Priority(priority)
        self._change(ids, "priority", {"priority": priority.value}, priority=priority.value)

    def mark_read(self, ids: Sequence[int]) -> None:
        self._change(ids, "read", {"unread": False})

    def mark_unread(self, ids: Sequence[int]) -> None:
        self._change(ids, "unread", {"unread": True})

    def tag(self, ids: Sequence[int], name: str) -> None:
        name = _tag_name(name)
        with self.store.write_in(self.conn) as conn:
            self._check(conn, ids, None)
            conn.execute(dialect.insert_ignore(conn, TAGS, "name"), [{"name": name, "color": ""}])
            tag_id = conn.execute(select(TAGS.c.id).where(TAGS.c.name == name)).scalar_one()
            conn.execute(dialect.insert_ignore(conn, CONV_TAGS, "conversation_id", "tag_id"),
                         [{"conversation_id": cid, "tag_id": tag_id} for cid in ids])
            log_event(conn, self.agent, "tagged", ids, tag=name)

    def untag(self, ids: Sequence[int], name: str) -> None:
        name = _tag_name(name)
        with self.store.write_in(self.conn) as conn:
            self._check(conn, ids, None)
            tag_id = conn.execute(select(TAGS.c.id).where(TAGS.c.name == name)).scalar()
            if tag_id is not None:
                conn.execute(delete(CONV_TAGS).where(CONV_TAGS.c.tag_id == tag_id,
                                                     CONV_TAGS.c.conversation_id.in_(ids)))
            log_event(conn, self.agent, "untagged", ids, tag=name)

    def escalate(self, ids: Sequence[int], to: str, reason: str, note: str = "") -> list[int]:
        """Hand conversations to someone who can settle them; returns the escalation ids."""
        if not to.strip():
            raise TriageError("say whom to escalate to")
        now = utcnow()
        with self.store.write_in(self.conn) as conn:
            self._check(conn, ids, None)
            made = [self._insert_escalation(conn, cid, to.strip(), reason, note, now)
                    for cid in ids]
            conn.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.id.in_(ids)).values(
                escalated=True, version=CONVERSATIONS.c.version + 1))
            log_event(conn, self.agent, "escalated", ids, to=to.strip(), reason=reason,
                      note=note)
        return made

    def _insert_escalation(self, conn: Connection, cid: int, to: str, reason: str, note: str,
                           now: datetime) -> int:
        result = conn.execute(ESCALATIONS.insert().values(
            conversation_id=cid, to=to, reason=reason, note=note, created_by=self.agent,
            created_at=now, resolved_by="", resolution=""))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def resolve_escalation(self, escalation_id: int, resolution: str) -> None:
        with self.store.write_in(self.conn) as conn:
            cid = conn.execute(select(ESCALATIONS.c.conversation_id).where(
                ESCALATIONS.c.id == escalation_id)).scalar()
            if cid is None:
                raise TriageError(f"no escalation with id {escalation_id}")
            conn.execute(update(ESCALATIONS).where(ESCALATIONS.c.id == escalation_id).values(
                resolved_at=utcnow(), resolved_by=self.agent, resolution=resolution))
            still_open = conn.execute(select(func.count()).select_from(ESCALATIONS).where(
                and_(ESCALATIONS.c.conversation_id == cid, ESCALATIONS.c.resolved_at.is_(None))
            )).scalar_one()
            conn.execute(update(CONVERSATIONS).where(CONVERSATIONS.c.id == cid).values(
                escalated=still_open > 0, version=CONVERSATIONS.c.version + 1))
            log_event(conn, self.agent, "escalation_resolved", [cid],
                      escalation=escalation_id, resolution=resolution)

    def add_note(self, conversation_id: int, text: str) -> int:
        """An internal note: visible to the team in the thread, never sent, never a reply."""
        body = text.strip()
        if not body or len(body) > MAX_NOTE:
            raise TriageError(f"a note needs 1 to {MAX_NOTE} characters")
        with self.store.write_in(self.conn) as conn:
            row = conn.execute(select(CONVERSATIONS.c.account_id, CONVERSATIONS.c.thread_key)
                               .where(CONVERSATIONS.c.id == conversation_id)).first()
            if row is None:
                raise ConversationNotFound(conversation_id)
            item = InboundItem(
                platform_id=f"note:{uuid.uuid4().hex}", created_at=utcnow(), text=body,
                author=MemberRef(remote_id=f"agent:{self.agent}", name=self.agent),
                direction=Direction.NOTE, kind=MessageKind.COMMENT, thread_id=row.thread_key)
            # The author is kept as a member of platform "agent", apart from the community.
            result = ingest_in(conn, row.account_id, "agent", [item])
            log_event(conn, self.agent, "note", [conversation_id])
        return result.new_message_ids[0]


def _tag_name(name: str) -> str:
    cleaned = name.strip().lstrip("#").strip().lower()
    if not cleaned or len(cleaned) > 60 or any(ch.isspace() for ch in cleaned):
        raise TriageError(f"{name!r} is not a tag name: use one word of up to 60 characters")
    return cleaned
