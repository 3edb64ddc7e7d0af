"""What the health figures are computed from, read in a few Core statements.

The conversations that matter for a period are those with a message or a status change in
it, plus every unfinished one (the backlog and its running clocks are about now). Their
messages and status events come back as epoch seconds computed by the database, so no
per-row datetime objects are built; the period's messages are found by id range (ids sort
by creation time, app.store.ids), so the archive outside the period is never scanned.
"""

from __future__ import annotations

from bisect import insort
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Float, Row, Select, cast, func, select

from app.health.timeline import STATUS_ACTIONS, MessageFact, StatusFact
from app.models import (
    ACCOUNTS,
    CONVERSATION_TAGS,
    CONVERSATIONS,
    EVENTS,
    MESSAGES,
    OUTBOX,
    TAGS,
    Direction,
    OutboxState,
    Status,
)
from app.search.scope import account_platform
from app.store import dialect, ids

C, M, E = CONVERSATIONS.c, MESSAGES.c, EVENTS.c
NOTE = Direction.NOTE.value
INBOUND = Direction.INBOUND.value
RULE_AGENT = "rule:"  # how app.rules names itself as the outbox agent
JULIAN_EPOCH = 2440587.5  # the Julian day number of 1970-01-01 00:00 UTC
UNFINISHED = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value,
              Status.SNOOZED.value)


@dataclass(frozen=True, slots=True)
class Filters:
    """Which conversations a report covers; None is every one. Assignee "" is nobody."""

    platform: str | None = None
    tag: str | None = None
    assignee: str | None = None


@dataclass(slots=True)
class ConversationFacts:
    id: int
    account_id: int
    platform: str
    status: str
    priority: str
    assignee: str | None
    subject: str
    is_direct: bool
    created: float
    status_changed: float | None
    last: float  # the newest message
    tags: tuple[str, ...] = ()
    messages: list[MessageFact] = field(default_factory=list)
    events: list[StatusFact] = field(default_factory=list)
    notes: int = 0
    automated: int = 0  # replies a rule sent by itself
    inbound: int = 0
    active: bool = False  # a message or status change in the period asked for


def epoch(conn: Connection, column: Any) -> ColumnElement[float]:
    """Epoch seconds (to the millisecond) of a stored time, computed by the database."""
    if dialect.is_sqlite(conn):
        return func.round((func.julianday(column) - JULIAN_EPOCH) * 86400.0, 3)
    return cast(func.extract("epoch", column), Float)


def as_time(moment: float) -> datetime:
    return datetime.fromtimestamp(moment, UTC)


@dataclass(slots=True)
class Loaded:
    conversations: dict[int, ConversationFacts]
    # The period's messages (no notes, no automatic replies): (conversation, time, inbound).
    period: list[tuple[int, float, bool]] = field(default_factory=list)


def load(conn: Connection, start: float, end: float, filters: Filters,
         with_unfinished: bool = True) -> Loaded:
    """Facts of the conversations active in [start, end) (and the unfinished ones).

    The period's messages are one range scan by id; only conversations that began before
    it, or went on after it, are looked up by index for their other messages."""
    platforms = _platforms(conn)
    low, high = ids.id_floor(as_time(start)), ids.id_floor(as_time(end))
    # In id order, which is time order to the second (app.store.ids): `_append` puts the
    # rare same-second pair stored out of order right, cheaper than sorting the period.
    during = conn.execute(_message_select(conn).where(M.id >= low, M.id < high)
                          .order_by(M.id)).all()
    active = {row[0] for row in during if row[3] != NOTE} | _changed(conn, start, end)
    wanted = set(active)
    if with_unfinished:
        wanted |= set(conn.execute(select(C.id).where(C.status.in_(UNFINISHED)))
                      .scalars().all())
    facts = _conversations(conn, list(wanted), filters, platforms)
    loaded = Loaded(facts)
    if not facts:
        return loaded
    _add_tags(conn, facts)
    earlier = [cid for cid, f in facts.items() if f.created < start]
    later = [cid for cid, f in facts.items() if f.last >= int(end)]
    automated = _automated(conn, list(facts))
    # Time-disjoint parts (ids carry the second), each ordered: appended in time order.
    _append(facts, _messages_of(conn, earlier, M.id < low), automated)
    _append(facts, during, automated, loaded.period)
    _append(facts, _messages_of(conn, later, M.id >= high), automated)
    _add_events(conn, facts)
    for cid in active & facts.keys():
        facts[cid].active = True
    return loaded


def facts_for(conn: Connection, wanted: Iterable[int]) -> dict[int, ConversationFacts]:
    """Facts of a few conversations (a page of the list, one to explain), in full."""
    facts = _conversations(conn, list(wanted), Filters(), _platforms(conn))
    if facts:
        _add_tags(conn, facts)
        _append(facts, _messages_of(conn, list(facts), None), _automated(conn, list(facts)))
        _add_events(conn, facts)
    return facts


def _platforms(conn: Connection) -> dict[int, str]:
    rows = conn.execute(select(ACCOUNTS.c.id, ACCOUNTS.c.platform, ACCOUNTS.c.settings))
    return {row.id: account_platform(row.platform, row.settings) for row in rows}


def _changed(conn: Connection, start: float, end: float) -> set[int]:
    """Conversations whose status changed in the period (done, reopened, snoozed...)."""
    # `|| ''`: the time index narrows to the period; the action index would read every
    # status change of the archive.
    stmt = select(E.conversation_id).where(
        E.at >= as_time(start), E.at < as_time(end), (E.action + "").in_(STATUS_ACTIONS),
        E.conversation_id.is_not(None)).distinct()
    return set(conn.execute(stmt).scalars().all())


