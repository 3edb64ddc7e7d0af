"""Fold assessed conversations into the report: samples per metric (a clock belongs to the
period in which it stopped), response rate, SLA tallies, breakdowns, volume and now.

Each conversation's samples and SLA counts are found once; a breakdown then only gathers
those of its conversations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.health import now as current
from app.health.report import (
    Breakdown,
    ConversationHealth,
    HealthReport,
    Metrics,
    Ratio,
    Sla,
    SlaTally,
)
from app.health.settings import HealthSettings
from app.health.sla import State, Target
from app.health.source import Filters
from app.health.stats import Sample, metrics
from app.health.volume import volume

TARGETS = tuple(Target)
_AT = {target: i for i, target in enumerate(TARGETS)}


_NONE = (0, 0, 0)


@dataclass(slots=True)
class _Part:
    """One conversation's share of the period's figures; SLA counts are (hit, missed,
    active) per target, and over all targets."""

    first: list[Sample] = field(default_factory=list)
    replies: list[Sample] = field(default_factory=list)
    resolutions: list[Sample] = field(default_factory=list)
    sla: tuple[tuple[int, int, int], ...] = (_NONE, _NONE, _NONE)
    total: tuple[int, int, int] = _NONE


def _part(row: ConversationHealth, start: float, end: float, now: float) -> _Part:
    part, t = _Part(), row.timeline
    for o in t.openings:
        if o.response_at is not None and start <= o.response_at < end:
            part.first.append(Sample(row.id, o.response_at, o.raw or 0.0, o.business or 0.0))
    for w in t.waits:
        if w.reply_at is not None and start <= w.reply_at < end:
            part.replies.append(Sample(row.id, w.reply_at, w.raw or 0.0, w.business or 0.0))
    # One resolution per conversation and period: the last time it was done in it.
    done = [r for r in t.resolutions if start <= r.done_at < end]
    if done:
        part.resolutions.append(Sample(row.id, done[-1].done_at, done[-1].raw,
                                       done[-1].business))
    if row.clocks:
        part.sla, part.total = _clock_counts(row, start, end, now)
    return part


def _clock_counts(row: ConversationHealth, start: float, end: float, now: float
                  ) -> tuple[tuple[tuple[int, int, int], ...], tuple[int, int, int]]:
    n = [0] * 9  # (hit, missed, active) for each target in TARGETS order
    for c in row.clocks:
        at = _AT[c.target] * 3
        if c.stopped is not None:
            if start <= c.stopped < end:
                n[at + (c.state is not State.HIT)] += 1
        elif c.state is State.MISSED:
            # Overdue and still running: missed in every period it was overdue in.
            n[at + 1] += (c.due or 0.0) < end
        elif start <= now < end:
            n[at + 2] += 1
    per = ((n[0], n[1], n[2]), (n[3], n[4], n[5]), (n[6], n[7], n[8]))
    return per, (n[0] + n[3] + n[6], n[1] + n[4] + n[7], n[2] + n[5] + n[8])


def _tally(rows: Sequence[ConversationHealth], parts: Mapping[int, _Part],
           target: Target | None) -> SlaTally:
    """Clocks of these conversations for one target (None: every target)."""
    at = None if target is None else _AT[target]
    hit = missed = active = 0
    behind: list[int] = []
    for row in rows:
        part = parts[row.id]
        h, m, a = part.total if at is None else part.sla[at]
        if m:
            behind.append(row.id)
        hit, missed, active = hit + h, missed + m, active + a
    return SlaTally(hit, missed, active, tuple(behind))


def _metrics_of(rows: Sequence[ConversationHealth], parts: Mapping[int, _Part]) -> Metrics:
    chosen = [parts[r.id] for r in rows]
    return metrics([s for p in chosen for s in p.first], [s for p in chosen for s in p.replies],
                   [s for p in chosen for s in p.resolutions])


def response_rate(rows: Sequence[ConversationHealth], start: float, end: float) -> Ratio:
    """Openings that began in the period and have had a first response (by now)."""
    whole = part = 0
    short: dict[int, None] = {}
    for row in rows:
        for o in row.timeline.openings:
            if start <= o.start < end:
                whole += 1
                if o.response_at is not None:
                    part += 1
                else:
                    short[row.id] = None
    return Ratio(part, whole, tuple(short))


def breakdowns(rows: Sequence[ConversationHealth], parts: Mapping[int, _Part],
               keys: Callable[[ConversationHealth], Sequence[str]]) -> tuple[Breakdown, ...]:
    groups: dict[str, list[ConversationHealth]] = defaultdict(list)
    for row in rows:
        if row.in_period:
            for key in keys(row):
                groups[key].append(row)
    made = [Breakdown(key, len(members), _metrics_of(members, parts),
                      _tally(members, parts, None))
            for key, members in groups.items()]
    return tuple(sorted(made, key=lambda b: (-b.conversations, b.key)))


def report(rows: Sequence[ConversationHealth], period: Sequence[tuple[int, float, bool]],
           settings: HealthSettings, start: float, end: float, first_day: date,
           last_day: date, now: float, filters: Filters, seconds: float) -> HealthReport:
    parts = {row.id: _part(row, start, end, now) for row in rows}
    soon, late = current.due_lists(rows, now, settings.soon_minutes * 60.0)
    sla = Sla(_tally(rows, parts, Target.FIRST_RESPONSE), _tally(rows, parts, Target.NEXT_REPLY),
              _tally(rows, parts, Target.RESOLUTION), soon, late)
    first = [s for p in parts.values() for s in p.first]
    return HealthReport(
        start, end, first_day, last_day, now, settings.calendar.zone, filters.platform,
        filters.tag, filters.assignee, _metrics_of(rows, parts),
        response_rate(rows, start, end),
        volume(rows, period, first, settings.calendar.tz, start, end, first_day, last_day),
        current.backlog(rows, now), sla,
        breakdowns(rows, parts, lambda r: (r.platform,)),
        breakdowns(rows, parts, lambda r: r.tags),
        breakdowns(rows, parts, lambda r: (r.assignee or "",)),
        tuple(sorted(rows, key=lambda r: r.id)), settings.problems, seconds, tuple(period))
