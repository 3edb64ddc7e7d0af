"""Linking a member to the same person on another platform: search members by name or
handle (in the background), pick one, and name the person."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app import members, views
from app.store import Store
from ui import plain
from ui.tasks import Op


class LinkMemberDialog(QDialog):
    def __init__(self, store: Store, member: views.MemberInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to another member"))
        self.setAccessibleName(self.tr("Link to another member"))
        self.store, self.member = store, member
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name or handle"))
        self.query.setAccessibleName(self.tr("Search members"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching members"))
        self.display_name = QLineEdit(member.person_name or member.name, self)
        self.display_name.setAccessibleName(self.tr("The person's name"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Find"), self.query)
        form.addRow(self.results)
        form.addRow(self.tr("Person's name"), self.display_name)
        form.addRow(self.buttons)
        self._typing = QTimer(self)  # search once the user pauses, not on every key
        self._typing.setSingleShot(True)
        self._typing.setInterval(200)
        self._typing.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _: self._typing.start())
        self.results.currentItemChanged.connect(lambda *_: self._allow())
        self.results.itemActivated.connect(lambda _: self.accept())
        self._allow()
        self.resize(460, 380)

    def _search(self) -> None:
        text, exclude = self.query.text(), self.member.id
        if not text.strip():
            self._show([])
            return
        Op(self, lambda: members.find_members(self.store, text, exclude=exclude)) \
            .success(self._show).run_in_background(name="member-search")

    def _show(self, hits: list[members.MemberHit]) -> None:
        self.results.clear()
        for hit in hits:
            text = (f"{hit.platform} · {plain.one_line(hit.name, 50)} "
                    f"{plain.one_line(hit.handle, 60)}")
            item = QListWidgetItem(text, self.results)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
        if hits:
            self.results.setCurrentRow(0)
        self._allow()

    def _allow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def chosen(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
