"""The Add account wizard: choose a platform, fill in what it needs (or sign in through the
browser), then Serambi adds the account and checks that it works. Each platform's fields come
from its own setup description (connectors/<platform>/account.py), as the CLI's flags do."""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app import accounts
from app.account_setup import add_signed_in, add_with_fields, platform_setup, sign_in_blocking
from app.secrets import Secrets
from app.store import Store
from app.sync import make_client
from connectors.setup import PlatformSetup, SetupField, SignInResult
from ui import icons, plain
from ui.setup_strings import setup_text
from ui.tasks import Op

PLATFORM = Qt.ItemDataRole.UserRole


def _label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class _UrlOpener(QObject):
    """The sign-in runs on a worker thread; the browser is opened from the UI thread."""

    wanted = Signal(str)


def open_in_browser(url: str) -> None:
    if QUrl(url).scheme() in ("https", "http"):  # never file:, javascript: or the like
        QDesktopServices.openUrl(QUrl(url))


class ChoosePage(QWizardPage):
    def __init__(self, platforms: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Which platform?"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Platforms"))
        for name in platforms:
            setup = platform_setup(name)
            item = QListWidgetItem(icons.platform_icon(name, self.palette()),
                                   setup_text(setup.title) if setup else name.title(), self.list)
            item.setData(PLATFORM, name)
        self.list.setCurrentRow(0)
        self.list.currentRowChanged.connect(lambda _: self.completeChanged.emit())
        self.list.itemActivated.connect(lambda _: self.wizard().next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def platform(self) -> str:
        item = self.list.currentItem()
        return str(item.data(PLATFORM)) if item is not None else ""

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.platform())


