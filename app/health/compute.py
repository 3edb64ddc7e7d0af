"""The health report for a period: read the facts once, build each conversation's clocks,
then fold them into every figure (each keeps the conversations behind it)."""

from __future__ import annotations

import gc
import time as clock
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta

from app.health import figures
from app.health.report import ConversationHealth, HealthReport
from app.health.settings import HealthSettings, load, read
from app.health.sla import clocks, overall, reply_window
from app.health.source import ConversationFacts, Filters, facts_for
from app.health.source import load as load_facts
from app.health.timeline import build
from app.store import Store
from app.timeutil import utcnow


def period_bounds(settings: HealthSettings, first_day: date, last_day: date
                  ) -> tuple[float, float]:
    """Local midnight of `first_day` to local midnight after `last_day`, as epoch seconds."""
    tz = settings.calendar.tz
    start = datetime.combine(first_day, datetime.min.time(), tz).timestamp()
    end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz).timestamp()
    return start, end


def default_days(settings: HealthSettings, now: float, days: int = 30) -> tuple[date, date]:
    """The last `days` local days, today included."""
    today = settings.calendar.local_day(now)
    return today - timedelta(days=days - 1), today


def compute(store: Store, first_day: date | None = None, last_day: date | None = None,
            filters: Filters = Filters(), now: datetime | None = None,  # noqa: B008
            settings: HealthSettings | None = None) -> HealthReport:
    """Every figure for the local days first_day..last_day (default: the last 30)."""
    started = clock.perf_counter()
    moment = (now or utcnow()).timestamp()
    with _collector_paused():
        with store.read() as conn:
            settings = settings or read(conn)
            if first_day is None or last_day is None:
                first_day, last_day = default_days(settings, moment)
            if last_day < first_day:
                raise ValueError("the period ends before it starts")
            start, end = period_bounds(settings, first_day, last_day)
            loaded = load_facts(conn, start, end, filters)
        rows = assess(loaded.conversations.values(), settings, moment)
        made = figures.report(rows, loaded.period, settings, start, end, first_day, last_day,
                              moment, filters, 0.0)
    return replace(made, seconds=clock.perf_counter() - started)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A report makes some 10^5 small objects, none in a cycle; the cyclic collector would
    walk them over and over (a third of the time at 1M messages) and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def assess(facts: Iterable[ConversationFacts], settings: HealthSettings,
           now: float) -> list[ConversationHealth]:
    """Each conversation's timeline, SLA clocks and reply window."""
    return [_one(f, settings, now) for f in facts]


def _one(f: ConversationFacts, settings: HealthSettings, now: float) -> ConversationHealth:
    calendar = settings.calendar
    timeline = build(f.id, f.created, f.messages, f.events, f.status, f.status_changed,
                     calendar)
    policy = settings.policy_for(f.platform, f.tags, f.priority)
    made = tuple(clocks(timeline, policy, calendar, now)) if policy else ()
    rules = settings.windows.get(f.platform) if f.is_direct else None
    window = None if rules is None else reply_window(
        rules, f.is_direct, next((m.at for m in reversed(f.messages) if m.inbound), None),
        timeline.waiting_since is not None, now)
    return ConversationHealth(
        f.id, f.platform, f.status, f.priority, f.assignee, f.tags, f.subject, f.inbound,
        len(f.messages) - f.inbound + f.automated, f.notes, f.automated, f.active, timeline,
        policy.name if policy else None, made, overall(made), window)


def conversations(store: Store, ids: Sequence[int], now: datetime | None = None,
                  settings: HealthSettings | None = None) -> dict[int, ConversationHealth]:
    """The health of a few conversations (a list's visible rows, one to explain)."""
    if not ids:
        return {}
    moment = (now or utcnow()).timestamp()
    with store.read() as conn:
        settings = settings or read(conn)
        facts = facts_for(conn, ids)
    return {row.id: row for row in assess(facts.values(), settings, moment)}


def settings_of(store: Store) -> HealthSettings:
    return load(store)
