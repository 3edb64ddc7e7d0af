"""Business hours: a weekly working-hours calendar in one time zone, with holidays.

Times are epoch seconds (UTC). Working spans are wall-clock times converted through the
zone day by day, so a daylight-saving change moves the span as a person at the desk sees it.
Spans over the days in use are kept sorted with running totals, so `working(a, b)` is two
binary searches and a subtraction, however many weeks lie between.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

Span = tuple[int, int]  # minutes since local midnight, [start, end), end at most 24 * 60
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
# Beyond this many days a deadline is "never" (a week with no working hours at all).
HORIZON_DAYS = 3660


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """Working hours per weekday (Monday first) in `zone`, minus whole-day `holidays`."""

    zone: str
    week: tuple[tuple[Span, ...], ...]
    holidays: frozenset[date] = frozenset()
    _clock: _Clock = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("a working week needs seven days, Monday first")
        object.__setattr__(self, "_clock", _Clock(self))

    @property
    def tz(self) -> ZoneInfo:
        return self._clock.tz

    @property
    def weekly_minutes(self) -> int:
        return sum(end - start for day in self.week for start, end in day)

    def spans(self, day: date) -> tuple[tuple[float, float], ...]:
        """That local day's working spans as epoch seconds (none on a holiday)."""
        return self._clock.spans(day)

    def working(self, start: float, stop: float) -> float:
        """Working seconds in [start, stop); 0 when stop is not after start."""
        return self._clock.working(start, stop)

    def add(self, start: float, seconds: float) -> float:
        """The moment `seconds` of working time after `start` (inf if it never comes)."""
        return self._clock.add(start, seconds)

    def local_day(self, moment: float) -> date:
        return datetime.fromtimestamp(moment, self.tz).date()


class _Clock:
    """The calendar as one sorted list of working spans over a range of days, with running
    totals: working time up to any moment is a binary search, with no time zone work."""

    def __init__(self, calendar: BusinessCalendar) -> None:
        self.calendar = calendar
        self.tz = ZoneInfo(calendar.zone)
        self._first = self._last = 0  # ordinals of the days covered (none yet)
        self._starts: list[float] = []
        self._ends: list[float] = []
        self._before: list[float] = []  # working seconds before each span
        self._low = self._high = 0.0  # the covered moments: [low, high)

    def spans(self, day: date) -> tuple[tuple[float, float], ...]:
        if day in self.calendar.holidays:
            return ()
        return tuple((self._at(day, start), self._at(day, end))
                     for start, end in self.calendar.week[day.weekday()])

    def _at(self, day: date, minutes: int) -> float:
        if minutes >= DAY_MINUTES:
            day, minutes = day + timedelta(days=1), minutes - DAY_MINUTES
        wall = datetime.combine(day, time(minutes // 60, minutes % 60), self.tz)
        return wall.timestamp()

    def _midnight(self, ordinal: int) -> float:
        return datetime.combine(date.fromordinal(ordinal), time(), self.tz).timestamp()

    def _cover(self, moment: float) -> None:
        """Extend the covered days (by whole weeks at least) until they hold `moment`."""
        day = datetime.fromtimestamp(moment, self.tz).date().toordinal()
        if self._first == self._last:
            self._rebuild(day - 7, day + 8)
        elif moment < self._low:
            self._rebuild(min(day - 7, self._first - 28), self._last)
        elif moment >= self._high:
            self._rebuild(self._first, max(day + 8, self._last + 28))

    def _rebuild(self, first: int, last: int) -> None:
        starts: list[float] = []
        ends: list[float] = []
        before: list[float] = []
        total = 0.0
        for ordinal in range(first, last):
            for a, b in self.spans(date.fromordinal(ordinal)):
                starts.append(a)
                ends.append(b)
                before.append(total)
                total += b - a
        self._first, self._last = first, last
        self._starts, self._ends, self._before = starts, ends, before
        self._low, self._high = self._midnight(first), self._midnight(last)

    def _upto(self, moment: float) -> float:
        """Working seconds from the start of the covered days to `moment`."""
        if not self._low <= moment < self._high:
            self._cover(moment)
        at = bisect.bisect_right(self._starts, moment) - 1
        if at < 0:
            return 0.0
        return self._before[at] + min(moment, self._ends[at]) - self._starts[at]

    def working(self, start: float, stop: float) -> float:
        if stop <= start:
            return 0.0
        if not (self._low <= start and stop < self._high):
            self._upto(start)  # both ends covered before either is measured
            self._upto(stop)
        starts, ends, before = self._starts, self._ends, self._before
        a = bisect.bisect_right(starts, start) - 1
        b = bisect.bisect_right(starts, stop) - 1
        upto_a = before[a] + min(start, ends[a]) - starts[a] if a >= 0 else 0.0
        upto_b = before[b] + min(stop, ends[b]) - starts[b] if b >= 0 else 0.0
        return upto_b - upto_a

    def add(self, start: float, seconds: float) -> float:
        if seconds <= 0:
            return start
        target = self._upto(start) + seconds
        for _ in range(HORIZON_DAYS // 28 + 2):
            total = self._before[-1] + self._ends[-1] - self._starts[-1] if self._starts \
                else 0.0
            if total >= target:
                at = bisect.bisect_left(self._before, target) - 1
                at = max(at, 0)
                while self._before[at] + self._ends[at] - self._starts[at] < target:
                    at += 1
                return self._starts[at] + (target - self._before[at])
            if self._last - self._first > HORIZON_DAYS + 400:
                break
            self._rebuild(self._first, self._last + 28)  # forward: the origin stays put
        return float("inf")


def always(zone: str = "UTC") -> BusinessCalendar:
    """Every hour of every day: with it, working time is plain elapsed time."""
    return BusinessCalendar(zone, tuple(((0, DAY_MINUTES),) for _ in WEEKDAYS))


def office_hours(zone: str, start: int = 9 * 60, end: int = 17 * 60,
                 days: int = 5, holidays: frozenset[date] = frozenset()) -> BusinessCalendar:
    """`start`-`end` on the first `days` weekdays (Monday to Friday by default)."""
    week = tuple(((start, end),) if i < days else () for i in range(7))
    return BusinessCalendar(zone, week, holidays)
