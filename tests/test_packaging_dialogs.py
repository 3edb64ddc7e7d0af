"""Help → About Serambi, and the welcome a new user meets on the first start: what they
show and where their buttons lead."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.secrets import Secrets
from app.store import Store
from app.version import APP_ID, version
from tests.test_ui_main import open_window
from tests.test_ui_seed import FakeWorkspace, Seeded
from ui import app as ui_app
from ui import crash, tasks
from ui.about import AboutDialog
from ui.accounts_dialog import AccountsDialog
from ui.main_window import MainWindow
from ui.welcome import SHOWN, WelcomeDialog


@dataclass
class FolderWorkspace(FakeWorkspace):
    data_dir: Path = Path()


def visible(kind: type[QWidget]) -> QWidget | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def user_settings(tmp_path: Path) -> None:
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


def run_app(workspace: FakeWorkspace, step: Callable[[], bool], seconds: float = 30) -> None:
    """Runs the app as `serambi` does, calling `step` every 50 ms until it says it is done
    (or time runs out), then closes the window."""
    deadline = time.monotonic() + seconds

    def tick() -> None:
        window = visible(MainWindow)
        if window is not None and (step() or time.monotonic() > deadline):
            for dialog in (w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QDialog) and w.isVisible()):
                dialog.reject()
            window.close()
            return
        QTimer.singleShot(50, tick)

    QTimer.singleShot(0, tick)
    assert ui_app.run(workspace) == 0
    tasks.wait_all()


def test_about_shows_the_version_and_where_the_files_are(
        seeded: Seeded, tmp_path: Path, qtbot: QtBot) -> None:
    uninstall = crash.install(tmp_path / "logs")  # as ui.app does: the log goes to a file
    try:
        window = open_window(seeded.store, tmp_path, qtbot)
        about = window.findChild(QAction, "action_about")
        assert about is not None and about in window.commands.menus["help"].actions()
        assert about.menuRole() == QAction.MenuRole.AboutRole  # macOS: the application menu
        seen: list[str] = []

        def look() -> None:
            dialog = visible(AboutDialog)
            if dialog is None:
                QTimer.singleShot(20, look)
                return
            assert isinstance(dialog, AboutDialog)
            dialog.copy.click()
            seen.append(dialog.details.toPlainText())
            dialog.reject()

        QTimer.singleShot(0, look)
        about.trigger()
    finally:
        uninstall()
    report = seen[0]
    assert f"Serambi {version()} ({APP_ID})" in report
    assert str(Path(seeded.store.url.database or "").resolve()) in report
    assert f"Log: {tmp_path / 'logs' / 'serambi.log'}" in report
    assert QGuiApplication.clipboard().text() == report
    tasks.wait_all()


def test_first_start_welcomes_and_add_an_account_opens_the_accounts_dialog(
        store: Store, tmp_path: Path, qtbot: QtBot) -> None:
    user_settings(tmp_path)
    seen: list[str] = []

    def step() -> bool:
        welcome, accounts = visible(WelcomeDialog), visible(AccountsDialog)
        if isinstance(accounts, AccountsDialog):
            seen.append("accounts")
            accounts.reject()
            return True
        if welcome is not None and not seen:
            seen.append("welcome")
            assert isinstance(welcome, WelcomeDialog)
            welcome.account.click()
        return False

    run_app(FakeWorkspace(store, Secrets()), step)
    assert seen == ["welcome", "accounts"]
    assert QSettings().value(SHOWN) == version()

    # The next start is no first start: no welcome, however long one waits for it.
    shown_again: list[bool] = []

    def watch() -> bool:
        shown_again.append(visible(WelcomeDialog) is not None)
        return len(shown_again) > 20

    run_app(FakeWorkspace(store, Secrets()), watch)
    assert not any(shown_again)


def test_an_inbox_with_accounts_is_not_welcomed(seeded: Seeded, tmp_path: Path,
                                                qtbot: QtBot) -> None:
    user_settings(tmp_path)
    shown: list[bool] = []

    def watch() -> bool:
        shown.append(visible(WelcomeDialog) is not None)
        return bool(QSettings().value(SHOWN)) and len(shown) > 10

    run_app(FakeWorkspace(seeded.store, Secrets()), watch)
    assert not any(shown)
    assert QSettings().value(SHOWN) == version()  # and never asked about again


def test_the_demo_choice_opens_the_demo_in_a_window_of_its_own(
        store: Store, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    user_settings(tmp_path)
    started: list[tuple[str, list[str]]] = []

    def start_detached(program: str, args: list[str]) -> tuple[bool, int]:
        started.append((program, args))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start_detached)
    said: list[str] = []

    def step() -> bool:
        window, welcome = visible(MainWindow), visible(WelcomeDialog)
        if isinstance(welcome, WelcomeDialog):
            welcome.demo.click()
        if started and isinstance(window, MainWindow):
            said.append(window.statusBar().currentMessage())
            return True
        return False

    run_app(FolderWorkspace(store, Secrets(), data_dir=tmp_path / "inbox"), step)
    program, args = started[0]
    assert program  # this Python (or the frozen bundle's own program)
    assert args[-3:] == ["--data-dir", str(tmp_path / "inbox"), "--demo"]
    assert said == ["The demo community opens in a window of its own."]
