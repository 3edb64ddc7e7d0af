"""The main window: sidebar | conversation list | thread, composer and member panel.

It wires the panes together and keeps the layout in QSettings; what each action does lives
in `ui.commands`, what is read in `app.views`, and every read or write runs off this thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import views
from app.secrets import Secrets
from app.store import Store
from connectors import registry
from ui import actions as action_table
from ui import theme
from ui.about import AboutDialog
from ui.commands import Commands
from ui.composer import Composer
from ui.conversation_model import ConversationModel
from ui.member_edits import MemberEdits
from ui.member_panel import MemberPanel
from ui.sidebar import Sidebar
from ui.sync_status import SyncIndicator
from ui.thread_view import ThreadView
from ui.triage_ops import TriageOps

if TYPE_CHECKING:
    from ui.dashboard import Dashboard


class MainWindow(QMainWindow):
    def __init__(self, store: Store, agent: str, *, settings: QSettings | None = None,
                 secrets: Secrets | None = None,
                 factory_for: Callable[[str], Any] = registry.factory_for) -> None:
        super().__init__()
        self.store, self.agent, self.factory_for = store, agent, factory_for
        self.secrets = secrets or Secrets()
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Serambi"))
        self.setAccessibleName(self.tr("Serambi inbox"))
        self._restored = False
        self.ops = TriageOps(store, agent, self)
        self.model = ConversationModel(store, agent, self)
        self._build_panes()
        self.member_edits = MemberEdits(store, agent, self.member, self)
        self.commands = Commands(self)
        self.dashboard: Dashboard | None = None
        self.actions_ = action_table.build(self, self.commands.run)
        self.commands.install_menus()
        self._add_about()
        self._connect()
        self._restore()
        self.model.set_view(views.View("inbox"), self.commands.saved_order())
        self.commands.recount_now()
        self.ages = QTimer(self)
        self.ages.timeout.connect(self.model.tick)
        self.ages.start(60_000)

    def _build_panes(self) -> None:
        self.sidebar = Sidebar(self)
        self.list = QTableView(self)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setShowGrid(False)
        self.list.setWordWrap(True)  # a row is two lines: name over handle, preview wrapped
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(
            self.list.fontMetrics().lineSpacing() * 2 + 10)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.list.horizontalHeader()
        header.setSectionsClickable(True)  # a click sorts by Age, Waiting or Priority
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((34, 150, 300, 96, 70, 56, 74)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search (/):  words \"a phrase\" from:ani "
                                               "tag:refund is:unread before:2d"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search_error = QLabel(self)
        self.search_error.setTextFormat(Qt.TextFormat.PlainText)
        self.search_error.setStyleSheet(f"color:{theme.error_colour(self.palette())}")
        self.search_error.setAccessibleName(self.tr("Search problem"))
        self.search_error.hide()
        middle = QWidget(self)
        stack = QVBoxLayout(middle)
        stack.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.search_error, self.list):
            stack.addWidget(widget)
        self.thread_view = ThreadView(self)
        self.composer = Composer(self)
        self.member = MemberPanel(self)
        self.reading = QSplitter(Qt.Orientation.Vertical, self)
        self.reading.addWidget(self.thread_view)
        self.reading.addWidget(self.composer)
        self.detail = QSplitter(Qt.Orientation.Horizontal, self)
        self.detail.addWidget(self.reading)
        self.detail.addWidget(self.member)
        self.panes = QSplitter(Qt.Orientation.Horizontal, self)
        for pane in (self.sidebar, middle, self.detail):
            self.panes.addWidget(pane)
        self.panes.setChildrenCollapsible(False)
        self.setCentralWidget(self.panes)
        self.sync_indicator = SyncIndicator(self)
        self.statusBar().addPermanentWidget(self.sync_indicator)

    def _connect(self) -> None:
        c = self.commands
        self.sidebar.view_selected.connect(c.show_view)
        self.sidebar.save_search.connect(c.do_save_search)
        self.sidebar.account_chosen.connect(lambda _: c.run("accounts"))
        self.sidebar.rename_saved.connect(c.rename_saved)
        self.sidebar.remove_saved.connect(c.remove_saved)
        self.list.horizontalHeader().sectionClicked.connect(c.header_clicked)
        self.member_edits.changed.connect(c.reload_current)
        self.member_edits.error.connect(c.failed)
        self.member_edits.message.connect(self.say)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _: c.current_changed())
        self.list.doubleClicked.connect(lambda _: c.run("open"))
        self.list.customContextMenuRequested.connect(c.context_menu)
        self.model.loaded.connect(c.list_loaded)
        self.model.failed.connect(c.list_failed)
        self.search.returnPressed.connect(c.run_search)
        self.search.textChanged.connect(lambda text: None if text else c.clear_search())
        self.thread_view.link_requested.connect(c.open_link)
        self.thread_view.retry_requested.connect(c.retry)
        self.thread_view.correct_requested.connect(c.correct_insight)
        self.thread_view.confirm_requested.connect(c.confirm)
        self.member.link_requested.connect(c.open_link)
        self.member.open_conversation.connect(c.open_elsewhere)
        self.composer.send_requested.connect(c.send)
        self.composer.message.connect(self.say)
        self.ops.changed.connect(c.changed)
        self.ops.read.connect(lambda _: c.refresh_counts())
        self.ops.queued.connect(c.queued)
        self.ops.error.connect(c.failed)
        self.sync_indicator.details_requested.connect(lambda: c.run("sync_status"))

    def _add_about(self) -> None:
        """Help → About Serambi; on macOS Qt moves it to the application menu by its role."""
        action = QAction(self.tr("About Serambi"), self)
        action.setObjectName("action_about")
        action.setMenuRole(QAction.MenuRole.AboutRole)
        action.triggered.connect(lambda: AboutDialog(self.store, self).exec())
        self.commands.menus["help"].addAction(action)
        self.actions_["about"] = action  # the command palette finds it too

    def show_dashboard(self) -> None:
        """View → Community health dashboard: one window, raised when already open."""
        if self.dashboard is None:
            from ui.dashboard import Dashboard  # QtCharts loads when first asked for

            self.dashboard = Dashboard(self.store, self.open_from_dashboard, self)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()

    def open_from_dashboard(self, conversation_id: int) -> None:
        """A conversation behind a figure, opened in the inbox."""
        self.commands.open_elsewhere(conversation_id)
        self.raise_()
        self.activateWindow()

    def say(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
            return
        screen = self.screen().availableGeometry()
        self.resize(min(1600, int(screen.width() * 0.96)), min(1000, int(screen.height() * 0.92)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._restored:
            return
        # Splitters come back once the window has its size, so nothing gets rescaled.
        self._restored = True
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the splitters get their real size before sizes are set
        width, height = self.width(), self.height()
        # The reading side never below what its composer and member panel need, or the
        # splitter squeezes the sidebar and the list to make room.
        side = 200
        detail = max(int((width - side) * 0.4), self.detail.minimumSizeHint().width())
        member = max(int(width * 0.13), self.member.minimumSizeHint().width())
        self.panes.setSizes([side, width - side - detail, detail])
        self.detail.setSizes([detail - member, member])
        self.reading.setSizes([int(height * 0.6), int(height * 0.25)])
        for key, splitter in (("panes", self.panes), ("detail", self.detail),
                              ("reading", self.reading)):
            value = self.settings.value(f"window/{key}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        header = self.settings.value("window/list_header")
        if isinstance(header, QByteArray):
            self.list.horizontalHeader().restoreState(header)
        self.commands.show_order_indicator(self.model.order)  # the order, not an old arrow

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "commands"):
            self.commands.apply_icons()  # light and dark: icons are tinted per palette
            self.model.set_palette(self.palette())

    def save_layout(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/panes", self.panes.saveState())
        s.setValue("window/detail", self.detail.saveState())
        s.setValue("window/reading", self.reading.saveState())
        s.setValue("window/list_header", self.list.horizontalHeader().saveState())
        s.setValue("list/order", self.model.order)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        super().closeEvent(event)
