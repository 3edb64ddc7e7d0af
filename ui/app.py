"""Starting the desktop app: Qt application, colour scheme, translations, the main window
and the sync worker. `run(workspace)` is what `serambi` (no sub-command) calls."""

from __future__ import annotations

import gc
import sys
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from app.secrets import Secrets
from app.store import Store
from app.version import APP_ID
from ui import crash, language, single_instance, tasks, theme, welcome
from ui.language import load_translations as load_translations  # where it used to live
from ui.main_window import MainWindow
from ui.sync_worker import SyncWorker
from ui.tray import Tray, app_icon

RESTART = 0x5E4A  # what app.exec() returns when the window is to be built again


class WorkspaceLike(Protocol):
    """What the window needs of app.workspace.Workspace (tests pass a small stand-in)."""

    @property
    def store(self) -> Store: ...
    @property
    def secrets(self) -> Secrets: ...
    @property
    def agent(self) -> str: ...


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Serambi")
    QCoreApplication.setApplicationName("Serambi")
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Serambi")
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to its .desktop file by it
    return app


def apply_scheme(app: QApplication) -> None:
    """Follow the system's light or dark setting (or SERAMBI_THEME), see ui.theme."""
    theme.apply(app)


def run(workspace: WorkspaceLike, demo: bool = False) -> int:
    """Show the inbox and sync in the background until the window closes; the window is
    built again, translations first, when the user changes the language and restarts."""
    app = application()
    apply_scheme(app)
    app.setWindowIcon(app_icon())
    settings = QSettings()
    instance = single_instance.SingleInstance(single_instance.server_name(
        single_instance.workspace_identity(workspace.store)), app)
    if not instance.claim():
        print("Serambi is already open on this inbox: its window was brought to the front.",
              file=sys.stderr)
        return 0
    try:
        while True:
            language.install(app, language.saved(settings))
            code = _session(app, workspace, settings, demo, instance)
            if code != RESTART:
                return code
            demo = False  # the demo notice was read the first time
    finally:
        instance.release()


def _session(app: QApplication, workspace: WorkspaceLike, settings: QSettings,
             demo: bool, instance: single_instance.SingleInstance) -> int:
    paths = getattr(workspace, "paths", None)
    uninstall = crash.install(getattr(paths, "log", None))
    window = MainWindow(workspace.store, workspace.agent, settings=settings,
                        secrets=workspace.secrets)
    worker = SyncWorker(workspace.store, workspace.secrets, window)
    window.commands.attach_sync(worker)
    window.commands.attach_restart(lambda: app.exit(RESTART))
    tray = Tray(window)
    window.commands.attach_tray(tray)
    instance.activated.connect(tray.bring_back)  # a second start shows this window instead
    window.show()
    tray.show()
    # Start-up leaves ~100k long-lived objects; frozen, a full collection on a worker thread
    # (which holds the UI thread too) takes a few ms instead of ~170 ms at 1M messages.
    gc.collect()
    gc.freeze()
    worker.start()
    keeping = getattr(workspace.secrets, "notice", "")
    if keeping:  # no usable keyring: tokens last until the app closes, and the user knows
        window.say(QCoreApplication.translate(
            "App", "No usable keyring: passwords and tokens are kept only until Serambi "
                   "closes."), 0)
    elif demo:
        window.say(QCoreApplication.translate(
            "App", "This is the demo community: nothing you do leaves this computer."), 0)
    else:
        welcome.offer_once(window, settings, getattr(workspace, "data_dir", None))
    try:
        return app.exec()
    finally:
        instance.activated.disconnect(tray.bring_back)
        worker.blockSignals(True)  # nothing the worker still says may reach a closing window
        worker.stop()
        window.ages.stop()
        tasks.wait_all()
        tray.icon.hide()
        window.deleteLater()  # results still on their way are dropped (ui.tasks checks)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        uninstall()
        gc.unfreeze()  # a rebuilt window's garbage is collectable again
