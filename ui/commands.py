"""What the window's actions do: wiring menus and toolbar, moving through the list, search,
sync and help. Reading and replying are in `ui.reading_commands`, triage and moderation in
`ui.triage_commands`; every read and write runs through ui.tasks.Op."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMenu, QToolBar

from app import views
from app.search import SearchSyntaxError, SearchUnavailable
from app.sync import AccountReport
from ui import actions as table
from ui.accounts_dialog import AccountsDialog
from ui.palette import CommandPalette, ShortcutsOverlay
from ui.reading_commands import ReadingCommands
from ui.sync_status import SyncStatusDialog
from ui.tasks import Op

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.sync_worker import SyncWorker
    from ui.tray import Tray

TOOLBAR = ("reply", "note", "done", "snooze", "assign", "tag", "priority", "escalate",
           "unread", "sync_now")


class Commands(ReadingCommands):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.shown: views.Thread | None = None
        self.counts: views.Counts | None = None
        self.worker: SyncWorker | None = None
        self.tray: Tray | None = None
        self._abilities: dict[str, views.Abilities] = {}
        self._reselect: int | None = None
        self._reselect_more: list[int] = []  # the rest of a multi-selection across a reload
        self.shown_id: int | None = None  # the conversation the user asked to see last

    # -- wiring ------------------------------------------------------------------------
    def install_menus(self) -> None:
        acts, bar = self.w.actions_, self.w.menuBar()
        menus = {key: bar.addMenu(table.menu_title(key)) for key, _ in table.MENUS}
        for spec in table.SPECS:
            menus[spec.menu].addAction(acts[spec.key])
            if spec.key == "snooze":
                menus[spec.menu].addMenu(self.build_snooze_menu())
        toolbar = QToolBar(self.tr("Actions"), self.w)
        toolbar.setObjectName("actions_toolbar")
        toolbar.setAccessibleName(self.tr("Actions"))
        for key in TOOLBAR:
            toolbar.addAction(acts[key])
        self.w.addToolBar(toolbar)
        # Return opens only from the list: in the composer it is a new line.
        acts["open"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.w.list.addAction(acts["open"])
        self.w.sidebar.addAction(acts["open"])
        self.menus = menus

    def run(self, key: str) -> None:
        if key in table.MODERATION:
            self.moderate(key)
        elif key.startswith("sort_"):
            self.set_order(key.removeprefix("sort_"))
        else:
            getattr(self, f"do_{key}")()

    def attach_sync(self, worker: SyncWorker) -> None:
        self.worker = worker
        worker.busy.connect(self.w.sync_indicator.set_busy)
        worker.account_report.connect(self.sync_report)
        worker.sent.connect(lambda _: self.reload_current())
        worker.failed.connect(lambda text: self.w.say(self.tr("Sync stopped: %1")
                                                      .replace("%1", text), 0))

    def attach_tray(self, tray: Tray) -> None:
        self.tray = tray
        if self.counts is not None:
            tray.set_waiting(self.counts.fixed.get("inbox", 0))

    def abilities(self, connector: str) -> views.Abilities:
        if connector not in self._abilities:
            self._abilities[connector] = views.abilities(connector, self.w.factory_for)
        return self._abilities[connector]

    # -- the list ------------------------------------------------------------------------
    def show_view(self, view: views.View) -> None:
        self.w.search_error.hide()
        self.w.model.set_view(view)

    def saved_order(self) -> views.Order:
        order = str(self.w.settings.value("list/order", "newest"))
        order = order if order in views.ORDERS else "newest"
        self.w.actions_[f"sort_{order}"].setChecked(True)
        return order

    def set_order(self, order: str) -> None:
        self.w.actions_[f"sort_{order}"].setChecked(True)
        self._reselect = self.current_id()
        self.w.model.set_view(self.w.model.view, order)  # type: ignore[arg-type]

    def list_loaded(self) -> None:
        row = self.w.model.row_of(self._reselect) if self._reselect is not None else -1
        self._reselect = None
        if row < 0 and self.w.model.rowCount() and self.shown is None:
            row = 0
        if row >= 0:
            self.w.list.selectRow(row)
        selection, flags = self.w.list.selectionModel(), QItemSelectionModel.SelectionFlag
        for cid in self._reselect_more:
            other = self.w.model.row_of(cid)
            if other >= 0:
                selection.select(self.w.model.index(other, 0), flags.Select | flags.Rows)
        self._reselect_more = []

    def list_failed(self, error: Exception) -> None:
        if isinstance(error, SearchSyntaxError | SearchUnavailable):
            self.w.search_error.setText(str(error))
            self.w.search_error.show()
        else:
            self.failed(str(error))

    def select_id(self, conversation_id: int) -> None:
        row = self.w.model.row_of(conversation_id)
        if row >= 0:
            self.w.list.selectRow(row)

    def _move(self, step: int) -> None:
        model, current = self.w.model, self.w.list.currentIndex().row()
        target = max(0, min(model.rowCount() - 1, current + step if current >= 0 else 0))
        if target == model.rowCount() - 1 and model.canFetchMore():
            model.fetchMore()
        if model.rowCount():
            self.w.list.selectRow(target)
            self.w.list.setFocus()

    def do_next(self) -> None:
        self._move(1)

    def do_previous(self) -> None:
        self._move(-1)

    def do_open(self) -> None:
        self.w.thread_view.setFocus()

    def do_back(self) -> None:
        self.w.list.setFocus()

    def context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.w)
        for key in ("reply", "note", "done", "reopen", "assign_me", "assign", "tag",
                    "priority", "escalate", "unread"):
            menu.addAction(self.w.actions_[key])
        menu.addMenu(self.snooze_menu)
        menu.addMenu(self.menus["moderate"])
        menu.popup(self.w.list.viewport().mapToGlobal(pos))

    def changed(self, ids: list[int]) -> None:
        self.w.model.refresh_ids(ids)
        self.refresh_counts()
        if self.shown_id in ids:
            self.reload_current()

    def queued(self, _cid: int) -> None:
        if self.worker is not None:
            self.worker.send_now()

    def refresh_counts(self) -> None:
        store, agent = self.w.store, self.w.agent
        Op(self.w, lambda: views.counts(store, agent)).success(self._counts) \
            .failure(lambda e: self.failed(str(e))).run_in_background(name="counts")

    def _counts(self, counts: views.Counts) -> None:
        self.counts = counts
        self.w.sidebar.show_counts(counts)
        if self.tray is not None:
            self.tray.set_waiting(counts.fixed.get("inbox", 0))

    # -- search, sync, help ------------------------------------------------------------
    def do_search(self) -> None:
        self.w.search.setFocus()
        self.w.search.selectAll()

    def run_search(self) -> None:
        query = self.w.search.text().strip()
        if not query:
            self.clear_search()
            return
        self.w.search_error.hide()
        self.w.model.set_view(views.View("search", query))
        self.w.list.setFocus()

    def clear_search(self) -> None:
        self.w.search_error.hide()
        self.w.model.set_view(self.w.sidebar.current_view() or views.View("inbox"))

    def sync_report(self, report: AccountReport) -> None:
        self.w.sync_indicator.report(report.account_id, report.handle, report.error)
        if self.tray is not None:
            self.tray.arrived(report.inserted)
        if report.inserted or report.updated or report.sent:
            # New messages re-sort the list; whatever the user had selected stays selected.
            self._reselect = self.current_id()
            self._reselect_more = [i for i in self.selected_ids() if i != self._reselect]
            self.w.model.reload()
            self.refresh_counts()
            self.reload_current()

    def do_sync_now(self) -> None:
        if self.worker is None:
            self.w.say(self.tr("Sync is not running."))
        else:
            self.worker.sync_now()

    def do_sync_status(self) -> None:
        store = self.w.store
        Op(self.w, lambda: views.sync_status(store)) \
            .success(lambda rows: self._show_dialog(SyncStatusDialog(rows, self.w))) \
            .failure(lambda e: self.failed(str(e))).run_in_background(name="sync-status")

    @staticmethod
    def _show_dialog(dialog: QDialog) -> None:
        dialog.exec()

    def do_accounts(self) -> None:
        dialog = AccountsDialog(self.w.store, self.w.secrets, self.w)
        dialog.changed.connect(self.do_sync_now)
        dialog.changed.connect(self.refresh_counts)
        dialog.changed.connect(self.w.model.reload)
        dialog.exec()

    def do_palette(self) -> None:
        CommandPalette(list(self.w.actions_.values()), self.w).exec()

    def do_shortcuts(self) -> None:
        ShortcutsOverlay(list(self.w.actions_.values()), self.w).exec()

    def do_quit(self) -> None:
        self.w.close()

