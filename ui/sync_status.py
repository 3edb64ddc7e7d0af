"""Sync status: a busy indicator in the status bar, and per account the last success, the
next poll, the error and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import views
from app.timeutil import utcnow
from ui import plain, theme


def advice(error: str) -> str:
    """What the user can do about a sync error, in their words."""
    text = error.lower()
    if any(k in text for k in ("auth", "token", "401", "403", "password", "sign in")):
        return QCoreApplication.translate(
            "SyncStatus", "Sign in to this account again (Accounts).")
    if any(k in text for k in ("rate", "429", "slow down")):
        return QCoreApplication.translate(
            "SyncStatus", "The platform asked us to slow down; Serambi tries again by itself.")
    if any(k in text for k in ("connect", "unreachable", "unavailable", "timeout", "dns")):
        return QCoreApplication.translate(
            "SyncStatus",
            "Check the network or the server address; Serambi tries again by itself.")
    if "no connector" in text:
        return QCoreApplication.translate(
            "SyncStatus", "This version of Serambi cannot reach this platform.")
    return QCoreApplication.translate(
        "SyncStatus",
        "Serambi tries again by itself; if this goes on, check the account settings.")


class SyncIndicator(QWidget):
    details_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sync status"))
        self.label = QLabel(self.tr("Not synced yet"), self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy: we cannot know how much a platform still holds
        self.bar.setMaximumWidth(90)
        self.bar.setMaximumHeight(14)
        self.bar.setAccessibleName(self.tr("Syncing"))
        self.bar.hide()
        self.button = QPushButton(self.tr("Sync status…"), self)
        self.button.setFlat(True)
        self.button.setAccessibleName(self.tr("Show sync status per account"))
        self.button.clicked.connect(self.details_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.bar, self.label, self.button):
            layout.addWidget(widget)
        self.errors: dict[int, str] = {}

    def set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        if busy:
            self.label.setText(self.tr("Syncing…"))

    def report(self, account_id: int, handle: str, error: str | None) -> None:
        if error:
            self.errors[account_id] = f"{handle}: {error}"
        else:
            self.errors.pop(account_id, None)
        if self.errors:
            self.label.setText(self.tr("Sync problem: %1").replace(
                "%1", plain.one_line(next(iter(self.errors.values())), 80)))
            self.label.setStyleSheet(f"color:{theme.error_colour(self.palette())}")
        else:
            self.label.setText(self.tr("Synced %1").replace("%1", plain.local_time(utcnow())[-5:]))
            self.label.setStyleSheet("")


class SyncStatusDialog(QDialog):
    def __init__(self, rows: Sequence[views.AccountSync], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync status"))
        self.setAccessibleName(self.tr("Sync status per account"))
        headers = [self.tr("Account"), self.tr("Last success"), self.tr("Next poll"),
                   self.tr("Problem"), self.tr("What to do")]
        table = QTableWidget(len(rows), len(headers), self)
        table.setAccessibleName(self.tr("Accounts"))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for i, row in enumerate(rows):
            cells = [f"{row.platform} {row.handle}" + ("" if row.enabled else self.tr(" (off)")),
                     plain.local_time(row.last_success_at) or self.tr("never"),
                     plain.local_time(row.next_poll_at) or self.tr("now"),
                     row.last_error, advice(row.last_error) if row.last_error else ""]
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(plain.one_line(text, 300)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.table = table
        self.resize(820, 300)
