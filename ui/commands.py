"""What the window's actions do: wiring menus and toolbar, moving through the list, search,
sync and help. Reading and replying are in `ui.reading_commands`, triage and moderation in
`ui.triage_commands`; every read and write runs through ui.tasks.Op."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QToolBar

from app import views
from app.sync import AccountReport
from ui import actions as table
from ui import icons, language
from ui.accounts_dialog import AccountsDialog
from ui.community_window import show_community
from ui.list_commands import ListCommands
from ui.palette import CommandPalette, ShortcutsOverlay
from ui.reading_commands import SETTLE_MS, ThreadResult
from ui.rules_dialog import show_rules
from ui.sync_status import SyncStatusDialog
from ui.tasks import Op

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.sync_worker import SyncWorker
    from ui.tray import Tray

TOOLBAR = ("reply", "note", "done", "snooze", "assign", "tag", "priority", "escalate",
           "unread", "sync_now")


class Commands(ListCommands):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.shown: views.Thread | None = None
        self.counts: views.Counts | None = None
        self.worker: SyncWorker | None = None
        self.tray: Tray | None = None
        self.restart: Callable[[], None] | None = None  # rebuilds the window (ui.app.run)
        self.showing = "en"  # the language the window was built in, set with the menus
        self._abilities: dict[str, views.Abilities] = {}
        self._reselect: int | None = None
        self._reselect_more: list[int] = []  # the rest of a multi-selection across a reload
        self._select_saved: str | None = None  # a saved search to open once it is listed
        self.shown_id: int | None = None  # the conversation the user asked to see last
        self.ahead: dict[int, ThreadResult] = {}  # neighbours read before j/k asks for them
        self.notify_after: int | None = None  # conversations after this id are news
        self.notify_event: int | None = None  # and rules' notices after this event

    # -- wiring ------------------------------------------------------------------------
    def install_menus(self) -> None:
        acts, bar = self.w.actions_, self.w.menuBar()
        menus = {key: bar.addMenu(table.menu_title(key)) for key, _ in table.MENUS}
        for spec in table.SPECS:
            if spec.menu not in menus:  # a submenu, placed where its first action is
                parent = menus[table.SUBMENUS[spec.menu][0]]
                menus[spec.menu] = parent.addMenu(table.menu_title(spec.menu))
            menus[spec.menu].addAction(acts[spec.key])
            if spec.key == "snooze":
                menus[spec.menu].addMenu(self.build_snooze_menu())
        toolbar = QToolBar(self.tr("Actions"), self.w)
        toolbar.setObjectName("actions_toolbar")
        toolbar.setAccessibleName(self.tr("Actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        for key in TOOLBAR:
            toolbar.addAction(acts[key])
        self.w.addToolBar(toolbar)
        self.toolbar = toolbar
        self.w.search.addAction(acts["save_search"], QLineEdit.ActionPosition.TrailingPosition)
        self.apply_icons()
        # Return opens only from the list: in the composer it is a new line.
        acts["open"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.w.list.addAction(acts["open"])
        self.w.sidebar.addAction(acts["open"])
        chosen = language.saved(self.w.settings)
        acts[table.language_key(chosen)].setChecked(True)
        self.showing = language.shown(chosen)  # what this window was built in
        self.menus = menus
        chosen_views = self.w.settings.value("notify/views", list(table.NOTIFY_DEFAULT))
        for view in chosen_views if isinstance(chosen_views, list) else [chosen_views]:
            if f"notify_{view}" in acts:
                acts[f"notify_{view}"].setChecked(True)

    def notify_views(self) -> list[str]:
        return [key.removeprefix("notify_") for key, action in self.w.actions_.items()
                if key.startswith("notify_") and action.isChecked()]

    def apply_icons(self) -> None:
        """Icons tinted for the current palette; again whenever it changes (light/dark)."""
        palette, ratio = self.w.palette(), self.w.devicePixelRatioF()
        for key, name in icons.ACTIONS.items():
            if key in self.w.actions_:
                self.w.actions_[key].setIcon(icons.icon(name, palette, ratio))

    def run(self, key: str) -> None:
        if key in table.MODERATION:
            self.moderate(key)
        elif key.startswith("sort_"):
            self.set_order(key.removeprefix("sort_"))
        elif key.startswith("language_"):
            self.set_language(table.language_code(key))
        elif key.startswith("notify_"):
            self.w.settings.setValue("notify/views", self.notify_views())
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
        self.notify_arrivals()  # where news starts: every conversation after the newest now
        if self.counts is not None:
            tray.set_waiting(self.counts.fixed.get("inbox", 0))

    def attach_restart(self, restart: Callable[[], None]) -> None:
        self.restart = restart

    def abilities(self, connector: str) -> views.Abilities:
        if connector not in self._abilities:
            self._abilities[connector] = views.abilities(connector, self.w.factory_for)
        return self._abilities[connector]

    def context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.w)
        for key in ("reply", "note", "done", "reopen", "assign_me", "assign", "tag",
                    "priority", "escalate", "unread"):
            menu.addAction(self.w.actions_[key])
        menu.addMenu(self.snooze_menu)
        menu.addMenu(self.menus["moderate"])
        menu.popup(self.w.list.viewport().mapToGlobal(pos))

    def changed(self, ids: list[int]) -> None:
        if self.w.thread_view.frame_due():  # `e` moved on: draw the next thread first
            self.w.thread_view.after_paint(lambda: self.w.model.refresh_ids(ids), SETTLE_MS)
        else:
            self.w.model.refresh_ids(ids)
        self.refresh_counts()
        if self.shown_id in ids:
            self.reload_current()

    def queued(self, _cid: int) -> None:
        if self.worker is not None:
            self.worker.send_now()

    # -- search, sync, help ------------------------------------------------------------
    def sync_report(self, report: AccountReport) -> None:
        self.w.sync_indicator.report(report.account_id, report.handle, report.error)
        self.w.sidebar.accounts.report(report.account_id, report.error)
        if self.tray is not None and report.inserted:
            self.notify_arrivals()
        if report.inserted or report.updated or report.sent:
            # New messages re-sort the list; whatever the user had selected stays selected.
            self._reselect = self.current_id()
            self._reselect_more = [i for i in self.selected_ids() if i != self._reselect]
            self.w.model.reload()
            self.refresh_counts()
            self.reload_current()

    def notify_arrivals(self) -> None:
        """A desktop notification for new conversations in the views the user chose."""
        store, agent, chosen = self.w.store, self.w.agent, self.notify_views()
        after, after_event = self.notify_after, self.notify_event
        Op(self.w, lambda: views.arrivals(store, agent, chosen, after,
                                          after_event=after_event)) \
            .success(self._arrived).failure(lambda e: self.failed(str(e))) \
            .run_in_background(name="arrivals")

    def _arrived(self, found: views.Arrivals) -> None:
        self.notify_after = max(self.notify_after or 0, found.last_id)
        self.notify_event = max(self.notify_event or 0, found.last_event)
        if self.tray is not None and (found.per_view or found.notices):
            names = self.w.sidebar.names
            self.tray.arrived({names.get(key, key): n for key, n in found.per_view.items()},
                              found.notices)

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

    def do_accounts(self, adding: bool = False) -> None:
        """File → Accounts…; with `adding`, the Add account wizard opens at once (the
        welcome's "Add an account…")."""
        dialog = AccountsDialog(self.w.store, self.w.secrets, self.w)
        dialog.changed.connect(self.do_sync_now)
        dialog.changed.connect(self.refresh_counts)
        dialog.changed.connect(self.w.model.reload)
        if adding:
            QTimer.singleShot(0, dialog.start_adding)
        dialog.exec()

    def do_palette(self) -> None:
        CommandPalette(list(self.w.actions_.values()), self.w).exec()

    def do_shortcuts(self) -> None:
        ShortcutsOverlay(list(self.w.actions_.values()), self.w).exec()

    def set_language(self, code: str) -> None:
        """Kept for the next start; the window is rebuilt now only if the user agrees."""
        language.save(self.w.settings, code)
        if language.shown(code) == self.showing:
            return  # e.g. English where the system's is, or back to what the window shows
        draft = bool(self.w.composer.edit.toPlainText().strip())
        if language.ask_restart(self.w, code, self.restart is not None, draft) \
                and self.restart is not None:
            self.w.save_layout()
            QTimer.singleShot(0, self.restart)  # once this action's handler has returned

    def do_dashboard(self) -> None:
        self.w.show_dashboard()

    def do_rules(self) -> None:
        show_rules(self.w)

    def do_community(self) -> None:
        show_community(self.w)

    def do_warn_member(self) -> None:
        member = self.shown.member if self.shown is not None else None
        if member is None:
            self.w.say(self.tr("Open a conversation with a member first."))
        else:
            self.w.member_edits.warn(member.id)

    def do_quit(self) -> None:
        self.w.close()