class DetailsPage(QWizardPage):
    def __init__(self, wizard: AddAccountWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.fields: dict[str, QLineEdit] = {}
        self.secret, self.browser, self.message = self._fresh_widgets()
        self.form = QFormLayout(self)
        self.signed_in: SignInResult | None = None
        self._cancel = threading.Event()

    def initializePage(self) -> None:  # noqa: N802
        for old in (self.secret, self.browser, self.message):
            old.deleteLater()  # those the last platform's form did not use, too
        while self.form.rowCount():
            self.form.removeRow(0)  # also deletes the last platform's widgets
        self.fields, self.signed_in = {}, None
        self.secret, self.browser, self.message = self._fresh_widgets()
        platform = self.w.choose.platform()
        setup = platform_setup(platform)
        self.setTitle(setup_text(setup.title) if setup else platform.title())
        self.setSubTitle(setup_text(setup.intro) if setup else self.tr("No sign-in needed."))
        for f in setup.fields if setup else self._plain_fields():
            edit = QLineEdit(self)
            edit.setPlaceholderText(f.placeholder or f.default)
            label = setup_text(f.label)
            edit.setToolTip(plain.tooltip(setup_text(f.help)) if f.help else "")
            edit.setAccessibleName(label)
            edit.textChanged.connect(lambda _: self.completeChanged.emit())
            self.fields[f.key] = edit
            self.form.addRow(label + ("" if f.required else self.tr(" (optional)")), edit)
        self._secret_rows(setup)
        self.form.addRow(self.message)
        self.message.show()

    def _fresh_widgets(self) -> tuple[QLineEdit, QPushButton, QLabel]:
        secret = QLineEdit(self)
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.textChanged.connect(lambda _: self.completeChanged.emit())
        browser = QPushButton(self.tr("Sign in with your browser…"), self)
        browser.clicked.connect(self._sign_in)
        message = _label("", self)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (secret, browser, message):
            widget.hide()  # shown when a row of the form takes it
        return secret, browser, message

    def _plain_fields(self) -> list[SetupField]:
        return [SetupField("handle", self.tr("Handle"))]

    def _secret_rows(self, setup: PlatformSetup | None) -> None:
        if setup is None or setup.credential == "none":
            return
        self.secret.setAccessibleName(setup_text(setup.credential_label))
        self.form.addRow(setup_text(setup.credential_label), self.secret)
        self.secret.show()
        if setup.credential_help:
            self.form.addRow(_label(setup_text(setup.credential_help), self))
        self.form.addRow(_label(self.tr("It is kept in your system keyring, never in the "
                                        "inbox."), self))
        if setup.browser_sign_in is not None:
            self.form.addRow(_label(self.tr("Or, instead of a token:"), self), self.browser)
            self.browser.show()

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def isComplete(self) -> bool:  # noqa: N802
        setup = platform_setup(self.w.choose.platform())
        if self.signed_in is not None or setup is None or setup.credential == "none":
            return True
        return bool(self.secret.text())

    def validatePage(self) -> bool:  # noqa: N802
        setup = platform_setup(self.w.choose.platform())
        if self.signed_in is not None or setup is None:
            return True
        try:
            setup.values_from(self.values())
        except ValueError as exc:
            self.message.setText(str(exc))
            return False
        return True

    def _sign_in(self) -> None:
        platform, given = self.w.choose.platform(), self.values()
        self._cancel = cancel = threading.Event()
        opener = _UrlOpener(self)
        opener.wanted.connect(self._opening)
        self.browser.setEnabled(False)
        self.message.setText(self.tr("Waiting for you to finish in the browser…"))
        Op(self, lambda: sign_in_blocking(platform, given, opener.wanted.emit, cancel,
                                          client_factory=self.w.client_factory)) \
            .success(self._signed_in).failure(self._failed).run_in_background()

    def _opening(self, url: str) -> None:
        self.message.setText(self.tr("Your browser shows the platform's sign-in page. If it "
                                     "did not open, copy this address into it:\n%1")
                             .replace("%1", plain.one_line(url, 2000)))
        self.w.open_url(url)

    def _signed_in(self, result: SignInResult) -> None:
        self.signed_in = result
        self.message.setText(self.tr("Signed in as %1.").replace("%1", plain.one_line(
            result.handle, 200)))
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self.browser.setEnabled(True)
        self.message.setText(accounts.explain(error))

    def cleanupPage(self) -> None:  # noqa: N802
        self._cancel.set()

    def stop(self) -> None:
        self._cancel.set()


class FinishPage(QWizardPage):
    """Adds the account, then checks it. Going back from a failed check removes it again,
    so the user can correct the details and try once more."""

    def __init__(self, wizard: AddAccountWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Checking the account"))
        self.message = _label("", self)
        self.message.setAccessibleName(self.tr("Result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.done = False
        self.failed_check = False

    def initializePage(self) -> None:  # noqa: N802
        self.done = self.failed_check = False
        self.message.setText(self.tr("Adding the account…"))
        details = self.w.details
        platform, given, secret = (self.w.choose.platform(), details.values(),
                                   details.secret.text() or None)
        signed_in, store, keyring = details.signed_in, self.w.store, self.w.secrets

        def add() -> accounts.AccountInfo:
            if signed_in is not None:
                return add_signed_in(store, keyring, platform, signed_in)
            return add_with_fields(store, keyring, platform, given, secret=secret)

        Op(self, add, write=True).success(self._added).failure(self._not_added) \
            .run_in_background()

    def _added(self, info: accounts.AccountInfo) -> None:
        self.w.added = info
        self.message.setText(self.tr("Added. Checking the connection…"))
        store, keyring = self.w.store, self.w.secrets
        Op(self, lambda: accounts.check_account_blocking(
            store, keyring, info.id, client_factory=self.w.client_factory)) \
            .success(self._checked).failure(lambda e: self._checked(
                accounts.CheckResult(False, accounts.explain(e)))).run_in_background()

    def _not_added(self, error: Exception) -> None:
        self.message.setText(self.tr("The account was not added: %1").replace(
            "%1", plain.one_line(str(error), 400)))

    def _checked(self, result: accounts.CheckResult) -> None:
        self.done, self.failed_check = True, not result.ok
        said = plain.one_line(result.message, 400)
        self.message.setText(
            self.tr("It works. %1").replace("%1", said) if result.ok else
            self.tr("The account was added, but it does not work yet: %1\n\nGo back to "
                    "correct the details (the account is removed again), or finish and fix "
                    "it later in Accounts.").replace("%1", said))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done

    def cleanupPage(self) -> None:  # noqa: N802
        added = self.w.added
        if added is not None and self.failed_check:
            self.w.added = None
            store, keyring = self.w.store, self.w.secrets
            Op(self.w, lambda: accounts.remove_account(store, keyring, added.id),
               write=True).success(lambda _: self.w.changed.emit()).run_in_background()


class AddAccountWizard(QWizard):
    changed = Signal()

    def __init__(self, store: Store, secrets: Secrets, platforms: list[str],
                 parent: QWidget | None = None, *,
                 open_url: Callable[[str], None] = open_in_browser,
                 client_factory: Callable[[], httpx.AsyncClient] = make_client) -> None:
        super().__init__(parent)
        self.store, self.secrets, self.open_url = store, secrets, open_url
        self.client_factory = client_factory
        self.added: accounts.AccountInfo | None = None
        self.setWindowTitle(self.tr("Add an account"))
        self.setAccessibleName(self.tr("Add an account"))
        # Qt ships no Indonesian for its own wizard buttons, and the pages name them.
        for which, text in ((QWizard.WizardButton.BackButton, self.tr("< Back")),
                            (QWizard.WizardButton.NextButton, self.tr("Next >")),
                            (QWizard.WizardButton.FinishButton, self.tr("Finish")),
                            (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(which, text)
        self.choose = ChoosePage(platforms, self)
        self.details = DetailsPage(self)
        self.finish = FinishPage(self)
        for page in (self.choose, self.details, self.finish):
            self.addPage(page)
        self.finished.connect(lambda _: self.details.stop())
        self.resize(560, 460)
