"""SLA countdowns for the conversation list, and the "Breaching soon" view. Qt-free.

Both stay cheap at any archive size: countdowns are read for the rows a list shows (a
page at a time), and the view looks only at the conversations waiting longest on a reply
and the oldest not done, never at every open conversation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app import health
from app.health.sla import running
from app.models import CONVERSATIONS, Status
from app.store import Store
from app.timeutil import utcnow

C = CONVERSATIONS.c
_WORKING = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value)
CANDIDATES = 400  # the longest waits looked at for "Breaching soon"


@dataclass(frozen=True, slots=True)
class Countdown:
    """The next deadline of a conversation: an SLA target or a platform's reply window."""

    kind: str  # "first_response", "next_reply", "resolution" or "reply_window"
    due: float  # epoch seconds
    soon: bool  # within the workspace's "breaching soon" horizon (or already past)


def countdowns(store: Store, ids: Sequence[int],
               now: datetime | None = None) -> dict[int, Countdown]:
    """The running deadline due first, for those of `ids` that have one."""
    moment = (now or utcnow()).timestamp()
    settings = health.load(store)
    horizon = settings.soon_minutes * 60.0
    found: dict[int, Countdown] = {}
    for cid, row in health.conversations(store, list(ids), now, settings).items():
        if row.status not in (*_WORKING, Status.SNOOZED.value):
            continue
        options: list[tuple[float, str]] = []
        clock = running(list(row.clocks))
        if clock is not None and clock.due is not None and clock.due != float("inf"):
            options.append((clock.due, clock.target.value))
        if row.window is not None and row.window.state == "open":
            options.append((row.window.closes_at, "reply_window"))
        if options:
            due, kind = min(options)
            found[cid] = Countdown(kind, due, due - moment <= horizon)
    return found


def breaching(store: Store, limit: int = 100, offset: int = 0,
              now: datetime | None = None) -> list[int]:
    """Conversations past a deadline or due within the horizon, the most pressing first."""
    with store.read() as conn:
        waiting = conn.execute(select(C.id).where(
            C.status.in_(_WORKING), C.waiting_since.is_not(None))
            .order_by(C.waiting_since, C.id).limit(CANDIDATES)).scalars().all()
        oldest = conn.execute(select(C.id).where(C.status.in_(_WORKING))
                              .order_by(C.created_at, C.id).limit(CANDIDATES // 4)).scalars()
        candidates = list(dict.fromkeys([*waiting, *oldest.all()]))
    due = countdowns(store, candidates, now)
    pressing = sorted((c.due, cid) for cid, c in due.items() if c.soon)
    return [cid for _, cid in pressing[offset:offset + limit]]
