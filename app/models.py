"""The inbox's tables, in the community manager's words (SQLModel over SQLAlchemy Core).

Bulk paths (ingest, search, export) use the `__table__` objects directly; the ORM classes are
for the small, one-row-at-a-time services.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, ForeignKey, Index, Integer, Table, UniqueConstraint
from sqlmodel import Field, SQLModel

from app.timeutil import UTCDateTime, utcnow


class Status(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    SNOOZED = "snoozed"
    DONE = "done"


class Priority(StrEnum):
    NONE = "none"
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Direction(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    NOTE = "note"


class MessageKind(StrEnum):
    MENTION = "mention"
    COMMENT = "comment"
    REPLY = "reply"
    DIRECT = "direct"
    EMAIL = "email"
    POST = "post"


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"


class OutboxAction(StrEnum):
    REPLY = "reply"
    HIDE = "hide"
    DELETE = "delete"
    BLOCK = "block"
    MUTE = "mute"
    REPORT = "report"
    MARK_READ = "mark_read"
    LOCK = "lock"
    KICK = "kick"
    BAN = "ban"
    SILENCE = "silence"


def _time(nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


class Account(SQLModel, table=True):
    __tablename__ = "accounts"
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=40)
    handle: str = Field(max_length=300)
    server_url: str = Field(default="", max_length=500)
    display_name: str = Field(default="", max_length=300)
    settings: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    # The name under which the secret sits in the OS keyring; never the secret itself.
    secret_ref: str = Field(default="", max_length=300)
    enabled: bool = True
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Person(SQLModel, table=True):
    """One human, linked across their per-platform member identities."""

    __tablename__ = "people"
    id: int | None = Field(default=None, primary_key=True)
    display_name: str = ""
    notes: str = ""
    vip: bool = False


class Member(SQLModel, table=True):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("account_id", "remote_id"),)
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="accounts.id", ondelete="CASCADE")
    platform: str = Field(max_length=40)
    remote_id: str = Field(max_length=500)
    handle: str = ""
    name: str = ""
    profile_url: str = ""
    avatar_url: str = ""
    notes: str = ""
    vip: bool = False
    person_id: int | None = Field(default=None, foreign_key="people.id", index=True)
    # Profile fields come from the newest item that carried them, whatever the arrival order.
    profile_seen_at: datetime | None = _time()


class Tag(SQLModel, table=True):
    __tablename__ = "tags"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=100)
    color: str = ""


class MemberTag(SQLModel, table=True):
    __tablename__ = "member_tags"
    member_id: int = Field(foreign_key="members.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, ondelete="CASCADE")


class Conversation(SQLModel, table=True):
    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("account_id", "thread_key"),
        Index("ix_conversations_status_last", "status", "last_message_at"),
        # A member's other conversations, shown beside every thread.
        Index("ix_conversations_member_last", "member_id", "last_message_at"),
        # Covers the sidebar's grouped count (app.views.lists.counts): no table read.
        Index("ix_conversations_counts", "status", "account_id", "escalated", "assignee",
              "waiting_since"),
    )
    id: int | None = Field(default=None, primary_key=True)
    account_id: int = Field(foreign_key="accounts.id", ondelete="CASCADE")
    # The platform id of the thread's root message: how later replies find this conversation.
    thread_key: str = Field(max_length=500)
    member_id: int | None = Field(default=None, foreign_key="members.id")
    subject: str = ""
    is_direct: bool = False
    status: str = Field(default=Status.NEW.value, max_length=20)
    priority: str = Field(default=Priority.NONE.value, max_length=20)
    assignee: str | None = Field(default=None, max_length=200, index=True)
    snoozed_until: datetime | None = _time()
    escalated: bool = False
    unread: bool = True
    created_at: datetime = Field(sa_type=UTCDateTime)
    last_message_at: datetime = Field(sa_type=UTCDateTime)
    last_inbound_at: datetime | None = _time()
    last_outbound_at: datetime | None = _time()
    waiting_since: datetime | None = _time()
    first_response_at: datetime | None = _time()
    status_changed_at: datetime | None = _time()
    message_count: int = 0
    version: int = 1


class ConversationTag(SQLModel, table=True):
    __tablename__ = "conversation_tags"
    conversation_id: int = Field(
        foreign_key="conversations.id", primary_key=True, ondelete="CASCADE"
    )
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, ondelete="CASCADE", index=True)


class Message(SQLModel, table=True):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("account_id", "platform_id"),
        Index("ix_messages_conversation_created", "conversation_id", "created_at"),
    )
    # Ids are allocated so that they sort by creation time (see app.store.ids): newest-first
    # search then walks the full-text index backwards and stops after one page.
    # On SQLite an INTEGER primary key is the rowid itself: one B-tree fewer to write, and the
    # search index's rowid joins straight to it.
    id: int = Field(sa_column=Column(BigInteger().with_variant(Integer, "sqlite"),
                                     primary_key=True, autoincrement=False))
    account_id: int = Field(foreign_key="accounts.id", ondelete="CASCADE")
    conversation_id: int = Field(foreign_key="conversations.id", ondelete="CASCADE")
    platform_id: str = Field(max_length=500)
    parent_platform_id: str | None = Field(default=None, max_length=500)
    author_id: int | None = Field(default=None, foreign_key="members.id", index=True)
    direction: str = Field(max_length=10)
    kind: str = Field(max_length=10)
    subject: str = ""
    text: str = ""
    # The platform's original HTML, kept apart and never rendered.
    html: str | None = None
    url: str = ""
    language: str = ""
    created_at: datetime = Field(sa_type=UTCDateTime)
    edited_at: datetime | None = _time()
    deleted: bool = False


class CannedResponse(SQLModel, table=True):
    __tablename__ = "canned_responses"
    __table_args__ = (UniqueConstraint("shortcut", "language"),)
    # A stable text id, so that the same response keeps its identity in a shared folder.
    id: str = Field(primary_key=True, max_length=64)
    title: str
    shortcut: str = Field(max_length=100)
    language: str = Field(default="en", max_length=20)
    folder: str = ""
    body: str = ""
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OutboxItem(SQLModel, table=True):
    """Every reply and moderation action is written here before anything is sent."""

    __tablename__ = "outbox"
    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(unique=True, max_length=64)
    conversation_id: int = Field(foreign_key="conversations.id", ondelete="CASCADE", index=True)
    account_id: int = Field(foreign_key="accounts.id", ondelete="CASCADE")
    action: str = Field(default=OutboxAction.REPLY.value, max_length=20)
    # The platform id of the message replied to or acted upon.
    target_platform_id: str | None = None
    text: str = ""
    agent: str = ""
    state: str = Field(default=OutboxState.QUEUED.value, max_length=20, index=True)
    attempts: int = 0
    last_error: str = ""
    platform_id: str | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    next_attempt_at: datetime | None = _time()
    sent_at: datetime | None = _time()


class Escalation(SQLModel, table=True):
    __tablename__ = "escalations"
    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int = Field(foreign_key="conversations.id", ondelete="CASCADE", index=True)
    to: str
    reason: str = ""
    note: str = ""
    created_by: str = ""
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    resolved_at: datetime | None = _time()
    resolved_by: str = ""
    resolution: str = ""


class Event(SQLModel, table=True):
    """Every triage action: who did what, when. The source of all later analytics."""

    __tablename__ = "events"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    actor: str = ""
    action: str = Field(max_length=40, index=True)
    conversation_id: int | None = Field(
        default=None, foreign_key="conversations.id", ondelete="CASCADE", index=True
    )
    data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class SyncState(SQLModel, table=True):
    __tablename__ = "sync_state"
    account_id: int = Field(foreign_key="accounts.id", primary_key=True, ondelete="CASCADE")
    stream: str = Field(primary_key=True, max_length=100)
    cursor: str | None = None
    etag: str | None = None
    last_success_at: datetime | None = _time()
    last_error: str = ""
    last_error_at: datetime | None = _time()
    next_poll_at: datetime | None = _time()
    failures: int = 0


class Counter(SQLModel, table=True):
    """Named counters the single writer bumps (message id sequence)."""

    __tablename__ = "counters"
    name: str = Field(primary_key=True, max_length=40)
    value: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, default=0))


class Setting(SQLModel, table=True):
    """Workspace-wide settings shared by everyone using this inbox (agent names, hours)."""

    __tablename__ = "settings"
    key: str = Field(primary_key=True, max_length=100)
    value: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class MessageInsight(SQLModel, table=True):
    """Tone and intent of one inbound message (app.understand), computed on arrival or
    corrected by hand; `because` keeps the words that decided it."""

    __tablename__ = "message_insights"
    message_id: int = Field(sa_column=Column(
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True))
    conversation_id: int = Field(foreign_key="conversations.id", ondelete="CASCADE",
                                 index=True)
    score: float = 0.0
    sentiment: str = Field(max_length=10, index=True)
    intent: str = Field(max_length=12, index=True)
    heated: bool = False
    because: list[str] = Field(default_factory=list, sa_type=JSON)
    # "auto" when computed; the agent's name when someone corrected it (never recomputed then).
    source: str = Field(default="auto", max_length=100)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Rule(SQLModel, table=True):
    """An auto-triage rule: conditions on what arrives, actions taken in order (app.rules)."""

    __tablename__ = "rules"
    id: int | None = Field(default=None, primary_key=True)
    position: int = Field(default=0, index=True)
    name: str = Field(max_length=200)
    enabled: bool = True
    conditions: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    actions: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    # Later rules still run unless this one says stop.
    stop: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


metadata = SQLModel.metadata


def _table(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined, no-any-return]


# Core table handles for the bulk paths (SQLModel leaves `__table__` untyped), typed once here.
ACCOUNTS = _table(Account)
PEOPLE = _table(Person)
MEMBERS = _table(Member)
TAGS = _table(Tag)
MEMBER_TAGS = _table(MemberTag)
CONVERSATIONS = _table(Conversation)
CONVERSATION_TAGS = _table(ConversationTag)
MESSAGES = _table(Message)
CANNED = _table(CannedResponse)
OUTBOX = _table(OutboxItem)
ESCALATIONS = _table(Escalation)
EVENTS = _table(Event)
SYNC_STATE = _table(SyncState)
COUNTERS = _table(Counter)
SETTINGS = _table(Setting)
INSIGHTS = _table(MessageInsight)
RULES = _table(Rule)
