"""The reply composer: a reply or an internal note, canned responses by `;shortcut` or by
search, placeholders asked for, and a per-platform length counter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.canned import Canned, MissingPlaceholder, TemplateError, placeholders, render
from ui import theme
from ui.canned_picker import CannedPicker, PlaceholderDialog

_SHORTCUT = re.compile(r"(?:^|\s);([\w-]{1,40})$")


class ComposerEdit(QPlainTextEdit):
    expand = Signal(str)  # the `;shortcut` just typed, to be replaced by its response
    submit = Signal()  # Ctrl+Enter

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            self.submit.emit()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Space) and not event.modifiers():
            before = self.textCursor().block().text()[: self.textCursor().positionInBlock()]
            match = _SHORTCUT.search(before)
            if match:
                self.expand.emit(match.group(1))
                return
        super().keyPressEvent(event)


class Composer(QWidget):
    send_requested = Signal(str, str)  # mode ("reply" | "note"), text
    message = Signal(str)  # something to tell the user in the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reply composer"))
        self.responses: list[Canned] = []
        self.context: dict[str, str] = {}
        self.max_length: int | None = None
        self.can_reply = True
        self.language = ""
        self.conversation_id: int | None = None
        self.drafts: dict[int, tuple[str, str]] = {}  # conversation -> (mode, text), unsent
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Reply"), "reply")
        self.mode.addItem(self.tr("Internal note"), "note")
        self.mode.setAccessibleName(self.tr("Reply or internal note"))
        self.edit = ComposerEdit(self)
        self.edit.setAccessibleName(self.tr("Message text"))
        self.edit.setPlaceholderText(self.tr("Write a reply… type ;shortcut then Tab for a "
                                             "canned response; Ctrl+Enter sends"))
        self.counter = QLabel(self)
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAccessibleName(self.tr("Length"))
        self.canned = QPushButton(self.tr("Canned…"), self)
        self.canned.setAccessibleName(self.tr("Insert a canned response"))
        self.send = QPushButton(self.tr("Send"), self)
        self.send.setAccessibleName(self.tr("Send"))
        bar = QHBoxLayout()
        for widget in (self.mode, self.canned, self.counter):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addLayout(bar)
        self.edit.textChanged.connect(self.recount)
        self.mode.currentIndexChanged.connect(self.recount)
        self.edit.expand.connect(self.expand_shortcut)
        self.edit.submit.connect(self.submit)
        self.canned.clicked.connect(self.pick_canned)
        self.send.clicked.connect(self.submit)
        self.recount()

    def switch_to(self, conversation_id: int) -> None:
        """Keep what was typed for the previous conversation; bring back this one's draft."""
        if conversation_id == self.conversation_id:
            return
        if self.conversation_id is not None:
            text = self.edit.toPlainText()
            if text.strip():
                self.drafts[self.conversation_id] = (self.current_mode(), text)
            else:
                self.drafts.pop(self.conversation_id, None)
        self.conversation_id = conversation_id
        mode, text = self.drafts.pop(conversation_id, ("reply", ""))
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.edit.setPlainText(text)

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(max(0, self.mode.findData(mode)))
        self.edit.setFocus()

    def current_mode(self) -> str:
        return str(self.mode.currentData())

    def set_target(self, max_length: int | None, can_reply: bool, context: dict[str, str],
                   language: str = "") -> None:
        self.max_length, self.can_reply, self.context = max_length, can_reply, context
        self.language = language.lower().split("-")[0]
        self.recount()

    def set_responses(self, responses: Sequence[Canned]) -> None:
        self.responses = list(responses)

    def recount(self) -> None:
        n = len(self.edit.toPlainText())
        note = self.current_mode() == "note"
        limit = None if note else self.max_length
        self.counter.setText(f"{n} / {limit}" if limit else str(n))
        over = limit is not None and n > limit
        red = theme.error_colour(self.palette())
        self.counter.setStyleSheet(f"color:{red}; font-weight:bold" if over else "")
        blocked = not note and not self.can_reply
        self.send.setEnabled(n > 0 and not over and not blocked)
        self.send.setText(self.tr("Add note") if note else self.tr("Send"))

    def expand_shortcut(self, shortcut: str) -> None:
        found = [c for c in self.responses if c.shortcut == shortcut.lower()]
        if not found:
            self.message.emit(self.tr("No canned response has the shortcut ;%1")
                              .replace("%1", shortcut))
            return
        # The member's language first, then English, then whatever there is.
        preferred = next((c for c in found if c.language == self.language),
                         next((c for c in found if c.language == "en"), found[0]))
        cursor = self.edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor,
                            len(shortcut) + 1)
        self.insert_canned(preferred, cursor)

    def pick_canned(self) -> None:
        picker = CannedPicker(self.responses, self)
        if picker.exec() and picker.chosen is not None:
            self.insert_canned(picker.chosen, self.edit.textCursor())

    def insert_canned(self, canned: Canned, cursor: QTextCursor) -> bool:
        """Fill from the conversation; ask for the rest; replace the cursor's selection."""
        values = dict(self.context)
        try:
            missing = [n for n in placeholders(canned.body) if not values.get(n, "").strip()]
            if missing:
                dialog = PlaceholderDialog(missing, self)
                if not dialog.exec():
                    return False
                values.update(dialog.values())
            text = render(canned.body, values)
        except MissingPlaceholder as exc:
            self.message.emit(self.tr("The response still needs: %1").replace("%1", str(exc)))
            return False
        except TemplateError as exc:
            self.message.emit(str(exc))
            return False
        cursor.insertText(text)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()
        return True

    def submit(self) -> None:
        if self.send.isEnabled():
            self.send_requested.emit(self.current_mode(), self.edit.toPlainText())

    def clear(self) -> None:
        self.edit.clear()
