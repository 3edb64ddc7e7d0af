"""The tray icon: how many conversations wait, a notice when new ones arrive while the
window is away, and a click brings the inbox back. Notices carry counts, never content."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

from ui import plain

ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "serambi.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON)) if ICON.exists() else QIcon()


class Tray(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.icon = QSystemTrayIcon(app_icon(), self)
        menu = QMenu(window)
        menu.addAction(self.tr("Show the inbox"), self.bring_back)
        menu.addAction(self.tr("Quit Serambi"), window.close)
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._activated)
        self.waiting = 0
        self.set_waiting(0)

    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        if self.available():
            self.icon.show()

    def set_waiting(self, count: int) -> None:
        self.waiting = count
        self.icon.setToolTip(self.tr("Serambi: %n conversation(s) waiting", "", count))

    def arrived(self, per_view: dict[str, int], notices: Sequence[str] = ()) -> str:
        """New conversations in the views the user chose (view name -> how many) and what
        rules asked to be told; said only when the user is not looking at the window.
        Returns what was said ("" if nothing)."""
        if not (per_view or notices) or self.window.isActiveWindow() \
                or not self.icon.isVisible():
            return ""
        lines = [self.tr("%n new in %1", "", n).replace("%1", name)
                 for name, n in per_view.items()]
        said = "\n".join(lines + [plain.one_line(notice, 200) for notice in notices[:5]])
        self.icon.showMessage(self.tr("New conversations"), said,
                              QSystemTrayIcon.MessageIcon.Information, 8000)
        return said

    def bring_back(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.bring_back()
