"""The member panel's moderation history: what the team did about this person on every
platform their identities are linked on (warnings, hides, blocks, heated conversations), read
off the UI thread, and the Warn… button that records a warning."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.community import ModerationEntry
from ui import plain
from ui.tasks import Op

WHAT = {
    "warning": QT_TRANSLATE_NOOP("MemberHistory", "Warned"),
    "conflict": QT_TRANSLATE_NOOP("MemberHistory", "Heated conversation"),
    "hide": QT_TRANSLATE_NOOP("MemberHistory", "Hidden"),
    "delete": QT_TRANSLATE_NOOP("MemberHistory", "Deleted"),
    "block": QT_TRANSLATE_NOOP("MemberHistory", "Blocked"),
    "mute": QT_TRANSLATE_NOOP("MemberHistory", "Muted"),
    "report": QT_TRANSLATE_NOOP("MemberHistory", "Reported"),
    "lock": QT_TRANSLATE_NOOP("MemberHistory", "Topic closed"),
    "kick": QT_TRANSLATE_NOOP("MemberHistory", "Removed from the room"),
    "ban": QT_TRANSLATE_NOOP("MemberHistory", "Banned"),
    "silence": QT_TRANSLATE_NOOP("MemberHistory", "Silenced"),
}
STATES = {
    "queued": QT_TRANSLATE_NOOP("MemberHistory", "waiting for the platform"),
    "sending": QT_TRANSLATE_NOOP("MemberHistory", "in progress"),
    "sent": QT_TRANSLATE_NOOP("MemberHistory", "done on the platform"),
    "failed": QT_TRANSLATE_NOOP("MemberHistory", "failed"),
    "unknown": QT_TRANSLATE_NOOP("MemberHistory", "not known to have worked"),
}
Reader = Callable[[int], list[ModerationEntry]]


def _say(table: dict[str, object], value: str) -> str:
    return QCoreApplication.translate("MemberHistory", str(table.get(value, value)))


class MemberHistory(QWidget):
    warn_requested = Signal(int)  # member id
    open_conversation = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Moderation history"))
        self.reader: Reader | None = None  # set by whoever holds the store (ui.member_edits)
        self.member_id: int | None = None
        self.title = QLabel(self.tr("Moderation history"), self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # the narrow member panel must not get wider for it
        self.title.setAccessibleName(self.tr("Moderation history title"))
        self.warn = QPushButton(self.tr("Warn…"), self)
        self.warn.setAccessibleName(self.tr("Record a warning given to this member"))
        self.warn.clicked.connect(
            lambda: self.member_id is not None and self.warn_requested.emit(self.member_id))
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("What the team did about this member"))
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)  # wrapped entries stay apart
        self.entries.setSpacing(1)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.warn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.entries)
        self.show_for(None)

    def show_for(self, member_id: int | None) -> None:
        """Read the member's history again (after a warning or a moderation action too)."""
        if member_id != self.member_id:
            self.entries.clear()  # never another member's history under this one's name
        self.member_id = member_id
        self.warn.setEnabled(member_id is not None)
        if member_id is None or self.reader is None:
            self.title.setText(self.tr("Moderation history"))
            return
        read = self.reader
        Op(self, lambda: read(member_id)) \
            .success(lambda found: self.show_entries(member_id, found)) \
            .failure(lambda exc: self._failed(member_id, exc)) \
            .run_in_background(name="member-history")

    def show_entries(self, member_id: int, found: Sequence[ModerationEntry]) -> None:
        if member_id != self.member_id:
            return
        self.title.setText(self.tr("Moderation history (%n)", "", len(found)))
        self.entries.clear()
        if not found:
            QListWidgetItem(self.tr("Nothing yet."), self.entries).setFlags(
                Qt.ItemFlag.NoItemFlags)
        for entry in found:
            item = QListWidgetItem(self.line(entry), self.entries)
            # Tooltips guess rich text: escaped HTML shows the note as it was typed.
            item.setToolTip(plain.tooltip(entry.note) if entry.note else "")
            item.setData(Qt.ItemDataRole.UserRole, entry.conversation_id)

    def line(self, entry: ModerationEntry) -> str:
        head = [plain.local_time(entry.at), _say(WHAT, entry.what)]
        if entry.by:
            head.append(self.tr("by %1").replace("%1", plain.one_line(entry.by, 40)))
        tail = [_say(STATES, entry.state)] if entry.state else []
        if entry.note:
            tail.append(plain.one_line(entry.note, 200))
        return " · ".join(head) + ("\n" + " · ".join(tail) if tail else "")

    def _failed(self, member_id: int, error: Exception) -> None:
        if member_id == self.member_id:
            self.title.setText(self.tr("Moderation history could not be read: %1")
                               .replace("%1", plain.one_line(str(error), 120)))

    def _activated(self, item: QListWidgetItem) -> None:
        conversation = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(conversation, int):
            self.open_conversation.emit(conversation)
