"""The small questions an action asks: until when, to whom, which tag, why."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui import labels


def snooze_presets(now: datetime | None = None) -> dict[str, datetime]:
    """1 hour, tomorrow 9:00 and next Monday 9:00, in the user's local time."""
    local = (now or datetime.now(UTC)).astimezone()
    nine = time(9, 0, tzinfo=local.tzinfo)
    tomorrow = datetime.combine(local.date() + timedelta(days=1), nine)
    monday = local.date() + timedelta(days=7 - local.weekday())
    return {"hour": local + timedelta(hours=1), "tomorrow": tomorrow,
            "next_week": datetime.combine(monday, nine)}


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SnoozeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.setAccessibleName(self.tr("Snooze until a date"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self)
        self.when.setCalendarPopup(True)
        self.when.setMinimumDateTime(QDateTime.currentDateTime())
        self.when.setAccessibleName(self.tr("Date and time"))
        form = QFormLayout(self)
        form.addRow(self.tr("Until"), self.when)
        form.addRow(_buttons(self))

    def until(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)


class EscalateDialog(QDialog):
    def __init__(self, people: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalate"))
        self.setAccessibleName(self.tr("Escalate conversations"))
        self.to = QLineEdit(self)
        self.to.setAccessibleName(self.tr("Escalate to"))
        self.to.setPlaceholderText(", ".join(people[:3]) or self.tr("a teammate or a team"))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("Note for them"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("To whom"), self.to)
        form.addRow(self.tr("Why"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = _buttons(self)
        form.addRow(self.buttons)
        self.to.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.to.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.to.text().strip(), self.reason.text().strip(), self.note.toPlainText()


class InsightDialog(QDialog):
    """Correct how a message was read: its tone and what it is about."""

    def __init__(self, sentiment: str, intent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct tone and intent"))
        self.setAccessibleName(self.tr("Correct tone and intent"))
        self.sentiment, self.intent = QComboBox(self), QComboBox(self)
        for combo, table, current in ((self.sentiment, labels.SENTIMENTS, sentiment),
                                      (self.intent, labels.INTENTS, intent)):
            for value in table:
                combo.addItem(labels.sentiment(value) if table is labels.SENTIMENTS
                              else labels.intent(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        form = QFormLayout(self)
        for label, combo in ((self.tr("Tone"), self.sentiment), (self.tr("About"), self.intent)):
            combo.setAccessibleName(label)
            form.addRow(label, combo)
        form.addRow(_buttons(self))

    def values(self) -> tuple[str, str]:
        return str(self.sentiment.currentData()), str(self.intent.currentData())
