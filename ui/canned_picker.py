"""Choosing a canned response by fuzzy search, and asking for the values it needs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.canned import Canned
from app.canned.search import rank


class CannedPicker(QDialog):
    def __init__(self, responses: Sequence[Canned], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert a canned response"))
        self.setAccessibleName(self.tr("Canned responses"))
        self.responses = list(responses)
        self.chosen: Canned | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to search: shortcut, title or text"))
        self.filter.setAccessibleName(self.tr("Search canned responses"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Matching canned responses"))
        self.preview = QLabel(self)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        layout = QVBoxLayout(self)
        for widget in (self.filter, self.list, self.preview):
            layout.addWidget(widget)
        self.filter.textChanged.connect(self._refilter)
        self.filter.returnPressed.connect(self.accept)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _: self.accept())
        self.resize(520, 420)
        self._refilter("")

    def _refilter(self, text: str) -> None:
        found = rank(text, self.responses, 30) if text.strip() else self.responses[:30]
        self.list.clear()
        for canned in found:
            label = f";{canned.shortcut} · {canned.title} ({canned.language})"
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, canned)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.preview.setText(item.data(Qt.ItemDataRole.UserRole).body if item else "")

    def accept(self) -> None:
        item = self.list.currentItem()
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()


class PlaceholderDialog(QDialog):
    """One field per value the conversation could not fill (`{{order_number}}`)."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill in the canned response"))
        self.setAccessibleName(self.tr("Placeholder values"))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit] = {}
        for name in names:
            edit = QLineEdit(self)
            edit.setAccessibleName(name)
            form.addRow(name.replace("_", " ").replace(".", " ").capitalize(), edit)
            self.fields[name] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: " ".join(edit.text().split()) for name, edit in self.fields.items()}
