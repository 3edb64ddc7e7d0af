"""The conversation list and the sidebar: views, one page of a view's conversations, and
every sidebar number. Qt-free, Core selects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Select, case, func, select

from app.models import EVENTS, Account, Conversation, ConversationTag, Member, Message, Status, Tag
from app.queries import ConversationRow, rows_by_ids
from app.search import search_conversations
from app.search.scope import account_platform
from app.store import Store
from app.timeutil import utcnow

C = Conversation.__table__.c  # type: ignore[attr-defined]
M = Message.__table__.c  # type: ignore[attr-defined]
MB = Member.__table__  # type: ignore[attr-defined]
A = Account.__table__.c  # type: ignore[attr-defined]
T = Tag.__table__.c  # type: ignore[attr-defined]
CT = ConversationTag.__table__.c  # type: ignore[attr-defined]
EV = EVENTS.c

Order = Literal["newest", "oldest", "waiting", "priority"]
ORDERS: tuple[Order, ...] = ("newest", "oldest", "waiting", "priority")
FIXED_VIEWS = ("inbox", "mine", "unassigned", "escalated", "waiting", "snoozed", "done")
_ACTIVE = (Status.NEW.value, Status.OPEN.value)
_UNFINISHED = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value)
_PRIORITY_RANK = {"urgent": 0, "high": 1, "normal": 2, "low": 3, "none": 4}


@dataclass(frozen=True, slots=True)
class View:
    """What the sidebar selects: a fixed view, `platform:<name>`, `tag:<name>` or a search."""

    kind: str
    value: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}" if self.value else self.kind


@dataclass(slots=True)
class Counts:
    fixed: dict[str, int] = field(default_factory=dict)
    platforms: dict[str, int] = field(default_factory=dict)
    tags: dict[str, int] = field(default_factory=dict)
    saved: list[Any] = field(default_factory=list)  # app.views.saved.SavedView, filled apart
    accounts: list[Any] = field(default_factory=list)  # app.views.status.AccountSync, too


def _platforms(store: Store) -> dict[int, str]:
    """account id -> the platform a manager sees (the demo says which one it imitates)."""
    with store.read() as conn:
        rows = conn.execute(select(A.id, A.platform, A.settings)).all()
    return {row.id: account_platform(row.platform, row.settings) for row in rows}


def _where(view: View, agent: str, platforms: dict[int, str]) -> list[Any]:
    kind, value = view.kind, view.value
    if kind == "inbox":
        return [C.status.in_(_ACTIVE)]
    if kind == "mine":
        return [C.assignee == agent, C.status.in_(_UNFINISHED)]
    if kind == "unassigned":
        return [C.assignee.is_(None), C.status.in_(_UNFINISHED)]
    if kind == "escalated":
        return [C.escalated.is_(True), C.status != Status.DONE.value]
    if kind == "breaching":  # its own order (app.views.health); still listed while not done
        return [C.status.in_(_UNFINISHED)]
    if kind == "waiting":
        return [C.waiting_since.is_not(None), C.status.in_(_ACTIVE)]
    if kind in ("snoozed", "done"):
        return [C.status == kind]
    if kind == "platform":
        ids = [aid for aid, name in platforms.items() if name == value]
        return [C.account_id.in_(ids), C.status.in_(_UNFINISHED)]
    if kind == "tag":
        tagged = select(CT.conversation_id).join(Tag.__table__, T.id == CT.tag_id)  # type: ignore[attr-defined]
        return [C.id.in_(tagged.where(T.name == value)), C.status.in_(_UNFINISHED)]
    raise ValueError(f"unknown view {view.key!r}")


def _ordered(stmt: Select[Any], view: View, order: Order) -> Select[Any]:
    if view.kind == "waiting" or order == "waiting":
        return stmt.order_by(C.waiting_since.is_(None), C.waiting_since.asc(), C.id)
    if order == "oldest":
        return stmt.order_by(C.last_message_at.asc(), C.id)
    if order == "priority":
        rank = case(_PRIORITY_RANK, value=C.priority, else_=5)
        return stmt.order_by(rank, C.last_message_at.desc(), C.id.desc())
    return stmt.order_by(C.last_message_at.desc(), C.id.desc())


def page(store: Store, view: View, agent: str, *, order: Order = "newest", limit: int = 100,
         offset: int = 0, ids: Sequence[int] | None = None) -> list[ConversationRow]:
    """One page of a view; with `ids`, only those of them still in the view (for a refresh)."""
    platforms = _platforms(store)
    if view.kind == "search":
        found = list(ids) if ids is not None else search_conversations(
            store, view.value, limit=limit, offset=offset)
        return rows_by_ids(store, found)
    if view.kind == "breaching" and ids is None:
        from app.views.health import breaching  # the metrics load when first asked for

        return rows_by_ids(store, breaching(store, limit=limit, offset=offset))
    if ids is None:
        # The page's ids first, then its rows: sorting the full row (with its preview
        # subquery) took ~1.1 s at 1M messages; the ids alone take a few ms.
        keys = _ordered(select(C.id).where(*_where(view, agent, platforms)), view, order)
        with store.read() as conn:
            found = list(conn.execute(keys.limit(limit).offset(offset)).scalars())
        return rows_by_ids(store, found)
    still = select(C.id).where(*_where(view, agent, platforms)).where(C.id.in_(list(ids)))
    with store.read() as conn:
        kept = set(conn.execute(still).scalars())
    return rows_by_ids(store, [i for i in ids if i in kept])


@dataclass(frozen=True, slots=True)
class Arrivals:
    per_view: dict[str, int]
    last_id: int  # the newest conversation seen: the next call counts only those after it
    notices: tuple[str, ...] = ()  # what rules asked to be told (their `notify` action)
    last_event: int = 0  # the newest event seen, likewise


# A first sync of an older account brings weeks of conversations in at once: not news.
ARRIVAL_WINDOW = timedelta(days=2)


def arrivals(store: Store, agent: str, keys: Sequence[str], after_id: int | None,
             now: datetime | None = None, after_event: int | None = None) -> Arrivals:
    """How many conversations new since `after_id` (and started lately) are in each of these
    fixed views: the desktop notification of the views the user chose. With no `after_id`,
    only where to start counting from."""
    platforms = _platforms(store)
    recent = (now or utcnow()) - ARRIVAL_WINDOW
    found: dict[str, int] = {}
    with store.read() as conn:
        last = int(conn.execute(select(func.coalesce(func.max(C.id), 0))).scalar_one())
        for key in keys if after_id is not None else ():
            if key not in FIXED_VIEWS:
                continue
            where = [*_where(View(key), agent, platforms), C.id > after_id, C.id <= last,
                     C.created_at > recent]
            n = int(conn.execute(select(func.count()).select_from(
                Conversation.__table__).where(*where)).scalar_one())  # type: ignore[attr-defined]
            if n:
                found[key] = n
        last_event = int(conn.execute(select(func.coalesce(func.max(EV.id), 0))).scalar_one())
        notices = () if after_event is None else tuple(
            f"{str(r.actor).removeprefix('rule:')}: {(r.data or {}).get('message', '')}"
            for r in conn.execute(select(EV.actor, EV.data).where(
                EV.action == "rule_notify", EV.id > after_event, EV.id <= last_event)
                .order_by(EV.id).limit(20)))
    return Arrivals(found, last, notices, last_event)


def counts(store: Store, agent: str) -> Counts:
    """Every sidebar number in two statements: one grouped read of the conversations
    (from the covering index ix_conversations_counts), one for the tags."""
    platforms = _platforms(store)
    unfinished = C.status.in_(_UNFINISHED)
    grouped = select(C.status, C.account_id, C.escalated, func.count().label("n"),
                     func.count(C.waiting_since).label("waiting"),
                     func.count(C.assignee).label("assigned"),
                     func.count(case((C.assignee == agent, 1))).label("mine")) \
        .group_by(C.status, C.account_id, C.escalated)
    with store.read() as conn:
        groups = conn.execute(grouped).all()
        per_tag = conn.execute(
            select(T.name, func.count(C.id)).select_from(Tag.__table__)  # type: ignore[attr-defined]
            .outerjoin(ConversationTag.__table__, CT.tag_id == T.id)  # type: ignore[attr-defined]
            .outerjoin(Conversation.__table__, (C.id == CT.conversation_id) & unfinished)  # type: ignore[attr-defined]
            .group_by(T.name).order_by(T.name)).all()
    result = Counts(fixed=dict.fromkeys(FIXED_VIEWS, 0),
                    platforms=dict.fromkeys(sorted(set(platforms.values())), 0))
    for g in groups:
        _add_group(result, g, platforms)
    result.tags = {name: int(n) for name, n in per_tag}
    return result


def _add_group(result: Counts, g: Any, platforms: dict[int, str]) -> None:
    """One (status, account, escalated) group into the numbers, as `_where` defines them."""
    fixed, n = result.fixed, int(g.n)
    if g.status in _ACTIVE:
        fixed["inbox"] += n
        fixed["waiting"] += int(g.waiting)
    if g.status in _UNFINISHED:
        fixed["mine"] += int(g.mine)
        fixed["unassigned"] += n - int(g.assigned)
        name = platforms.get(g.account_id, "")
        result.platforms[name] = result.platforms.get(name, 0) + n
    if g.escalated and g.status != Status.DONE.value:
        fixed["escalated"] += n
    if g.status in ("snoozed", "done"):
        fixed[g.status] += n
