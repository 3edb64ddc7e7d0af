"""The form a rule is written in: every condition app.rules knows, and the actions in the order
they run. It only turns the form into the rule's JSON and back; app.rules.model judges it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import (
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.rules.model import RuleError, parse_actions, parse_conditions
from app.understand import Intent, Sentiment
from ui import labels, theme
from ui.rule_parts import (
    FLAGS,
    WORD_LISTS,
    WORKDAYS,
    ActionRow,
    Choices,
    _tr,
    as_list,
    day_name,
    split_words,
)


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
