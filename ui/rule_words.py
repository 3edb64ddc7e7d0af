"""How a rule reads in words (its one-line summary) and the dry run's results list."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import rules, views
from ui import labels, plain
from ui.rule_parts import as_list, day_name

if TYPE_CHECKING:
    pass

DRY_RUN_MESSAGES = 20_000  # the newest inbound messages a dry run looks at
SHOWN_HITS = 500  # conversations listed; the count covers them all
NEW = 0  # `editing` for a rule not yet stored


def fill(text: str, *values: str) -> str:
    """%1, %2… replaced in one pass, so a value that holds "%2" stays as it is."""
    return re.sub(r"%([1-9])", lambda m: values[int(m[1]) - 1], text)


class RuleWords(QObject):
    """A rule in one line, in the user's words: its conditions, then its actions."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.accounts: dict[int, str] = {}  # id -> handle, for "on @brand"

    def summary(self, cond: dict[str, Any], actions: Sequence[Any]) -> str:
        parts = self.conditions(cond) or [self.tr("every message")]
        return " · ".join(parts) + " → " + "; ".join(self.action(a) for a in actions)

    def conditions(self, c: dict[str, Any]) -> list[str]:
        parts = [fill(text, ", ".join(as_list(c[key]))) for key, text in (
            ("platforms", self.tr("on %1")), ("words", self.tr("says any of: %1")),
            ("all_words", self.tr("says all of: %1")), ("not_words", self.tr("says none of: %1")),
            ("member_tags", self.tr("member tagged: %1"))) if c.get(key)]
        if c.get("accounts"):
            parts.append(fill(self.tr("on %1"), ", ".join(
                self.accounts.get(a, f"#{a}") for a in c["accounts"] if isinstance(a, int))))
        for key, say in (("sentiment", labels.sentiment), ("intent", labels.intent)):
            if c.get(key):
                parts.append(self.tr(" or ").join(say(v) for v in as_list(c[key])))
        for key, yes, no in (
                ("heated", self.tr("heated"), self.tr("not heated")),
                ("direct", self.tr("direct message"), self.tr("public message")),
                ("vip", self.tr("from a VIP"), self.tr("not from a VIP")),
                ("new_member", self.tr("new member"), self.tr("not a new member"))):
            if key in c:
                parts.append(yes if c[key] else no)
        if isinstance(c.get("hours"), dict):
            parts.append(self.hours(c["hours"]))
        return parts

    def hours(self, h: dict[str, Any]) -> str:
        days = h.get("days")
        named = ", ".join(day_name(d) for d in days if isinstance(d, int) and 0 <= d <= 6) \
            if isinstance(days, list) else self.tr("every day")
        text = fill(self.tr("%1 %2–%3 (%4)"), named, str(h.get("from", "")),
                    str(h.get("to", "")), str(h.get("tz", "UTC")))
        return fill(self.tr("outside %1"), text) if h.get("outside") else text

    def action(self, a: Any) -> str:
        a = a if isinstance(a, dict) else {}
        do = a.get("do")
        value = str(a.get("value") or a.get("canned") or a.get("to") or a.get("message") or "")
        if do == "escalate" and a.get("reason"):
            return fill(self.tr("escalate to %1 (%2)"), value, str(a["reason"]))
        if do == "send":
            return fill(self.tr("send ;%1 without asking") if a.get("approved") is True
                        else self.tr("suggest ;%1 (sending is not approved)"), value)
        texts = {"tag": self.tr("tag #%1"), "assign": self.tr("assign to %1"),
                 "escalate": self.tr("escalate to %1"), "snooze": self.tr("snooze %1 min"),
                 "hide": self.tr("hide on the platform"), "suggest": self.tr("suggest ;%1"),
                 "notify": self.tr("notify: %1"), "priority": self.tr("priority %1")}
        if do == "priority":
            value = labels.priority(value)
        elif do == "snooze":
            value = str(a.get("minutes", ""))
        return fill(texts.get(str(do), str(do)), value)


class DryRunView(QWidget):
    """What a dry run found: the conversations a rule would have acted on, and how."""

    open_conversation = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Dry run"))
        self.title = QLabel(self.tr("Dry run: select a rule and press Dry run, or try a "
                                    "draft from the editor. Nothing is changed."), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Dry run summary"))
        headers = [self.tr("Conversation"), self.tr("Platform"), self.tr("Last message"),
                   self.tr("Rule"), self.tr("Would do")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setAccessibleName(self.tr("Conversations the rule would act on"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((380, 90, 110, 160)):
            self.table.setColumnWidth(column, width)
        self.table.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def reading(self, title: str) -> None:
        self.title.setText(fill(self.tr("%1: reading the newest %2 messages…"), title,
                                QLocale().toString(DRY_RUN_MESSAGES)))
        self.table.setRowCount(0)

    def show_hits(self, title: str, hits: Sequence[rules.Hit],
                  rows: Sequence[views.ConversationRow], does: dict[int, str]) -> None:
        found = {r.id: r for r in rows}
        shown = [h for h in hits if h.conversation_id in found]
        self.title.setText(fill(self.tr(
            "%1: %n conversation(s) among the newest %2 messages. Nothing was changed. "
            "Double-click one to open it in the inbox.", "", len(hits)), title,
            QLocale().toString(DRY_RUN_MESSAGES)))
        self.table.setRowCount(len(shown))
        for at, hit in enumerate(shown):
            row = found[hit.conversation_id]
            cells = (f"{row.member_name}: {row.preview}", row.platform,
                     plain.age(row.last_message_at), hit.rule, does.get(hit.rule_id, ""))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(plain.one_line(text, 300))
                item.setData(Qt.ItemDataRole.UserRole, hit.conversation_id)
                self.table.setItem(at, column, item)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_conversation.emit(int(item.data(Qt.ItemDataRole.UserRole)))
