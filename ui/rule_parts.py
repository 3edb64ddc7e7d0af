"""The pieces the rule editor is made of: word lists, tick boxes and one row per action."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.models import Priority
from app.rules.model import ACTIONS
from ui import labels

WORD_LISTS = (
    ("words", QT_TRANSLATE_NOOP("Rules", "Says any of")),
    ("all_words", QT_TRANSLATE_NOOP("Rules", "Says all of")),
    ("not_words", QT_TRANSLATE_NOOP("Rules", "Says none of")),
    ("member_tags", QT_TRANSLATE_NOOP("Rules", "Member tagged any of")),
)
FLAGS = (
    ("heated", QT_TRANSLATE_NOOP("Rules", "Heated")),
    ("direct", QT_TRANSLATE_NOOP("Rules", "Direct message")),
    ("vip", QT_TRANSLATE_NOOP("Rules", "From a VIP")),
    ("new_member", QT_TRANSLATE_NOOP("Rules", "First message of a new member")),
)
WORKDAYS = ("0", "1", "2", "3", "4")
ACTION_LABELS = {
    "tag": QT_TRANSLATE_NOOP("Rules", "Tag the conversation"),
    "priority": QT_TRANSLATE_NOOP("Rules", "Set the priority"),
    "assign": QT_TRANSLATE_NOOP("Rules", "Assign to"),
    "escalate": QT_TRANSLATE_NOOP("Rules", "Escalate to"),
    "snooze": QT_TRANSLATE_NOOP("Rules", "Snooze for"),
    "hide": QT_TRANSLATE_NOOP("Rules", "Hide on the platform"),
    "suggest": QT_TRANSLATE_NOOP("Rules", "Suggest a canned response"),
    "send": QT_TRANSLATE_NOOP("Rules", "Send a canned response"),
    "notify": QT_TRANSLATE_NOOP("Rules", "Notify me"),
}
VALUE_HINTS = {
    "tag": QT_TRANSLATE_NOOP("Rules", "tag name"),
    "assign": QT_TRANSLATE_NOOP("Rules", "team member"),
    "escalate": QT_TRANSLATE_NOOP("Rules", "who takes it over"),
    "notify": QT_TRANSLATE_NOOP("Rules", "what to tell you"),
}
MAX_SNOOZE = 60 * 24 * 90  # minutes, as app.rules allows


def _tr(text: object) -> str:
    return QCoreApplication.translate("Rules", str(text))


def split_words(text: str) -> list[str]:
    """Commas separate, so a phrase keeps its spaces."""
    return [w.strip() for w in text.split(",") if w.strip()]


def as_list(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [str(v) for v in items]


def day_name(day: int) -> str:
    """0 is Monday, as app.rules counts; in the user's language."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


