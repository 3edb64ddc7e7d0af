"""The workspace's health settings: business hours, time zone, SLA policies, reply windows.

Kept as one JSON value under `health` in the shared settings table (no schema change), with a
version so an older shape can be upgraded. Whatever is stored may have been hand-edited or
written by another version: each part is checked, a bad part falls back to its default, and
`problems` says what was ignored.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select, update

from app.health.calendar import DAY_MINUTES, WEEKDAYS, BusinessCalendar, Span, office_hours
from app.models import SETTINGS, Priority
from app.store import Store

KEY = "health"
VERSION = 1
MAX_POLICIES = 50
MAX_HOLIDAYS = 1000
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True, slots=True)
class SlaPolicy:
    """Targets in minutes (None: no target); applies to conversations matching every filter
    given (an empty filter matches all). The first matching policy wins."""

    name: str
    first_response: int | None = None
    next_reply: int | None = None
    resolution: int | None = None
    business_hours: bool = True
    platforms: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()

    def matches(self, platform: str, tags: tuple[str, ...], priority: str) -> bool:
        return ((not self.platforms or platform in self.platforms)
                and (not self.tags or any(t in self.tags for t in tags))
                and (not self.priorities or priority in self.priorities))


@dataclass(frozen=True, slots=True)
class ReplyWindow:
    """How long after the member's last message a platform lets us answer a direct
    conversation; `extended_hours` is a longer window open to human agents only
    (Meta's HUMAN_AGENT tag, for example)."""

    platform: str
    hours: float
    extended_hours: float | None = None


# Meta's Messenger and Instagram: 24 hours standard, 7 days for a human agent; WhatsApp's
# customer service window: 24 hours. None of the first-wave platforms limits replies.
DEFAULT_WINDOWS = {
    "facebook": ReplyWindow("facebook", 24, 168),
    "instagram": ReplyWindow("instagram", 24, 168),
    "whatsapp": ReplyWindow("whatsapp", 24),
}
DEFAULT_POLICY = SlaPolicy("Standard", first_response=4 * 60, next_reply=8 * 60,
                           resolution=40 * 60, business_hours=True)


@dataclass(frozen=True, slots=True)
class HealthSettings:
    calendar: BusinessCalendar
    policies: tuple[SlaPolicy, ...] = (DEFAULT_POLICY,)
    windows: dict[str, ReplyWindow] = field(default_factory=lambda: dict(DEFAULT_WINDOWS))
    soon_minutes: int = 60  # "breaching soon": due within this many minutes
    problems: tuple[str, ...] = ()

    def policy_for(self, platform: str, tags: tuple[str, ...],
                   priority: str) -> SlaPolicy | None:
        return next((p for p in self.policies if p.matches(platform, tags, priority)), None)


def system_zone() -> str:
    """This machine's IANA time zone name, or UTC when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    return next((name for name in candidates if _zone_ok(name)), "UTC")


def _zone_ok(name: str) -> bool:
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def defaults(zone: str | None = None) -> HealthSettings:
    """Monday to Friday, 09:00-17:00, in this machine's time zone; one standard policy."""
    return HealthSettings(office_hours(zone or system_zone()))


# -- reading ------------------------------------------------------------------------------
def parse(value: Any) -> HealthSettings:
    """Settings from a stored value; never raises (bad parts fall back, with a problem)."""
    base = defaults()
    if value is None:
        return base
    if not isinstance(value, dict):
        return HealthSettings(base.calendar, problems=("the health settings are not an object",))
    problems: list[str] = []
    value = _upgrade(value, problems)
    calendar = _calendar(value, base.calendar, problems)
    policies = _policies(value.get("sla"), problems) if "sla" in value else base.policies
    windows = _windows(value.get("reply_windows"), problems) \
        if "reply_windows" in value else dict(DEFAULT_WINDOWS)
    soon = _minutes(value.get("breaching_soon_minutes", 60), "breaching_soon_minutes",
                    problems) or 60
    return HealthSettings(calendar, policies, windows, soon, tuple(problems))


def _upgrade(value: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    version = value.get("version", VERSION)
    if version != VERSION:
        problems.append(f"health settings version {version!r} is not known; read as version "
                        f"{VERSION}")
    return value


def _calendar(value: dict[str, Any], fallback: BusinessCalendar,
              problems: list[str]) -> BusinessCalendar:
    zone = value.get("time_zone", fallback.zone)
    if not isinstance(zone, str) or not _zone_ok(zone):
        problems.append(f"unknown time zone {zone!r}; using {fallback.zone}")
        zone = fallback.zone
    week = fallback.week
    if "hours" in value:
        week = _week(value["hours"], problems) or fallback.week
        if not any(week):
            problems.append("the hours give no working time at all; using Monday to Friday "
                            "09:00-17:00")
            week = office_hours(zone).week
    holidays = _holidays(value.get("holidays", []), problems)
    return BusinessCalendar(zone, week, holidays)


def _week(hours: Any, problems: list[str]) -> tuple[tuple[Span, ...], ...] | None:
    if not isinstance(hours, dict):
        problems.append("hours must map mon..sun to lists like [\"09:00-17:00\"]")
        return None
    week: list[tuple[Span, ...]] = []
    for name in WEEKDAYS:
        spans = [_span(text, name, problems) for text in _list(hours.get(name, []))]
        week.append(_merge([s for s in spans if s is not None]))
    return tuple(week)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _span(text: Any, day: str, problems: list[str]) -> Span | None:
    match = _SPAN.match(text.strip()) if isinstance(text, str) else None
    if match:
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 < 60 and m2 < 60 and 0 <= start < end <= DAY_MINUTES:
            return start, end
    problems.append(f"{day}: {str(text)[:40]!r} is not a span like 09:00-17:00; ignored")
    return None


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Sorted, overlapping or touching spans joined, so no minute counts twice."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _holidays(value: Any, problems: list[str]) -> frozenset[date]:
    days: set[date] = set()
    for text in _list(value)[:MAX_HOLIDAYS]:
        try:
            days.add(date.fromisoformat(str(text)))
        except ValueError:
            problems.append(f"holiday {str(text)[:40]!r} is not a date like 2026-12-25")
    return frozenset(days)


def _minutes(value: Any, name: str, problems: list[str]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not 0 < value <= 366 * DAY_MINUTES:
        problems.append(f"{name} must be a number of minutes; {str(value)[:40]!r} ignored")
        return None
    return int(value)


def _hours(value: Any, name: str, problems: list[str]) -> float | None:
    """Hours as minutes for `_minutes`; None (said) when it is not a number at all."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{name} must be a number of hours; {str(value)[:40]!r} ignored")
        return None
    return value * 60


def _names(value: Any) -> tuple[str, ...]:
    return tuple(sorted({str(v).strip().lower() for v in _list(value or [])
                         if isinstance(v, str) and v.strip()}))


def _policies(value: Any, problems: list[str]) -> tuple[SlaPolicy, ...]:
    if not isinstance(value, list):
        problems.append("sla must be a list of policies; using the standard policy")
        return (DEFAULT_POLICY,)
    policies: list[SlaPolicy] = []
    for item in value[:MAX_POLICIES]:
        if not isinstance(item, dict):
            problems.append("an SLA policy that is not an object was ignored")
            continue
        name = str(item.get("name") or f"Policy {len(policies) + 1}")[:80]
        priorities = tuple(p for p in _names(item.get("priorities"))
                           if p in Priority.__members__.values())
        policies.append(SlaPolicy(
            name, _minutes(item.get("first_response_minutes"), "first_response_minutes",
                           problems),
            _minutes(item.get("next_reply_minutes"), "next_reply_minutes", problems),
            _minutes(item.get("resolution_minutes"), "resolution_minutes", problems),
            bool(item.get("business_hours", True)), _names(item.get("platforms")),
            _names(item.get("tags")), priorities))
    return tuple(policies)


def _windows(value: Any, problems: list[str]) -> dict[str, ReplyWindow]:
    if not isinstance(value, dict):
        problems.append("reply_windows must map a platform to {\"hours\": 24}")
        return dict(DEFAULT_WINDOWS)
    windows = {}
    for platform, item in value.items():
        where = f"reply_windows.{str(platform)[:20]}"
        hours = item.get("hours") if isinstance(item, dict) else None
        extended = item.get("extended_hours") if isinstance(item, dict) else None
        ok = _minutes(_hours(hours, f"{where}.hours", problems), f"{where}.hours", problems)
        if ok is None:
            continue
        longer = _minutes(_hours(extended, f"{where}.extended_hours", problems),
                          f"{where}.extended_hours", problems)
        name = str(platform).strip().lower()[:40]
        windows[name] = ReplyWindow(name, ok / 60, longer / 60 if longer else None)
    return windows


# -- writing ------------------------------------------------------------------------------
def to_json(settings: HealthSettings) -> dict[str, Any]:
    """The stored shape (what `parse` reads back into the same settings)."""
    cal = settings.calendar
    return {
        "version": VERSION,
        "time_zone": cal.zone,
        "hours": {name: [f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}"
                         for s, e in cal.week[i]] for i, name in enumerate(WEEKDAYS)},
        "holidays": sorted(d.isoformat() for d in cal.holidays),
        "sla": [{"name": p.name, "first_response_minutes": p.first_response,
                 "next_reply_minutes": p.next_reply, "resolution_minutes": p.resolution,
                 "business_hours": p.business_hours, "platforms": list(p.platforms),
                 "tags": list(p.tags), "priorities": list(p.priorities)}
                for p in settings.policies],
        "reply_windows": {name: {"hours": w.hours, "extended_hours": w.extended_hours}
                          for name, w in sorted(settings.windows.items())},
        "breaching_soon_minutes": settings.soon_minutes,
    }


def read(conn: Connection) -> HealthSettings:
    return parse(conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == KEY)).scalar())


def load(store: Store) -> HealthSettings:
    with store.read() as conn:
        return read(conn)


class SettingsError(ValueError):
    """Health settings that cannot be kept as given; the message says what is wrong."""


def save(store: Store, value: dict[str, Any]) -> HealthSettings:
    """Keep new settings, refusing any with a problem (nothing half-applied)."""
    settings = parse(value)
    if settings.problems:
        raise SettingsError("; ".join(settings.problems))
    stored = to_json(settings)
    with store.write() as conn:
        if conn.execute(update(SETTINGS).where(SETTINGS.c.key == KEY)
                        .values(value=stored)).rowcount == 0:
            conn.execute(SETTINGS.insert().values(key=KEY, value=stored))
    return settings
