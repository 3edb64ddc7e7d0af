"""The member ledger's memory: what the team did about a person (warnings, hides, deletions,
blocks, conflicts), on every platform their identities are linked on; and who carries the
community, by activity and by helpfulness."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, and_, func, select

from app.models import (
    ACCOUNTS,
    CONVERSATIONS,
    EVENTS,
    INSIGHTS,
    MEMBERS,
    MESSAGES,
    OUTBOX,
    Direction,
    OutboxAction,
)
from app.search.scope import account_platform
from app.store import Store
from app.timeutil import utcnow
from app.triage import TriageError, log_event

MODERATION = tuple(a.value for a in OutboxAction if a not in (OutboxAction.REPLY,
                                                               OutboxAction.MARK_READ))
MAX_WARNING = 2000


@dataclass(frozen=True, slots=True)
class ModerationEntry:
    at: datetime
    what: str  # an outbox action (hide, block, ...), "warning" or "conflict"
    by: str
    state: str  # the outbox state, or "" for warnings and conflicts
    note: str
    conversation_id: int | None


@dataclass(frozen=True, slots=True)
class TopMember:
    member_id: int
    name: str
    handle: str
    platform: str
    messages: int
    helpful: int  # messages in other members' conversations: answers, support, welcome


def _identities(conn: Connection, member_id: int) -> list[int]:
    person = conn.execute(select(MEMBERS.c.person_id).where(
        MEMBERS.c.id == member_id)).scalar()
    if person is None:
        return [member_id]
    return list(conn.execute(select(MEMBERS.c.id).where(MEMBERS.c.person_id == person))
                .scalars())


def warn_member(store: Store, member_id: int, note: str, agent: str) -> None:
    """Record that the member was warned (on the platform or in private), with what was said."""
    note = note.strip()
    if not note or len(note) > MAX_WARNING:
        raise TriageError("a warning needs a note (up to 2,000 characters)")
    with store.write() as conn:
        log_event(conn, agent, "member_warned", [None], member_id=member_id, note=note)


def moderation_history(store: Store, member_id: int, limit: int = 50) -> list[ModerationEntry]:
    o, c = OUTBOX.c, CONVERSATIONS.c
    with store.read() as conn:
        members = _identities(conn, member_id)
        done = conn.execute(
            select(o.created_at, o.action, o.agent, o.state, o.text, o.conversation_id)
            .join(CONVERSATIONS, c.id == o.conversation_id)
            .where(c.member_id.in_(members), o.action.in_(MODERATION))
            .order_by(o.created_at.desc()).limit(limit)).all()
        warned = [e for e in conn.execute(
            select(EVENTS.c.at, EVENTS.c.actor, EVENTS.c.data)
            .where(EVENTS.c.action == "member_warned").order_by(EVENTS.c.at.desc())
            .limit(500)).all() if (e.data or {}).get("member_id") in members]
        heated = conn.execute(
            select(func.max(MESSAGES.c.created_at), INSIGHTS.c.conversation_id)
            .join(INSIGHTS, INSIGHTS.c.message_id == MESSAGES.c.id)
            .where(MESSAGES.c.author_id.in_(members), INSIGHTS.c.heated.is_(True))
            .group_by(INSIGHTS.c.conversation_id)).all()
    entries = [ModerationEntry(r.created_at, r.action, r.agent, r.state, r.text or "",
                               r.conversation_id) for r in done]
    entries += [ModerationEntry(w.at, "warning", w.actor, "", str(w.data.get("note", "")),
                                None) for w in warned]
    entries += [ModerationEntry(h[0], "conflict", "", "", "", h[1]) for h in heated]
    return sorted(entries, key=lambda e: e.at, reverse=True)[:limit]


def top_members(store: Store, days: int = 30, limit: int = 10,
                now: datetime | None = None) -> tuple[list[TopMember], list[TopMember]]:
    """(most active, most helpful) over the last `days`: inbound messages written, and of
    those, the ones written in conversations that belong to someone else."""
    since = (now or utcnow()) - timedelta(days=days)
    m, c, mb = MESSAGES.c, CONVERSATIONS.c, MEMBERS.c
    helpful = func.sum(func.cast(c.member_id != m.author_id, MESSAGES.c.id.type))
    a = ACCOUNTS.c
    stmt = (select(mb.id, mb.name, mb.handle, a.platform, a.settings,
                   func.count().label("n"), func.coalesce(helpful, 0).label("helpful"))
            .select_from(MESSAGES).join(MEMBERS, mb.id == m.author_id)
            .join(ACCOUNTS, a.id == mb.account_id)
            .join(CONVERSATIONS, c.id == m.conversation_id)
            .where(and_(m.direction == Direction.INBOUND.value, m.created_at >= since,
                        m.deleted.is_(False), mb.platform != "agent"))
            .group_by(mb.id, mb.name, mb.handle, a.platform, a.settings))
    with store.read() as conn:
        rows = [TopMember(r.id, r.name, r.handle, account_platform(r.platform, r.settings),
                          int(r.n), int(r.helpful)) for r in conn.execute(stmt)]
    active = sorted(rows, key=lambda t: (-t.messages, t.member_id))[:limit]
    helpers = sorted((t for t in rows if t.helpful), key=lambda t: (-t.helpful, t.member_id))
    return active, helpers[:limit]
