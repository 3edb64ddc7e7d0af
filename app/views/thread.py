"""One conversation for the reading pane: its thread, open escalations, outbox and the
member who wrote, with their other conversations and linked identities. Qt-free."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col
from sqlmodel import select as sm_select

from app.errors import ConversationNotFound
from app.models import Conversation, Escalation, Member, MemberTag, OutboxItem, Person, Tag
from app.queries import ConversationRow, rows_by_ids
from app.store import Store
from app.understand import ConversationMood, mood
from app.views.lists import MB, C, M, _platforms

TG = Tag.__table__.c  # type: ignore[attr-defined]
MT = MemberTag.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    id: int
    direction: str
    kind: str
    author_name: str
    author_handle: str
    text: str
    url: str
    language: str
    created_at: datetime
    edited_at: datetime | None
    deleted: bool


@dataclass(frozen=True, slots=True)
class Identity:
    """One of the accounts a linked person has, on whichever platform."""

    id: int
    name: str
    handle: str
    platform: str


@dataclass(frozen=True, slots=True)
class MemberInfo:
    id: int
    name: str
    handle: str
    profile_url: str
    notes: str
    vip: bool
    others: tuple[ConversationRow, ...]
    person_id: int | None = None
    person_name: str = ""
    identities: tuple[Identity, ...] = ()  # the person's other identities, not this one
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Thread:
    row: ConversationRow
    messages: tuple[ThreadMessage, ...]
    escalations: tuple[Escalation, ...]
    outbox: tuple[OutboxItem, ...]
    member: MemberInfo | None
    mood: ConversationMood | None = None

    @property
    def language(self) -> str:
        """The member's language as the platform tagged their latest message ("" unknown)."""
        spoken = [m.language for m in self.messages if m.direction == "inbound" and m.language]
        return spoken[-1] if spoken else ""


# The conversation was deleted meanwhile (kept under its old name for the UI).
ConversationGone = ConversationNotFound


def thread(store: Store, conversation_id: int) -> Thread:
    platforms = _platforms(store)
    rows = rows_by_ids(store, [conversation_id])
    if not rows:
        raise ConversationGone(conversation_id)
    stmt = (select(M.id, M.direction, M.kind, M.text, M.url, M.language, M.created_at,
                   M.edited_at,
                   M.deleted, func.coalesce(MB.c.name, "").label("name"),
                   func.coalesce(MB.c.handle, "").label("handle"))
            .outerjoin(MB, MB.c.id == M.author_id)
            .where(M.conversation_id == conversation_id).order_by(M.created_at, M.id))
    with store.read_session() as session:
        conn = session.connection()
        messages = tuple(ThreadMessage(r.id, r.direction, r.kind, r.name, r.handle, r.text,
                                       r.url, r.language or "", r.created_at, r.edited_at,
                                       bool(r.deleted))
                         for r in conn.execute(stmt))
        conv = session.get(Conversation, conversation_id)
        escalations = tuple(session.exec(sm_select(Escalation).where(
            Escalation.conversation_id == conversation_id,
            col(Escalation.resolved_at).is_(None))).all())
        outbox = tuple(session.exec(sm_select(OutboxItem).where(
            OutboxItem.conversation_id == conversation_id).order_by(col(OutboxItem.id))).all())
        member_id = conv.member_id if conv else None
        feeling = mood(conn, conversation_id)
    member = _member(store, member_id, conversation_id, platforms) if member_id else None
    return Thread(rows[0], messages, escalations, outbox, member, feeling)


def _member(store: Store, member_id: int, current: int,
            platforms: dict[int, str]) -> MemberInfo | None:
    with store.read_session() as session:
        member = session.get(Member, member_id)
        if member is None:
            return None
        person = session.get(Person, member.person_id) if member.person_id else None
        conn = session.connection()
        linked = conn.execute(select(MB.c.id, MB.c.name, MB.c.handle, MB.c.account_id)
                              .where(MB.c.person_id == person.id).order_by(MB.c.id)).all() \
            if person is not None else []
        tags = tuple(conn.execute(select(TG.name).join(MT, MT.c.tag_id == TG.id)
                                  .where(MT.c.member_id == member_id)
                                  .order_by(TG.name)).scalars())
        # app.members writes a linked person's VIP flag and notes to every identity too.
        info = MemberInfo(
            member_id, member.name or (person.display_name if person else ""), member.handle,
            member.profile_url, member.notes or (person.notes if person else ""),
            member.vip or bool(person and person.vip), (), member.person_id,
            person.display_name if person else "",
            tuple(Identity(r.id, r.name, r.handle, platforms.get(r.account_id, ""))
                  for r in linked if r.id != member_id), tags)
    same = [r.id for r in linked] or [member_id]
    with store.read() as conn:
        ids = list(conn.execute(select(C.id).where(C.member_id.in_(same), C.id != current)
                                .order_by(C.last_message_at.desc()).limit(20)).scalars())
    return replace(info, others=tuple(rows_by_ids(store, ids)))