class Choices(QWidget):
    """Tick boxes in a grid; none ticked means "any"."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.columns = columns
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}

    def add(self, key: str, text: str) -> None:
        if key in self.boxes:  # first seen in a rule as a bare key: now it gets its name
            if self.boxes[key].accessibleName() == key:
                self.boxes[key].setText(text.replace("&", "&&"))
                self.boxes[key].setAccessibleName(text)
            return
        box = QCheckBox(text.replace("&", "&&"), self)  # a handle's "&" is no shortcut
        box.setAccessibleName(text)
        at = len(self.boxes)
        self.grid.addWidget(box, at // self.columns, at % self.columns)
        self.boxes[key] = box

    def checked(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        for key in sorted(wanted - set(self.boxes)):  # a value the form does not offer yet
            self.add(key, key)
        for key, box in self.boxes.items():
            box.setChecked(key in wanted)


class ActionRow(QWidget):
    """One action: what to do and with what; only the fields that action needs are shown."""

    moved = Signal(object, int)  # this row, -1 (earlier) or +1 (later)
    removed = Signal(object)

    def __init__(self, canned: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Action"))
        self.kind = QComboBox(self)
        for do in ACTIONS:
            self.kind.addItem(_tr(ACTION_LABELS[do]), do)
        self.value, self.reason = QLineEdit(self), QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("reason"))
        self.priority = QComboBox(self)
        for p in Priority:
            self.priority.addItem(labels.priority(p.value), p.value)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_SNOOZE)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.canned = QComboBox(self)
        self.canned.setPlaceholderText(self.tr("no canned responses yet"))
        self.approved = QCheckBox(self.tr("Send without asking"), self)
        self.approved.setToolTip(self.tr("Unticked, the response is only suggested to whoever "
                                         "opens the conversation."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, name in ((self.kind, self.tr("What to do")), (self.value, self.tr("Value")),
                             (self.reason, self.tr("Reason")),
                             (self.priority, self.tr("Priority")),
                             (self.minutes, self.tr("Minutes")),
                             (self.canned, self.tr("Canned response")),
                             (self.approved, self.tr("Send without asking"))):
            widget.setAccessibleName(name)
            layout.addWidget(widget)
        layout.addStretch(1)
        for text, name, signal in (("↑", self.tr("Run this action earlier"), -1),
                                   ("↓", self.tr("Run this action later"), 1),
                                   ("✕", self.tr("Remove this action"), 0)):
            button = QToolButton(self)
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.clicked.connect(lambda _=False, step=signal: self._button(step))
            layout.addWidget(button)
        self.set_canned(canned)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _button(self, step: int) -> None:
        if step:
            self.moved.emit(self, step)
        else:
            self.removed.emit(self)

    def set_canned(self, canned: Sequence[tuple[str, str]]) -> None:
        keep = self.canned.currentData()
        self.canned.clear()
        for shortcut, title in canned:
            self.canned.addItem(f"{title}  ;{shortcut}", shortcut)
        self._choose_canned(keep)

    def _choose_canned(self, shortcut: object) -> None:
        if not shortcut:
            return
        if self.canned.findData(shortcut) < 0:  # deleted since, or typed in a rule file
            self.canned.addItem(f";{shortcut}", shortcut)
        self.canned.setCurrentIndex(self.canned.findData(shortcut))

    def _show_fields(self) -> None:
        do = self.kind.currentData()
        self.value.setVisible(do in VALUE_HINTS)
        self.value.setPlaceholderText(_tr(VALUE_HINTS.get(do, "")))
        self.reason.setVisible(do == "escalate")
        self.priority.setVisible(do == "priority")
        self.minutes.setVisible(do == "snooze")
        self.canned.setVisible(do in ("suggest", "send"))
        self.approved.setVisible(do == "send")

    def load(self, raw: dict[str, Any]) -> None:
        do = raw.get("do") if raw.get("do") in ACTIONS else "tag"
        self.kind.setCurrentIndex(self.kind.findData(do))
        value = str(raw.get("value") or raw.get("canned") or raw.get("to")
                    or raw.get("message") or "")
        self.value.setText(value)
        self.reason.setText(str(raw.get("reason", "")))
        if do == "priority" and self.priority.findData(value) >= 0:
            self.priority.setCurrentIndex(self.priority.findData(value))
        minutes = raw.get("minutes")
        if isinstance(minutes, int) and 1 <= minutes <= MAX_SNOOZE:
            self.minutes.setValue(minutes)
        if do in ("suggest", "send"):
            self._choose_canned(value.lstrip(";"))
        self.approved.setChecked(raw.get("approved") is True)

    def raw(self) -> dict[str, Any]:
        do = str(self.kind.currentData())
        value = self.value.text().strip()
        if do == "escalate":
            return {"do": do, "to": value, "reason": self.reason.text().strip()}
        if do == "snooze":
            return {"do": do, "minutes": self.minutes.value()}
        if do == "priority":
            return {"do": do, "value": self.priority.currentData()}
        if do in ("suggest", "send"):
            found: dict[str, Any] = {"do": do, "canned": self.canned.currentData() or ""}
            return found | ({"approved": self.approved.isChecked()} if do == "send" else {})
        if do == "notify":
            return {"do": do, "message": value}
        return {"do": do} if do == "hide" else {"do": do, "value": value}
