"""The sidebar: views with live counts (Inbox, Mine, ..., saved searches, each platform,
each tag). Saved searches are renamed or removed from their context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from app import views
from app.timeutil import utcnow
from ui import icons, plain, theme
from ui.sync_status import advice

ROLE = Qt.ItemDataRole.UserRole
SAVED_NAME = ROLE + 2  # a saved search's name: how it is renamed or removed
ACCOUNT = ROLE + 3  # an account health item's account id


class Sidebar(QTreeWidget):
    view_selected = Signal(object)  # views.View
    rename_saved = Signal(str)  # a saved search's name
    remove_saved = Signal(str)
    save_search = Signal()  # "Save search as view…" from the section's menu
    account_chosen = Signal(int)  # an account's health item: open Accounts to fix it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Views"))
        self.setRootIsDecorated(False)
        self.names = {
            "inbox": self.tr("Inbox"), "mine": self.tr("Mine"),
            "unassigned": self.tr("Unassigned"), "escalated": self.tr("Escalated"),
            "waiting": self.tr("Waiting longest"), "snoozed": self.tr("Snoozed"),
            "breaching": self.tr("Breaching soon"),
            "done": self.tr("Done"),
        }
        self.fixed = QTreeWidgetItem(self, [self.tr("Views")])
        self.saved = QTreeWidgetItem(self, [self.tr("Saved searches")])
        self.saved.setHidden(True)
        self.platforms = QTreeWidgetItem(self, [self.tr("Platforms")])
        self.accounts = AccountHealth(self)  # how each account syncs, before the tag list
        self.tags = QTreeWidgetItem(self, [self.tr("Tags")])
        for section in (self.fixed, self.saved, self.platforms, self.tags, self.accounts):
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
        for key in views.FIXED_VIEWS:
            self._item(self.fixed, views.View(key), self.names[key], 0)
            if key == "waiting":  # SLA clocks and reply windows about to run out
                self._item(self.fixed, views.View("breaching"), self.names["breaching"], 0)
        self.expandAll()
        self.setCurrentItem(self._children(self.fixed)[0])
        self.currentItemChanged.connect(self._chosen)
        self.itemActivated.connect(self._activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)

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
    def _label(item: QTreeWidgetItem, name: str, count: int | str) -> None:
        item.setText(0, f"{name}  ({count})" if count else name)
        item.setData(0, ROLE + 1, name)
        item.setToolTip(0, plain.tooltip(name))

    def _chosen(self, item: QTreeWidgetItem | None, _: QTreeWidgetItem | None) -> None:
        view = item.data(0, ROLE) if item is not None else None
        if isinstance(view, views.View):
            self.view_selected.emit(view)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        account = item.data(0, ACCOUNT)
        if isinstance(account, int):
            self.account_chosen.emit(account)

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
        self.show_saved(counts.saved)
        self.accounts.show(counts.accounts)

    def show_saved(self, saved: list[views.SavedView]) -> None:
        """The saved searches in their order, each with its count; keeps the selection."""
        self.blockSignals(True)
        existing = {item.data(0, SAVED_NAME): item for item in self._children(self.saved)}
        wanted = {s.name for s in saved}
        lost = False  # the saved search being shown was removed
        for name, item in existing.items():
            if name not in wanted:
                lost |= item is self.currentItem()
                self.saved.removeChild(item)
        for s in saved:
            item = existing.get(s.name) or self._item(self.saved, views.View("search", s.query),
                                                      s.name, 0)
            item.setData(0, ROLE, views.View("search", s.query))
            item.setData(0, SAVED_NAME, s.name)
            self._label(item, s.name, self._count_text(s.count))
            item.setToolTip(0, plain.tooltip(s.query))
        self.saved.setHidden(not saved)
        self.saved.setExpanded(True)  # it was hidden, so expandAll() passed it by
        self.blockSignals(False)
        if lost:
            self.setCurrentItem(self._children(self.fixed)[0])  # announced: the list follows

    def _count_text(self, count: int | None) -> int | str:
        if count is None:
            return self.tr("n/a")
        return f"{count}+" if count >= views.COUNT_CAP else count

    def select_inbox(self) -> views.View:
        """Back to the Inbox without announcing it (the caller shows the view)."""
        self.blockSignals(True)
        self.setCurrentItem(self._children(self.fixed)[0])
        self.blockSignals(False)
        return views.View("inbox")

    def select_saved(self, name: str) -> None:
        for item in self._children(self.saved):
            if item.data(0, SAVED_NAME) == name:
                self.setCurrentItem(item)

    def _menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        name = item.data(0, SAVED_NAME) if item is not None else None
        menu = QMenu(self)
        if isinstance(name, str):
            menu.addAction(self.tr("Rename saved search…"), lambda: self.rename_saved.emit(name))
            menu.addAction(self.tr("Remove saved search"), lambda: self.remove_saved.emit(name))
        menu.addAction(self.tr("Save search as view…"), self.save_search.emit)
        menu.popup(self.viewport().mapToGlobal(pos))

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


class AccountHealth(QTreeWidgetItem):
    """The sidebar's Accounts section: each account syncing, failing (and what to do), or
    paused. Activating one opens the Accounts dialog."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree, [tree.tr("Accounts")])
        self.tree = tree
        self.setHidden(True)
        self.state: dict[int, views.AccountSync] = {}

    def show(self, accounts: list[views.AccountSync]) -> None:
        self.state = {a.account_id: a for a in accounts}
        self.tree.blockSignals(True)
        children = (self.child(i) for i in range(self.childCount()))
        items = {item.data(0, ACCOUNT): item for item in children if item is not None}
        for account_id, item in items.items():
            if account_id not in self.state:
                self.removeChild(item)
        for a in accounts:
            item = items.get(a.account_id) or QTreeWidgetItem(self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # health, not a view: never "current"
            item.setData(0, ACCOUNT, a.account_id)
            self._paint(item, a)
        self.setHidden(not accounts)
        self.setExpanded(True)
        self.tree.blockSignals(False)

    def report(self, account_id: int, error: str | None) -> None:
        """A sync just finished: show its outcome at once, before the next recount."""
        known = self.state.get(account_id)
        if known is None:
            return
        now = utcnow()
        fresh = views.AccountSync(known.account_id, known.platform, known.handle,
                                  known.enabled, known.last_success_at if error else now,
                                  known.next_poll_at, error or "",
                                  known.failures + 1 if error else 0)
        self.state[account_id] = fresh
        for i in range(self.childCount()):
            item = self.child(i)
            if item is not None and item.data(0, ACCOUNT) == account_id:
                self._paint(item, fresh)

    def _paint(self, item: QTreeWidgetItem, a: views.AccountSync) -> None:
        tr = self.tree.tr
        name = plain.one_line(a.handle, 40)
        item.setIcon(0, icons.platform_icon(a.platform, self.tree.palette()))
        if not a.enabled:
            state, tip = tr("paused"), tr("Syncing is turned off for this account.")
        elif a.failures and a.last_error:
            state = tr("needs attention")
            tip = f"{plain.one_line(a.last_error, 300)}\n{advice(a.last_error)}"
        elif a.last_success_at is None:
            state, tip = tr("not synced yet"), tr("Serambi syncs it soon.")
        else:
            state = tr("OK")
            tip = tr("Last synced %1").replace("%1", plain.local_time(a.last_success_at))
        failing = a.enabled and bool(a.failures and a.last_error)
        # The name alone reads best in a narrow sidebar; trouble shows as a sign and colour,
        # and the state is in the tooltip and the accessible text.
        item.setText(0, f"⚠ {name}" if failing else
                     name if a.enabled else f"{name} ({state})")
        item.setToolTip(0, plain.tooltip(f"{a.platform} {name}: {state}\n{tip}"))
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{a.platform} {name}: {state}")
        colour = theme.error_colour(self.tree.palette()) if failing else None
        item.setForeground(0, QColor(colour) if colour else self.tree.palette().text())
