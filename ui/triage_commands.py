"""What the triage and moderation actions do: ask what they need, then hand the write to
TriageOps for every selected conversation (bulk), never blocking the window."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from app import views
from app.models import OutboxAction, Priority
from ui.dialogs import EscalateDialog, SnoozeDialog, snooze_presets

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_CONFIRM = {"delete", "block", "lock"}
_ASK_WHY = {"report", "kick", "ban", "silence"}


class TriageCommands(QObject):
    w: MainWindow
    counts: views.Counts | None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.w.list.selectionModel().selectedRows()})
        if not rows and self.w.list.currentIndex().isValid():
            rows = [self.w.list.currentIndex().row()]
        return [r.id for r in map(self.w.model.row_at, rows) if r is not None]

    def _needs_selection(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            self.w.say(self.tr("Select a conversation first."))
        return ids

    def do_done(self) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        rows = sorted({i.row() for i in self.w.list.selectionModel().selectedRows()}) or \
            [self.w.list.currentIndex().row()]
        after = self.w.model.row_at(rows[-1] + 1) or self.w.model.row_at(rows[0] - 1)
        self.w.ops.done(ids)
        if after is not None:  # move on at once: the next conversation is already there
            self.select_id(after.id)
        self.w.say(self.tr("Marked %n conversation(s) done.", "", len(ids)))

    def select_id(self, conversation_id: int) -> None:
        raise NotImplementedError

    def abilities(self, connector: str) -> views.Abilities:
        raise NotImplementedError

    def do_reopen(self) -> None:
        if ids := self._needs_selection():
            self.w.ops.reopen(ids)

    def do_snooze(self) -> None:
        if not self._needs_selection():
            return
        self.snooze_menu.popup(QCursor.pos())

    def build_snooze_menu(self) -> QMenu:
        menu = QMenu(self.tr("Snooze"), self.w)
        labels = {"hour": self.tr("For 1 hour"), "tomorrow": self.tr("Until tomorrow 9:00"),
                  "next_week": self.tr("Until next week (Monday 9:00)")}
        for key, label in labels.items():
            action = menu.addAction(label)
            action.setObjectName(f"snooze_{key}")
            action.triggered.connect(lambda _=False, k=key: self.snooze_until(snooze_presets()[k]))
        menu.addSeparator()
        pick = menu.addAction(self.tr("Pick a date…"))
        pick.setObjectName("snooze_pick")
        pick.triggered.connect(self.snooze_pick)
        self.snooze_menu = menu
        return menu

    def snooze_pick(self) -> None:
        dialog = SnoozeDialog(self.w)
        if dialog.exec():
            self.snooze_until(dialog.until())

    def snooze_until(self, until: datetime) -> None:
        if ids := self._needs_selection():
            self.w.ops.snooze(ids, until)

    def do_assign(self) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        nobody = self.tr("(nobody)")
        who, ok = QInputDialog.getItem(self.w, self.tr("Assign"), self.tr("Assign to:"),
                                       [self.w.agent, nobody], 0, True)
        if ok and who.strip():
            self.w.ops.assign(ids, None if who == nobody else who.strip())

    def do_assign_me(self) -> None:
        if ids := self._needs_selection():
            self.w.ops.assign(ids, self.w.agent)

    def do_tag(self) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        known = sorted(self.counts.tags) if self.counts else []
        name, ok = QInputDialog.getItem(
            self.w, self.tr("Tag"), self.tr("Tag (start with - to remove it):"), known, -1, True)
        name = name.strip()
        if ok and name:
            self.w.ops.tag(ids, name.lstrip("-"), remove=name.startswith("-"))

    def do_priority(self) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        levels = [p.value for p in Priority]
        level, ok = QInputDialog.getItem(self.w, self.tr("Priority"), self.tr("Priority:"),
                                         levels, levels.index("high"), False)
        if ok:
            self.w.ops.priority(ids, Priority(level))

    def do_escalate(self) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        dialog = EscalateDialog([], self.w)
        if dialog.exec():
            self.w.ops.escalate(ids, *dialog.values())

    def do_unread(self) -> None:
        if ids := self._needs_selection():
            self.w.ops.mark_read(ids, read=False)

    def _confirmed(self, key: str, n: int) -> bool:
        questions = {
            "delete": self.tr("Delete the latest message of %n conversation(s) on the "
                              "platform? This cannot be undone.", "", n),
            "block": self.tr("Block the members of %n conversation(s) on the platform?", "", n),
            "lock": self.tr("Close the topic of %n conversation(s) to new replies on the "
                            "platform?", "", n),
        }
        answer = QMessageBox.question(self.w, self.tr("Are you sure?"), questions[key])
        return answer == QMessageBox.StandardButton.Yes

    def moderate(self, key: str) -> None:
        ids = self._needs_selection()
        if not ids:
            return
        rows = [self.w.model.row_at(self.w.model.row_of(cid)) for cid in ids]
        able = [r.id for r in rows if r is not None and key in self.abilities(r.connector).actions]
        if not able:
            self.w.say(self.tr("The platform of this conversation cannot do that."))
            return
        reason = ""
        if key in _ASK_WHY:
            reason, ok = QInputDialog.getText(self.w, self.tr("Moderation"),
                                              self.tr("Why? (the platform may show this to "
                                                      "its moderators or to the member)"))
            if not ok:
                return
        elif key in _CONFIRM and not self._confirmed(key, len(able)):
            return
        self.w.ops.moderate(able, OutboxAction(key), reason)
        skipped = len(ids) - len(able)
        if skipped:
            self.w.say(self.tr("%n conversation(s) skipped: their platform cannot do that.",
                               "", skipped))
