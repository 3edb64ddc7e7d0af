"""SLA clocks and platform reply windows of one conversation: active, hit or missed.

A clock starts where its metric starts (an opening, a member's wait, the creation) and stops
at our reply, or when the conversation is marked done. It is missed when it ran longer than
the policy allows, counted in business hours when the policy says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.health.calendar import BusinessCalendar
from app.health.settings import ReplyWindow, SlaPolicy
from app.health.timeline import Timeline


class Target(StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_REPLY = "next_reply"
    RESOLUTION = "resolution"


class State(StrEnum):
    ACTIVE = "active"
    HIT = "hit"
    MISSED = "missed"


@dataclass(slots=True)
class Clock:
    target: Target
    started: float
    stopped: float | None  # None: still running
    elapsed: float  # seconds as the policy counts them, up to `stopped` or now
    limit: float  # seconds allowed
    due: float | None  # when a running clock is due (inf: never, no working hours at all)
    state: State


def clocks(timeline: Timeline, policy: SlaPolicy, calendar: BusinessCalendar,
           now: float) -> list[Clock]:
    """Every SLA clock of the conversation under `policy`, oldest first."""
    made: list[Clock] = []
    for target, minutes, start, stop, known in _spans(timeline, policy):
        limit = minutes * 60.0
        if stop is not None:
            elapsed = known if known is not None else _elapsed(policy, calendar, start, stop)
            state = State.MISSED if elapsed > limit else State.HIT
            made.append(Clock(target, start, stop, elapsed, limit, None, state))
            continue
        # Only a running clock needs its deadline: what the countdown shows.
        elapsed = _elapsed(policy, calendar, start, max(now, start))
        due = calendar.add(start, limit) if policy.business_hours else start + limit
        made.append(Clock(target, start, None, elapsed, limit, due,
                          State.MISSED if elapsed > limit else State.ACTIVE))
    return made


def _elapsed(policy: SlaPolicy, calendar: BusinessCalendar, start: float,
             stop: float) -> float:
    return calendar.working(start, stop) if policy.business_hours else stop - start


_Span = tuple[Target, int, float, float | None, float | None]


def _spans(timeline: Timeline, policy: SlaPolicy) -> Iterator[_Span]:
    """(target, minutes allowed, start, stop or None, elapsed if the timeline knows it)."""
    business = policy.business_hours
    if policy.first_response is not None:
        for o in timeline.openings:
            known = o.business if business else o.raw
            stop = o.response_at if o.response_at is not None else o.closed_at
            yield Target.FIRST_RESPONSE, policy.first_response, o.start, stop, known
    if policy.next_reply is not None:
        for w in timeline.waits:
            stop = w.reply_at if w.reply_at is not None else w.closed_at
            yield (Target.NEXT_REPLY, policy.next_reply, w.since, stop,
                   w.business if business else w.raw)
        if timeline.waiting_since is not None and not timeline.awaiting_first:
            yield Target.NEXT_REPLY, policy.next_reply, timeline.waiting_since, None, None
    if policy.resolution is not None:
        last = timeline.resolutions[-1] if timeline.done and timeline.resolutions else None
        yield (Target.RESOLUTION, policy.resolution, timeline.created,
               last.done_at if last else None,
               (last.business if business else last.raw) if last else None)


def overall(made: Sequence[Clock]) -> State | None:
    """The conversation's SLA in one word: missed if any clock missed, else active if one
    still runs, else hit; None without a policy."""
    if not made:
        return None
    states = {c.state for c in made}
    if State.MISSED in states:
        return State.MISSED
    return State.ACTIVE if State.ACTIVE in states else State.HIT


def running(made: Sequence[Clock]) -> Clock | None:
    """The running clock due first (what the list's countdown badge shows)."""
    live = [c for c in made if c.due is not None]
    return min(live, key=lambda c: c.due or 0.0) if live else None


@dataclass(frozen=True, slots=True)
class WindowState:
    """A platform's reply window for a member waiting on us in a direct conversation."""

    platform: str
    last_inbound: float
    closes_at: float
    extended_until: float | None  # human agents only, after `closes_at`
    state: str  # "open", "extended" (human agents only) or "closed"


def reply_window(window: ReplyWindow | None, is_direct: bool, last_inbound: float | None,
                 awaiting_reply: bool, now: float) -> WindowState | None:
    """The window that limits our answer, when one does and someone is waiting for it."""
    if window is None or not is_direct or last_inbound is None or not awaiting_reply:
        return None
    closes = last_inbound + window.hours * 3600
    extended = last_inbound + window.extended_hours * 3600 if window.extended_hours else None
    if now < closes:
        state = "open"
    elif extended is not None and now < extended:
        state = "extended"
    else:
        state = "closed"
    return WindowState(window.platform, last_inbound, closes, extended, state)
