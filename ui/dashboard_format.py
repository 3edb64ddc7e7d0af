"""How the dashboard writes its numbers: durations, shares and times, in the user's
language (every unit through translate, context "Dashboard")."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

# lupdate reads calls of this name, context and text written out: translate("Dashboard", ...).
translate = QCoreApplication.translate


def duration(seconds: float | None) -> str:
    """1d 2h, 3h 05m, 12m, 40s; an en dash when there is nothing to show."""
    if seconds is None:
        return "–"
    if seconds == float("inf"):
        return translate("Dashboard", "never")
    whole = round(seconds)
    days, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return translate("Dashboard", "%1d %2h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = translate("Dashboard", "%1h %2m")
        return text.replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    if minutes:
        return translate("Dashboard", "%1m").replace("%1", str(minutes))
    return translate("Dashboard", "%1s").replace("%1", str(secs))


def share(rate: float | None) -> str:
    return "–" if rate is None else translate("Dashboard", "%1%").replace("%1", f"{rate * 100:.0f}")


def when(moment: float | None, zone: ZoneInfo) -> str:
    if moment is None or moment == float("inf"):
        return "–"
    return datetime.fromtimestamp(moment, UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M")


def until(moment: float | None, now: float) -> str:
    """A countdown: "in 42m", or "3h 10m overdue"."""
    if moment is None:
        return "–"
    if moment >= now:
        return translate("Dashboard", "in %1").replace("%1", duration(moment - now))
    return translate("Dashboard", "%1 overdue").replace("%1", duration(now - moment))
