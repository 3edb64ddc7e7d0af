"""Community health: response-time metrics (raw and in business hours), volume, backlog,
SLA clocks and platform reply windows, each figure with the conversations behind it.

Qt-free; the dashboard (ui/dashboard*.py) and `serambi stats` present the same report.
"""

from app.health.calendar import BusinessCalendar, office_hours
from app.health.compute import compute, conversations, default_days, period_bounds
from app.health.report import ConversationHealth, HealthReport, Summary
from app.health.settings import HealthSettings, SettingsError, SlaPolicy, load, save
from app.health.source import Filters

__all__ = [
    "BusinessCalendar",
    "ConversationHealth",
    "Filters",
    "HealthReport",
    "HealthSettings",
    "SettingsError",
    "SlaPolicy",
    "Summary",
    "compute",
    "conversations",
    "default_days",
    "load",
    "office_hours",
    "period_bounds",
    "save",
]
