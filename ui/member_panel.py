"""Who wrote: the member's profile, VIP flag, notes and their other conversations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import views
from ui import labels, plain


def plain_label(parent: QWidget, name: str) -> QLabel:
    """A label that can never be talked into rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    return label


class MemberPanel(QWidget):
    link_requested = Signal(str)
    open_conversation = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Member"))
        self._profile_url = ""
        layout = QVBoxLayout(self)
        self.name = plain_label(self, self.tr("Member name"))
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.name.setFont(font)
        self.handle = plain_label(self, self.tr("Member handle"))
        self.vip = plain_label(self, self.tr("VIP"))
        self.notes = plain_label(self, self.tr("Member notes"))
        self.profile = QPushButton(self.tr("Open profile…"), self)
        self.profile.setAccessibleName(self.tr("Open the member's profile"))
        self.profile.clicked.connect(lambda: self.link_requested.emit(self._profile_url))
        self.others_title = plain_label(self, self.tr("Other conversations"))
        self.others = QListWidget(self)
        self.others.setAccessibleName(self.tr("This member's other conversations"))
        self.others.setWordWrap(True)
        self.others.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.others.itemActivated.connect(
            lambda item: self.open_conversation.emit(item.data(Qt.ItemDataRole.UserRole)))
        for widget in (self.name, self.handle, self.vip, self.notes, self.profile,
                       self.others_title, self.others):
            layout.addWidget(widget)
        self.show_member(None)

    def show_member(self, member: views.MemberInfo | None) -> None:
        self.name.setText(plain.visible(member.name) if member else self.tr("No member"))
        self.handle.setText(plain.visible(member.handle) if member else "")
        self.vip.setText(self.tr("★ VIP") if member and member.vip else "")
        self.vip.setVisible(bool(member and member.vip))
        self.notes.setText(member.notes if member and member.notes else "")
        self._profile_url = member.profile_url if member else ""
        self.profile.setEnabled(bool(self._profile_url))
        self.others.clear()
        others = member.others if member else ()
        self.others_title.setText(self.tr("Other conversations (%n)", "", len(others)))
        for row in others:
            text = f"{plain.age(row.last_message_at)} · {row.platform} · " \
                   f"{labels.status(row.status)} · " \
                   f"{plain.one_line(row.preview, 60)}"
            item = QListWidgetItem(text, self.others)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
