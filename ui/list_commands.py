"""Moving through the list: views, sorting (menu or column header, remembered), search,
saved searches and the sidebar's counts. Every read and write runs through ui.tasks.Op."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from app import saved_searches, views
from app.search import SearchSyntaxError, SearchUnavailable
from ui.plain import one_line
from ui.reading_commands import ReadingCommands
from ui.tasks import Op

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.tray import Tray

# A click on a column header picks the order it stands for, with the arrow it shows. The
# arrow describes the column's values: newest first is the smallest age first (ascending).
_DOWN, _UP = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
HEADER_ORDERS = {4: "priority", 6: "waiting"}  # and Age (5): newest, then oldest
COUNTS_EVERY_MS = 1500  # sidebar recounts at most this often: each reads every conversation
INDICATORS = {"newest": (5, _UP), "oldest": (5, _DOWN), "waiting": (6, _DOWN),
              "priority": (4, _DOWN)}


class ListCommands(ReadingCommands):
    w: MainWindow
    counts: views.Counts | None
    _reselect: int | None
    _reselect_more: list[int]
    _select_saved: str | None
    tray: Tray | None
    _counts_timer: QTimer | None = None
    _counts_clock: QElapsedTimer | None = None

    # -- views and order -----------------------------------------------------------------
    def show_view(self, view: views.View) -> None:
        self.w.search_error.hide()
        if view.kind == "search":  # a saved search shows its query, ready to refine
            self.w.search.blockSignals(True)
            self.w.search.setText(view.value)
            self.w.search.blockSignals(False)
        self.w.model.set_view(view)

    def saved_order(self) -> views.Order:
        order = str(self.w.settings.value("list/order", "newest"))
        order = order if order in views.ORDERS else "newest"
        self.w.actions_[f"sort_{order}"].setChecked(True)
        self.show_order_indicator(order)
        return order

    def set_order(self, order: str) -> None:
        self.w.actions_[f"sort_{order}"].setChecked(True)
        self.show_order_indicator(order)
        self.w.settings.setValue("list/order", order)
        self._reselect = self.current_id()
        self.w.model.set_view(self.w.model.view, order)  # type: ignore[arg-type]

    def header_clicked(self, column: int) -> None:
        if column == 5:
            self.set_order("oldest" if self.w.model.order == "newest" else "newest")
        elif column in HEADER_ORDERS:
            self.set_order(HEADER_ORDERS[column])
        else:  # the other columns have no order of their own: the arrow stays put
            self.show_order_indicator(self.w.model.order)

    def show_order_indicator(self, order: str) -> None:
        column, direction = INDICATORS.get(order, INDICATORS["newest"])
        header = self.w.list.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, direction)
        header.blockSignals(False)

    # -- the list ------------------------------------------------------------------------
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

    def refresh_counts(self) -> None:
        """Recount soon: at once if the last recount is long past, else once when the
        interval is over, so a burst of triage keys costs one scan, not one each."""
        if self._counts_timer is None:
            self._counts_timer = QTimer(self.w)
            self._counts_timer.setSingleShot(True)
            self._counts_timer.timeout.connect(self.recount_now)
        if self._counts_timer.isActive():
            return  # a trailing recount is already due; it will see this change too
        clock = self._counts_clock
        since = clock.elapsed() if clock is not None and clock.isValid() else COUNTS_EVERY_MS
        self._counts_timer.start(max(0, COUNTS_EVERY_MS - since))

    def recount_now(self) -> None:
        if self._counts_clock is None:
            self._counts_clock = QElapsedTimer()
        self._counts_clock.start()
        store, agent = self.w.store, self.w.agent

        def work() -> views.Counts:
            counts = views.counts(store, agent)
            counts.saved = views.saved_views(store)
            counts.accounts = views.sync_status(store)
            return counts

        Op(self.w, work).success(self._counts) \
            .failure(lambda e: self.failed(str(e))).run_in_background(name="counts")

    def _counts(self, counts: views.Counts) -> None:
        self.counts = counts
        self.w.sidebar.show_counts(counts)
        if self._select_saved is not None:  # a search just saved opens as its view
            self.w.sidebar.select_saved(self._select_saved)
            self._select_saved = None
        if self.tray is not None:
            self.tray.set_waiting(counts.fixed.get("inbox", 0))

    # -- search and saved searches -------------------------------------------------------
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
        view = self.w.sidebar.current_view()
        if view is None or view.kind == "search":  # leaving a saved search: back to the inbox
            view = self.w.sidebar.select_inbox()
        self.w.model.set_view(view)

    def do_save_search(self) -> None:
        query = self.w.search.text().strip()
        if not query and self.w.model.view.kind == "search":
            query = self.w.model.view.value
        if not query:
            self.w.say(self.tr("Type a search first, then save it as a view."))
            self.do_search()
            return
        name, ok = QInputDialog.getText(
            self.w, self.tr("Save search as view"),
            self.tr("Name for the view (it shows in the sidebar with a live count):"),
            QLineEdit.EchoMode.Normal, one_line(query, 40))
        if not ok or not name.strip():
            return
        store = self.w.store
        self._saved_write(lambda: saved_searches.add(store, name, query),
                          self.tr("Saved the search as a view."), select=name.strip())

    def rename_saved(self, old: str) -> None:
        new, ok = QInputDialog.getText(self.w, self.tr("Rename saved search"),
                                       self.tr("New name:"), QLineEdit.EchoMode.Normal, old)
        if ok and new.strip() and new.strip() != old:
            store = self.w.store
            self._saved_write(lambda: saved_searches.rename(store, old, new),
                              self.tr("Renamed."))

    def remove_saved(self, name: str) -> None:
        answer = QMessageBox.question(self.w, self.tr("Remove saved search?"), self.tr(
            "Remove the saved search “%1”? Conversations are not touched.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store = self.w.store
        self._saved_write(lambda: saved_searches.remove(store, name),
                          self.tr("Saved search removed."))

    def _saved_write(self, work: Callable[[], object], said: str,
                     select: str | None = None) -> None:
        def done(_: object) -> None:
            self._select_saved = select
            self.w.say(said)
            self.refresh_counts()

        Op(self.w, work, write=True).success(done) \
            .failure(lambda e: self.failed(str(e))).run_in_background()
