"""Who wrote: the member's profile, VIP flag, notes, tags, the identities linked to them on
other platforms and their other conversations. Edits leave as signals; `ui.member_edits`
writes them off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import views
from ui import labels, plain
from ui.member_history import MemberHistory


def plain_label(parent: QWidget, name: str) -> QLabel:
    """A label that can never be talked into rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    # A word with nowhere to wrap (a 500-character handle) must not widen the window.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, label.sizePolicy().verticalPolicy())
    label.setMinimumWidth(0)
    return label


class NotesEdit(QPlainTextEdit):
    left = Signal()  # focus went elsewhere: the notes are saved then

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()


class MemberPanel(QWidget):
    link_requested = Signal(str)  # the profile URL, not yet confirmed
    open_conversation = Signal(int)
    vip_changed = Signal(int, bool)  # member id, VIP
    notes_changed = Signal(int, str)  # member id, notes
    link_member = Signal(int)  # member id: find another identity of this person
    unlink_member = Signal(int)  # member id: take this identity out of its person
    tags_requested = Signal(int)  # member id: edit the member's tags

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Member"))
        self._profile_url = ""
        self.member: views.MemberInfo | None = None
        self.name = plain_label(self, self.tr("Member name"))
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        self.handle = plain_label(self, self.tr("Member handle"))
        self.vip = QCheckBox(self.tr("★ VIP"), self)
        self.vip.setAccessibleName(self.tr("VIP member"))
        self.vip.clicked.connect(self._vip_clicked)
        self.tags = plain_label(self, self.tr("Member tags"))
        self.edit_tags = QPushButton(self.tr("Tags…"), self)
        self.edit_tags.setAccessibleName(self.tr("Edit this member's tags"))
        self.edit_tags.clicked.connect(
            lambda: self.member and self.tags_requested.emit(self.member.id))
        self.notes = NotesEdit(self)
        self.notes.setAccessibleName(self.tr("Member notes"))
        self.notes.setPlaceholderText(self.tr("Notes about this member (only your team sees "
                                              "them)"))
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.notes.left.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        self.save = QPushButton(self.tr("Save notes"), self)
        self.save.setAccessibleName(self.tr("Save the member notes"))
        self.save.clicked.connect(self.save_notes)
        self.profile = QPushButton(self.tr("Open profile…"), self)
        self.profile.setAccessibleName(self.tr("Open the member's profile"))
        self.profile.clicked.connect(lambda: self.link_requested.emit(self._profile_url))
        self.linked = plain_label(self, self.tr("Linked identities"))
        self.link = QPushButton(self.tr("Link to another member…"), self)
        self.link.setAccessibleName(self.tr("Link this member to the same person elsewhere"))
        self.link.clicked.connect(lambda: self.member and self.link_member.emit(self.member.id))
        self.unlink = QPushButton(self.tr("Unlink"), self)
        self.unlink.setAccessibleName(self.tr("Unlink this member from the person"))
        self.unlink.clicked.connect(
            lambda: self.member and self.unlink_member.emit(self.member.id))
        self.others_title = plain_label(self, self.tr("Other conversations"))
        self.others = QListWidget(self)
        self.others.setAccessibleName(self.tr("This member's other conversations"))
        self.others.setWordWrap(True)
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.itemActivated.connect(
            lambda item: self.open_conversation.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.history = MemberHistory(self)
        self.history.open_conversation.connect(self.open_conversation)
        self._lay_out()
        self.show_member(None)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        notes_row, link_row = QHBoxLayout(), QHBoxLayout()
        notes_row.addStretch(1)
        notes_row.addWidget(self.save)
        for button in (self.link, self.unlink):
            link_row.addWidget(button)
        link_row.addStretch(1)
        vip_row = QHBoxLayout()
        vip_row.addWidget(self.vip)
        vip_row.addStretch(1)
        vip_row.addWidget(self.edit_tags)
        for item in (self.name, self.handle, vip_row, self.tags, self.notes, notes_row,
                     self.profile, self.linked, link_row, self.others_title, self.others,
                     self.history):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)

    def show_member(self, member: views.MemberInfo | None) -> None:
        same = member is not None and self.member is not None and member.id == self.member.id
        if not same:
            self.save_notes()  # leaving a member saves what was typed about them
        self.member = member
        self.name.setText(plain.visible(member.name) if member else self.tr("No member"))
        self.handle.setText(plain.visible(member.handle) if member else "")
        for widget in (self.vip, self.notes, self.link, self.edit_tags):
            widget.setEnabled(member is not None)
        self.vip.setChecked(bool(member and member.vip))
        self.tags.setText(" ".join(f"#{t}" for t in member.tags) if member else "")
        self.tags.setVisible(bool(member and member.tags))
        if not same or not self.notes.hasFocus():  # never overwrite what is being typed
            self.notes.blockSignals(True)
            self.notes.setPlainText(member.notes if member else "")
            self.notes.blockSignals(False)
        self._notes_edited()
        self._profile_url = member.profile_url if member else ""
        self.profile.setEnabled(bool(self._profile_url))
        self._show_identities(member)
        self._show_others(member.others if member else ())
        self.history.show_for(member.id if member else None)

    def _show_identities(self, member: views.MemberInfo | None) -> None:
        ids = member.identities if member else ()
        lines = [f"{i.platform} · {plain.one_line(i.name or i.handle, 40)} "
                 f"{plain.one_line(i.handle, 60)}" for i in ids]
        self.linked.setText(self.tr("Also:") + "\n" + "\n".join(lines) if lines else "")
        self.linked.setVisible(bool(lines))
        self.unlink.setVisible(bool(member and member.person_id))

    def _show_others(self, others: tuple[views.ConversationRow, ...]) -> None:
        self.others.clear()
        self.others_title.setText(self.tr("Other conversations (%n)", "", len(others)))
        for row in others:
            text = f"{plain.age(row.last_message_at)} · {row.platform} · " \
                   f"{labels.status(row.status)} · " \
                   f"{plain.one_line(row.preview, 60)}"
            item = QListWidgetItem(text, self.others)
            item.setData(Qt.ItemDataRole.UserRole, row.id)

    def _vip_clicked(self, checked: bool) -> None:
        if self.member is not None:
            self.vip_changed.emit(self.member.id, checked)

    def _notes_edited(self) -> None:
        stored = self.member.notes if self.member else ""
        self.save.setEnabled(self.member is not None
                             and self.notes.toPlainText().strip() != stored)

    def save_notes(self) -> None:
        if self.member is None or not self.save.isEnabled():
            return
        text = self.notes.toPlainText().strip()
        self.save.setEnabled(False)  # saved once; a reload brings the stored text back
        self.notes_changed.emit(self.member.id, text)
