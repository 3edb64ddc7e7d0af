"""The words shown for stored values (status, priority), translated once here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUSES = {
    "new": QT_TRANSLATE_NOOP("Labels", "new"),
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "snoozed": QT_TRANSLATE_NOOP("Labels", "snoozed"),
    "done": QT_TRANSLATE_NOOP("Labels", "done"),
}
PRIORITIES = {
    "none": QT_TRANSLATE_NOOP("Labels", "no priority"),
    "low": QT_TRANSLATE_NOOP("Labels", "low"),
    "normal": QT_TRANSLATE_NOOP("Labels", "normal"),
    "high": QT_TRANSLATE_NOOP("Labels", "high"),
    "urgent": QT_TRANSLATE_NOOP("Labels", "urgent"),
}


def status(value: str) -> str:
    return QCoreApplication.translate("Labels", str(STATUSES.get(value, value)))


def priority(value: str) -> str:
    return QCoreApplication.translate("Labels", str(PRIORITIES.get(value, value)))
