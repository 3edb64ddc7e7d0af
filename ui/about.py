"""Help → About Serambi: the version, what it runs on and where its files are, with a button
that copies all of it for a bug report."""

from __future__ import annotations

import logging
import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSysInfo, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.store import Store
from app.version import APP_ID, version
from ui.tray import app_icon

LOG_NAME = "serambi.log"  # the file ui.crash.install writes in the log folder


def log_file() -> Path | None:
    """Where the log really goes: the serambi.log handler ui.crash put on the root logger."""
    for handler in reversed(logging.getLogger().handlers):
        if isinstance(handler, logging.FileHandler) and \
                Path(handler.baseFilename).name == LOG_NAME:
            return Path(handler.baseFilename)
    return None


def database_location(store: Store) -> str:
    if store.is_sqlite and store.url.database:
        return str(Path(store.url.database).resolve())
    return str(store.url.render_as_string(hide_password=True))


class AboutDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Serambi"))
        self.setAccessibleName(self.tr("About Serambi"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time it opens
        self.version = version()
        heading = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Serambi icon"))
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addLayout(self._titles(), 1)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Version and folders"))
        self.details.setPlainText(self.report(store))
        # Room for the report's five lines and no more; it scrolls if a path is long.
        self.details.setMinimumWidth(560)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * 6 + 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = buttons.addButton(self.tr("Copy details"),
                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.setAccessibleName(self.tr("Copy the details for a bug report"))
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _titles(self) -> QVBoxLayout:
        column = QVBoxLayout()
        for text, scale in ((self.tr("Serambi"), 1.6),
                            (self.tr("Version %1").replace("%1", self.version), 1.0),
                            (self.tr("One local inbox for every platform your community "
                                     "lives on."), 1.0),
                            (self.tr("Free software under the MIT licence."), 1.0)):
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            if scale != 1.0:
                font = label.font()
                font.setPointSizeF(font.pointSizeF() * scale)
                font.setBold(True)
                label.setFont(font)
            column.addWidget(label)
        column.addStretch(1)
        return column

    def report(self, store: Store) -> str:
        """Plain lines, the same in every language, so a developer can read any report."""
        log = log_file()
        lines = (f"Serambi {self.version} ({APP_ID})",
                 f"Qt {qVersion()}, PySide6 {PySide6.__version__}, "
                 f"Python {platform.python_version()}",
                 f"{QSysInfo.prettyProductName()} ({QSysInfo.currentCpuArchitecture()})",
                 f"Inbox: {database_location(store)}",
                 f"Log: {log if log is not None else '-'}")
        return "\n".join(lines)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(self.tr("Copied"))
