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

SENTIMENTS = {
    "positive": QT_TRANSLATE_NOOP("Labels", "positive"),
    "neutral": QT_TRANSLATE_NOOP("Labels", "neutral"),
    "negative": QT_TRANSLATE_NOOP("Labels", "negative"),
}
INTENTS = {
    "question": QT_TRANSLATE_NOOP("Labels", "question"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "complaint"),
    "praise": QT_TRANSLATE_NOOP("Labels", "praise"),
    "request": QT_TRANSLATE_NOOP("Labels", "request"),
    "spam": QT_TRANSLATE_NOOP("Labels", "spam"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}


def sentiment(value: str) -> str:
    return QCoreApplication.translate("Labels", str(SENTIMENTS.get(value, value)))


def intent(value: str) -> str:
    return QCoreApplication.translate("Labels", str(INTENTS.get(value, value)))


def status(value: str) -> str:
    return QCoreApplication.translate("Labels", str(STATUSES.get(value, value)))


def priority(value: str) -> str:
    return QCoreApplication.translate("Labels", str(PRIORITIES.get(value, value)))