def _message_select(conn: Connection) -> Select[Any]:
    return select(M.conversation_id, M.id, epoch(conn, M.created_at), M.direction)


def _messages_of(conn: Connection, conversation_ids: list[int],
                 where: ColumnElement[bool] | None) -> Sequence[Row[Any]]:
    if not conversation_ids:
        return []
    stmt = _message_select(conn).where(dialect.one_of(conn, M.conversation_id,
                                                      conversation_ids))
    if where is not None:
        stmt = stmt.where(where)
    return conn.execute(stmt.order_by(M.conversation_id, M.created_at, M.id)).all()


def _automated(conn: Connection, conversation_ids: list[int]) -> set[int]:
    """Our messages that a rule sent by itself (outbox agent `rule:<name>`): they answer
    nobody in person, so they stop no clock (PRODUCT.md: the first *human* reply)."""
    o = OUTBOX.c
    stmt = select(M.id).join(OUTBOX, (o.account_id == M.account_id)
                             & (o.platform_id == M.platform_id)).where(
        dialect.one_of(conn, o.conversation_id, conversation_ids),
        o.state == OutboxState.SENT.value, o.agent.startswith(RULE_AGENT))
    return set(conn.execute(stmt).scalars().all())


def _append(facts: dict[int, ConversationFacts], rows: Sequence[Any],
            automated: set[int], period: list[tuple[int, float, bool]] | None = None) -> None:
    for cid, mid, at, direction in rows:
        f = facts.get(cid)
        if f is None:
            continue  # outside the filters
        if direction == NOTE:
            f.notes += 1  # never a reply, never the member speaking
        elif mid in automated:
            f.automated += 1
        else:
            inbound = direction == INBOUND
            f.inbound += inbound
            fact = MessageFact(mid, at, inbound)
            if period is not None:
                period.append((cid, at, inbound))
            last = f.messages[-1] if f.messages else None
            if last is not None and (last.at > at or (last.at == at and last.id > mid)):
                insort(f.messages, fact, key=lambda m: (m.at, m.id))
            else:
                f.messages.append(fact)


def _conversations(conn: Connection, wanted: list[int], filters: Filters,
                   platforms: dict[int, str]) -> dict[int, ConversationFacts]:
    if not wanted:
        return {}
    stmt = select(C.id, C.account_id, C.status, C.priority, C.assignee, C.subject,
                  C.is_direct, epoch(conn, C.created_at), epoch(conn, C.status_changed_at),
                  epoch(conn, C.last_message_at)) \
        .where(dialect.one_of(conn, C.id, wanted))
    if filters.platform is not None:
        chosen = [aid for aid, name in platforms.items() if name == filters.platform]
        stmt = stmt.where(C.account_id.in_(chosen))
    if filters.assignee is not None:
        stmt = stmt.where(C.assignee.is_(None) if filters.assignee == ""
                          else C.assignee == filters.assignee)
    if filters.tag is not None:
        tagged = select(CONVERSATION_TAGS.c.conversation_id).join(
            TAGS, TAGS.c.id == CONVERSATION_TAGS.c.tag_id).where(
            func.lower(TAGS.c.name) == filters.tag.lower())
        stmt = stmt.where(C.id.in_(tagged))
    return {cid: ConversationFacts(
        cid, account, platforms.get(account, ""), status, priority, assignee, subject or "",
        bool(direct), float(created or 0), float(changed) if changed is not None else None,
        float(last or 0))
        for cid, account, status, priority, assignee, subject, direct, created, changed, last
        in conn.execute(stmt).all()}


def _add_tags(conn: Connection, conversations: dict[int, ConversationFacts]) -> None:
    ct = CONVERSATION_TAGS.c
    stmt = select(ct.conversation_id, TAGS.c.name).join(TAGS, TAGS.c.id == ct.tag_id) \
        .where(dialect.one_of(conn, ct.conversation_id, list(conversations)))
    found: dict[int, list[str]] = defaultdict(list)
    for cid, name in conn.execute(stmt):
        found[cid].append(name)
    for cid, names in found.items():
        conversations[cid].tags = tuple(sorted(names))


def _add_events(conn: Connection, conversations: dict[int, ConversationFacts]) -> None:
    status = E.data["status"].as_string()
    stmt = select(E.conversation_id, epoch(conn, E.at), E.action, status, E.actor) \
        .where(dialect.one_of(conn, E.conversation_id, list(conversations)),
               # `|| ''` keeps the planner on the conversation index: the action index
               # would read every status event of the archive.
               (E.action + "").in_(STATUS_ACTIONS)).order_by(E.conversation_id, E.at, E.id)
    for cid, at, action, new_status, actor in conn.execute(stmt).all():
        conversations[cid].events.append(
            StatusFact(float(at), action, new_status or "", actor or ""))


@dataclass(frozen=True, slots=True)
class Choices:
    """What the report can be narrowed to: platforms, tags and assignees in use."""

    platforms: tuple[str, ...]
    tags: tuple[str, ...]
    assignees: tuple[str, ...]


def choices(conn: Connection) -> Choices:
    assignees = conn.execute(select(C.assignee).where(C.assignee.is_not(None)).distinct())
    return Choices(tuple(sorted(set(_platforms(conn).values()))),
                   tuple(conn.execute(select(TAGS.c.name).order_by(TAGS.c.name)).scalars()),
                   tuple(sorted(str(a) for a in assignees.scalars())))
