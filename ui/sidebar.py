"""The sidebar: views with live counts (Inbox, Mine, ..., each platform, each tag)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app import views

ROLE = Qt.ItemDataRole.UserRole


class Sidebar(QTreeWidget):
    view_selected = Signal(object)  # views.View

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Views"))
        self.setRootIsDecorated(False)
        self.names = {
            "inbox": self.tr("Inbox"), "mine": self.tr("Mine"),
            "unassigned": self.tr("Unassigned"), "escalated": self.tr("Escalated"),
            "waiting": self.tr("Waiting longest"), "snoozed": self.tr("Snoozed"),
            "done": self.tr("Done"),
        }
        self.fixed = QTreeWidgetItem(self, [self.tr("Views")])
        self.platforms = QTreeWidgetItem(self, [self.tr("Platforms")])
        self.tags = QTreeWidgetItem(self, [self.tr("Tags")])
        for section in (self.fixed, self.platforms, self.tags):
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
        for key in views.FIXED_VIEWS:
            self._item(self.fixed, views.View(key), self.names[key], 0)
        self.expandAll()
        self.setCurrentItem(self._children(self.fixed)[0])
        self.currentItemChanged.connect(self._chosen)

    @staticmethod
    def _children(section: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (section.child(i) for i in range(section.childCount()))
        return [item for item in found if item is not None]

    def _item(self, section: QTreeWidgetItem, view: views.View, name: str,
              count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(section)
        item.setData(0, ROLE, view)
        self._label(item, name, count)
        return item

    @staticmethod
    def _label(item: QTreeWidgetItem, name: str, count: int) -> None:
        item.setText(0, f"{name}  ({count})" if count else name)
        item.setData(0, ROLE + 1, name)

    def _chosen(self, item: QTreeWidgetItem | None, _: QTreeWidgetItem | None) -> None:
        view = item.data(0, ROLE) if item is not None else None
        if isinstance(view, views.View):
            self.view_selected.emit(view)

    def current_view(self) -> views.View | None:
        item = self.currentItem()
        view = item.data(0, ROLE) if item is not None else None
        return view if isinstance(view, views.View) else None

    def show_counts(self, counts: views.Counts) -> None:
        for item in self._children(self.fixed):
            key = item.data(0, ROLE).kind
            self._label(item, self.names[key], counts.fixed.get(key, 0))
        self._sync(self.platforms, "platform", counts.platforms)
        self._sync(self.tags, "tag", counts.tags)

    def _sync(self, section: QTreeWidgetItem, kind: str, numbers: dict[str, int]) -> None:
        """Update in place; add new names, drop vanished ones, keep the selection."""
        self.blockSignals(True)
        existing = {item.data(0, ROLE).value: item for item in self._children(section)}
        for name, item in existing.items():
            if name not in numbers and item is not self.currentItem():
                section.removeChild(item)
        for name in sorted(numbers):
            label = f"#{name}" if kind == "tag" else name
            if name in existing:
                self._label(existing[name], label, numbers[name])
            else:
                self._item(section, views.View(kind, name), label, numbers[name])
        section.setHidden(section.childCount() == 0)
        self.blockSignals(False)
