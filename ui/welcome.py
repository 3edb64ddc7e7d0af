"""The first start on a new machine: a short welcome that offers the demo community (in a
window of its own, so demo and real accounts never mix) or adding the first account."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QProcess, QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import accounts
from app.version import version
from ui.tasks import Op
from ui.tray import app_icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHOWN = "welcome/shown"  # the version that showed the welcome (or met an existing inbox)


class WelcomeDialog(QDialog):
    LATER, DEMO, ACCOUNT = "later", "demo", "account"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Serambi"))
        self.setAccessibleName(self.tr("Welcome to Serambi"))
        self.choice = self.LATER
        layout = QVBoxLayout(self)
        layout.addLayout(self._heading())
        for text in (self.tr("Serambi brings the mentions, replies and messages of every "
                             "platform your community lives on into one inbox, kept on this "
                             "computer."),
                     self.tr("Look around the demo community first, or add the first account "
                             "you look after.")):
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.demo = self._choice(self.tr("Explore the demo community"),
                                 self.tr("A made-up community in a window of its own: nothing "
                                         "you do there leaves this computer."), self.DEMO)
        self.account = self._choice(self.tr("Add an account…"),
                                    self.tr("Its password or token is kept in your system "
                                            "keyring, never in the inbox."), self.ACCOUNT)
        self.later = QPushButton(self.tr("Not now"), self)
        self.later.setAccessibleName(self.tr("Close the welcome"))
        self.later.clicked.connect(self.reject)
        layout.addWidget(self.later, 0, Qt.AlignmentFlag.AlignRight)
        self.account.setDefault(True)
        self.setMinimumWidth(460)

    def _heading(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(48, 48))
        icon.setAccessibleName(self.tr("Serambi icon"))
        title = QLabel(self.tr("Welcome to Serambi"), self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        row.addWidget(icon)
        row.addWidget(title, 1)
        return row

    def _choice(self, title: str, detail: str, choice: str) -> QPushButton:
        button = QPushButton(title, self)
        button.setAccessibleName(title)
        button.setAccessibleDescription(detail)
        button.setToolTip(detail)
        button.clicked.connect(lambda: self._choose(choice))
        hint = QLabel(detail, self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.setIndent(12)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(button)
        layout.addWidget(hint)
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def demo_command(data_dir: Path | None) -> tuple[str, list[str]]:
    """Serambi again, on the demo: the bundle's own program when frozen, else this Python
    running the command line (a source checkout, a Flatpak)."""
    args = [] if getattr(sys, "frozen", False) else ["-m", "app.cli.main"]
    if data_dir is not None:
        args += ["--data-dir", str(data_dir)]
    return sys.executable, [*args, "--demo"]


def offer_once(window: MainWindow, settings: QSettings, data_dir: Path | None) -> None:
    """Welcome a new user once; an inbox that already has accounts is nobody new."""
    if settings.value(SHOWN):
        return
    store = window.store
    Op(window, lambda: len(accounts.list_accounts(store))) \
        .success(lambda count: _first_start(window, settings, count, data_dir)) \
        .run_in_background(name="welcome")


def _first_start(window: MainWindow, settings: QSettings, count: int,
                 data_dir: Path | None) -> None:
    settings.setValue(SHOWN, version())
    settings.sync()
    if count:
        return
    dialog = WelcomeDialog(window)

    def follow(_: int) -> None:
        dialog.finished.disconnect(follow)  # one answer: a later done() must not act again
        QTimer.singleShot(0, lambda: _follow(window, dialog.choice, data_dir))

    dialog.finished.connect(follow)
    dialog.open()


def _follow(window: MainWindow, choice: str, data_dir: Path | None) -> None:
    if not shiboken6.isValid(window) or not window.isVisible():
        return  # the window closed while the welcome was being answered
    if choice == WelcomeDialog.ACCOUNT:
        window.commands.do_accounts(adding=True)  # File → Accounts… with the wizard open
    elif choice == WelcomeDialog.DEMO:
        program, args = demo_command(data_dir)
        started, _pid = QProcess.startDetached(program, args)
        window.say(QCoreApplication.translate(
            "Welcome", "The demo community opens in a window of its own.") if started
            else QCoreApplication.translate(
                "Welcome", "The demo community could not be started."))
