"""Message and conversation volume per local day and hour, and the weekday-by-hour heatmap.

Messages are counted in quarter-hour buckets first and each bucket is placed in local time
once: every real time zone offset is a whole number of quarter hours, so this is exact and
costs one time zone conversion per bucket, not per message.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.health.report import ConversationHealth, Day, Volume
from app.health.stats import Sample, median

QUARTER = 900


def volume(rows: Sequence[ConversationHealth], period: Sequence[tuple[int, float, bool]],
           first_responses: Sequence[Sample], tz: ZoneInfo, start: float, end: float,
           first_day: date, last_day: date) -> Volume:
    """`period`: the period's messages as (conversation, time, inbound), notes left out."""
    inbound: Counter[int] = Counter()
    outbound: Counter[int] = Counter()
    for _, at, is_in in period:
        (inbound if is_in else outbound)[int(at // QUARTER)] += 1
    started = Counter(int(r.timeline.created // QUARTER) for r in rows
                      if start <= r.timeline.created < end)
    place = _Placer(tz)
    span = (last_day - first_day).days + 1
    days = {first_day + timedelta(days=i): [0, 0, 0] for i in range(span)}
    by_hour = [[0] * 24, [0] * 24]
    heat = [[0] * 24 for _ in range(7)]
    for column, counts in enumerate((inbound, outbound, started)):
        for bucket, n in counts.items():
            day, weekday, hour = place(bucket)
            if day in days:
                days[day][column] += n
            if column < 2:
                by_hour[column][hour] += n
            if column == 0:
                heat[weekday][hour] += n
    frt: dict[date, list[float]] = {}
    for s in first_responses:
        frt.setdefault(place(int(s.at // QUARTER))[0], []).append(s.business)
    return Volume(
        sum(inbound.values()), sum(outbound.values()), sum(started.values()),
        tuple(Day(d, c[0], c[1], c[2], median(frt.get(d, []))) for d, c in days.items()),
        tuple(by_hour[0]), tuple(by_hour[1]), tuple(tuple(row) for row in heat))


def behind(period: Sequence[tuple[int, float, bool]], tz: ZoneInfo, day: date | None = None,
           weekday: int | None = None, hour: int | None = None,
           inbound_only: bool = False) -> tuple[int, ...]:
    """The conversations behind a day (any message) or a heatmap cell (member messages),
    found when asked for rather than kept for every cell."""
    place = _Placer(tz)
    found: dict[int, None] = {}
    for cid, at, is_in in period:
        if inbound_only and not is_in:
            continue
        d, w, h = place(int(at // QUARTER))
        if (day is None or d == day) and (weekday is None or w == weekday) \
                and (hour is None or h == hour):
            found[cid] = None
    return tuple(found)


class _Placer:
    """Quarter-hour bucket -> (local date, weekday, hour), each bucket converted once."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz
        self.seen: dict[int, tuple[date, int, int]] = {}

    def __call__(self, bucket: int) -> tuple[date, int, int]:
        found = self.seen.get(bucket)
        if found is None:
            local = datetime.fromtimestamp(bucket * QUARTER, self.tz)
            found = (local.date(), local.weekday(), local.hour)
            self.seen[bucket] = found
        return found
