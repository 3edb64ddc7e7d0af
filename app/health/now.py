"""The figures about now, whatever the period: the backlog and its age, who is waiting on
us, and the clocks and reply windows about to run out."""

from __future__ import annotations

from collections.abc import Sequence

from app.health.report import AgeBucket, Backlog, ConversationHealth, Due
from app.health.sla import State
from app.health.source import UNFINISHED
from app.models import Status

HOUR = 3600.0
AGES = (("<1h", HOUR), ("1-4h", 4 * HOUR), ("4-24h", 24 * HOUR), ("1-3d", 72 * HOUR),
        ("3-7d", 168 * HOUR), (">7d", float("inf")))
_WORKING = (Status.NEW.value, Status.OPEN.value, Status.PENDING.value)


def age(row: ConversationHealth, now: float) -> float:
    """How long it has been in the backlog: since its latest opening, else since created."""
    openings = row.timeline.openings
    return max(0.0, now - (openings[-1].start if openings else row.timeline.created))


def backlog(rows: Sequence[ConversationHealth], now: float) -> Backlog:
    open_rows = [r for r in rows if r.status in UNFINISHED]
    by_status = {status: 0 for status in UNFINISHED}
    buckets: list[list[tuple[float, int]]] = [[] for _ in AGES]
    for row in open_rows:
        by_status[row.status] += 1
        seconds = age(row, now)
        at = next(i for i, (_, limit) in enumerate(AGES) if seconds < limit)
        buckets[at].append((seconds, row.id))
    oldest = max(((age(r, now), r.id) for r in open_rows), default=None)
    waiting = sorted((r for r in open_rows
                      if r.status in _WORKING and r.timeline.waiting_since is not None),
                     key=lambda r: (r.timeline.waiting_since or 0.0, r.id))
    return Backlog(
        len(open_rows), by_status,
        tuple(AgeBucket(label, tuple(cid for _, cid in sorted(found, reverse=True)))
              for (label, _), found in zip(AGES, buckets, strict=True)),
        oldest[0] if oldest else None, oldest[1] if oldest else None,
        tuple(r.id for r in waiting),
        tuple(r.id for r in waiting if r.timeline.awaiting_first))


def due_lists(rows: Sequence[ConversationHealth], now: float, horizon: float
              ) -> tuple[tuple[Due, ...], tuple[Due, ...]]:
    """(due within `horizon` seconds, soonest first; already overdue, most overdue first)."""
    soon: list[Due] = []
    late: list[Due] = []
    for row in rows:
        if row.status not in UNFINISHED:
            continue
        for c in row.clocks:
            if c.due is None:
                continue  # stopped: nothing is coming due
            if c.state is State.MISSED:
                late.append(Due(row.id, c.target.value, c.due, True))
            elif c.due - now <= horizon:
                soon.append(Due(row.id, c.target.value, c.due, False))
        window = row.window
        if window is not None and window.state == "open":
            target = late if window.closes_at <= now else soon
            if window.closes_at - now <= horizon:
                target.append(Due(row.id, "reply_window", window.closes_at,
                                  window.closes_at <= now))
        elif window is not None:
            late.append(Due(row.id, "reply_window", window.closes_at, True))
    return (tuple(sorted(soon, key=lambda d: (d.due, d.conversation_id))),
            tuple(sorted(late, key=lambda d: (d.due, d.conversation_id))))
