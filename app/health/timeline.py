"""One conversation's clocks, as PRODUCT.md defines them, from its messages and status events.

- First response: per opening (creation, and every reopening), the first outbound reply
  minus the moment it opened. A conversation opens with its first inbound message; a
  reopening starts at the member's message that brought it back (else at the reopen).
- Reply time: for every later reply, the reply minus `waiting_since`, the first inbound
  message after our previous reply (later inbound messages do not move it).
- Resolution: each time it is marked done, done minus the original creation.

Internal notes are never replies (they are left out before this runs). Everything is epoch
seconds, and each clock keeps its elapsed time both raw and within business hours.

The records here (and Clock, Sample, ConversationHealth) are read-only by convention, not
frozen: a report makes some 10^5 of them and a frozen dataclass takes five times as long
to build (1.8 against 0.35 microseconds).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.health.calendar import BusinessCalendar
from app.models import Status

DONE = Status.DONE.value
# Events that move a conversation into or out of done (app.triage, app.ingest.aggregates).
STATUS_ACTIONS = ("status", "snoozed", "woke", "reopened")


class MessageFact(NamedTuple):  # a tuple: a report reads some 10^5 of them
    id: int
    at: float
    inbound: bool  # False: our outbound reply


class StatusFact(NamedTuple):
    at: float
    action: str
    status: str  # the new status of a "status" event, else ""
    actor: str


@dataclass(slots=True)
class Opening:
    """One stretch from (re)opening to the first reply, or to done without a reply."""

    start: float
    cause: str  # "created", "message" (reopened by the member), "reopened" (by hand)
    start_message_id: int | None
    response_at: float | None = None
    response_message_id: int | None = None
    closed_at: float | None = None  # marked done before any reply
    raw: float | None = None  # response_at - start
    business: float | None = None


@dataclass(slots=True)
class Wait:
    """A member waiting for a later reply: from `since` to the reply (or to done)."""

    since: float
    since_message_id: int
    reply_at: float | None
    reply_message_id: int | None
    closed_at: float | None = None
    raw: float | None = None
    business: float | None = None


@dataclass(slots=True)
class Resolution:
    done_at: float
    actor: str
    raw: float  # done_at - created
    business: float


@dataclass(slots=True)
class Timeline:
    conversation_id: int
    created: float
    openings: tuple[Opening, ...]
    waits: tuple[Wait, ...]  # answered or closed; the running one is `waiting_since`
    resolutions: tuple[Resolution, ...]
    done: bool
    waiting_since: float | None  # someone is waiting on us now, since then
    waiting_message_id: int | None
    awaiting_first: bool  # that wait is an opening still without its first response
    late_inbound: int  # member messages that came while done and did not reopen it

    @property
    def current_opening(self) -> Opening | None:
        last = self.openings[-1] if self.openings else None
        return last if last and last.response_at is None and last.closed_at is None else None


_NEVER = (float("inf"), 3, None)  # past the last mark


@dataclass(slots=True)
class _Reopen:
    done_at: float
    event: StatusFact


def build(conversation_id: int, created: float, messages: Sequence[MessageFact],
          events: Sequence[StatusFact], status: str, status_changed: float | None,
          calendar: BusinessCalendar) -> Timeline:
    """Messages and events in time order (ties by id); `status` is the stored one now."""
    dones, reopens = _status_changes(events, status, status_changed, messages) \
        if events or status == DONE else ([], [])
    walk = _Walk(calendar)
    if not dones and not reopens:  # most conversations: only their messages
        for m in messages:
            walk.message(m)
        return walk.timeline(conversation_id, created, ())
    marks = sorted([(at, 2, None) for at, _ in dones] + [(r[0], 0, r) for r in reopens],
                   key=lambda mark: (mark[0], mark[1]))
    at, upcoming = 0, marks[0]
    for m in messages:
        # A reopening comes before the message that caused it; a done after a message
        # of the same moment.
        while upcoming[0] < m.at or (upcoming[0] == m.at and upcoming[1] == 0):
            walk.mark(upcoming)
            at += 1
            upcoming = marks[at] if at < len(marks) else _NEVER
        walk.message(m)
    for mark in marks[at:]:
        walk.mark(mark)
    resolutions = tuple(Resolution(at, actor, at - created, calendar.working(created, at))
                        for at, actor in dones)
    return walk.timeline(conversation_id, created, resolutions)


def _status_changes(events: Sequence[StatusFact], status: str, status_changed: float | None,
                    messages: Sequence[MessageFact]
                    ) -> tuple[list[tuple[float, str]], list[tuple[float, int | None, str]]]:
    """(done moment, actor) and (reopen moment, message that caused it, cause)."""
    dones: list[tuple[float, str]] = []
    pending: list[_Reopen] = []
    done_at: float | None = None
    for event in events:
        if event.action == "status" and event.status == DONE:
            if done_at is None:
                done_at = event.at
                dones.append((event.at, event.actor))
        elif done_at is not None and event.action in ("status", "snoozed", "reopened"):
            pending.append(_Reopen(done_at, event))
            done_at = None
    last = messages[-1].at if messages else 0.0
    if status == DONE and done_at is None:  # done with no event to say when (old data)
        at = max(status_changed or last, dones[-1][0] if dones else 0.0)
        dones.append((at, ""))
    elif status != DONE and done_at is not None:  # reopened with no event for it
        pending.append(_Reopen(done_at, StatusFact(max(status_changed or done_at, done_at),
                                                   "reopened", "", "")))
    return dones, [_reopen_moment(r, messages) for r in pending]


def _reopen_moment(reopen: _Reopen, messages: Sequence[MessageFact]
                   ) -> tuple[float, int | None, str]:
    """A reopening starts at the member's first message after done, if that is what (or
    what came before) reopened it; a reopening by hand with no new message, at the event."""
    event = reopen.event
    after = [m for m in messages if m.inbound and m.at > reopen.done_at]
    before = [m for m in after if m.at <= event.at]
    trigger = before[0] if before else after[0] if after and event.action == "reopened" \
        else None
    if trigger is not None:
        return trigger.at, trigger.id, "message"
    return event.at, None, "reopened"


class _Walk:
    """The clocks as the time line is read from the first moment to the last."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.openings: list[Opening] = []
        self.waits: list[Wait] = []
        self.opening: Opening | None = None  # current, still without its first response
        self.waiting: tuple[float, int] | None = None
        self.is_done = False
        self.late = 0

    def mark(self, mark: tuple[float, int, object]) -> None:
        at, kind, payload = mark
        if kind == 2:
            self.done(at)
            return
        assert isinstance(payload, tuple)
        message_id: int | None = payload[1]
        cause: str = payload[2]
        self.is_done = False
        self._open(Opening(at, cause, message_id))

    def _open(self, opening: Opening) -> None:
        self._settle()
        self.opening, self.waiting = opening, None

    def _settle(self, response: MessageFact | None = None, closed_at: float | None = None
                ) -> None:
        """Keep the current opening, with how it ended, and stop tracking it."""
        o = self.opening
        if o is None:
            return
        if response is not None:
            o = Opening(o.start, o.cause, o.start_message_id, response.at, response.id, None,
                        response.at - o.start, self.calendar.working(o.start, response.at))
        elif closed_at is not None:
            o = Opening(o.start, o.cause, o.start_message_id, closed_at=closed_at)
        self.openings.append(o)
        self.opening = None

    def message(self, m: MessageFact) -> None:
        if m.inbound:
            if self.is_done:
                self.late += 1
                return
            if not self.openings and self.opening is None:
                self._open(Opening(m.at, "created", m.id))
            if self.waiting is None:
                self.waiting = (m.at, m.id)
            return
        if self.is_done:
            return  # a word after closing answers nobody who is waiting
        if self.opening is not None:
            self._settle(response=m)
        elif self.waiting is not None:
            since, since_id = self.waiting
            self.waits.append(Wait(since, since_id, m.at, m.id, None, m.at - since,
                                   self.calendar.working(since, m.at)))
        self.waiting = None

    def done(self, at: float) -> None:
        if self.opening is not None:
            self._settle(closed_at=at)
        elif self.waiting is not None:
            self.waits.append(Wait(self.waiting[0], self.waiting[1], None, None, at))
        self.is_done, self.waiting = True, None

    def timeline(self, conversation_id: int, created: float,
                 resolutions: tuple[Resolution, ...]) -> Timeline:
        awaiting_first = self.opening is not None and self.waiting is not None
        self._settle()
        return Timeline(conversation_id, created, tuple(self.openings), tuple(self.waits),
                        resolutions, self.is_done,
                        self.waiting[0] if self.waiting else None,
                        self.waiting[1] if self.waiting else None, awaiting_first, self.late)
