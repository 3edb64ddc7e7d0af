"""The accounts the inbox follows: add one (its secret goes straight to the OS keyring),
check that it works, or remove it with everything it brought in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import accounts
from app.secrets import Secrets
from app.store import Store
from connectors import registry
from ui.account_wizard import AddAccountWizard
from ui.plain import one_line
from ui.tasks import Op


class AccountsDialog(QDialog):
    changed = Signal()

    def __init__(self, store: Store, secrets: Secrets, parent: QWidget | None = None,
                 platforms: Callable[[], list[str]] = registry.platforms) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.setAccessibleName(self.tr("Accounts"))
        self.store, self.secrets, self.platforms = store, secrets, platforms
        self.rows: list[accounts.AccountInfo] = []
        headers = [self.tr("Platform"), self.tr("Handle"), self.tr("Server"),
                   self.tr("Conversations"), self.tr("Secret in keyring"), self.tr("Syncing")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.add, self.check, self.remove = (QPushButton(self.tr("Add…"), self),
                                             QPushButton(self.tr("Check"), self),
                                             QPushButton(self.tr("Remove…"), self))
        self.toggle = QPushButton(self.tr("Disable"), self)
        self.toggle.setEnabled(False)
        buttons = QHBoxLayout()
        for button, name in ((self.add, self.tr("Add an account")),
                             (self.check, self.tr("Check the selected account")),
                             (self.toggle, self.tr("Turn syncing of the account on or off")),
                             (self.remove, self.tr("Remove the selected account"))):
            button.setAccessibleName(name)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add.clicked.connect(self._add)
        self.check.clicked.connect(self._check)
        self.remove.clicked.connect(self._remove)
        self.toggle.clicked.connect(self._toggle)
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.resize(760, 360)
        self.reload()

    def reload(self) -> None:
        Op(self, lambda: accounts.list_accounts(self.store)).success(self._show) \
            .failure(self._say).run_in_background()

    def _say(self, error: object) -> None:
        self.message.setText(one_line(str(error), 400))

    def _show(self, rows: list[accounts.AccountInfo]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            cells = (a.platform, a.handle, a.server_url, str(a.conversations),
                     self.tr("yes") if a.has_secret else self.tr("no"),
                     self.tr("on") if a.enabled else self.tr("off (paused)"))
            for j, text in enumerate(cells):
                item = QTableWidgetItem(one_line(text, 200))
                if not a.enabled:  # a paused account reads as such at a glance
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def _selection_changed(self) -> None:
        account = self._selected()
        self.toggle.setEnabled(account is not None)
        self.toggle.setText(self.tr("Enable") if account and not account.enabled
                            else self.tr("Disable"))

    def _selected(self) -> accounts.AccountInfo | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def start_adding(self) -> None:
        """The Add account wizard, as if Add… was clicked."""
        self._add()

    def _add(self) -> None:
        wizard = AddAccountWizard(self.store, self.secrets, self.platforms(), self)
        wizard.changed.connect(self._done)
        wizard.exec()
        if wizard.added is not None:
            self._done(wizard.added)

    def _done(self, _: object) -> None:
        self.message.clear()
        self.changed.emit()
        self.reload()

    def _check(self) -> None:
        account = self._selected()
        if account is None:
            return
        self.message.setText(self.tr("Checking %1…").replace("%1", account.handle))
        # The check is one fetch, made on a worker thread so the UI stays free.
        Op(self, lambda: accounts.check_account_blocking(self.store, self.secrets,
                                                         account.id)) \
            .success(lambda result: self._say(result.message)).failure(self._say) \
            .run_in_background(name="account-check")

    def _toggle(self) -> None:
        account = self._selected()
        if account is None:
            return
        wanted = not account.enabled
        Op(self, lambda: accounts.set_enabled(self.store, account.id, wanted), write=True) \
            .success(self._done).failure(self._say).run_in_background()

    def _remove(self) -> None:
        account = self._selected()
        if account is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the account?"), self.tr(
            "Remove %1 and its %2 conversation(s) from this inbox? Nothing is deleted on "
            "the platform.").replace("%1", account.handle)
            .replace("%2", str(account.conversations)))
        if answer == QMessageBox.StandardButton.Yes:
            Op(self, lambda: accounts.remove_account(self.store, self.secrets, account.id),
               write=True).success(self._done).failure(self._say).run_in_background()
