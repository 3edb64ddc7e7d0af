"""The health report's shape: every figure with the conversations behind it.

Plain frozen dataclasses (seconds as floats, days as dates) so the CLI prints them as JSON,
the dashboard draws them and the CSV/PDF exports read them, all from the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.health.sla import Clock, State, WindowState
from app.health.timeline import Timeline


@dataclass(frozen=True, slots=True)
class Summary:
    """One metric's distribution over its samples; `conversations` are the ones behind it,
    slowest first (a conversation with several samples is listed once)."""

    count: int
    median: float | None
    p90: float | None
    mean: float | None
    conversations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Metrics:
    """The three response metrics, raw and within business hours, in seconds."""

    first_response: Summary
    first_response_business: Summary
    reply: Summary
    reply_business: Summary
    resolution: Summary
    resolution_business: Summary


@dataclass(frozen=True, slots=True)
class Ratio:
    part: int
    whole: int
    conversations: tuple[int, ...]  # behind `whole - part`: the ones that fall short

    @property
    def rate(self) -> float | None:
        return self.part / self.whole if self.whole else None


@dataclass(frozen=True, slots=True)
class SlaTally:
    hit: int
    missed: int
    active: int
    missed_conversations: tuple[int, ...]

    @property
    def hit_rate(self) -> float | None:
        decided = self.hit + self.missed
        return self.hit / decided if decided else None


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The metrics of one platform, tag or assignee."""

    key: str
    conversations: int
    metrics: Metrics
    sla: SlaTally


@dataclass(frozen=True, slots=True)
class Day:
    day: date
    inbound: int
    outbound: int
    conversations: int  # started that day
    first_response_median: float | None  # business seconds, replies given that day


@dataclass(frozen=True, slots=True)
class Volume:
    inbound: int
    outbound: int
    conversations: int
    days: tuple[Day, ...]
    inbound_by_hour: tuple[int, ...]  # 24 local hours
    outbound_by_hour: tuple[int, ...]
    heatmap: tuple[tuple[int, ...], ...]  # [weekday Monday first][hour]: inbound messages


@dataclass(frozen=True, slots=True)
class AgeBucket:
    label: str  # "<1h", "1-4h", "4-24h", "1-3d", "3-7d", ">7d"
    conversations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Backlog:
    """Now, whatever the period: what is not done yet."""

    total: int
    by_status: dict[str, int]
    ages: tuple[AgeBucket, ...]
    oldest_age: float | None  # seconds since its current opening
    oldest: int | None
    unattended: tuple[int, ...]  # someone waiting on our reply
    awaiting_first: tuple[int, ...]  # of those, no first response yet in this opening


@dataclass(frozen=True, slots=True)
class Due:
    """A running SLA clock or reply window, for the "breaching soon" list."""

    conversation_id: int
    kind: str  # an SLA target, or "reply_window"
    due: float
    overdue: bool


@dataclass(frozen=True, slots=True)
class Sla:
    first_response: SlaTally
    next_reply: SlaTally
    resolution: SlaTally
    breaching_soon: tuple[Due, ...]  # due within the settings' horizon, soonest first
    overdue: tuple[Due, ...]  # already past due and still running, most overdue first


@dataclass(slots=True)
class ConversationHealth:
    """One conversation's row in the report: its timeline, clocks and where it belongs."""

    id: int
    platform: str
    status: str
    priority: str
    assignee: str | None
    tags: tuple[str, ...]
    subject: str
    inbound: int
    outbound: int
    notes: int
    automated: int  # replies a rule sent by itself: no clock stops for them
    in_period: bool  # active in the period (else only in the report for the backlog)
    timeline: Timeline
    policy: str | None
    clocks: tuple[Clock, ...]
    sla: State | None
    window: WindowState | None


@dataclass(frozen=True, slots=True)
class HealthReport:
    start: float
    end: float
    first_day: date
    last_day: date
    now: float
    zone: str
    platform: str | None
    tag: str | None
    assignee: str | None
    metrics: Metrics
    response_rate: Ratio
    volume: Volume
    backlog: Backlog
    sla: Sla
    by_platform: tuple[Breakdown, ...]
    by_tag: tuple[Breakdown, ...]
    by_assignee: tuple[Breakdown, ...]
    conversations: tuple[ConversationHealth, ...]
    problems: tuple[str, ...]  # settings that were ignored, said plainly
    seconds: float  # how long computing it took
    # The period's messages (conversation, epoch time, inbound): what the volume figures
    # count, kept so a day or a heatmap cell can name its conversations when asked.
    messages: tuple[tuple[int, float, bool], ...] = ()

    def conversation(self, conversation_id: int) -> ConversationHealth | None:
        return next((c for c in self.conversations if c.id == conversation_id), None)
