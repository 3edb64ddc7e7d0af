"""The form a rule is written in: every condition app.rules knows, and the actions in the order
they run. It only turns the form into the rule's JSON and back; app.rules.model judges it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Priority
from app.rules.model import ACTIONS, RuleError, parse_actions, parse_conditions
from app.understand import Intent, Sentiment
from ui import labels, theme

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


class RuleEditor(QWidget):
    """The rule being written; `rule()` is its JSON, `problem()` what stops it being used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Rule editor"))
        self.canned: list[tuple[str, str]] = []
        self.rows: list[ActionRow] = []
        self.name = QLineEdit(self)
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Rule name"))
        self.name.setPlaceholderText(self.tr("e.g. Refund requests to billing"))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Conditions and actions"))
        self.tabs.addTab(self._conditions_tab(), self.tr("When a message…"))
        self.tabs.addTab(self._actions_tab(), self.tr("Then…"))
        self.problem_label = QLabel(self)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Rule problem"))
        self.problem_label.setStyleSheet(f"color:{theme.error_colour(self.palette())}")
        self.problem_label.hide()
        self.save = QPushButton(self.tr("Save rule"), self)
        self.discard = QPushButton(self.tr("Discard"), self)
        self.try_it = QPushButton(self.tr("Dry run this draft"), self)
        for button, name in ((self.save, self.tr("Save this rule")),
                             (self.discard, self.tr("Discard the changes to this rule")),
                             (self.try_it, self.tr("Show what this draft would have done"))):
            button.setAccessibleName(name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.try_it)
        buttons.addStretch(1)
        buttons.addWidget(self.discard)
        buttons.addWidget(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(buttons)
        self.load(None)

    # -- building ------------------------------------------------------------------------
    def _conditions_tab(self) -> QWidget:
        form = QFormLayout()
        self.platforms = Choices(self.tr("Platforms"), 3)
        self.accounts = Choices(self.tr("Accounts"), 1)
        form.addRow(self.tr("On platforms"), self.platforms)
        form.addRow(self.tr("On accounts"), self.accounts)
        self.word_edits: dict[str, QLineEdit] = {}
        for key, label in WORD_LISTS:
            edit = QLineEdit()
            edit.setAccessibleName(_tr(label))
            edit.setPlaceholderText(self.tr("words or phrases, separated by commas"))
            form.addRow(_tr(label), edit)
            self.word_edits[key] = edit
        self.sentiment = Choices(self.tr("Sentiment"), 3)
        for s in Sentiment:
            self.sentiment.add(s.value, labels.sentiment(s.value))
        self.intent = Choices(self.tr("Intent"), 3)
        for i in Intent:
            self.intent.add(i.value, labels.intent(i.value))
        form.addRow(self.tr("Sounds"), self.sentiment)
        form.addRow(self.tr("Is a"), self.intent)
        self.flags: dict[str, QComboBox] = {}
        for key, label in FLAGS:
            combo = QComboBox()
            combo.setAccessibleName(_tr(label))
            for text, value in ((self.tr("Either"), None), (self.tr("Yes"), True),
                                (self.tr("No"), False)):
                combo.addItem(text, value)
            form.addRow(_tr(label), combo)
            self.flags[key] = combo
        form.addRow(self._hours_box())
        hint = QLabel(self.tr("Only what you fill in is checked; ticking nothing means any."))
        hint.setWordWrap(True)
        form.addRow(hint)
        page = QWidget()
        page.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setAccessibleName(self.tr("Conditions"))
        return scroll

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Only at certain hours"))
        box.setCheckable(True)
        box.setAccessibleName(self.tr("Only at certain hours"))
        self.hours = box
        self.days = Choices(self.tr("Days"), 7)
        for day in range(7):
            self.days.add(str(day), day_name(day))
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(available_timezones())
        self.zone.addItems(zones)
        self.zone.setAccessibleName(self.tr("Time zone"))
        completer = QCompleter(zones, self.zone)  # "jakarta" finds Asia/Jakarta
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone.setCompleter(completer)
        self.outside = QCheckBox(self.tr("Outside these hours instead"))
        self.outside.setAccessibleName(self.tr("Outside these hours instead"))
        times = QHBoxLayout()
        for text, widget in ((self.tr("from"), self.start), (self.tr("to"), self.end)):
            times.addWidget(QLabel(text))
            times.addWidget(widget)
        times.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Days"), self.days)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Time zone"), self.zone)
        form.addRow(self.outside)
        return box

    def _actions_tab(self) -> QWidget:
        page = QWidget()
        self.action_box = QVBoxLayout()
        self.add_action = QPushButton(self.tr("Add action"))
        self.add_action.setAccessibleName(self.tr("Add an action"))
        self.add_action.clicked.connect(lambda: self.append_action({"do": "tag"}))
        self.stop = QCheckBox(self.tr("Stop after this rule: later rules do not look at a "
                                      "message this one matched"))
        self.stop.setAccessibleName(self.tr("Stop after this rule"))
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("Actions run in this order, once per conversation."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(self.action_box)
        row = QHBoxLayout()
        row.addWidget(self.add_action)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.stop)
        return page

    # -- choices read from the store -----------------------------------------------------
    def set_choices(self, platforms: Sequence[str], accounts: Sequence[tuple[int, str]],
                    canned: Sequence[tuple[str, str]]) -> None:
        for platform in platforms:
            self.platforms.add(platform, platform)
        for account_id, label in accounts:
            self.accounts.add(str(account_id), label)
        self.canned = list(canned)
        for row in self.rows:
            row.set_canned(self.canned)

    # -- actions ---------------------------------------------------------------------------
    def append_action(self, raw: dict[str, Any]) -> ActionRow:
        row = ActionRow(self.canned)
        row.load(raw)
        row.moved.connect(self._move_action)
        row.removed.connect(self._remove_action)
        self.rows.append(row)
        self.action_box.addWidget(row)
        row.kind.setFocus()
        return row

    def _move_action(self, row: ActionRow, step: int) -> None:
        at = self.rows.index(row)
        to = max(0, min(len(self.rows) - 1, at + step))
        self.rows.insert(to, self.rows.pop(at))
        self.action_box.removeWidget(row)
        self.action_box.insertWidget(to, row)

    def _remove_action(self, row: ActionRow) -> None:
        self.rows.remove(row)
        self.action_box.removeWidget(row)
        row.deleteLater()

    # -- the rule as JSON ----------------------------------------------------------------
    def load(self, rule: dict[str, Any] | None) -> None:
        """Show a stored rule, or a blank draft (None)."""
        rule = rule or {}
        cond = rule.get("conditions") or {}
        self.name.setText(str(rule.get("name", "")))
        self.platforms.set_checked(as_list(cond.get("platforms")))
        self.accounts.set_checked(as_list(cond.get("accounts")))
        for key, edit in self.word_edits.items():
            edit.setText(", ".join(as_list(cond.get(key))))
        self.sentiment.set_checked(as_list(cond.get("sentiment")))
        self.intent.set_checked(as_list(cond.get("intent")))
        for key, combo in self.flags.items():
            combo.setCurrentIndex(combo.findData(cond.get(key)) if key in cond else 0)
        self._load_hours(cond.get("hours"))
        for row in list(self.rows):
            self._remove_action(row)
        for action in rule.get("actions") or []:
            self.append_action(action if isinstance(action, dict) else {})
        self.stop.setChecked(bool(rule.get("stop")))
        self.tabs.setCurrentIndex(0)
        self.show_problem(None)

    def _load_hours(self, hours: Any) -> None:
        self.hours.setChecked(isinstance(hours, dict))
        hours = hours if isinstance(hours, dict) else {}
        self.days.set_checked(as_list(hours.get("days")) if "days" in hours else WORKDAYS)
        for edit, key, default in ((self.start, "from", "09:00"), (self.end, "to", "17:00")):
            moment = QTime.fromString(str(hours.get(key, default)), "HH:mm")
            edit.setTime(moment if moment.isValid() else QTime.fromString(default, "HH:mm"))
        zone = str(hours.get("tz") or QTimeZone.systemTimeZoneId().toStdString() or "UTC")
        self.zone.setCurrentText(zone)
        self.outside.setChecked(bool(hours.get("outside")))

    def rule(self) -> dict[str, Any]:
        cond: dict[str, Any] = {}
        if self.platforms.checked():
            cond["platforms"] = self.platforms.checked()
        if self.accounts.checked():
            cond["accounts"] = [int(a) for a in self.accounts.checked()]
        for key, edit in self.word_edits.items():
            if split_words(edit.text()):
                cond[key] = split_words(edit.text())
        for key, choices in (("sentiment", self.sentiment), ("intent", self.intent)):
            if choices.checked():
                cond[key] = choices.checked()
        for key, combo in self.flags.items():
            if combo.currentData() is not None:
                cond[key] = bool(combo.currentData())
        if self.hours.isChecked():
            cond["hours"] = self._hours()
        return {"name": self.name.text().strip(), "conditions": cond,
                "actions": [row.raw() for row in self.rows], "stop": self.stop.isChecked()}

    def _hours(self) -> dict[str, Any]:
        hours: dict[str, Any] = {"from": self.start.time().toString("HH:mm"),
                                 "to": self.end.time().toString("HH:mm"),
                                 "tz": self.zone.currentText().strip()}
        if self.days.checked():  # none ticked: every day
            hours["days"] = sorted(int(d) for d in self.days.checked())
        if self.outside.isChecked():
            hours["outside"] = True
        return hours

    def problem(self) -> str | None:
        """What app.rules would refuse, shown on the tab it concerns; None if it is usable."""
        rule = self.rule()
        if not rule["name"]:
            self.name.setFocus()
            return self.tr("Give the rule a name.")
        for tab, check, part in ((0, parse_conditions, rule["conditions"]),
                                 (1, parse_actions, rule["actions"])):
            try:
                check(part)
            except RuleError as exc:
                self.tabs.setCurrentIndex(tab)
                return str(exc)
        return None

    def show_problem(self, text: str | None) -> None:
        self.problem_label.setText(self.tr("This rule cannot be used yet: %1")
                                   .replace("%1", text) if text else "")
        self.problem_label.setVisible(bool(text))
