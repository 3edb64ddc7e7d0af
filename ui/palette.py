"""Ctrl+K, a command palette over every action (fuzzy filter), and `?`, the list of every
keyboard shortcut."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def fuzzy_score(query: str, text: str) -> int | None:
    """Letters of the query in order inside the text; earlier and tighter is better."""
    query, text = query.casefold().replace(" ", ""), text.casefold()
    score, position = 0, -1
    for letter in query:
        found = text.find(letter, position + 1)
        if found < 0:
            return None
        score += found - position - 1
        position = found
    return score


def _label(action: QAction) -> str:
    return action.text().replace("&", "")


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                     for k in action.shortcuts())


class CommandPalette(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Command palette"))
        self.setAccessibleName(self.tr("Command palette"))
        self.actions_ = [a for a in actions if _label(a)]
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type a command…"))
        self.filter.setAccessibleName(self.tr("Filter commands"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Commands"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._refilter)
        self.filter.returnPressed.connect(self._run)
        self.list.itemActivated.connect(lambda _: self._run())
        self.resize(460, 380)
        self._refilter("")

    def _refilter(self, text: str) -> None:
        scored = [(fuzzy_score(text, _label(a)), i, a) for i, a in enumerate(self.actions_)]
        ranked = sorted((s, i, a) for s, i, a in scored if s is not None)
        self.list.clear()
        for _, _, action in ranked:
            keys = _keys(action)
            item = QListWidgetItem(f"{_label(action)}" + (f"   ({keys})" if keys else ""),
                                   self.list)
            item.setData(Qt.ItemDataRole.UserRole, action)
            item.setFlags(item.flags() if action.isEnabled()
                          else item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _run(self) -> None:
        item = self.list.currentItem()
        self.accept()
        if item is not None and item.data(Qt.ItemDataRole.UserRole).isEnabled():
            item.data(Qt.ItemDataRole.UserRole).trigger()


class ShortcutsOverlay(QDialog):
    def __init__(self, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = [(a, _keys(a)) for a in actions if _keys(a)]
        table = QTableWidget(len(rows), 2, self)
        table.setAccessibleName(self.tr("Shortcut list"))
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, (action, keys) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(keys))
            table.setItem(i, 1, QTableWidgetItem(_label(action)))
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnToContents(0)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        self.resize(460, 560)
