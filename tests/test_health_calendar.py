"""Business hours: working time between two moments and deadlines, across weekends,
holidays and daylight-saving changes; and settings read from hostile JSON."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.health import settings as health_settings
from app.health.calendar import BusinessCalendar, always, office_hours
from app.store import Store

HOUR = 3600.0


def t(text: str, zone: str = "UTC") -> float:
    from zoneinfo import ZoneInfo

    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).timestamp()


def test_working_time_skips_nights_weekends_and_holidays() -> None:
    cal = office_hours("UTC", holidays=frozenset({date(2026, 11, 10)}))
    # Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
    assert cal.working(t("2026-11-06 16:00"), t("2026-11-09 10:00")) == 2 * HOUR
    # Monday 16:00 to Wednesday 10:00 with Tuesday a holiday.
    assert cal.working(t("2026-11-09 16:00"), t("2026-11-11 10:00")) == 2 * HOUR
    assert cal.working(t("2026-11-07 10:00"), t("2026-11-08 20:00")) == 0.0  # a weekend
    assert cal.working(t("2026-11-09 12:00"), t("2026-11-09 11:00")) == 0.0  # backwards
    # Four whole weeks, a Monday and an hour, less the holiday: 21 days of 8h + 1h - 8h.
    assert cal.working(t("2026-11-02 09:00"), t("2026-12-01 10:00")) == (21 * 8 + 1 - 8) * HOUR


def test_deadline_in_working_time() -> None:
    cal = office_hours("Asia/Jakarta")
    # Four working hours from Friday 15:00 in Jakarta: 2h on Friday, 2h on Monday.
    due = cal.add(t("2026-11-06 15:00", "Asia/Jakarta"), 4 * HOUR)
    assert due == t("2026-11-09 11:00", "Asia/Jakarta")
    assert cal.add(t("2026-11-07 12:00", "Asia/Jakarta"), 0) == t("2026-11-07 12:00",
                                                                   "Asia/Jakarta")
    never = BusinessCalendar("UTC", ((), (), (), (), (), (), ()))
    assert never.add(t("2026-11-06 15:00"), HOUR) == float("inf")


def test_daylight_saving_moves_the_working_day_with_the_wall_clock() -> None:
    cal = office_hours("Europe/Berlin")
    # Friday 23 Oct 2026 is summer time (UTC+2); Monday 26 Oct is winter time (UTC+1).
    friday = t("2026-10-23 09:00", "Europe/Berlin")
    monday = t("2026-10-26 09:00", "Europe/Berlin")
    assert friday == datetime(2026, 10, 23, 7, tzinfo=UTC).timestamp()
    assert monday == datetime(2026, 10, 26, 8, tzinfo=UTC).timestamp()
    assert cal.working(friday, monday + HOUR) == 9 * HOUR
    night = office_hours("Europe/Berlin", start=0, end=4 * 60, days=7)
    # Sunday 25 Oct 2026: 03:00 summer time becomes 02:00 winter time, a 5-hour night.
    sunday = t("2026-10-25 00:00", "Europe/Berlin")
    assert night.working(sunday, sunday + 6 * HOUR) == 5 * HOUR


@settings(max_examples=200, deadline=None)
@given(start=st.floats(min_value=t("2025-01-01 00:00"), max_value=t("2027-12-31 00:00")),
       seconds=st.floats(min_value=0, max_value=400 * HOUR))
def test_deadline_and_working_time_agree(start: float, seconds: float) -> None:
    cal = office_hours("America/New_York", start=8 * 60 + 30, end=17 * 60 + 30, days=6)
    due = cal.add(start, seconds)
    assert cal.working(start, due) == pytest.approx(seconds, abs=1e-3)
    assert always().working(start, start + seconds) == pytest.approx(seconds, abs=1e-6)


def test_stored_settings_round_trip(store: Store) -> None:
    value = {"time_zone": "Asia/Jakarta", "hours": {"mon": ["08:00-12:00", "13:00-17:00"]},
             "holidays": ["2026-12-25"], "breaching_soon_minutes": 30,
             "sla": [{"name": "VIP", "first_response_minutes": 30, "tags": ["VIP"],
                      "business_hours": False}, {"name": "Everyone else"}],
             "reply_windows": {"instagram": {"hours": 24, "extended_hours": 168}}}
    saved = health_settings.save(store, value)
    loaded = health_settings.load(store)
    assert loaded == saved and loaded.problems == ()
    assert loaded.calendar.week[0] == ((480, 720), (780, 1020)) and loaded.calendar.week[1] == ()
    assert loaded.policy_for("mastodon", ("vip",), "none") == loaded.policies[0]
    assert loaded.policy_for("mastodon", (), "none") == loaded.policies[1]
    assert loaded.windows["instagram"].extended_hours == 168
    assert health_settings.parse(health_settings.to_json(loaded)) == loaded


@pytest.mark.parametrize("value, problem", [
    ({"time_zone": "../../etc/passwd"}, "unknown time zone"),
    ({"time_zone": 42}, "unknown time zone"),
    ({"hours": {"mon": ["25:00-26:00"]}}, "not a span"),
    ({"hours": {"tue": ["17:00-09:00"]}}, "not a span"),
    ({"hours": "always"}, "hours must map"),
    ({"hours": {"mon": []}}, "no working time"),
    ({"holidays": ["Christmas"]}, "not a date"),
    ({"sla": [{"first_response_minutes": -5}]}, "first_response_minutes"),
    ({"sla": [{"first_response_minutes": True}]}, "first_response_minutes"),
    ({"sla": "fast"}, "sla must be a list"),
    ({"reply_windows": {"instagram": {"hours": "a day"}}}, "reply_windows.instagram.hours"),
    ({"version": 99}, "version 99"),
    ("not an object", "not an object"),
])
def test_hostile_settings_fall_back_and_say_why(value: object, problem: str,
                                                store: Store) -> None:
    parsed = health_settings.parse(value)
    assert any(problem in p for p in parsed.problems), parsed.problems
    assert parsed.calendar.weekly_minutes > 0  # still usable
    if isinstance(value, dict):
        with pytest.raises(health_settings.SettingsError, match=problem.split()[0]):
            health_settings.save(store, value)


def test_overlapping_spans_count_once() -> None:
    parsed = health_settings.parse({"time_zone": "UTC", "hours": {
        "mon": ["09:00-12:00", "11:00-13:00", "13:00-14:00"]}})
    assert parsed.calendar.week[0] == ((540, 840),)
    assert parsed.problems == ()
